package waitstatus

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// The domain rules of a whole AW39: every MutatieZorgzwaartepakket and
// MutatieFunctie judged by the rules of Check that need nothing outside
// the message (the toewijzing and the client's state are not in it).

// aw39Domain adds the findings of the mutation rules on m to rep.
func aw39Domain(m *AW39, rep *allocation.Report) {
	dag, err := calendar.ParseDate(msgxml.TrimSpace(m.Header.BerichtIdentificatie.Dagtekening))
	if err != nil {
		return // the XSD reading reported it
	}
	rel := rep.Release
	for ci := range m.Clienten {
		c := &m.Clienten[ci]
		for j := range c.MutatieZorgzwaartepakketten {
			mut, ok := aw39Mutatie(&c.MutatieZorgzwaartepakketten[j], len(c.Aanvragen) > 0)
			if !ok {
				continue
			}
			mp := mutatiePath{ci, len(m.Clienten), "/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket", j, len(c.MutatieZorgzwaartepakketten)}
			addViolations(rep, mutatieMessage(&mut, dag, rel), mp)
		}
		for j := range c.MutatieFuncties {
			mp := mutatiePath{ci, len(m.Clienten), "/MutatieFuncties/MutatieFunctie", j, len(c.MutatieFuncties)}
			addViolations(rep, mutatieFunctieMessage(&c.MutatieFuncties[j], dag, rel), mp)
		}
	}
}

// mutatiePath is the XPath of mutation j of n in list of client ci of nc,
// built only when the mutation has a finding.
type mutatiePath struct {
	ci, nc int
	list   string
	j, n   int
}

func (p mutatiePath) String() string {
	return "/Bericht/Clienten/Client" + step(p.ci, p.nc) + p.list + step(p.j, p.n)
}

// step returns the XPath predicate of element i of n same-named siblings.
func step(i, n int) string {
	if n <= 1 {
		return ""
	}
	return "[" + strconv.Itoa(i+1) + "]"
}

// addViolations turns violations into findings on the element named by
// their field under the mutation's path mp (the mutation's fields carry
// the element names), built with the first finding.
// Input errors are left out: the XSD reading reported the text.
func addViolations(rep *allocation.Report, vs allocation.Violations, mp mutatiePath) {
	p := ""
	for i := range vs {
		v := &vs[i]
		r := v.Rule.Rule()
		if r.Info().Kind == allocation.KindInput {
			continue
		}
		msg := v.Message
		if v.Value != "" {
			msg += " (" + msgxml.QuoteClip(v.Value) + ")"
		}
		if p == "" {
			p = mp.String()
		}
		rep.Add(r, msg, p+"/"+v.Field)
	}
}

func date(s string) calendar.Date {
	if s == "" {
		return calendar.Date{} // absent: no DateError to build and drop
	}
	d, err := calendar.ParseDate(msgxml.TrimSpace(s))
	if err != nil {
		return calendar.Date{}
	}
	return d
}

// aw39Mutatie reads a MutatieZorgzwaartepakket; false when a field the
// rules need is unreadable (the XSD reading reported it).
func aw39Mutatie(x *AW39MutatieZorgzwaartepakket, metAAT bool) (Mutatie, bool) {
	var m Mutatie
	var err error
	if m.Code, err = ParseMutatiecode(msgxml.TrimSpace(x.Mutatiecode)); err != nil {
		return m, false
	}
	if m.Leveringsstatus, err = ParseLeveringsstatus(msgxml.TrimSpace(x.Leveringsstatus)); err != nil {
		return m, false
	}
	if m.Leveringsvorm, err = allocation.ParseLeveringsvorm(msgxml.TrimSpace(x.Leveringsvorm)); err != nil {
		return m, false
	}
	if m.Datum = date(x.Mutatiedatum); m.Datum.IsZero() {
		return m, false
	}
	if m.Begindatum = date(x.Begindatum); x.Begindatum != "" && m.Begindatum.IsZero() {
		return m, false
	}
	if c := msgxml.TrimSpace(x.LeveringsstatusClassificatie); c != "" {
		if m.Classificatie, err = ParseClassificatie(c); err != nil {
			return m, false
		}
	}
	if b := msgxml.TrimSpace(x.InstellingBestemming); b != "" {
		if m.InstellingBestemming, err = allocation.ParseAGBCode(b); err != nil {
			return m, false
		}
	}
	m.MetAAT = metAAT
	return m, true
}

// mutatieFunctieMessage judges a MutatieFunctie: the mutatiecode list,
// CS023, TR018, TR066 and CD020 (the stylesheet's rules on a functie
// mutation, iWlz-XSLT 2.2 AW39).
func mutatieFunctieMessage(x *AW39MutatieFunctie, dagtekening calendar.Date, rel allocation.Release) allocation.Violations {
	var vs allocation.Violations
	code, err := ParseMutatiecode(msgxml.TrimSpace(x.Mutatiecode))
	datum := date(x.Mutatiedatum)
	begin := date(x.Begindatum)
	if err != nil || datum.IsZero() || (x.Begindatum != "" && begin.IsZero()) {
		return nil
	}
	verdict.Code(&vs, mutatiecodeList, uint8(code), "Mutatiecode", datum, rel)
	if datum.After(dagtekening) {
		verdict.Add(&vs, allocation.CS023, rel, "Mutatiedatum", datum.String(), "de mutatiedatum mag niet na de dagtekening "+dagtekening.String()+" liggen")
	}
	if !begin.IsZero() && datum.Before(begin) {
		verdict.Add(&vs, allocation.TR018, rel, "Mutatiedatum", datum.String(), "de mutatiedatum ligt voor de begindatum van de zorg "+begin.String())
	}
	if !rel.IWlz() {
		return vs
	}
	if endCodes.Has(code) == begin.IsZero() {
		verdict.Add(&vs, allocation.TR066, rel, "Begindatum", x.Begindatum, "de begindatum is verplicht bij MUT17, MUT19 en MUT20 en moet anders leeg zijn")
	}
	if bestemming.Has(code) == (msgxml.TrimSpace(x.InstellingBestemming) == "") {
		verdict.Add(&vs, allocation.CD020, rel, "InstellingBestemming", x.InstellingBestemming, "de instelling bestemming is verplicht bij MUT17 en MUT21 en moet anders leeg zijn")
	}
	return vs
}
