package main

import (
	"fmt"
	"io"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
)

// stepLogeren follows a second client: an indicatie for kortdurend verblijf
// (VBKD, KE1) who logeert one weekend a month, and the messages werkwijze A
// asks for, each with its deadline.
func stepLogeren(w io.Writer, c *client) error {
	situatie := kortverblijf.Situatie{Indicatiesoort: kortverblijf.IndicatieVBKD, PerJaar: 24, Regelmatig: true, Afgiftedatum: c.afgifte}
	ww, err := kortverblijf.Kies(situatie)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== 10. Een andere cliënt logeert één weekend per maand: werkwijze %s [%s] ==\n", ww.ID, ww.Source)
	fmt.Fprintf(w, "  %s\n", ww.Instructie)
	// The first Saturday of each of the next four months, Saturday and Sunday.
	var stays []calendar.Period
	for m := 1; m <= 4; m++ {
		first, err := calendar.NewDate(c.ontvangst.AddMonths(m).Year(), c.ontvangst.AddMonths(m).Month(), 1)
		if err != nil {
			return err
		}
		sat := first.AddDays((int(time.Saturday) - int(first.Weekday()) + 7) % 7)
		p, err := calendar.NewPeriod(sat, sat.AddDays(1))
		if err != nil {
			return err
		}
		stays = append(stays, p)
	}
	berichten, err := kortverblijf.SchemaA(stays, false)
	if err != nil {
		return err
	}
	for _, b := range berichten {
		due, err := c.nl.DeadlineOf(b.Datum, calendar.TermMutatie, 0)
		if err != nil {
			return err
		}
		klasse := ""
		if b.Klasse != 0 {
			klasse = " klasse " + b.Klasse.Code()
		}
		fmt.Fprintf(w, "  %-5s %s %s%s, uiterlijk insturen %s %s\n", b.Soort, weekdag(b.Datum), b.Datum, klasse, weekdag(due), due)
	}
	fmt.Fprintln(w, "  (na de laatste logeerperiode komt de cliënt niet meer terug: MUT19 in plaats van MUT20)")
	return nil
}
