// Package calendar holds the date arithmetic every rule of the library
// stands on: civil dates, periods, the Dutch werkdag calendar and the
// catalogue of terms ("binnen 5 werkdagen na ...").
//
// # Dates and periods
//
// Date is a civil date held as a day number in an int32; its zero value
// means "no date" and is rejected wherever a date is required. It never
// goes through time.Time inside the rules, so no time zone or daylight
// saving shift can move a day. Period is a run of days with an inclusive
// begindatum and einddatum, as iWlz has them, where an absent einddatum is
// an open end; NewPeriod enforces iWlz CS003 (einddatum >= begindatum).
//
// # Werkdagen
//
// Netherlands returns the werkdag calendar: Monday to Friday, minus the
// algemeen erkende feestdagen of the Algemene termijnenwet (Atw,
// BWBR0002448) art. 3 lid 1, Goede Vrijdag (lid 2) and every day
// gelijkgesteld by besluit under lid 3. The holidays are data, one row per
// rule or day with its source (Holidays lists them); the besluiten are
// known for 2005 through 2028, and outside those years every function
// returns ErrOutOfRange rather than guess. ValidThrough tells a host until
// when the data holds, so it can alert before the next besluit is due.
//
// The Voorschrift and the iWlz bedrijfsregels say "werkdag" without
// defining it. The library's default is the Atw calendar above, the only
// legal definition there is; organisations that count otherwise say so
// with an option (BevrijdingsdagLustrum, WithoutGoedeVrijdag,
// WithoutGelijkgesteldeDagen, WithSluitingsdagen). A Calendar is immutable
// and safe for concurrent use; options build a new one.
//
// Counting is constant-time: a prefix count over the covered days answers
// IsWerkdag, AddWerkdagen and WerkdagenTussen with a few array reads, with
// no allocation. The reference day never counts:
// AddWerkdagen(d, 1) is the first werkdag after d, and
// WerkdagenTussen(d, AddWerkdagen(d, n)) == n for every n.
//
// # Terms
//
// A Termijn is N werkdagen, kalenderdagen, weken or maanden. Deadline
// applies one to an event day, which itself does not count ("binnen 5
// werkdagen na ontvangst" ends on the 5th werkdag after the day of
// receipt). A term of maanden ending in a shorter month ends on its last
// day (31 januari + 1 maand = 28 februari). The extensions of the Atw
// (art. 1: a term ending on a Saturday, Sunday or feestdag moves to the
// next werkdag; art. 2: a term of 3 days or more holds at least 2
// werkdagen) apply only with the explicit ApplyAtw option, because the
// Voorschrift's terms are contractual and outside the Atw.
//
// A deadline is not a looptijd. "Binnen 3 maanden na" an event (a day by
// which something must happen) ends on the same day of the month 3 months
// on; a looptijd of "maximaal 3 maanden" (a run of days that begins on a
// day, which counts) ends the day before: LastDay gives its last covered
// day. From 2016-01-01 a looptijd of 3 maanden covers up to 2016-03-31,
// not 2016-04-01. When the same day does not exist in the last month, the
// looptijd ends on that month's last day: from 2015-11-30, 3 maanden cover
// up to 2016-02-29. An extension of a looptijd is a new looptijd that
// begins on the day after the last covered day (so the 3 + 3 maanden from
// 2015-11-30 cover up to 2016-05-31, one day more than 6 maanden from the
// start would); the source says only "eenmalig verlenging met maximaal 3
// maanden", and this reading gives the client the full extension.
//
// Each catalogue term has a TermSoort. Uiterste terms (the werkdagen of
// the process rules, OP183's "2 maanden na de start", the weken of 6.4)
// are deadlines: DeadlineOf. Looptijd terms are the periods of the
// Voorschrift: overbrugging met uitloop (VZ2013 4.4.2), behandeling
// individueel in overbrugging (4.4.3), PTZ zonder verblijf (4.6), the
// transfer (Bijlage D) and the tijdelijke vertaling (Bijlage E punt 8b):
// LastDayOf. Each function refuses the other kind, so that a period is
// never one day too long again.
//
// Terms lists the catalogue: every term the rules use, named by a TermID
// constant, with its value, unit, direction, extension, origin (who sets it) and
// source. The other packages of the library take their terms from it and
// never write a number of days themselves.
//
// # Errors
//
// Every error wraps one sentinel (ErrZeroDate, ErrInvalidDate, ErrSyntax,
// ErrOutOfRange, ErrPeriodEnd, ErrInvalidTermijn) and carries its details
// in a typed error (*DateError, *RangeError, *PeriodError, *TermijnError).
// Code maps an error to the stable code the conformance data uses.
package calendar
