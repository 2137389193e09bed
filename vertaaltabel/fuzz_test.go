package vertaaltabel_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

// FuzzCheck runs the check over arbitrary ZZP pairs and contexts: never a
// panic; invalid input is violations; a verdict is consistent with its
// reasons (forbidden iff a reason forbids, without a table).
func FuzzCheck(f *testing.F) {
	f.Add(uint16(808), uint16(755), true, false, uint8(4), false, false, int32(0))
	f.Add(uint16(782), uint16(808), false, true, uint8(7), true, true, int32(2200))
	f.Add(uint16(191), uint16(761), false, false, uint8(2), false, true, int32(-300))
	f.Fuzz(func(t *testing.T, van, naar uint16, dag, toegelaten bool, lv uint8, bestaand, verlengd bool, shift int32) {
		ctx := exampleContext("2016-06-01")
		ctx.Dagtekening = ctx.Dagtekening.AddDays(int(shift))
		ctx.Ingangsdatum = ctx.Dagtekening
		ctx.ToegelatenVGBehandeling, ctx.Bestaand, ctx.Verlengd = toegelaten, bestaand, verlengd
		ctx.Leveringsvorm = allocation.Leveringsvorm(lv % 8)
		ctx.TariefGeindiceerdExclDagbesteding = ctx.TariefGeindiceerd
		r, err := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP(van), Dagbesteding: dag}, allocation.ZZP(naar), ctx, nil)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 && err.Error() == "" {
				t.Fatalf("error without text")
			}
			return
		}
		forbids := false
		for _, x := range r.Reasons() {
			forbids = forbids || x.Forbids
		}
		if forbids != (r.Oordeel == vertaaltabel.Verboden) {
			t.Fatalf("verdict %s with reasons %v", r.Oordeel, r.Rules())
		}
		if (r.Oordeel == vertaaltabel.Tijdelijk) != !r.Tot.IsZero() {
			t.Fatalf("tijdelijk without an end, or an end without tijdelijk")
		}
	})
}

// FuzzCheckTarieven: any tariffs (in cents) give a verdict or violations,
// never a panic; a negative tariff is never judged.
func FuzzCheckTarieven(f *testing.F) {
	f.Add(int64(18000), int64(17000), int64(15000), true)
	f.Add(int64(-20000), int64(-10000), int64(0), false)
	f.Add(int64(0), int64(1), int64(-1), true)
	f.Fuzz(func(t *testing.T, geind, eigen, excl int64, dag bool) {
		ctx := exampleContext("2014-03-03")
		var errs [3]error
		ctx.TariefGeindiceerd, errs[0] = allocation.Cents(geind)
		ctx.TariefInstellingseigen, errs[1] = allocation.Cents(eigen)
		ctx.TariefGeindiceerdExclDagbesteding, errs[2] = allocation.Cents(excl)
		for _, err := range errs {
			if err != nil {
				return
			}
		}
		r, err := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VG, Dagbesteding: dag}, allocation.ZZP6VV, ctx, nil)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		if geind < 0 || eigen < 0 || excl < 0 {
			t.Fatalf("negative tariff judged: %s", r.Oordeel)
		}
	})
}
