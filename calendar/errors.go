package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Sentinel errors. Every error this package returns wraps exactly one of
// them, so callers test with errors.Is and read the details with errors.As
// on *DateError, *RangeError, *PeriodError or *TermijnError.
var (
	// ErrZeroDate: a date is required but the zero Date ("no date") was given.
	ErrZeroDate = errors.New("calendar: no date given")
	// ErrInvalidDate: the day does not exist (2025-02-30, month 13, year 0 or after 9999).
	ErrInvalidDate = errors.New("calendar: no such date")
	// ErrSyntax: the text is not an ISO date of the form 2006-01-02.
	ErrSyntax = errors.New("calendar: not an ISO date (want YYYY-MM-DD)")
	// ErrOutOfRange: the day lies outside the years this calendar has
	// holiday data for; the calendar refuses to guess (see ValidThrough).
	ErrOutOfRange = errors.New("calendar: date outside the calendar's covered years")
	// ErrPeriodEnd: a period ends before it starts (iWlz CS003).
	ErrPeriodEnd = errors.New("calendar: einddatum before begindatum (iWlz CS003)")
	// ErrInvalidTermijn: a term with an unknown unit, or an unknown catalogue term.
	ErrInvalidTermijn = errors.New("calendar: invalid termijn")
)

// Code returns the stable, language-neutral code of a calendar error, as
// used in the "violations" of the conformance data: "zero-date",
// "invalid-date", "syntax", "out-of-range", "CS003", "invalid-termijn".
// It returns "" for an error that is not from this package.
func Code(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrZeroDate):
		return "zero-date"
	case errors.Is(err, ErrInvalidDate):
		return "invalid-date"
	case errors.Is(err, ErrSyntax):
		return "syntax"
	case errors.Is(err, ErrOutOfRange):
		return "out-of-range"
	case errors.Is(err, ErrPeriodEnd):
		return "CS003"
	case errors.Is(err, ErrInvalidTermijn):
		return "invalid-termijn"
	}
	return ""
}

// DateError reports a date that could not be built or parsed. Input is the
// text when it came from ParseDate or UnmarshalText.
type DateError struct {
	Input string
	Year  int
	Month time.Month
	Day   int
	Err   error // ErrZeroDate, ErrInvalidDate or ErrSyntax
}

func (e *DateError) Error() string {
	switch {
	case e.Err == ErrSyntax:
		return fmt.Sprintf("calendar: %q is not a date of the form YYYY-MM-DD", e.Input)
	case e.Err == ErrZeroDate:
		return "calendar: no date given where a date is required"
	case e.Input != "":
		return fmt.Sprintf("calendar: %q is not an existing date (year 1-9999, month 1-12, day within the month)", e.Input)
	}
	return fmt.Sprintf("calendar: %04d-%02d-%02d is not an existing date (year 1-9999, month 1-12, day within the month)",
		e.Year, int(e.Month), e.Day)
}

func (e *DateError) Unwrap() error { return e.Err }

// RangeError reports a day outside the calendar's covered years.
type RangeError struct {
	Date      Date // the offending day, or the start day when counting left the range
	Year      int  // the offending year, for Holidays
	Werkdagen int  // when not 0: counting this many werkdagen from Date left the range
	From, To  Date // the covered range
}

func (e *RangeError) Error() string {
	what := e.Date.String()
	switch {
	case e.Werkdagen != 0:
		what = fmt.Sprintf("the day %d werkdagen from %s", e.Werkdagen, e.Date)
	case e.Date.IsZero():
		what = "year " + strconv.Itoa(e.Year)
	}
	if e.From.IsZero() {
		return fmt.Sprintf("calendar: %s lies outside the calendar, which covers no day (the zero Calendar; build one with Netherlands)", what)
	}
	return fmt.Sprintf("calendar: %s lies outside the covered range %s..%s; the werkdag data (Atw art. 3 lid 3 gelijkstellingsbesluiten) is not known there",
		what, e.From, e.To)
}

func (e *RangeError) Unwrap() error { return ErrOutOfRange }

// PeriodError reports an invalid period.
type PeriodError struct {
	Start, End Date
	Err        error // ErrZeroDate (no begindatum) or ErrPeriodEnd
}

func (e *PeriodError) Error() string {
	if e.Err == ErrZeroDate {
		return "calendar: a period needs a begindatum"
	}
	return fmt.Sprintf("calendar: einddatum %s lies before begindatum %s (iWlz CS003: de einddatum moet groter dan of gelijk aan de begindatum zijn)",
		e.End, e.Start)
}

func (e *PeriodError) Unwrap() error { return e.Err }

// TermijnError reports a term that cannot be applied.
type TermijnError struct {
	Termijn Termijn
	ID      TermID
	Reason  string
}

func (e *TermijnError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("calendar: termijn %q: %s", string(e.ID), e.Reason)
	}
	return fmt.Sprintf("calendar: termijn %s: %s", e.Termijn, e.Reason)
}

func (e *TermijnError) Unwrap() error { return ErrInvalidTermijn }
