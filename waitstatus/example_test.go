package waitstatus_test

import (
	"fmt"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func exampleToewijzing() allocation.Zorgtoewijzing { return fixtureToewijzing(&testing.T{}) }

func ExampleApply() {
	z := exampleToewijzing() // 4VV verblijf from 2026-02-02, aanbieder 12345678
	nl, _ := calendar.Netherlands()
	m := waitstatus.Mutatie{
		Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"), Leveringsvorm: allocation.Verblijf,
		Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 9, // 09 Dreigende crisis (thuis)
		MetAAT: true, AATSoort: allocation.Overbrugging, BudgetOverschreden: true,
	}
	o, err := waitstatus.Apply(z, waitstatus.State{}, m, waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-04"), Calendar: nl})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.State.Leveringsstatus, "/", o.State.Classificatie, "| toewijzing", o.Toewijzing, "| dossierhouder", o.Dossierhouder)
	fmt.Println("AAT", o.AAT.Soort, o.AAT.Regel, "tot", o.AAT.Einddatum, "verlengd tot", o.AAT.VerlengdTot)
	fmt.Println("MUT uiterlijk", o.MutDeadline, "| zorgkantoor uiterlijk", o.ZorgkantoorDeadline, "| te laat:", o.Late)
	// Output:
	// Actief plaatsen / Dreigende crisis (thuis) | toewijzing kept | dossierhouder blijft
	// AAT Overbrugging met-uitloop tot 2026-06-01 verlengd tot 2026-09-01
	// MUT uiterlijk 2026-03-09 | zorgkantoor uiterlijk 2026-03-06 | te laat: false
}

func ExampleCheck() {
	z := exampleToewijzing()
	nl, _ := calendar.Netherlands()
	m := waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-09"), Leveringsvorm: allocation.Verblijf,
		Leveringsstatus: waitstatus.ActiefWachtend}
	err := waitstatus.Check(z, waitstatus.State{}, m, waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-04"), Calendar: nl})
	for _, v := range allocation.AsViolations(err) {
		fmt.Println(v.Rule, "-", v.Message)
	}
	// Output:
	// TR134 - de mutatiedatum mag niet in de toekomst liggen (na de dagtekening 2026-03-04; ZK-dossierhouderschap)
	// CS137 - bij MUT18 Zorgaanbieder kan de zorg nu nog niet leveren hoort leveringsstatus {2, 6, 7} (iWlz 2.4)
	// CS133 - leveringsstatus 1 (actief wachtend) bestaat niet meer: kies Urgent plaatsen of Actief plaatsen
}

func ExampleApplyMAZ() {
	z := exampleToewijzing()
	s, err := waitstatus.ApplyMAZ(z, waitstatus.State{Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 9},
		waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-04-01"), Sleuteldatum: calendar.MustDate("2026-03-25"), Behandeling: allocation.Nee},
		waitstatus.Context{Dagtekening: calendar.MustDate("2026-04-02")})
	fmt.Println(s.Leveringsstatus, s.MAZ, s.InZorg(), err)
	// A sleuteldatum more than 14 days before the begindatum:
	_, err = waitstatus.ApplyMAZ(z, waitstatus.State{},
		waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-04-01"), Sleuteldatum: calendar.MustDate("2026-03-17")},
		waitstatus.Context{Dagtekening: calendar.MustDate("2026-04-02")})
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// In zorg 2026-04-01 true <nil>
	// [OP044]
}

func ExampleCheckMAZ() {
	z := exampleToewijzing() // verblijf with opname Ja
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-04-02")}
	err := waitstatus.CheckMAZ(z, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-04-01")}, ctx)
	fmt.Println(allocation.AsViolations(err).Rules())
	err = waitstatus.CheckMAZ(z, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-04-01"), Behandeling: allocation.Ja}, ctx)
	fmt.Println(err)
	// Output:
	// [TR129]
	// <nil>
}

func exampleFunctie() allocation.FunctieToewijzing { return fixtureFunctie(&testing.T{}) }

// A MAZ and a MUT on a functie line under the Voorschrift 2013: Bijlage
// D's rows for "ZZP / functie" apply.
func ExampleApplyFunctie() {
	f := exampleFunctie() // functie 31 (PV) in overbrugging from 2014-01-06
	nl, _ := calendar.Netherlands()
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2014-03-05"), Calendar: nl}
	s, _ := waitstatus.ApplyMAZFunctie(f, waitstatus.State{}, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2014-01-06"), Volledig: true}, ctx)
	o, err := waitstatus.ApplyFunctie(f, s, waitstatus.Mutatie{Code: waitstatus.MUT19, Datum: calendar.MustDate("2014-03-03"),
		Begindatum: calendar.MustDate("2014-01-06"), Leveringsstatus: waitstatus.EindeZorgvraag}, ctx)
	fmt.Println(s.Leveringsstatus, "|", o.Row, "|", o.Toewijzing, o.Einddatum, err)
	// Output: In zorg | VZ2013 Bijlage D, MUT19 | closed 2014-03-03 <nil>
}

// The MAZ table of Bijlage D for a functie: part of the care, and the
// client does not accept the lower delivery.
func ExampleApplyMAZFunctie() {
	s, err := waitstatus.ApplyMAZFunctie(exampleFunctie(), waitstatus.State{}, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2014-01-06")},
		waitstatus.Context{Dagtekening: calendar.MustDate("2014-01-07")})
	fmt.Println(s.Leveringsstatus, err)
	// Output: Actief wachtend <nil>
}

func ExampleContactDeadline() {
	// Overbrugging since 31 August 2026, no contact yet; then a contact on
	// 10 January 2027.
	d, _ := waitstatus.ContactDeadline(calendar.MustDate("2026-08-31"), calendar.Date{})
	fmt.Println(d)
	d, _ = waitstatus.ContactDeadline(calendar.MustDate("2026-08-31"), calendar.MustDate("2027-01-10"))
	fmt.Println(d)
	// Output:
	// 2027-02-28
	// 2027-07-10
}

func ExampleBijlageD() {
	for _, r := range waitstatus.BijlageD() {
		if r.Code != waitstatus.MUT18 {
			continue
		}
		aat := "geen AAT"
		if r.AAT != 0 {
			aat = "AAT " + r.AAT.String() + " (" + r.ED.String() + ")"
		}
		fmt.Println(r.ID, "|", r.Statuses, "|", aat, "|", r.Actie)
	}
	// Output:
	// VZ2013 Bijlage D, MUT18 rij 1 | {1} | geen AAT | Insturen MUT18 / actief wachtend
	// VZ2013 Bijlage D, MUT18 rij 2 | {1} | AAT Overbrugging (budget) | Insturen MUT18 / actief wachtend + aanmaken AAT
	// VZ2013 Bijlage D, MUT18 rij 3 | {2} | geen AAT | Insturen MUT18 / slapend wachtend
	// VZ2013 Bijlage D, MUT18 rij 4 | {2} | AAT Overbrugging (max-ed-zzp) | Insturen MUT18 / wenswachtend + aanmaken AAT
	// VZ2013 Bijlage D, MUT18 rij 5 | {2} | AAT Transfer (transfer) | Insturen MUT18 / wenswachtend + aanmaken AAT
}

func ExampleMAZTable() {
	for _, r := range waitstatus.MAZTable() {
		fmt.Println(r.ID, "->", r.Status.NameOn(calendar.MustDate("2013-06-01")))
	}
	// Output:
	// VZ2013 Bijlage D, MAZ op ZZP -> In zorg
	// VZ2013 Bijlage D, MAZ op functie, volledige levering -> In zorg
	// VZ2013 Bijlage D, MAZ op functie, deel en akkoord -> Slapend wachtend
	// VZ2013 Bijlage D, MAZ op functie, deel en niet akkoord -> Actief wachtend
}

func ExampleMutatieRules() {
	for _, r := range waitstatus.MutatieRules() {
		if r.Code == waitstatus.MUT20 {
			fmt.Println(r.From, "-", r.To, r.Statuses, r.Source)
		}
	}
	// Output:
	// iWlz 2.0 - iWlz 2.1 {1, 2, 3} iWlz-XSLT 2.1 TR046
	// iWlz 2.2 - iWlz 2.4 {2, 3, 6, 7} iWlz-XSLT 2.2 TR046
}

func ExampleClassificatieRules() {
	r := waitstatus.ClassificatieRules()[15]
	fmt.Println(r.Classificatie.Code(), r.Classificatie, r.Statuses)
	// Output: 16 Logeren {2}
}

func ExampleLeveringsstatus_NameOn() {
	for _, d := range []string{"2013-06-01", "2019-06-01", "2022-06-01"} {
		fmt.Println(d, waitstatus.WachtOpVoorkeur.NameOn(calendar.MustDate(d)))
	}
	// Output:
	// 2013-06-01 Wens wachtend
	// 2019-06-01 Niet actief wachtend
	// 2022-06-01 Wacht op voorkeur
}

func ExampleParseLeveringsstatus() {
	l, _ := waitstatus.ParseLeveringsstatus("6")
	fmt.Println(l, l.ValidOn(calendar.MustDate("2020-12-31")))
	// Output: Urgent plaatsen false
}

func ExampleParseClassificatie() {
	c, _ := waitstatus.ParseClassificatie("20")
	fmt.Println(c, c.ValidOn(calendar.MustDate("2022-12-31")), c.ValidOn(calendar.MustDate("2023-01-01")))
	// Output: Doorstroom klinische GGZ false true
}

func ExampleParseMutatiecode() {
	m, _ := waitstatus.ParseMutatiecode("02")
	fmt.Println(m, m.ValidOn(calendar.MustDate("2020-01-01")))
	// Output: MUT02 Overlijden false
}

func ExampleStatuses() {
	s := waitstatus.Statuses(waitstatus.WachtOpVoorkeur, waitstatus.UrgentPlaatsen)
	fmt.Println(s, s.Has(waitstatus.UrgentPlaatsen), s.Has(waitstatus.InZorg))
	// Output: {2, 6} true false
}

func ExampleWachtend() {
	d := calendar.MustDate("2026-06-01")
	for _, l := range []waitstatus.Leveringsstatus{waitstatus.UrgentPlaatsen, waitstatus.WachtOpVoorkeur, waitstatus.WachtUitVoorzorg, waitstatus.InZorg} {
		fmt.Println(l, waitstatus.Wachtend(l, d))
	}
	// Output:
	// Urgent plaatsen true
	// Wacht op voorkeur true
	// Wacht uit voorzorg false
	// In zorg false
}

func ExampleWachtstatus() {
	z := exampleToewijzing()
	w := waitstatus.Wachtstatus(calendar.MustDate("2026-03-10"), []waitstatus.Toewijzingstatus{
		{Toewijzing: z, State: waitstatus.State{Leveringsstatus: waitstatus.WachtOpVoorkeur, Classificatie: 13}},
		{Toewijzing: z, State: waitstatus.State{Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 10}},
	})
	fmt.Println(w.Leveringsstatus, "/", w.Classificatie, w.Wachtend)
	// Output: Actief plaatsen / Niet passende zorg true
}

func ExampleDaysInStatus() {
	h := []waitstatus.Event{
		{Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 9},
		{Datum: calendar.MustDate("2026-04-01"), Leveringsstatus: waitstatus.InZorg},
	}
	t, _ := waitstatus.DaysInStatus(h, calendar.MustDate("2026-01-01"), calendar.MustDate("2026-04-30"))
	fmt.Println("actief plaatsen:", t.Status[waitstatus.ActiefPlaatsen], "in zorg:", t.Status[waitstatus.InZorg], "classificatie 09:", t.Classificatie[9])
	// Output: actief plaatsen: 30 in zorg: 30 classificatie 09: 30
}

func ExampleMap2013() {
	l, c, err := waitstatus.Map2013(waitstatus.ActiefWachtend, 3) // 03 Doorstroom ziekenhuis
	fmt.Println(l, c, err)
	_, _, err = waitstatus.Map2013(waitstatus.ActiefWachtend, 0)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// Urgent plaatsen Doorstroom ziekenhuis (ZH) <nil>
	// [CD090]
}

func ExampleSummarise() {
	events := []waitstatus.BatchEvent{
		{Client: 1, Datum: calendar.MustDate("2026-01-05"), Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 9},
		{Client: 1, Datum: calendar.MustDate("2026-02-01"), Leveringsstatus: waitstatus.InZorg},
		{Client: 2, Datum: calendar.MustDate("2026-01-20"), Leveringsstatus: waitstatus.WachtOpVoorkeur, Classificatie: 13},
	}
	out, _ := waitstatus.Summarise(events, calendar.MustDate("2026-02-28"), nil)
	for _, s := range out {
		fmt.Println(s.Client, s.Leveringsstatus, s.Wachtend, s.Days.Status[waitstatus.ActiefPlaatsen], s.Days.Status[waitstatus.InZorg], s.Days.Status[waitstatus.WachtOpVoorkeur])
	}
	// Output:
	// 1 In zorg false 27 28 0
	// 2 Wacht op voorkeur true 0 0 40
}
