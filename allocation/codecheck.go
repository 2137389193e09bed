package allocation

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/codes"
)

// checkCode applies the two code checks of list l to code i, each its own
// violation naming the list: "the release rel lists the code list" (its
// registry row applies in rel: COD756 Klasse is not part of iWlz 2.4) and
// "the code's own ingangs/expiratiedatum covers d, the date of the element
// that carries it". Absent codes pass; text outside the list is caught
// when it is parsed. internal/verdict.Code does the same for the rule
// packages.
func checkCode(vs *Violations, l *codes.List, i uint8, field string, d calendar.Date, rel Release) {
	if i == 0 {
		return
	}
	r := Rule(l.Rule)
	if r == 0 {
		r = listRule(l.ID)
	}
	id, listed := r.Judge(rel)
	if listed && l.ValidOn(i, d) {
		return // the common case: no message is built
	}
	switch finding, msg := l.Check(i, d, listed, rel); finding {
	case codes.Unlisted:
		// The registry says the list does not apply in rel: that is the violation.
		*vs = append(*vs, Violation{Rule: id, Field: field, Value: l.Code(i), Message: msg})
	case codes.NotValidOn:
		vs.add(r, rel, field, l.Code(i), msg)
	}
}

// codeOK reports whether checkCode would pass code i of list l (absent,
// or listed in rel and valid on d) without building anything: the valid
// path of a caller can skip building the field name.
func codeOK(l *codes.List, i uint8, d calendar.Date, rel Release) bool {
	if i == 0 {
		return true
	}
	r := Rule(l.Rule)
	if r == 0 {
		r = listRule(l.ID)
	}
	_, listed := r.Judge(rel)
	return listed && l.ValidOn(i, d)
}

// listRule returns the registry row of a code list (InputUnreadable for a
// list the registry does not know).
func listRule(id string) Rule {
	if r, ok := LookupRule(id); ok {
		return r
	}
	return InputUnreadable
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
	return Violation{Rule: listRule(e.List).In(0), Field: e.Name, Value: e.Input, Message: fmt.Sprintf("%q is geen geldige %s", e.Input, e.Name)}
}
