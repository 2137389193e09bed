package calendar_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// TestDeadlineHugeN: a term whose N would overflow (7 × N weken, or a
// negated math.MinInt) is refused, never a date on the wrong side.
func TestDeadlineHugeN(t *testing.T) {
	c := mustNL(t)
	event := calendar.MustDate("2026-03-02")
	// 7 × this wraps to +100: the old answer was 2026-06-10.
	wrap := wrapWeeks()
	for _, tc := range []calendar.Termijn{
		{N: wrap, Unit: calendar.Weken},
		{N: math.MaxInt, Unit: calendar.Weken},
		{N: math.MinInt, Unit: calendar.Weken},
		{N: math.MaxInt, Unit: calendar.Kalenderdagen},
		{N: math.MinInt, Unit: calendar.Kalenderdagen},
		{N: math.MaxInt, Unit: calendar.Maanden},
		{N: math.MinInt, Unit: calendar.Maanden},
		{N: math.MaxInt, Unit: calendar.Werkdagen},
		{N: math.MinInt, Unit: calendar.Werkdagen},
	} {
		d, err := c.Deadline(event, tc)
		require.Error(t, err, "%v gave %s", tc, d)
		assert.NotEmpty(t, calendar.Code(err), "%v: typed error", err)
		d, err = c.Deadline(event, tc, calendar.ApplyAtw())
		require.Error(t, err, "%v (Atw) gave %s", tc, d)
	}
	// A catalogue-shaped term counted back with N = math.MinInt: -N overflows.
	d, err := c.TermDeadline(event, calendar.Term{ID: "x", Termijn: calendar.Termijn{N: math.MinInt, Unit: calendar.Weken}, Richting: calendar.Voor}, 0)
	require.Error(t, err, "gave %s", d)
}

// wrapWeeks returns an N of weken for which 7 × N wraps around to 100.
func wrapWeeks() int {
	// 7 × inv ≡ 1 (mod 2^64); N = 100 × inv, so 7 × N = 100 after wrapping.
	inv, hundred := uint64(0x6db6db6db6db6db7), uint64(100)
	return int(hundred * inv)
}

// TestTermDeadlineVerlengingenBounded: a caller's Term with a zero
// Verlenging and a huge MaxVerlengingen is refused at once, not looped.
func TestTermDeadlineVerlengingenBounded(t *testing.T) {
	c := mustNL(t)
	term := calendar.Term{ID: "x", Termijn: calendar.Termijn{N: 1, Unit: calendar.Werkdagen}, Richting: calendar.Na,
		Verlenging: calendar.Termijn{N: 0, Unit: calendar.Werkdagen}, MaxVerlengingen: math.MaxInt}
	_, err := c.TermDeadline(calendar.MustDate("2026-03-02"), term, math.MaxInt)
	require.Error(t, err)
	assert.True(t, errors.Is(err, calendar.ErrInvalidTermijn), "%v", err)
}

// TestAddDaysMonthsExtremes: the day arithmetic of Date never wraps: an
// extreme n gives the zero Date ("no date").
func TestAddDaysMonthsExtremes(t *testing.T) {
	d := calendar.MustDate("2026-03-02")
	for _, n := range []int{math.MaxInt, math.MinInt, math.MaxInt - 1, math.MinInt + 1, math.MaxInt32, math.MinInt32} {
		assert.True(t, d.AddDays(n).IsZero(), "AddDays(%d) = %s", n, d.AddDays(n))
		assert.True(t, d.AddMonths(n).IsZero(), "AddMonths(%d) = %s", n, d.AddMonths(n))
	}
}

// TestFromTimeZero: the zero time.Time is the zero Date, and back: the
// round trip holds both ways for "no date".
func TestFromTimeZero(t *testing.T) {
	assert.True(t, calendar.FromTime(time.Time{}).IsZero(), "got %s", calendar.FromTime(time.Time{}))
	assert.True(t, calendar.Date{}.Time(nil).IsZero())
	assert.Equal(t, calendar.Date{}, calendar.FromTime(calendar.Date{}.Time(nil)))
	// 0001-01-01 in a zone other than UTC is a real day, not the zero time.
	d := calendar.MustDate("0001-01-02")
	assert.Equal(t, d, calendar.FromTime(d.Time(time.UTC)))
	first := calendar.MustDate("0001-01-01")
	loc := time.FixedZone("plus1", 3600)
	assert.Equal(t, first, calendar.FromTime(first.Time(loc)))
}

// TestZeroValues calls every method of the zero value of each exported
// type (and of a nil *Calendar): each works or returns an error, none
// panics.
func TestZeroValues(t *testing.T) {
	d := calendar.MustDate("2026-03-02")
	for name, c := range map[string]*calendar.Calendar{"Calendar{}": {}, "nil": nil} {
		t.Run(name, func(t *testing.T) {
			require.NotPanics(t, func() {
				_, err := c.Holidays(2026)
				assert.Error(t, err)
				_, err = c.Holiday(d)
				assert.Error(t, err)
				_, err = c.IsWerkdag(d)
				assert.Error(t, err)
				_, err = c.AddWerkdagen(d, 1)
				assert.Error(t, err)
				_, err = c.WerkdagenTussen(d, d)
				assert.Error(t, err)
				_, err = c.Deadline(d, calendar.Termijn{N: 1, Unit: calendar.Weken}, calendar.ApplyAtw())
				assert.Error(t, err)
				_, err = c.DeadlineOf(d, calendar.TermBezwaar, 0)
				assert.Error(t, err)
				_, err = c.TermDeadline(d, calendar.Term{}, 0)
				assert.Error(t, err)
				assert.Empty(t, c.Options())
				assert.True(t, c.ValidFrom().IsZero())
				assert.True(t, c.ValidThrough().IsZero())
				nc, err := c.With(calendar.WithoutGoedeVrijdag())
				require.NoError(t, err, "With builds a whole calendar")
				assert.Equal(t, []calendar.Option{calendar.WithoutGoedeVrijdag()}, nc.Options())
			})
		})
	}
	require.NotPanics(t, func() {
		var dt calendar.Date
		_ = dt.String() + dt.GoString()
		_, _ = dt.MarshalText()
		_, _ = dt.AppendText(nil)
		_ = dt.AddDays(1)
		_ = dt.AddMonths(1)
		_ = dt.Weekday()
		_ = dt.Time(nil)
		var p calendar.Period
		_, _ = p.Days()
		_, _ = p.Intersect(p)
		_ = p.Contains(dt) || p.ContainsPeriod(p) || p.Overlaps(p) || p.IsOpen() || p.Equal(p)
		_, _ = p.MarshalText()
		var o calendar.Option
		_ = o.String()
		var u calendar.Unit
		_ = u.String()
		_, err := u.MarshalText()
		assert.Error(t, err)
		var tm calendar.Termijn
		_ = tm.String()
		var r calendar.Richting
		_ = r.String()
		for _, e := range []error{&calendar.DateError{}, &calendar.RangeError{}, &calendar.PeriodError{}, &calendar.TermijnError{}} {
			assert.NotEmpty(t, e.Error())
			_ = errors.Unwrap(e)
			_ = calendar.Code(e)
		}
	})
}

// TestLastDayHugeN: LastDay refuses an N that would overflow or lies past
// every date, and every N below 1, with a typed error.
func TestLastDayHugeN(t *testing.T) {
	c := mustNL(t)
	start := calendar.MustDate("2026-03-02")
	for _, u := range []calendar.Unit{calendar.Werkdagen, calendar.Kalenderdagen, calendar.Weken, calendar.Maanden} {
		for _, n := range []int{wrapWeeks(), math.MaxInt, math.MinInt, calendar.MaxTermijnN, 0, -1} {
			d, err := c.LastDay(start, calendar.Termijn{N: n, Unit: u})
			require.Error(t, err, "%d %s gave %s", n, u, d)
			assert.NotEmpty(t, calendar.Code(err), "%v: typed error", err)
		}
	}
	_, err := c.LastDay(calendar.Date{}, calendar.Termijn{N: 1, Unit: calendar.Maanden})
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	var nilCal *calendar.Calendar
	_, err = nilCal.LastDay(start, calendar.Termijn{N: 1, Unit: calendar.Maanden})
	assert.ErrorIs(t, err, calendar.ErrOutOfRange)
	_, err = c.TermLastDay(start, calendar.Term{}, 0) // the zero Term is an Uiterste term
	assert.ErrorIs(t, err, calendar.ErrInvalidTermijn)
	_, err = c.TermLastDay(start, calendar.Term{ID: "x", Soort: calendar.Looptijd, Termijn: calendar.Termijn{N: 1, Unit: calendar.Maanden}, Richting: calendar.Voor}, 0)
	assert.ErrorIs(t, err, calendar.ErrInvalidTermijn)
}

// TestLastDayTilesMonths: for every start in 2015-2016 and every N of 1 to
// 13 maanden, the looptijd ends the day before the same day N months on,
// or on the month's last day when that day does not exist (computed here
// through time.Date, independently of AddMonths).
func TestLastDayTilesMonths(t *testing.T) {
	c := mustNL(t)
	for d := calendar.MustDate("2015-01-01"); d.Before(calendar.MustDate("2017-01-01")); d = d.AddDays(1) {
		for n := 1; n <= 13; n++ {
			end, err := c.LastDay(d, calendar.Termijn{N: n, Unit: calendar.Maanden})
			require.NoError(t, err)
			target := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			lastOfMonth := target.AddDate(0, 1, -1).Day()
			var want calendar.Date
			if d.Day() > lastOfMonth {
				want, _ = calendar.NewDate(target.Year(), target.Month(), lastOfMonth)
			} else {
				same, _ := calendar.NewDate(target.Year(), target.Month(), d.Day())
				want = same.AddDays(-1)
			}
			require.Equal(t, want, end, "%s + %d maanden", d, n)
		}
	}
}
