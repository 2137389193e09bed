// Package allocation is the domain model every rule package builds on: the
// iWlz code lists, the indicatiebesluit and the zorgtoewijzing as
// validated, immutable values, a client's set of toewijzingen, and the rule
// sets by date.
//
// # Codes
//
// Every iWlz code list is a Go type whose values marshal to and from the
// official code as text (MarshalText/UnmarshalText), whose String is the
// Dutch name, and which knows the dates each code is valid (ValidOn):
// ZZP (COD163, valued by its code, so ZZP4VV == 753; ParseZZP also reads
// "4VV", "VV4" and "ZZP 4VV"), Leveringsvorm (COD578), SoortToewijzing
// (COD165), RedenIntrekking (COD172), Etmalen (COD755), Klasse (COD756),
// Functie (COD732), Grondslag (COD736), VoorkeurClient (COD999), JaNee
// (COD260) and the toeslagen ExtraKostenThuis (COD981), ToeslagBeademing
// (COD982) and ToeslagOverig (COD983). Value types: Percentage (whole
// percents, held in iWlz hundredths, exposed as a decimal), AGBCode,
// ZorgkantoorCode (COD001), Besluitnummer and Tijd. Unknown text is a
// *CodeError naming the list; a code used outside its validity dates is a
// violation naming the list ("COD578"). The machinery is CodeList, which
// the rule packages use for their own lists (COD167, COD168, COD588).
//
// # Money and counts
//
// Bedrag is the library's one money type (euro over shopspring/decimal)
// and Aantal its one count per week (hours, dagdelen, etmalen, at most 2
// decimals, 0 to 168); overbrugging, vertaaltabel and kortverblijf take and
// return them. Both read the decimal point and the Dutch decimal comma
// ("1234,56", "3,5"), are built from text or integers (Cents, Hundredths),
// never from a float, refuse a text longer than 32 characters before
// parsing and a value out of range, and marshal to text. Bedrag.Mul is
// exact; Bedrag.RoundCents (half away from zero, to cents) is the one
// rounding step. Text that is no number is a *NumberError, an input error
// ("unreadable", or "range" for a value out of range).
//
// # Values built by constructors
//
// NewIndicatie, NewZorgtoewijzing, NewFunctieToewijzing and
// NewToewijzingSet take a spec (plain fields, JSON-tagged) and return an
// immutable value only when every rule holds; otherwise they return every
// violation at once as Violations, which matches ErrInvalid with errors.Is
// and lists Violation{Rule, Field, Value, Message}. Nothing panics and
// nothing is corrected silently. The rules each constructor applies are
// listed on it, with their ids; the conformance data in
// testdata/conformance has a passing and a violating case for each.
//
// # Rule sets by date
//
// A value is judged by the rule set that holds on its ingangsdatum
// (ReleaseOn), unless Context.Release says otherwise:
//
//	VZ2013    before 2018-04-01  Voorschrift Zorgtoewijzing 2013 (AWBZ, AZR 3.0)
//	iWlz 2.0  from 2018-04-01    MPT; Verblijf replaces ZIN; no soort Alternatief/Transfer
//	iWlz 2.1  from 2020-01-01    DTV with etmalen (CD072, TR124, TR127)
//	iWlz 2.2  from 2021-01-01    VKB (CS132); Urgent/Actief plaatsen; GGZ W ZZPs
//	iWlz 2.3  from 2022-01-01    rules renumbered (same content here)
//	iWlz 2.4  from 2023-01-01    no functies and klassen (COD732, COD756 end; CD051, CS074 lapse)
//
// Under VZ2013 the iWlz field rules (CD040-CD073, CS074, CS132, TR016,
// TR119, TR124) and set rules do not apply; the Voorschrift's own rules
// do: Bijlage A "Reguliere zorg" and "Transferzorg", 4.5 and 4.8, and the
// dossierhouder of 5.1-5.2. The Voorschrift rules that still hold today
// (Bijlage A "Reguliere zorg", 4.8) apply under every rule set.
//
// # Choices where the sources are silent
//
//   - The generic date rules CS003 (einddatum >= ingangsdatum) and CS023
//     (no date after the message's dagtekening) apply under VZ2013 too.
//   - A code is checked against the ingangsdatum of the element that
//     carries it (the toewijzing, the geïndiceerd ZZP or functie).
//   - TR010 reads "the highest klasse" as K8, KD15 or KE7 of the klasse's unit.
//   - The dossierhouder role comes from regulier toewijzingen only (OP162);
//     under VZ2013 from the instelling of the regulier or alternatief
//     verblijf toewijzing (VZ2013 5.1-5.2). Two dossierhouders may share
//     one day, not more (Bemiddelingsregister RFC 24016, here "RFC24016").
//   - "XSD" names a required field that is missing.
package allocation
