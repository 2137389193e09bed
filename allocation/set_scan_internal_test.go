package allocation

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// checkAll is NewToewijzingSet without the pass of scanZZP: every check
// runs in full. It is the reference for TestScanZZPSkipsOnlyClearRules.
func checkAll(zzp []Zorgtoewijzing, functies []FunctieToewijzing) Violations {
	var vs Violations
	buf := make([]ival, max(len(zzp), len(functies)))
	for i := range zzp {
		if zzp[i].IsZero() {
			vs.add(InputMissing, 0, "Toewijzing["+strconv.Itoa(i+1)+"]", "", "een toewijzing in de set is niet gevalideerd (NewZorgtoewijzing)")
		}
	}
	for i := range functies {
		if functies[i].IsZero() {
			vs.add(InputMissing, 0, "Functie["+strconv.Itoa(i+1)+"]", "", "een functietoewijzing in de set is niet gevalideerd (NewFunctieToewijzing)")
		}
	}
	checkTR106(&vs, buf, zzp)
	checkTR120(&vs, buf, zzp)
	checkDTVCoverage(&vs, zzp)
	checkTR077(&vs, buf, functies)
	dh, czt := roleLines(buf, zzp)
	checkRoleOverlap(&vs, dh, zzp, "dossierhouders")
	checkRoleOverlap(&vs, czt, zzp, "coördinatoren zorg thuis")
	return vs
}

// TestScanZZPSkipsOnlyClearRules: on random sets, mostly in date order
// (the sets the pass clears), NewToewijzingSet reports exactly what every
// check run in full reports.
func TestScanZZPSkipsOnlyClearRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	agbs := []AGBCode{{n: 12345678, set: true}, {n: 87654321, set: true}, {n: 11111111, set: true}, {}}
	lvsAll := []Leveringsvorm{Verblijf, VPT, DTV, MPT, PGB}
	rels := []Release{IWlz24, IWlz22, VZ2013, 0}
	base := calendar.MustDate("2017-12-01") // lines on both sides of the iWlz 2.0 start
	var clear, notClear int
	var cleared [4]int // TR106, TR120, dossierhouders, CZT
	for iter := range 20000 {
		n := 1 + rng.IntN(12)
		zs := make([]Zorgtoewijzing, n)
		day := rng.IntN(150) // some sets start before the iWlz 2.0 start, some after
		for i := range zs {
			day += rng.IntN(12) - 2 // mostly forward, sometimes back
			length := rng.IntN(14) - 1
			s := ToewijzingSpec{
				ZZP:           ZZP(1 + rng.IntN(2)),
				Instelling:    agbs[rng.IntN(2)],
				Soort:         SoortToewijzing(1 + rng.IntN(3)),
				Leveringsvorm: lvsAll[rng.IntN(len(lvsAll))],
				Dossierhouder: agbs[rng.IntN(len(agbs))],
				Opname:        JaNee(1 + rng.IntN(2)),
			}
			s.CoordinatorZorgThuis = agbs[rng.IntN(len(agbs))]
			if rng.IntN(30) > 0 {
				s.Ingangsdatum = base.AddDays(day)
			}
			if rng.IntN(5) > 0 {
				s.Einddatum = base.AddDays(day + length)
			}
			rel := rels[rng.IntN(2)]
			if rng.IntN(4) == 0 {
				rel = rels[rng.IntN(len(rels))]
			}
			zs[i] = Zorgtoewijzing{s: s, rel: rel}
			if rng.IntN(60) == 0 {
				zs[i] = Zorgtoewijzing{}
			}
		}
		var vs Violations
		sc := scanZZP(&vs, zs)
		for k, c := range [4]bool{sc.tr106, sc.tr120, sc.dh, sc.czt} {
			if c {
				cleared[k]++
			}
		}
		if sc.clear() {
			clear++
		} else {
			notClear++
		}
		want := checkAll(zs, nil)
		_, err := NewToewijzingSet(zs, nil)
		require.Equal(t, want, AsViolations(err), "iteration %d: %+v", iter, zs)
	}
	t.Logf("%d sets cleared by the pass, %d not; per rule (TR106, TR120, dossierhouders, CZT) cleared: %v", clear, notClear, cleared)
	for _, c := range cleared {
		require.Positive(t, c)
		require.Less(t, c, 20000)
	}
	require.Positive(t, clear)
	require.Positive(t, notClear)
}
