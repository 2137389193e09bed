package allocation

import (
	"slices"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// The Voorschrift's rules between a client's toewijzingen: VZ2013 3.3
// (a ZZP with extramural functies only with ZZP0) and 4.7 (the ZZP set on
// a ZZP onbepaald is fixed once the client is admitted).

// checkZZP0Samenloop applies VZ2013 3.3 (Partneropname V&V): "Alleen in
// combinatie met een AZR-toewijzing ZZP0 is het mogelijk dat er een
// samenloop is van een ZZP en extramurale functies/klassen." A regulier
// functie toewijzing that shares a day with a verblijf toewijzing of a ZZP
// other than ZZP0 breaks the rule on every such day not covered by a ZZP0
// toewijzing of the set. Functies given as overbrugging or alternatief
// are the Voorschrift's own way to deliver care next to a ZZP (4.4, 4.5,
// Bijlage C werkwijzen E and F) and are not judged. One violation per
// functie toewijzing, naming the first day without ZZP0. The rule governs
// the period of the functie toewijzing (its ingangsdatum, VZ2013 only).
func checkZZP0Samenloop(vs *Violations, zzp []Zorgtoewijzing, functies []FunctieToewijzing) {
	var zzp0 []calendar.Period
	verblijf := false
	for i := range zzp {
		z := &zzp[i]
		switch {
		case z.IsZero():
		case z.s.ZZP == ZZP0:
			if p := z.Period(); !p.IsZero() {
				zzp0 = append(zzp0, p)
			}
		case samenloopZZP(z):
			verblijf = true
		}
	}
	if !verblijf {
		return
	}
	slices.SortFunc(zzp0, func(a, b calendar.Period) int { return a.Start().Compare(b.Start()) })
	for i := range functies {
		f := &functies[i]
		if f.IsZero() || f.s.Soort != Regulier {
			continue
		}
		fp := f.Period()
		period := ReleaseOn(f.s.Ingangsdatum)
		if _, ok := VZ33ZZP0.Judge(period); !ok || fp.IsZero() {
			continue
		}
		for j := range zzp {
			z := &zzp[j]
			if z.IsZero() || !samenloopZZP(z) {
				continue
			}
			both, ok := fp.Intersect(z.Period())
			if !ok {
				continue
			}
			if day, open := uncovered(both, zzp0); open {
				vs.add(VZ33ZZP0, period, "Functie["+strconv.Itoa(i+1)+"]", f.s.Functie.Code(),
					"een ZZP ("+z.s.ZZP.String()+", toewijzing "+strconv.Itoa(j+1)+") en reguliere extramurale functies gaan alleen samen met een toewijzing ZZP0 (partnerverblijf); op "+
						day.String()+" is er geen")
				break
			}
		}
	}
}

// samenloopZZP reports whether z is a verblijf toewijzing of a ZZP in the
// sense of VZ2013 3.3: leveringsvorm Verblijf (ZIN in the AWBZ) and a
// bepaald ZZP or ZZPX; not ZZP0 and not the administrative codes 996/997.
func samenloopZZP(z *Zorgtoewijzing) bool {
	return z.s.Leveringsvorm == Verblijf && (z.s.ZZP.Sector() != SectorGeen || z.s.ZZP == ZZPX) && !z.Period().IsZero()
}

// uncovered returns the first day of p that no period of cover (sorted by
// start) contains, and whether there is one.
func uncovered(p calendar.Period, cover []calendar.Period) (calendar.Date, bool) {
	cur := p.Start()
	for _, c := range cover {
		if cur.Before(c.Start()) {
			break
		}
		if !c.Contains(cur) {
			continue
		}
		if c.IsOpen() {
			return calendar.Date{}, false
		}
		cur = c.End().AddDays(1)
		if !p.IsOpen() && cur.After(p.End()) {
			return calendar.Date{}, false
		}
	}
	return cur, true
}

// checkZZPXVast applies VZ2013 4.7: on a ZZP onbepaald the aanbieder sets
// a bepaald ZZP with the client and records it in the zorgleefplan;
// "Wijzigt na opname de zorgvraag, dan moet er een nieuwe indicatie
// (bepaald ZZP) bij het CIZ worden aangevraagd." The set sees the opname
// as a toewijzing with Opname = Ja: from the ingangsdatum of the first
// such toewijzing on a ZZPX besluit, every regulier toewijzing on that
// besluit carries the ZZP it set; another ZZP is a violation (a new
// indicatie is needed). Without Opname = Ja the set shows no opname and
// the rule stays silent.
func checkZZPXVast(vs *Violations, zzp []Zorgtoewijzing) {
	// The first opname (earliest ingangsdatum, then input order) per
	// ZZPX besluit, in one pass; then one pass over the toewijzingen.
	opname := map[Besluitnummer]int{}
	for i := range zzp {
		a := &zzp[i]
		if a.IsZero() || !a.onbepaald || a.s.Opname != Ja {
			continue
		}
		if k, ok := opname[a.besluit]; !ok || a.s.Ingangsdatum.Before(zzp[k].s.Ingangsdatum) {
			opname[a.besluit] = i
		}
	}
	for j := range zzp {
		b := &zzp[j]
		i, ok := opname[b.besluit]
		if !ok || j == i || b.IsZero() || !b.onbepaald {
			continue
		}
		a := &zzp[i]
		if b.s.ZZP == a.s.ZZP || b.s.Ingangsdatum.Before(a.s.Ingangsdatum) {
			continue
		}
		vs.add(VZ47, ReleaseOn(b.s.Ingangsdatum), "Toewijzing["+strconv.Itoa(j+1)+"]", b.s.ZZP.Code(),
			"op de indicatie ZZP onbepaald is bij de opname (toewijzing "+strconv.Itoa(i+1)+", "+a.s.Ingangsdatum.String()+") "+
				a.s.ZZP.String()+" ingezet; wijzigt na de opname de zorgvraag, dan vraagt de aanbieder een nieuwe indicatie (bepaald ZZP) aan bij het CIZ")
	}
}
