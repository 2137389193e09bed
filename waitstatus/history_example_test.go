package waitstatus_test

import (
	"fmt"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// exampleCtx is the context of a message sent on dagtekening d.
func exampleCtx(d string) waitstatus.Context {
	nl, _ := calendar.Netherlands()
	return waitstatus.Context{Dagtekening: calendar.MustDate(d), Calendar: nl}
}

// exampleHistory is a client admitted on 2026-02-10 who goes home on
// 2026-03-02 with Urgent plaatsen (MUT20).
func exampleHistory() *waitstatus.History {
	var h waitstatus.History
	line, _ := h.AddLine(exampleToewijzing()) // 4VV verblijf from 2026-02-02, aanbieder 12345678
	_, _ = h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-02-10")}, exampleCtx("2026-02-11"))
	_, _ = h.AddMutatie(line, waitstatus.Mutatie{Code: waitstatus.MUT20, Datum: calendar.MustDate("2026-03-02"),
		Begindatum: calendar.MustDate("2026-02-10"), Leveringsstatus: waitstatus.UrgentPlaatsen, Classificatie: 3,
		Leveringsvorm: allocation.Verblijf}, exampleCtx("2026-03-03"))
	return &h
}

// status names a leveringsstatus, "geen status" for none.
func status(l waitstatus.Leveringsstatus) string {
	if l == 0 {
		return "geen status"
	}
	return l.String()
}

func ExampleHistory() {
	h := exampleHistory()
	for _, d := range []string{"2026-02-05", "2026-02-20", "2026-03-05"} {
		w := h.WachtstatusOn(calendar.MustDate(d))
		fmt.Println(d, status(w.Leveringsstatus), "| wachtend:", w.Wachtend)
	}
	fmt.Println("wachtend sinds", h.WachtendSinds(calendar.MustDate("2026-03-05")))
	// Output:
	// 2026-02-05 geen status | wachtend: false
	// 2026-02-20 In zorg | wachtend: false
	// 2026-03-05 Urgent plaatsen | wachtend: true
	// wachtend sinds 2026-03-02
}

func ExampleHistory_AddMutatie() {
	var h waitstatus.History
	line, _ := h.AddLine(exampleToewijzing())
	// A MUT19 without an admission: there is no current AW35 (TR069).
	_, err := h.AddMutatie(line, waitstatus.Mutatie{Code: waitstatus.MUT19, Datum: calendar.MustDate("2026-03-02"),
		Begindatum: calendar.MustDate("2026-02-10"), Leveringsstatus: waitstatus.EindeZorgvraag, Leveringsvorm: allocation.Verblijf},
		exampleCtx("2026-03-03"))
	fmt.Println(allocation.AsViolations(err).Rules(), "events:", len(h.Events(line)))
	// Output: [TR069] events: 0
}

func ExampleHistory_AddMAZ() {
	var h waitstatus.History
	line, _ := h.AddLine(exampleToewijzing())
	s, err := h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-02-10")}, exampleCtx("2026-02-11"))
	fmt.Println(s.Leveringsstatus, err)
	// Output: In zorg <nil>
}

func ExampleHistory_AddAAT() {
	h := exampleHistory()
	err := h.AddAAT(0, allocation.Overbrugging, exampleCtx("2026-03-03"))
	ev := h.Events(0)
	fmt.Println(err, ev[len(ev)-1].Kind, ev[len(ev)-1].State.Leveringsstatus)
	// Output: <nil> AAT Urgent plaatsen
}

func ExampleHistory_AddIntrekking() {
	h := exampleHistory()
	reden, _ := allocation.ParseRedenIntrekking("7") // andere aanbieder heeft de cliënt in zorg genomen
	err := h.AddIntrekking(0, calendar.MustDate("2026-03-15"), reden, exampleCtx("2026-03-16"))
	fmt.Println(err, status(h.WachtstatusOn(calendar.MustDate("2026-03-15")).Leveringsstatus), "|", status(h.WachtstatusOn(calendar.MustDate("2026-03-16")).Leveringsstatus))
	// Output: <nil> Urgent plaatsen | geen status
}

func ExampleHistory_AddEinde() {
	h := exampleHistory()
	// The zorgkantoor ends the line on 2026-03-31 without withdrawing it
	// (a new line of the same key takes over from 2026-04-01).
	err := h.AddEinde(0, calendar.MustDate("2026-03-31"), exampleCtx("2026-03-20"))
	dh31, _ := h.RolesOn(calendar.MustDate("2026-03-31"))
	dh01, _ := h.RolesOn(calendar.MustDate("2026-04-01"))
	fmt.Println(err, "| dossierhouder on 31 March:", dh31, "| on 1 April:", dh01.IsZero())
	// Moving the end back is refused.
	fmt.Println(h.AddEinde(0, calendar.MustDate("2026-04-30"), exampleCtx("2026-04-20")) != nil)
	// Output:
	// <nil> | dossierhouder on 31 March: 12345678 | on 1 April: true
	// true
}

func ExampleHistory_StateOn() {
	h := exampleHistory()
	fmt.Println(h.Lines(), h.StateOn(0, calendar.MustDate("2026-02-20")).Leveringsstatus)
	// Output: 1 In zorg
}

func ExampleHistory_RolesOn() {
	h := exampleHistory()
	dh, czt := h.RolesOn(calendar.MustDate("2026-03-05"))
	fmt.Println("dossierhouder", dh, "| czt", czt.IsZero())
	// Output: dossierhouder 12345678 | czt true
}

func ExampleHistory_DaysInStatus() {
	h := exampleHistory()
	t, _ := h.DaysInStatus(calendar.MustDate("2026-02-02"), calendar.MustDate("2026-03-31"))
	fmt.Println("geen", t.Status[0], "| in zorg", t.Status[waitstatus.InZorg], "| urgent", t.Status[waitstatus.UrgentPlaatsen])
	// Output: geen 8 | in zorg 20 | urgent 30
}

func ExampleSummariseHistories() {
	out, _ := waitstatus.SummariseHistories([]waitstatus.History{*exampleHistory()}, calendar.MustDate("2026-03-31"), nil)
	fmt.Println(out[0].Leveringsstatus, out[0].Wachtend, out[0].Days.Status[waitstatus.UrgentPlaatsen])
	// Output: Urgent plaatsen true 30
}

func ExampleBatchErrors() {
	d := calendar.MustDate
	out, err := waitstatus.Summarise([]waitstatus.BatchEvent{
		{Client: 1, Datum: d("2026-03-02"), Leveringsstatus: waitstatus.InZorg},
		{Client: 2, Leveringsstatus: waitstatus.InZorg}, // no date: client 2 is skipped
		{Client: 3, Datum: d("2026-03-01"), Leveringsstatus: waitstatus.InZorg},
	}, d("2026-03-31"), nil)
	for _, c := range err.(waitstatus.BatchErrors) {
		fmt.Println("overgeslagen", c.Client, c.Violations.Rules())
	}
	fmt.Println("samenvattingen", len(out))
	// Output:
	// overgeslagen 2 [missing]
	// samenvattingen 2
}

func ExampleState_Closed() {
	s := waitstatus.State{MAZ: calendar.MustDate("2026-02-10"), Einddatum: calendar.MustDate("2026-03-02"),
		Gezonden: waitstatus.MutatieSet(0).With(waitstatus.MUT19)}
	fmt.Println(s.Closed())
	// Output: true
}

func ExampleEventKind_String() {
	fmt.Println(waitstatus.EventMAZ, waitstatus.EventMUT, waitstatus.EventAAT, waitstatus.EventIntrekking, waitstatus.EventEinde)
	// Output: MAZ MUT AAT intrekking einde
}

func ExampleHistory_AddFunctieLine() {
	var h waitstatus.History
	line, _ := h.AddFunctieLine(fixtureFunctie(&testing.T{})) // PV under VZ2013 from 2014-01-06
	s, err := h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2014-01-06"), Akkoord: true}, exampleCtx("2014-01-07"))
	fmt.Println(s.Leveringsstatus.NameOn(calendar.MustDate("2014-01-06")), err)
	// Output: Slapend wachtend <nil>
}

func ExampleHistory_LineDaysInStatus() {
	h := exampleHistory()
	t, _ := h.LineDaysInStatus(0, calendar.MustDate("2026-02-01"), calendar.MustDate("2026-03-31"))
	fmt.Println("geen", t.Status[0], "| in zorg", t.Status[waitstatus.InZorg], "| urgent", t.Status[waitstatus.UrgentPlaatsen])
	// Output: geen 9 | in zorg 20 | urgent 30
}
