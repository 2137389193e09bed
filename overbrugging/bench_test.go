package overbrugging_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

var sinkBudget overbrugging.Budget

// BenchmarkWeekBudget computes one client's weekly budget (4VV, regulier).
func BenchmarkWeekBudget(b *testing.B) {
	tt := exampleTarieven(b)
	b.ReportAllocs()
	for b.Loop() {
		r, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
		if err != nil {
			b.Fatal(err)
		}
		sinkBudget = r
	}
}

// BenchmarkWeekBudget300k computes 300,000 budgets (a zorgkantoor's nightly
// batch) over a mix of profiles and both methods, one op = 300,000 budgets.
func BenchmarkWeekBudget300k(b *testing.B) {
	tt := exampleTarieven(b)
	zzps := []allocation.ZZP{allocation.ZZP4VV, allocation.ZZP6VV, allocation.ZZP5VG, allocation.ZZP4LG, allocation.ZZP4GGZB, allocation.ZZP3LVG}
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < 300_000; i++ {
			m := overbrugging.MethodeRegulier
			if i%4 == 0 {
				m = overbrugging.MethodeMetUitloop
			}
			r, err := overbrugging.WeekBudget(zzps[i%len(zzps)], i%3 == 0, m, nil, tt)
			if err != nil {
				b.Fatal(err)
			}
			sinkBudget = r
		}
	}
}
