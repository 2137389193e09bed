package allocation_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

func ExampleIndicatie_PartneropnameMogelijk() {
	ctx := allocation.Context{Dagtekening: calendar.MustDate("2013-06-28")}
	for _, g := range []allocation.Grondslag{allocation.GrondslagPsychogeriatrisch, allocation.GrondslagVerstandelijk} {
		client, err := allocation.NewIndicatie(allocation.IndicatieSpec{
			Besluitnummer: 130000754, Afgiftedatum: calendar.MustDate("2013-04-25"), Ingangsdatum: calendar.MustDate("2013-05-01"),
			Grondslagen: []allocation.Grondslag{g},
			ZZPs:        []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP5VV, Ingangsdatum: calendar.MustDate("2013-05-01")}},
		}, ctx)
		if err != nil {
			fmt.Println(err)
			return
		}
		err = client.PartneropnameMogelijk(calendar.MustDate("2013-06-03"))
		fmt.Println(g.Code(), err == nil, allocation.AsViolations(err).Rules())
	}
	// Output:
	// 02 true []
	// 05 false [VZ2013 3.3 partneropname]
}
