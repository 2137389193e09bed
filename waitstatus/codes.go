package waitstatus

import (
	"time"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// Leveringsstatus is the iWlz COD167 leveringsstatus of a toewijzing: the
// wachtstatus the aanbieder reports (VZ2013 Bijlage A "Leveringsstatus").
// Its value is the official code. The zero value is absent.
type Leveringsstatus uint8

// The COD167 codes. Codes 2 and 3 were renamed twice; NameOn gives the
// name of each era.
const (
	// ActiefWachtend (1): the client wants the care and does not get it.
	// Not allowed in an AW39 from iWlz 2.2 (CS133).
	ActiefWachtend Leveringsstatus = iota + 1
	// WachtOpVoorkeur (2): 2013 Wens wachtend, iWlz 2.0/2.1 Niet actief wachtend.
	WachtOpVoorkeur
	// WachtUitVoorzorg (3): 2013 Slapend wachtend, iWlz 2.0/2.1 Niet wachtend.
	WachtUitVoorzorg
	// InZorg (4): the client receives the care (AW35 only, CS062).
	InZorg
	// EindeZorgvraag (5): the client no longer wants this care here.
	EindeZorgvraag
	// UrgentPlaatsen (6), from 2021-01-01: admission at very short notice.
	UrgentPlaatsen
	// ActiefPlaatsen (7), from 2021-01-01: admission within one or a few months.
	ActiefPlaatsen
)

// The 2013 names of codes 2 and 3 (VZ2013 Bijlage D).
const (
	WensWachtend    = WachtOpVoorkeur
	SlapendWachtend = WachtUitVoorzorg
)

var leveringsstatusList = &allocation.CodeList{ID: "COD167", Rule: allocation.COD167, Name: "Leveringsstatus", Entries: []allocation.CodeEntry{
	{},
	{Code: "1", Name: "Actief wachtend"},
	{Code: "2", Name: "Wacht op voorkeur"},
	{Code: "3", Name: "Wacht uit voorzorg"},
	{Code: "4", Name: "In zorg"},
	{Code: "5", Name: "Einde zorgvraag"},
	{Code: "6", Name: "Urgent plaatsen", From: ymd(2021, time.January, 1)},
	{Code: "7", Name: "Actief plaatsen", From: ymd(2021, time.January, 1)},
}}

// eraNames are the names of codes 1-5 before iWlz 2.2: [0] VZ2013 (AZR 3.0),
// [1] iWlz 2.0 and 2.1 (iWlz-XSD 2.0 and 2.1 Basisschema; iWlz-codelijsten COD167).
var eraNames = [2][6]string{
	{"", "Actief wachtend", "Wens wachtend", "Slapend wachtend", "In zorg", "Einde zorgvraag"},
	{"", "Actief wachtend", "Niet actief wachtend", "Niet wachtend", "In zorg", "Einde zorgvraag"},
}

// ParseLeveringsstatus parses a COD167 code.
func ParseLeveringsstatus(s string) (Leveringsstatus, error) {
	i, err := leveringsstatusList.Parse(s)
	return Leveringsstatus(i), err
}

// Code returns the COD167 code ("" when absent).
func (l Leveringsstatus) Code() string { return leveringsstatusList.Code(uint8(l)) }

// String returns today's name (iWlz 2.2 and later).
func (l Leveringsstatus) String() string { return leveringsstatusList.Label(uint8(l)) }

// NameOn returns the name the status had on d: the 2013 AZR names before
// 2018-04-01 (Wens wachtend, Slapend wachtend), the iWlz 2.0/2.1 names up
// to 2020 (Niet actief wachtend, Niet wachtend), today's names after.
func (l Leveringsstatus) NameOn(d calendar.Date) string {
	rs := allocation.ReleaseOn(d)
	if l >= ActiefWachtend && l <= EindeZorgvraag && rs != 0 && rs < allocation.IWlz22 {
		if rs == allocation.VZ2013 {
			return eraNames[0][l]
		}
		return eraNames[1][l]
	}
	return l.String()
}

// ValidOn reports whether the code exists on d (6 and 7 from 2021-01-01).
func (l Leveringsstatus) ValidOn(d calendar.Date) bool {
	return leveringsstatusList.ValidOn(uint8(l), d)
}

// MarshalText implements encoding.TextMarshaler (the code).
func (l Leveringsstatus) MarshalText() ([]byte, error) { return leveringsstatusList.Marshal(uint8(l)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (l *Leveringsstatus) UnmarshalText(b []byte) error {
	return leveringsstatusList.Unmarshal(b, (*uint8)(l))
}

// Classificatie is the iWlz COD168 classificatie of a waiting status (from
// 2021-01-01). Its value is the number of the code (Classificatie(9) is
// "09"). The zero value is absent.
type Classificatie uint8

var classificatieList = &allocation.CodeList{ID: "COD168", Rule: allocation.COD168, Name: "Classificatie", Entries: []allocation.CodeEntry{
	{},
	{Code: "01", Name: "Geen passend crisisbed beschikbaar", From: ymd(2021, time.January, 1)},
	{Code: "02", Name: "Doorstroom crisisbed", From: ymd(2021, time.January, 1)},
	{Code: "03", Name: "Doorstroom ziekenhuis (ZH)", From: ymd(2021, time.January, 1)},
	{Code: "04", Name: "Doorstroom eerstelijnsverblijf (ELV)", From: ymd(2021, time.January, 1)},
	{Code: "05", Name: "Doorstroom geriatrische revalidatiezorg (GRZ)", From: ymd(2021, time.January, 1)},
	{Code: "06", Name: "Palliatief terminale zorg (PTZ)", From: ymd(2021, time.January, 1)},
	{Code: "07", Name: "Art. 28a (Wzd)", From: ymd(2021, time.January, 1)},
	{Code: "08", Name: "Rechterlijke machtiging of Zorgmachtiging (RM/ZM)", From: ymd(2021, time.January, 1)},
	{Code: "09", Name: "Dreigende crisis (thuis)", From: ymd(2021, time.January, 1)},
	{Code: "10", Name: "Niet passende zorg", From: ymd(2021, time.January, 1)},
	{Code: "11", Name: "(Tijdelijk) andere aanbieder bespreekbaar", From: ymd(2021, time.January, 1)},
	{Code: "12", Name: "Voorkeuraanbieder leidend", From: ymd(2021, time.January, 1)},
	{Code: "13", Name: "Specifieke locatie/woonwens", From: ymd(2021, time.January, 1)},
	{Code: "14", Name: "Specifieke locatie/gespecialiseerde zorg", From: ymd(2021, time.January, 1)},
	{Code: "15", Name: "Partneropname", From: ymd(2021, time.January, 1)},
	{Code: "16", Name: "Logeren", From: ymd(2021, time.January, 1)},
	{Code: "17", Name: "Specifieke geografische redenen", From: ymd(2021, time.January, 1)},
	{Code: "18", Name: "Doorstroom naar geclusterd wonen VPT", From: ymd(2021, time.January, 1)},
	{Code: "19", Name: "Geen aanvullende wens(en)", From: ymd(2021, time.January, 1)},
	{Code: "20", Name: "Doorstroom klinische GGZ", From: ymd(2023, time.January, 1)},
}}

// ParseClassificatie parses a COD168 code ("09").
func ParseClassificatie(s string) (Classificatie, error) {
	i, err := classificatieList.Parse(s)
	return Classificatie(i), err
}

// Code returns the COD168 code ("" when absent).
func (c Classificatie) Code() string { return classificatieList.Code(uint8(c)) }

// String returns the Dutch name.
func (c Classificatie) String() string { return classificatieList.Label(uint8(c)) }

// ValidOn reports whether the code exists on d.
func (c Classificatie) ValidOn(d calendar.Date) bool { return classificatieList.ValidOn(uint8(c), d) }

// MarshalText implements encoding.TextMarshaler (the code).
func (c Classificatie) MarshalText() ([]byte, error) { return classificatieList.Marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (c *Classificatie) UnmarshalText(b []byte) error {
	return classificatieList.Unmarshal(b, (*uint8)(c))
}

// Mutatiecode is the iWlz COD588 mutatiecode of an AW39 mutation (the
// "MUTxx" of VZ2013 Bijlage D). The zero value is absent.
type Mutatiecode uint8

// The COD588 codes.
const (
	MUT02 Mutatiecode = iota + 1 // Overlijden, until 2020-01-01
	MUT12                        // Cliënt wil de zorg (nog) niet
	MUT17                        // Overplaatsing (er is een MAZ)
	MUT18                        // Zorgaanbieder kan de zorg nu nog niet leveren
	MUT19                        // Levering zorg beëindigd, zorgtoewijzing gesloten
	MUT20                        // Levering zorg beëindigd, zorgtoewijzing aanhouden
	MUT21                        // Overdracht zorgtoewijzing (er is geen MAZ)
)

var mutatiecodeList = &allocation.CodeList{ID: "COD588", Rule: allocation.COD588, Name: "Mutatiecode", Entries: []allocation.CodeEntry{
	{},
	{Code: "02", Name: "Overlijden", Until: ymd(2020, time.January, 1)},
	{Code: "12", Name: "Cliënt wil de zorg (nog) niet"},
	{Code: "17", Name: "Overplaatsing (er is een MAZ)"},
	{Code: "18", Name: "Zorgaanbieder kan de zorg nu nog niet leveren"},
	{Code: "19", Name: "Levering zorg is beëindigd, zorgtoewijzing gesloten"},
	{Code: "20", Name: "Levering zorg is beëindigd, zorgtoewijzing aanhouden"},
	{Code: "21", Name: "Overdracht zorgtoewijzing (er is geen MAZ)"},
}}

// ParseMutatiecode parses a COD588 code ("18").
func ParseMutatiecode(s string) (Mutatiecode, error) {
	i, err := mutatiecodeList.Parse(s)
	return Mutatiecode(i), err
}

// Code returns the COD588 code ("" when absent).
func (m Mutatiecode) Code() string { return mutatiecodeList.Code(uint8(m)) }

// String returns "MUT18 Zorgaanbieder kan de zorg nu nog niet leveren".
func (m Mutatiecode) String() string {
	if m.Code() == "" {
		return mutatiecodeList.Label(uint8(m))
	}
	return "MUT" + m.Code() + " " + mutatiecodeList.Label(uint8(m))
}

// ValidOn reports whether the code exists on d (02 until 2020-01-01).
func (m Mutatiecode) ValidOn(d calendar.Date) bool { return mutatiecodeList.ValidOn(uint8(m), d) }

// MarshalText implements encoding.TextMarshaler (the code).
func (m Mutatiecode) MarshalText() ([]byte, error) { return mutatiecodeList.Marshal(uint8(m)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (m *Mutatiecode) UnmarshalText(b []byte) error { return mutatiecodeList.Unmarshal(b, (*uint8)(m)) }

// ymd builds a date literal of this package's tables (checked by tests).
func ymd(y int, m time.Month, d int) calendar.Date {
	date, _ := calendar.NewDate(y, m, d)
	return date
}
