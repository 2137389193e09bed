package waitstatus

import (
	"slices"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// AanvraagSpec is the input of NewAanvraag: every field of an iWlz AW39
// Aanvraag, the aanvraag aangepaste toewijzing (AAT) an aanbieder sends
// the zorgkantoor (iWlz-XSD 2.2 AW39; ZK-berichtenverkeer).
type AanvraagSpec struct {
	Besluitnummer allocation.Besluitnummer `json:"besluitnummer"`
	Afgiftedatum  calendar.Date            `json:"afgiftedatum"`
	// Instelling is the aanbieder that sends the aanvraag (TR107 judges it).
	Instelling    allocation.AGBCode       `json:"instelling"`
	ZZP           allocation.ZZP           `json:"zzp"`
	Etmalen       allocation.Etmalen       `json:"etmalen"` // iff DTV (CD072)
	Klasse        allocation.Klasse        `json:"klasse"`  // iff Verblijf/VPT (CD051, to 2.3), KE4-KE7 (CS074)
	Leveringsvorm allocation.Leveringsvorm `json:"leveringsvorm"`
	// Dossierhouder iff Verblijf, VPT, DTV (CD073); CoordinatorZorgThuis
	// iff MPT (CD050).
	Dossierhouder        allocation.AGBCode `json:"dossierhouder"`
	CoordinatorZorgThuis allocation.AGBCode `json:"coordinatorZorgThuis"`
	// Doelmatig and Verantwoord iff MPT or DTV (CD074); with Doelmatig Nee
	// a BijzondereSituatie (CD047).
	Doelmatig          allocation.JaNee    `json:"doelmatig"`
	BijzondereSituatie *BijzondereSituatie `json:"bijzondereSituatie,omitempty"`
	Verantwoord        allocation.JaNee    `json:"verantwoord"`
	// Instellingen are the AanvraagInstellingen: at least one.
	Instellingen []AanvraagInstelling `json:"instellingen"`
}

// BijzondereSituatie is the reason for raising the basisbudget of the
// profile (iWlz CDT_BijzondereSituatie): extra kosten thuis, a toeslag
// beademing, or another toeslag, which goes alone (CD048).
type BijzondereSituatie struct {
	ExtraKostenThuis allocation.ExtraKostenThuis `json:"extraKostenThuis"`
	ToeslagBeademing allocation.ToeslagBeademing `json:"toeslagBeademing"`
	ToeslagOverig    allocation.ToeslagOverig    `json:"toeslagOverig"`
}

// AanvraagInstelling is one line of an aanvraag: the aanbieder, the soort
// and the period asked for, with its share and whether the client is
// admitted there (iWlz AW39 AanvraagInstelling).
type AanvraagInstelling struct {
	Instelling allocation.AGBCode         `json:"instelling"`
	Soort      allocation.SoortToewijzing `json:"soort"` // never administratief (CS072)
	// Ingangsdatum and Einddatum are the ToewijzingIngangsdatum and
	// ToewijzingEinddatum asked (zero Einddatum: open).
	Ingangsdatum calendar.Date         `json:"ingangsdatum"`
	Einddatum    calendar.Date         `json:"einddatum"`
	Percentage   allocation.Percentage `json:"percentage"` // absent iff PGB (CD040)
	Opname       allocation.JaNee      `json:"opname"`     // with Verblijf and DTV (CD052)
}

// AanvraagContext is what NewAanvraag needs besides the aanvraag.
type AanvraagContext struct {
	// Dagtekening is the date of the AW39 that carries the aanvraag; it
	// selects the release (Release overrides it). Required.
	Dagtekening calendar.Date
	Release     allocation.Release
	// Toewijzingen are the client's toewijzingen on the besluit as the
	// zorgkantoor holds them on the dagtekening (closed lines ended with
	// Zorgtoewijzing.EndedOn). With them NewAanvraag judges TR107, the
	// sender; nil leaves TR107 unjudged (a message alone cannot tell).
	Toewijzingen *allocation.ToewijzingSet
	// Mutaties are the mutatiecodes of the MutatieZorgzwaartepakketten of
	// the same client in the same message: with an aanvraag only MUT12,
	// MUT18 and MUT19 (TR041).
	Mutaties []Mutatiecode
}

// Aanvraag is a validated aanvraag aangepaste toewijzing. Build it with
// NewAanvraag; it is an immutable value, safe to share. Its soort per
// instelling is the soort asked: the library never replaces it.
type Aanvraag struct {
	s   AanvraagSpec
	rel allocation.Release
}

// Spec returns the fields of the aanvraag (the instellingen a copy).
func (a Aanvraag) Spec() AanvraagSpec {
	s := a.s
	s.Instellingen = slices.Clone(a.s.Instellingen)
	if a.s.BijzondereSituatie != nil {
		b := *a.s.BijzondereSituatie
		s.BijzondereSituatie = &b
	}
	return s
}

// IsZero reports whether a is the zero Aanvraag.
func (a Aanvraag) IsZero() bool { return a.s.Leveringsvorm == 0 }

// Release returns the release that judged the aanvraag.
func (a Aanvraag) Release() allocation.Release { return a.rel }

// Leveringsvorm returns the leveringsvorm asked for.
func (a Aanvraag) Leveringsvorm() allocation.Leveringsvorm { return a.s.Leveringsvorm }

// Instellingen returns the lines asked for (a copy).
func (a Aanvraag) Instellingen() []AanvraagInstelling { return slices.Clone(a.s.Instellingen) }

// aanvraagPresence is the table of the "field present iff leveringsvorm
// in ..." rules on an AW39 Aanvraag, in the stylesheet's order
// (iWlz-XSLT 2.2 CD050, CD051, CD072, CD073, CD074). CD052 (Opname on the
// instellingen) and CD040 (percentage per instelling) follow separately.
var aanvraagPresence = [...]struct {
	rule  allocation.Rule
	field string
	when  []allocation.Leveringsvorm
	has   func(*AanvraagSpec) (bool, string)
}{
	{allocation.CD050, "CoordinatorZorgThuis", []allocation.Leveringsvorm{allocation.MPT},
		func(s *AanvraagSpec) (bool, string) {
			return !s.CoordinatorZorgThuis.IsZero(), s.CoordinatorZorgThuis.String()
		}},
	{allocation.CD051, "Klasse", []allocation.Leveringsvorm{allocation.Verblijf, allocation.VPT},
		func(s *AanvraagSpec) (bool, string) { return s.Klasse != 0, s.Klasse.Code() }},
	{allocation.CD072, "Etmalen", []allocation.Leveringsvorm{allocation.DTV},
		func(s *AanvraagSpec) (bool, string) { return s.Etmalen != 0, s.Etmalen.Code() }},
	// The stylesheet lists VKB (9) too, which CS127 refuses on an
	// aanvraag anyway (iWlz-XSLT 2.2 CD073).
	{allocation.CD073, "Dossierhouder", []allocation.Leveringsvorm{allocation.Verblijf, allocation.VPT, allocation.DTV, allocation.VKB},
		func(s *AanvraagSpec) (bool, string) { return !s.Dossierhouder.IsZero(), s.Dossierhouder.String() }},
	{allocation.CD074, "Verantwoord", []allocation.Leveringsvorm{allocation.MPT, allocation.DTV},
		func(s *AanvraagSpec) (bool, string) { return s.Verantwoord != 0, s.Verantwoord.Code() }},
	{allocation.CD074, "Doelmatig", []allocation.Leveringsvorm{allocation.MPT, allocation.DTV},
		func(s *AanvraagSpec) (bool, string) { return s.Doelmatig != 0, s.Doelmatig.Code() }},
}

// NewAanvraag validates spec as an aanvraag aangepaste toewijzing and
// returns it, or every violation at once (as allocation.Violations). The
// aanvraag exists in iWlz only: a VZ2013 release is the input error
// "option".
//
// Rules: XSD (the required fields), the code lists on each ingangsdatum;
// CS127 (no PGB or VKB); the presence rules per leveringsvorm CD050
// (CZT iff MPT), CD051 (klasse iff Verblijf or VPT, to 2.3), CD052 (an
// opname iff Verblijf or DTV), CD072 (etmalen iff DTV), CD073
// (dossierhouder iff Verblijf, VPT, DTV), CD074 (verantwoord and
// doelmatig iff MPT or DTV), CD040 (a percentage on every instelling);
// CD047 (doelmatig nee needs a bijzondere situatie); CD048 (ToeslagOverig
// iff neither ExtraKostenThuis nor ToeslagBeademing); CS003; CS072 (no
// administratieve soort); CS074 (klasse KE4-KE7, to 2.3); TR120 (Verblijf:
// no two opnames of one soort on one ingangsdatum); TR127 (DTV: the
// opname-lines do not overlap and cover every line without opname); with
// ctx.Mutaties TR041; with ctx.Toewijzingen TR107 (the sender is the
// dossierhouder or the CZT on the dagtekening, whatever leveringsvorm it
// asks: allocation.ToewijzingSet.MayRequestAAT). Each rule as the
// stylesheet reads it (iWlz-XSLT 2.2 AW39), so a message judged by
// ValidateAW39 and its typed aanvraag give the same rule ids.
func NewAanvraag(spec AanvraagSpec, ctx AanvraagContext) (Aanvraag, error) {
	var vs allocation.Violations
	rel := aanvraagRelease(&vs, ctx)
	required(&vs, &spec)
	if len(vs) > 0 {
		return Aanvraag{}, vs
	}
	checkAanvraagCodes(&vs, &spec, rel)
	checkAanvraagPresence(&vs, &spec, rel)
	checkBijzonder(&vs, &spec, rel)
	for i := range spec.Instellingen {
		in := &spec.Instellingen[i]
		f := instellingField(i)
		if !in.Einddatum.IsZero() && in.Einddatum.Before(in.Ingangsdatum) {
			verdict.Add(&vs, allocation.CS003, rel, f+"ToewijzingEinddatum", in.Einddatum.String(),
				"de einddatum moet op of na de ingangsdatum "+in.Ingangsdatum.String()+" liggen")
		}
		if in.Soort == allocation.Administratief {
			verdict.Add(&vs, allocation.CS072, rel, f+"Soort", in.Soort.Code(), "een aanvraag kan niet administratief zijn")
		}
	}
	checkTR120(&vs, &spec, rel)
	checkTR127(&vs, &spec, rel)
	for _, c := range ctx.Mutaties {
		if !withAAT.Has(c) {
			verdict.Add(&vs, allocation.TR041, rel, "Mutatiecode", c.Code(), "samen met een aanvraag aangepaste toewijzing alleen MUT12, MUT18 of MUT19")
		}
	}
	if ctx.Toewijzingen != nil {
		checkTR107(&vs, &spec, ctx, rel)
	}
	if len(vs) > 0 {
		return Aanvraag{}, vs
	}
	s := spec
	s.Instellingen = slices.Clone(spec.Instellingen)
	if spec.BijzondereSituatie != nil {
		b := *spec.BijzondereSituatie
		s.BijzondereSituatie = &b
	}
	return Aanvraag{s: s, rel: rel}, nil
}

// checkTR107 judges the sender: the dossierhouder or the CZT on the
// dagtekening (allocation.ToewijzingSet.MayRequestAAT), with a toewijzing
// on the besluit the aanvraag names (iWlz-IM 2.2 TR107).
func checkTR107(vs *allocation.Violations, s *AanvraagSpec, ctx AanvraagContext, rel allocation.Release) {
	onBesluit := slices.ContainsFunc(ctx.Toewijzingen.Toewijzingen(), func(z allocation.Zorgtoewijzing) bool {
		return z.Besluitnummer() == s.Besluitnummer
	})
	if !onBesluit {
		verdict.Add(vs, allocation.TR107, rel, "Besluitnummer", s.Besluitnummer.String(),
			"de afzender heeft geen toewijzing op besluit "+s.Besluitnummer.String())
		return
	}
	if s.Leveringsvorm == allocation.PGB || s.Leveringsvorm == allocation.VKB {
		return // CS127 reported it
	}
	if err := ctx.Toewijzingen.MayRequestAAT(s.Instelling, s.Leveringsvorm, ctx.Dagtekening); err != nil {
		*vs = append(*vs, allocation.AsViolations(err)...)
	}
}

// aanvraagRelease returns the judging release, or adds an input error.
func aanvraagRelease(vs *allocation.Violations, ctx AanvraagContext) allocation.Release {
	if ctx.Dagtekening.IsZero() {
		verdict.Add(vs, allocation.InputMissing, 0, "Dagtekening", "", "de dagtekening ontbreekt")
		return 0
	}
	rel, err := allocation.Judged(ctx.Release, ctx.Dagtekening)
	if err != nil || !rel.IWlz() {
		verdict.Add(vs, allocation.InputOption, 0, "Release", rel.String(), "een aanvraag aangepaste toewijzing (AW39) bestaat vanaf iWlz 2.0")
		return 0
	}
	return rel
}

// required adds an input error for every required field that is absent
// (iWlz-XSD 2.2 AW39 Aanvraag, AanvraagInstelling).
func required(vs *allocation.Violations, s *AanvraagSpec) {
	miss := func(field, what string) {
		verdict.Add(vs, allocation.InputMissing, 0, field, "", what+" ontbreekt")
	}
	if s.Besluitnummer == 0 {
		miss("Besluitnummer", "het besluitnummer")
	}
	if s.Afgiftedatum.IsZero() {
		miss("Afgiftedatum", "de afgiftedatum")
	}
	if s.Instelling.IsZero() {
		miss("Instelling", "de instelling (afzender)")
	}
	if s.ZZP == 0 {
		miss("ZzpCode", "de ZZP-code")
	}
	if s.Leveringsvorm == 0 {
		miss("Leveringsvorm", "de leveringsvorm")
	}
	if len(s.Instellingen) == 0 {
		miss("AanvraagInstellingen", "minstens één aanvraaginstelling")
	}
	for i := range s.Instellingen {
		in := &s.Instellingen[i]
		f := instellingField(i)
		if in.Instelling.IsZero() {
			miss(f+"Instelling", "de instelling")
		}
		if in.Soort == 0 {
			miss(f+"Soort", "de soort toewijzing")
		}
		if in.Ingangsdatum.IsZero() {
			miss(f+"ToewijzingIngangsdatum", "de ingangsdatum")
		}
	}
}

// instellingField names AanvraagInstelling i (from 1) as a field prefix.
func instellingField(i int) string {
	return "AanvraagInstellingen/AanvraagInstelling[" + itoa(i+1) + "]/"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

// checkAanvraagCodes applies CS127 and the code lists, each code on the
// earliest ingangsdatum asked (the aanvraag's own codes) or on its line's
// ingangsdatum (the soort).
func checkAanvraagCodes(vs *allocation.Violations, s *AanvraagSpec, rel allocation.Release) {
	d := s.Instellingen[0].Ingangsdatum
	for _, in := range s.Instellingen[1:] {
		if in.Ingangsdatum.Before(d) {
			d = in.Ingangsdatum
		}
	}
	if s.Leveringsvorm == allocation.PGB || s.Leveringsvorm == allocation.VKB {
		verdict.Add(vs, allocation.CS127, rel, "Leveringsvorm", s.Leveringsvorm.Code(), "een aanvraag kan niet over PGB of verkeerde bed gaan")
	} else if !s.Leveringsvorm.ValidOn(d) {
		verdict.Add(vs, allocation.COD578, rel, "Leveringsvorm", s.Leveringsvorm.Code(), "geen leveringsvorm van COD578 op "+d.String())
	}
	if !s.ZZP.ValidOn(d) {
		verdict.Add(vs, allocation.COD163, rel, "ZzpCode", s.ZZP.Code(), "geen ZZP-code die op "+d.String()+" geldt")
	}
	if s.Etmalen != 0 && !s.Etmalen.ValidOn(d) {
		verdict.Add(vs, allocation.COD755, rel, "Etmalen", s.Etmalen.Code(), "geen code van COD755 op "+d.String())
	}
	if s.Klasse != 0 && !slices.Contains([]allocation.Klasse{allocation.KE4, allocation.KE5, allocation.KE6, allocation.KE7}, s.Klasse) {
		verdict.Add(vs, allocation.CS074, rel, "Klasse", s.Klasse.Code(), "de klasse is KE4, KE5, KE6 of KE7")
	}
	for i := range s.Instellingen {
		in := &s.Instellingen[i]
		if in.Soort != 0 && !in.Soort.ValidOn(in.Ingangsdatum) {
			verdict.Add(vs, allocation.COD165, rel, instellingField(i)+"Soort", in.Soort.Code(), "geen soort toewijzing van COD165 op "+in.Ingangsdatum.String())
		}
	}
}

// checkAanvraagPresence applies the presence rules per leveringsvorm,
// CD052 and CD040 as the stylesheet reads them.
func checkAanvraagPresence(vs *allocation.Violations, s *AanvraagSpec, rel allocation.Release) {
	lv := s.Leveringsvorm
	for _, r := range aanvraagPresence {
		want := slices.Contains(r.when, lv)
		has, text := r.has(s)
		if want == has {
			continue
		}
		msg := "hoort leeg te blijven bij leveringsvorm " + lv.Code()
		if want {
			msg = "is verplicht bij leveringsvorm " + lv.Code()
		}
		verdict.Add(vs, r.rule, rel, r.field, text, r.field+" "+msg)
	}
	// CD052: the stylesheet passes the Opname of every instelling; one
	// filled Opname counts for the Aanvraag (iWlz-XSLT 2.2 CD052).
	opname := slices.ContainsFunc(s.Instellingen, func(in AanvraagInstelling) bool { return in.Opname != 0 })
	if want := lv == allocation.Verblijf || lv == allocation.DTV; want != opname {
		msg := "een opname hoort alleen bij Verblijf en DTV"
		if want {
			msg = "bij Verblijf en DTV is een opname (ja of nee) verplicht"
		}
		verdict.Add(vs, allocation.CD052, rel, "AanvraagInstellingen/AanvraagInstelling/Opname", "", msg)
	}
	// CD040: a percentage on every instelling unless PGB (which CS127
	// refuses on an aanvraag).
	for i := range s.Instellingen {
		if (lv == allocation.PGB) != s.Instellingen[i].Percentage.IsZero() {
			verdict.Add(vs, allocation.CD040, rel, instellingField(i)+"ToewijzingPercentage", s.Instellingen[i].Percentage.String(),
				"een toewijzingspercentage is verplicht, behalve bij PGB")
		}
	}
}

// checkBijzonder applies CD047 and CD048.
func checkBijzonder(vs *allocation.Violations, s *AanvraagSpec, rel allocation.Release) {
	if s.Doelmatig == allocation.Nee && s.BijzondereSituatie == nil {
		verdict.Add(vs, allocation.CD047, rel, "Doelmatig", s.Doelmatig.Code(), "bij doelmatig nee is een bijzondere situatie verplicht")
	}
	b := s.BijzondereSituatie
	if b == nil {
		return
	}
	other := b.ExtraKostenThuis != 0 || b.ToeslagBeademing != 0
	if other == (b.ToeslagOverig != 0) {
		msg := "zonder extra kosten thuis of toeslag beademing is ToeslagOverig verplicht"
		if other {
			msg = "naast extra kosten thuis of toeslag beademing blijft ToeslagOverig leeg"
		}
		verdict.Add(vs, allocation.CD048, rel, "BijzondereSituatie/ToeslagOverig", b.ToeslagOverig.Code(), msg)
	}
}

// checkTR120: a Verblijf aanvraag has no two instellingen with opname ja
// of the same soort on the same ingangsdatum (iWlz-XSLT 2.2 TR120: one
// finding per pair).
func checkTR120(vs *allocation.Violations, s *AanvraagSpec, rel allocation.Release) {
	if s.Leveringsvorm != allocation.Verblijf {
		return
	}
	type key struct {
		soort allocation.SoortToewijzing
		d     calendar.Date
	}
	seen := map[key]int{}
	for i := range s.Instellingen {
		in := &s.Instellingen[i]
		if in.Opname != allocation.Ja {
			continue
		}
		k := key{in.Soort, in.Ingangsdatum}
		for range seen[k] {
			verdict.Add(vs, allocation.TR120, rel, instellingField(i)+"Opname", in.Ingangsdatum.String(),
				"twee opnames van soort "+in.Soort.Code()+" op "+in.Ingangsdatum.String())
		}
		seen[k]++
	}
}

// checkTR127: in a DTV aanvraag the periods of the instellingen with
// opname ja do not overlap (one finding per line that a later one
// overlaps), and each instelling with opname nee lies within them
// (iWlz-XSLT 2.2 TR127: checkNoOverlap and checkDateCover, days
// inclusive, an absent einddatum open).
func checkTR127(vs *allocation.Violations, s *AanvraagSpec, rel allocation.Release) {
	if s.Leveringsvorm != allocation.DTV {
		return
	}
	var ja []calendar.Period
	for i := range s.Instellingen {
		if in := &s.Instellingen[i]; in.Opname == allocation.Ja {
			if p, ok := span(in.Ingangsdatum, in.Einddatum); ok {
				ja = append(ja, p)
			}
		}
	}
	for i, a := range ja {
		for _, b := range ja[i+1:] {
			if a.Overlaps(b) {
				verdict.Add(vs, allocation.TR127, rel, "AanvraagInstellingen", a.String(),
					"twee instellingen met opname overlappen in een DTV-aanvraag")
				break
			}
		}
	}
	for i := range s.Instellingen {
		in := &s.Instellingen[i]
		if in.Opname != allocation.Nee {
			continue
		}
		if p, ok := span(in.Ingangsdatum, in.Einddatum); ok && !covered(p, ja) {
			verdict.Add(vs, allocation.TR127, rel, instellingField(i)+"ToewijzingIngangsdatum", p.String(),
				"elke dag van de DTV-periode heeft een aanbieder met opname ja")
		}
	}
}

// span is the period start..end (zero end: open); false when end lies
// before start (CS003 reports it).
func span(start, end calendar.Date) (calendar.Period, bool) {
	p, err := calendar.NewPeriod(start, end)
	return p, err == nil
}

// covered reports whether the union of ps covers every day of p.
func covered(p calendar.Period, ps []calendar.Period) bool {
	d := p.Start()
	for {
		next := false
		for _, q := range ps {
			if q.Contains(d) {
				if q.End().IsZero() {
					return true
				}
				d, next = q.End().AddDays(1), true
				break
			}
		}
		if !next {
			return false
		}
		if !p.End().IsZero() && d.After(p.End()) {
			return true
		}
	}
}

// Spec reads an AW39 Aanvraag as the library's typed spec, for
// NewAanvraag. It fails, with a *allocation.MessageError, when a field is
// unreadable (ValidateAW39 reports which); absent fields stay zero for
// NewAanvraag to report.
func (a *AW39Aanvraag) Spec() (AanvraagSpec, error) {
	var s AanvraagSpec
	var bad []string
	read := func(field, text string, parse func(string) error) {
		if t := strings.TrimSpace(text); t != "" {
			if parse(t) != nil {
				bad = append(bad, field)
			}
		}
	}
	read("Besluitnummer", a.Besluitnummer, func(t string) (err error) { s.Besluitnummer, err = allocation.ParseBesluitnummer(t); return })
	read("Afgiftedatum", a.Afgiftedatum, func(t string) (err error) { s.Afgiftedatum, err = calendar.ParseDate(t); return })
	read("Instelling", a.Instelling, func(t string) (err error) { s.Instelling, err = allocation.ParseAGBCode(t); return })
	read("ZzpCode", a.ZzpCode, func(t string) (err error) { s.ZZP, err = allocation.ParseZZP(t); return })
	read("Etmalen", a.Etmalen, func(t string) (err error) { s.Etmalen, err = allocation.ParseEtmalen(t); return })
	read("Klasse", a.Klasse, func(t string) (err error) { s.Klasse, err = allocation.ParseKlasse(t); return })
	read("Leveringsvorm", a.Leveringsvorm, func(t string) (err error) { s.Leveringsvorm, err = allocation.ParseLeveringsvorm(t); return })
	read("Dossierhouder", a.Dossierhouder, func(t string) (err error) { s.Dossierhouder, err = allocation.ParseAGBCode(t); return })
	read("CoordinatorZorgThuis", a.CoordinatorZorgThuis, func(t string) (err error) {
		s.CoordinatorZorgThuis, err = allocation.ParseAGBCode(t)
		return
	})
	read("Doelmatig", a.Doelmatig, func(t string) (err error) { s.Doelmatig, err = allocation.ParseJaNee(t); return })
	read("Verantwoord", a.Verantwoord, func(t string) (err error) { s.Verantwoord, err = allocation.ParseJaNee(t); return })
	if b := a.BijzondereSituatie; b != nil {
		var bs BijzondereSituatie
		read("ExtraKostenThuis", b.ExtraKostenThuis, func(t string) (err error) { bs.ExtraKostenThuis, err = allocation.ParseExtraKostenThuis(t); return })
		read("ToeslagBeademing", b.ToeslagBeademing, func(t string) (err error) { bs.ToeslagBeademing, err = allocation.ParseToeslagBeademing(t); return })
		read("ToeslagOverig", b.ToeslagOverig, func(t string) (err error) { bs.ToeslagOverig, err = allocation.ParseToeslagOverig(t); return })
		s.BijzondereSituatie = &bs
	}
	for i := range a.AanvraagInstellingen {
		x := &a.AanvraagInstellingen[i]
		var in AanvraagInstelling
		read("Instelling", x.Instelling, func(t string) (err error) { in.Instelling, err = allocation.ParseAGBCode(t); return })
		read("Soort", x.Soort, func(t string) (err error) { in.Soort, err = allocation.ParseSoortToewijzing(t); return })
		read("ToewijzingIngangsdatum", x.ToewijzingIngangsdatum, func(t string) (err error) { in.Ingangsdatum, err = calendar.ParseDate(t); return })
		read("ToewijzingEinddatum", x.ToewijzingEinddatum, func(t string) (err error) { in.Einddatum, err = calendar.ParseDate(t); return })
		read("ToewijzingPercentage", x.ToewijzingPercentage, func(t string) (err error) { in.Percentage, err = allocation.ParsePercentage(t); return })
		read("Opname", x.Opname, func(t string) (err error) { in.Opname, err = allocation.ParseJaNee(t); return })
		s.Instellingen = append(s.Instellingen, in)
	}
	if len(bad) > 0 {
		return AanvraagSpec{}, &allocation.MessageError{Bericht: "AW39", Path: "Aanvraag",
			Reason: "onleesbaar: " + strings.Join(bad, ", ")}
	}
	return s, nil
}

// EndLine returns toewijzing t as the outcome leaves it: ended on
// o.Einddatum when the mutation closed or withdrew it (OP151), t itself
// when it was kept. A ToewijzingSet built from the ended lines ends the
// roles of the closed line (iWlz-IM 2.2 OP162, OP329): the dossierhouder
// after a MUT is the one of the lines the aanbieder still holds.
func (o Outcome) EndLine(t allocation.Zorgtoewijzing) (allocation.Zorgtoewijzing, error) {
	if o.Toewijzing == Kept || o.Einddatum.IsZero() {
		return t, nil
	}
	return t.EndedOn(o.Einddatum)
}
