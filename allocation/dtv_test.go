package allocation_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

func dtvIndicatie(t testing.TB) allocation.Indicatie {
	t.Helper()
	spec := indicatieSpec()
	spec.Afgiftedatum = calendar.MustDate("2020-01-01")
	spec.Ingangsdatum = calendar.MustDate("2020-01-02")
	spec.ZZPs[0].Ingangsdatum = spec.Ingangsdatum
	ind, err := allocation.NewIndicatie(spec, ctx())
	require.NoError(t, err)
	return ind
}

func dtvLine(t testing.TB, ind allocation.Indicatie, from calendar.Date, days int, ja bool) allocation.Zorgtoewijzing {
	t.Helper()
	s := toewijzingSpec(t)
	s.Leveringsvorm, s.Etmalen, s.Ingangsdatum = allocation.DTV, allocation.Etmalen35, from
	if days > 0 {
		s.Einddatum = from.AddDays(days - 1)
	}
	s.Opname = allocation.Nee
	if ja {
		s.Opname = allocation.Ja
	}
	z, err := allocation.NewZorgtoewijzing(s, ind, ctx())
	require.NoError(t, err)
	return z
}

// TestDTVCoverageAgreesWithDays: on random DTV sets, TR127 reports the
// first day (a start or the day after an end) whose count of Opname = Ja
// toewijzingen is not one, as counting every toewijzing on every day does.
func TestDTVCoverageAgreesWithDays(t *testing.T) {
	ind := dtvIndicatie(t)
	base := calendar.MustDate("2024-01-01")
	rng := rand.New(rand.NewPCG(3, 4))
	for iter := 0; iter < 500; iter++ {
		var zs []allocation.Zorgtoewijzing
		type line struct {
			from, to calendar.Date // to zero: open
			ja       bool
		}
		var lines []line
		for range 1 + rng.IntN(4) {
			from, days, ja := base.AddDays(rng.IntN(10)), rng.IntN(8), rng.IntN(3) > 0
			zs = append(zs, dtvLine(t, ind, from, days, ja))
			l := line{from: from, ja: ja}
			if days > 0 {
				l.to = from.AddDays(days - 1)
			}
			lines = append(lines, l)
		}
		// Reference: every day from the first start to the last end (or
		// 30 days past the last start when open).
		first, last, open := lines[0].from, calendar.Date{}, false
		for _, l := range lines {
			if l.from.Before(first) {
				first = l.from
			}
			if l.to.IsZero() {
				open = true
			} else if l.to.After(last) {
				last = l.to
			}
		}
		if open {
			last = base.AddDays(40)
		}
		want := ""
		for d := first; !d.After(last); d = d.AddDays(1) {
			n := 0
			for _, l := range lines {
				if l.ja && !d.Before(l.from) && (l.to.IsZero() || !d.After(l.to)) {
					n++
				}
			}
			if n != 1 {
				want = fmt.Sprintf("%s/%d", d, n)
				break
			}
		}
		_, err := allocation.NewToewijzingSet(zs, nil)
		got := ""
		for _, v := range allocation.AsViolations(err) {
			if v.Rule.String() == "TR127" {
				got = v.Value
				var n int
				_, _ = fmt.Sscanf(v.Message[len(v.Message)-2:], "%d", &n)
				got += fmt.Sprintf("/%d", n)
			}
		}
		require.Equal(t, want, got, "iteration %d: %+v", iter, lines)
	}
}

func BenchmarkNewToewijzingSet1000DTV(b *testing.B) {
	ind := dtvIndicatie(b)
	var zs []allocation.Zorgtoewijzing
	from := calendar.MustDate("2021-01-01")
	for i := 0; i < 1000; i++ {
		zs = append(zs, dtvLine(b, ind, from.AddDays(i), 1, true))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := allocation.NewToewijzingSet(zs, nil); err != nil {
			b.Fatal(err)
		}
	}
}
