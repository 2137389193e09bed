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
