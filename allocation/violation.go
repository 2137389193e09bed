package allocation

import (
	"errors"
	"slices"
	"strings"
)

// ErrInvalid is the sentinel every validation error of this package
// matches: errors.Is(err, ErrInvalid) is true for a Violations value and
// for a *CodeError.
var ErrInvalid = errors.New("allocation: invalid")

// Violation is one broken rule.
type Violation struct {
	// Rule is the official rule id ("CD073", "TR046", "CS003"), a
	// Voorschrift reference ("VZ2013 4.8"), a code list ("COD578") for a
	// code that is unknown or not valid on the date, or "XSD" for a
	// required field that is missing.
	Rule string
	// Field names the field in iWlz terms ("Dossierhouder",
	// "Zorgzwaartepakket[1].Einddatum").
	Field string
	// Value is the offending value as text ("" when absent).
	Value string
	// Message explains the rule in Dutch, for a care administrator.
	Message string
}

func (v Violation) String() string {
	s := v.Rule + " " + v.Field
	if v.Value != "" {
		s += " = " + v.Value
	}
	return s + ": " + v.Message
}

// Violations is every rule a value breaks, in the order the checks ran.
// As an error it matches ErrInvalid; errors.As(err, &vs) gives the list.
type Violations []Violation

// Error lists every violation, one per line.
func (vs Violations) Error() string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	return "allocation: " + strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrInvalid) true.
func (vs Violations) Is(target error) bool { return target == ErrInvalid }

// Rules returns the rule ids, sorted and without duplicates.
func (vs Violations) Rules() []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Has reports whether rule is among the violations.
func (vs Violations) Has(rule string) bool {
	for _, v := range vs {
		if v.Rule == rule {
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

// Add appends a violation. The rule packages use it to collect theirs.
func (vs *Violations) Add(rule, field, value, msg string) {
	*vs = append(*vs, Violation{Rule: rule, Field: field, Value: value, Message: msg})
}

// AsViolations returns the violations in err: the list of a Violations
// error, one violation for a *CodeError, nil for nil or another error.
func AsViolations(err error) Violations {
	var vs Violations
	if errors.As(err, &vs) {
		return vs
	}
	var ce *CodeError
	if errors.As(err, &ce) {
		return Violations{ce.violation()}
	}
	return nil
}
