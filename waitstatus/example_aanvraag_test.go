package waitstatus_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// The Verblijf dossierhouder asks an overbrugging MPT for the client at
// another aanbieder: TR107 is about the sender, not the leveringsvorm
// asked, and the soort asked (overbrugging) is kept.
func ExampleNewAanvraag() {
	z := exampleToewijzing() // 4VV verblijf from 2026-02-02, dossierhouder 12345678
	set, _ := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{z}, nil)
	dh, _ := allocation.ParseAGBCode("12345678")
	thuis, _ := allocation.ParseAGBCode("87654321")
	pct, _ := allocation.NewPercentage(100)
	spec := waitstatus.AanvraagSpec{
		Besluitnummer: 1, Afgiftedatum: calendar.MustDate("2026-01-15"), Instelling: dh, ZZP: allocation.ZZP4VV,
		Leveringsvorm: allocation.MPT, CoordinatorZorgThuis: thuis, Verantwoord: allocation.Ja, Doelmatig: allocation.Ja,
		Instellingen: []waitstatus.AanvraagInstelling{{
			Instelling: thuis, Soort: allocation.Overbrugging, Percentage: pct,
			Ingangsdatum: calendar.MustDate("2026-03-09"), Einddatum: calendar.MustDate("2026-06-08"),
		}},
	}
	ctx := waitstatus.AanvraagContext{Dagtekening: calendar.MustDate("2026-03-04"), Toewijzingen: &set}
	a, err := waitstatus.NewAanvraag(spec, ctx)
	fmt.Println(a.Leveringsvorm(), a.Instellingen()[0].Soort, err)

	spec.CoordinatorZorgThuis = allocation.AGBCode{} // an MPT needs its CZT
	_, err = waitstatus.NewAanvraag(spec, ctx)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// Modulair pakket thuis (MPT) Overbrugging <nil>
	// [CD050]
}

// A decoded AW39 gives its aanvraag as a typed spec.
func ExampleAW39Aanvraag_Spec() {
	m, _, _ := waitstatus.DecodeAW39([]byte(aw39XML))
	m.Clienten[0].Aanvragen = []waitstatus.AW39Aanvraag{{
		Besluitnummer: "100200300", Afgiftedatum: "2021-01-20", Instelling: "12345678", ZzpCode: "753",
		Leveringsvorm: "5", Klasse: "KE7", Dossierhouder: "12345678",
		AanvraagInstellingen: []waitstatus.AW39AanvraagInstelling{{
			Instelling: "12345678", Soort: "1", ToewijzingIngangsdatum: "2021-10-01", ToewijzingPercentage: "10000",
		}},
	}}
	spec, err := m.Clienten[0].Aanvragen[0].Spec()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := waitstatus.NewAanvraag(spec, waitstatus.AanvraagContext{Dagtekening: calendar.MustDate("2021-09-10"),
		Mutaties: []waitstatus.Mutatiecode{waitstatus.MUT18}})
	fmt.Println(a.Leveringsvorm(), a.Instellingen()[0].Soort, a.Release(), err)
	// Output: Volledig pakket thuis (VPT) Regulier iWlz 2.2 <nil>
}

// After a MUT19 the closed line ends its roles: the set built from the
// ended line has no dossierhouder the day after.
func ExampleOutcome_EndLine() {
	z := exampleToewijzing() // 4VV verblijf from 2026-02-02, dossierhouder 12345678
	nl, _ := calendar.Netherlands()
	s := waitstatus.State{Leveringsstatus: waitstatus.InZorg, MAZ: calendar.MustDate("2026-02-02")}
	m := waitstatus.Mutatie{Code: waitstatus.MUT19, Datum: calendar.MustDate("2026-03-02"), Begindatum: calendar.MustDate("2026-02-02"),
		Leveringsstatus: waitstatus.EindeZorgvraag, Leveringsvorm: allocation.Verblijf}
	o, err := waitstatus.Apply(z, s, m, waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-03"), Calendar: nl})
	if err != nil {
		fmt.Println(err)
		return
	}
	ended, _ := o.EndLine(z)
	set, _ := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{ended}, nil)
	fmt.Println(ended.Period(), set.Dossierhouders(calendar.MustDate("2026-03-02")), set.Dossierhouders(calendar.MustDate("2026-03-03")))
	// Output: 2026-02-02/2026-03-02 [12345678] []
}
