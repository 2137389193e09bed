package allocation_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// A MUT19 closes the MPT line of the coördinator zorg thuis on
// 2026-03-31: the set built from the ended line has no CZT after it.
func ExampleZorgtoewijzing_EndedOn() {
	pct, _ := allocation.NewPercentage(100)
	czt, _ := allocation.ParseAGBCode("87654321")
	mpt, _ := allocation.NewZorgtoewijzing(allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: czt, Zorgkantoor: 5501, Soort: allocation.Overbrugging,
		Toewijzingsdatum: calendar.MustDate("2026-01-16"), Percentage: pct, Ingangsdatum: calendar.MustDate("2026-01-20"),
		Leveringsvorm: allocation.MPT, CoordinatorZorgThuis: czt,
	}, exampleIndicatie(), allocation.Context{Dagtekening: calendar.MustDate("2026-01-20")})
	ended, err := mpt.EndedOn(calendar.MustDate("2026-03-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	set, _ := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{ended}, nil)
	fmt.Println(set.CoordinatorenZorgThuis(calendar.MustDate("2026-03-31")), set.CoordinatorenZorgThuis(calendar.MustDate("2026-04-01")))
	_, err = mpt.EndedOn(calendar.MustDate("2026-01-19"))
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// [87654321] []
	// [CS003]
}
