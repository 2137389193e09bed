package allocation_test

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

var positions = regexp.MustCompile(`\[(\d+)\]|toewijzing ([\d, ]+)`)

// named returns the 1-based lines a violation names: its Field and the
// positions in its message.
func named(v allocation.Violation) []int {
	var out []int
	for _, m := range positions.FindAllStringSubmatch(v.Field+" "+v.Message, -1) {
		for _, f := range strings.FieldsFunc(m[1]+m[2], func(r rune) bool { return r == ',' || r == ' ' }) {
			n, _ := strconv.Atoi(f)
			out = append(out, n)
		}
	}
	return out
}

// TestOverlapGroupsAgreeWithPairs: on random small sets, the sorted sweep
// names exactly the lines (TR106, TR120) and instellingen (RFC24016) that
// a check of every pair finds.
func TestOverlapGroupsAgreeWithPairs(t *testing.T) {
	ind := mustIndicatie(t)
	agbs := []allocation.AGBCode{agbA, agbB, mustAGB("11111111")}
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 3000; iter++ {
		n := 2 + rng.IntN(5)
		var specs []allocation.ToewijzingSpec
		var zs []allocation.Zorgtoewijzing
		for range n {
			s := toewijzingSpec(t)
			s.Ingangsdatum = start.AddDays(5 + rng.IntN(20))
			if rng.IntN(4) > 0 {
				s.Einddatum = s.Ingangsdatum.AddDays(rng.IntN(8))
			}
			s.Instelling = agbs[rng.IntN(2)]
			s.Dossierhouder = agbs[rng.IntN(3)]
			z, err := allocation.NewZorgtoewijzing(s, ind, ctx())
			require.NoError(t, err)
			specs = append(specs, s)
			zs = append(zs, z)
		}
		end := func(s allocation.ToewijzingSpec) calendar.Date {
			if s.Einddatum.IsZero() {
				return calendar.MustDate("9999-12-31")
			}
			return s.Einddatum
		}
		shared := func(a, b allocation.ToewijzingSpec) int {
			lo, hi := a.Ingangsdatum, end(a)
			if b.Ingangsdatum.After(lo) {
				lo = b.Ingangsdatum
			}
			if end(b).Before(hi) {
				hi = end(b)
			}
			return lo.DaysUntil(hi) + 1
		}
		want := map[string][]int{}
		var wantAGB []string
		for i, a := range specs {
			for j, b := range specs {
				if i == j {
					continue
				}
				if a.Instelling == b.Instelling && shared(a, b) >= 1 {
					want["TR106"] = append(want["TR106"], i+1)
				}
				if a.Ingangsdatum == b.Ingangsdatum {
					want["TR120"] = append(want["TR120"], i+1)
				}
				if a.Dossierhouder != b.Dossierhouder && shared(a, b) >= 2 {
					wantAGB = append(wantAGB, a.Dossierhouder.String())
				}
			}
		}
		_, err := allocation.NewToewijzingSet(zs, nil)
		got := map[string][]int{}
		var gotAGB []string
		for _, v := range allocation.AsViolations(err) {
			switch id := v.Rule.String(); id {
			case "TR106", "TR120":
				got[id] = append(got[id], named(v)...)
			case "RFC24016":
				gotAGB = append(gotAGB, strings.Split(v.Value, "/")...)
			default:
				t.Fatalf("unexpected %v", v)
			}
		}
		norm := func(x []int) []int { slices.Sort(x); return slices.Compact(x) }
		for _, id := range []string{"TR106", "TR120"} {
			require.Equal(t, norm(want[id]), norm(got[id]), "%s, iteration %d: %+v", id, iter, specs)
		}
		slices.Sort(wantAGB)
		slices.Sort(gotAGB)
		require.Equal(t, slices.Compact(wantAGB), slices.Compact(gotAGB), "RFC24016, iteration %d: %v %v", iter, err, dbg(specs))
	}
}

func dbg(specs []allocation.ToewijzingSpec) string {
	var b strings.Builder
	for i, s := range specs {
		b.WriteString("\n" + strconv.Itoa(i+1) + " " + s.Ingangsdatum.String() + ".." + s.Einddatum.String() + " dh " + s.Dossierhouder.String())
	}
	return b.String()
}
