package allocation

import "github.com/wlzregels/zorgtoewijzing/calendar"

// EndedOn returns the toewijzing as a closing mutation or an intrekking
// leaves it: the same line with einddatum d. A closing MUT (MUT17, MUT19,
// MUT21) or an intrekking gives the line an einddatum (iWlz-IM 2.2 OP151);
// the roles the line gives end with it (iWlz-IM 2.2 OP162, OP329), so a
// ToewijzingSet built from the ended lines answers the roles and the
// senders of an aanvraag on any date after the mutation. The line can only
// be shortened: d on or after the ingangsdatum (iWlz-XSLT 2.2 CS003) and
// not after the current einddatum (iWlz-IM 2.2 TR020: no mutation after
// the end of the toewijzing). z itself does not change.
func (z Zorgtoewijzing) EndedOn(d calendar.Date) (Zorgtoewijzing, error) {
	var vs Violations
	if z.IsZero() {
		vs.add(InputMissing, 0, "Toewijzing", "", "een gevalideerde toewijzing (NewZorgtoewijzing) is nodig")
	}
	if d.IsZero() {
		vs.add(InputMissing, 0, "Einddatum", "", "de einddatum ontbreekt")
	}
	if len(vs) > 0 {
		return Zorgtoewijzing{}, vs
	}
	checkPeriod(&vs, z.s.Ingangsdatum, d, "Toewijzing", z.rel)
	if end := z.s.Einddatum; !end.IsZero() && d.After(end) {
		vs.add(TR020, z.rel, "Toewijzing.Einddatum", d.String(),
			"de toewijzing eindigt al op "+end.String()+"; een mutatie kan haar niet verlengen")
	}
	if len(vs) > 0 {
		return Zorgtoewijzing{}, vs
	}
	out := z
	out.s.Einddatum = d
	return out, nil
}
