// Package zorgtoewijzing is the root of a Go library that encodes the rules
// of Dutch long-term care (Wlz) allocation: how an indicatie becomes a
// zorgtoewijzing, which mutation a care provider sends when a client
// waits, moves, goes home or dies, which wachtstatus the client has, how
// much overbruggingszorg fits the budget, which ZZP may be translated into
// which, how short stays are reported, and by which werkdag each of those
// must happen.
//
// The root package holds no code: it documents the library. The rules live
// in the packages below.
//
// # Who imports it
//
//   - Care-provider ECDs: validate an incoming AW33 zorgtoewijzing, decide
//     which AW39 mutation to send with which leveringsstatus and
//     classificatie, know the deadline, compute the room for overbrugging.
//   - Zorgkantoor backends: validate incoming mutations and aanvragen,
//     derive the wachtlijst, count days in each wachtstatus in nightly
//     batches, check translations and budgets.
//   - Conformance suites: each package's testdata/conformance/*.json is a
//     language-neutral set of cases (input, expected value or violations,
//     source) that any implementation can run.
//
// The library is pure: no I/O, no wall clock, no goroutines, no package
// state that changes. "Today" is always an argument (a calendar.Date).
//
// # Package map
//
//	calendar      civil Date, Period, the Atw werkdag Calendar (holidays as
//	              data with their besluit), Termijn and the term catalogue
//	allocation    iWlz codes, Indicatie, Zorgtoewijzing, validation, the release
//	              table, the rule registry; money (Bedrag) and counts per week (Aantal);
//	              the IO31, AW33 and AW34 messages (decode, encode, ValidateAW33,
//	              Report, RetourAW34)
//	waitstatus    leveringsstatus, classificatie, MUT transitions, wachtstatus;
//	              the AW35, AW36, AW39 and AW310 messages (ValidateAW39, RetourAW310)
//	overbrugging  bridging-care budget, periods, arrangement checks
//	vertaaltabel  translating an indicated ZZP into an instellingseigen ZZP
//	kortverblijf  etmalen and KE klassen, werkwijzen A-G, verblijf met zorg thuis
//	examples/     runnable programs; go run ./examples/walkthrough
//
// Imports run one way: calendar <- allocation <- the four rule packages,
// which do not import each other: where one rule needs another's answer
// (MUT18 with overbrugging needs "does the care exceed the ZZP budget?") it
// takes that answer as an input value, and examples/walkthrough shows how
// to compose them; deps_test.go pins this import graph. The README's
// rule-coverage table lists every source section that is implemented.
//
// # Releases, and which release judges
//
// Rules change with every release. The releases are one table
// (allocation.Releases), read by every rule, code list and
// release-dependent behaviour:
//
// Each package selects its rules by a date: the day a value is judged on,
// which every Context calls Dagtekening (allocation, waitstatus,
// vertaaltabel), or the period a Voorschrift rule governs.
//
//	release                                    in production from
//	VZ2013  Voorschrift Zorgtoewijzing 2013    before 2018-04-01
//	        (AWBZ, AZR 3.0)
//	iWlz 2.0                                   2018-04-01
//	iWlz 2.1                                   2020-01-01
//	iWlz 2.2                                   2021-01-01
//	iWlz 2.3                                   2022-01-01 (rules renumbered)
//	iWlz 2.4                                   2023-01-01
//
// An iWlz value is judged by the release in force on the dagtekening of
// the message that carries it (allocation.Context.Dagtekening): a 2024
// AW33 that carries a toewijzing that started in 2019 is a 2.4 message.
// Context.Release names another release, for a message that declares its
// own; an unknown release is an input error, never "no rules". Voorschrift
// rules apply by the period they govern (the ingangsdatum of the
// toewijzing, or the mutatiedatum); the registry says per rule which date
// decides (RuleInfo.Peildatum).
//
// # The rule registry
//
// Every rule is a row of one registry (allocation.Registry, data in
// allocation/rules.go): a stable key (the id in its first release), its
// kind (iWlz rule, Voorschrift rule, code list, input error), the releases
// it applies to, its id in later releases (TR046 is CS137 from iWlz 2.3),
// its severity, the date that selects its release, its public source and
// the rule in Dutch. Each rule is a typed constant (allocation.TR046, with
// allocation.CS137 the same row). A violation carries a RuleID whose text
// is the id in the judged release and whose Retourcode is the iWlz
// retourcode (TRnnn 9nnn, CDnnn Dnnn, CSnnn Snnn). Adding a release is one
// row of the release table plus the rows of the rules it changes: every
// other rule keeps applying. allocation.AsViolations and allocation.RuleOf
// read the violations out of any error of any package of the library.
//
// Input errors are not rules: a missing Go field ("missing"), unreadable
// text ("unreadable"), a value out of range ("range") or a bad option such
// as an unknown release ("option") is a violation of kind input, with the
// field name, and errors.Is(err, allocation.ErrInput) is true. "XSD" is
// used only where the XSD itself is the rule (at most two grondslagen,
// the range of an opslag).
//
// The Voorschriften of 2014-2017 are not encoded; VZ2013 stands for them.
//
// The werkdag calendar is versioned separately, by the besluiten it holds:
// calendar.DataVersion names the data and Calendar.ValidThrough its last
// day (2028-12-31).
//
// # How a rule reference reads
//
// Every rule in the code, in an error and in a conformance case names its
// source in one of these forms; SOURCES.md at the root of the module lists
// every document with its key, version and where to get it:
//
//	"VZ2013 4.4.2"               Voorschrift Zorgtoewijzing 2013, section 4.4.2
//	"VZ2013 Bijlage D, MUT18"    a row of a table in an appendix
//	"VZ2013 Bijlage E punt 8b"   a numbered point of an appendix
//	"CD073", "TR046", "CS003"    iWlz bedrijfs- and validatieregels (condities,
//	"OP182", "IV101"             technische regels, constraints, procesregels);
//	                             in full "iWlz-XSLT 2.2 TR046", "iWlz-IM 2.2 OP182"
//	"iWlz-codelijsten COD578"    an iWlz code list
//	"Atw art. 3 lid 3; Besluit …" Algemene termijnenwet and the besluit under it
//	"ZK-dossierhouderschap (…)"  a zorgkantoor page, by the heading of the passage
//
// A violation carries the rule id of the judged release, the field, the
// value and a sentence a care administrator understands; errors.Is and
// errors.As work on every error the library returns.
//
// # Choices where the sources are silent or disagree
//
// Each choice below is made explicit: an option, a named constant or a
// documented row, never a hidden default.
//
//   - Release of a set rule. A rule between two toewijzingen (TR106,
//     TR120, TR077, RFC 24016) is judged by the later of the two releases
//     their messages were made under.
//   - Rules on every release. CS003, CS023/TR134, TR017, TR018, TR020 and
//     TR073 are applied under VZ2013 too, as the first pass did: the AZR
//     3.0 messages had the same date rules. The registry rows say so.
//   - Code lists. Two checks, each its own violation naming the list: "the
//     release lists the code list" (COD732 Functie and COD756 Klasse are
//     not part of iWlz 2.4) and "the code's own ingangs- and
//     expiratiedatum cover the date of the element that carries it". A
//     code that a release adds mid-list (ZZP 880 in iWlz 2.1 v1.2) is
//     judged by its dates only.
//   - Warnings. VZ2013 4.4.1's 5 werkdagen for requesting overbrugging is
//     an "uitgangspunt": the registry row "VZ2013 4.4.1 termijn" has
//     severity Waarschuwing, and an error that holds only warnings matches
//     allocation.ErrWaarschuwing, not allocation.ErrInvalid;
//     overbrugging.CheckRegulier then still returns the date: the request
//     is valid.
//   - Werkdag. Neither the Voorschrift nor iWlz defines it. The default is
//     the Algemene termijnenwet calendar (art. 3 lid 1-3, with 5 mei every
//     year and Goede Vrijdag); calendar options change it for
//     organisations that count otherwise (5 mei only in lustrum years, no
//     Goede Vrijdag, no gelijkgestelde dagen, own closing days).
//   - Covered years. The gelijkstellingsbesluiten are known from 2005 to
//     2028; outside those years werkdag questions are ErrOutOfRange, never
//     a guess from the usual pattern.
//   - Koningsdag on a Sunday is celebrated on the Saturday before (KB
//     1980, KB 2013), so it never changes a werkdag count.
//   - Start of a term. The event day does not count (the Dutch convention,
//     Awb 6:8): "binnen 5 werkdagen na" ends on the 5th werkdag after the
//     event day.
//   - Months. A deadline of maanden ending in a shorter month ends on that
//     month's last day (31 januari + 1 maand = 28/29 februari). A looptijd
//     of maanden ("maximaal 3 maanden": met uitloop, behandeling in
//     overbrugging, PTZ zonder verblijf, transfer, tijdelijke vertaling)
//     begins on its first day and ends on its last covered day, the day
//     before the same day N months on (2016-01-01 + 3 maanden: up to
//     2016-03-31), or on the last day of the month when that day does not
//     exist (2015-11-30 + 3 maanden: up to 2016-02-29). An extension is a
//     new looptijd from the day after. The catalogue marks each term
//     Uiterste or Looptijd (calendar.TermSoort).
//   - Atw extensions. The Voorschrift's terms are contractual, so the Atw
//     art. 1 and 2 extensions apply only with calendar.ApplyAtw.
//   - PTZ (VZ2013 4.6, waitstatus). The conversion of VV10 into PTZ
//     zonder verblijf is asked by the dossierhouder only, for a looptijd
//     of 3 maanden plus at most one of 3. How PTZ is expressed follows the
//     ingangsdatum of each code: toeslag 2 (COD983) from 2015-01-01,
//     classificatie 06 (COD168) with Urgent plaatsen from 2021-01-01.
//   - VZ2013 3.1, 3.3 and 4.7 (allocation's doc): on ZZP onbepaald a
//     regulier toewijzing of any bepaald ZZP is reguliere zorg, and the set
//     ZZP is fixed from the first toewijzing with Opname = Ja; a regulier
//     functie next to a ZZP (the ZZP's informative functies, or a
//     verblijf toewijzing without ZZP0) is refused for VZ2013 periods
//     only; partneropname takes the client's first grondslag. A ZZP
//     without an omzettingstabel row is a typed answer with its reason
//     (overbrugging.GeenOmzettingError), never a guessed budget.
//   - Catalogue readings: "maximaal 3 tot 6 maanden" behandeling in
//     overbrugging is kept as 6 maanden, the outer limit; OP044's "14
//     dagen" are kalenderdagen; the VZ2013 bezwaar term of 6 weken follows
//     the contract and is not marked statutory; "minimaal 2x per jaar"
//     contact with a waiting client (ZZ-brochure-verwijzers) is at most 6
//     maanden between contacts. Each entry's Note says so.
//   - Zorgweigering (VZ2013 6). The grounds of 6.2 are a closed list for a
//     weigering, those of 6.3 examples for a beëindiging; "herhaaldelijk"
//     waarschuwen is at least two written warnings; the dossier steps lie
//     on or before the verzoek; care stops only after the zorgkantoor
//     allowed it and is handed over the next day at the latest. The
//     allocation package documentation lists every reading.
//   - Between 3 and 4 etmalen a week (3,5 = 182 a year) no werkwijze of
//     VZ2013 Bijlage C fits: F is "tot maximaal 3", G "minimaal 4".
//     kortverblijf.Kies and LimietPerWeek both refuse it; the klasse
//     rounding only sets the MAZ klasse (kortverblijf doc.go).
//   - Aanvraag and roles (issue 12): TR107 is about the sender (the
//     dossierhouder or the CZT, whatever leveringsvorm it asks); the CZT
//     of an overbrugging MPT counts; a closing mutation ends a line's
//     roles through Zorgtoewijzing.EndedOn; the soort of an AAT is kept
//     or refused, never replaced (allocation and waitstatus doc.go).
//   - Instellingseigen ZZP (VZ2013 4.3.2, Bijlage E; casus 07): a regulier
//     toewijzing of another ZZP than the geïndiceerd one is reguliere zorg
//     only with the caller's vertaaltabel (allocation.Context.Vertaaltabel,
//     waitstatus.Verwerking.Vertaaltabel) listing the pair, and only from
//     iWlz 2.0 (before, it is soort Alternatief); without a table the
//     rule holds as before (allocation doc.go).
//   - Zorg in natura with PGB (OP318; casus 14): the informative PGB line
//     and a starting share other than 100 % are options of the first
//     toewijzing (waitstatus.IO31Invoer.PGB, Percentage), not read from
//     the voorkeur; an AAT that changes the share in natura issues the PGB
//     line again only with waitstatus.AATInvoer.PGBOpnieuw (casus 14 stap
//     4), by default it goes along unchanged (OP152) (waitstatus doc.go).
//   - Dossierhouder (VZ2013 chapter 5): reguliere zorg at another
//     instelling than the indicatie's voorkeuraanbieder is a violation
//     under VZ2013 only (allocation doc.go); nazorg (5.3) and a change of
//     dossierhouder (5.4) are input facts of a mutation (waitstatus doc.go).
//   - The zorgkantoor's reactions (waitstatus ReactieIO31, ReactieAAT,
//     ReactieMutatie, ReactieMutatieAAT, ReactieMAZ) read the casuïstiek
//     and bedrijfsregels of the Informatiemodel iWlz 2.2 where they are
//     silent: which lines a MAZ withdraws and with which RedenIntrekking,
//     who holds the roles of new lines, no RedenIntrekking on lines ended
//     by a new line or by OP152, and a CA317 on the processing day unless
//     the caller names a later one. Options where the casuïstiek shows
//     both ways: the CA317 of a split leveringsvorm at the first MAZ
//     (casus 10A, the default) or after all (casus 11); a line its
//     aanbieder ended by MUT17/MUT19 on the toewijzingsdatum carried
//     (OP087 literally, the default) or not (casus 13D-1); a line a
//     reaction ended on or before the toewijzingsdatum left out of the
//     AW33 (casus 12, 13B, 13C, the default) or carried (casus 10B,
//     waitstatus.Verwerking.ToonBeeindigd), one ended after it carried
//     either way (OP087; casus 4B). An aanvraag that names the opname ends
//     the overbrugging the day before (VZ2013 4.4; casus 4B) (waitstatus
//     doc.go).
//   - Client histories (waitstatus.History): events of a toewijzing come in
//     date order and one out of order is refused (OP103), never sorted;
//     same-day events count in the order given, the last one holds; a
//     closed or withdrawn toewijzing takes no MAZ or MUT at all (rule
//     "Toewijzing gesloten"), a new one is needed (waitstatus doc.go).
//
// Whole messages (ValidateAW33, ValidateAW39, ...):
//
//   - The stylesheet over the prose. Where the official iWlz 2.2 stylesheets
//     (what the chain runs) and a rule's text differ, the library follows
//     the stylesheet and keeps the prose reading in a comment at the rule:
//     CD073 asks a dossierhouder for VKB (9) too; CS131 is judged from the
//     leveringsstatus (2, 3, 6, 7 need a classificatie of their own); a
//     toewijzing that ends before it starts also breaks TR016; TR035 and
//     TR106 apply to ZZPs and functies alike; TR010's highest klasse is per
//     functie (41: K7; 64, 82: KD09; 71: KE7; klasse 99 never); an Opslag
//     element present with 0 is an opslag.
//   - Overlaps are grouped. The stylesheets report each overlapping pair;
//     the library reports each group once (hardening: bounded output), so
//     a message agrees with the stylesheet on its set of rule codes, not on
//     the number of findings.
//   - Releases 2.3 and 2.4 are read with the 2.2 schema and judged by the
//     2.2 stylesheet rules (no public 2.3 or 2.4 XSD or stylesheet exists),
//     with the ids of the release (TR046 is CS137), functies and Klasse
//     refused in 2.4, and BerichtVersie 5 and BerichtSubversie 2 as in 2.2.
//   - Retourcodes. A renamed rule keeps the retourcode of its first id
//     (CS137 is 9046), as iWlz-codelijsten COD910 lists them. A retour
//     record without findings gets 0200, the header 0001 when the message
//     breaks its XSD (allocation.RetourGeenOpmerking, RetourAfgekeurd).
//     Findings of rules that have no iWlz retourcode (the Voorschrift, the
//     code lists) are left out of a retour.
//   - External data. TR042 and TR100 need the AGB register: the caller
//     passes its own (allocation.ValidateOptions.AGB); without one they are
//     skipped, as the stylesheets do. The rules that need the toewijzing or
//     the client's history (TR019, TR020, TR078, Bijlage D) are not in a
//     message: waitstatus.Check applies them.
//   - Locations are XPaths as the validation report writes them. A finding
//     of the library's own rules names the element of the field it is
//     about; TR014 on a besluit with toewijzingen and no zorgeenheden,
//     which the stylesheet reports at no element, names the Indicatie.
//   - TR127 is an aanvraag rule. The AW33 stylesheet does not include it,
//     so ValidateAW33 never reports it; ValidateAW39 and
//     waitstatus.NewAanvraag judge it on the AanvraagInstellingen.
//     allocation.NewToewijzingSet, the check of a client's toewijzingen as
//     values, keeps it for DTV toewijzingen (every day of the DTV period
//     one opname, the cover the aanvraag had to have): a zorgkantoor that
//     builds a set from an aanvraag learns of a gap there, and an ECD
//     that builds a set from an AW33 gets a TR127 violation that
//     ValidateAW33 on the same message does not give.
package zorgtoewijzing
