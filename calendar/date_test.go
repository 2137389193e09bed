package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// TestDateAgreesWithTime checks the day-number conversion against the
// standard library for every day of 1600-2400 and the ends of the range.
func TestDateAgreesWithTime(t *testing.T) {
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	d, err := calendar.NewDate(1600, time.January, 1)
	require.NoError(t, err)
	for tm := start; tm.Year() < 2400; tm = tm.AddDate(0, 0, 1) {
		y, m, day := tm.Date()
		if d.Year() != y || d.Month() != m || d.Day() != day || d.Weekday() != tm.Weekday() {
			t.Fatalf("%s: got %d-%d-%d %s", tm.Format(time.DateOnly), d.Year(), d.Month(), d.Day(), d.Weekday())
		}
		if d.String() != tm.Format(time.DateOnly) {
			t.Fatalf("String %q, want %q", d.String(), tm.Format(time.DateOnly))
		}
		if !d.Time(nil).Equal(tm) || calendar.FromTime(tm) != d {
			t.Fatalf("%s: Time/FromTime disagree", tm.Format(time.DateOnly))
		}
		d = d.AddDays(1)
	}
	for _, s := range []string{"0001-01-01", "0001-12-31", "1582-10-04", "1582-10-15", "9999-12-31"} {
		d, err := calendar.ParseDate(s)
		require.NoError(t, err)
		tm, _ := time.Parse(time.DateOnly, s)
		assert.Equal(t, tm.Weekday(), d.Weekday(), s)
		assert.Equal(t, s, d.String())
	}
}

func TestDateZero(t *testing.T) {
	var z calendar.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, 0, z.Year())
	assert.Equal(t, time.Month(0), z.Month())
	assert.Equal(t, 0, z.Day())
	assert.True(t, z.AddDays(5).IsZero(), "zero stays zero")
	assert.True(t, z.AddMonths(1).IsZero())
	assert.True(t, z.Time(nil).IsZero())
	text, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	assert.Equal(t, "calendar.Date{}", z.GoString())
	d := calendar.MustDate("2026-01-01")
	assert.True(t, z.Before(d))
	assert.Equal(t, -1, z.Compare(d))
}

func TestDateBounds(t *testing.T) {
	first := calendar.MustDate("0001-01-01")
	last := calendar.MustDate("9999-12-31")
	assert.True(t, first.AddDays(-1).IsZero(), "before 0001-01-01 is no date, not a clamp")
	assert.True(t, last.AddDays(1).IsZero())
	assert.True(t, last.AddMonths(1).IsZero())
	assert.True(t, first.AddMonths(-1).IsZero())
	assert.True(t, first.AddDays(1<<40).IsZero(), "huge n does not wrap")
	assert.True(t, last.AddMonths(-1<<40).IsZero())
	assert.Equal(t, "9999-12-31", first.AddDays(first.DaysUntil(last)).String())
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
		msg  string
	}{
		{"", calendar.ErrZeroDate, "no date given"},
		{"2025-02-30", calendar.ErrInvalidDate, `"2025-02-30" is not an existing date`},
		{"2025-2-3", calendar.ErrSyntax, `"2025-2-3" is not a date of the form YYYY-MM-DD`},
		{"२०२६-११-२३", calendar.ErrSyntax, "YYYY-MM-DD"},
		// A byte next to the digits, in each place.
		{"/025-02-03", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"20:5-02-03", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"202/-02-03", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"2025-:2-03", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"2025-0/-03", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"2025-02-/3", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"2025-02-0:", calendar.ErrSyntax, "YYYY-MM-DD"},
		{"0000-02-03", calendar.ErrInvalidDate, "not an existing date"},
	}
	for _, tt := range tests {
		_, err := calendar.ParseDate(tt.in)
		require.ErrorIs(t, err, tt.want, tt.in)
		assert.Contains(t, err.Error(), tt.msg)
		var de *calendar.DateError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, tt.in, de.Input)
	}
	_, err := calendar.NewDate(2025, time.February, 30)
	require.ErrorIs(t, err, calendar.ErrInvalidDate)
	assert.Equal(t, "calendar: 2025-02-30 is not an existing date (year 1-9999, month 1-12, day within the month)", err.Error())
	assert.Panics(t, func() { calendar.MustDate("2025-02-30") })
}

func TestDateText(t *testing.T) {
	type rec struct {
		Ingang calendar.Date `json:"ingang"`
		Eind   calendar.Date `json:"eind"`
	}
	in := rec{Ingang: calendar.MustDate("2026-05-19")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ingang":"2026-05-19","eind":""}`, string(b))
	var out rec
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	d := calendar.MustDate("2026-01-01")
	err = d.UnmarshalText([]byte("2026-02-30"))
	require.ErrorIs(t, err, calendar.ErrInvalidDate)
	assert.Equal(t, "2026-01-01", d.String(), "unchanged on error")
	assert.Equal(t, `calendar.MustDate("2026-01-01")`, d.GoString())
	b, err = d.AppendText([]byte("datum="))
	require.NoError(t, err)
	assert.Equal(t, "datum=2026-01-01", string(b))
}

func TestDateOrder(t *testing.T) {
	a, b := calendar.MustDate("2026-05-13"), calendar.MustDate("2026-05-19")
	assert.True(t, a.Before(b))
	assert.False(t, b.Before(a))
	assert.True(t, b.After(a))
	assert.Equal(t, 6, a.DaysUntil(b))
	assert.Equal(t, -6, b.DaysUntil(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Equal(calendar.MustDate("2026-05-13")))
	ds := []calendar.Date{b, a, {}}
	slices.SortFunc(ds, calendar.Date.Compare)
	assert.Equal(t, []calendar.Date{{}, a, b}, ds)
	// go-cmp can compare values that hold Dates (it uses Equal).
	type wrap struct{ D calendar.Date }
	assert.Empty(t, cmp.Diff(wrap{a}, wrap{calendar.MustDate("2026-05-13")}))
	assert.NotEmpty(t, cmp.Diff(wrap{a}, wrap{b}))
}

func TestAddMonthsEndOfMonth(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-28"},
		{"2028-01-31", 1, "2028-02-29"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-05-31", 1, "2026-06-30"},
		{"2026-01-15", 0, "2026-01-15"},
		{"2026-12-15", 1, "2027-01-15"},
		{"2026-01-15", -13, "2024-12-15"},
		{"2026-08-31", 18, "2028-02-29"},
	}
	for _, tt := range tests {
		got := calendar.MustDate(tt.from).AddMonths(tt.n)
		assert.Equal(t, tt.want, got.String(), "%s %+d", tt.from, tt.n)
	}
}

func TestPeriod(t *testing.T) {
	jan := mustPeriod(t, "2026-01-01", "2026-01-31")
	open := mustPeriod(t, "2026-01-15", "")
	assert.True(t, open.IsOpen())
	assert.False(t, jan.IsOpen())
	assert.Equal(t, "2026-01-15/", open.String())
	_, hasDays := open.Days()
	assert.False(t, hasDays)
	x, ok := jan.Intersect(open)
	require.True(t, ok)
	assert.Equal(t, "2026-01-15/2026-01-31", x.String())
	assert.True(t, open.ContainsPeriod(x))
	assert.True(t, jan.ContainsPeriod(x))
	assert.False(t, jan.ContainsPeriod(open), "a closed period never contains an open one")
	assert.True(t, open.ContainsPeriod(mustPeriod(t, "2030-01-01", "")))
	assert.False(t, jan.Contains(calendar.Date{}))
	assert.False(t, calendar.Period{}.Contains(calendar.MustDate("2026-01-01")))
	assert.True(t, calendar.Period{}.IsZero())
	_, ok = calendar.Period{}.Intersect(jan)
	assert.False(t, ok)

	_, err := calendar.NewPeriod(calendar.MustDate("2026-02-01"), calendar.MustDate("2026-01-31"))
	require.ErrorIs(t, err, calendar.ErrPeriodEnd)
	assert.Equal(t, "CS003", calendar.Code(err))
	assert.Contains(t, err.Error(), "CS003")
	var pe *calendar.PeriodError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "2026-01-31", pe.End.String())

	var p calendar.Period
	require.NoError(t, p.UnmarshalText([]byte("2026-01-01/2026-01-31")))
	assert.True(t, p.Equal(jan))
	require.NoError(t, p.UnmarshalText([]byte("2026-01-15/")))
	assert.True(t, p.Equal(open))
	require.ErrorIs(t, p.UnmarshalText([]byte("2026-01-31/2026-01-01")), calendar.ErrPeriodEnd)
	require.ErrorIs(t, p.UnmarshalText([]byte("2026-01-31")), calendar.ErrSyntax)
	require.ErrorIs(t, p.UnmarshalText([]byte("/2026-01-31")), calendar.ErrZeroDate)
	assert.True(t, p.Equal(open), "unchanged on error")
	b, _ := jan.MarshalText()
	assert.Equal(t, "2026-01-01/2026-01-31", string(b))
}

func mustPeriod(t *testing.T, start, end string) calendar.Period {
	t.Helper()
	var e calendar.Date
	require.NoError(t, e.UnmarshalText([]byte(end)))
	p, err := calendar.NewPeriod(calendar.MustDate(start), e)
	require.NoError(t, err)
	return p
}

func TestCode(t *testing.T) {
	assert.Equal(t, "", calendar.Code(nil))
	assert.Equal(t, "", calendar.Code(errors.New("other")))
}

// TestParseDateTable holds ParseDate's table of the years 1900-2099 to
// NewDate: every day of 1899 through 2100, and every day number 0-39 of
// every month of those years (the days that do not exist are errors
// alike).
func TestParseDateTable(t *testing.T) {
	for y := 1899; y <= 2100; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 39; d++ {
				s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				got, gerr := calendar.ParseDate(s)
				want, werr := calendar.NewDate(y, time.Month(m), d)
				if got != want || (gerr == nil) != (werr == nil) {
					t.Fatalf("ParseDate(%q) = %v, %v; NewDate: %v, %v", s, got, gerr, want, werr)
				}
				if gerr != nil && !errors.Is(gerr, calendar.ErrInvalidDate) {
					t.Fatalf("ParseDate(%q): %v, want ErrInvalidDate", s, gerr)
				}
			}
		}
	}
}
