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
// allocation.Violations. ApplyMAZ applies a melding aanvang zorg: the MAZ
// table of Bijlage D, and the sleuteldatum (CD004, CS088, OP044: at most 14
// days before the begindatum, TR017) as rules; CheckMAZ adds the
// Behandeling of iWlz 2.2 (TR129).
//
// # Dossierhouder (VZ2013 hoofdstuk 5)
//
// Outcome.Dossierhouder says what a mutation does to the dossierhouderschap:
// it stops after admission and return home only once the nazorg is arranged
// (VZ2013 5.3; Mutatie.NazorgOpen keeps it); a change of dossierhouder
// (MUT17, MUT21) leaves the client's overbruggingszorg in place
// (Dossierhouder.OverbruggingBlijft, VZ2013 5.4), and a mutation sent for
// such a change may not close or withdraw an overbrugging toewijzing
// (Mutatie.DossierhouderWissel, rule "VZ2013 5.4"). ContactDeadline gives
// the day the dossierhouder must next be in contact with a client waiting
// with overbrugging (calendar.TermContactWachtlijstclient).
//
// # Functie lines
//
// Under VZ2013 a MAZ or MUT may be on a functie ("ZZP / functie" in Bijlage
// D): ApplyFunctie and ApplyMAZFunctie judge them by the rows for both (a
// row for the ZZP only does not match a functie).
//
// # Wachtstatus
//
// Wachtstatus derives a client's status on a date from the reguliere
// toewijzingen; Wachtend says whether it counts as waiting; DaysInStatus
// counts days per status and classificatie (OP103); Map2013 moves a 2013
// status to the 2021 statuses and asks for the classificatie that decides
// between Urgent and Actief plaatsen; Summarise does the same for a whole
// batch without allocating per mutation, and skips a bad client (an
// event without a date, an unknown code, events out of order) with its
// violations in a BatchErrors while the rest of the batch goes on.
// Wachtstatus reads the States it is given as the states on its date: for
// a date in the past use a History.
//
// # History
//
// History is a client's toewijzingen (AW33 lines: AddLine, AddFunctieLine
// for a functie under VZ2013) and, per line, its MAZ, MUT, AAT,
// intrekking and einde events in date order, each with the State it
// leaves (AddEinde: the zorgkantoor ends the line without withdrawing it,
// a reaction's Beeindigd line; AddIntrekking: its Ingetrokken line, with
// or without a reden). An event is accepted only when Apply or ApplyMAZ accept
// it in the line's state (so every rule of Check, TR069, TR017 and
// "Toewijzing gesloten" among them) and it does not lie before the line's
// last event (OP103); otherwise every violation is returned and the
// history stays as it was. It answers for any date: the state of a line
// (StateOn), the client's wachtstatus (WachtstatusOn), dossierhouder and
// coördinator zorg thuis (RolesOn), since when the client waits
// (WachtendSinds) and the days in each status of the client
// (DaysInStatus) or of one line (LineDaysInStatus; OP103).
// SummariseHistories is Summarise over histories.
//

// # Palliatief terminale zorg (VZ2013 4.6)
//
// PTZMetVerblijf says whether a toewijzing is PTZ met verblijf (ZZP VV10
// as Verblijf). CheckPTZOmzetting checks the dossierhouder's request to
// convert VV10 into PTZ zonder verblijf (thuis or hospice) for a looptijd
// of at most 3 maanden with one extension of at most 3
// (calendar.TermPTZZonderVerblijf), with the rules "VZ2013 4.6" and
// "VZ2013 4.6 dossierhouder". PTZVormOp says how PTZ is expressed on a
// date: VV10 always; toeslag 2 of COD983 from 2015-01-01; Urgent plaatsen
// with classificatie 06 of COD168 from 2021-01-01.
//
// # The zorgkantoor's reactions
//
// ReactieIO31, ReactieAAT, ReactieMutatie (MUT17, MUT19, MUT21),
// ReactieMutatieAAT (one AW39 with a MUT17 or MUT19 and an Aanvraag) and
// ReactieMAZ are pure functions from an incoming message, the indicatie
// and the toewijzingen the zorgkantoor holds to a Reactie: the AW33 lines
// to send (allocation.ToewijzingSpec, new ones validated as AW33 lines by
// allocation.NewZorgtoewijzing), each marked Nieuw, Beeindigd, Ingetrokken
// or Ongewijzigd; the lines replaced by a line with the same key; the
// aanbieders that receive the whole picture (iWlz-IM 2.2 OP087); the last
// day to send (OP088, OP037, calendar.TermZorgkantoorMutatie); the task
// to contact the client without a voorkeuraanbieder; and the CA317 to the
// CAK with its status aanlevering and startdatum (OP035, IV050, OP074).
// The toewijzingsdatum and -tijd are an input (Verwerking), never a clock.
// Reactie.AW33 is what the AW33 carries: the Regels without the lines
// ended without an intrekking (after a MUT, or followed up by a new line
// of the same key), which the casuïstiek does not send (iWlz-IM 2.2 casus
// 13C stap 2, 03B-2, 06B-2); after MUT17 and MUT19 no AW33 follows at all.
// The conformance suite casuistiek.json replays the worked scenarios of
// the casuïstiek message by message with every reaction computed here.
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
//   - Under iWlz the AAT in the same message keeps the soort asked
//     (Mutatie.AATSoort), never replaced: an overbrugging gets the
//     einddatum of the ZZP or, when the care exceeds the ZZP budget, 3
//     maanden with one extension (Bijlage D MUT18 row 2, VZ2013 4.4.2); a
//     regulier AAT is for the duration of the ZZP (EDMaxZZP, Bijlage D
//     "Mag toegewezen worden voor de duur van de ZZP"). An absent soort is
//     the input error "missing" (AanvraagInstelling/Soort is required),
//     administratief is CS072, alternatief and transfer are COD165 (ended
//     2018-04-01). A soort without MetAAT means an aanvraag goes with the
//     mutation.
//   - The aanvraag (NewAanvraag) follows the stylesheet's reading of each
//     rule, so it agrees with ValidateAW39 on the rule ids: CD052 asks one
//     filled Opname among the instellingen, not one per instelling; CD073
//     lists VKB too. TR107 is read as a rule about the sender, as the
//     zorgkantoor's page on dossierhouderschap shows (the CZT may end the
//     MPT and ask for Verblijf or VPT): the dossierhouder or the CZT on
//     the dagtekening, whatever leveringsvorm it asks; the prose row "the
//     DH for VPT/DTV/Verblijf, the CZT for MPT" is not read as a limit on
//     the leveringsvorm. Without AanvraagContext.Toewijzingen TR107 is not
//     judged (a message alone cannot tell). TR106 across aanvragen, TR101
//     and the header rules (TR021, TR064) are left to ValidateAW39.
//   - A MUT19 (or another closing mutation) on an MPT line says nothing
//     about the dossierhouderschap (Outcome.Dossierhouder is zero): an MPT
//     has no dossierhouder (CD073). Who is dossierhouder after a MUT
//     depends on the lines the aanbieder still holds: Outcome.EndLine gives
//     the closed line its einddatum, and the ToewijzingSet built from the
//     lines answers (Dossierhouders, CoordinatorenZorgThuis).
//   - VZ2013 4.4.2's "opname binnen 3 maanden" bounds met uitloop wherever
//     it is granted, also the AAT einddatum Apply computes: a looptijd of
//     3 maanden that begins on the mutatiedatum, so its einddatum is the
//     last covered day (from 2026-03-02 up to 2026-06-01), and the
//     extension a new looptijd of 3 maanden from the day after
//     (calendar.LastDayOf). The transfer's 4 maanden are counted the same
//     way. Both are capped at the einddatum of the ZZP.
//   - PTZ (VZ2013 4.6). The request must come from the dossierhouder of
//     the VV10 toewijzing; a toewijzing without one (MPT) has no one who
//     may ask. The conversion starts no earlier than the VV10 toewijzing;
//     the leveringsvorm of the VV10 is not checked (the client may not be
//     admitted yet). The 3 + 3 maanden are a VZ2013 rule that was not found
//     in today's Wlz sources; the rule applies to every release, like the
//     other Voorschrift rules, and a host that no longer applies it skips
//     CheckPTZOmzetting.
//   - PTZ by date. No document names one date where PTZ "became"
//     classificatie 06 and toeslag 2: PTZVormOp takes each code's own
//     ingangsdatum from the code lists (COD983 code 2: 2015-01-01, the Wlz;
//     COD168 code 06: 2021-01-01, iWlz 2.2). Before 2015 PTZ is read as
//     VZ2013 does: ZZP VV10 and its omzetting. The library's COD983 list
//     (codes_gen.go) has no ingangsdatum for codes 1-5, so ValidOn accepts
//     toeslag 2 before 2015; PTZVormOp follows the code list's date.
//   - When a client's reguliere toewijzingen disagree, In zorg wins, then
//     the most urgent waiting status (Wachtstatus).
//   - TR069 ("a filled Begindatum equals that of the current AW35 on or
//     before the Mutatiedatum") also refuses MUT17, MUT19 and MUT20 when
//     there is no MAZ at all: without an AW35 there is no begindatum to
//     equal. Under VZ2013 the same sequence finds no Bijlage D row (MUT17,
//     MUT19, MUT20 need "MAZ: ja"), so TR069 is judged from iWlz 2.0.
//   - "Toewijzing gesloten". Bijlage D allows MUT17 only when "er is wel
//     een MAZ aanwezig maar nog geen MUT", and a MUT19 closes the
//     toewijzing ("zorgtoewijzing gesloten"); CZ-AW39 lists 12 with 5, 17,
//     19 and 21 as ending it. The library reads "nog geen MUT" as no
//     closing MUT: a MUT20 (toewijzing kept) may be followed by a new MAZ
//     and then a MUT17 or MUT19. After a closing MUT (or an intrekking)
//     nothing follows on that toewijzing, not even a MUT02: the sources
//     name no mutation on a closed toewijzing, and a new admission needs
//     a new toewijzing. State.Closed also reads a hand-built State with an
//     Einddatum and a closing code in Gezonden as closed.
//   - ApplyMAZ checks TR017 also against the einddatum a mutation gave the
//     toewijzing (State.Einddatum), not only against its period.
//   - History order. Events of a line are ordered by the day they take
//     effect (MAZ: begindatum; MUT: mutatiedatum; AAT: dagtekening;
//     intrekking: einddatum). One dated before the line's last event is
//     refused with OP103 (the rule that counts days from sorted events),
//     never sorted or dropped. Same-day events are accepted in the order
//     given and the last one holds for that day (as DaysInStatus does).
//     A second MAZ while the client is in zorg is not refused (no source
//     forbids a corrected AW35).
//   - An AAT sent on its own is kept in the History as a dated event that
//     changes no state; its content (soort, leveringsvorm, sender) is not
//     judged there.
//   - An intrekking's einddatum must lie within the toewijzing (rule
//     "range": no source gives a rule id) and its reden must be a COD172
//     code valid on that einddatum.
//   - WachtendSinds counts an uninterrupted run of waiting days, whichever
//     waiting status (Urgent plaatsen, Actief plaatsen, Wacht op voorkeur)
//     the client has during it. RolesOn names the first role holder among
//     the lines that hold on the date, reguliere lines first.
//   - Summarise with clients out of order: the group met out of order is
//     skipped (OP103) and a summary already made for that client in the
//     same call is taken back; the batch goes on.
//   - Nazorg (VZ2013 5.3) is an input fact of a MUT19 (Mutatie.NazorgOpen;
//     zero: none needed or arranged): with open nazorg the toewijzing
//     closes but the dossierhouderschap stays (DHBlijft). When the nazorg is
//     arranged later the library has no message for it; the caller records
//     the end of the role.
//   - VZ2013 5.4 is judged on the mutation: a change of dossierhouder is
//     an input fact (Mutatie.DossierhouderWissel), and the rule forbids a
//     mutation on an overbrugging toewijzing that would close or withdraw
//     it (MUT02, MUT12 einde zorgvraag, MUT17, MUT19, MUT21); MUT20 keeps
//     the toewijzing and passes. The rule keeps applying under iWlz.
//   - Contact "minimaal 2x per jaar" (ZZ-brochure-verwijzers) is read as at
//     most 6 maanden between contacts, counted from the start of the
//     overbrugging or the last contact (ContactDeadline); the brochure
//     gives no interval, and VZ2013 5.2 punt 4 says only "regelmatig".
//   - A functie line has no dossierhouderschap (VZ2013 5.1): its Outcome's
//     Dossierhouder is zero. Under an iWlz release ApplyFunctie and
//     ApplyMAZFunctie return the input error "option": the iWlz mutation
//     rules here are those of the ZZP, and a MutatieFunctie in an AW39 is
//     judged by ValidateAW39. ApplyMAZ on a ZZP toewijzing still takes
//     MAZMelding.Functie for the functie rows of the MAZ table.
//   - CD004, CS088 and OP044 (the sleuteldatum) apply from iWlz 2.0: the
//     sources are the iWlz 2.2 stylesheets and bedrijfsregels; a MAZ under
//     VZ2013 is not judged on its sleuteldatum except TR017. OP044's "14
//     dagen" are kalenderdagen (calendar.TermSleuteldatum).
//   - Behandeling (iWlz 2.2, COD260) is checked for presence only (TR129:
//     required iff Verblijf with Opname Ja), by CheckMAZ; ApplyMAZ does not
//     ask for it, since the state does not depend on it: what it records,
//     whether behandeling is delivered with the verblijf, changes no status.
//   - The zorgkantoor's reactions (ReactieIO31, ReactieAAT,
//     ReactieMutatie, ReactieMAZ). The casuïstiek of the Informatiemodel
//     iWlz 2.2 shows the outcomes, not every rule, so these are readings:
//     the first toewijzing has one line per geïndiceerd ZZP still valid on
//     the toewijzingsdatum, from the ZZP's ingangsdatum, with the klasse of
//     the ZZP for Verblijf and VPT; its leveringsvorm comes from the
//     client's voorkeur (COD999) only when that names one leveringsvorm in
//     natura, else it is an input. An AAT's new lines take the role holder
//     the aanvraag names, else the holder on the current lines, else the
//     aanvrager (also for the coördinator zorg thuis of an overbrugging
//     MPT). A current line with the TR106 key of a new line that starts on
//     or after it is replaced (Reactie.Vervangen, not sent again); one that
//     starts before it ends the day before, without RedenIntrekking. The
//     lines OP152 withdraws carry no RedenIntrekking (COD172 has none for
//     it). A regulier overbrugging or line without einddatum ends with its
//     geïndiceerd ZZP. MUT17 and MUT21 name the InstellingBestemming on the
//     ended line (OP107), and after MUT17 and MUT19 the zorgkantoor sends
//     no AW33, also to an aanbieder that holds other lines (casus 03B-2
//     and 06B-2 show none; OP126); after MUT21 the new line starts the day after
//     the old one ends and the roles the sender held pass to the new
//     aanbieder. On a MAZ on a regulier VPT line or Verblijf or DTV line
//     with Opname Ja the
//     zorgkantoor withdraws every overbrugging line and every line in
//     natura of another leveringsvorm on the begindatum of the MAZ, with
//     reden 7 (another aanbieder; 4 Overplaatsing under VZ2013, before
//     code 7 existed) or 5 (the same aanbieder, another leveringsvorm). A
//     line that never started ends on its ingangsdatum (OP151x1). After
//     MUT17 and MUT19 no AW33 follows (casus 03B-2, 06B-2), after MUT21
//     the sender receives it only while it holds another line (OP126); a
//     withdrawn aanbieder does receive it; a MAZ withdraws no line that
//     already ends on its begindatum (casus 03B-2). An aanvraag that
//     names the day of the opname (a regulier Verblijf line with Opname
//     Ja) ends every overbrugging line still valid that day on the day
//     before, without RedenIntrekking, as a line ended by a new line
//     (Beeindigd): overbrugging lasts "tot opname" (VZ2013 4.4), and casus
//     4B ends the overbrugging MPT on 1 juli in the AW33 of 26 juni with
//     the opname on 2 juli; the MAZ of the opname then withdraws nothing.
//   - Which ended lines the AW33 carries is an option where the casuïstiek
//     shows both ways (Verwerking.ToonBeeindigd, Reactie.AW33). A line a
//     reaction ends without intrekking (Beeindigd) on or before the
//     toewijzingsdatum is left out by default: casus 12, 13B and 13C send
//     only the new line that follows it up, casus 03B-2, 06B-2, 07 and
//     13D-1 nothing of a line its aanbieder closed; casus 10B sends the
//     80 and 20 % lines ended on 31 mei in the AW33 of 5 juni, the
//     minority reading, which ToonBeeindigd gives. A line ended after the
//     toewijzingsdatum is still valid after the day of the AW33, which
//     carries every such toewijzing (OP087), and is carried either way
//     (casus 4B: the lines ended on 1 juli in the AW33 of 26 juni; no
//     casus leaves such a line out). A line ended on the toewijzingsdatum
//     itself is left out by default, as the lines closed by MUT19 on that
//     day in casus 07 and 13D-1 (no casus shows one ended by a new line on
//     that day). A withdrawn line (Ingetrokken) is carried either way. A
//     CA317 goes out on the processing day (OP074's Rlz terms are not in
//     the sources held); never on a Verblijf line with Opname Nee (casus
//     02 stap 5a, 15B stap 6); a start of the same leveringsvorm already
//     reported (for VPT, and Verblijf and DTV with Opname Ja: at the same
//     aanbieder) suppresses it,
//     unless the new startdatum is earlier (status aanlevering 2).
//   - When the CA317 of a leveringsvorm that several aanbieders deliver
//     goes out is a policy (MAZInvoer.CAKMoment): the casuïstiek shows
//     both moments, casus 10A at the first MAZ and casus 11 after the MAZ
//     of all three aanbieders with the earliest begindatum, and OP074 says
//     only "zo spoedig mogelijk". The default, CAKBijEersteMAZ, is casus
//     10A (the start reaches the CAK soonest; a later earlier begindatum
//     changes it with status 2); CAKNaAlleMAZ is casus 11 and needs the
//     earlier MAZ (MAZInvoer.Eerder). The CA317 is dated on the
//     processing day of the MAZ unless MAZInvoer.CAKDatum names a later
//     day (casus 13D-2 sends it the day after the AW33).
//   - A line ending on the toewijzingsdatum is valid that day, so OP087
//     read literally carries it and sends its aanbieder the AW33. Casus
//     13D-1 does neither for a line its aanbieder closed with MUT19 on that
//     day ("gestopt met zorglevering op de datum van de MUT"; OP126): such
//     an aanbieder is no longer "bij de zorglevering betrokken". The
//     reactions follow the casus for the lines named in
//     Verwerking.EindeGemeld; without them OP087 is read literally. One
//     AW39 with a MUT17 or MUT19 and an Aanvraag gives one reaction
//     (ReactieMutatieAAT), the ended line among EindeGemeld.
//   - An AAT for the aanbieder's instellingseigen ZZP instead of the
//     geïndiceerd ZZP (VZ2013 4.3.2, Bijlage E; CZ-AAT; casus 07: VPT 6VV
//     on a 5LG besluit) gets a regulier line of that ZZP only when the
//     zorgkantoor's vertaaltabel lists the pair (Verwerking.Vertaaltabel,
//     passed to allocation.NewZorgtoewijzing for every new line); without
//     it the line is refused ("VZ2013 Bijlage A Reguliere zorg"), as
//     before. NewAanvraag judges no ZZP against the indicatie and needs
//     no table; a MAZ or MUT on the converted line is judged as on any
//     line. The CA317 of the new leveringsvorm is a new melding and no
//     stop goes out for the old one ("MAZ op MAZ", casus 07 stap 8).
//   - Zorg in natura with PGB (OP318; casus 14). The informative PGB line
//     next to the first toewijzing is an option (IO31Invoer.PGB), not read
//     from the voorkeur PGB/MPT, VPT/PGB or Verblijf/PGB: whether PGB is
//     granted next to the care in natura is the zorgkantoor's decision.
//     The PGB line has the ZZP, period, soort and toewijzingsmoment of its
//     line in natura and nothing PGB leaves empty. The starting share of
//     the line in natura is an option too (IO31Invoer.Percentage; casus
//     14 starts the MPT at 1 %; default 100 %, OP088). When an AAT
//     changes the share in natura, the PGB share changes with it (OP318
//     hides it; OP033x1): AATInvoer.PGBOpnieuw issues the PGB line again
//     from the earliest requested start (casus 14 stap 4); by default it
//     goes along unchanged (OP152: another leveringsvorm is not touched).
//     Casus 14's view has no layout: its values are assigned to the
//     messages by counting the value cells per field, and only the
//     reading with the PGB line issued again on 10 mei agrees with OP037
//     and IV050 (the conformance case says so).
package waitstatus

//go:generate go run ../internal/tools/gencodes
//go:generate go run ../internal/tools/genmsg
