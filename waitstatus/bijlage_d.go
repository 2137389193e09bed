package waitstatus

import "github.com/wlzregels/zorgtoewijzing/allocation"

// MAZ says whether the client is in zorg (a MAZ is present) for a row of
// VZ2013 Bijlage D.
type MAZ uint8

// The values of the column "Client in zorg (MAZ aanwezig)".
const (
	MAZNee MAZ = iota + 1
	MAZJa
	MAZKan // "Kan, hoeft niet"
)

// Zorgeenheid is the column "Soort zorgeenheid" of Bijlage D.
type Zorgeenheid uint8

// The zorgeenheden of Bijlage D.
const (
	AlleenZZP    Zorgeenheid = iota + 1 // the row holds for a ZZP only
	ZZPOfFunctie                        // the row holds for a ZZP or a functie
)

// EDRegel is how the einddatum (ED) of the requested AAT is set.
type EDRegel uint8

// The einddatum rules of Bijlage D.
const (
	// EDMaxZZP: ED = the maximum einddatum of the ZZP ("Mag toegewezen
	// worden voor de duur van de ZZP").
	EDMaxZZP EDRegel = iota + 1
	// EDBudget: when the care exceeds the ZZP budget, at most 3 maanden
	// with one extension (overbrugging met uitloop, VZ2013 4.4.2);
	// otherwise until the einddatum of the ZZP.
	EDBudget
	// EDMetUitloop is the outcome of EDBudget when the budget is exceeded.
	EDMetUitloop
	// EDTransfer: a looptijd of 4 maanden (calendar.TermTransfer); then regulier when the client stays, or
	// transfer until the end of the ZZP when the client waits.
	EDTransfer
)

var edNames = [...]string{"geen", "max-ed-zzp", "budget", "met-uitloop", "transfer"}

// String returns the conformance name ("max-ed-zzp", "met-uitloop",
// "transfer"; "geen" for none).
func (e EDRegel) String() string {
	if int(e) >= len(edNames) {
		return "EDRegel(?)"
	}
	return edNames[e]
}

// MarshalText implements encoding.TextMarshaler.
func (e EDRegel) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// Effect is what a mutation does to the toewijzing.
type Effect uint8

// The effects.
const (
	// Kept: the toewijzing stays (the client waits or pauses).
	Kept Effect = iota + 1
	// Closed: delivery ended (death, overplaatsing, MUT19).
	Closed
	// Withdrawn: the toewijzing ends before care started (MUT12 einde
	// zorgvraag, MUT21 overdracht).
	Withdrawn
)

var effectNames = [...]string{"", "kept", "closed", "withdrawn"}

// String returns "kept", "closed" or "withdrawn".
func (e Effect) String() string {
	if int(e) >= len(effectNames) {
		return "Effect(?)"
	}
	return effectNames[e]
}

// MarshalText implements encoding.TextMarshaler.
func (e Effect) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// DHWijziging is what a mutation does to the dossierhouder (VZ2013 5.3-5.4).
type DHWijziging uint8

// The dossierhouder changes.
const (
	DHBlijft DHWijziging = iota + 1 // the dossierhouder stays
	DHStopt                         // the dossierhouderschap stops
	DHNaar                          // it moves to the instelling bestemming
)

// Mutatiedatum says what the mutatiedatum of a row means.
type Mutatiedatum string

// The meanings of the column "Mutatiedatum".
const (
	DatumOverlijden    Mutatiedatum = "datum overlijden"
	DatumConstatering  Mutatiedatum = "datum constatering wijziging"
	DatumMutatie       Mutatiedatum = "mutatiedatum"
	DatumOverplaatsing Mutatiedatum = "datum overplaatsing"
	Ontslagdatum       Mutatiedatum = "ontslagdatum"
	IngangsdatumZTW    Mutatiedatum = "ingangsdatum zorgtoewijzing"
)

// Rij is one row of the MUT table of VZ2013 Bijlage D ("Leveringsstatus").
type Rij struct {
	ID          string // "VZ2013 Bijlage D, MUT18 rij 3"
	Code        Mutatiecode
	MAZ         MAZ
	Zorgeenheid Zorgeenheid
	// Statuses is the column "Leveringsstatus op de reguliere ZZP
	// toewijzing" (MUT20 allows three).
	Statuses StatusSet
	// AAT is the soort of the aanvraag aangepaste zorgtoewijzing that
	// follows (0: none) and ED its einddatum rule.
	AAT          allocation.SoortToewijzing
	ED           EDRegel
	Beschrijving string
	Voorwaarden  string
	// BudgetBinnenZZP: the care may not exceed the ZZP budget (a
	// condition of the row; VZ2013 Bijlage D "Zorg mag budget ZZP niet
	// overschrijden").
	BudgetBinnenZZP bool
	Mutatiedatum    Mutatiedatum
	Actie           string
	Toewijzing      Effect
	Dossierhouder   DHWijziging
	// Note records where the table contradicts itself and what the library does.
	Note string
}

// bijlageD is the MUT table of VZ2013 Bijlage D, one Go row per source row.
var bijlageD = [...]Rij{
	{ID: "VZ2013 Bijlage D, MUT02", Code: MUT02, MAZ: MAZKan, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(EindeZorgvraag),
		Beschrijving: "Cliënt is overleden.", Voorwaarden: "NVT", Mutatiedatum: DatumOverlijden,
		Actie: "Insturen MUT02", Toewijzing: Closed, Dossierhouder: DHStopt},
	{ID: "VZ2013 Bijlage D, MUT12 rij 1", Code: MUT12, MAZ: MAZNee, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(SlapendWachtend),
		Beschrijving: "Cliënt wil vooralsnog geen enkele zorg (dus geen MAZ).",
		Voorwaarden:  "Cliënt moet zelf in actie komen bij opnamewens of wijziging zorgvraag.", Mutatiedatum: DatumMutatie,
		Actie: "Insturen MUT12 / slapend wachtend", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT12 rij 2", Code: MUT12, MAZ: MAZNee, Zorgeenheid: AlleenZZP, Statuses: Statuses(SlapendWachtend),
		AAT: allocation.Overbrugging, ED: EDMaxZZP,
		Beschrijving:    "Cliënt wil niet binnen de Treeknorm opgenomen worden, maar wil wel gebruik maken van extramurale zorg.",
		Voorwaarden:     "Mag toegewezen worden voor de duur van de ZZP. Zorg mag budget ZZP niet overschrijden. Dossierhouder blijft verantwoordelijk.",
		BudgetBinnenZZP: true, Mutatiedatum: DatumConstatering,
		Actie: "Insturen MUT12 / slapend wachtend + aanmaken AAT", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT12 rij 3", Code: MUT12, MAZ: MAZNee, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(EindeZorgvraag),
		Beschrijving: "Cliënt wil geen enkele zorg.",
		Voorwaarden:  "Cliënt moet zelf in actie komen bij opnamewens of wijziging zorgvraag.", Mutatiedatum: DatumConstatering,
		Actie: "Insturen MUT12 / einde zorgvraag", Toewijzing: Withdrawn, Dossierhouder: DHStopt},
	{ID: "VZ2013 Bijlage D, MUT12 rij 4", Code: MUT12, MAZ: MAZNee, Zorgeenheid: AlleenZZP, Statuses: Statuses(EindeZorgvraag),
		AAT: allocation.Alternatief, ED: EDMaxZZP,
		Beschrijving: "Cliënt ontvangt afwijkende zorg en is daarmee tevreden.",
		Voorwaarden: "Mag toegewezen worden voor duur van de ZZP. Zorg mag gemiddelde budget niet overschrijden. " +
			"Cliënt moet zelf in actie komen bij opnamewens of wijziging zorgvraag, evt. met hulp zorgaanbieder.",
		BudgetBinnenZZP: true, Mutatiedatum: DatumConstatering,
		Actie: "Insturen MUT12 / einde zorgvraag + aanmaken AAT", Toewijzing: Withdrawn, Dossierhouder: DHStopt},
	{ID: "VZ2013 Bijlage D, MUT17", Code: MUT17, MAZ: MAZJa, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(EindeZorgvraag),
		Beschrijving: "Einde zorgvraag + overplaatsing: dossierhouder stuurt MUT17.",
		Voorwaarden:  "Er is wel een MAZ aanwezig maar nog geen MUT.", Mutatiedatum: DatumOverplaatsing,
		Actie: "Insturen MUT17", Toewijzing: Closed, Dossierhouder: DHNaar},
	{ID: "VZ2013 Bijlage D, MUT18 rij 1", Code: MUT18, MAZ: MAZNee, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(ActiefWachtend),
		Beschrijving: "Aanbieder kan uiterlijk binnen 5 dagen na startdatum zorgtoewijzing nog geen besluit nemen.",
		Voorwaarden:  "Zorgaanbieder mag volgens productie-afspraken geen zorg leveren.", Mutatiedatum: DatumConstatering,
		Actie: "Insturen MUT18 / actief wachtend", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT18 rij 2", Code: MUT18, MAZ: MAZNee, Zorgeenheid: AlleenZZP, Statuses: Statuses(ActiefWachtend),
		AAT: allocation.Overbrugging, ED: EDBudget,
		Beschrijving: "Cliënt wil overal direct worden opgenomen binnen de Treeknorm (duur zorgtoewijzing bepaalt prioriteit).",
		Voorwaarden: "Zorg overschrijdt budget ZZP: wordt voor max. 3 maanden toegewezen met eenmalige verlenging. " +
			"Zorg overschrijdt niet het budget ZZP: duur zorgtoewijzing is tot einddatum ZZP. Dossierhouder komt in actie als er een vrije plaats is.",
		Mutatiedatum: DatumConstatering, Actie: "Insturen MUT18 / actief wachtend + aanmaken AAT", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT18 rij 3", Code: MUT18, MAZ: MAZNee, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(WensWachtend),
		Beschrijving: "Aanbieder kan de geïndiceerde zorg nu nog niet leveren. Cliënt wil alleen opgenomen worden bij instelling van 1e voorkeur, maar ontvangt voorlopig geen AWBZ-zorg.",
		Voorwaarden:  "Actie ligt bij dossierhouder als er wel AWBZ-zorg nodig is.", Mutatiedatum: DatumMutatie,
		Actie: "Insturen MUT18 / slapend wachtend", Toewijzing: Kept, Dossierhouder: DHBlijft,
		Note: "The table contradicts itself: the leveringsstatus column says Wens wachtend, the action 'MUT18 / slapend wachtend'. " +
			"MUT18 is 'zorgaanbieder kan nog niet leveren' and the client wants admission at the first preference, which is wens wachtend; the library follows the leveringsstatus column."},
	{ID: "VZ2013 Bijlage D, MUT18 rij 4", Code: MUT18, MAZ: MAZNee, Zorgeenheid: AlleenZZP, Statuses: Statuses(WensWachtend),
		AAT: allocation.Overbrugging, ED: EDMaxZZP,
		Beschrijving:    "Cliënt wil alleen opgenomen worden bij instelling van 1e voorkeur, maar ontvangt wel al extramurale zorg of een ander ZZP dan geïndiceerd door andere zorgaanbieder.",
		Voorwaarden:     "Mag toegewezen worden voor de duur van de ZZP. Zorg mag budget ZZP niet overschrijden. Dossierhouder komt in actie als er een vrije plaats is.",
		BudgetBinnenZZP: true, Mutatiedatum: DatumConstatering,
		Actie: "Insturen MUT18 / wenswachtend + aanmaken AAT", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT18 rij 5", Code: MUT18, MAZ: MAZNee, Zorgeenheid: AlleenZZP, Statuses: Statuses(WensWachtend),
		AAT: allocation.Transfer, ED: EDTransfer,
		Beschrijving: "Cliënt wil opgenomen worden bij instelling van 1e voorkeur maar ontvangt tijdelijk de volledig geïndiceerde zorg (altijd zelfde ZZP) van andere zorgaanbieder.",
		Voorwaarden: "Wordt voor 4 maanden toegewezen. De aanbieder doet navraag bij de cliënt of deze wil wachten of daar wil blijven. " +
			"Wil de cliënt blijven, dan wordt het regulier. Wil de cliënt wachten, dan wordt het transfer tot einde ZZP.",
		Mutatiedatum: DatumConstatering, Actie: "Insturen MUT18 / wenswachtend + aanmaken AAT", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT19", Code: MUT19, MAZ: MAZJa, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(EindeZorgvraag),
		Beschrijving: "Levering zorg is beëindigd, zorgtoewijzing gesloten.", Mutatiedatum: Ontslagdatum,
		Actie: "Insturen MUT19", Toewijzing: Closed, Dossierhouder: DHStopt},
	{ID: "VZ2013 Bijlage D, MUT20", Code: MUT20, MAZ: MAZJa, Zorgeenheid: ZZPOfFunctie,
		Statuses:     Statuses(ActiefWachtend, WensWachtend, SlapendWachtend),
		Beschrijving: "Levering zorg is beëindigd, zorgtoewijzing aanhouden.",
		Voorwaarden:  "Als er sprake is van extramurale zorg na verblijf, kan er MUT12 einde zorg met een AAT ingediend worden.",
		Mutatiedatum: Ontslagdatum, Actie: "Insturen MUT20", Toewijzing: Kept, Dossierhouder: DHBlijft},
	{ID: "VZ2013 Bijlage D, MUT21", Code: MUT21, MAZ: MAZNee, Zorgeenheid: ZZPOfFunctie, Statuses: Statuses(EindeZorgvraag),
		Beschrijving: "Overdracht zorgtoewijzing (er is geen MAZ).",
		Voorwaarden:  "Als zorgaanbieder MUT12 of 18 heeft gedaan dan kan geen MUT21 worden gedaan.", Mutatiedatum: IngangsdatumZTW,
		Actie: "Insturen MUT21", Toewijzing: Withdrawn, Dossierhouder: DHNaar},
}

// BijlageD returns the MUT table of VZ2013 Bijlage D (a copy).
func BijlageD() []Rij { return append([]Rij(nil), bijlageD[:]...) }

// MAZRij is one row of the MAZ table of VZ2013 Bijlage D: the
// leveringsstatus a melding aanvang zorg gives.
type MAZRij struct {
	ID       string
	Functie  bool // MAZ on a functie (false: on a ZZP)
	Volledig bool // the client receives the full toegewezen amount
	Akkoord  bool // the client accepts the (temporary) lower delivery
	Status   Leveringsstatus
}

// mazTable is the MAZ table of VZ2013 Bijlage D.
var mazTable = [...]MAZRij{
	{ID: "VZ2013 Bijlage D, MAZ op ZZP", Volledig: true, Status: InZorg},
	{ID: "VZ2013 Bijlage D, MAZ op functie, volledige levering", Functie: true, Volledig: true, Status: InZorg},
	{ID: "VZ2013 Bijlage D, MAZ op functie, deel en akkoord", Functie: true, Akkoord: true, Status: SlapendWachtend},
	{ID: "VZ2013 Bijlage D, MAZ op functie, deel en niet akkoord", Functie: true, Status: ActiefWachtend},
}

// MAZTable returns the MAZ table of VZ2013 Bijlage D (a copy).
func MAZTable() []MAZRij { return append([]MAZRij(nil), mazTable[:]...) }

// mazRow finds the row for a MAZ on a ZZP (functie false) or a functie.
func mazRow(functie, volledig, akkoord bool) *MAZRij {
	switch {
	case !functie:
		return &mazTable[0]
	case volledig:
		return &mazTable[1]
	case akkoord:
		return &mazTable[2]
	}
	return &mazTable[3]
}
