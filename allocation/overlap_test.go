package allocation_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// maxPerRule bounds the violations of one overlap rule, whatever the
// number of lines: one per group, and the number of groups reported is
// capped too.
const maxPerRule = 11

func countPerRule(vs allocation.Violations) map[string]int {
	n := map[string]int{}
	for _, v := range vs {
		n[v.Rule.String()]++
	}
	return n
}

// identicalLines returns n copies of one valid verblijf toewijzing:
// every pair breaks TR106 and TR120.
func identicalLines(t testing.TB, n int) []allocation.Zorgtoewijzing {
	ind := mustIndicatie(t)
	z, err := allocation.NewZorgtoewijzing(toewijzingSpec(t), ind, ctx())
	require.NoError(t, err)
	zs := make([]allocation.Zorgtoewijzing, n)
	for i := range zs {
		zs[i] = z
	}
	return zs
}

// distinctLines returns n valid toewijzingen that break no set rule:
// consecutive months, one dossierhouder.
func distinctLines(t testing.TB, n int) []allocation.Zorgtoewijzing {
	spec := indicatieSpec()
	spec.Afgiftedatum = calendar.MustDate("1990-01-01")
	spec.Ingangsdatum = calendar.MustDate("1990-01-02")
	spec.ZZPs[0].Ingangsdatum = spec.Ingangsdatum
	ind, err := allocation.NewIndicatie(spec, ctx())
	require.NoError(t, err)
	zs := make([]allocation.Zorgtoewijzing, n)
	for i := range zs {
		s := toewijzingSpec(t)
		s.Ingangsdatum = spec.Ingangsdatum.AddDays(10 * i)
		s.Einddatum = s.Ingangsdatum.AddDays(9)
		s.Toewijzingsdatum = calendar.MustDate("2026-01-16")
		z, err := allocation.NewZorgtoewijzing(s, ind, ctx())
		require.NoError(t, err)
		zs[i] = z
	}
	return zs
}

// TestOverlapBounded: one violation per group of overlapping lines, not
// one per pair, and the lines are named with a cap.
func TestOverlapBounded(t *testing.T) {
	_, err := allocation.NewToewijzingSet(identicalLines(t, 200), nil)
	vs := allocation.AsViolations(err)
	n := countPerRule(vs)
	assert.Equal(t, 1, n["TR106"], "200 identical lines are one TR106 group")
	assert.Equal(t, 1, n["TR120"], "and one TR120 group")
	for id, c := range n {
		assert.LessOrEqual(t, c, maxPerRule, id)
	}
	for _, v := range vs {
		assert.Less(t, len(v.Message), 400, "the message names a few lines: %s", v.Message)
	}
	assert.Equal(t, "Toewijzing[1]", vs[0].Field)
	assert.Contains(t, vs[0].Message, "toewijzing 2, 3, 4, 5, 6 en nog 194")

	spec := indicatieSpec()
	spec.ZZPs = nil
	for i := 0; i < 300; i++ {
		spec.ZZPs = append(spec.ZZPs, allocation.GeindiceerdZZP{ZZP: allocation.ZZP4VV, Ingangsdatum: start})
	}
	_, err = allocation.NewIndicatie(spec, ctx())
	n = countPerRule(allocation.AsViolations(err))
	assert.Equal(t, map[string]int{"TR057": 1, "TR035": 1}, n, "300 overlapping equal ZZPs are one TR057 group and one TR035 group (iWlz-XSLT 2.2 TR035 applies to ZZPs too)")

	spec = indicatieSpec()
	spec.Ingangsdatum = calendar.MustDate("2020-01-01")
	spec.Afgiftedatum = calendar.MustDate("2019-12-20")
	spec.Einddatum = calendar.MustDate("2020-12-31")
	spec.ZZPs = nil
	for i := 0; i < 300; i++ {
		spec.Functies = append(spec.Functies, allocation.GeindiceerdeFunctie{Functie: allocation.FunctieVBTYD,
			Ingangsdatum: spec.Ingangsdatum, Einddatum: calendar.MustDate("2020-12-31")})
	}
	_, err = allocation.NewIndicatie(spec, allocation.Context{Dagtekening: calendar.MustDate("2020-01-01")})
	assert.Equal(t, map[string]int{"TR035": 1}, countPerRule(allocation.AsViolations(err)))

	// Many separate groups: the number of groups reported is capped.
	var zs []allocation.Zorgtoewijzing
	for _, z := range distinctLines(t, 100) {
		zs = append(zs, z, z)
	}
	_, err = allocation.NewToewijzingSet(zs, nil)
	n = countPerRule(allocation.AsViolations(err))
	assert.LessOrEqual(t, n["TR106"], maxPerRule)
	assert.Positive(t, n["TR106"])
}

// TestOverlapGroupsMatchPairs: the groups name exactly the lines that
// overlap some other line with the same key (what the pairwise check found).
func TestOverlapGroupsMatchPairs(t *testing.T) {
	lines := distinctLines(t, 6)
	// 0 and 1 are disjoint; a copy of 1 overlaps 1; 3, 4 separate.
	zs := []allocation.Zorgtoewijzing{lines[0], lines[1], lines[3], lines[1], lines[4]}
	_, err := allocation.NewToewijzingSet(zs, nil)
	vs := allocation.AsViolations(err)
	var tr106 []string
	for _, v := range vs {
		if v.Rule.String() == "TR106" {
			tr106 = append(tr106, v.Field+": "+v.Message)
		}
	}
	require.Len(t, tr106, 1, "%v", vs)
	assert.Contains(t, tr106[0], "Toewijzing[2]")
	assert.Contains(t, tr106[0], "toewijzing 4")
}

// TestRoleOverlapGroups: many dossierhouders that all overlap are one
// RFC24016 violation naming a few of them, not one per pair.
func TestRoleOverlapGroups(t *testing.T) {
	ind := mustIndicatie(t)
	var zs []allocation.Zorgtoewijzing
	for i := 0; i < 100; i++ {
		s := toewijzingSpec(t)
		s.Opname = allocation.Nee
		s.Dossierhouder = mustAGB(fmt.Sprintf("%08d", 10000000+i))
		s.Instelling = s.Dossierhouder
		zs = append(zs, build(t, s, ind))
	}
	_, err := allocation.NewToewijzingSet(zs, nil)
	n := countPerRule(allocation.AsViolations(err))
	assert.Equal(t, map[string]int{"RFC24016": 1}, n)
}

func BenchmarkNewToewijzingSet1000Valid(b *testing.B) {
	zs := distinctLines(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		s, err := allocation.NewToewijzingSet(zs, nil)
		if err != nil {
			b.Fatal(err)
		}
		sinkSet = s
	}
}

func BenchmarkNewToewijzingSet200Identical(b *testing.B) {
	zs := identicalLines(b, 200)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := allocation.NewToewijzingSet(zs, nil); err == nil {
			b.Fatal("want violations")
		}
	}
}

// BenchmarkNewToewijzingSet10000Valid is BenchmarkNewToewijzingSet1000Valid
// with ten times the lines: the cost should grow about tenfold (n log n).
func BenchmarkNewToewijzingSet10000Valid(b *testing.B) {
	zs := distinctLines(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		s, err := allocation.NewToewijzingSet(zs, nil)
		if err != nil {
			b.Fatal(err)
		}
		sinkSet = s
	}
}
