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

// Rule returns the registry row of the list (InputUnreadable for a list
// the registry does not know).
func (l *CodeList) Rule() Rule {
	if r, ok := LookupRule(l.ID); ok {
		return r
	}
	return InputUnreadable
}

// Listed reports whether release rel lists the code list: its registry
// row applies in rel (COD756 Klasse is not part of iWlz 2.4). It is the
// first of the two code checks; ValidOn is the second.
func (l *CodeList) Listed(rel Release) bool {
	_, ok := l.Rule().Judge(rel)
	return ok
}

// Check applies the two code checks to code i (absent codes pass; a code
// outside the list is caught when it is parsed), each its own violation
// naming the list: "the release rel lists this code" (Listed) and "the
// code list's own ingangs/expiratiedatum covers d, the date of the
// element that carries it" (ValidOn).
func (l *CodeList) Check(vs *Violations, i uint8, field string, d calendar.Date, rel Release) {
	if i == 0 {
		return
	}
	e := l.Entry(i)
	r := l.Rule()
	if !l.Listed(rel) {
		*vs = append(*vs, Violation{Rule: r.In(rel), Field: field, Value: e.Code,
			Message: fmt.Sprintf("%s %s (%s): %s kent de codelijst %s niet meer", l.Name, e.Code, e.Name, rel, l.ID)})
		return
	}
	if !l.ValidOn(i, d) {
		vs.add(r, rel, field, e.Code, fmt.Sprintf("%s %s (%s) is op %s niet geldig%s",
			l.Name, e.Code, e.Name, d, validityText(e.From, e.Until)))
	}
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
	return fmt.Sprintf("allocation: %q is not a valid %s (%s)", e.Input, e.Name, e.List)
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *CodeError) Is(target error) bool { return target == ErrInvalid }

func (e *CodeError) violation() Violation {
	r, ok := LookupRule(e.List)
	if !ok {
		r = InputUnreadable
	}
	return Violation{Rule: r.In(0), Field: e.Name, Value: e.Input, Message: fmt.Sprintf("%q is geen geldige %s", e.Input, e.Name)}
}
