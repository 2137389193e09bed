package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

func ExampleNewDate() {
	d, err := calendar.NewDate(2026, time.May, 19)
	fmt.Println(d, err)
	_, err = calendar.NewDate(2025, time.February, 30)
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	// Output:
	// 2026-05-19 <nil>
	// true
}

func ExampleParseDate() {
	d, err := calendar.ParseDate("2026-05-19")
	fmt.Println(d, d.Weekday(), err)
	_, err = calendar.ParseDate("19-05-2026")
	fmt.Println(err)
	// Output:
	// 2026-05-19 Tuesday <nil>
	// calendar: "19-05-2026" is not a date of the form YYYY-MM-DD
}

func ExampleMustDate() {
	// MustDate is for literals in tables and tests.
	fmt.Println(calendar.MustDate("2026-01-02").Weekday())
	// Output: Friday
}

func ExampleFromTime() {
	amsterdam := time.FixedZone("CEST", 2*60*60)
	t := time.Date(2026, time.March, 31, 0, 30, 0, 0, amsterdam) // 30 March in UTC
	fmt.Println(calendar.FromTime(t))
	// Output: 2026-03-31
}

func ExampleDate_Time() {
	fmt.Println(calendar.MustDate("2026-05-19").Time(nil))
	// Output: 2026-05-19 00:00:00 +0000 UTC
}

func ExampleDate_IsZero() {
	var einddatum calendar.Date // absent: an open end
	fmt.Println(einddatum.IsZero(), einddatum.String() == "")
	// Output: true true
}

func ExampleDate_Year() {
	d := calendar.MustDate("2026-05-19")
	fmt.Println(d.Year(), d.Month(), d.Day())
	// Output: 2026 May 19
}

func ExampleDate_Weekday() {
	fmt.Println(calendar.MustDate("2007-12-27").Weekday())
	// Output: Thursday
}

func ExampleDate_AddDays() {
	fmt.Println(calendar.MustDate("2026-03-10").AddDays(-14))
	// Output: 2026-02-24
}

func ExampleDate_AddMonths() {
	// 31 januari + 1 maand is the last day of februari, not 3 maart.
	fmt.Println(calendar.MustDate("2026-01-31").AddMonths(1))
	fmt.Println(calendar.MustDate("2028-01-31").AddMonths(1))
	// Output:
	// 2026-02-28
	// 2028-02-29
}

func ExampleDate_DaysUntil() {
	fmt.Println(calendar.MustDate("2026-01-01").DaysUntil(calendar.MustDate("2026-12-31")))
	// Output: 364
}

func ExampleDate_Compare() {
	a, b := calendar.MustDate("2026-05-13"), calendar.MustDate("2026-05-19")
	fmt.Println(a.Compare(b), a.Before(b), a.After(b), a.Equal(b))
	// Output: -1 true false false
}

func ExampleDate_MarshalText() {
	type toewijzing struct {
		Ingangsdatum calendar.Date `json:"ingangsdatum"`
		Einddatum    calendar.Date `json:"einddatum"`
	}
	b, _ := json.Marshal(toewijzing{Ingangsdatum: calendar.MustDate("2026-06-01")})
	fmt.Println(string(b))
	var back toewijzing
	err := json.Unmarshal([]byte(`{"ingangsdatum":"2026-06-01","einddatum":"2026-02-30"}`), &back)
	fmt.Println(err)
	// Output:
	// {"ingangsdatum":"2026-06-01","einddatum":""}
	// calendar: "2026-02-30" is not an existing date (year 1-9999, month 1-12, day within the month)
}

func ExampleDate_AppendText() {
	b, _ := calendar.MustDate("2026-05-19").AppendText([]byte("mutatiedatum="))
	fmt.Println(string(b))
	// Output: mutatiedatum=2026-05-19
}

func ExampleNewPeriod() {
	p, _ := calendar.NewPeriod(calendar.MustDate("2026-01-01"), calendar.MustDate("2026-12-31"))
	n, _ := p.Days()
	fmt.Println(p, n, p.Contains(calendar.MustDate("2026-12-31")))
	_, err := calendar.NewPeriod(calendar.MustDate("2026-02-01"), calendar.MustDate("2026-01-31"))
	fmt.Println(calendar.Code(err))
	// Output:
	// 2026-01-01/2026-12-31 365 true
	// CS003
}

func ExampleOpenPeriod() {
	p, _ := calendar.OpenPeriod(calendar.MustDate("2026-06-01"))
	fmt.Println(p, p.IsOpen(), p.Contains(calendar.MustDate("2040-01-01")))
	// Output: 2026-06-01/ true true
}

func ExamplePeriod_Intersect() {
	a, _ := calendar.NewPeriod(calendar.MustDate("2026-01-01"), calendar.MustDate("2026-01-31"))
	b, _ := calendar.OpenPeriod(calendar.MustDate("2026-01-31"))
	x, ok := a.Intersect(b)
	fmt.Println(x, ok, a.Overlaps(b), a.ContainsPeriod(x))
	// Output: 2026-01-31/2026-01-31 true true true
}

func ExampleNetherlands() {
	nl, err := calendar.Netherlands()
	if err != nil {
		panic(err)
	}
	n, _ := nl.WerkdagenTussen(calendar.MustDate("2025-12-31"), calendar.MustDate("2026-12-31"))
	fmt.Println("werkdagen in 2026:", n)
	fmt.Println("data valid through", nl.ValidThrough())
	// Output:
	// werkdagen in 2026: 251
	// data valid through 2028-12-31
}

func ExampleCalendar_IsWerkdag() {
	nl, _ := calendar.Netherlands()
	for _, s := range []string{"2010-04-30", "2010-05-14", "2010-04-27", "2029-01-02"} {
		ok, err := nl.IsWerkdag(calendar.MustDate(s))
		fmt.Printf("%s %v %q\n", s, ok, calendar.Code(err))
	}
	// Output:
	// 2010-04-30 false ""
	// 2010-05-14 false ""
	// 2010-04-27 true ""
	// 2029-01-02 false "out-of-range"
}

func ExampleCalendar_AddWerkdagen() {
	nl, _ := calendar.Netherlands()
	// Hemelvaartsdag 14 May 2026 and the gelijkgestelde Friday 15 May.
	d, _ := nl.AddWerkdagen(calendar.MustDate("2026-05-13"), 2)
	fmt.Println(d)
	d, _ = nl.AddWerkdagen(calendar.MustDate("2026-05-19"), -2)
	fmt.Println(d)
	// Output:
	// 2026-05-19
	// 2026-05-13
}

func ExampleCalendar_WerkdagenTussen() {
	nl, _ := calendar.Netherlands()
	n, _ := nl.WerkdagenTussen(calendar.MustDate("2026-05-13"), calendar.MustDate("2026-05-19"))
	back, _ := nl.WerkdagenTussen(calendar.MustDate("2026-05-19"), calendar.MustDate("2026-05-13"))
	fmt.Println(n, back)
	// Output: 2 -2
}

func ExampleCalendar_Holidays() {
	nl, _ := calendar.Netherlands()
	hs, _ := nl.Holidays(2026)
	for _, h := range hs {
		fmt.Println(h.Date, h.Date.Weekday(), h.Name, "|", h.Source)
	}
	// Output:
	// 2026-01-01 Thursday Nieuwjaarsdag | Atw art. 3 lid 1
	// 2026-01-02 Friday Gelijkgestelde dag | Atw art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 (Stcrt. 2025, 24713), art. 1
	// 2026-04-03 Friday Goede Vrijdag | Atw art. 3 lid 2
	// 2026-04-06 Monday Tweede Paasdag | Atw art. 3 lid 1
	// 2026-04-27 Monday Koningsdag | Atw art. 3 lid 1; KB 30-01-2013 nr. 13.000173 (BWBR0032908)
	// 2026-05-05 Tuesday Bevrijdingsdag | Atw art. 3 lid 1
	// 2026-05-14 Thursday Hemelvaartsdag | Atw art. 3 lid 1
	// 2026-05-15 Friday Gelijkgestelde dag | Atw art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 (Stcrt. 2025, 24713), art. 1
	// 2026-05-25 Monday Tweede Pinksterdag | Atw art. 3 lid 1
	// 2026-12-25 Friday Eerste Kerstdag | Atw art. 3 lid 1
	// 2026-12-26 Saturday Tweede Kerstdag | Atw art. 3 lid 1
}

func ExampleCalendar_Holiday() {
	nl, _ := calendar.Netherlands()
	hs, _ := nl.Holiday(calendar.MustDate("2025-04-26"))
	fmt.Println(hs[0].Name, hs[0].Category)
	// Output: Koningsdag atw-lid1
}

func ExampleCalendar_With() {
	nl, _ := calendar.Netherlands()
	org, _ := nl.With(calendar.BevrijdingsdagLustrum(), calendar.WithSluitingsdagen(calendar.MustDate("2026-12-24")))
	for _, c := range []*calendar.Calendar{nl, org} {
		a, _ := c.IsWerkdag(calendar.MustDate("2026-05-05"))
		b, _ := c.IsWerkdag(calendar.MustDate("2026-12-24"))
		fmt.Println(a, b, c.Options())
	}
	// Output:
	// false true []
	// true false [BevrijdingsdagLustrum WithSluitingsdagen(2026-12-24)]
}

func ExampleBevrijdingsdagLustrum() {
	cao, _ := calendar.Netherlands(calendar.BevrijdingsdagLustrum())
	w2025, _ := cao.IsWerkdag(calendar.MustDate("2025-05-05"))
	w2026, _ := cao.IsWerkdag(calendar.MustDate("2026-05-05"))
	fmt.Println(w2025, w2026)
	// Output: false true
}

func ExampleWithoutGoedeVrijdag() {
	c, _ := calendar.Netherlands(calendar.WithoutGoedeVrijdag())
	ok, _ := c.IsWerkdag(calendar.MustDate("2026-04-03"))
	fmt.Println(ok)
	// Output: true
}

func ExampleWithoutGelijkgesteldeDagen() {
	c, _ := calendar.Netherlands(calendar.WithoutGelijkgesteldeDagen())
	d, _ := c.AddWerkdagen(calendar.MustDate("2026-05-13"), 2)
	fmt.Println(d)
	// Output: 2026-05-18
}

func ExampleWithSluitingsdagen() {
	c, _ := calendar.Netherlands(calendar.WithSluitingsdagen(calendar.MustDate("2026-07-20")))
	n, _ := c.WerkdagenTussen(calendar.MustDate("2025-12-31"), calendar.MustDate("2026-12-31"))
	fmt.Println(n)
	_, err := calendar.Netherlands(calendar.WithSluitingsdagen(calendar.MustDate("2030-01-02")))
	fmt.Println(errors.Is(err, calendar.ErrOutOfRange))
	// Output:
	// 250
	// true
}

func ExampleCalendar_Deadline() {
	nl, _ := calendar.Netherlands()
	// "Binnen 5 werkdagen na" a Thursday before Christmas 2026.
	d, _ := nl.Deadline(calendar.MustDate("2026-12-24"), calendar.Termijn{N: 5, Unit: calendar.Werkdagen})
	fmt.Println(d)
	d, _ = nl.Deadline(calendar.MustDate("2026-01-31"), calendar.Termijn{N: 3, Unit: calendar.Maanden})
	fmt.Println(d)
	// Output:
	// 2027-01-04
	// 2026-04-30
}

func ExampleApplyAtw() {
	nl, _ := calendar.Netherlands()
	three := calendar.Termijn{N: 3, Unit: calendar.Kalenderdagen}
	contract, _ := nl.Deadline(calendar.MustDate("2026-05-13"), three)
	statutory, _ := nl.Deadline(calendar.MustDate("2026-05-13"), three, calendar.ApplyAtw())
	fmt.Println(contract, statutory)
	// Output: 2026-05-16 2026-05-19
}

func ExampleTerms() {
	for _, t := range calendar.Terms()[:3] {
		fmt.Printf("%s: %s %s %s (%s)\n", t.ID, t.Termijn, t.Richting, t.Event, t.Source)
	}
	// Output:
	// contact-client: 2 werkdagen na ontvangst van de zorgtoewijzing (VZ2013 4.2 punt 1)
	// overbrugging-aanvraag: 5 werkdagen na toewijzingsdatum van de ZZP-toewijzing (VZ2013 4.4.1; iWlz-IM 2.2 OP182)
	// overbrugging-aanvraag-status-onbekend: 10 werkdagen na toewijzingsdatum van de ZZP-toewijzing (iWlz-IM 2.2 OP182)
}

func ExampleLookupTerm() {
	t, _ := calendar.LookupTerm(calendar.TermOverbruggingMetUitloop)
	fmt.Println(t.Termijn, "+", t.MaxVerlengingen, "x", t.Verlenging, "|", t.Source)
	// Output: 3 maanden + 1 x 3 maanden | VZ2013 4.4.2
}

func ExampleCalendar_DeadlineOf() {
	nl, _ := calendar.Netherlands()
	// The second overbrugging term may be requested 2 maanden after the
	// first starts (iWlz OP183): a date, not a looptijd.
	vanaf, _ := nl.DeadlineOf(calendar.MustDate("2026-01-31"), calendar.TermOverbruggingTweedeTermijn, 0)
	fmt.Println(vanaf)
	// A looptijd has no deadline.
	_, err := nl.DeadlineOf(calendar.MustDate("2026-01-31"), calendar.TermOverbruggingMetUitloop, 0)
	fmt.Println(err)
	// Output:
	// 2026-03-31
	// calendar: termijn "overbrugging-met-uitloop": a looptijd has no deadline: its end is its last covered day (LastDayOf)
}

func ExampleCalendar_LastDay() {
	nl, _ := calendar.Netherlands()
	drie := calendar.Termijn{N: 3, Unit: calendar.Maanden}
	a, _ := nl.LastDay(calendar.MustDate("2016-01-01"), drie)
	b, _ := nl.LastDay(calendar.MustDate("2015-11-30"), drie) // 30 februari does not exist
	fmt.Println(a, b)
	// Output: 2016-03-31 2016-02-29
}

func ExampleCalendar_LastDayOf() {
	nl, _ := calendar.Netherlands()
	start := calendar.MustDate("2015-11-30")
	end, _ := nl.LastDayOf(start, calendar.TermOverbruggingMetUitloop, 0)
	// The extension begins the day after end: 2016-03-01 + 3 maanden.
	extended, _ := nl.LastDayOf(start, calendar.TermOverbruggingMetUitloop, 1)
	_, err := nl.LastDayOf(start, calendar.TermOverbruggingMetUitloop, 2)
	fmt.Println(end, extended)
	fmt.Println(err)
	// Output:
	// 2016-02-29 2016-05-31
	// calendar: termijn "overbrugging-met-uitloop": at most 1 verlenging(en) allowed, asked 2
}

func ExampleCalendar_TermLastDay() {
	nl, _ := calendar.Netherlands()
	transfer, _ := calendar.LookupTerm(calendar.TermTransfer)
	for _, start := range []string{"2026-01-31", "2026-08-31"} {
		end, _ := nl.TermLastDay(calendar.MustDate(start), transfer, 0)
		fmt.Println(start, "t/m", end)
	}
	// Output:
	// 2026-01-31 t/m 2026-05-30
	// 2026-08-31 t/m 2026-12-30
}

func ExampleTermSoort() {
	for _, id := range []calendar.TermID{calendar.TermOverbruggingAanvraag, calendar.TermPTZZonderVerblijf} {
		t, _ := calendar.LookupTerm(id)
		fmt.Println(t.ID, t.Termijn, t.Soort)
	}
	// Output:
	// overbrugging-aanvraag 5 werkdagen uiterste datum
	// ptz-zonder-verblijf 3 maanden looptijd
}

func ExampleCode() {
	_, err := calendar.ParseDate("2026-13-01")
	fmt.Println(calendar.Code(err))
	// Output: invalid-date
}

func ExampleTermijn_String() {
	fmt.Println(calendar.Termijn{N: 1, Unit: calendar.Werkdagen}, "/", calendar.Termijn{N: 6, Unit: calendar.Weken})
	// Output: 1 werkdag / 6 weken
}

func ExampleUnit_UnmarshalText() {
	var u calendar.Unit
	err := u.UnmarshalText([]byte("maanden"))
	fmt.Println(u, err)
	// Output: maanden <nil>
}

func ExampleDate_UnmarshalText() {
	var d calendar.Date
	err := d.UnmarshalText([]byte("2026-05-19"))
	fmt.Println(d, err)
	err = d.UnmarshalText(nil) // empty: absent
	fmt.Println(d.IsZero(), err)
	// Output:
	// 2026-05-19 <nil>
	// true <nil>
}

func ExamplePeriod_Days() {
	p, _ := calendar.NewPeriod(calendar.MustDate("2028-02-01"), calendar.MustDate("2028-02-29"))
	n, ok := p.Days()
	fmt.Println(p.Start(), p.End(), n, ok)
	open, _ := calendar.OpenPeriod(calendar.MustDate("2028-02-01"))
	_, ok = open.Days()
	fmt.Println(open.End().IsZero(), ok)
	// Output:
	// 2028-02-01 2028-02-29 29 true
	// true false
}

func ExamplePeriod_UnmarshalText() {
	var p calendar.Period
	fmt.Println(p.UnmarshalText([]byte("2026-01-01/")), p, p.IsOpen())
	fmt.Println(calendar.Code(p.UnmarshalText([]byte("2026-02-01/2026-01-31"))))
	// Output:
	// <nil> 2026-01-01/ true
	// CS003
}

func ExampleCalendar_ValidFrom() {
	nl, _ := calendar.Netherlands()
	fmt.Println(nl.ValidFrom(), nl.ValidThrough(), calendar.DataVersion)
	// Output: 2005-01-01 2028-12-31 atw-2005-2028/2025-24713
}
