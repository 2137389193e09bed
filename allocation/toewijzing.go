package allocation

import (
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// ToewijzingSpec is the input of NewZorgtoewijzing: every field of an iWlz
// AW33 ToegewezenZorgzwaartepakket (iWlz-XSD 2.2 AW33; ZK-berichtenverkeer).
type ToewijzingSpec struct {
	ZZP              ZZP             `json:"zzp"`
	Instelling       AGBCode         `json:"instelling"` // absent iff PGB (CD040)
	Zorgkantoor      ZorgkantoorCode `json:"zorgkantoor"`
	Soort            SoortToewijzing `json:"soort"`
	Toewijzingsdatum calendar.Date   `json:"toewijzingsdatum"`
	Toewijzingstijd  Tijd            `json:"toewijzingstijd"`
	// Percentage is the share of the profile the aanbieder may deliver;
	// absent iff PGB (CD040).
	Percentage   Percentage    `json:"percentage"`
	Ingangsdatum calendar.Date `json:"ingangsdatum"`
	Einddatum    calendar.Date `json:"einddatum"` // zero: open
	// RedenIntrekking and InstellingBestemming are filled on intrekking.
	RedenIntrekking      RedenIntrekking `json:"redenIntrekking"`
	Etmalen              Etmalen         `json:"etmalen"` // iff DTV (CD072)
	Klasse               Klasse          `json:"klasse"`  // iff Verblijf/VPT (CD051), KE4-KE7 (CS074)
	InstellingBestemming AGBCode         `json:"instellingBestemming"`
	Leveringsvorm        Leveringsvorm   `json:"leveringsvorm"`
	Dossierhouder        AGBCode         `json:"dossierhouder"`        // iff Verblijf/VPT/DTV (CD073)
	CoordinatorZorgThuis AGBCode         `json:"coordinatorZorgThuis"` // iff MPT (CD050)
	Opname               JaNee           `json:"opname"`               // iff Verblijf/DTV (CD052)
}

// Context is what a validation needs besides the value itself. Every
// rule package names its context the same way: Dagtekening is the date a
// value is judged on, Release the release that judges it.
type Context struct {
	// Dagtekening is the date of the message that carries the value (iWlz
	// CS023: no date after it). Required. The release in force on it
	// judges every iWlz rule: a 2024 AW33 with a toewijzing that started
	// in 2019 is a 2.4 message.
	Dagtekening calendar.Date
	// Release overrides the release of the dagtekening, for a message that
	// declares its own release. A Release outside the table is an input
	// error ("option"), never a silent "no rules".
	Release Release
	// Vertaaltabel is the caller's vertaaltabel (VZ2013 Bijlage E): the
	// pairs of a geïndiceerd ZZP and an instellingseigen ZZP the
	// zorgkantoren allow. With it, a regulier toewijzing of an
	// instellingseigen ZZP the table allows for the geïndiceerd ZZP is
	// reguliere zorg from iWlz 2.0 on (VZ2013 4.3.2; CZ-AAT: the AAT turns
	// an instellingsvreemd into an instellingseigen zorgprofiel; casus 07
	// of iWlz-IM 2.2). Nil: no conversion is known and a regulier
	// toewijzing is for the geïndiceerd ZZP only. *vertaaltabel.Tabel
	// satisfies it. Before 2018-04-01 the converted ZZP is soort
	// Alternatief and the table changes nothing.
	Vertaaltabel Vertalingen
}

// Vertalingen answers from the caller's vertaaltabel (VZ2013 Bijlage E):
// whether the geïndiceerd ZZP van may be delivered as the instellingseigen
// ZZP naar. The library ships no table (the published tables were not
// found); *vertaaltabel.Tabel is one, built from the caller's pairs.
type Vertalingen interface {
	Allows(van, naar ZZP) bool
}

// judged returns the release that judges a value under ctx, or adds an
// input error for a missing dagtekening or an unknown release.
func (ctx Context) judged(vs *Violations) Release {
	if !requireDate(vs, ctx.Dagtekening, "Dagtekening") {
		return 0
	}
	rel, err := Judged(ctx.Release, ctx.Dagtekening)
	if err != nil {
		vs.add(InputOption, 0, "Release", ctx.Release.String(), "geen release van de tabel (VZ2013, iWlz 2.0 tot en met iWlz 2.4)")
	}
	return rel
}

// Zorgtoewijzing is a validated zorgtoewijzing for a ZZP. Build it with
// NewZorgtoewijzing; it is an immutable value, safe to share.
type Zorgtoewijzing struct {
	s       ToewijzingSpec
	besluit Besluitnummer
	rel     Release
	// onbepaald: a regulier toewijzing of a bepaald ZZP on a besluit whose
	// geïndiceerd ZZP is ZZPX: the ZZP the aanbieder set (VZ2013 4.7).
	onbepaald bool
}

// lvSet is a set of leveringsvormen, one bit per Leveringsvorm value.
type lvSet uint16

func lvs(l ...Leveringsvorm) lvSet {
	var s lvSet
	for _, v := range l {
		s |= 1 << v
	}
	return s
}

func (s lvSet) has(l Leveringsvorm) bool { return s&(1<<l) != 0 }

func (s lvSet) names() string {
	var parts []string
	for l := PGB; l <= VKB; l++ {
		if s.has(l) {
			parts = append(parts, l.String())
		}
	}
	return strings.Join(parts, ", ")
}

// presenceRule is one "field present iff leveringsvorm in ..." condition of
// the iWlz AW33 (iWlz-XSLT 2.2 CD040, CD050, CD051, CD052, CD072, CD073), applied from rule set from
// through rule set to.
type presenceRule struct {
	rule  Rule
	field string
	when  lvSet
}

// presenceRules is the table of the CD rules on a ZZP toewijzing; present
// says whether a row's field is filled.
var presenceRules = [...]presenceRule{
	{CD040, "Instelling", lvs(Verblijf, VPT, MPT, DTV, VKB)},
	{CD040, "ToewijzingPercentage", lvs(Verblijf, VPT, MPT, DTV, VKB)},
	{CD050, "CoordinatorZorgThuis", lvs(MPT)},
	{CD051, "Klasse", lvs(Verblijf, VPT)},
	{CD052, "Opname", lvs(Verblijf, DTV)},
	{CD072, "Etmalen", lvs(DTV)},
	// The stylesheet asks a dossierhouder for VKB too (iWlz-XSLT 2.2 CD073:
	// leveringsvorm 4, 5, 8 or 9), while the rule's prose names only 4, 5
	// and 8; a VKB line is refused by CS132 anyway. The library follows
	// the stylesheet, what the chain runs.
	{CD073, "Dossierhouder", lvs(Verblijf, VPT, DTV, VKB)},
}

// present reports whether the field of presenceRules[i] is filled in s.
func present(s *ToewijzingSpec, i int) bool {
	switch i {
	case 0:
		return !s.Instelling.IsZero()
	case 1:
		return !s.Percentage.IsZero()
	case 2:
		return !s.CoordinatorZorgThuis.IsZero()
	case 3:
		return s.Klasse != 0
	case 4:
		return s.Opname != 0
	case 5:
		return s.Etmalen != 0
	case 6:
		return !s.Dossierhouder.IsZero()
	}
	return false
}

// presentText returns the text of the field of presenceRules[i], for the
// message of a violation.
func presentText(s *ToewijzingSpec, i int) string {
	switch i {
	case 0:
		return s.Instelling.String()
	case 1:
		return s.Percentage.String()
	case 2:
		return s.CoordinatorZorgThuis.String()
	case 3:
		return s.Klasse.Code()
	case 4:
		return s.Opname.Code()
	case 5:
		return s.Etmalen.Code()
	case 6:
		return s.Dossierhouder.String()
	}
	return ""
}

// NewZorgtoewijzing validates spec as a toewijzing on indicatie ind and
// returns it, or every violation at once (as Violations, which matches
// ErrInvalid). The rule set is ctx.Release, or the one that holds on the
// ingangsdatum.
//
// Every rule set: XSD (required fields), CS003, CS023, the code lists
// (each code valid on the ingangsdatum), VZ2013 Bijlage A "Reguliere zorg"
// (a regulier toewijzing is for the geïndiceerd ZZP, with at most its
// klasse; from iWlz 2.0 also for an instellingseigen ZZP that
// ctx.Vertaaltabel allows for it, VZ2013 4.3.2 and Bijlage E), VZ2013 4.7 (on a ZZP onbepaald, ZZPX, the aanbieder sets a
// bepaald ZZP: any bepaald ZZP is reguliere zorg, ZZP0 and 996/997 are
// not) and VZ2013 4.8 (an administratieve toewijzing lasts at most as
// long as the besluit). VZ2013 only: Bijlage A "Transferzorg" (always the
// geïndiceerd ZZP) and 4.5 (a VPT replaces the ZZP and is no overbrugging).
// iWlz: CD040, CD050, CD051 (to 2.3), CD052, CD072 (from 2.1), CD073,
// CS074 (to 2.3), CS132 (from 2.2), TR016, TR119, TR124 (from 2.1).
func NewZorgtoewijzing(spec ToewijzingSpec, ind Indicatie, ctx Context) (Zorgtoewijzing, error) {
	z, vs := toewijzingVerdict(spec, ind, ctx)
	if len(vs) > 0 {
		return Zorgtoewijzing{}, vs
	}
	return z, nil
}

// toewijzingVerdict applies NewZorgtoewijzing's rules and returns the
// toewijzing with every violation, so that a whole message's set rules see
// every line. The Zorgtoewijzing is zero only when it cannot be judged at
// all (a required field missing, no indicatie, an unknown release).
func toewijzingVerdict(spec ToewijzingSpec, ind Indicatie, ctx Context) (Zorgtoewijzing, Violations) {
	var vs Violations
	if spec.ZZP == 0 {
		vs.add(InputMissing, 0, "ZzpCode", "", "de ZZP-code ontbreekt")
	}
	if spec.Leveringsvorm == 0 {
		vs.add(InputMissing, 0, "Leveringsvorm", "", "de leveringsvorm ontbreekt")
	}
	b := base{spec.Soort, spec.Zorgkantoor, spec.Toewijzingsdatum, spec.Ingangsdatum, spec.Einddatum}
	rel, ok := b.check(&vs, ind, ctx)
	if !ok {
		return Zorgtoewijzing{}, vs
	}
	d := spec.Ingangsdatum
	spec.ZZP.check(&vs, "ZzpCode", d, rel)
	checkCode(&vs, leveringsvormList, uint8(spec.Leveringsvorm), "Leveringsvorm", d, rel)
	checkCode(&vs, redenIntrekkingList, uint8(spec.RedenIntrekking), "RedenIntrekking", d, rel)
	checkCode(&vs, etmalenList, uint8(spec.Etmalen), "Etmalen", d, rel)
	checkCode(&vs, klasseList, uint8(spec.Klasse), "Klasse", d, rel)
	if rel.IWlz() {
		checkIWlzFields(&vs, &spec, rel)
		b.checkInIndicatie(&vs, ind, rel)
	}
	onbepaald := checkVoorschrift(&vs, &spec, ind, ctx.Vertaaltabel)
	z := Zorgtoewijzing{s: spec, besluit: ind.s.Besluitnummer, rel: rel, onbepaald: onbepaald}
	if spec.ZZP == 0 || spec.Leveringsvorm == 0 {
		return Zorgtoewijzing{}, vs
	}
	if len(vs) > 0 {
		return z, vs
	}
	return z, nil
}

// base holds the fields every toewijzing (ZZP or functie) has.
type base struct {
	soort                               SoortToewijzing
	zorgkantoor                         ZorgkantoorCode
	toewijzingsdatum, ingang, einddatum calendar.Date
}

// check applies the rules every toewijzing shares: XSD (indicatie,
// dagtekening, soort, zorgkantoor, toewijzingsdatum, ingangsdatum), COD001,
// CS003, CS023 and COD165 on the ingangsdatum. It returns the rule set and
// false when the toewijzing cannot be judged further.
func (b base) check(vs *Violations, ind Indicatie, ctx Context) (Release, bool) {
	if ind.IsZero() {
		vs.add(InputMissing, 0, "Indicatie", "", "de toewijzing hoort bij een gevalideerd indicatiebesluit (NewIndicatie)")
	}
	rel := ctx.judged(vs)
	if b.soort == 0 {
		vs.add(InputMissing, 0, "Soort", "", "de soort toewijzing ontbreekt")
	}
	if b.zorgkantoor == 0 {
		vs.add(InputMissing, 0, "Zorgkantoor", "", "het zorgkantoor ontbreekt")
	} else if !b.zorgkantoor.Known() {
		vs.add(COD001, rel, "Zorgkantoor", b.zorgkantoor.String(), "geen zorgkantoor van COD001 (5501-5533, behalve 5522)")
	}
	requireDate(vs, b.toewijzingsdatum, "Toewijzingsdatum")
	if !requireDate(vs, b.ingang, "Ingangsdatum") || ind.IsZero() || rel == 0 {
		return 0, false
	}
	checkPeriod(vs, b.ingang, b.einddatum, "Toewijzing", rel)
	notAfter(vs, b.toewijzingsdatum, ctx.Dagtekening, "Toewijzingsdatum", rel)
	checkCode(vs, soortToewijzingList, uint8(b.soort), "Soort", b.ingang, rel)
	return rel, true
}

// checkInIndicatie applies iWlz TR016: the toewijzing lies wholly inside
// the indicatiebesluit.
//
// A toewijzing whose einddatum lies before its ingangsdatum (CS003) lies
// within no besluit, so TR016 comes with it, as the stylesheet judges
// (iWlz-XSLT 2.2 TR016, isPeriodWithinPeriod: the period must end on or
// after its start).
func (b base) checkInIndicatie(vs *Violations, ind Indicatie, rel Release) {
	if (!b.einddatum.IsZero() && b.einddatum.Before(b.ingang)) || !ind.Period().ContainsPeriod(span(b.ingang, b.einddatum)) {
		vs.add(TR016, rel, "Ingangsdatum", spanText(b.ingang, b.einddatum),
			"de periode van de toewijzing moet geheel binnen het indicatiebesluit ("+spanText(ind.s.Ingangsdatum, ind.s.Einddatum)+") liggen")
	}
}

// checkIWlzFields applies the iWlz field rules of the AW33.
func checkIWlzFields(vs *Violations, s *ToewijzingSpec, rel Release) {
	if s.Leveringsvorm != 0 {
		for i := range presenceRules {
			r := &presenceRules[i]
			want, got := r.when.has(s.Leveringsvorm), present(s, i)
			if want == got {
				continue
			}
			if _, ok := r.rule.Judge(rel); !ok {
				continue // not in this release: build no message
			}
			switch {
			case want && !got:
				vs.add(r.rule, rel, r.field, "", r.field+" is verplicht bij leveringsvorm "+r.when.names())
			case !want && got:
				vs.add(r.rule, rel, r.field, presentText(s, i), r.field+" moet leeg zijn bij leveringsvorm "+s.Leveringsvorm.String()+
					"; alleen bij "+r.when.names())
			}
		}
	}
	if s.Klasse != 0 && !keKlasse(s.Klasse) {
		vs.add(CS074, rel, "Klasse", s.Klasse.Code(), "de klasse van een ZZP moet KE4, KE5, KE6 of KE7 zijn")
	}
	if s.Leveringsvorm == VKB {
		vs.add(CS132, rel, "Leveringsvorm", s.Leveringsvorm.Code(), "leveringsvorm 9 (verkeerde bed) is niet toegestaan in een zorgtoewijzing")
	}
	if s.Soort == Administratief && s.Opname == Nee {
		vs.add(TR119, rel, "Opname", s.Opname.Code(), "een administratieve toewijzing houdt de kamer vrij: Opname moet Ja zijn als die gevuld is")
	}
	if s.Leveringsvorm == DTV && s.Ingangsdatum.Before(IWlz21.Start()) {
		vs.add(TR124, rel, "Ingangsdatum", s.Ingangsdatum.String(), "deeltijdverblijf kan pas vanaf 2020-01-01 ingaan")
	}
}

// checkVoorschrift applies the Voorschrift's rules on a toewijzing, with
// the caller's vertaaltabel (nil: none). It reports whether the
// toewijzing sets a bepaald ZZP on a ZZP onbepaald (VZ2013 4.7), for the
// set rule of 4.7.
func checkVoorschrift(vs *Violations, s *ToewijzingSpec, ind Indicatie, tabel Vertalingen) (onbepaald bool) {
	// The Voorschrift rules apply by the period they govern: the release
	// in force on the ingangsdatum (Peildatum PeilIngangsdatum).
	period := ReleaseOn(s.Ingangsdatum)
	g, found := ind.ZZPOn(s.Ingangsdatum)
	switch s.Soort {
	case Regulier:
		if found && g.ZZP == ZZPX && s.ZZP != ZZPX && s.ZZP != 0 {
			// VZ2013 4.7: on a ZZP onbepaald the aanbieder sets a bepaald
			// ZZP with the client (zorgleefplan); Bijlage A's "gelijk aan
			// de geïndiceerde zorg" is met by that ZZP. ZZP0 and the
			// administrative codes 996/997 are no zorgzwaartepakket.
			if s.ZZP.Sector() == SectorGeen {
				vs.add(VZ47, period, "ZzpCode", s.ZZP.Code(),
					"op een indicatie ZZP onbepaald (ZZPX) zet de zorgaanbieder in overleg met de cliënt een bepaald ZZP in; "+s.ZZP.String()+" is geen bepaald ZZP")
			} else {
				onbepaald = true
			}
		}
		if !found || (g.ZZP != s.ZZP && g.ZZP != ZZPX && !vertaald(tabel, g.ZZP, s.ZZP, period)) { // on a ZZPX: 4.7 above
			vs.add(VZBijlageAReguliereZorg, period, "ZzpCode", s.ZZP.Code(), reguliereZZPText(tabel, g.ZZP, s.ZZP, found, period))
		} else if s.Klasse != 0 && g.Klasse != 0 && s.Klasse.Soort() == g.Klasse.Soort() && s.Klasse.Number() > g.Klasse.Number() {
			vs.add(VZBijlageAReguliereZorg, period, "Klasse", s.Klasse.Code(),
				"bij reguliere zorg is de toegewezen klasse kleiner dan of gelijk aan de geïndiceerde klasse "+g.Klasse.Code())
		}
		// "De zorg wordt geleverd door de voorkeuraanbieder" (Bijlage A,
		// Reguliere zorg; Dossierhouder: "De voorkeuraanbieder van de cliënt
		// is de dossierhouder"). Only under VZ2013 and only when the
		// indicatie names a voorkeuraanbieder: under iWlz the zorgkantoor
		// may name another dossierhouder (ZK-dossierhouderschap, Zo wordt u
		// dossierhouder), and after a change of dossierhouder (VZ2013 5.4)
		// the caller gives the indicatie with the new voorkeuraanbieder.
		if v := ind.Voorkeuraanbieder(); period == VZ2013 && !v.IsZero() && !s.Instelling.IsZero() && s.Instelling != v {
			vs.add(VZBijlageAReguliereZorg, period, "Instelling", s.Instelling.String(),
				"reguliere zorg wordt geleverd door de voorkeuraanbieder "+v.String()+"; zorg door een andere aanbieder is transferzorg, overbrugging of alternatieve zorg")
		}
	case Transfer:
		if !found || g.ZZP != s.ZZP {
			vs.add(VZBijlageATransferzorg, period, "ZzpCode", s.ZZP.Code(),
				"transferzorg is de geïndiceerde zorg (altijd hetzelfde ZZP), tijdelijk volledig geleverd door een niet-voorkeuraanbieder")
		}
	case Administratief:
		if !ind.Period().ContainsPeriod(span(s.Ingangsdatum, s.Einddatum)) && (s.Einddatum.IsZero() || !s.Einddatum.Before(s.Ingangsdatum)) {
			vs.add(VZ48, period, "Einddatum", s.Einddatum.String(),
				"een administratieve zorgtoewijzing wordt ten hoogste voor de duur van het reguliere indicatiebesluit ("+ind.Period().String()+") toegewezen")
		}
	}
	if s.Leveringsvorm == VPT && s.Soort == Overbrugging {
		vs.add(VZ45, period, "Soort", s.Soort.Code(), "het VPT is een vervanging van het ZZP en dient niet ter overbrugging")
	}
	return onbepaald
}

// vertaald reports whether the caller's vertaaltabel lets the
// geïndiceerd ZZP van be delivered as the instellingseigen ZZP naar in a
// regulier toewijzing governed by period: VZ2013 4.3.2 and Bijlage E
// (the dossierhouder asks the instellingseigen ZZP with an AAT, CZ-AAT;
// iWlz-IM 2.2 casus 07 stap 5-6). From iWlz 2.0 only: before 2018-04-01
// the alternatief instellingseigen ZZP is soort 2 Alternatief (VZ2013
// 4.3.2 "alternatief toegewezen ZZP"; Bijlage E punt 3 "Deze situatie is
// niet regulier"), which expired with iWlz 2.0 (iWlz-codelijsten COD165).
func vertaald(tabel Vertalingen, van, naar ZZP, period Release) bool {
	return tabel != nil && period.IWlz() && tabel.Allows(van, naar)
}

// reguliereZZPText is the message of "VZ2013 Bijlage A Reguliere zorg" on
// the ZZP, naming what would make an instellingseigen ZZP regulier.
func reguliereZZPText(tabel Vertalingen, van, naar ZZP, found bool, period Release) string {
	const base = "reguliere zorg is gelijk aan de geïndiceerde zorg: het ZZP moet op de ingangsdatum geïndiceerd zijn"
	switch {
	case !found:
		return base
	case !period.IWlz():
		return base + "; vóór 2018-04-01 is een alternatief instellingseigen ZZP (VZ2013 4.3.2, Bijlage E) soort 2 Alternatief"
	case tabel == nil:
		return base + ", of volgens de vertaaltabel (VZ2013 Bijlage E) een instellingseigen ZZP ervoor zijn: geef de vertaaltabel mee (Context.Vertaaltabel)"
	}
	return base + "; de vertaaltabel staat " + van.Label() + " naar " + naar.Label() + " niet toe (VZ2013 Bijlage E)"
}

func spanText(start, end calendar.Date) string { return start.String() + "/" + end.String() }

// Spec returns the fields of the toewijzing.
func (z Zorgtoewijzing) Spec() ToewijzingSpec { return z.s }

// IsZero reports whether z is the zero Zorgtoewijzing.
func (z Zorgtoewijzing) IsZero() bool { return z.s.ZZP == 0 }

// Besluitnummer returns the number of the indicatiebesluit it belongs to.
func (z Zorgtoewijzing) Besluitnummer() Besluitnummer { return z.besluit }

// Release returns the rule set it was validated under.
func (z Zorgtoewijzing) Release() Release { return z.rel }

// ZZP returns the toegewezen ZZP.
func (z Zorgtoewijzing) ZZP() ZZP { return z.s.ZZP }

// Leveringsvorm returns the leveringsvorm.
func (z Zorgtoewijzing) Leveringsvorm() Leveringsvorm { return z.s.Leveringsvorm }

// Soort returns the soort toewijzing.
func (z Zorgtoewijzing) Soort() SoortToewijzing { return z.s.Soort }

// Instelling returns the aanbieder (absent for PGB).
func (z Zorgtoewijzing) Instelling() AGBCode { return z.s.Instelling }

// Period returns the toewijzing period (open without einddatum).
func (z Zorgtoewijzing) Period() calendar.Period { return span(z.s.Ingangsdatum, z.s.Einddatum) }

// Dossierhouder returns the dossierhouder field (Verblijf, VPT, DTV).
func (z Zorgtoewijzing) Dossierhouder() AGBCode { return z.s.Dossierhouder }

// CoordinatorZorgThuis returns the coördinator zorg thuis field (MPT).
func (z Zorgtoewijzing) CoordinatorZorgThuis() AGBCode { return z.s.CoordinatorZorgThuis }

// Toewijzingsdatum returns the day the zorgkantoor made the toewijzing.
func (z Zorgtoewijzing) Toewijzingsdatum() calendar.Date { return z.s.Toewijzingsdatum }

// Opname returns the Opname field (Verblijf, DTV).
func (z Zorgtoewijzing) Opname() JaNee { return z.s.Opname }
