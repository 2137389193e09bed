package calendar

import "strings"

// Period is a run of days with an inclusive begindatum and an inclusive
// einddatum, as in iWlz (Begindatum/Einddatum, Ingangsdatum/Einddatum). An
// absent einddatum (the zero Date) is an open end: the period runs on
// indefinitely. The zero Period has no begindatum and is "no period".
//
// Build one with NewPeriod; it checks iWlz CS003 (einddatum >= begindatum).
type Period struct {
	start, end Date
}

// NewPeriod returns the period from start through end, both inclusive. end
// may be the zero Date for an open end. A zero start is an error wrapping
// ErrZeroDate; an end before start is an error wrapping ErrPeriodEnd
// (iWlz CS003).
func NewPeriod(start, end Date) (Period, error) {
	if start.IsZero() {
		return Period{}, &PeriodError{Start: start, End: end, Err: ErrZeroDate}
	}
	if !end.IsZero() && end.Before(start) {
		return Period{}, &PeriodError{Start: start, End: end, Err: ErrPeriodEnd}
	}
	return Period{start: start, end: end}, nil
}

// OpenPeriod returns the period that starts on start and has no einddatum.
// It is NewPeriod(start, Date{}).
func OpenPeriod(start Date) (Period, error) { return NewPeriod(start, Date{}) }

// Start returns the begindatum (the zero Date for the zero Period).
func (p Period) Start() Date { return p.start }

// End returns the einddatum, or the zero Date when the period is open.
func (p Period) End() Date { return p.end }

// IsOpen reports whether the period has no einddatum.
func (p Period) IsOpen() bool { return !p.start.IsZero() && p.end.IsZero() }

// IsZero reports whether p is the zero Period ("no period").
func (p Period) IsZero() bool { return p.start.IsZero() }

// Contains reports whether d lies in p (both ends inclusive). The zero Date
// and the zero Period contain nothing.
func (p Period) Contains(d Date) bool {
	if d.IsZero() || p.start.IsZero() {
		return false
	}
	return !d.Before(p.start) && (p.end.IsZero() || !d.After(p.end))
}

// ContainsPeriod reports whether every day of q lies in p. An open q lies
// only in an open p.
func (p Period) ContainsPeriod(q Period) bool {
	if p.start.IsZero() || q.start.IsZero() || q.start.Before(p.start) {
		return false
	}
	if p.end.IsZero() {
		return true
	}
	return !q.end.IsZero() && !q.end.After(p.end)
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	_, ok := p.Intersect(q)
	return ok
}

// Intersect returns the days p and q share, and false when they share none.
func (p Period) Intersect(q Period) (Period, bool) {
	if p.start.IsZero() || q.start.IsZero() {
		return Period{}, false
	}
	start := p.start
	if q.start.After(start) {
		start = q.start
	}
	end := p.end
	if end.IsZero() || (!q.end.IsZero() && q.end.Before(end)) {
		end = q.end
	}
	if !end.IsZero() && end.Before(start) {
		return Period{}, false
	}
	return Period{start: start, end: end}, true
}

// Days returns the number of days in p, both ends counted (a period from
// 2026-01-01 through 2026-01-01 has 1 day). An open or zero period has no
// day count: ok is false.
func (p Period) Days() (n int, ok bool) {
	if p.start.IsZero() || p.end.IsZero() {
		return 0, false
	}
	return p.start.DaysUntil(p.end) + 1, true
}

// Equal reports whether p and q have the same begindatum and einddatum.
func (p Period) Equal(q Period) bool { return p == q }

// String returns "2026-01-01/2026-12-31", or "2026-01-01/" for an open
// period, or "" for the zero Period.
func (p Period) String() string {
	if p.start.IsZero() {
		return ""
	}
	return p.start.String() + "/" + p.end.String()
}

// MarshalText implements encoding.TextMarshaler in the String form.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form.
// Empty text gives the zero Period; otherwise the same checks as NewPeriod
// apply. On error *p is left unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	s := string(text)
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return &DateError{Input: s, Err: ErrSyntax}
	}
	start, err := ParseDate(s[:i])
	if err != nil {
		return err
	}
	var end Date
	if err := end.UnmarshalText([]byte(s[i+1:])); err != nil {
		return err
	}
	v, err := NewPeriod(start, end)
	if err != nil {
		return err
	}
	*p = v
	return nil
}
