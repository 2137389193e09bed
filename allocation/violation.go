package allocation

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// ErrInvalid is the sentinel every error of the library's rules matches:
// errors.Is(err, ErrInvalid) is true for Violations, a *CodeError and a
// *ReleaseError.
var ErrInvalid = errors.New("allocation: invalid")

// ErrWaarschuwing is matched by Violations that hold a warning: a rule
// the source states as "uitgangspunt" (Severity Waarschuwing). Violations
// of warnings only do not match ErrInvalid: the value stays valid.
var ErrWaarschuwing = errors.New("allocation: warning")

// ErrInput is matched by Violations that hold an input error (a missing
// field, unreadable text, a bad option): the caller's mistake, not a rule
// of a source.
var ErrInput = errors.New("allocation: invalid input")

// Violation is one broken rule, or one input error.
type Violation struct {
	// Rule is the rule as judged: its text is the id in the judged
	// release ("CS137" for TR046 from iWlz 2.3, "VZ2013 4.8", "COD578"),
	// or the kind of input error ("missing", "unreadable", "option").
	Rule RuleID
	// Field names the field in iWlz terms ("Dossierhouder",
	// "Zorgzwaartepakket[1].Einddatum") or, for an input error, the Go
	// field or argument.
	Field string
	// Value is the offending value as text ("" when absent).
	Value string
	// Message explains the rule in Dutch, for a care administrator.
	Message string
}

func (v Violation) String() string {
	s := v.Rule.String() + " " + v.Field
	if v.Value != "" {
		// Quoted, so that a value from the input cannot forge another
		// line or violation in Error().
		s += " = " + strconv.Quote(v.Value)
	}
	return s + ": " + v.Message
}

// IsInput reports whether v is an input error rather than a broken rule.
func (v Violation) IsInput() bool { return v.Rule.Kind() == KindInput }

// Violations is every rule a value breaks, in the order the checks ran.
// As an error it matches ErrInvalid (and ErrInput when it holds an input
// error); errors.As(err, &vs) gives the list.
type Violations []Violation

// Error lists every violation, one per line.
func (vs Violations) Error() string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	return "allocation: " + strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrInvalid) true, and errors.Is(err, ErrInput)
// when an input error is among the violations.
func (vs Violations) Is(target error) bool {
	switch target {
	case ErrInvalid:
		return slices.ContainsFunc(vs, func(v Violation) bool { return v.Rule.Severity() == Fout })
	case ErrWaarschuwing:
		return slices.ContainsFunc(vs, func(v Violation) bool { return v.Rule.Severity() == Waarschuwing })
	case ErrInput:
		return slices.ContainsFunc(vs, Violation.IsInput)
	}
	return false
}

// Rules returns the ids as judged (the text of each RuleID), sorted and
// without duplicates.
func (vs Violations) Rules() []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.Rule.String())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Has reports whether rule r (a registry constant, under any of its ids)
// is among the violations.
func (vs Violations) Has(r Rule) bool {
	for _, v := range vs {
		if v.Rule.rule == r {
			return true
		}
	}
	return false
}

// err returns vs as an error, or nil when there are none.
func (vs Violations) err() error {
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// Judge returns r as judged under release rel, and whether the registry
// lets r apply in rel: an input error always applies, and a zero rel (not
// yet known) is not judged. Every violation of the library is made through
// it, so the registry, not the caller, decides which releases a rule has.
func (r Rule) Judge(rel Release) (RuleID, bool) {
	ok := rel == 0 || (int(r) < len(std.judged) && rel < 64 && std.judged[r]&(1<<rel) != 0)
	return RuleID{rule: r, rel: rel}, ok
}

// add appends a violation of r under rel when r applies in rel (Judge).
func (vs *Violations) add(r Rule, rel Release, field, value, msg string) {
	if id, ok := r.Judge(rel); ok {
		*vs = append(*vs, Violation{Rule: id, Field: field, Value: value, Message: msg})
	}
}

// violator is an error type that carries violations: *NumberError, or an
// error type of a rule package with a Violations method.
type violator interface {
	Violations() Violations
}

// AsViolations returns the violations in any error the library returns,
// from every package: the list of a Violations error, one violation for a
// *CodeError, a *ReleaseError, a calendar error (an input error named by
// calendar.Code, or CS003) or an error with a Violations method; nil for
// nil or an error from outside the library.
func AsViolations(err error) Violations {
	if err == nil {
		return nil
	}
	var vs Violations
	if errors.As(err, &vs) {
		return vs
	}
	var ce *CodeError
	if errors.As(err, &ce) {
		return Violations{ce.violation()}
	}
	var re *ReleaseError
	if errors.As(err, &re) {
		return Violations{re.violation()}
	}
	var vi violator
	if errors.As(err, &vi) {
		return vi.Violations()
	}
	if code := calendar.Code(err); code != "" {
		r, _ := LookupRule(code)
		return Violations{{Rule: r.In(0), Value: calendarValue(err, code), Message: r.row().Message}}
	}
	return nil
}

// calendarValue returns the offending value of a calendar error (the
// text, the day, the period or the term), or its code when it has none.
// The message of its violation is the registry's Dutch sentence: the
// calendar's own Error() is English, for programmers.
func calendarValue(err error, code string) string {
	var de *calendar.DateError
	var re *calendar.RangeError
	var pe *calendar.PeriodError
	var te *calendar.TermijnError
	switch {
	case errors.As(err, &de) && de.Input != "":
		return de.Input
	case errors.As(err, &de) && de.Err == calendar.ErrInvalidDate:
		return fmt.Sprintf("%04d-%02d-%02d", de.Year, int(de.Month), de.Day)
	case errors.As(err, &re) && !re.Date.IsZero():
		return re.Date.String()
	case errors.As(err, &re) && re.Year != 0:
		return strconv.Itoa(re.Year)
	case errors.As(err, &pe) && !pe.Start.IsZero():
		return pe.Start.String() + "/" + pe.End.String()
	case errors.As(err, &te) && te.ID != "":
		return string(te.ID)
	case errors.As(err, &te):
		return te.Termijn.String()
	}
	return code
}

// RuleOf returns the rule of the first violation in err, from any package
// of the library, and false when err names no rule.
func RuleOf(err error) (RuleID, bool) {
	vs := AsViolations(err)
	if len(vs) == 0 {
		return RuleID{}, false
	}
	return vs[0].Rule, true
}
