package main

import (
	"fmt"
	"io"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// stepZorgkantoor shows the zorgkantoor's side of step 5 (from iWlz 2.2,
// whose Informatiemodel the reactions follow): the AAT the dossierhouder
// sends, validated; the toewijzing that comes back and who receives it;
// and the wachtlijst on a day in the past, from the client's history.
func stepZorgkantoor(w io.Writer, c *client) error {
	if !messages(c.ontvangst) {
		return nil
	}
	nl := c.nl
	known, sent, err := c.wachtDagen()
	if err != nil {
		return err
	}
	ours, err := allocation.ParseAGBCode(aanbieder)
	if err != nil {
		return err
	}
	thuis, err := allocation.ParseAGBCode(andere)
	if err != nil {
		return err
	}
	pct, err := allocation.NewPercentage(100)
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "== 12. De kant van het zorgkantoor ==")
	fmt.Fprintf(w, "a) Met de MUT18 van %s vraagt de dossierhouder overbrugging aan: MPT bij %s vanaf %s (AAT)\n", sent, andere, known)
	spec := waitstatus.AanvraagSpec{
		Besluitnummer: c.indicatie.Besluitnummer(), Afgiftedatum: c.indicatie.Afgiftedatum(), Instelling: ours,
		ZZP: c.toewijzing.ZZP(), Leveringsvorm: allocation.MPT, CoordinatorZorgThuis: thuis,
		Doelmatig: allocation.Ja, Verantwoord: allocation.Ja,
		Instellingen: []waitstatus.AanvraagInstelling{{Instelling: thuis, Soort: allocation.Overbrugging, Ingangsdatum: known, Percentage: pct}},
	}
	set, err := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{c.toewijzing}, nil)
	if err != nil {
		return err
	}
	if _, err := waitstatus.NewAanvraag(spec, waitstatus.AanvraagContext{
		Dagtekening: sent, Toewijzingen: &set, Mutaties: []waitstatus.Mutatiecode{waitstatus.MUT18},
	}); err != nil {
		return err
	}
	fmt.Fprintln(w, "  NewAanvraag: geldig; de afzender is dossierhouder op het besluit [iWlz TR107], MPT met coördinator zorg thuis, doelmatig en verantwoord [CD050, CD074]")

	verwerkt, err := nl.AddWerkdagen(sent, 1)
	if err != nil {
		return err
	}
	tijd, err := allocation.ParseTijd("09:30:00")
	if err != nil {
		return err
	}
	r, err := waitstatus.ReactieAAT(c.indicatie, []allocation.ToewijzingSpec{c.toewijzing.Spec()}, waitstatus.AATInvoer{
		Verwerking: waitstatus.Verwerking{Zorgkantoor: 5501, Ontvangen: sent, Toewijzingsdatum: verwerkt, Toewijzingstijd: tijd, Calendar: nl},
		Regels: []waitstatus.AATRegel{{
			ZZP: c.toewijzing.ZZP(), Leveringsvorm: allocation.MPT, Soort: allocation.Overbrugging,
			Instelling: thuis, Percentage: pct, Ingangsdatum: known,
		}},
		CoordinatorZorgThuis: thuis, Aanvrager: ours, MetUitloop: true,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "b) Het zorgkantoor wijst toe op %s %s (AW33 uiterlijk %s), aan %v, het hele beeld [iWlz-IM 2.2 OP037, OP087]:\n", verwerkt, tijd, r.Uiterlijk, r.Ontvangers)
	for _, l := range r.Regels {
		t := l.Toewijzing
		fmt.Fprintf(w, "  %-11s %s %s %s %s %s t/m %s\n", l.Wijziging, t.ZZP.Label(), t.Leveringsvorm, t.Soort, t.Instelling, t.Ingangsdatum, dateOrOpen(t.Einddatum))
	}

	// The history of the toewijzing, and the wachtlijst looked back on.
	var h waitstatus.History
	i, err := h.AddLine(c.toewijzing)
	if err != nil {
		return err
	}
	wachtend, cls := waitstatus.ActiefPlaatsen, waitstatus.Classificatie(9)
	if _, err := h.AddMutatie(i, waitstatus.Mutatie{
		Code: waitstatus.MUT18, Datum: known, Leveringsstatus: wachtend, Classificatie: cls,
		Leveringsvorm: allocation.Verblijf, MetAAT: true, AATSoort: allocation.Overbrugging, BudgetOverschreden: true,
	}, waitstatus.Context{Dagtekening: sent, Calendar: nl}); err != nil {
		return err
	}
	opname := known.AddDays(42)
	if _, err := h.AddMAZ(i, waitstatus.MAZMelding{Begindatum: opname}, waitstatus.Context{Dagtekening: opname}); err != nil {
		return err
	}
	for _, d := range []calendar.Date{known.AddDays(-1), known.AddDays(14), opname} {
		ws := h.WachtstatusOn(d)
		status := ws.Leveringsstatus.NameOn(d)
		if ws.Leveringsstatus == 0 {
			status = "geen status (toegewezen, nog geen MUT of MAZ)"
		}
		fmt.Fprintf(w, "c) De wachtlijst op %s, teruggekeken na de opname van %s: %s", d, opname, status)
		if ws.Classificatie != 0 {
			fmt.Fprintf(w, " / %s %s", ws.Classificatie.Code(), ws.Classificatie)
		}
		if since := h.WachtendSinds(d); !since.IsZero() {
			fmt.Fprintf(w, ", wachtend sinds %s", since)
		}
		fmt.Fprintln(w)
	}
	tally, err := h.DaysInStatus(known, opname.AddDays(-1))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  dagen in %s van %s t/m %s: %d [iWlz-IM 2.2 OP103]\n", wachtend.NameOn(known), known, opname.AddDays(-1), tally.Status[wachtend])
	return nil
}
