package calendar

import (
	"strconv"
	"time"
)

// Date is a civil date (a day in the proleptic Gregorian calendar, no time
// of day, no time zone), held as its Rata Die day number in an int32
// (0001-01-01 is day 1). It is 4 bytes, immutable, comparable with == and
// usable as a map key.
//
// The zero value is "no date" (IsZero reports true) and is rejected with
// ErrZeroDate wherever a date is required. Dates run from 0001-01-01 to
// 9999-12-31; NewDate and ParseDate reject anything else.
//
// Date never goes through time.Time in the rules: FromTime and Time exist
// only for the edges of a host program.
type Date struct {
	rd int32
}

const (
	minYear = 1
	maxYear = 9999
	// rdUnixEpoch is the Rata Die number of 1970-01-01.
	rdUnixEpoch = 719163
	// rdMax is the Rata Die number of 9999-12-31.
	rdMax = 3652059
)

// NewDate returns the date year-month-day. It is strict: a day that does
// not exist (2025-02-30, month 13, year 0) is an error wrapping
// ErrInvalidDate, never normalised into another day as time.Date would.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < minYear || year > maxYear || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, month) {
		return Date{}, &DateError{Year: year, Month: month, Day: day, Err: ErrInvalidDate}
	}
	return Date{rd: int32(daysFromCivil(year, int(month), day) + rdUnixEpoch)}, nil
}

// MustDate parses an ISO date ("2006-01-02") and panics when it is not a
// valid date, following the Must convention of regexp.MustCompile. It is
// the one panic of the library and is meant for a host's literals in tests
// and tables, where the text is known to be right; no library function
// calls it. Use ParseDate for any input.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic("calendar.MustDate: " + err.Error())
	}
	return d
}

// ParseDate parses an ISO 8601 calendar date in the form "2006-01-02"
// (exactly four year digits, two month digits, two day digits). A string in
// another form is an error wrapping ErrSyntax; a well-formed string naming a
// day that does not exist ("2025-02-30") is an error wrapping
// ErrInvalidDate; the empty string is an error wrapping ErrZeroDate.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, &DateError{Input: s, Err: ErrZeroDate}
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Input: s, Err: ErrSyntax}
	}
	// The eight digits, each checked on its own (a byte below '0' wraps
	// above 9).
	y0, y1, y2, y3 := s[0]-'0', s[1]-'0', s[2]-'0', s[3]-'0'
	m0, m1, d0, d1 := s[5]-'0', s[6]-'0', s[8]-'0', s[9]-'0'
	if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 {
		return Date{}, &DateError{Input: s, Err: ErrSyntax}
	}
	y := int(y0)*1000 + int(y1)*100 + int(y2)*10 + int(y3)
	m, d := int(m0)*10+int(m1), int(d0)*10+int(d1)
	if k := uint(y - firstTableYear); k < uint(len(yearStart)) && m >= 1 && m <= 12 {
		// The usual years by table (NewDate by arithmetic otherwise).
		leap := 0
		if y%4 == 0 && y != 1900 { // 2000 is a leap year, 1900 is not
			leap = 1
		}
		if d >= 1 && d <= int(monthDays[leap][m]) {
			return Date{rd: yearStart[k] + monthStart[leap][m] + int32(d)}, nil
		}
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, &DateError{Input: s, Year: y, Month: time.Month(m), Day: d, Err: ErrInvalidDate}
	}
	return date, nil
}

// FromTime returns the civil date of t in t's own Location. Use it at the
// edge of a program only; the rules take Dates.
//
// The zero time.Time (t.IsZero) gives the zero Date, "no date", the
// mirror of Date.Time: FromTime(Date{}.Time(nil)) is Date{}. The one
// instant that is t.IsZero, midnight UTC of 0001-01-01, therefore never
// gives the day 0001-01-01; no Wlz date lies there.
func FromTime(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	date, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return date
}

// Time returns midnight at the start of d in loc (UTC when loc is nil). The
// zero Date gives the zero time.Time. Use it at the edge of a program only.
func (d Date) Time(loc *time.Location) time.Time {
	if d.rd == 0 {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	y, m, day := d.civil()
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, loc)
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.rd == 0 }

// Year returns the year of d (0 for the zero Date).
func (d Date) Year() int {
	if d.rd == 0 {
		return 0
	}
	y, _, _ := d.civil()
	return y
}

// Month returns the month of d (0 for the zero Date).
func (d Date) Month() time.Month {
	if d.rd == 0 {
		return 0
	}
	_, m, _ := d.civil()
	return time.Month(m)
}

// Day returns the day of the month of d (0 for the zero Date).
func (d Date) Day() int {
	if d.rd == 0 {
		return 0
	}
	_, _, day := d.civil()
	return day
}

// Weekday returns the day of the week of d. The zero Date has no weekday;
// it reports time.Sunday, so check IsZero first where that matters.
func (d Date) Weekday() time.Weekday {
	if d.rd == 0 {
		return time.Sunday
	}
	// Rata Die day 1 (0001-01-01) is a Monday.
	return time.Weekday(d.rd % 7)
}

// AddDays returns d plus n calendar days (n may be negative). The zero Date
// stays zero, and a result before 0001-01-01 or after 9999-12-31 is the zero
// Date ("no date"), which every rule rejects; nothing is clamped.
func (d Date) AddDays(n int) Date {
	if d.rd == 0 {
		return Date{}
	}
	r := int64(d.rd) + int64(n)
	if r < 1 || r > rdMax {
		return Date{}
	}
	return Date{rd: int32(r)}
}

// AddMonths returns d plus n calendar months (n may be negative). When the
// target month is shorter than d's day of the month, the result is the last
// day of the target month: 31 januari + 1 maand = 28 (or 29) februari,
// 31 augustus - 6 maanden = 28 (or 29) februari. This is the usual reading
// of "binnen N maanden" and the same as java.time's plusMonths; note that it
// differs from time.AddDate, which would give 3 maart.
//
// The zero Date stays zero; a result outside 0001..9999 is the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.rd == 0 {
		return Date{}
	}
	y, m, day := d.civil()
	total := int64(y)*12 + int64(m-1) + int64(n)
	ny := total / 12
	nm := int(total%12) + 1
	if total < 0 || ny < minYear || ny > maxYear {
		return Date{}
	}
	if last := daysIn(int(ny), time.Month(nm)); day > last {
		day = last
	}
	return Date{rd: int32(daysFromCivil(int(ny), nm, day) + rdUnixEpoch)}
}

// DaysUntil returns the number of calendar days from d to other: positive
// when other is later, 0 when equal. With a zero Date on either side the
// answer is meaningless; check IsZero first.
func (d Date) DaysUntil(other Date) int { return int(other.rd) - int(d.rd) }

// Compare returns -1, 0 or +1 as d is before, equal to or after other. The
// zero Date sorts before every date. It fits slices.SortFunc.
func (d Date) Compare(other Date) int {
	switch {
	case d.rd < other.rd:
		return -1
	case d.rd > other.rd:
		return +1
	}
	return 0
}

// Before reports whether d is before other.
func (d Date) Before(other Date) bool { return d.rd < other.rd }

// After reports whether d is after other.
func (d Date) After(other Date) bool { return d.rd > other.rd }

// Equal reports whether d and other are the same date. It is the same as
// ==; it exists so that go-cmp can compare values holding Dates.
func (d Date) Equal(other Date) bool { return d.rd == other.rd }

// String returns d in ISO form "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.rd == 0 {
		return ""
	}
	var buf [10]byte
	return string(d.appendISO(buf[:0]))
}

// AppendText appends the ISO form of d to b (nothing for the zero Date).
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.rd == 0 {
		return b, nil
	}
	return d.appendISO(b), nil
}

func (d Date) appendISO(b []byte) []byte {
	y, m, day := d.civil()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+day/10), byte('0'+day%10))
}

// MarshalText implements encoding.TextMarshaler: the ISO form, or empty
// text for the zero Date (an absent date, such as an open einddatum).
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Date (absent); anything else must be a valid ISO date as for
// ParseDate. On error *d is left unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// GoString makes %#v print a readable date in test failures.
func (d Date) GoString() string {
	if d.rd == 0 {
		return "calendar.Date{}"
	}
	return "calendar.MustDate(" + strconv.Quote(d.String()) + ")"
}

// civil converts the Rata Die number back to year, month, day (Howard
// Hinnant's civil_from_days, valid for the whole 0001..9999 range).
func (d Date) civil() (year, month, day int) {
	z := int64(d.rd) - rdUnixEpoch + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd := doy - (153*mp+2)/5 + 1
	mm := mp + 3
	if mp >= 10 {
		mm = mp - 9
	}
	if mm <= 2 {
		y++
	}
	return int(y), int(mm), int(dd)
}

// daysFromCivil is Howard Hinnant's days_from_civil: days since 1970-01-01.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// The tables of ParseDate's usual years, 1900 through 2099:
// yearStart[k] is the day number of 31 December of year 1900+k-1 (so that
// day d of month m is yearStart + monthStart[leap][m] + d), and
// monthStart and monthDays are the days before month m and in it.
const firstTableYear = 1900

var yearStart = func() (t [200]int32) {
	for k := range t {
		t[k] = int32(daysFromCivil(firstTableYear+k, 1, 1)+rdUnixEpoch) - 1
	}
	return t
}()

var monthDays = [2][13]int8{
	{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
	{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
}

var monthStart = func() (t [2][13]int32) {
	for leap := range t {
		for m := 2; m <= 12; m++ {
			t[leap][m] = t[leap][m-1] + int32(monthDays[leap][m-1])
		}
	}
	return t
}()

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in the month (0 for a bad month).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}
