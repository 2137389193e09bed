package main

import (
	"fmt"
	"io"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// exampleTariffs are the walkthrough's tariffs per hour (per dagdeel for
// BG-GRP, per etmaal for VBKD). They are examples: a host supplies the real
// NZa or contract tariffs of the year.
var exampleTariffs = map[allocation.Functie]string{
	allocation.FunctiePV: "50,00", allocation.FunctieVP: "70,00", allocation.FunctieBGIND: "55,00",
	allocation.FunctieBGGRP: "60,00", allocation.FunctieVBTYD: "150,00",
}

// stepOverbrugging shows the waiting client's overbrugging: the budget
// regulier and met uitloop, the dates of its periods, and one arrangement
// that is refused with its reasons.
func stepOverbrugging(w io.Writer, c *client, aanvraag calendar.Date) error {
	per := map[allocation.Functie]allocation.Bedrag{}
	for f, s := range exampleTariffs {
		b, err := allocation.ParseBedrag(s)
		if err != nil {
			return err
		}
		per[f] = b
	}
	tt, err := overbrugging.NewTarieven(aanvraag.Year(), per)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== 5a. Het overbruggingsbudget van %s (voorbeeldtarieven: PV 50, VP 70, BGI 55 per uur) ==\n", c.toewijzing.ZZP().Label())
	var regulier overbrugging.Budget
	for _, m := range []overbrugging.Methode{overbrugging.MethodeRegulier, overbrugging.MethodeMetUitloop} {
		b, err := overbrugging.WeekBudget(c.toewijzing.ZZP(), false, m, nil, tt)
		if err != nil {
			return err
		}
		if m == overbrugging.MethodeRegulier {
			regulier = b
		}
		fmt.Fprintf(w, "  %-11s", m)
		for _, r := range b.Regels {
			fmt.Fprintf(w, " %s %s: %s u;", r.Functie.Code(), r.Klasse.Code(), r.Uren)
		}
		fmt.Fprintf(w, " per week € %s  [VZ2013 4.4.1/4.4.2, Bijlage F; %s]\n", b.Totaal, b.Tabel)
	}

	req, err := calendar.OpenPeriod(aanvraag)
	if err != nil {
		return err
	}
	uiterlijk, err := overbrugging.CheckRegulier(overbrugging.RegulierVoor(c.indicatie, c.toewijzing, aanvraag, req), c.nl)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  regulier: aangevraagd %s, uiterlijk %s mocht [VZ2013 4.4.1; OP182], voor de looptijd van het besluit\n", aanvraag, uiterlijk)
	uitloopEnd, err := c.nl.LastDayOf(aanvraag, calendar.TermOverbruggingMetUitloop, 0)
	if err != nil {
		return err
	}
	p, err := calendar.NewPeriod(aanvraag, uitloopEnd)
	if err != nil {
		return err
	}
	u, err := overbrugging.CheckMetUitloop(overbrugging.UitloopAanvraag{Periode: p, OpnameBinnen3Maanden: true, Verlengingen: 1}, c.nl)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  met uitloop: %s t/m %s, met de ene verlenging uiterlijk %s; daarna regulier vanaf %s [VZ2013 4.4.2]\n",
		aanvraag, uitloopEnd, u.Uiterlijk, u.DaarnaRegulierVanaf)
	contact, err := waitstatus.ContactDeadline(aanvraag, calendar.Date{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  de dossierhouder spreekt de wachtende cliënt tijdens de overbrugging uiterlijk %s weer (minimaal 2x per jaar) [ZZ-brochure-verwijzers; VZ2013 5.2 punt 4]\n", contact)
	tweede, err := c.nl.DeadlineOf(aanvraag, calendar.TermOverbruggingTweedeTermijn, 0)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  een tweede termijn wordt aangevraagd vanaf %s [iWlz OP183]\n", tweede)

	a := overbrugging.Arrangement{Soort: overbrugging.ArrangementOverbrugging, Regels: []overbrugging.ArrangementRegel{
		{Functie: allocation.FunctiePV, Klasse: allocation.K5},
		{Functie: allocation.FunctieVP, Klasse: allocation.K2},
		{Functie: allocation.FunctieBGIND, Klasse: allocation.K4, PGB: true},
		{Functie: allocation.FunctieVBTYD, Klasse: allocation.KE1, AparteAanvraag: true},
	}}
	fmt.Fprintln(w, "  een arrangement (PV K5, VP K2 in natura, BGI K4 als PGB, logeren VBKD KE1) wordt geweigerd:")
	_, err = overbrugging.CheckArrangement(a, regulier, tt, c.nl)
	vs := allocation.AsViolations(err)
	if len(vs) == 0 {
		return fmt.Errorf("walkthrough: the refused arrangement was accepted (%v)", err)
	}
	for _, v := range vs {
		fmt.Fprintf(w, "    %s: %s\n", v.Rule, v.Message)
	}
	fmt.Fprintln(w)
	return nil
}
