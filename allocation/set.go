package allocation

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

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
	Opslag           int             `json:"opslag"` // 0 (none) to 99
	// opslagSet records an Opslag element present with 0 in a message.
	opslagSet bool
}

// FunctieToewijzing is a validated toewijzing of a functie.
type FunctieToewijzing struct {
	s   FunctieSpec
	rel Release
}

// NewFunctieToewijzing validates spec on indicatie ind: XSD (required
// fields), CS003, CS023, the code lists on the ingangsdatum, CS072 (no
// soort Administratief for a functie), TR082 (ADL only Regulier), under
// iWlz TR016 (inside the besluit), and for VZ2013 periods VZ2013 3.1 (a
// regulier functie does not share a day with a geïndiceerd ZZP other than
// ZZP0: the functies of a ZZP indicatie are informative).
func NewFunctieToewijzing(spec FunctieSpec, ind Indicatie, ctx Context) (FunctieToewijzing, error) {
	f, vs := functieVerdict(spec, ind, ctx)
	if len(vs) > 0 {
		return FunctieToewijzing{}, vs
	}
	return f, nil
}

// functieVerdict applies NewFunctieToewijzing's rules and returns the
// toewijzing with every violation (zero when it cannot be judged).
func functieVerdict(spec FunctieSpec, ind Indicatie, ctx Context) (FunctieToewijzing, Violations) {
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
	switch {
	case spec.Functie == FunctieADL && spec.Soort != Regulier:
		vs.add(TR082, rel, "Soort", spec.Soort.Code(), "ADL-assistentie wordt alleen regulier toegewezen")
	case spec.Functie == FunctieADL && !ind.indicates(FunctieADL):
		// The toegewezen functie 91 must be geïndiceerd (iWlz-XSLT 2.2
		// TR082: a GeindiceerdeFunctie with FunctieCode 91 in the besluit).
		vs.add(TR082, rel, "FunctieCode", spec.Functie.Code(), "ADL-assistentie wordt alleen toegewezen als die geïndiceerd is")
	}
	if spec.Opslag < 0 || spec.Opslag > 99 {
		vs.add(XSD, rel, "Opslag", strconv.Itoa(spec.Opslag), "de opslag ligt tussen 0 en 99")
	} else {
		checkFunctieKlasse(&vs, spec.Functie, spec.Klasse, spec.Opslag > 0 || spec.opslagSet, spec.Opslag, "", rel)
	}
	if rel.IWlz() {
		b.checkInIndicatie(&vs, ind, rel)
	}
	checkInformatief(&vs, &spec, ind)
	if spec.Functie == 0 {
		return FunctieToewijzing{}, vs
	}
	f := FunctieToewijzing{s: spec, rel: rel}
	if len(vs) > 0 {
		return f, vs
	}
	return f, nil
}

// checkInformatief applies VZ2013 3.1: the functies of an indicatie with a
// ZZP are an informative translation of the ZZP, "geen recht náást het
// ZZP"; they serve as a handle for overbruggingszorg and alternatieve zorg
// (Bijlage C werkwijzen E and F: soort Overbrugging or Alternatief). So a
// regulier functie toewijzing whose period shares a day with a geïndiceerd
// ZZP of its besluit rests on those informative functies and is refused.
// ZZP0 is the exception: the CIZ adds the partner's extramural functies to
// the ZZP0 registration, and they are a right (VZ2013 3.3, Partneropname
// V&V). The rule governs the periods of VZ2013 (before iWlz 2.0).
func checkInformatief(vs *Violations, s *FunctieSpec, ind Indicatie) {
	if s.Soort != Regulier || s.Ingangsdatum.IsZero() || ended(s.Ingangsdatum, s.Einddatum) {
		return
	}
	period := ReleaseOn(s.Ingangsdatum)
	if _, ok := VZ31.Judge(period); !ok {
		return
	}
	tw := span(s.Ingangsdatum, s.Einddatum)
	for k := range ind.zzps() {
		g := ind.zzp(k)
		if g.ZZP == ZZP0 || g.ZZP == 0 || !g.Period().Overlaps(tw) {
			continue
		}
		vs.add(VZ31, period, "Soort", s.Soort.Code(),
			"de functies in een indicatie met ZZP "+g.ZZP.String()+" zijn informatief en geven geen recht naast het ZZP; "+
				"een functie wordt dan als overbrugging of alternatief toegewezen, niet regulier")
		return
	}
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
//
// The Voorschrift's rules between toewijzingen, by the period they govern:
//   - VZ2013 3.3 ZZP0 (VZ2013 only): a regulier functie toewijzing shares
//     no day with a Verblijf toewijzing of a ZZP unless a ZZP0
//     (partnerverblijf) toewijzing covers that day;
//   - VZ2013 4.7: on a ZZP onbepaald (ZZPX) besluit, from the first
//     toewijzing with Opname = Ja (the opname) every regulier toewijzing
//     keeps the ZZP the aanbieder set; another needs a new indicatie.
//
// A zero Zorgtoewijzing or FunctieToewijzing (not built by its constructor)
// is an input error ("missing"). The overlap rules report one violation per
// group of lines that overlap (its first line in Field, up to five others
// in the message), at most ten groups per rule and then one that counts the
// rest; they sort the lines instead of comparing every pair (n log n).
func NewToewijzingSet(zzp []Zorgtoewijzing, functies []FunctieToewijzing) (ToewijzingSet, error) {
	if vs := setViolations(zzp, functies); len(vs) > 0 {
		return ToewijzingSet{}, vs
	}
	return ToewijzingSet{zzp: slices.Clone(zzp), functies: slices.Clone(functies)}, nil
}

// setViolations is the verdict of NewToewijzingSet without the set: it
// keeps neither slice.
func setViolations(zzp []Zorgtoewijzing, functies []FunctieToewijzing) Violations {
	var vs Violations
	// One pass over the toewijzingen reports the missing ones and finds
	// the overlap rules that cannot fire (the usual valid set); only the
	// others gather, sort and sweep their lines.
	sc := scanZZP(&vs, zzp)
	for i := range functies {
		if functies[i].IsZero() {
			vs.add(InputMissing, 0, "Functie["+strconv.Itoa(i+1)+"]", "", "een functietoewijzing in de set is niet gevalideerd (NewFunctieToewijzing)")
		}
	}
	// Each check gathers its lines in turn into one buffer (one line per
	// toewijzing), on the stack for a usual set, else one allocation.
	var stack [16]ival
	buf := stack[:]
	if m := max(len(zzp), len(functies)); m > len(stack) && (!sc.clear() || len(functies) > 1) {
		buf = make([]ival, m)
	}
	if !sc.tr106 {
		checkTR106(&vs, buf, zzp)
	}
	if !sc.tr120 {
		checkTR120(&vs, buf, zzp)
	}
	if sc.dtv {
		checkDTVCoverage(&vs, zzp)
	}
	checkTR077(&vs, buf, functies)
	checkTR106Functies(&vs, buf, functies)
	if len(functies) > 0 {
		checkZZP0Samenloop(&vs, zzp, functies)
	}
	if sc.onbepaald {
		checkZZPXVast(&vs, zzp)
	}
	if !sc.dh || !sc.czt {
		dh, czt := roleLines(buf, zzp)
		if !sc.dh {
			checkRoleOverlap(&vs, dh, zzp, "dossierhouders")
		}
		if !sc.czt {
			checkRoleOverlap(&vs, czt, zzp, "coördinatoren zorg thuis")
		}
	}
	return vs
}

// zzpScan is what one pass over the toewijzingen learns: for TR106, TR120
// and RFC24016 (dossierhouders, coördinatoren zorg thuis) whether the rule
// is clear, and whether there is a DTV toewijzing (TR127). A rule that is
// not clear is checked in full, so the violations do not depend on the
// pass; it only saves the work of a check that would report nothing.
//
// TR106 and TR120 are clear when their lines, in input order, are already
// in the order their check sorts them to (key, start, position) and no
// line overlaps the one before it with the same key: then every group of
// the sweep is a single line. The roles are clear when the conflict test
// of checkRoleOverlap, run over all roles in input order, finds nothing.
// That test needs no order: at each role it measures the latest end of an
// earlier role of another instelling from this role's start, which never
// undercounts an overlap (it overcounts when the earlier role starts
// later), so it finds every pair of instellingen whose roles overlap by
// more than a day, which is exactly when checkRoleOverlap reports.
type zzpScan struct {
	tr106, tr120, dh, czt bool // clear
	dtv                   bool // some toewijzing has leveringsvorm DTV
	onbepaald             bool // some toewijzing sets a ZZP on a ZZPX besluit (VZ2013 4.7)
}

func (sc zzpScan) clear() bool { return sc.tr106 && sc.tr120 && sc.dh && sc.czt }

// scanZZP adds an input error for each zero toewijzing of zzp and returns
// what the pass learnt. Its filters are those of checkTR106, checkTR120
// and roleLines (it reads the fields into locals, not into an ival: this
// loop runs once per line and should stay tight).
func scanZZP(vs *Violations, zzp []Zorgtoewijzing) zzpScan {
	sc := zzpScan{tr106: true, tr120: true, dh: true, czt: true}
	var n106, n120 int
	var key106, key120 uint64 // the keys of the last TR106 and TR120 lines
	var end106 int32          // the end of the last TR106 line
	dh, czt := newLatestEnds(), newLatestEnds()
	iwlzStart := IWlz20.Start()
	for i := range zzp {
		z := &zzp[i]
		s := &z.s
		sc.dtv = sc.dtv || s.Leveringsvorm == DTV
		sc.onbepaald = sc.onbepaald || z.onbepaald
		if z.IsZero() {
			vs.add(InputMissing, 0, "Toewijzing["+strconv.Itoa(i+1)+"]", "", "een toewijzing in de set is niet gevalideerd (NewZorgtoewijzing)")
			continue
		}
		// The period as newIval reads it: valid when it has a start and
		// does not end before it.
		ok := !s.Ingangsdatum.IsZero() && (s.Einddatum.IsZero() || !s.Einddatum.Before(s.Ingangsdatum))
		start, end := dayNum(s.Ingangsdatum), int32(openEnd)
		if !s.Einddatum.IsZero() {
			end = dayNum(s.Einddatum)
		}
		if z.rel.IWlz() {
			if !ok && !s.Ingangsdatum.IsZero() {
				sc.tr106 = false // an inverted period still overlaps at its einddatum (newOverlapIval)
			}
			if ok {
				key := tr106Key(s)
				if n106 > 0 && (key < key106 || key == key106 && start <= end106) {
					sc.tr106 = false
				}
				key106, end106 = key, end
				n106++
			}
			if s.Leveringsvorm == Verblijf && s.Opname == Ja && !s.Ingangsdatum.IsZero() {
				key := tr120Key(s)
				if n120 > 0 && key <= key120 {
					sc.tr120 = false
				}
				key120 = key
				n120++
			}
		}
		if !ok || int64(end)-int64(start)+1 < 2 { // a one-day role overlaps no other by more than a day
			continue
		}
		vz := s.Ingangsdatum.Before(iwlzStart)
		if a, ok := z.roleIn(dossierhouderRole, vz); ok {
			if _, conflict := dh.add(start, end, uint32(agbKey(a))); conflict {
				sc.dh = false
			}
		} else if a, ok := z.roleIn(cztRole, vz); ok {
			if _, conflict := czt.add(start, end, uint32(agbKey(a))); conflict {
				sc.czt = false
			}
		}
	}
	return sc
}

// roleLines fills buf with the dossierhouder roles from the front and the
// CZT roles from the back (a toewijzing gives at most one of them), each
// lasting at least two days: a one-day role overlaps no other by more than
// a day.
func roleLines(buf []ival, zzp []Zorgtoewijzing) (dh, czt []ival) {
	ndh, nczt := 0, 0
	for i := range zzp {
		z := &zzp[i]
		if z.IsZero() {
			continue
		}
		x, ok := newIval(0, z.s.Ingangsdatum, z.s.Einddatum, i)
		if !ok || !x.lasts(2) {
			continue
		}
		vz := z.s.Ingangsdatum.Before(IWlz20.Start()) // VZ2013 5.1-5.2 govern the period
		if a, ok := z.roleIn(dossierhouderRole, vz); ok {
			x.agb = uint32(agbKey(a))
			buf[ndh] = x
			ndh++
		} else if a, ok := z.roleIn(cztRole, vz); ok {
			x.agb = uint32(agbKey(a))
			nczt++
			buf[len(zzp)-nczt] = x
		}
	}
	return buf[:ndh], buf[len(zzp)-nczt : len(zzp)]
}

// checkTR106 applies TR106: the same ZZP, leveringsvorm, soort and
// instelling for overlapping periods, one violation per group.
func checkTR106(vs *Violations, buf []ival, zzp []Zorgtoewijzing) {
	items := buf[:0]
	for i := range zzp {
		z := &zzp[i]
		if z.IsZero() || !z.rel.IWlz() {
			continue
		}
		if x, ok := newOverlapIval(tr106Key(&z.s), z.s.Ingangsdatum, z.s.Einddatum, i); ok {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 1, TR106, "Toewijzingen", func(i int) Release { return zzp[i].rel },
		func(first int, others string) (string, string, string) {
			return "Toewijzing[" + strconv.Itoa(first+1) + "]", zzp[first].s.ZZP.Code(),
				"hetzelfde ZZP, dezelfde leveringsvorm en soort voor dezelfde aanbieder overlapt met toewijzing " + others
		})
}

// tr106Key is the group key of TR106: ZZP, leveringsvorm, soort and
// instelling.
func tr106Key(s *ToewijzingSpec) uint64 {
	return uint64(s.ZZP)<<48 | uint64(s.Leveringsvorm)<<40 | uint64(s.Soort)<<32 | agbKey(s.Instelling)
}

// tr120Key is the group key of TR120: ingangsdatum and soort.
func tr120Key(s *ToewijzingSpec) uint64 {
	return uint64(uint32(dayNum(s.Ingangsdatum)))<<8 | uint64(s.Soort)
}

// checkTR120 applies TR120: Verblijf, at most one toewijzing with Opname
// = Ja per ingangsdatum and soort, one violation per group.
func checkTR120(vs *Violations, buf []ival, zzp []Zorgtoewijzing) {
	items := buf[:0]
	for i := range zzp {
		z := &zzp[i]
		if z.IsZero() || !z.rel.IWlz() || z.s.Leveringsvorm != Verblijf || z.s.Opname != Ja || z.s.Ingangsdatum.IsZero() {
			continue
		}
		// One day, the ingangsdatum: lines with the same key all share it.
		d := dayNum(z.s.Ingangsdatum)
		items = append(items, ival{key: tr120Key(&z.s), start: d, end: d, idx: int32(i)})
	}
	reportGroups(vs, items, 1, TR120, "Toewijzingen", func(i int) Release { return zzp[i].rel },
		func(first int, others string) (string, string, string) {
			return "Toewijzing[" + strconv.Itoa(first+1) + "]", zzp[first].s.Ingangsdatum.String(),
				"een cliënt wordt bij één aanbieder tegelijk opgenomen: ook toewijzing " + others + " heeft Opname = Ja met dezelfde ingangsdatum en soort"
		})
}

// checkTR077 applies TR077: functies with the same code and soort overlap
// by at most one day, one violation per group.
func checkTR077(vs *Violations, buf []ival, functies []FunctieToewijzing) {
	items := buf[:0]
	for i := range functies {
		f := &functies[i]
		if f.IsZero() || !f.rel.IWlz() {
			continue
		}
		key := uint64(f.s.Functie)<<8 | uint64(f.s.Soort)
		// A one-day functie overlaps no other by more than a day.
		if x, ok := newIval(key, f.s.Ingangsdatum, f.s.Einddatum, i); ok && x.lasts(2) {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 2, TR077, "Functies", func(i int) Release { return functies[i].rel },
		func(first int, others string) (string, string, string) {
			return "Functie[" + strconv.Itoa(first+1) + "]", functies[first].s.Functie.Code(),
				"dezelfde functie en soort overlapt meer dan één dag met functie " + others
		})
}

// agbKey packs an AGB code into 32 bits (8 digits < 2^27, plus "set").
func agbKey(a AGBCode) uint64 {
	k := uint64(a.n) << 1
	if a.set {
		k |= 1
	}
	return k
}

// checkDTVCoverage applies TR127 to the DTV toewijzingen: from the first
// DTV ingangsdatum to the last einddatum every day has exactly one DTV
// toewijzing with Opname = Ja. The count changes only where a DTV
// toewijzing starts or ends, so the check sorts those days and sweeps them
// once (n log n), counting the Opname = Ja toewijzingen that run; it
// reports the first day whose count is not one.
func checkDTVCoverage(vs *Violations, zzp []Zorgtoewijzing) {
	type event struct{ day, delta int32 }
	dtv := func(z *Zorgtoewijzing) bool {
		if z.s.Leveringsvorm != DTV || !z.rel.IWlz() || z.s.Ingangsdatum.IsZero() {
			return false
		}
		_, ok := TR127.Judge(z.rel)
		return ok
	}
	lines := 0
	for i := range zzp {
		if dtv(&zzp[i]) {
			lines++
		}
	}
	if lines == 0 {
		return
	}
	bounds := make([]int32, 0, 2*lines) // the days the count may change
	events := make([]event, 0, 2*lines) // +1 where an Opname = Ja toewijzing starts, -1 the day after it ends
	var rel Release
	var ref calendar.Date // a DTV ingangsdatum, to turn a day number back into a date
	last, open, found := int32(0), false, false
	for i := range zzp {
		z := &zzp[i]
		if !dtv(z) {
			continue
		}
		if !found {
			rel, ref, found = z.rel, z.s.Ingangsdatum, true
		}
		start := dayNum(z.s.Ingangsdatum)
		bounds = append(bounds, start)
		ja := z.s.Opname == Ja
		if ja {
			events = append(events, event{start, 1})
		}
		if z.s.Einddatum.IsZero() {
			open = true
			continue
		}
		end := dayNum(z.s.Einddatum)
		bounds = append(bounds, end+1)
		last = max(last, end)
		if ja {
			events = append(events, event{end + 1, -1})
		}
	}
	// Usually already in order (toewijzingen in date order): then the
	// sorts are skipped. The order of events on one day does not matter.
	if !slices.IsSorted(bounds) {
		slices.Sort(bounds)
	}
	bounds = slices.Compact(bounds)
	byDay := func(a, b event) int { return cmp.Compare(a.day, b.day) }
	if !slices.IsSortedFunc(events, byDay) {
		slices.SortFunc(events, byDay)
	}
	n, k := 0, 0
	for _, day := range bounds {
		if !open && day > last {
			break
		}
		for k < len(events) && events[k].day <= day {
			n += int(events[k].delta)
			k++
		}
		if n != 1 {
			d := ref.AddDays(int(day - dayNum(ref)))
			vs.add(TR127, rel, "Opname", d.String(), fmt.Sprintf(
				"bij deeltijdverblijf heeft elke dag precies één toewijzing met Opname = Ja; vanaf %s zijn het er %d", d, n))
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
// CoordinatorZorgThuis of every MPT toewijzing, regulier or overbrugging,
// for its period (OP329; CD050 asks a CZT on every MPT line, so the CZT of
// an overbrugging MPT coordinates that care and counts as CZT). VZ2013: the
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
	return z.roleIn(kind, z.s.Ingangsdatum.Before(IWlz20.Start()))
}

// roleIn is role with vz2013: whether VZ2013 governs the period.
// dossierhouderLeveringsvormen are the leveringsvormen with a
// dossierhouder (OP162; CD073).
var dossierhouderLeveringsvormen = lvs(Verblijf, VPT, DTV)

func (z *Zorgtoewijzing) roleIn(kind roleKind, vz2013 bool) (AGBCode, bool) {
	s := &z.s
	if vz2013 { // VZ2013 5.1-5.2 govern the period
		if kind == dossierhouderRole && s.Leveringsvorm == Verblijf && (s.Soort == Regulier || s.Soort == Alternatief) {
			return s.Instelling, !s.Instelling.IsZero()
		}
		return AGBCode{}, false
	}
	switch {
	case kind == dossierhouderRole && s.Soort == Regulier && dossierhouderLeveringsvormen.has(s.Leveringsvorm):
		return s.Dossierhouder, !s.Dossierhouder.IsZero()
	case kind == cztRole && s.Leveringsvorm == MPT && (s.Soort == Regulier || s.Soort == Overbrugging):
		return s.CoordinatorZorgThuis, !s.CoordinatorZorgThuis.IsZero()
	}
	return AGBCode{}, false
}

// checkRoleOverlap applies RFC24016: two roles of different instellingen
// overlap by at most one day. The roles are sorted by start and swept once
// (n log n); for each role the sweep keeps the latest end of any earlier
// role and the latest end of an earlier role of another instelling, which
// is all it needs to find a conflict. One violation per group of roles
// that overlap by more than a day, naming the instellingen in conflict.
func checkRoleOverlap(vs *Violations, items []ival, zzp []Zorgtoewijzing, what string) {
	if len(items) < 2 {
		return
	}
	sortIvals(items)
	var c groupCap
	var agbs []uint32 // the instellingen in conflict in the current group (agbKey)
	for i := 0; i < len(items); {
		j := groupEnd(items, i, 2)
		g := items[i:j] // in start order
		i = j
		if len(g) < 2 {
			continue
		}
		agbs = agbs[:0]
		ends := newLatestEnds()
		for _, x := range g {
			if oa, conflict := ends.add(x.start, x.end, x.agb); conflict {
				agbs = append(agbs, x.agb, oa)
			}
		}
		if len(agbs) == 0 {
			continue
		}
		rel := zzpRel(zzp, g)
		if !c.take(rel) {
			continue
		}
		agbs = conflictingRoles(g, agbs[:0])
		slices.Sort(agbs)
		agbs = slices.Compact(agbs)
		names := make([]string, 0, min(len(agbs), maxNamed))
		for _, a := range agbs[:min(len(agbs), maxNamed)] {
			names = append(names, AGBCode{n: a >> 1, set: a&1 == 1}.String())
		}
		var msg string
		switch {
		case len(agbs) == 2:
			msg = "twee " + what + " (" + names[0] + " en " + names[1] + ") overlappen meer dan één dag"
		case len(agbs) > maxNamed:
			msg = strconv.Itoa(len(agbs)) + " " + what + " (" + strings.Join(names, ", ") + " en nog " +
				strconv.Itoa(len(agbs)-maxNamed) + ") overlappen meer dan één dag"
		default:
			msg = strconv.Itoa(len(agbs)) + " " + what + " (" + strings.Join(names, ", ") + ") overlappen meer dan één dag"
		}
		vs.add(RFC24016, rel, what, strings.Join(names, "/"), msg)
	}
	c.close(vs, RFC24016, what)
}

// latestEnds follows roles in start order: e1 is the latest end so far
// and a1 its instelling, e2 the latest end of an instelling other than a1
// (math.MinInt32: none yet).
type latestEnds struct {
	e1, e2 int32
	a1, a2 uint32
}

func newLatestEnds() latestEnds { return latestEnds{e1: math.MinInt32, e2: math.MinInt32} }

// add reports whether the role of instelling a from start to end (in
// start order) overlaps an earlier role of another instelling by more
// than a day, and that instelling; then it takes the role in.
func (l *latestEnds) add(start, end int32, a uint32) (uint32, bool) {
	other, oa := l.e1, l.a1
	if a == l.a1 {
		other, oa = l.e2, l.a2
	}
	conflict := other != math.MinInt32 && shared(other, ival{start: start, end: end}) >= 2
	switch {
	case a == l.a1:
		l.e1 = max(l.e1, end)
	case end > l.e1:
		l.e2, l.a2, l.e1, l.a1 = l.e1, l.a1, end, a
	case end > l.e2:
		l.e2, l.a2 = end, a
	}
	return oa, conflict
}

// conflictingRoles appends to out every instelling of g (a group in start
// order) whose role overlaps a role of another instelling by more than a
// day. It runs only for a group with a conflict, in g log g: a min-heap of
// the roles still running at each start, the number of running roles per
// instelling, and the running instellingen not yet named, so that each is
// named once.
func conflictingRoles(g []ival, out []uint32) []uint32 {
	var running endHeap
	count := map[uint32]int{}   // running roles per instelling
	unnamed := map[uint32]int{} // the same, for instellingen not yet in out
	named := map[uint32]bool{}
	name := func(a uint32) {
		if !named[a] {
			named[a] = true
			out = append(out, a)
			delete(unnamed, a)
		}
	}
	for _, x := range g {
		for len(running) > 0 && int64(running[0].end) < int64(x.start)+1 {
			a := running.pop().agb
			if count[a]--; count[a] == 0 {
				delete(count, a)
			}
			if n, ok := unnamed[a]; ok {
				if n == 1 {
					delete(unnamed, a)
				} else {
					unnamed[a] = n - 1
				}
			}
		}
		others := len(count)
		if count[x.agb] > 0 {
			others--
		}
		if int64(x.end) >= int64(x.start)+1 && others > 0 {
			name(x.agb)
			for a := range unnamed {
				if a != x.agb {
					name(a)
				}
			}
		}
		running.push(x)
		count[x.agb]++
		if !named[x.agb] {
			unnamed[x.agb]++
		}
	}
	return out
}

// endHeap is a min-heap of roles by end.
type endHeap []ival

func (h *endHeap) push(x ival) {
	*h = append(*h, x)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p].end <= s[i].end {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *endHeap) pop() ival {
	s := *h
	top := s[0]
	n := len(s) - 1
	s[0] = s[n]
	s = s[:n]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < n && s[l].end < s[m].end {
			m = l
		}
		if l+1 < n && s[l+1].end < s[m].end {
			m = l + 1
		}
		if m == i {
			break
		}
		s[m], s[i] = s[i], s[m]
		i = m
	}
	*h = s
	return top
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
// an aanvraag aangepaste toewijzing on d for leveringsvorm lv. iWlz TR107
// is about the sender: the dossierhouder or the coördinator zorg thuis
// with a toewijzing on the besluit, whatever leveringsvorm it asks for.
// A Verblijf dossierhouder may ask for an overbrugging MPT, and the CZT of
// an MPT may end it and ask for Verblijf or VPT (ZK-dossierhouderschap).
// The roles are those on d: the dossierhouder of a regulier Verblijf, VPT
// or DTV line, the CZT of any MPT line (Dossierhouders,
// CoordinatorenZorgThuis). An aanvraag is never for PGB or VKB (iWlz-XSLT
// 2.2 CS127). When the instelling holds a role on some toewijzing but not
// on d the violation is OP162 (dossierhouder) or OP329 (CZT); under
// VZ2013 it is VZ2013 5.2 (only the dossierhouder).
func (s ToewijzingSet) MayRequestAAT(instelling AGBCode, lv Leveringsvorm, d calendar.Date) error {
	rel := ReleaseOn(d)
	if lv == PGB || lv == VKB {
		return Violations{{Rule: CS127.In(rel), Field: "Leveringsvorm", Value: lv.Code(),
			Message: "een aanvraag aangepaste toewijzing is nooit voor PGB of VKB"}}
	}
	if slices.Contains(rolesOn(roles(s.zzp, dossierhouderRole), d), instelling) {
		return nil
	}
	vz2013 := rel == VZ2013
	if !vz2013 && slices.Contains(rolesOn(roles(s.zzp, cztRole), d), instelling) {
		return nil
	}
	dh, czt := false, false
	for _, z := range s.zzp {
		dh = dh || z.s.Dossierhouder == instelling
		czt = czt || z.s.CoordinatorZorgThuis == instelling
	}
	switch {
	case vz2013:
		return Violations{{Rule: VZ52.In(VZ2013), Field: "Instelling", Value: instelling.String(),
			Message: "de dossierhouder is de aanbieder aan wie de reguliere of alternatieve verblijfszorg is toegewezen; " +
				instelling.String() + " is dat op " + d.String() + " niet"}}
	case dh:
		return Violations{{Rule: OP162.In(rel), Field: "Instelling", Value: instelling.String(),
			Message: "de rol van dossierhouder geldt alleen in de periode van de reguliere toewijzing, niet op " + d.String()}}
	case czt:
		return Violations{{Rule: OP329.In(rel), Field: "Instelling", Value: instelling.String(),
			Message: "de rol van coördinator zorg thuis geldt alleen in de periode van de MPT-toewijzing, niet op " + d.String()}}
	}
	return Violations{{Rule: TR107.In(rel), Field: "Instelling", Value: instelling.String(),
		Message: "alleen de dossierhouder of de coördinator zorg thuis met een toewijzing op het besluit mag een aanvraag aangepaste toewijzing sturen"}}
}
