package vertaaltabel_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

func exampleContext(dagtekening string) vertaaltabel.Context {
	nl, _ := calendar.Netherlands()
	d := calendar.MustDate(dagtekening)
	geindiceerd, _ := allocation.ParseBedrag("180,00")
	eigen, _ := allocation.ParseBedrag("170,00")
	return vertaaltabel.Context{Dagtekening: d, Ingangsdatum: d, Calendar: nl,
		TariefGeindiceerd: geindiceerd, TariefInstellingseigen: eigen}
}

func ExampleCheck() {
	ctx := exampleContext("2014-03-03")
	// 5VG indicated, the preferred provider delivers 6VV.
	r, err := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VG}, allocation.ZZP6VV, ctx, nil)
	fmt.Println(r.Oordeel, r.Rules(), err)
	// 4VG indicated, the provider offers 3LVG: point 7c forbids it.
	r, _ = vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP4VG}, allocation.ZZP3LVG, ctx, nil)
	for _, x := range r.Reasons() {
		fmt.Println(r.Oordeel, x.Rule, "-", x.Message)
	}
	// Output:
	// toegestaan [VZ2013 E.9a] <nil>
	// verboden VZ2013 E.7c - niet van een ZZP (niet zijnde SGLVG, LVG of VG7) naar SGLVG, LVG of VG7
	// verboden VZ2013 E.6a - het zorginhoudelijke karakter: dit ZZP kan niet als alternatief pakket voor het geïndiceerde ZZP worden geboden
}

func ExampleCheck_temporary() {
	ctx := exampleContext("2014-08-31")
	ctx.Verlengd = true
	r, _ := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP7VG, Behandeling: true}, allocation.ZZP6VG, ctx, nil)
	fmt.Println(r.Oordeel, r.Tot, r.VerlengdTot, "behandeling mee:", r.BehandelingVertaald, r.Rules())
	// Output: tijdelijk 2015-02-28 2015-08-31 behandeling mee: false [VZ2013 E.8b]
}

func ExampleCheck_lvg2019() {
	ctx := exampleContext("2020-03-02")
	ctx.ToegelatenVGBehandeling = true
	van := allocation.GeindiceerdZZP{ZZP: allocation.ZZP3LVG}
	r, _ := vertaaltabel.Check(van, allocation.ZZP5VG, ctx, nil)
	fmt.Println(r.Oordeel, r.Rules())
	ctx.Bestaand = true
	r, _ = vertaaltabel.Check(van, allocation.ZZP5VG, ctx, nil)
	fmt.Println(r.Oordeel, r.Rules())
	// Output:
	// verboden [VZ2013 E.6c VZ2013 E.8a]
	// toegestaan [VZ2013 E.8a]
}

func ExampleNewTabel() {
	tabel, _ := vertaaltabel.NewTabel(2014, []vertaaltabel.Paar{{Van: allocation.ZZP4VG, Naar: allocation.ZZP3LVG}})
	r, _ := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP4VG}, allocation.ZZP3LVG, exampleContext("2014-03-03"), tabel)
	fmt.Println(tabel.Jaar(), r.Oordeel, r.Rules())
	// Output: 2014 tegenstrijdig [VZ2013 E.6a VZ2013 E.7c Vertaaltabel]
}

func ExampleTabel_Allows() {
	tabel, _ := vertaaltabel.NewTabel(2014, []vertaaltabel.Paar{{Van: allocation.ZZP5VG, Naar: allocation.ZZP6VV}})
	fmt.Println(tabel.Allows(allocation.ZZP5VG, allocation.ZZP6VV), tabel.Allows(allocation.ZZP6VV, allocation.ZZP5VG))
	// Output: true false
}
