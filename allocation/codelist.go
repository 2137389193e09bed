package allocation

import (
	"fmt"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// codeEntry is one row of an iWlz code list.
type codeEntry struct {
	code string // the official iWlz code, as text
	name string // the Dutch name
	// from is the first day the code is valid, until the first day it is
	// no longer valid; zero means unbounded.
	from, until calendar.Date
	// aliases are other spellings Parse accepts ("VBKD" for 71).
	aliases []string
}

// codeList is an iWlz code list. Entry 0 is the zero value of the Go type
// ("absent"); the Go value of a code is its index.
type codeList struct {
	id      string // "COD578"
	name    string // "Leveringsvorm"
	entries []codeEntry
}

// parse finds s (a code or an alias) and returns its index.
func (l *codeList) parse(s string) (uint8, error) {
	for i := 1; i < len(l.entries); i++ {
		e := &l.entries[i]
		if s == e.code {
			return uint8(i), nil
		}
		for _, a := range e.aliases {
			if strings.EqualFold(s, a) {
				return uint8(i), nil
			}
		}
	}
	return 0, &CodeError{List: l.id, Name: l.name, Input: s}
}

func (l *codeList) entry(i uint8) *codeEntry {
	if int(i) >= len(l.entries) {
		return &l.entries[0]
	}
	return &l.entries[i]
}

func (l *codeList) code(i uint8) string { return l.entry(i).code }

func (l *codeList) label(i uint8) string {
	if int(i) >= len(l.entries) {
		return fmt.Sprintf("%s(%d)", l.name, i)
	}
	return l.entries[i].name
}

// validOn reports whether code i exists and is valid on d.
func (l *codeList) validOn(i uint8, d calendar.Date) bool {
	if i == 0 || int(i) >= len(l.entries) {
		return false
	}
	return inValidity(l.entries[i].from, l.entries[i].until, d)
}

// inValidity reports whether d lies in [from, until), zero bounds open.
func inValidity(from, until, d calendar.Date) bool {
	return (from.IsZero() || !d.Before(from)) && (until.IsZero() || d.Before(until))
}

func (l *codeList) marshal(i uint8) ([]byte, error) {
	if i == 0 {
		return []byte{}, nil
	}
	if int(i) >= len(l.entries) {
		return nil, &CodeError{List: l.id, Name: l.name, Input: fmt.Sprint(i)}
	}
	return []byte(l.entries[i].code), nil
}

func (l *codeList) unmarshal(b []byte, dst *uint8) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	i, err := l.parse(string(b))
	if err != nil {
		return err
	}
	*dst = i
	return nil
}

// check adds a violation naming the list when code i is present but not
// valid on d (a code outside the list is caught when it is parsed).
func (l *codeList) check(vs *Violations, i uint8, field string, d calendar.Date) {
	if i == 0 || l.validOn(i, d) {
		return
	}
	e := l.entry(i)
	vs.add(l.id, field, e.code, fmt.Sprintf("%s %s (%s) is op %s niet geldig%s",
		l.name, e.code, e.name, d, validityText(e.from, e.until)))
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
