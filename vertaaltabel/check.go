package vertaaltabel

import (
	"slices"
	"sort"
	"time"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Oordeel is the verdict on a translation.
type Oordeel uint8

// The verdicts.
const (
	// Toegestaan: the alternative may be delivered.
	Toegestaan Oordeel = iota + 1
	// Tijdelijk: only temporarily, until Result.Tot (VZ2013 E.8b).
	Tijdelijk
	// Verboden: a rule forbids it.
	Verboden
	// Tegenstrijdig: the caller's vertaaltabel and the rules disagree; the
	// reasons say how. The library does not silently prefer one.
	Tegenstrijdig
)

var oordeelNames = [...]string{"", "toegestaan", "tijdelijk", "verboden", "tegenstrijdig"}

// String returns "toegestaan", "tijdelijk", "verboden" or "tegenstrijdig".
func (o Oordeel) String() string {
	if int(o) >= len(oordeelNames) {
		return "Oordeel(?)"
	}
	return oordeelNames[o]
}

// Reason is one rule that speaks on the translation, permitting or
// forbidding it.
type Reason struct {
	Rule     allocation.RuleID // "VZ2013 E.7c"
	Forbids  bool
	Message  string
	Temporal bool // the rule makes the translation temporary (E.8b)
}

// Context is everything the check needs besides the two ZZPs. Like
// allocation.Context and waitstatus.Context it names the day of judgement
// Dagtekening; it has no Release, since Bijlage E and the 2019 LVG/SGLVG
// rule are selected by that date, not by an iWlz release.
type Context struct {
	// Dagtekening is the day the translation is judged on (the date of the
	// request or message); it selects the rules (the LVG/SGLVG rule holds
	// from 2019-01-01). Required.
	Dagtekening calendar.Date
	// Ingangsdatum is the start of the opname on the alternative ZZP; a
	// temporary translation runs 6 maanden from it.
	Ingangsdatum calendar.Date
	// Calendar gives the term of a temporary translation. Required.
	Calendar *calendar.Calendar
	// Leveringsvorm of the alternative: Verblijf (the default when zero),
	// VPT or MPT.
	Leveringsvorm allocation.Leveringsvorm
	// ToegelatenVGBehandeling: the aanbieder is toegelaten voor verblijf met
	// behandeling in de VG (E.8a).
	ToegelatenVGBehandeling bool
	// The tariffs (per day) of the indicated ZZP, of the indicated ZZP
	// without dagbesteding (E.9d), and of the instellingseigen ZZP (E.6b).
	// A zero tariff is not given.
	TariefGeindiceerd, TariefGeindiceerdExclDagbesteding, TariefInstellingseigen allocation.Bedrag
	// Verlengd: the temporary translation was extended once (E.8b).
	Verlengd bool
	// BehandelingAfspraak: a separate agreement translates the behandeling too (E.8b).
	BehandelingAfspraak bool
	// For a client with ZZP VV 9b (E.9b): uitgerevalideerd, living
	// intramuraal, and the indicated vervolg-ZZP or the previous ZZP.
	Uitgerevalideerd, Intramuraal bool
	VervolgZZP, VorigZZP          allocation.ZZP
	// Bestaand: an LVG/SGLVG case that existed before 2019-01-01, which the
	// 2019 rule allows until 2021-01-01.
	Bestaand bool
}

// maxReasons bounds the reasons of one check; a check has at most 5 rules
// of point 7, one of 6a/6b/6c each, one of 8, one or two of 9 and the table.
const maxReasons = 12

// Result is the verdict with every reason. It is a value with no pointers
// to shared state; Reasons returns a copy of its reasons.
type Result struct {
	Oordeel Oordeel
	// Tot is the last day of a temporary translation: a looptijd of 6
	// maanden that begins on the ingangsdatum (calendar.LastDayOf; from
	// 2026-03-01 up to 2026-08-31). VerlengdTot is the last day after the
	// one extension, a new looptijd of 6 maanden from the day after Tot.
	Tot, VerlengdTot calendar.Date
	// BehandelingVertaald: the behandeling goes with the translation (not
	// for a temporary E.8b translation without a separate agreement).
	BehandelingVertaald bool
	reasons             [maxReasons]Reason
	n                   int
}

// Reasons returns every rule that spoke, permitting or forbidding. The
// slice is the caller's own copy: changing it changes no later answer.
func (r *Result) Reasons() []Reason { return slices.Clone(r.reasons[:r.n]) }

// Rules returns the rule ids of the reasons, sorted.
func (r *Result) Rules() []string {
	out := make([]string, 0, r.n)
	for _, x := range r.reasons[:r.n] {
		out = append(out, x.Rule.String())
	}
	sort.Strings(out)
	return out
}

func (r *Result) add(rule allocation.Rule, msg string, forbids bool) {
	if r.n < maxReasons {
		r.reasons[r.n] = Reason{Rule: rule.In(0), Forbids: forbids, Message: msg}
		r.n++
	}
}

func (r *Result) forbidden() bool {
	for _, x := range r.reasons[:r.n] {
		if x.Forbids {
			return true
		}
	}
	return false
}

// The groups of Bijlage E.
func isVV9b(z allocation.ZZP) bool { return z == allocation.ZZP9VVB || z == allocation.ZZP9VV }
func isVV10(z allocation.ZZP) bool { return z == allocation.ZZP10VV }
func isVG7LVG(z allocation.ZZP) bool {
	s := z.Sector()
	return z == allocation.ZZP7VG || s == allocation.SectorLVG || s == allocation.SectorSGLVG
}

// inGroup9a: VV-SOM, VV-PG, VG, LG, GGZ-C (point 9a); VV 9b and VV10 and
// VG7 have their own rules.
func inGroup9a(z allocation.ZZP) bool {
	switch z.Sector() {
	case allocation.SectorVV:
		return !isVV9b(z) && !isVV10(z)
	case allocation.SectorVG:
		return z != allocation.ZZP7VG
	case allocation.SectorLG, allocation.SectorGGZC:
		return true
	}
	return false
}

var (
	start2019 = mustDate(2019, 1, 1)
	end2020   = mustDate(2021, 1, 1)
)

func mustDate(y, m, d int) calendar.Date {
	date, _ := calendar.NewDate(y, time.Month(m), d)
	return date
}

// Check judges whether the indicated ZZP van (with its 2013 variant: with
// behandeling, with dagbesteding) may be delivered as the instellingseigen
// ZZP naar, under the rules of VZ2013 Bijlage E and the 2019 LVG/SGLVG
// rule, and, when tabel is not nil, the caller's vertaaltabel. It returns
// the verdict with every reason, or violations for invalid input (an
// unknown ZZP, a missing date, tariff or calendar, a negative tariff:
// "range"). On the allowed path it
// does not allocate.
func Check(van allocation.GeindiceerdZZP, naar allocation.ZZP, ctx Context, tabel *Tabel) (Result, error) {
	var r Result
	if err := validate(&van, naar, &ctx); err != nil {
		return r, err
	}
	lv := ctx.Leveringsvorm
	if lv == 0 {
		lv = allocation.Verblijf
	}
	r.BehandelingVertaald = true
	if van.ZZP == naar && lv == allocation.Verblijf {
		r.Oordeel = Toegestaan
		return r, compareTable(&r, van.ZZP, naar, tabel)
	}
	from, to := van.ZZP, naar
	// Point 7: translations that are not possible.
	if to.Sector() == allocation.SectorGGZB && from.Sector() != allocation.SectorGGZB {
		r.add(allocation.VZE7a, "niet van een ZZP (niet zijnde GGZ B) naar een GGZ B-pakket", true)
	}
	if (isVV9b(to) || isVV10(to)) && !isVV9b(from) && !isVV10(from) {
		r.add(allocation.VZE7b, "niet van een ZZP (niet zijnde VV 9b of VV10) naar VV 9b of VV10", true)
	}
	if isVG7LVG(to) && !isVG7LVG(from) {
		r.add(allocation.VZE7c, "niet van een ZZP (niet zijnde SGLVG, LVG of VG7) naar SGLVG, LVG of VG7", true)
	}
	if to.Sector() == allocation.SectorZGvis && from.Sector() != allocation.SectorZGvis {
		r.add(allocation.VZE7d, "niet van een ZZP (niet zijnde ZG-VIS) naar ZG-VIS", true)
	}
	if to.Sector() == allocation.SectorZGaud && from.Sector() != allocation.SectorZGaud {
		r.add(allocation.VZE7e, "niet van een ZZP (niet zijnde ZG-AUD) naar ZG-AUD", true)
	}
	// Point 6c: the legal frame of 2019 for LVG and SGLVG.
	lvg := from.Sector() == allocation.SectorLVG || from.Sector() == allocation.SectorSGLVG
	if lvg && !ctx.Dagtekening.Before(start2019) && (to.Sector() == allocation.SectorVG || lv == allocation.VPT || lv == allocation.MPT) &&
		(!ctx.Bestaand || !ctx.Dagtekening.Before(end2020)) {
		r.add(allocation.VZE6c, "sinds 1 januari 2019 kan een LVG- of SGLVG-indicatie niet meer worden omgezet naar VG, MPT of VPT (bestaande gevallen tot 1 januari 2021)", true)
	}
	permitted := applyPoints89(&r, &van, to, &ctx)
	if !permitted {
		r.add(allocation.VZE6a, "het zorginhoudelijke karakter: dit ZZP kan niet als alternatief pakket voor het geïndiceerde ZZP worden geboden", true)
	}
	// Point 6b (with 9d): the alternative may not cost more.
	compare := ctx.TariefGeindiceerd
	if van.Dagbesteding && to.Sector() == allocation.SectorVV {
		compare = ctx.TariefGeindiceerdExclDagbesteding
		r.add(allocation.VZE9d, "een ZZP inclusief dagbesteding wordt naar een ZZP VV vertaald tegen het tarief exclusief dagbesteding", false)
	}
	if ctx.TariefInstellingseigen.Cmp(compare) > 0 {
		r.add(allocation.VZE6b, "het alternatieve ZZP mag qua kosten niet hoger uitkomen dan het geïndiceerde ZZP", true)
	}
	switch {
	case r.forbidden():
		r.Oordeel = Verboden
	case r.temporary():
		r.Oordeel = Tijdelijk
		if err := until(&r, &ctx); err != nil {
			return Result{}, err
		}
	default:
		r.Oordeel = Toegestaan
	}
	return r, compareTable(&r, from, to, tabel)
}

func (r *Result) temporary() bool {
	for _, x := range r.reasons[:r.n] {
		if x.Temporal {
			return true
		}
	}
	return false
}

// applyPoints89 adds the reasons of points 8 and 9 and reports whether one
// of them permits the translation.
func applyPoints89(r *Result, van *allocation.GeindiceerdZZP, to allocation.ZZP, ctx *Context) bool {
	from := van.ZZP
	switch {
	case isVG7LVG(from):
		if ctx.ToegelatenVGBehandeling {
			r.add(allocation.VZE8a, "VG 7, LVG of SGLVG naar een instellingseigen ZZP: de aanbieder is toegelaten voor verblijf met behandeling in de VG", false)
			return true
		}
		r.add(allocation.VZE8b, "VG 7, LVG en SGLVG alleen tijdelijk (ter overbrugging): maximaal 6 maanden, eenmalig te verlengen met 6 maanden; de behandeling wordt niet mee vertaald, tenzij apart afgesproken", false)
		r.reasons[r.n-1].Temporal = true
		r.BehandelingVertaald = ctx.BehandelingAfspraak
		return true
	case isVV9b(from):
		if ctx.Uitgerevalideerd && ctx.Intramuraal && (to == ctx.VervolgZZP || to == ctx.VorigZZP) {
			r.add(allocation.VZE9b, "VV 9b, uitgerevalideerd en intramuraal: naar het geïndiceerde vervolg-ZZP of het voorgaande ZZP", false)
			return true
		}
		r.add(allocation.VZE9b, "VV 9b alleen als de cliënt uitgerevalideerd is en intramuraal woont, naar het vervolg-ZZP of het voorgaande ZZP", true)
		return false
	case from.Sector() == allocation.SectorGGZB || isVV10(from) || from.Sector() == allocation.SectorZGaud || from.Sector() == allocation.SectorZGvis:
		r.add(allocation.VZE9c, "een ZZP GGZ B, VV10, ZG-AUD of ZG-VIS kan naar andere ZZP's worden vertaald", false)
		return true
	case inGroup9a(from) && inGroup9a(to):
		r.add(allocation.VZE9a, "vertalingen tussen VV-SOM, VV-PG, VG, LG en GGZ-C zijn in principe mogelijk", false)
		return true
	}
	return false
}

// until sets the end of a temporary translation (E.8b, calendar.TermTijdelijkeVertaling).
func until(r *Result, ctx *Context) error {
	var err error
	if r.Tot, err = ctx.Calendar.TermLastDay(ctx.Ingangsdatum, termTijdelijk, 0); err != nil {
		return err
	}
	if ctx.Verlengd {
		r.VerlengdTot, err = ctx.Calendar.TermLastDay(ctx.Ingangsdatum, termTijdelijk, 1)
	}
	return err
}

var termTijdelijk, _ = calendar.LookupTerm(calendar.TermTijdelijkeVertaling)

// validate checks the input; a bad input is a list of violations, not a verdict.
func validate(van *allocation.GeindiceerdZZP, naar allocation.ZZP, ctx *Context) error {
	var vs allocation.Violations
	if !van.ZZP.Known() {
		verdict.Add(&vs, allocation.COD163, 0, "Van", van.ZZP.Code(), "geen ZZP van COD163")
	}
	if !naar.Known() {
		verdict.Add(&vs, allocation.COD163, 0, "Naar", naar.Code(), "geen ZZP van COD163")
	}
	if ctx.Dagtekening.IsZero() || ctx.Ingangsdatum.IsZero() || ctx.Calendar == nil {
		verdict.Add(&vs, allocation.InputMissing, 0, "Context", "", "dagtekening, ingangsdatum en kalender zijn verplicht")
	}
	switch ctx.Leveringsvorm {
	case 0, allocation.Verblijf, allocation.VPT, allocation.MPT:
	default:
		verdict.Add(&vs, allocation.InputRange, 0, "Leveringsvorm", ctx.Leveringsvorm.Code(), "een alternatief is Verblijf, VPT of MPT")
	}
	if ctx.TariefGeindiceerd.IsZero() || ctx.TariefInstellingseigen.IsZero() ||
		(van.Dagbesteding && naar.Sector() == allocation.SectorVV && ctx.TariefGeindiceerdExclDagbesteding.IsZero()) {
		verdict.Add(&vs, allocation.InputMissing, 0, "Tarief", "", "de tarieven van beide ZZP's zijn verplicht (bij dagbesteding naar VV ook het tarief exclusief dagbesteding)")
	}
	for _, f := range [...]struct {
		name string
		b    allocation.Bedrag
	}{
		{"TariefGeindiceerd", ctx.TariefGeindiceerd},
		{"TariefGeindiceerdExclDagbesteding", ctx.TariefGeindiceerdExclDagbesteding},
		{"TariefInstellingseigen", ctx.TariefInstellingseigen},
	} {
		if f.b.IsNegative() {
			verdict.Add(&vs, allocation.InputRange, 0, f.name, f.b.String(), "een tarief is niet negatief")
		}
	}
	if len(vs) > 0 {
		return vs
	}
	return nil
}
