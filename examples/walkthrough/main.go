// Command walkthrough follows a client through the Wlz allocation rules,
// with every date the rules set. It is the library's main demonstration:
//
//	go run ./examples/walkthrough             # toewijzing received on 2026-05-13
//	go run ./examples/walkthrough 2026-12-24  # or on another day (2005-2028)
//
// The output depends only on the date given, so it is stable.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// defaultOntvangst is the day the toewijzing arrives when none is given:
// the Wednesday before Hemelvaartsdag 2026, so the deadlines cross a
// feestdag and a gelijkgestelde dag.
const defaultOntvangst = "2026-05-13"

func main() {
	day := defaultOntvangst
	if len(os.Args) > 1 {
		day = os.Args[1]
	}
	if err := run(os.Stdout, day); err != nil {
		fmt.Fprintln(os.Stderr, "walkthrough:", err)
		os.Exit(2)
	}
}

// run writes the whole journey to w, or nothing when a step fails.
func run(w io.Writer, day string) error {
	ontvangst, err := calendar.ParseDate(day)
	if err != nil {
		return err
	}
	nl, err := calendar.Netherlands()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	c, err := newClient(nl, ontvangst)
	if err != nil {
		return err
	}
	for _, step := range []func(io.Writer, *client) error{stepBericht, stepIndicatie, stepToewijzing, stepInvalid, stepVertaling, stepBerichtFouten} {
		if err := step(&buf, c); err != nil {
			return err
		}
	}
	if err := stepDeadlines(&buf, nl, ontvangst); err != nil {
		return err
	}
	if err := stepJourney(&buf, c); err != nil {
		return err
	}
	if err := stepAW39(&buf, c); err != nil {
		return err
	}
	if err := stepZorgkantoor(&buf, c); err != nil {
		return err
	}
	_, err = buf.WriteTo(w)
	return err
}

// stepDeadlines prints the deadlines that start with the toewijzing.
func stepDeadlines(w io.Writer, nl *calendar.Calendar, ontvangst calendar.Date) error {
	fmt.Fprintf(w, "== 4. Termijnen vanaf de ontvangst op %s %s ==\n", weekdag(ontvangst), ontvangst)
	fmt.Fprintf(w, "Werkdagen: Algemene termijnenwet art. 3 (data %s, geldig t/m %s)\n\n", calendar.DataVersion, nl.ValidThrough())

	next := ontvangst.AddDays(21)
	if next.After(nl.ValidThrough()) {
		next = nl.ValidThrough()
	}
	if hs, err := holidaysBetween(nl, ontvangst, next); err != nil {
		return err
	} else if len(hs) > 0 {
		fmt.Fprintln(w, "Vrije dagen in de komende drie weken:")
		for _, h := range hs {
			fmt.Fprintf(w, "  %s %s  %s  (%s)\n", weekdag(h.Date), h.Date, h.Name, h.Source)
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w, "Termijnen die met de ontvangst van de toewijzing beginnen (die dag telt niet mee):")
	for _, id := range []calendar.TermID{
		calendar.TermRetourbericht,         // the AW34 return message
		calendar.TermContactClient,         // first contact with the client
		calendar.TermMutatie,               // the leveringsstatus as a MUT
		calendar.TermOverbruggingAanvraag,  // overbrugging when the client must wait
		calendar.TermMutatieStatusOnbekend, // when the status cannot be set yet
		calendar.TermOverbruggingAanvraagStatusOnbekend,
	} {
		if err := printTerm(w, nl, ontvangst, id); err != nil {
			return err
		}
	}
	return nil
}

// printTerm prints one catalogue term's deadline for the event day.
func printTerm(w io.Writer, nl *calendar.Calendar, event calendar.Date, id calendar.TermID) error {
	t, err := calendar.LookupTerm(id)
	if err != nil {
		return err
	}
	due, err := nl.DeadlineOf(event, id, 0)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  uiterlijk %s %s  %s: %s\n", weekdag(due), due, t.Actor, t.Omschrijving)
	fmt.Fprintf(w, "                           %s %s %s  [%s]\n", t.Termijn, t.Richting, t.Event, t.Source)
	return nil
}

// holidaysBetween lists the free days after from up to and including to.
func holidaysBetween(nl *calendar.Calendar, from, to calendar.Date) ([]calendar.Holiday, error) {
	var out []calendar.Holiday
	for y := from.Year(); y <= to.Year(); y++ {
		hs, err := nl.Holidays(y)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			if h.Date.After(from) && !h.Date.After(to) {
				out = append(out, h)
			}
		}
	}
	return out, nil
}

var weekdagen = [...]string{"zo", "ma", "di", "wo", "do", "vr", "za"}

func weekdag(d calendar.Date) string { return weekdagen[d.Weekday()] }
