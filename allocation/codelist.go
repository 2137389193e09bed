package allocation

import (
	"fmt"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// CodeEntry is one row of an iWlz code list.
type CodeEntry struct {
	Code string // the official iWlz code, as text
	Name string // the Dutch name
	// From is the first day the code is valid, Until the first day it is
	// no longer valid; zero means unbounded.
	From, Until calendar.Date
	// Aliases are other spellings Parse accepts ("VBKD" for 71).
	Aliases []string
}

// CodeList is an iWlz code list as data: the code types of this package
// and of the rule packages are indices into one. Entry 0 is the zero value
// of the Go type ("absent"); the Go value of a code is its index. A
// CodeList is never changed after it is declared.
type CodeList struct {
	ID      string // "COD578"
	Name    string // "Leveringsvorm"
	Entries []CodeEntry
}

// Parse finds s (a code, or an alias ignoring case) and returns its index,
// or a *CodeError naming the list.
func (l *CodeList) Parse(s string) (uint8, error) {
	for i := 1; i < len(l.Entries); i++ {
		e := &l.Entries[i]
		if s == e.Code {
			return uint8(i), nil
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(s, a) {
				return uint8(i), nil
			}
		}
	}
	return 0, &CodeError{List: l.ID, Name: l.Name, Input: s}
}

// Entry returns row i (the empty row 0 for an index outside the list).
func (l *CodeList) Entry(i uint8) CodeEntry {
	if int(i) >= len(l.Entries) {
		return l.Entries[0]
	}
	return l.Entries[i]
}

// Code returns the code of row i ("" when absent or outside the list).
func (l *CodeList) Code(i uint8) string {
	if int(i) >= len(l.Entries) {
		return ""
	}
	return l.Entries[i].Code
}

// Label returns the Dutch name of row i, or "Name(i)" outside the list.
func (l *CodeList) Label(i uint8) string {
	if int(i) >= len(l.Entries) {
		return fmt.Sprintf("%s(%d)", l.Name, i)
	}
	return l.Entries[i].Name
}

// ValidOn reports whether row i exists and is valid on d.
func (l *CodeList) ValidOn(i uint8, d calendar.Date) bool {
	if i == 0 || int(i) >= len(l.Entries) {
		return false
	}
	return inValidity(l.Entries[i].From, l.Entries[i].Until, d)
}

// inValidity reports whether d lies in [from, until), zero bounds open.
func inValidity(from, until, d calendar.Date) bool {
	return (from.IsZero() || !d.Before(from)) && (until.IsZero() || d.Before(until))
}

// Marshal returns the code of row i as text (empty for 0), or a
// *CodeError for an index outside the list.
func (l *CodeList) Marshal(i uint8) ([]byte, error) {
	if i == 0 {
		return []byte{}, nil
	}
	if int(i) >= len(l.Entries) {
		return nil, &CodeError{List: l.ID, Name: l.Name, Input: fmt.Sprint(i)}
	}
	return []byte(l.Entries[i].Code), nil
}

// Unmarshal parses text into *dst; empty text is absent (0).
func (l *CodeList) Unmarshal(b []byte, dst *uint8) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	i, err := l.Parse(string(b))
	if err != nil {
		return err
	}
	*dst = i
	return nil
}

// Check adds a violation naming the list when code i is present but not
// valid on d (a code outside the list is caught when it is parsed).
func (l *CodeList) Check(vs *Violations, i uint8, field string, d calendar.Date) {
	if i == 0 || l.ValidOn(i, d) {
		return
	}
	e := l.Entry(i)
	vs.Add(l.ID, field, e.Code, fmt.Sprintf("%s %s (%s) is op %s niet geldig%s",
		l.Name, e.Code, e.Name, d, validityText(e.From, e.Until)))
}

func validityText(from, until calendar.Date) string {
	switch {
	case !from.IsZero() && !until.IsZero():
		return fmt.Sprintf(": de code geldt van %s tot %s", from, until)
	case !from.IsZero():
		return ": de code geldt vanaf " + from.String()
	case !until.IsZero():
		return ": de code geldt tot " + until.String()
	}
	return ""
}

// CodeError reports text that is not a code of an iWlz code list (or not a
// valid value of a value type such as an AGB code). It matches ErrInvalid.
type CodeError struct {
	List  string // "COD578", "AGB", "CS130"
	Name  string // "Leveringsvorm"
	Input string
}

func (e *CodeError) Error() string {
	return fmt.Sprintf("allocation: %q is geen geldige %s (%s)", e.Input, e.Name, e.List)
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *CodeError) Is(target error) bool { return target == ErrInvalid }

func (e *CodeError) violation() Violation {
	return Violation{Rule: e.List, Field: e.Name, Value: e.Input, Message: fmt.Sprintf("%q is geen geldige %s", e.Input, e.Name)}
}
