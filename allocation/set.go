package allocation

import (
	"fmt"
	"slices"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// FunctieSpec is the input of NewFunctieToewijzing: an iWlz AW33
// ToegewezenFunctie (up to iWlz 2.3; functies leave the standard in 2.4).
type FunctieSpec struct {
	Functie          Functie         `json:"functie"`
	Instelling       AGBCode         `json:"instelling"`
	Zorgkantoor      ZorgkantoorCode `json:"zorgkantoor"`
	Soort            SoortToewijzing `json:"soort"`
	Toewijzingsdatum calendar.Date   `json:"toewijzingsdatum"`
	Ingangsdatum     calendar.Date   `json:"ingangsdatum"`
	Einddatum        calendar.Date   `json:"einddatum"`
	Klasse           Klasse          `json:"klasse"`
	Opslag           int             `json:"opslag"`
}

// FunctieToewijzing is a validated toewijzing of a functie.
type FunctieToewijzing struct {
	s   FunctieSpec
	rel Release
}

// NewFunctieToewijzing validates spec on indicatie ind: XSD (required
// fields), CS003, CS023, the code lists on the ingangsdatum, CS072 (no
// soort Administratief for a functie), TR082 (ADL only Regulier) and, under
// iWlz, TR016 (inside the besluit).
func NewFunctieToewijzing(spec FunctieSpec, ind Indicatie, ctx Context) (FunctieToewijzing, error) {
	var vs Violations
	if spec.Functie == 0 {
		vs.add(InputMissing, 0, "FunctieCode", "", "de functiecode ontbreekt")
	}
	b := base{spec.Soort, spec.Zorgkantoor, spec.Toewijzingsdatum, spec.Ingangsdatum, spec.Einddatum}
	rel, ok := b.check(&vs, ind, ctx)
	if !ok {
		return FunctieToewijzing{}, vs
	}
	checkCode(&vs, functieList, uint8(spec.Functie), "FunctieCode", spec.Ingangsdatum, rel)
	checkCode(&vs, klasseList, uint8(spec.Klasse), "Klasse", spec.Ingangsdatum, rel)
	if spec.Soort == Administratief {
		vs.add(CS072, rel, "Soort", spec.Soort.Code(), "een functie kan niet administratief worden toegewezen")
	}
	if spec.Functie == FunctieADL && spec.Soort != Regulier {
		vs.add(TR082, rel, "Soort", spec.Soort.Code(), "ADL-assistentie wordt alleen regulier toegewezen")
	}
	if rel.IWlz() {
		b.checkInIndicatie(&vs, ind, rel)
	}
	if len(vs) > 0 {
		return FunctieToewijzing{}, vs
	}
	return FunctieToewijzing{s: spec, rel: rel}, nil
}

// Spec returns the fields of the functie toewijzing.
func (f FunctieToewijzing) Spec() FunctieSpec { return f.s }

// IsZero reports whether f is the zero FunctieToewijzing (not built by
// NewFunctieToewijzing).
func (f FunctieToewijzing) IsZero() bool { return f.s.Functie == 0 }

// Period returns its period.
func (f FunctieToewijzing) Period() calendar.Period { return span(f.s.Ingangsdatum, f.s.Einddatum) }

// ToewijzingSet is a client's toewijzingen, checked together. Build it
// with NewToewijzingSet; it is immutable.
type ToewijzingSet struct {
	zzp      []Zorgtoewijzing
	functies []FunctieToewijzing
}

// NewToewijzingSet checks the rules between a client's toewijzingen and
// returns the set, or every violation at once. The iWlz rules apply to the
// toewijzingen validated under an iWlz rule set:
//   - TR106: the same ZZP, leveringsvorm, soort and instelling (PGB: no
//     instelling) may not be given twice for overlapping periods;
//   - TR120: Verblijf: at most one toewijzing with Opname = Ja per
//     ingangsdatum and soort;
//   - TR127: DTV: from the first DTV ingangsdatum to the last einddatum,
//     every day is covered by exactly one DTV toewijzing with Opname = Ja;
//   - TR077: functies with the same code and soort overlap by at most one day;
//   - RFC24016: two dossierhouders (or two coördinatoren zorg thuis) overlap
//     by at most one day (Bemiddelingsregister CHANGELOG, RFC 24016).
func NewToewijzingSet(zzp []Zorgtoewijzing, functies []FunctieToewijzing) (ToewijzingSet, error) {
	var vs Violations
	for i, a := range zzp {
		if a.IsZero() {
			vs.add(InputMissing, 0, fmt.Sprintf("Toewijzing[%d]", i+1), "", "een toewijzing in de set is niet gevalideerd (NewZorgtoewijzing)")
			continue
		}
		for j := i + 1; j < len(zzp); j++ {
			b := zzp[j]
			// A pair is judged by the later release of its two messages.
			rel := max(a.rel, b.rel)
			if !a.rel.IWlz() || !b.rel.IWlz() {
				continue
			}
			if a.s.ZZP == b.s.ZZP && a.s.Leveringsvorm == b.s.Leveringsvorm && a.s.Soort == b.s.Soort &&
				a.s.Instelling == b.s.Instelling && a.Period().Overlaps(b.Period()) {
				vs.add(TR106, rel, fmt.Sprintf("Toewijzing[%d]", j+1), b.s.ZZP.Code(), fmt.Sprintf(
					"hetzelfde ZZP, dezelfde leveringsvorm en soort voor dezelfde aanbieder overlapt met toewijzing %d", i+1))
			}
			if a.s.Leveringsvorm == Verblijf && b.s.Leveringsvorm == Verblijf && a.s.Opname == Ja && b.s.Opname == Ja &&
				a.s.Ingangsdatum == b.s.Ingangsdatum && a.s.Soort == b.s.Soort {
				vs.add(TR120, rel, fmt.Sprintf("Toewijzing[%d]", j+1), b.s.Ingangsdatum.String(), fmt.Sprintf(
					"een cliënt wordt bij één aanbieder tegelijk opgenomen: toewijzing %d heeft ook Opname = Ja met dezelfde ingangsdatum en soort", i+1))
			}
		}
	}
	checkDTVCoverage(&vs, zzp)
	for i, a := range functies {
		if a.IsZero() {
			vs.add(InputMissing, 0, fmt.Sprintf("Functie[%d]", i+1), "", "een functietoewijzing in de set is niet gevalideerd (NewFunctieToewijzing)")
			continue
		}
		for j := i + 1; j < len(functies); j++ {
			b := functies[j]
			rel := max(a.rel, b.rel)
			if a.s.Functie == b.s.Functie && a.s.Soort == b.s.Soort && a.rel.IWlz() && b.rel.IWlz() && overlapDays(a.Period(), b.Period()) > 1 {
				vs.add(TR077, rel, fmt.Sprintf("Functie[%d]", j+1), b.s.Functie.Code(), fmt.Sprintf(
					"dezelfde functie en soort overlapt meer dan één dag met functie %d", i+1))
			}
		}
	}
	checkRoleOverlap(&vs, roles(zzp, dossierhouderRole), "dossierhouders")
	checkRoleOverlap(&vs, roles(zzp, cztRole), "coördinatoren zorg thuis")
	if len(vs) > 0 {
		return ToewijzingSet{}, vs
	}
	return ToewijzingSet{zzp: slices.Clone(zzp), functies: slices.Clone(functies)}, nil
}

// overlapDays returns the days p and q share; an open overlap counts as
// more than any number (maxInt).
func overlapDays(p, q calendar.Period) int {
	x, ok := p.Intersect(q)
	if !ok {
		return 0
	}
	n, closed := x.Days()
	if !closed {
		return int(^uint(0) >> 1)
	}
	return n
}

// checkDTVCoverage applies TR127 to the DTV toewijzingen.
func checkDTVCoverage(vs *Violations, zzp []Zorgtoewijzing) {
	var dtv []Zorgtoewijzing
	for _, z := range zzp {
		if _, ok := TR127.Judge(z.rel); ok && z.s.Leveringsvorm == DTV && z.rel.IWlz() {
			dtv = append(dtv, z)
		}
	}
	if len(dtv) == 0 {
		return
	}
	// Every segment between two consecutive boundaries has one count.
	var bounds []calendar.Date
	var last calendar.Date
	open := false
	for _, z := range dtv {
		bounds = append(bounds, z.s.Ingangsdatum)
		if z.s.Einddatum.IsZero() {
			open = true
		} else {
			bounds = append(bounds, z.s.Einddatum.AddDays(1))
			if z.s.Einddatum.After(last) {
				last = z.s.Einddatum
			}
		}
	}
	slices.SortFunc(bounds, calendar.Date.Compare)
	bounds = slices.Compact(bounds)
	for _, day := range bounds {
		if !open && day.After(last) {
			break
		}
		n := 0
		for _, z := range dtv {
			if z.s.Opname == Ja && z.Period().Contains(day) {
				n++
			}
		}
		if n != 1 {
			vs.add(TR127, dtv[0].rel, "Opname", day.String(), fmt.Sprintf(
				"bij deeltijdverblijf heeft elke dag precies één toewijzing met Opname = Ja; vanaf %s zijn het er %d", day, n))
			return
		}
	}
}

// role is one dossierhouder or coördinator zorg thuis and its period.
type role struct {
	agb    AGBCode
	period calendar.Period
	rel    Release // the release of the toewijzing that gives the role
}

type roleKind uint8

const (
	dossierhouderRole roleKind = iota + 1
	cztRole
)

// roles returns the roles the toewijzingen give. iWlz: the Dossierhouder
// of a regulier Verblijf, VPT or DTV toewijzing for its period (OP162), the
// CoordinatorZorgThuis of a regulier MPT toewijzing (OP329). VZ2013: the
// instelling of a regulier or alternatief verblijf toewijzing is the
// dossierhouder (VZ2013 5.1-5.2); there is no coördinator zorg thuis.
func roles(zzp []Zorgtoewijzing, kind roleKind) []role {
	n := 0
	for _, z := range zzp {
		if _, ok := z.role(kind); ok {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]role, 0, n) // one allocation, whatever the number of toewijzingen
	for _, z := range zzp {
		if a, ok := z.role(kind); ok {
			out = append(out, role{a, z.Period(), z.rel})
		}
	}
	return out
}

func (z Zorgtoewijzing) role(kind roleKind) (AGBCode, bool) {
	s := &z.s
	if ReleaseOn(z.s.Ingangsdatum) == VZ2013 { // VZ2013 5.1-5.2 govern the period
		if kind == dossierhouderRole && s.Leveringsvorm == Verblijf && (s.Soort == Regulier || s.Soort == Alternatief) {
			return s.Instelling, !s.Instelling.IsZero()
		}
		return AGBCode{}, false
	}
	if s.Soort != Regulier {
		return AGBCode{}, false
	}
	switch {
	case kind == dossierhouderRole && lvs(Verblijf, VPT, DTV).has(s.Leveringsvorm):
		return s.Dossierhouder, !s.Dossierhouder.IsZero()
	case kind == cztRole && s.Leveringsvorm == MPT:
		return s.CoordinatorZorgThuis, !s.CoordinatorZorgThuis.IsZero()
	}
	return AGBCode{}, false
}

func checkRoleOverlap(vs *Violations, rs []role, what string) {
	for i, a := range rs {
		for _, b := range rs[i+1:] {
			if a.agb != b.agb && overlapDays(a.period, b.period) > 1 {
				vs.add(RFC24016, max(a.rel, b.rel), what, a.agb.String()+"/"+b.agb.String(), fmt.Sprintf(
					"twee %s (%s en %s) overlappen meer dan één dag", what, a.agb, b.agb))
			}
		}
	}
}

// Toewijzingen returns the ZZP toewijzingen of the set (a copy).
func (s ToewijzingSet) Toewijzingen() []Zorgtoewijzing { return slices.Clone(s.zzp) }

// Functies returns the functie toewijzingen of the set (a copy).
func (s ToewijzingSet) Functies() []FunctieToewijzing { return slices.Clone(s.functies) }

// Dossierhouders returns the dossierhouder(s) on d, sorted: one, or two on
// the single day of overlap a handover allows, or none.
func (s ToewijzingSet) Dossierhouders(d calendar.Date) []AGBCode {
	return rolesOn(roles(s.zzp, dossierhouderRole), d)
}

// CoordinatorenZorgThuis returns the coördinator(en) zorg thuis on d, sorted.
func (s ToewijzingSet) CoordinatorenZorgThuis(d calendar.Date) []AGBCode {
	return rolesOn(roles(s.zzp, cztRole), d)
}

func rolesOn(rs []role, d calendar.Date) []AGBCode {
	out := []AGBCode{}
	for _, r := range rs {
		if r.period.Contains(d) && !slices.Contains(out, r.agb) {
			out = append(out, r.agb)
		}
	}
	slices.SortFunc(out, func(a, b AGBCode) int { return int(a.n) - int(b.n) })
	return out
}

// MayRequestAAT reports, as nil or violations, whether instelling may send
// an aanvraag aangepaste toewijzing on d for leveringsvorm lv (iWlz TR107):
// for Verblijf, VPT and DTV only the dossierhouder on d, for MPT only the
// coördinator zorg thuis on d. When the instelling holds the role on some
// toewijzing but not in a regulier toewijzing period on d the violation is
// OP162 (dossierhouder) or OP329 (CZT); under VZ2013 it is VZ2013 5.2.
func (s ToewijzingSet) MayRequestAAT(instelling AGBCode, lv Leveringsvorm, d calendar.Date) error {
	kind, named := roleKind(0), false
	switch {
	case lvs(Verblijf, VPT, DTV).has(lv):
		kind = dossierhouderRole
	case lv == MPT:
		kind = cztRole
	default:
		return Violations{{Rule: TR107.In(ReleaseOn(d)), Field: "Leveringsvorm", Value: lv.Code(),
			Message: "een aanvraag aangepaste toewijzing kan alleen voor Verblijf, VPT, DTV of MPT"}}
	}
	if slices.Contains(rolesOn(roles(s.zzp, kind), d), instelling) {
		return nil
	}
	vz2013 := ReleaseOn(d) == VZ2013
	for _, z := range s.zzp {
		named = named || (kind == dossierhouderRole && z.s.Dossierhouder == instelling) ||
			(kind == cztRole && z.s.CoordinatorZorgThuis == instelling)
	}
	switch {
	case vz2013:
		return Violations{{Rule: VZ52.In(VZ2013), Field: "Instelling", Value: instelling.String(),
			Message: "de dossierhouder is de aanbieder aan wie de reguliere of alternatieve verblijfszorg is toegewezen; " +
				instelling.String() + " is dat op " + d.String() + " niet"}}
	case named && kind == dossierhouderRole:
		return Violations{{Rule: OP162.In(ReleaseOn(d)), Field: "Instelling", Value: instelling.String(),
			Message: "de rol van dossierhouder geldt alleen in de periode van de reguliere toewijzing, niet op " + d.String()}}
	case named:
		return Violations{{Rule: OP329.In(ReleaseOn(d)), Field: "Instelling", Value: instelling.String(),
			Message: "de rol van coördinator zorg thuis geldt alleen in de periode van de reguliere MPT-toewijzing, niet op " + d.String()}}
	}
	return Violations{{Rule: TR107.In(ReleaseOn(d)), Field: "Instelling", Value: instelling.String(),
		Message: "alleen de dossierhouder (Verblijf, VPT, DTV) of de coördinator zorg thuis (MPT) mag een aanvraag aangepaste toewijzing sturen"}}
}
