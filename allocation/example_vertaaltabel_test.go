package allocation_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

// A 5LG indicatie delivered as VPT 6VV, the instellingseigen ZZP of the
// aanbieder (casus 07 of the Informatiemodel iWlz): regulier only when the
// caller's vertaaltabel allows 5LG -> 6VV.
func ExampleContext_vertaaltabel() {
	dag := calendar.MustDate("2021-07-05")
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 210000007, Afgiftedatum: calendar.MustDate("2021-06-09"), Ingangsdatum: calendar.MustDate("2021-06-09"),
		Grondslagen: []allocation.Grondslag{allocation.GrondslagLichamelijk},
		ZZPs: []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP5LG, Ingangsdatum: calendar.MustDate("2021-06-09"),
			Klasse: allocation.KE7, VoorkeurClient: allocation.VoorkeurVerblijf}},
	}, allocation.Context{Dagtekening: dag})
	if err != nil {
		fmt.Println(err)
		return
	}
	boomgaard, _ := allocation.ParseAGBCode("11110071")
	tijd, _ := allocation.ParseTijd("10:00:00")
	honderd, _ := allocation.NewPercentage(100)
	vpt := allocation.ToewijzingSpec{ZZP: allocation.ZZP6VV, Instelling: boomgaard, Zorgkantoor: 5501,
		Soort: allocation.Regulier, Toewijzingsdatum: dag, Toewijzingstijd: tijd,
		Percentage: honderd, Ingangsdatum: dag, Klasse: allocation.KE7, Leveringsvorm: allocation.VPT, Dossierhouder: boomgaard}

	_, err = allocation.NewZorgtoewijzing(vpt, ind, allocation.Context{Dagtekening: dag})
	fmt.Println(allocation.AsViolations(err).Rules())

	tabel, _ := vertaaltabel.NewTabel(2021, []vertaaltabel.Paar{{Van: allocation.ZZP5LG, Naar: allocation.ZZP6VV}})
	z, err := allocation.NewZorgtoewijzing(vpt, ind, allocation.Context{Dagtekening: dag, Vertaaltabel: tabel})
	fmt.Println(z.ZZP().Label(), z.Soort(), err)
	// Output:
	// [VZ2013 Bijlage A Reguliere zorg]
	// 6VV Regulier <nil>
}
