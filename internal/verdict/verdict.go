// Package verdict is the machinery the rule packages share to report
// violations: every violation goes through the rule registry, which
// decides whether the rule applies in the judged release and gives its id
// there.
package verdict

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/codes"
)

// Add appends a violation of rule r judged under release rel to vs, unless
// the registry says r does not apply in rel (allocation.Rule.Judge).
func Add(vs *allocation.Violations, r allocation.Rule, rel allocation.Release, field, value, msg string) {
	if id, ok := r.Judge(rel); ok {
		*vs = append(*vs, allocation.Violation{Rule: id, Field: field, Value: value, Message: msg})
	}
}

// One returns a single violation of r under rel as an error, or nil when
// the registry says r does not apply in rel.
func One(r allocation.Rule, rel allocation.Release, field, value, msg string) error {
	var vs allocation.Violations
	Add(&vs, r, rel, field, value, msg)
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// Code applies the two code checks of list l to code i, each its own
// violation naming the list: "the release rel lists the code list" (its
// registry row applies in rel) and "the code's own ingangs/expiratiedatum
// covers d, the date of the element that carries it". Absent codes pass;
// text outside the list is caught when it is parsed. It is allocation's
// check of its own code types, for the code types of the rule packages.
func Code(vs *allocation.Violations, l *codes.List, i uint8, field string, d calendar.Date, rel allocation.Release) {
	if i == 0 {
		return
	}
	r, ok := allocation.Rule(l.Rule), l.Rule != 0
	if !ok {
		if r, ok = allocation.LookupRule(l.ID); !ok {
			r = allocation.InputUnreadable
		}
	}
	id, listed := r.Judge(rel)
	if listed && l.ValidOn(i, d) {
		return // the common case: no message is built
	}
	switch finding, msg := l.Check(i, d, listed, rel); finding {
	case codes.Unlisted:
		// The registry says the list does not apply in rel: that is the violation.
		*vs = append(*vs, allocation.Violation{Rule: id, Field: field, Value: l.Code(i), Message: msg})
	case codes.NotValidOn:
		Add(vs, r, rel, field, l.Code(i), msg)
	}
}
