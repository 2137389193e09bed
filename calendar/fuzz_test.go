package calendar_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// FuzzParseDate: never a panic; an accepted string round-trips exactly; a
// rejected one has a typed error with a code.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-05-19", "2025-02-30", "", "0000-00-00", "9999-12-31", "2026-1-1", "abcd-ef-gh", "2028-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			if calendar.Code(err) == "" {
				t.Fatalf("untyped error %v", err)
			}
			var de *calendar.DateError
			if !errors.As(err, &de) {
				t.Fatalf("not a DateError: %v", err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("round trip %q -> %q", s, d.String())
		}
		back, err := calendar.NewDate(d.Year(), d.Month(), d.Day())
		if err != nil || back != d {
			t.Fatalf("NewDate(%d, %d, %d) = %v, %v", d.Year(), d.Month(), d.Day(), back, err)
		}
	})
}

// FuzzUnmarshalText covers Date and Period text forms.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"2026-05-19", "", "2026-01-01/2026-12-31", "2026-01-01/", "2026-12-31/2026-01-01", "/"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var d calendar.Date
		if err := d.UnmarshalText(b); err == nil {
			out, _ := d.MarshalText()
			if string(out) != string(b) {
				t.Fatalf("date round trip %q -> %q", b, out)
			}
		} else if calendar.Code(err) == "" {
			t.Fatalf("untyped error %v", err)
		}
		var p calendar.Period
		if err := p.UnmarshalText(b); err == nil {
			out, _ := p.MarshalText()
			if string(out) != string(b) {
				t.Fatalf("period round trip %q -> %q", b, out)
			}
			if !p.IsZero() && !p.IsOpen() && p.End().Before(p.Start()) {
				t.Fatalf("accepted a period that violates CS003: %s", p)
			}
		} else if calendar.Code(err) == "" {
			t.Fatalf("untyped error %v", err)
		}
	})
}

// FuzzWerkdagen: for any day number and n, AddWerkdagen never panics, and
// when it answers, WerkdagenTussen gives n back and the answer is a
// werkdag (for n != 0).
func FuzzWerkdagen(f *testing.F) {
	nl, err := calendar.Netherlands()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(int64(7800), 2)
	f.Add(int64(-5), 1)
	f.Add(int64(8765), -300)
	f.Add(int64(0), 1<<40)
	f.Add(int64(1<<40), -1)
	f.Fuzz(func(t *testing.T, offset int64, n int) {
		d := nl.ValidFrom().AddDays(int(offset))
		got, err := nl.AddWerkdagen(d, n)
		if err != nil {
			if calendar.Code(err) == "" {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		back, err := nl.WerkdagenTussen(d, got)
		if err != nil || back != n {
			t.Fatalf("WerkdagenTussen(%s, %s) = %d, %v; want %d", d, got, back, err, n)
		}
		if n != 0 {
			if ok, _ := nl.IsWerkdag(got); !ok {
				t.Fatalf("AddWerkdagen(%s, %d) = %s is no werkdag", d, n, got)
			}
		}
	})
}

// FuzzDeadline: any term from any day never panics and never answers on
// the wrong side of the event: a term forward ends after it, a term back
// before it; an error has a code.
func FuzzDeadline(f *testing.F) {
	nl, err := calendar.Netherlands()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(int64(7800), 2, uint8(3), false)
	f.Add(int64(7800), -2635249153387078788, uint8(3), true)
	f.Add(int64(100), math.MinInt, uint8(4), false)
	f.Add(int64(100), math.MaxInt, uint8(2), true)
	f.Fuzz(func(t *testing.T, offset int64, n int, unit uint8, atw bool) {
		event := nl.ValidFrom().AddDays(int(offset))
		var opts []calendar.DeadlineOption
		if atw {
			opts = append(opts, calendar.ApplyAtw())
		}
		term := calendar.Termijn{N: n, Unit: calendar.Unit(unit % 6)}
		got, err := nl.Deadline(event, term, opts...)
		if err != nil {
			if calendar.Code(err) == "" {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		switch {
		case n > 0 && !got.After(event), n < 0 && !got.Before(event):
			t.Fatalf("Deadline(%s, %v) = %s: wrong side", event, term, got)
		}
	})
}

// FuzzFromTime: any instant in any fixed zone never panics; a date it
// gives round-trips through Time; the zero time.Time is the zero Date.
func FuzzFromTime(f *testing.F) {
	f.Add(int64(0), int64(0), int32(0), true)
	f.Add(int64(1780000000), int64(5), int32(7200), false)
	f.Add(int64(-62135596800), int64(0), int32(3600), false)
	f.Fuzz(func(t *testing.T, sec, nsec int64, offset int32, zero bool) {
		tm := time.Unix(sec, nsec).In(time.FixedZone("z", int(offset%(18*3600))))
		if zero {
			tm = time.Time{}
		}
		d := calendar.FromTime(tm)
		if tm.IsZero() != d.IsZero() {
			if y := tm.Year(); y >= 1 && y <= 9999 || tm.IsZero() {
				t.Fatalf("FromTime(%v) = %q", tm, d)
			}
		}
		// (0001-01-01 at midnight UTC is the zero instant: documented.)
		if back := d.Time(tm.Location()); !d.IsZero() && !back.IsZero() && calendar.FromTime(back) != d {
			t.Fatalf("round trip %s", d)
		}
	})
}
