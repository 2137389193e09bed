package waitstatus_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// reactieFixture is a 6VV besluit from 2026-03-02 with voorkeur MPT at
// aanbieder 11110006, and the zorgkantoor's processing on a day.
func reactieFixture(voorkeur allocation.VoorkeurClient, ontvangen, op string) (allocation.Indicatie, waitstatus.Verwerking) {
	nl, _ := calendar.Netherlands()
	agb, _ := allocation.ParseAGBCode("11110006")
	start := calendar.MustDate("2026-03-02")
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 1, Afgiftedatum: start, Ingangsdatum: start,
		Grondslagen:       []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:              []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP6VV, Ingangsdatum: start, VoorkeurClient: voorkeur}},
		Voorkeuraanbieder: agb,
	}, allocation.Context{Dagtekening: start})
	if err != nil {
		panic(err)
	}
	tijd, _ := allocation.ParseTijd("10:00:00")
	return ind, waitstatus.Verwerking{Zorgkantoor: 5501, Ontvangen: calendar.MustDate(ontvangen),
		Toewijzingsdatum: calendar.MustDate(op), Toewijzingstijd: tijd, Calendar: nl}
}

func printReactie(r waitstatus.Reactie) {
	for _, x := range r.Regels {
		s := x.Toewijzing
		fmt.Println(s.Instelling, s.Leveringsvorm, s.Soort, s.Percentage, s.Ingangsdatum, "tot", s.Einddatum, "|", x.Wijziging)
	}
	if r.StuurtAW33() {
		fmt.Println("naar", r.Ontvangers, "uiterlijk", r.Uiterlijk)
	}
}

func ExampleReactieIO31() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-03-02", "2026-03-02")
	r, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	fmt.Println("coördinator zorg thuis", r.Regels[0].Toewijzing.CoordinatorZorgThuis)
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 100% 2026-03-02 tot  | nieuw
	// naar [11110006] uiterlijk 2026-03-03
	// coördinator zorg thuis 11110006
}

func ExampleReactieAAT() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing}
	// The coördinator zorg thuis asks for 110 % from 13 april (the care
	// exceeds the budget of the profile).
	pct, _ := allocation.NewPercentage(110)
	r, err := waitstatus.ReactieAAT(ind, huidig, waitstatus.AATInvoer{Verwerking: v, Aanvrager: huidig[0].Instelling,
		Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP6VV, Leveringsvorm: allocation.MPT, Soort: allocation.Regulier,
			Instelling: huidig[0].Instelling, Percentage: pct, Ingangsdatum: calendar.MustDate("2026-04-13")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 100% 2026-03-02 tot 2026-04-12 | beëindigd
	// 11110006 Modulair pakket thuis (MPT) Regulier 110% 2026-04-13 tot  | nieuw
	// naar [11110006] uiterlijk 2026-04-15
}

func ExampleReactieMutatie() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-05-04", "2026-05-04")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	line := first.Regels[0].Toewijzing
	// The aanbieder ends the care with MUT19 on 30 april, its only line:
	// the line closes and, without an intrekking, no AW33 is sent.
	r, err := waitstatus.ReactieMutatie(ind, []allocation.ToewijzingSpec{line}, waitstatus.MutatieInvoer{
		Verwerking: v, Toewijzing: line, Code: waitstatus.MUT19, Mutatiedatum: calendar.MustDate("2026-04-30")})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	fmt.Println("AW33:", r.StuurtAW33())
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 100% 2026-03-02 tot 2026-04-30 | beëindigd
	// AW33: false
}

func ExampleReactieMutatieAAT() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-05-04", "2026-05-04")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	line := first.Regels[0].Toewijzing
	vpt, _ := allocation.ParseAGBCode("11110007")
	// One AW39: the coördinator zorg thuis ends its MPT with MUT19 on 4 mei
	// and asks for VPT at another aanbieder from that day.
	r, err := waitstatus.ReactieMutatieAAT(ind, []allocation.ToewijzingSpec{line},
		waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: line, Code: waitstatus.MUT19, Mutatiedatum: v.Ontvangen},
		waitstatus.AATInvoer{Verwerking: v, Aanvrager: line.Instelling, Dossierhouder: vpt,
			Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP6VV, Leveringsvorm: allocation.VPT, Soort: allocation.Regulier,
				Instelling: vpt, Percentage: line.Percentage, Ingangsdatum: v.Ontvangen}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 100% 2026-03-02 tot 2026-05-04 | beëindigd
	// 11110007 Volledig pakket thuis (VPT) Regulier 100% 2026-05-04 tot  | nieuw
	// naar [11110007] uiterlijk 2026-05-07
}

func ExampleReactieMAZ() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-03-09", "2026-03-09")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	line := first.Regels[0].Toewijzing
	// Care starts on 5 maart; nothing was reported to the CAK yet.
	r, err := waitstatus.ReactieMAZ(ind, []allocation.ToewijzingSpec{line}, waitstatus.MAZInvoer{
		Verwerking: v, Toewijzing: line, Begindatum: calendar.MustDate("2026-03-05")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("AW33:", r.StuurtAW33())
	fmt.Println("CA317", r.CAK.Leveringsvorm, "start", r.CAK.Startdatum, "verzonden", r.CAK.Datum, "status", r.CAK.Status == waitstatus.CAKNieuw)
	// Output:
	// AW33: false
	// CA317 Modulair pakket thuis (MPT) start 2026-03-05 verzonden 2026-03-09 status true
}

func ExampleWijziging_String() {
	fmt.Println(waitstatus.Ingetrokken)
	// Output: ingetrokken
}

func ExampleReactie_StuurtAW33() {
	// The zero Reactie sends nothing: no lines changed.
	fmt.Println(waitstatus.Reactie{}.StuurtAW33())
	// Output: false
}

func ExampleReactie_AW33() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing}
	pct, _ := allocation.NewPercentage(110)
	r, _ := waitstatus.ReactieAAT(ind, huidig, waitstatus.AATInvoer{Verwerking: v, Aanvrager: huidig[0].Instelling,
		Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP6VV, Leveringsvorm: allocation.MPT, Soort: allocation.Regulier,
			Instelling: huidig[0].Instelling, Percentage: pct, Ingangsdatum: calendar.MustDate("2026-04-13")}}})
	// The 100 % line ends on 12 april in the zorgkantoor's administration;
	// the AW33 carries only the 110 % line that follows it up.
	for _, x := range r.AW33() {
		fmt.Println(x.Toewijzing.Percentage, x.Toewijzing.Ingangsdatum, x.Wijziging)
	}
	// Output: 110% 2026-04-13 nieuw
}

// A zorgkantoor that reads casus 10B of the Informatiemodel iWlz: the AW33
// also carries the line a new line ends (Verwerking.ToonBeeindigd).
func ExampleReactie_AW33_toonBeeindigd() {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing}
	pct, _ := allocation.NewPercentage(110)
	v.ToonBeeindigd = true
	r, _ := waitstatus.ReactieAAT(ind, huidig, waitstatus.AATInvoer{Verwerking: v, Aanvrager: huidig[0].Instelling,
		Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP6VV, Leveringsvorm: allocation.MPT, Soort: allocation.Regulier,
			Instelling: huidig[0].Instelling, Percentage: pct, Ingangsdatum: calendar.MustDate("2026-04-13")}}})
	for _, x := range r.AW33() {
		fmt.Println(x.Toewijzing.Percentage, x.Toewijzing.Ingangsdatum, "tot", x.Toewijzing.Einddatum, x.Wijziging)
	}
	// Output:
	// 100% 2026-03-02 tot 2026-04-12 beëindigd
	// 110% 2026-04-13 tot  nieuw
}

// A client who combines MPT with PGB (voorkeur PGB/MPT): the first MPT
// line starts at 1 % next to the informative PGB line (iWlz-IM 2.2
// OP318; casus 14), until the aanbieder asks its share with an AAT.
func ExampleReactieIO31_pgb() {
	ind, v := reactieFixture(allocation.VoorkeurPGBMPT, "2026-03-02", "2026-03-02")
	een, _ := allocation.NewPercentage(1)
	r, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v, PGB: true, Percentage: een})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 1% 2026-03-02 tot  | nieuw
	//  Persoonsgebonden budget (PGB) Regulier  2026-03-02 tot  | nieuw
	// naar [11110006] uiterlijk 2026-03-03
}

// The aanbieder asks 65 % MPT next to the PGB: the 65 % line replaces the
// 1 % line, and with PGBOpnieuw the PGB line, whose share changed, is
// issued again (casus 14 stap 4; OP033x1).
func ExampleReactieAAT_pgbOpnieuw() {
	ind, v := reactieFixture(allocation.VoorkeurPGBMPT, "2026-03-02", "2026-03-02")
	een, _ := allocation.NewPercentage(1)
	first, _ := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v, PGB: true, Percentage: een})
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing, first.Regels[1].Toewijzing}
	_, v = reactieFixture(allocation.VoorkeurPGBMPT, "2026-03-05", "2026-03-06")
	pct, _ := allocation.NewPercentage(65)
	appelboom := huidig[0].Instelling
	r, err := waitstatus.ReactieAAT(ind, huidig, waitstatus.AATInvoer{Verwerking: v, Aanvrager: appelboom, PGBOpnieuw: true,
		Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP6VV, Leveringsvorm: allocation.MPT, Soort: allocation.Regulier,
			Instelling: appelboom, Percentage: pct, Ingangsdatum: calendar.MustDate("2026-03-02")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printReactie(r)
	fmt.Println(len(r.Vervangen), "vervangen; PGB toegewezen op", r.Regels[1].Toewijzing.Toewijzingsdatum)
	// Output:
	// 11110006 Modulair pakket thuis (MPT) Regulier 65% 2026-03-02 tot  | nieuw
	//  Persoonsgebonden budget (PGB) Regulier  2026-03-02 tot  | nieuw
	// naar [11110006] uiterlijk 2026-03-09
	// 2 vervangen; PGB toegewezen op 2026-03-06
}
