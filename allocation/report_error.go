package allocation

// Violations returns the findings of the report as Violations (the rule,
// the first location as Field, and the message), so that a Report goes
// where the library's errors go (AsViolations, Violations.Rules). Nil for
// a report without findings.
func (r *Report) Violations() Violations {
	if len(r.Findings) == 0 {
		return nil
	}
	vs := make(Violations, 0, len(r.Findings))
	for i := range r.Findings {
		f := &r.Findings[i]
		field := ""
		if len(f.Locaties) > 0 {
			field = f.Locaties[0]
		}
		vs = append(vs, Violation{Rule: f.Rule, Field: field, Message: f.Message})
	}
	return vs
}
