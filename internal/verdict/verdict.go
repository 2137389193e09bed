// Package verdict is the machinery the rule packages share to report
// violations: every violation goes through the rule registry, which
// decides whether the rule applies in the judged release and gives its id
// there.
package verdict

import "github.com/wlzregels/zorgtoewijzing/allocation"

// Add appends a violation of rule r judged under release rel to vs, unless
// the registry says r does not apply in rel (allocation.Rule.Judge).
func Add(vs *allocation.Violations, r allocation.Rule, rel allocation.Release, field, value, msg string) {
	if id, ok := r.Judge(rel); ok {
		*vs = append(*vs, allocation.Violation{Rule: id, Field: field, Value: value, Message: msg})
	}
}

// One returns a single violation of r under rel as an error (nil when r
// does not apply in rel).
func One(r allocation.Rule, rel allocation.Release, field, value, msg string) error {
	var vs allocation.Violations
	Add(&vs, r, rel, field, value, msg)
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// Missing appends the input error "missing" for field.
func Missing(vs *allocation.Violations, field, msg string) {
	Add(vs, allocation.InputMissing, 0, field, "", msg)
}
