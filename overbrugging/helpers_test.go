package overbrugging_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

// exampleTarieven are example tariffs for the tests and examples (not real
// NZa tariffs: the caller always supplies those).
func exampleTarieven(t testing.TB) overbrugging.Tarieven {
	t.Helper()
	per := map[allocation.Functie]allocation.Bedrag{}
	for f, s := range map[allocation.Functie]string{
		allocation.FunctiePV: "50.00", allocation.FunctieVP: "70.00", allocation.FunctieBGIND: "55.00",
		allocation.FunctieBGGRP: "60.00", allocation.FunctieVBTYD: "150.00", allocation.FunctieBHIND: "90.00",
	} {
		b, err := allocation.ParseBedrag(s)
		if err != nil {
			t.Fatal(err)
		}
		per[f] = b
	}
	tt, err := overbrugging.NewTarieven(2026, per)
	if err != nil {
		t.Fatal(err)
	}
	return tt
}
