package calendar

import "strconv"

// TermID names a term of the catalogue. The other packages refer to terms
// only by these names, never by a literal number of days.
type TermID string

// The terms of the catalogue. Each one's value, unit, rule set and source
// are in Terms(); the comment says the rule in short.
const (
	// TermContactClient: the zorgaanbieder contacts the client at the latest
	// 2 werkdagen after receiving the toewijzing (VZ2013 4.2 punt 1).
	TermContactClient TermID = "contact-client"
	// TermOverbruggingAanvraag: overbruggingszorg is requested within 5
	// werkdagen after the ZZP toewijzing (VZ2013 4.4.1; iWlz OP182).
	TermOverbruggingAanvraag TermID = "overbrugging-aanvraag"
	// TermOverbruggingAanvraagStatusOnbekend: 10 werkdagen when the
	// leveringsstatus cannot be set yet (iWlz OP182).
	TermOverbruggingAanvraagStatusOnbekend TermID = "overbrugging-aanvraag-status-onbekend"
	// TermMutatie: a MUT within 5 werkdagen after the change in care is
	// known (ZK-dossierhouderschap; iWlz-IM 2.2 OP181).
	TermMutatie TermID = "mutatie"
	// TermMutatieStatusOnbekend: 10 werkdagen after the toewijzing when the
	// leveringsstatus cannot be set within 5 (iWlz OP181).
	TermMutatieStatusOnbekend TermID = "mutatie-status-onbekend"
	// TermZorgkantoorMutatie: the zorgkantoor processes a mutation within
	// 2 werkdagen (ZK-dossierhouderschap).
	TermZorgkantoorMutatie TermID = "zorgkantoor-mutatie"
	// TermZorgkantoorAAT: the zorgkantoor assesses an aanvraag aangepaste
	// toewijzing within 2 werkdagen (iWlz OP037).
	TermZorgkantoorAAT TermID = "zorgkantoor-aat"
	// TermZorgkantoorToewijzing: the zorgkantoor sends a toewijzing within
	// 1 werkdag (iWlz OP088).
	TermZorgkantoorToewijzing TermID = "zorgkantoor-toewijzing"
	// TermZorgkantoorContactGeenVoorkeur: the zorgkantoor contacts the
	// client within 1 werkdag when the CIZ named no voorkeuraanbieder
	// (ZK-dossierhouderschap).
	TermZorgkantoorContactGeenVoorkeur TermID = "zorgkantoor-contact-geen-voorkeuraanbieder"
	// TermZorgkantoorVerlengingEenDag: the zorgkantoor extends a toewijzing
	// by the missing day within 5 werkdagen after the MUT is removed
	// (ZK-dossierhouderschap).
	TermZorgkantoorVerlengingEenDag TermID = "zorgkantoor-verlenging-een-dag"
	// TermRegelzorg: regelzorg lasts until at most 5 werkdagen after the
	// intramural toewijzing (VZ2013 4.4.4).
	TermRegelzorg TermID = "regelzorg"
	// TermOverbruggingMetUitloop: at most 3 maanden, once extended by at
	// most 3 maanden (VZ2013 4.4.2).
	TermOverbruggingMetUitloop TermID = "overbrugging-met-uitloop"
	// TermOverbruggingTweedeTermijn: the second overbrugging term is
	// requested 2 maanden after the first starts (iWlz OP183).
	TermOverbruggingTweedeTermijn TermID = "overbrugging-tweede-termijn"
	// TermBehandelingInOverbrugging: behandeling individueel in
	// overbrugging is short, at most 3 to 6 maanden (VZ2013 4.4.3).
	TermBehandelingInOverbrugging TermID = "behandeling-in-overbrugging"
	// TermTransfer: a transfer toewijzing lasts 4 maanden (VZ2013 Bijlage D).
	TermTransfer TermID = "transfer"
	// TermTijdelijkeVertaling: VG7, LVG and SGLVG translated temporarily, at
	// most 6 maanden, once extended by 6 (VZ2013 Bijlage E punt 8b).
	TermTijdelijkeVertaling TermID = "tijdelijke-vertaling"
	// TermPTZZonderVerblijf: PTZ without verblijf, at most 3 maanden, once
	// extended by at most 3 (VZ2013 4.6).
	TermPTZZonderVerblijf TermID = "ptz-zonder-verblijf"
	// TermZorgweigeringBesluit: the zorgkantoor decides on a zorgweigering
	// within 1 week after receipt (VZ2013 6.4).
	TermZorgweigeringBesluit TermID = "zorgweigering-besluit"
	// TermStopzettingBesluit: the zorgkantoor decides on a request to stop
	// care within 3 weken after receipt (VZ2013 6.4).
	TermStopzettingBesluit TermID = "stopzetting-besluit"
	// TermBezwaar: bezwaar against the zorgkantoor's decision within 6
	// weken after the formal decision (VZ2013 6.4).
	TermBezwaar TermID = "bezwaar"
	// TermSleuteldatum: the sleuteldatum lies at most 14 kalenderdagen
	// before the begindatum (iWlz OP044).
	TermSleuteldatum TermID = "sleuteldatum"
	// TermContactWachtlijstclient: the dossierhouder is in contact with the
	// waiting client at least twice a year ("heeft minimaal 2x per jaar
	// contact met cliënten", ZZ-brochure-verwijzers; regular contact during
	// overbruggingszorg, VZ2013 5.2 punt 4): the next contact at the latest
	// 6 maanden after the start of the overbrugging or the last contact.
	TermContactWachtlijstclient TermID = "contact-wachtlijstclient"
	// TermRetourbericht: the return message within 1 werkdag (iWlz OP090).
	TermRetourbericht TermID = "retourbericht"
	// TermCorrectie: a rejected message corrected and resent within 1
	// werkdag (iWlz OP180).
	TermCorrectie TermID = "correctie"
	// TermCIZIndicatiebesluit: the CIZ sends a new indicatiebesluit to the
	// zorgkantoor within 1 werkdag (iWlz OP016).
	TermCIZIndicatiebesluit TermID = "ciz-indicatiebesluit"
	// TermBovenregionaal: a zorgkantoor forwards messages for another
	// region within 1 werkdag (iWlz OP006).
	TermBovenregionaal TermID = "bovenregionaal"
)

// Richting says whether a term runs after its event or before it.
type Richting uint8

// The directions of a term.
const (
	// Na: the term runs after the event ("binnen 5 werkdagen na").
	Na Richting = iota + 1
	// Voor: the term runs back from the event ("uiterlijk 14 dagen vóór").
	Voor
)

// String returns "na" or "voor".
func (r Richting) String() string {
	switch r {
	case Na:
		return "na"
	case Voor:
		return "voor"
	}
	return "Richting(" + strconv.Itoa(int(r)) + ")"
}

// TermSoort says what the end of a catalogue term is: a deadline or the
// last day of a looptijd. The two differ by a day: "binnen 3 maanden na"
// an event ends on the same day of the month 3 months on, while a
// looptijd of "maximaal 3 maanden" that begins on a day ends the day
// before it.
type TermSoort uint8

// The kinds of term.
const (
	// Uiterste: a deadline, the day by which something must happen or from
	// which it may; the event day does not count (Calendar.Deadline,
	// DeadlineOf). The zero TermSoort.
	Uiterste TermSoort = iota
	// Looptijd: the length of a period that begins on the event day, which
	// counts; the answer is the period's last covered day (Calendar.LastDay,
	// LastDayOf).
	Looptijd
)

// String returns "uiterste datum" or "looptijd".
func (s TermSoort) String() string {
	switch s {
	case Uiterste:
		return "uiterste datum"
	case Looptijd:
		return "looptijd"
	}
	return "TermSoort(" + strconv.Itoa(int(s)) + ")"
}

// The origins of a term: who sets it. (Not a release: the releases that
// judge a value are allocation.Release.)
const (
	// OriginVZ2013: the Voorschrift Zorgtoewijzing 2013 (AWBZ, AZR 3.0).
	OriginVZ2013 = "VZ2013"
	// OriginIWlz: the iWlz bedrijfsregels (OP rules, iWlz 2.2 and later).
	OriginIWlz = "iWlz"
	// OriginZorgkantoor: a zorgkantoor's published working agreement
	// (ZK-dossierhouderschap, zorgkantoor page on zorgtoewijzing and dossierhouderschap).
	OriginZorgkantoor = "Zorgkantoor"
)

// Term is one entry of the term catalogue.
type Term struct {
	ID TermID
	// Omschrijving says in Dutch what must happen by the deadline.
	Omschrijving string
	// Actor is who must act: "zorgaanbieder", "dossierhouder",
	// "zorgkantoor", "CIZ" or "cliënt".
	Actor string
	// Event is the day the term counts from ("ontvangst van de zorgtoewijzing").
	Event   string
	Termijn Termijn
	// Soort: Uiterste (a deadline, the zero value) or Looptijd (a period
	// that begins on the event day; its end is its last covered day).
	Soort TermSoort
	// Richting: Na for a term after the event, Voor for a term back from it.
	Richting Richting
	// Verlenging is the length of one extension (zero Termijn when the
	// term cannot be extended); MaxVerlengingen how often it may be applied.
	// An extension of a Looptijd is a new looptijd that begins on the day
	// after the last covered day of the term before it (LastDayOf); one of
	// a deadline runs from the deadline (DeadlineOf).
	Verlenging      Termijn
	MaxVerlengingen int
	// Origin says who sets the term: OriginVZ2013, OriginIWlz or OriginZorgkantoor.
	Origin string
	// Source cites the document, section or rule id.
	Source string
	// Statutory reports whether the term is set by law, so that the
	// Algemene termijnenwet applies (DeadlineOf passes ApplyAtw). None of
	// the catalogue's terms is: they are contractual (Atw art. 1 lid 1).
	Statutory bool
	// Note records what the source leaves open and what the catalogue chose.
	Note string
}

// catalogue is the term catalogue, in the order Terms returns it.
var catalogue = [...]Term{
	{ID: TermContactClient, Actor: "zorgaanbieder", Event: "ontvangst van de zorgtoewijzing",
		Omschrijving: "contact opnemen met de cliënt om afspraken te maken over de zorgverlening",
		Termijn:      Termijn{2, Werkdagen}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 4.2 punt 1",
		Note: "de tekst zegt 'na ontvangst van het indicatiebesluit door de zorgaanbieder', dat met de zorgtoewijzing binnenkomt; niet bevestigd voor de huidige Wlz (ZZ-wachtstatus: de dossierhouder spreekt de contactfrequentie met de cliënt af)"},
	{ID: TermOverbruggingAanvraag, Actor: "dossierhouder", Event: "toewijzingsdatum van de ZZP-toewijzing",
		Omschrijving: "overbruggingszorg aanvragen",
		Termijn:      Termijn{5, Werkdagen}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 4.4.1; iWlz-IM 2.2 OP182"},
	{ID: TermOverbruggingAanvraagStatusOnbekend, Actor: "dossierhouder", Event: "toewijzingsdatum van de ZZP-toewijzing",
		Omschrijving: "overbruggingszorg aanvragen als de leveringsstatus nog niet kan worden vastgesteld",
		Termijn:      Termijn{10, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP182"},
	{ID: TermMutatie, Actor: "zorgaanbieder", Event: "de dag dat de wijziging in de zorg bekend is",
		Omschrijving: "de mutatie (MUT) aanleveren; nooit met een mutatiedatum in de toekomst",
		Termijn:      Termijn{5, Werkdagen}, Richting: Na, Origin: OriginZorgkantoor, Source: "ZK-dossierhouderschap (Toewijzing overzetten naar dossierhouder); iWlz-IM 2.2 OP181"},
	{ID: TermMutatieStatusOnbekend, Actor: "zorgaanbieder", Event: "ontvangst van de zorgtoewijzing",
		Omschrijving: "de leveringsstatus (met classificatie) melden als die niet binnen 5 werkdagen kan worden vastgesteld",
		Termijn:      Termijn{10, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP181"},
	{ID: TermZorgkantoorMutatie, Actor: "zorgkantoor", Event: "ontvangst van de mutatie",
		Omschrijving: "het mutatieverzoek verwerken",
		Termijn:      Termijn{2, Werkdagen}, Richting: Na, Origin: OriginZorgkantoor, Source: "ZK-dossierhouderschap (Dossierhouderschap)"},
	{ID: TermZorgkantoorAAT, Actor: "zorgkantoor", Event: "ontvangst van de aanvraag aangepaste toewijzing",
		Omschrijving: "de AAT beoordelen; zonder antwoord geldt de aanvraag als toegekend",
		Termijn:      Termijn{2, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP037"},
	{ID: TermZorgkantoorToewijzing, Actor: "zorgkantoor", Event: "ontvangst van het indicatiebesluit of de wijziging",
		Omschrijving: "de zorgtoewijzing aan de voorkeuraanbieder sturen",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP088"},
	{ID: TermZorgkantoorContactGeenVoorkeur, Actor: "zorgkantoor", Event: "ontvangst van het indicatiebesluit zonder voorkeuraanbieder",
		Omschrijving: "contact opnemen met de cliënt en daarna een dossierhouder aanwijzen",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginZorgkantoor, Source: "ZK-dossierhouderschap (Zo wordt u dossierhouder)"},
	{ID: TermZorgkantoorVerlengingEenDag, Actor: "zorgkantoor", Event: "verwijdering van de MUT met de onjuiste datum",
		Omschrijving: "de zorgtoewijzing met 1 dag verlengen",
		Termijn:      Termijn{5, Werkdagen}, Richting: Na, Origin: OriginZorgkantoor, Source: "ZK-dossierhouderschap (Mist u 1 dag in de zorgtoewijzing)"},
	{ID: TermRegelzorg, Actor: "zorgaanbieder", Event: "datum van de intramurale zorgtoewijzing",
		Omschrijving: "regelzorg loopt uiterlijk tot deze dag (ingang: de ingangsdatum van het nieuwe indicatiebesluit)",
		Termijn:      Termijn{5, Werkdagen}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 4.4.4",
		Note: "bij een indicatie met terugwerkende kracht kan regelzorg langer dan 5 werkdagen duren: de termijn begrenst het einde, niet de duur"},
	{ID: TermOverbruggingMetUitloop, Actor: "dossierhouder", Event: "ingangsdatum van de overbruggingszorg met uitloop",
		Omschrijving: "overbruggingszorg met uitloop eindigt; daarna weer reguliere overbruggingszorg",
		Termijn:      Termijn{3, Maanden}, Soort: Looptijd, Richting: Na, Verlenging: Termijn{3, Maanden}, MaxVerlengingen: 1,
		Origin: OriginVZ2013, Source: "VZ2013 4.4.2"},
	{ID: TermOverbruggingTweedeTermijn, Actor: "dossierhouder", Event: "begin van de eerste overbruggingstermijn",
		Omschrijving: "de tweede termijn overbruggingszorg aanvragen",
		Termijn:      Termijn{2, Maanden}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP183"},
	{ID: TermBehandelingInOverbrugging, Actor: "dossierhouder", Event: "ingangsdatum van de behandeling individueel",
		Omschrijving: "behandeling individueel in overbrugging is kortdurend",
		Termijn:      Termijn{6, Maanden}, Soort: Looptijd, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 4.4.3",
		Note: "de bron zegt 'maximaal 3 tot 6 maanden'; de catalogus neemt 6 maanden als buitengrens"},
	{ID: TermContactWachtlijstclient, Actor: "dossierhouder", Event: "begin van de overbruggingszorg of het laatste contact met de cliënt",
		Omschrijving: "contact met de wachtende cliënt (minimaal 2x per jaar; afhankelijk van de situatie vaker)",
		Termijn:      Termijn{6, Maanden}, Richting: Na, Origin: OriginZorgkantoor,
		Source: "ZZ-brochure-verwijzers (Taken en verantwoordelijkheden zorgaanbieders: Taken van een dossierhouder); VZ2013 5.2 punt 4",
		Note:   "de brochure zegt 'minimaal 2x per jaar', niet wanneer; de catalogus leest het als: elk contact uiterlijk 6 maanden na het vorige (of na het begin van de overbrugging), zodat elk jaar er ten minste twee heeft. VZ2013 5.2 punt 4 zegt alleen 'regelmatig contact'"},
	{ID: TermTransfer, Actor: "zorgkantoor", Event: "ingangsdatum van de transfertoewijzing",
		Omschrijving: "de transfer eindigt; daarna regulier als de cliënt blijft, of transfer tot de einddatum van het ZZP als de cliënt wacht",
		Termijn:      Termijn{4, Maanden}, Soort: Looptijd, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 Bijlage D (MUT18, transfer)"},
	{ID: TermTijdelijkeVertaling, Actor: "zorgkantoor", Event: "ingangsdatum van de opname op het instellingseigen ZZP",
		Omschrijving: "tijdelijke omzetting van ZZP VG 7, LVG of SGLVG naar een instellingseigen ZZP eindigt",
		Termijn:      Termijn{6, Maanden}, Soort: Looptijd, Richting: Na, Verlenging: Termijn{6, Maanden}, MaxVerlengingen: 1,
		Origin: OriginVZ2013, Source: "VZ2013 Bijlage E punt 8b"},
	{ID: TermPTZZonderVerblijf, Actor: "dossierhouder", Event: "ingangsdatum van de PTZ zonder verblijf",
		Omschrijving: "de aanvraag PTZ zonder verblijf (omzetting van ZZP VV10) vervalt",
		Note:         "de bron zegt 'begrensd tot een periode van maximaal 3 maanden met eventueel een verlenging van maximaal 3 maanden'; niet bevestigd voor de huidige Wlz",
		Termijn:      Termijn{3, Maanden}, Soort: Looptijd, Richting: Na, Verlenging: Termijn{3, Maanden}, MaxVerlengingen: 1,
		Origin: OriginVZ2013, Source: "VZ2013 4.6"},
	{ID: TermZorgweigeringBesluit, Actor: "zorgkantoor", Event: "ontvangst van de zorgweigering",
		Omschrijving: "een besluit nemen over de zorgweigering en dit schriftelijk meedelen",
		Termijn:      Termijn{1, Weken}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 6.4"},
	{ID: TermStopzettingBesluit, Actor: "zorgkantoor", Event: "ontvangst van het verzoek stopzetting zorg",
		Omschrijving: "een besluit nemen over de stopzetting van de zorg en dit schriftelijk meedelen",
		Termijn:      Termijn{3, Weken}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 6.4"},
	{ID: TermBezwaar, Actor: "zorgaanbieder", Event: "de formele beslissing van het zorgkantoor",
		Omschrijving: "het bezwaarschrift indienen",
		Termijn:      Termijn{6, Weken}, Richting: Na, Origin: OriginVZ2013, Source: "VZ2013 6.4",
		Note: "het bezwaar loopt volgens de overeenkomst zorgaanbieder-zorgkantoor, dus niet als wettelijke termijn gemarkeerd; een host die het als Awb-bezwaar behandelt geeft ApplyAtw zelf mee"},
	{ID: TermSleuteldatum, Actor: "zorgaanbieder", Event: "begindatum zorg (AW35)",
		Omschrijving: "de sleuteldatum ligt niet eerder dan deze dag en niet voor de ingangsdatum van de toewijzing",
		Termijn:      Termijn{14, Kalenderdagen}, Richting: Voor, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP044",
		Note: "de bron zegt '14 dagen'; gelezen als kalenderdagen"},
	{ID: TermRetourbericht, Actor: "ontvanger van het bericht", Event: "ontvangst van het bericht",
		Omschrijving: "het retourbericht sturen",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP090"},
	{ID: TermCorrectie, Actor: "verzender van het bericht", Event: "ontvangst van het afkeurende retourbericht",
		Omschrijving: "het gecorrigeerde bericht opnieuw sturen",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP180"},
	{ID: TermCIZIndicatiebesluit, Actor: "CIZ", Event: "afgifte van het indicatiebesluit",
		Omschrijving: "het indicatiebesluit aan het zorgkantoor sturen",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP016"},
	{ID: TermBovenregionaal, Actor: "zorgkantoor", Event: "ontvangst van het bericht voor een andere regio",
		Omschrijving: "het bericht doorsturen naar het andere zorgkantoor",
		Termijn:      Termijn{1, Werkdagen}, Richting: Na, Origin: OriginIWlz, Source: "iWlz-IM 2.2 OP006"},
}

// Terms returns the whole term catalogue, in a stable order. The slice is
// the caller's own copy.
func Terms() []Term {
	out := make([]Term, len(catalogue))
	copy(out, catalogue[:])
	return out
}

// LookupTerm returns the catalogue entry for id, or an error wrapping
// ErrInvalidTermijn for an unknown id.
func LookupTerm(id TermID) (Term, error) {
	for i := range catalogue {
		if catalogue[i].ID == id {
			return catalogue[i], nil
		}
	}
	return Term{}, &TermijnError{ID: id, Reason: "not in the term catalogue"}
}

// DeadlineOf returns the deadline of catalogue term id for an event on
// event: Deadline with the term's Termijn, counted back for a Voor term,
// with ApplyAtw when the term is Statutory, and extended verlengingen
// times by the term's Verlenging, each extension counted from the
// deadline before it (0 for none; more than MaxVerlengingen, or any for a
// term whose Verlenging has N = 0, is ErrInvalidTermijn). A Looptijd term
// has no deadline but a last covered day: DeadlineOf refuses it
// (ErrInvalidTermijn) and LastDayOf answers it. It is LookupTerm followed
// by TermDeadline.
func (c *Calendar) DeadlineOf(event Date, id TermID, verlengingen int) (Date, error) {
	t, err := LookupTerm(id)
	if err != nil {
		return Date{}, err
	}
	return c.TermDeadline(event, t, verlengingen)
}

// TermDeadline is DeadlineOf for a Term the caller already looked up, for
// hot paths that apply the same term many times.
func (c *Calendar) TermDeadline(event Date, t Term, verlengingen int) (Date, error) {
	if t.Soort != Uiterste {
		return Date{}, &TermijnError{ID: t.ID, Reason: "a " + t.Soort.String() + " has no deadline: its end is its last covered day (LastDayOf)"}
	}
	if err := checkVerlengingen(t, verlengingen); err != nil {
		return Date{}, err
	}
	var opts []DeadlineOption
	if t.Statutory {
		opts = append(opts, ApplyAtw())
	}
	term := t.Termijn
	if t.Richting == Voor {
		term.N = -term.N
	}
	end, err := c.Deadline(event, term, opts...)
	for i := 0; err == nil && i < verlengingen; i++ {
		end, err = c.Deadline(end, t.Verlenging, opts...)
	}
	return end, err
}

// LastDayOf returns the last day covered by catalogue term id, a
// Looptijd, when the period begins on start: LastDay with the term's
// Termijn, then verlengingen extensions by its Verlenging. Each extension
// is a new looptijd that begins on the day after the last covered day of
// the one before it: overbrugging met uitloop (3 maanden, once 3 more,
// VZ2013 4.4.2) from 2016-01-01 covers up to 2016-03-31, extended up to
// 2016-06-30; from 2015-11-30 up to 2016-02-29, extended (from 1 maart)
// up to 2016-05-31. More than MaxVerlengingen, any for a term whose
// Verlenging has N = 0, or a term that is not a Looptijd (an Uiterste
// term has a deadline: DeadlineOf) is ErrInvalidTermijn. It is LookupTerm
// followed by TermLastDay.
func (c *Calendar) LastDayOf(start Date, id TermID, verlengingen int) (Date, error) {
	t, err := LookupTerm(id)
	if err != nil {
		return Date{}, err
	}
	return c.TermLastDay(start, t, verlengingen)
}

// TermLastDay is LastDayOf for a Term the caller already looked up.
func (c *Calendar) TermLastDay(start Date, t Term, verlengingen int) (Date, error) {
	if t.Soort != Looptijd {
		return Date{}, &TermijnError{ID: t.ID, Reason: "a " + t.Soort.String() + " is a deadline, not a looptijd (DeadlineOf)"}
	}
	if t.Richting == Voor {
		return Date{}, &TermijnError{ID: t.ID, Reason: "a looptijd runs forward from its start (Richting Na)"}
	}
	if err := checkVerlengingen(t, verlengingen); err != nil {
		return Date{}, err
	}
	end, err := c.LastDay(start, t.Termijn)
	for i := 0; err == nil && i < verlengingen; i++ {
		end, err = c.LastDay(end.AddDays(1), t.Verlenging)
	}
	return end, err
}

// checkVerlengingen checks the number of extensions asked of term t.
func checkVerlengingen(t Term, verlengingen int) error {
	if verlengingen < 0 || verlengingen > t.MaxVerlengingen {
		return &TermijnError{ID: t.ID, Reason: "at most " + strconv.Itoa(t.MaxVerlengingen) +
			" verlenging(en) allowed, asked " + strconv.Itoa(verlengingen)}
	}
	if verlengingen > 0 && t.Verlenging.N == 0 {
		return &TermijnError{ID: t.ID, Reason: "the term has no verlenging (its Verlenging is 0)"}
	}
	return nil
}
