package calendar

import "time"

// This file is the werkdag calendar's source data: one row per rule of the
// Algemene termijnenwet (Atw, BWBR0002448) art. 3 and one row per day of
// every gelijkstellingsbesluit under art. 3 lid 3 that covers the years
// 2005-2028. The rows are read by buildHolidays; nothing else holds holiday
// knowledge. Provenance of every row: the text of Atw art. 3 and article 1
// of each besluit (SOURCES.md lists them with their BWB ids), not the
// titles: the 2007 besluit gelijkstelt three days its title omits.

// DataVersion names the state of the holiday data, for hosts that log which
// calendar their deadlines came from. It changes whenever a row changes.
const DataVersion = "atw-2005-2028/2025-24713"

// The covered years: the first and last year for which every
// gelijkstellingsbesluit is known. Before 2005 no besluit text was found;
// after 2028 none has been taken yet.
const (
	coveredFromYear = 2005
	coveredToYear   = 2028
)

// Source strings, cited in every Holiday row.
const (
	srcAtwLid1    = "Atw art. 3 lid 1"
	srcAtwLid2    = "Atw art. 3 lid 2"
	srcKoningin   = "Atw art. 3 lid 1; KB 24-04-1980 nr. 11 (BWBR0031338)"
	srcKoningsdag = "Atw art. 3 lid 1; KB 30-01-2013 nr. 13.000173 (BWBR0032908)"
	srcAtwLid3    = "Atw art. 3 lid 3; "
)

// Besluiten under Atw art. 3 lid 3, as SOURCES.md lists them.
const (
	kb2003 = "Besluit van 26 november 2003, nr. 03.004876 (BWBR0015963)"
	kb2007 = "Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)"
	kb2010 = "Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)"
	kb2013 = "Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)"
	kb2016 = "Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)"
	kb2019 = "Besluit van 20 september 2019 (gelijkstelling 2020-2022)"
	kb2022 = "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025"
	kb2025 = "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 (Stcrt. 2025, 24713)"
)

// Holiday names as the rows carry them.
const (
	NameNieuwjaarsdag     = "Nieuwjaarsdag"
	NameGoedeVrijdag      = "Goede Vrijdag"
	NameTweedePaasdag     = "Tweede Paasdag"
	NameKoninginnedag     = "Koninginnedag"
	NameKoningsdag        = "Koningsdag"
	NameBevrijdingsdag    = "Bevrijdingsdag"
	NameHemelvaartsdag    = "Hemelvaartsdag"
	NameTweedePinksterdag = "Tweede Pinksterdag"
	NameEersteKerstdag    = "Eerste Kerstdag"
	NameTweedeKerstdag    = "Tweede Kerstdag"
	NameGelijkgesteld     = "Gelijkgestelde dag"
	NameSluitingsdag      = "Sluitingsdag"
)

// ruleKind says how a rule finds its day in a year.
type ruleKind uint8

const (
	fixedDay     ruleKind = iota + 1 // month/day every year
	easterOffset                     // Easter Sunday + offset days
)

// holidayRule is one rule of Atw art. 3 lid 1 or lid 2.
type holidayRule struct {
	name     string
	category Category
	source   string
	kind     ruleKind
	month    time.Month
	day      int // fixedDay: day of the month; easterOffset: offset in days
	// sundayToSaturday: when the day falls on a Sunday it is celebrated
	// on the Saturday before (Koninginnedag from 1980, Koningsdag).
	sundayToSaturday bool
	// lustrum marks Bevrijdingsdag, which the BevrijdingsdagLustrum option
	// keeps only in years divisible by 5.
	lustrum          bool
	fromYear, toYear int // inclusive
}

// atwRules: Atw art. 3 lid 1 (every year: Nieuwjaarsdag, tweede Paas- en
// Pinksterdag, beide Kerstdagen, Hemelvaartsdag, de dag waarop de verjaardag
// van de Koning wordt gevierd, de vijfde mei) and lid 2 (Goede Vrijdag).
// Easter offsets: Goede Vrijdag -2, Tweede Paasdag +1, Hemelvaartsdag +39,
// Tweede Pinksterdag +50.
var atwRules = [...]holidayRule{
	{name: NameNieuwjaarsdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: fixedDay, month: time.January, day: 1, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameGoedeVrijdag, category: CategoryAtwLid2, source: srcAtwLid2, kind: easterOffset, day: -2, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameTweedePaasdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: easterOffset, day: 1, fromYear: coveredFromYear, toYear: coveredToYear},
	// Koninginnedag: 30 april, on a Sunday the Saturday before (KB 24-04-1980), until 2013.
	{name: NameKoninginnedag, category: CategoryAtwLid1, source: srcKoningin, kind: fixedDay, month: time.April, day: 30, sundayToSaturday: true, fromYear: coveredFromYear, toYear: 2013},
	// Koningsdag: 27 april, on a Sunday the Saturday before (KB 30-01-2013), from 2014.
	{name: NameKoningsdag, category: CategoryAtwLid1, source: srcKoningsdag, kind: fixedDay, month: time.April, day: 27, sundayToSaturday: true, fromYear: 2014, toYear: coveredToYear},
	// De vijfde mei: every year since the 1980s amendment of Atw art. 3 lid 1.
	{name: NameBevrijdingsdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: fixedDay, month: time.May, day: 5, lustrum: true, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameHemelvaartsdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: easterOffset, day: 39, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameTweedePinksterdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: easterOffset, day: 50, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameEersteKerstdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: fixedDay, month: time.December, day: 25, fromYear: coveredFromYear, toYear: coveredToYear},
	{name: NameTweedeKerstdag, category: CategoryAtwLid1, source: srcAtwLid1, kind: fixedDay, month: time.December, day: 26, fromYear: coveredFromYear, toYear: coveredToYear},
}

// gelijkgesteldeDag is one day of a besluit under Atw art. 3 lid 3.
type gelijkgesteldeDag struct {
	year    int
	month   time.Month
	day     int
	besluit string
}

// gelijkgesteldeDagen: every day of the gelijkstellingsbesluiten for
// 2005-2028, from article 1 of each besluit.
var gelijkgesteldeDagen = [...]gelijkgesteldeDag{
	{2005, time.May, 6, kb2003},
	{2006, time.May, 26, kb2003},
	{2007, time.May, 18, kb2003},
	{2007, time.December, 24, kb2007},
	{2007, time.December, 27, kb2003}, // the only Thursday in the list
	{2007, time.December, 28, kb2003},
	{2007, time.December, 31, kb2003},
	{2008, time.May, 2, kb2007},
	{2009, time.January, 2, kb2007}, // art. 1 only, not in the title
	{2009, time.May, 1, kb2007},     // art. 1 only, not in the title
	{2009, time.May, 4, kb2007},     // art. 1 only, not in the title
	{2009, time.May, 22, kb2007},
	{2010, time.May, 14, kb2007},
	{2011, time.May, 6, kb2010},
	{2011, time.June, 3, kb2010},
	{2012, time.May, 18, kb2010},
	{2012, time.December, 24, kb2010},
	{2012, time.December, 31, kb2010},
	{2013, time.April, 29, kb2010},
	{2013, time.May, 10, kb2010},
	{2013, time.December, 27, kb2010},
	{2014, time.May, 30, kb2013},
	{2015, time.January, 2, kb2013},
	{2015, time.May, 4, kb2013},
	{2015, time.May, 15, kb2013},
	{2016, time.May, 6, kb2013},
	{2017, time.April, 28, kb2016},
	{2017, time.May, 26, kb2016},
	{2018, time.May, 11, kb2016},
	{2018, time.December, 24, kb2016},
	{2018, time.December, 31, kb2016},
	{2019, time.May, 31, kb2016},
	{2019, time.December, 27, kb2016},
	{2020, time.May, 22, kb2019}, // one secondary source, the besluit text was not read (SOURCES.md)
	{2021, time.May, 14, kb2019},
	{2022, time.May, 27, kb2019}, // the only 2022 day: Fri 6 May 2022 was not gelijkgesteld
	{2023, time.April, 28, kb2022},
	{2023, time.May, 19, kb2022},
	{2024, time.May, 10, kb2022},
	{2024, time.December, 27, kb2022},
	{2025, time.May, 30, kb2022},
	{2026, time.January, 2, kb2025},
	{2026, time.May, 15, kb2025},
	{2027, time.May, 7, kb2025},
	{2028, time.April, 28, kb2025},
	{2028, time.May, 26, kb2025},
}

// easter returns the month and day of Easter Sunday in the Gregorian
// calendar (the anonymous Gregorian algorithm of Meeus/Jones/Butcher).
func easter(year int) (time.Month, int) {
	a := year % 19
	b := year / 100
	c := year % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Month(month), day
}
