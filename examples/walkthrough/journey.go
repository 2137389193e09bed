package main

import (
	"fmt"
	"io"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// journey is the client's path after the toewijzing: waiting with
// overbrugging, admission, a stay at home, return, and the end.
type journey struct {
	c     *client
	state waitstatus.State
	w     io.Writer
}

// stepJourney runs the mutations of the client's journey.
func stepJourney(w io.Writer, c *client) error {
	j := &journey{c: c, w: w}
	// The aanbieder has no room: it knows on the 3rd werkdag and reports
	// Actief plaatsen (09 Dreigende crisis thuis) with an AAT for
	// overbrugging that exceeds the ZZP budget (met uitloop).
	known, sent, err := c.wachtDagen()
	if err != nil {
		return err
	}
	// Before 2021 there were no Urgent/Actief plaatsen and no classificaties:
	// the same situation was Actief wachtend, and going home Wens wachtend.
	wachtend, cls := waitstatus.ActiefPlaatsen, waitstatus.Classificatie(9) // 09 Dreigende crisis (thuis)
	thuis, thuisCls := waitstatus.WachtOpVoorkeur, waitstatus.Classificatie(13)
	if !waitstatus.ActiefPlaatsen.ValidOn(known) {
		wachtend, cls, thuisCls = waitstatus.ActiefWachtend, 0, 0
	}
	fmt.Fprintf(w, "== 5. De cliënt wacht: MUT18 %s met overbrugging ==\n", wachtend.NameOn(known))
	if err := j.mutate(waitstatus.Mutatie{
		Code: waitstatus.MUT18, Datum: known, Leveringsstatus: wachtend, Classificatie: cls,
		Leveringsvorm: allocation.Verblijf, MetAAT: true, AATSoort: allocation.Overbrugging, BudgetOverschreden: true,
	}, sent); err != nil {
		return err
	}
	if err := stepOverbrugging(w, c, known); err != nil {
		return err
	}

	opname := known.AddDays(42)
	fmt.Fprintf(w, "== 6. Opname: melding aanvang zorg op %s %s ==\n", weekdag(opname), opname)
	if err := j.maz(opname); err != nil {
		return err
	}

	naarHuis := opname.AddDays(60)
	fmt.Fprintf(w, "== 7. De cliënt gaat een tijd naar huis: MUT20 op %s %s ==\n", weekdag(naarHuis), naarHuis)
	if err := j.mutate(waitstatus.Mutatie{
		Code: waitstatus.MUT20, Datum: naarHuis, Begindatum: opname, Leveringsstatus: thuis,
		Classificatie: thuisCls, Leveringsvorm: allocation.Verblijf,
	}, j.next(naarHuis)); err != nil {
		return err
	}

	terug := naarHuis.AddDays(21)
	fmt.Fprintf(w, "== 8. Terug in de instelling: nieuwe melding aanvang zorg op %s %s ==\n", weekdag(terug), terug)
	if err := j.maz(terug); err != nil {
		return err
	}

	einde := terug.AddDays(90)
	fmt.Fprintf(w, "== 9. Het einde, twee mogelijkheden vanuit dezelfde toestand op %s %s ==\n", weekdag(einde), einde)
	ander, err := allocation.ParseAGBCode(andere)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "a) De cliënt vertrekt: MUT19")
	c.vertrek = waitstatus.Mutatie{
		Code: waitstatus.MUT19, Datum: einde, Begindatum: terug, Leveringsstatus: waitstatus.EindeZorgvraag, Leveringsvorm: allocation.Verblijf,
	}
	c.verzonden = j.next(einde)
	if err := j.try(c.vertrek, c.verzonden); err != nil {
		return err
	}
	fmt.Fprintln(w, "b) De cliënt verhuist naar een andere aanbieder, die aansluitend zorg levert: MUT17")
	if err := j.try(waitstatus.Mutatie{
		Code: waitstatus.MUT17, Datum: einde, Begindatum: terug, Leveringsstatus: waitstatus.EindeZorgvraag,
		Leveringsvorm: allocation.Verblijf, InstellingBestemming: ander, Aansluitend: true,
	}, j.next(einde)); err != nil {
		return err
	}
	return stepLogeren(w, c)
}

// wachtDagen returns the day the aanbieder knows it has no room (the 3rd
// werkdag after the toewijzing arrives) and the day it sends the MUT18
// with the AAT (the next werkdag).
func (c *client) wachtDagen() (known, sent calendar.Date, err error) {
	if known, err = c.nl.AddWerkdagen(c.ontvangst, 3); err != nil {
		return known, sent, err
	}
	sent, err = c.nl.AddWerkdagen(known, 1)
	return known, sent, err
}

// next is the first werkdag after d: the day the aanbieder sends the MUT.
func (j *journey) next(d calendar.Date) calendar.Date {
	n, err := j.c.nl.AddWerkdagen(d, 1)
	if err != nil {
		return d
	}
	return n
}

// mutate applies m, prints the outcome and keeps the new state.
func (j *journey) mutate(m waitstatus.Mutatie, dagtekening calendar.Date) error {
	o, err := j.apply(m, dagtekening)
	if err != nil {
		return err
	}
	j.state = o.State
	return nil
}

// try applies m to the current state without keeping the result.
func (j *journey) try(m waitstatus.Mutatie, dagtekening calendar.Date) error {
	_, err := j.apply(m, dagtekening)
	return err
}

func (j *journey) apply(m waitstatus.Mutatie, dagtekening calendar.Date) (waitstatus.Outcome, error) {
	o, err := waitstatus.Apply(j.c.toewijzing, j.state, m, waitstatus.Context{Dagtekening: dagtekening, Calendar: j.c.nl})
	if err != nil {
		return o, err
	}
	w := j.w
	status := o.State.Leveringsstatus.NameOn(m.Datum)
	if o.State.Classificatie != 0 {
		status += " / " + o.State.Classificatie.Code() + " " + o.State.Classificatie.String()
	}
	fmt.Fprintf(w, "  %s op %s, verstuurd %s (%s)\n", m.Code, m.Datum, dagtekening, o.Release)
	fmt.Fprintf(w, "  leveringsstatus: %s; toewijzing %s", status, effectNL(o.Toewijzing))
	if !o.Einddatum.IsZero() {
		fmt.Fprintf(w, " per %s", o.Einddatum)
	}
	fmt.Fprintf(w, "; dossierhouder %s (%s)\n", o.Dossierhouder, o.Dossierhouder.Source)
	if o.AAT.Soort != 0 {
		fmt.Fprintf(w, "  AAT %s (%s): einddatum %s", o.AAT.Soort, o.AAT.Regel, dateOrOpen(o.AAT.Einddatum))
		if !o.AAT.VerlengdTot.IsZero() {
			fmt.Fprintf(w, ", na de ene verlenging uiterlijk %s", o.AAT.VerlengdTot)
		}
		fmt.Fprintln(w, " [VZ2013 4.4.2, Bijlage D MUT18]")
	}
	fmt.Fprintf(w, "  MUT uiterlijk %s %s [ZK-dossierhouderschap; iWlz-IM 2.2 OP181]%s; zorgkantoor verwerkt uiterlijk %s %s [ZK-dossierhouderschap]\n",
		weekdag(o.MutDeadline), o.MutDeadline, late(o.Late), weekdag(o.ZorgkantoorDeadline), o.ZorgkantoorDeadline)
	ws := waitstatus.Wachtstatus(m.Datum, []waitstatus.Toewijzingstatus{{Toewijzing: j.c.toewijzing, State: o.State}})
	if o.Row != "" {
		fmt.Fprintf(w, "  regel: %s\n", o.Row)
	}
	fmt.Fprintf(w, "  wachtstatus van de cliënt: %s, wachtend: %v\n\n", ws.Leveringsstatus.NameOn(m.Datum), yesNo(ws.Wachtend))
	return o, nil
}

// maz applies a melding aanvang zorg on day d.
func (j *journey) maz(d calendar.Date) error {
	s, err := waitstatus.ApplyMAZ(j.c.toewijzing, j.state, waitstatus.MAZMelding{Begindatum: d}, waitstatus.Context{Dagtekening: d})
	if err != nil {
		return err
	}
	j.state = s
	fmt.Fprintf(j.w, "  leveringsstatus: %s (AW35); de tijd in elke status telt mee (OP103)\n\n", s.Leveringsstatus.NameOn(d))
	return nil
}

func effectNL(e waitstatus.Effect) string {
	switch e {
	case waitstatus.Closed:
		return "gesloten"
	case waitstatus.Withdrawn:
		return "ingetrokken"
	}
	return "blijft"
}

func dateOrOpen(d calendar.Date) string {
	if d.IsZero() {
		return "open (einddatum van het ZZP)"
	}
	return d.String()
}

func late(l bool) string {
	if l {
		return " (te laat)"
	}
	return ""
}

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nee"
}
