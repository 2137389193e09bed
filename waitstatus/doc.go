// Package waitstatus holds what a care provider must send when a client
// waits, is admitted, goes home, moves or dies, and what a zorgkantoor
// derives from it for the wachtlijst.
//
// # Codes
//
// Leveringsstatus (COD167, with the name of each era: NameOn), Classificatie
// (COD168, 01-19 from 2021, 20 from 2023) and Mutatiecode (COD588, 02 until
// 2020) marshal to and from their iWlz codes like the allocation codes; like
// them they are generated (codes_gen.go) from internal/codelists/codelists.json.
//
// # The rules as data
//
// BijlageD is the MUT table of the Voorschrift Zorgtoewijzing 2013, one Rij
// per source row (14), with its MAZ column, leveringsstatus, AAT soort and
// einddatum rule, conditions, the meaning of the mutatiedatum and the
// action; MAZTable is its MAZ table (4 rows). MutatieRules is iWlz TR046
// (2.0/2.1 and 2.2-2.4), ClassificatieRules is CS131.
//
// # Transitions
//
// Apply takes a toewijzing, its State (leveringsstatus, classificatie, MAZ
// begindatum, the mutations so far), a Mutatie and a Context (the day it is
// judged on, which selects the release, and the werkdag calendar) and
// returns the new State with an Outcome: the toewijzing kept, closed or
// withdrawn with its einddatum; the AAT that follows with its soort and
// einddatum; the dossierhouder change (VZ2013 5.3-5.4); the MUT deadline
// (calendar.TermMutatie, 5 werkdagen; 10 when the status could not be set)
// and the zorgkantoor's (2 werkdagen) — or every violation at once, as
// allocation.Violations. ApplyMAZ applies a melding aanvang zorg.
//
// # Wachtstatus
//
// Wachtstatus derives a client's status on a date from the reguliere
// toewijzingen; Wachtend says whether it counts as waiting; DaysInStatus
// counts days per status and classificatie (OP103); Map2013 moves a 2013
// status to the 2021 statuses and asks for the classificatie that decides
// between Urgent and Actief plaatsen; Summarise does the same for a whole
// batch without allocating per mutation.
//
// # Messages
//
// AW35, AW36, AW39 and AW310 are Go values generated from the iWlz XSD 2.2,
// as IO31 and AW33 in allocation: DecodeAW39 returns the message and an
// allocation.Report whose findings of rule XSD name every schema fault by
// XPath; Encode writes the message in the namespaces of its Release.
//
// # Choices where the sources disagree or are silent
//
//   - Classificatie 16 Logeren goes with status 2 only (the 2020 XSLT), not
//     also with 3 as CZ lists it; 20 Doorstroom klinische GGZ goes with 6
//     Urgent plaatsen (no published CS131 covers it). Both are marked in
//     ClassificatieRules.
//   - Bijlage D's MUT18 row 3 says "wens wachtend" in its leveringsstatus
//     column and "slapend wachtend" in its action: the column wins (Rij.Note).
//   - TR046 for iWlz 2.0 is taken equal to 2.1 (no 2.0 text found).
//   - The release is chosen by the day a mutation is judged on (Context.Dagtekening), or named by Context.Release.
//   - CS023 enforces ZK-dossierhouderschap "geen mutatiedatum in de toekomst".
//   - Under iWlz an AAT in the same message is an overbrugging, with the
//     einddatum of the ZZP or, when the care exceeds the ZZP budget, 3
//     maanden with one extension (Bijlage D MUT18 row 2, VZ2013 4.4.2).
//   - When a client's reguliere toewijzingen disagree, In zorg wins, then
//     the most urgent waiting status (Wachtstatus).
package waitstatus

//go:generate go run ../internal/tools/gencodes
//go:generate go run ../internal/tools/genmsg
