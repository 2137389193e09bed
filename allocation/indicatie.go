package allocation

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// GeindiceerdZZP is a ZZP in an indicatiebesluit (iWlz IO31
// GeindiceerdZorgzwaartepakket).
type GeindiceerdZZP struct {
	ZZP          ZZP           `json:"zzp"`
	Ingangsdatum calendar.Date `json:"ingangsdatum"`
	Einddatum    calendar.Date `json:"einddatum"` // zero: open
	// Klasse is the KE klasse (KE4-KE7, iWlz CS074), up to iWlz 2.3.
	Klasse             Klasse         `json:"klasse"`
	VoorkeurClient     VoorkeurClient `json:"voorkeurClient"`
	InstellingVoorkeur AGBCode        `json:"instellingVoorkeur"`
	// Behandeling and Dagbesteding are the 2013 distinctions of a ZZP
	// (inclusief behandeling; met dagbesteding) that the Voorschrift's
	// vertaaltabel and overbrugging rules need (VZ2013 Bijlage E, F).
	Behandeling  bool `json:"behandeling"`
	Dagbesteding bool `json:"dagbesteding"`
}

// Period returns the period of the geïndiceerd ZZP (the zero Period when
// its dates are not a valid period).
func (g GeindiceerdZZP) Period() calendar.Period { return span(g.Ingangsdatum, g.Einddatum) }

// GeindiceerdeFunctie is a functie in an indicatiebesluit, up to iWlz 2.3.
type GeindiceerdeFunctie struct {
	Functie      Functie       `json:"functie"`
	Ingangsdatum calendar.Date `json:"ingangsdatum"`
	Einddatum    calendar.Date `json:"einddatum"`
	Klasse       Klasse        `json:"klasse"`
	// Opslag is 0 (none) to 99; only on the highest klasse of the functie
	// (TR010), never on functie 71 (TR034).
	Opslag int `json:"opslag"`
	// opslagSet records an Opslag element present with 0 in a message
	// (ValidateAW33): the stylesheet judges the element's presence.
	opslagSet bool
}

// Period returns the period of the geïndiceerde functie.
func (g GeindiceerdeFunctie) Period() calendar.Period { return span(g.Ingangsdatum, g.Einddatum) }

// IndicatieSpec is the input of NewIndicatie: the fields of an
// indicatiebesluit (iWlz IO31 Indicatie) the allocation rules use.
type IndicatieSpec struct {
	Besluitnummer Besluitnummer         `json:"besluitnummer"`
	Afgiftedatum  calendar.Date         `json:"afgiftedatum"`
	Ingangsdatum  calendar.Date         `json:"ingangsdatum"`
	Einddatum     calendar.Date         `json:"einddatum"` // zero: open (most Wlz indicaties)
	Grondslagen   []Grondslag           `json:"grondslagen"`
	ZZPs          []GeindiceerdZZP      `json:"zzps"`
	Functies      []GeindiceerdeFunctie `json:"functies"`
	// Voorkeuraanbieder is the client's preferred provider as the CIZ
	// records it; it becomes the dossierhouder (ZK-dossierhouderschap, Zo wordt u
	// dossierhouder).
	Voorkeuraanbieder     AGBCode        `json:"voorkeuraanbieder"`
	VoorkeurLeveringsvorm VoorkeurClient `json:"voorkeurLeveringsvorm"`
}

// Indicatie is a validated indicatiebesluit. Build it with NewIndicatie;
// it is immutable (accessors return copies).
type Indicatie struct {
	// s holds the fields; its ZZPs are nil when the one ZZP is held in
	// zzp1, its Grondslagen always nil (they are in grond).
	s      IndicatieSpec
	grond  [2]Grondslag // IO31: at most two
	ngrond uint8
	one    bool // the besluit has exactly one ZZP, zzp1
	zzp1   GeindiceerdZZP
	rel    Release
}

// zzps returns the number of geïndiceerde ZZPs.
func (i *Indicatie) zzps() int {
	if i.one {
		return 1
	}
	return len(i.s.ZZPs)
}

// zzp returns geïndiceerd ZZP k (0-based, k < zzps()).
func (i *Indicatie) zzp(k int) GeindiceerdZZP {
	if i.one {
		return i.zzp1
	}
	return i.s.ZZPs[k]
}

// NewIndicatie validates spec under the rule set of its ingangsdatum and
// returns the indicatie, or every violation at once. dagtekening is the
// date of the message that carries it (iWlz CS023: no afgiftedatum after it).
//
// Rules: XSD (required fields), CS003 (einddatum >= ingangsdatum, for the
// besluit and every zorgeenheid), CS023, TR014 and TR015 (the besluit spans
// exactly its zorgeenheden), TR057 (no overlapping ZZPs), TR035 (no
// overlapping functies with the same code), TR010 and TR034 (opslag),
// CD029 (grondslag required, except for a negatief besluit or ZZP 999
// only), IO31 (at most two grondslagen), CS074 (ZZP klasse KE4-KE7, up to
// iWlz 2.3), OP021 (a negatief besluit starts the day after its afgifte),
// and every code valid on the date of the element that carries it. TR057
// and TR035 report one violation per group of overlapping zorgeenheden
// (see NewToewijzingSet).
func NewIndicatie(spec IndicatieSpec, ctx Context) (Indicatie, error) {
	ind, vs := indicatieVerdict(spec, ctx)
	if len(vs) > 0 {
		return Indicatie{}, vs
	}
	return ind, nil
}

// indicatieVerdict applies NewIndicatie's rules and returns the besluit
// with every violation: a whole message is judged on, so the toewijzingen
// of a besluit with a fault are judged against it too. The Indicatie is
// zero only when a required field (besluitnummer, afgifte- or
// ingangsdatum) is missing or the release is unknown.
func indicatieVerdict(spec IndicatieSpec, ctx Context) (Indicatie, Violations) {
	var vs Violations
	rel := ctx.judged(&vs)
	if spec.Besluitnummer == 0 {
		vs.add(InputMissing, 0, "Besluitnummer", "", "het besluitnummer ontbreekt")
	}
	requireDate(&vs, spec.Afgiftedatum, "Afgiftedatum")
	requireDate(&vs, spec.Ingangsdatum, "Ingangsdatum")
	if len(vs) > 0 {
		return Indicatie{}, vs
	}
	checkPeriod(&vs, spec.Ingangsdatum, spec.Einddatum, "Indicatie", rel)
	notAfter(&vs, spec.Afgiftedatum, ctx.Dagtekening, "Afgiftedatum", rel)

	for i, g := range spec.Grondslagen {
		if !codeOK(grondslagList, uint8(g), spec.Ingangsdatum, rel) {
			checkCode(&vs, grondslagList, uint8(g), indexed("Grondslag", i, ""), spec.Ingangsdatum, rel)
		}
	}
	checkCode(&vs, voorkeurClientList, uint8(spec.VoorkeurLeveringsvorm), "VoorkeurLeveringsvorm", spec.Ingangsdatum, rel)
	checkIndicatieZZPs(&vs, spec.ZZPs, rel)
	checkIndicatieFuncties(&vs, spec.Functies, rel)
	checkIndicatieSpan(&vs, spec, rel)
	checkGrondslagen(&vs, spec, rel)
	if len(vs) > 0 {
		return held(spec, rel), vs
	}
	return held(spec, rel), nil
}

// held returns the Indicatie of a validated spec, owning its own copies of
// the caller's slices (immutability). The usual besluit costs no
// allocation: the grondslagen (at most two, IO31) and a single ZZP are
// held inline; only a besluit with two or more ZZPs, or with functies,
// allocates a copy of those.
func held(spec IndicatieSpec, rel Release) Indicatie {
	ind := Indicatie{rel: rel}
	ind.ngrond = uint8(copy(ind.grond[:], spec.Grondslagen))
	spec.Grondslagen = nil
	if len(spec.ZZPs) == 1 {
		ind.zzp1, ind.one = spec.ZZPs[0], true
		spec.ZZPs = nil
	} else {
		spec.ZZPs = slices.Clone(spec.ZZPs)
	}
	spec.Functies = slices.Clone(spec.Functies)
	ind.s = spec
	return ind
}

// indexed returns the name of element i (0-based) of a repeated field,
// "Zorgzwaartepakket[1].ZzpCode". Names are built only for a violation.
func indexed(name string, i int, suffix string) string {
	return name + "[" + strconv.Itoa(i+1) + "]" + suffix
}

// ended reports whether end lies before start (CS003 fails).
func ended(start, end calendar.Date) bool { return !end.IsZero() && end.Before(start) }

func checkIndicatieZZPs(vs *Violations, zzps []GeindiceerdZZP, rel Release) {
	const z = "Zorgzwaartepakket"
	for i := range zzps {
		g := &zzps[i]
		if g.ZZP == 0 {
			vs.add(InputMissing, rel, indexed(z, i, ".ZzpCode"), "", "de ZZP-code ontbreekt")
		}
		if g.Ingangsdatum.IsZero() {
			requireDate(vs, g.Ingangsdatum, indexed(z, i, ".Ingangsdatum"))
			continue
		}
		d := g.Ingangsdatum
		if ended(d, g.Einddatum) {
			checkPeriod(vs, d, g.Einddatum, indexed(z, i, ""), rel)
		}
		if g.ZZP != 0 && !g.ZZP.ValidOn(d) {
			g.ZZP.check(vs, indexed(z, i, ".ZzpCode"), d, rel)
		}
		if !codeOK(klasseList, uint8(g.Klasse), d, rel) {
			checkCode(vs, klasseList, uint8(g.Klasse), indexed(z, i, ".Klasse"), d, rel)
		}
		if !codeOK(voorkeurClientList, uint8(g.VoorkeurClient), d, rel) {
			checkCode(vs, voorkeurClientList, uint8(g.VoorkeurClient), indexed(z, i, ".VoorkeurClient"), d, rel)
		}
		if g.Klasse != 0 && !keKlasse(g.Klasse) {
			vs.add(CS074, rel, indexed(z, i, ".Klasse"), g.Klasse.Code(), "de klasse van een ZZP moet KE4, KE5, KE6 of KE7 zijn")
		}
	}
	checkTR057(vs, zzps, rel)
	checkTR035ZZP(vs, zzps, rel)
}

// checkTR035ZZP applies TR035 to the geïndiceerde ZZPs: the same ZZP twice
// in one besluit for overlapping periods (the stylesheet applies TR035 to
// GeindiceerdZorgzwaartepakket as well as GeindiceerdeFunctie, iWlz-XSLT
// 2.2 TR035), one violation per group. Such ZZPs break TR057 as well.
func checkTR035ZZP(vs *Violations, zzps []GeindiceerdZZP, rel Release) {
	if len(zzps) < 2 {
		return
	}
	var stack [16]ival
	items := stack[:0]
	for i := range zzps {
		if x, ok := newOverlapIval(uint64(zzps[i].ZZP), zzps[i].Ingangsdatum, zzps[i].Einddatum, i); ok {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 1, TR035, "Zorgzwaartepakketten", func(int) Release { return rel },
		func(first int, others string) (string, string, string) {
			return "Zorgzwaartepakket[" + strconv.Itoa(first+1) + "]", zzps[first].ZZP.Code(),
				"de periode overlapt met zorgzwaartepakket " + others + " met dezelfde ZZP-code in hetzelfde besluit"
		})
}

// checkTR057 applies TR057: no overlapping ZZPs in one besluit, one
// violation per group of overlapping ZZPs (n log n, see groupEnd).
func checkTR057(vs *Violations, zzps []GeindiceerdZZP, rel Release) {
	if len(zzps) < 2 {
		return
	}
	var stack [16]ival
	items := stack[:0]
	for i := range zzps {
		if x, ok := newOverlapIval(0, zzps[i].Ingangsdatum, zzps[i].Einddatum, i); ok {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 1, TR057, "Zorgzwaartepakketten", func(int) Release { return rel },
		func(first int, others string) (string, string, string) {
			return "Zorgzwaartepakket[" + strconv.Itoa(first+1) + "]", zzps[first].ZZP.Code(),
				"de periode overlapt met zorgzwaartepakket " + others + " in hetzelfde besluit"
		})
}

// checkTR035 applies TR035: no overlapping functies with the same code in
// one besluit, one violation per group.
func checkTR035(vs *Violations, fs []GeindiceerdeFunctie, rel Release) {
	if len(fs) < 2 {
		return
	}
	var stack [16]ival
	items := stack[:0]
	for i := range fs {
		if x, ok := newOverlapIval(uint64(fs[i].Functie), fs[i].Ingangsdatum, fs[i].Einddatum, i); ok {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 1, TR035, "Functies", func(int) Release { return rel },
		func(first int, others string) (string, string, string) {
			return "Functie[" + strconv.Itoa(first+1) + "]", fs[first].Functie.Code(),
				"de periode overlapt met functie " + others + " met dezelfde code in hetzelfde besluit"
		})
}

func checkIndicatieFuncties(vs *Violations, fs []GeindiceerdeFunctie, rel Release) {
	const fn = "Functie"
	for i := range fs {
		f := &fs[i]
		if f.Functie == 0 {
			vs.add(InputMissing, rel, indexed(fn, i, ".FunctieCode"), "", "de functiecode ontbreekt")
		}
		if f.Ingangsdatum.IsZero() {
			requireDate(vs, f.Ingangsdatum, indexed(fn, i, ".Ingangsdatum"))
			continue
		}
		d := f.Ingangsdatum
		if ended(d, f.Einddatum) {
			checkPeriod(vs, d, f.Einddatum, indexed(fn, i, ""), rel)
		}
		if !codeOK(functieList, uint8(f.Functie), d, rel) {
			checkCode(vs, functieList, uint8(f.Functie), indexed(fn, i, ".FunctieCode"), d, rel)
		}
		if !codeOK(klasseList, uint8(f.Klasse), d, rel) {
			checkCode(vs, klasseList, uint8(f.Klasse), indexed(fn, i, ".Klasse"), d, rel)
		}
		if f.Opslag < 0 || f.Opslag > 99 {
			vs.add(XSD, rel, indexed(fn, i, ".Opslag"), fmt.Sprint(f.Opslag), "de opslag ligt tussen 0 en 99")
		} else {
			checkFunctieKlasse(vs, f.Functie, f.Klasse, f.Opslag > 0 || f.opslagSet, f.Opslag, indexed(fn, i, "."), rel)
		}
	}
	checkTR035(vs, fs, rel)
}

// checkIndicatieSpan applies TR014/TR015 and, for a negatief besluit, OP021.
func checkIndicatieSpan(vs *Violations, s IndicatieSpec, rel Release) {
	var first, last calendar.Date
	open, n := false, 0
	visit := func(start, end calendar.Date) {
		if start.IsZero() {
			return
		}
		n++
		if first.IsZero() || start.Before(first) {
			first = start
		}
		if end.IsZero() {
			open = true
		} else if end.After(last) {
			last = end
		}
	}
	for _, g := range s.ZZPs {
		visit(g.Ingangsdatum, g.Einddatum)
	}
	for _, f := range s.Functies {
		visit(f.Ingangsdatum, f.Einddatum)
	}
	if n == 0 {
		if len(s.ZZPs)+len(s.Functies) == 0 && s.Ingangsdatum != s.Afgiftedatum.AddDays(1) {
			vs.add(OP021, rel, "Ingangsdatum", s.Ingangsdatum.String(),
				"een negatief besluit (zonder zorgeenheden) gaat in op de dag na de afgiftedatum, "+s.Afgiftedatum.AddDays(1).String())
		}
		return
	}
	if first != s.Ingangsdatum {
		vs.add(TR015, rel, "Ingangsdatum", s.Ingangsdatum.String(),
			"de ingangsdatum van het besluit moet de vroegste ingangsdatum van de zorgeenheden zijn, "+first.String())
	}
	if open {
		last = calendar.Date{}
	}
	if last != s.Einddatum {
		want := last.String()
		if open {
			want = "open (een zorgeenheid heeft geen einddatum)"
		}
		vs.add(TR014, rel, "Einddatum", s.Einddatum.String(),
			"de einddatum van het besluit moet de laatste einddatum van de zorgeenheden zijn: "+want)
	}
}

func checkGrondslagen(vs *Violations, s IndicatieSpec, rel Release) {
	if len(s.Grondslagen) > 2 {
		vs.add(XSD, rel, "Grondslagen", fmt.Sprint(len(s.Grondslagen)), "een besluit heeft ten hoogste twee grondslagen (Grondslag01 en Grondslag02)")
	}
	if len(s.Grondslagen) > 0 {
		return
	}
	needs := len(s.Functies) > 0
	for _, g := range s.ZZPs {
		needs = needs || g.ZZP != ZZP0
	}
	if needs {
		vs.add(CD029, rel, "Grondslag01", "", "de grondslag is verplicht, behalve bij een negatief besluit of een besluit met alleen ZZP 999")
	}
}

// keKlasse reports whether k is KE4-KE7, the klassen a ZZP may have (CS074).
func keKlasse(k Klasse) bool { return k >= KE4 && k <= KE7 }

// Besluitnummer returns the number of the besluit.
func (i Indicatie) Besluitnummer() Besluitnummer { return i.s.Besluitnummer }

// Afgiftedatum returns the day the CIZ issued the besluit.
func (i Indicatie) Afgiftedatum() calendar.Date { return i.s.Afgiftedatum }

// Period returns the period of the besluit (open when it has no einddatum).
func (i Indicatie) Period() calendar.Period { return span(i.s.Ingangsdatum, i.s.Einddatum) }

// IsZero reports whether i is the zero Indicatie (not built by NewIndicatie).
func (i Indicatie) IsZero() bool { return i.s.Besluitnummer == 0 }

// Negatief reports whether the besluit has no zorgeenheden.
func (i Indicatie) Negatief() bool { return i.zzps()+len(i.s.Functies) == 0 }

// Release returns the rule set the indicatie was validated under.
func (i Indicatie) Release() Release { return i.rel }

// ZZPs returns the geïndiceerde ZZPs (a copy).
func (i Indicatie) ZZPs() []GeindiceerdZZP {
	if i.one {
		return []GeindiceerdZZP{i.zzp1}
	}
	return slices.Clone(i.s.ZZPs)
}

// Functies returns the geïndiceerde functies (a copy).
func (i Indicatie) Functies() []GeindiceerdeFunctie { return slices.Clone(i.s.Functies) }

// Grondslagen returns the grondslagen (a copy).
func (i Indicatie) Grondslagen() []Grondslag { return slices.Clone(i.grond[:i.ngrond]) }

// Voorkeuraanbieder returns the client's preferred provider (may be absent).
func (i Indicatie) Voorkeuraanbieder() AGBCode { return i.s.Voorkeuraanbieder }

// VoorkeurLeveringsvorm returns the client's preferred leveringsvorm.
func (i Indicatie) VoorkeurLeveringsvorm() VoorkeurClient { return i.s.VoorkeurLeveringsvorm }

// Spec returns the fields the indicatie was built from (a deep copy).
func (i Indicatie) Spec() IndicatieSpec {
	s := i.s
	s.Grondslagen = i.Grondslagen()
	s.ZZPs = i.ZZPs()
	s.Functies = slices.Clone(s.Functies)
	return s
}

// ZZPOn returns the geïndiceerd ZZP whose period contains d.
func (i Indicatie) ZZPOn(d calendar.Date) (GeindiceerdZZP, bool) {
	for k := range i.zzps() {
		if g := i.zzp(k); g.Period().Contains(d) {
			return g, true
		}
	}
	return GeindiceerdZZP{}, false
}

// EndedBy returns i as it stands once next is issued (iWlz OP021): a new
// besluit ends the previous one on the day before its ingangsdatum, and the
// zorgkantoor ends the running toewijzingen on that day. ZZPs and functies
// that start after that day are dropped; those running past it end on it.
// When i already ends before next starts it is returned unchanged. next must
// start after i starts, or the result is an OP021 violation.
func (i Indicatie) EndedBy(next Indicatie) (Indicatie, error) {
	if i.IsZero() || next.IsZero() {
		return Indicatie{}, Violations{{Rule: InputMissing.In(0), Field: "Indicatie", Message: "beide besluiten moeten gevalideerd zijn (NewIndicatie)"}}
	}
	if !next.s.Ingangsdatum.After(i.s.Ingangsdatum) {
		return Indicatie{}, Violations{{Rule: OP021.In(next.rel), Field: "Ingangsdatum", Value: next.s.Ingangsdatum.String(),
			Message: "het nieuwe besluit moet na het vorige besluit (" + i.s.Ingangsdatum.String() + ") ingaan"}}
	}
	end := next.s.Ingangsdatum.AddDays(-1)
	if !i.s.Einddatum.IsZero() && !i.s.Einddatum.After(end) {
		return i, nil
	}
	out := i.Spec()
	out.Einddatum = end
	out.ZZPs = out.ZZPs[:0]
	for k := range i.zzps() {
		g := i.zzp(k)
		if g.Ingangsdatum.After(end) {
			continue
		}
		if g.Einddatum.IsZero() || g.Einddatum.After(end) {
			g.Einddatum = end
		}
		out.ZZPs = append(out.ZZPs, g)
	}
	out.Functies = out.Functies[:0]
	for _, f := range i.s.Functies {
		if f.Ingangsdatum.After(end) {
			continue
		}
		if f.Einddatum.IsZero() || f.Einddatum.After(end) {
			f.Einddatum = end
		}
		out.Functies = append(out.Functies, f)
	}
	return held(out, i.rel), nil
}

// span returns the period start..end, or the zero Period when it is invalid.
func span(start, end calendar.Date) calendar.Period {
	p, _ := calendar.NewPeriod(start, end)
	return p
}

// requireDate adds an XSD violation for a missing date; it reports
// whether the date is there.
func requireDate(vs *Violations, d calendar.Date, field string) bool {
	if d.IsZero() {
		vs.add(InputMissing, 0, field, "", "de datum ontbreekt")
		return false
	}
	return true
}

// checkPeriod applies CS003 to start..end (a zero end is open).
func checkPeriod(vs *Violations, start, end calendar.Date, field string, rel Release) {
	if !end.IsZero() && end.Before(start) {
		vs.add(CS003, rel, field+".Einddatum", end.String(),
			"de einddatum moet op of na de ingangsdatum "+start.String()+" liggen")
	}
}

// notAfter applies CS023: d may not lie after the message date.
func notAfter(vs *Violations, d, dagtekening calendar.Date, field string, rel Release) {
	if !d.IsZero() && !dagtekening.IsZero() && d.After(dagtekening) {
		vs.add(CS023, rel, field, d.String(), "de datum mag niet na de dagtekening van het bericht ("+dagtekening.String()+") liggen")
	}
}

// PartneropnameMogelijk reports, as nil or violations, whether the partner
// of the client with indicatiebesluit i may move in with the client on d
// as a partneropname with ZZP0 (VZ2013 3.3, Partneropname V&V): "De
// partner van een cliënt met een ZZP op somatische of psychogeriatrische
// grondslag mag meeverhuizen." i is the client's besluit, not the
// partner's (the partner's own ZZP0 besluit needs no grondslag, CD029).
// The rule holds when i has a geïndiceerd ZZP on d (a bepaald ZZP or ZZPX,
// not ZZP0 itself) and its first grondslag (Grondslag01, the primary one)
// is somatisch (01) or psychogeriatrisch (02). Otherwise the violation is
// "VZ2013 3.3 partneropname"; a zero i or d is the input error "missing".
// Whether the partner then also gets extramural functies is the CIZ's
// decision, added to the ZZP0 registration; the set rule "VZ2013 3.3
// ZZP0" (NewToewijzingSet) checks that such functies go with ZZP0.
func (i Indicatie) PartneropnameMogelijk(d calendar.Date) error {
	var vs Violations
	if i.IsZero() {
		vs.add(InputMissing, 0, "Indicatie", "", "het indicatiebesluit van de cliënt is verplicht (NewIndicatie)")
	}
	if !requireDate(&vs, d, "Datum") || len(vs) > 0 {
		return vs
	}
	period := ReleaseOn(d)
	g, ok := i.ZZPOn(d)
	switch {
	case !ok:
		vs.add(VZ33Partneropname, period, "Zorgzwaartepakket", "", "de cliënt heeft op "+d.String()+" geen geïndiceerd ZZP")
	case g.ZZP.Sector() == SectorGeen && g.ZZP != ZZPX:
		vs.add(VZ33Partneropname, period, "Zorgzwaartepakket", g.ZZP.Code(),
			"partneropname volgt een cliënt met een ZZP; "+g.ZZP.String()+" is geen zorgzwaartepakket van de cliënt")
	}
	switch {
	case i.ngrond == 0:
		vs.add(VZ33Partneropname, period, "Grondslag01", "", "de cliënt heeft geen grondslag; partneropname vraagt een somatische of psychogeriatrische grondslag")
	case i.grond[0] != GrondslagSomatisch && i.grond[0] != GrondslagPsychogeriatrisch:
		vs.add(VZ33Partneropname, period, "Grondslag01", i.grond[0].Code(),
			"partneropname is er voor de partner van een cliënt met een ZZP op somatische (01) of psychogeriatrische (02) grondslag, niet "+i.grond[0].String())
	}
	return vs.err()
}
