// The iWlz code lists, one row per code, from iWlz-codelijsten (codes, names and
// validity dates as the lists give them) and the iWlz-XSD 2.2 Basisschema.

package allocation

import (
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// Leveringsvorm is an iWlz COD578 Leveringsvorm: how the care is delivered.
// The zero value is absent. It marshals to the official code.
type Leveringsvorm uint8

// The COD578 codes.
const (
	// PGB is code 2: Persoonsgebonden budget (PGB).
	PGB Leveringsvorm = iota + 1
	// Verblijf is code 4: Verblijf.
	Verblijf
	// VPT is code 5: Volledig pakket thuis (VPT).
	VPT
	// MPT is code 7: Modulair pakket thuis (MPT), valid from 2018-04-01.
	MPT
	// DTV is code 8: Deeltijdverblijf (DTV), valid from 2020-01-01.
	DTV
	// VKB is code 9: Verkeerde bed (VKB), valid from 2021-01-01.
	VKB
)

var leveringsvormList = &CodeList{ID: "COD578", Rule: COD578, Name: "Leveringsvorm", Entries: []CodeEntry{
	{},
	{Code: "2", Name: "Persoonsgebonden budget (PGB)"},
	{Code: "4", Name: "Verblijf", Aliases: []string{"ZIN"}},
	{Code: "5", Name: "Volledig pakket thuis (VPT)"},
	{Code: "7", Name: "Modulair pakket thuis (MPT)", From: ymd(2018, time.April, 1)},
	{Code: "8", Name: "Deeltijdverblijf (DTV)", From: ymd(2020, time.January, 1)},
	{Code: "9", Name: "Verkeerde bed (VKB)", From: ymd(2021, time.January, 1)},
}}

// ParseLeveringsvorm parses an iWlz COD578 code.
func ParseLeveringsvorm(s string) (Leveringsvorm, error) {
	i, err := leveringsvormList.Parse(s)
	return Leveringsvorm(i), err
}

// Code returns the official COD578 code ("" when absent).
func (l Leveringsvorm) Code() string { return leveringsvormList.Code(uint8(l)) }

// String returns the Dutch name.
func (l Leveringsvorm) String() string { return leveringsvormList.Label(uint8(l)) }

// ValidOn reports whether the code exists and is valid on d.
func (l Leveringsvorm) ValidOn(d calendar.Date) bool { return leveringsvormList.ValidOn(uint8(l), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (l Leveringsvorm) MarshalText() ([]byte, error) { return leveringsvormList.Marshal(uint8(l)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (l *Leveringsvorm) UnmarshalText(b []byte) error {
	return leveringsvormList.Unmarshal(b, (*uint8)(l))
}

// SoortToewijzing is an iWlz COD165 Soort toewijzing: the relation of a toewijzing to the indicatie (VZ2013 Bijlage A, Soort zorgtoewijzing).
// The zero value is absent. It marshals to the official code.
type SoortToewijzing uint8

// The COD165 codes.
const (
	// Regulier is code 1: Regulier.
	Regulier SoortToewijzing = iota + 1
	// Alternatief is code 2: Alternatief, valid until 2018-04-01.
	Alternatief
	// Overbrugging is code 3: Overbrugging.
	Overbrugging
	// Transfer is code 4: Transfer, valid until 2018-04-01.
	Transfer
	// Administratief is code 5: Administratief.
	Administratief
)

var soortToewijzingList = &CodeList{ID: "COD165", Rule: COD165, Name: "Soort toewijzing", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Regulier"},
	{Code: "2", Name: "Alternatief", Until: ymd(2018, time.April, 1)},
	{Code: "3", Name: "Overbrugging"},
	{Code: "4", Name: "Transfer", Until: ymd(2018, time.April, 1)},
	{Code: "5", Name: "Administratief"},
}}

// ParseSoortToewijzing parses an iWlz COD165 code.
func ParseSoortToewijzing(s string) (SoortToewijzing, error) {
	i, err := soortToewijzingList.Parse(s)
	return SoortToewijzing(i), err
}

// Code returns the official COD165 code ("" when absent).
func (s SoortToewijzing) Code() string { return soortToewijzingList.Code(uint8(s)) }

// String returns the Dutch name.
func (s SoortToewijzing) String() string { return soortToewijzingList.Label(uint8(s)) }

// ValidOn reports whether the code exists and is valid on d.
func (s SoortToewijzing) ValidOn(d calendar.Date) bool {
	return soortToewijzingList.ValidOn(uint8(s), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (s SoortToewijzing) MarshalText() ([]byte, error) { return soortToewijzingList.Marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (s *SoortToewijzing) UnmarshalText(b []byte) error {
	return soortToewijzingList.Unmarshal(b, (*uint8)(s))
}

// RedenIntrekking is an iWlz COD172 Reden intrekking: why a toewijzing is withdrawn.
// The zero value is absent. It marshals to the official code.
type RedenIntrekking uint8

// The COD172 codes.
const (
	// IntrekkingOverleden is code 1: Cliënt overleden.
	IntrekkingOverleden RedenIntrekking = iota + 1
	// IntrekkingNegatiefBesluit is code 2: Negatief indicatiebesluit.
	IntrekkingNegatiefBesluit
	// IntrekkingHerindicatie is code 3: Herindicatie.
	IntrekkingHerindicatie
	// IntrekkingOverplaatsing is code 4: Overplaatsing.
	IntrekkingOverplaatsing
	// IntrekkingWijzigingLeveringsvorm is code 5: Wijziging leveringsvorm.
	IntrekkingWijzigingLeveringsvorm
	// IntrekkingUitstroom is code 6: Uitstroom.
	IntrekkingUitstroom
	// IntrekkingAndereAanbieder is code 7: Andere aanbieder heeft de cliënt in zorg genomen, valid from 2018-04-01.
	IntrekkingAndereAanbieder
	// IntrekkingVerhuizing is code 8: Verhuizing, valid from 2018-04-01.
	IntrekkingVerhuizing
)

var redenIntrekkingList = &CodeList{ID: "COD172", Rule: COD172, Name: "Reden intrekking", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Cliënt overleden"},
	{Code: "2", Name: "Negatief indicatiebesluit"},
	{Code: "3", Name: "Herindicatie"},
	{Code: "4", Name: "Overplaatsing"},
	{Code: "5", Name: "Wijziging leveringsvorm"},
	{Code: "6", Name: "Uitstroom"},
	{Code: "7", Name: "Andere aanbieder heeft de cliënt in zorg genomen", From: ymd(2018, time.April, 1)},
	{Code: "8", Name: "Verhuizing", From: ymd(2018, time.April, 1)},
}}

// ParseRedenIntrekking parses an iWlz COD172 code.
func ParseRedenIntrekking(s string) (RedenIntrekking, error) {
	i, err := redenIntrekkingList.Parse(s)
	return RedenIntrekking(i), err
}

// Code returns the official COD172 code ("" when absent).
func (r RedenIntrekking) Code() string { return redenIntrekkingList.Code(uint8(r)) }

// String returns the Dutch name.
func (r RedenIntrekking) String() string { return redenIntrekkingList.Label(uint8(r)) }

// ValidOn reports whether the code exists and is valid on d.
func (r RedenIntrekking) ValidOn(d calendar.Date) bool {
	return redenIntrekkingList.ValidOn(uint8(r), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (r RedenIntrekking) MarshalText() ([]byte, error) { return redenIntrekkingList.Marshal(uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (r *RedenIntrekking) UnmarshalText(b []byte) error {
	return redenIntrekkingList.Unmarshal(b, (*uint8)(r))
}

// Etmalen is an iWlz COD755 Etmalen: the etmalen per week of a deeltijdverblijf (DTV).
// The zero value is absent. It marshals to the official code.
type Etmalen uint8

// The COD755 codes.
const (
	// Etmalen35 is code 3,5: 3,5 etmaal per week, valid from 2020-01-01.
	Etmalen35 Etmalen = iota + 1
	// Etmalen40 is code 4,0: 4,0 etmalen per week, valid from 2020-01-01.
	Etmalen40
	// Etmalen45 is code 4,5: 4,5 etmaal per week, valid from 2020-01-01.
	Etmalen45
)

var etmalenList = &CodeList{ID: "COD755", Rule: COD755, Name: "Etmalen", Entries: []CodeEntry{
	{},
	{Code: "3,5", Name: "3,5 etmaal per week", From: ymd(2020, time.January, 1)},
	{Code: "4,0", Name: "4,0 etmalen per week", From: ymd(2020, time.January, 1)},
	{Code: "4,5", Name: "4,5 etmaal per week", From: ymd(2020, time.January, 1)},
}}

// ParseEtmalen parses an iWlz COD755 code.
func ParseEtmalen(s string) (Etmalen, error) { i, err := etmalenList.Parse(s); return Etmalen(i), err }

// Code returns the official COD755 code ("" when absent).
func (e Etmalen) Code() string { return etmalenList.Code(uint8(e)) }

// String returns the Dutch name.
func (e Etmalen) String() string { return etmalenList.Label(uint8(e)) }

// ValidOn reports whether the code exists and is valid on d.
func (e Etmalen) ValidOn(d calendar.Date) bool { return etmalenList.ValidOn(uint8(e), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (e Etmalen) MarshalText() ([]byte, error) { return etmalenList.Marshal(uint8(e)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (e *Etmalen) UnmarshalText(b []byte) error { return etmalenList.Unmarshal(b, (*uint8)(e)) }

// Klasse is an iWlz COD756 Klasse: the volume of a functie or ZZP: K0-K8 hours per week, KD01-KD15 dagdelen per week, KE1-KE7 etmalen per week; not used from iWlz 2.4.
// The zero value is absent. It marshals to the official code.
type Klasse uint8

// The COD756 codes.
const (
	// KlasseNVT is code 99: Niet van toepassing, valid until 2023-01-01.
	KlasseNVT Klasse = iota + 1
	// K0 is code K0: K0: klasse 0 (uren per week), valid until 2023-01-01.
	K0
	// K1 is code K1: K1: klasse 1 (uren per week), valid until 2023-01-01.
	K1
	// K2 is code K2: K2: klasse 2 (uren per week), valid until 2023-01-01.
	K2
	// K3 is code K3: K3: klasse 3 (uren per week), valid until 2023-01-01.
	K3
	// K4 is code K4: K4: klasse 4 (uren per week), valid until 2023-01-01.
	K4
	// K5 is code K5: K5: klasse 5 (uren per week), valid until 2023-01-01.
	K5
	// K6 is code K6: K6: klasse 6 (uren per week), valid until 2023-01-01.
	K6
	// K7 is code K7: K7: klasse 7 (uren per week), valid until 2023-01-01.
	K7
	// K8 is code K8: K8: klasse 8 (uren per week), valid until 2023-01-01.
	K8
	// KD01 is code KD01: KD01: 1 dagdel per week, valid until 2023-01-01.
	KD01
	// KD02 is code KD02: KD02: 2 dagdelen per week, valid until 2023-01-01.
	KD02
	// KD03 is code KD03: KD03: 3 dagdelen per week, valid until 2023-01-01.
	KD03
	// KD04 is code KD04: KD04: 4 dagdelen per week, valid until 2023-01-01.
	KD04
	// KD05 is code KD05: KD05: 5 dagdelen per week, valid until 2023-01-01.
	KD05
	// KD06 is code KD06: KD06: 6 dagdelen per week, valid until 2023-01-01.
	KD06
	// KD07 is code KD07: KD07: 7 dagdelen per week, valid until 2023-01-01.
	KD07
	// KD08 is code KD08: KD08: 8 dagdelen per week, valid until 2023-01-01.
	KD08
	// KD09 is code KD09: KD09: 9 dagdelen per week, valid until 2023-01-01.
	KD09
	// KD10 is code KD10: KD10: 10 dagdelen per week, valid until 2023-01-01.
	KD10
	// KD11 is code KD11: KD11: 11 dagdelen per week, valid until 2023-01-01.
	KD11
	// KD12 is code KD12: KD12: 12 dagdelen per week, valid until 2023-01-01.
	KD12
	// KD13 is code KD13: KD13: 13 dagdelen per week, valid until 2023-01-01.
	KD13
	// KD14 is code KD14: KD14: 14 dagdelen per week, valid until 2023-01-01.
	KD14
	// KD15 is code KD15: KD15: 15 dagdelen per week, valid until 2023-01-01.
	KD15
	// KE1 is code KE1: KE1: gemiddeld 1 etmaal per week, valid until 2023-01-01.
	KE1
	// KE2 is code KE2: KE2: gemiddeld 2 etmalen per week, valid until 2023-01-01.
	KE2
	// KE3 is code KE3: KE3: gemiddeld 3 etmalen per week, valid until 2023-01-01.
	KE3
	// KE4 is code KE4: KE4: gemiddeld 4 etmalen per week, valid until 2023-01-01.
	KE4
	// KE5 is code KE5: KE5: gemiddeld 5 etmalen per week, valid until 2023-01-01.
	KE5
	// KE6 is code KE6: KE6: gemiddeld 6 etmalen per week, valid until 2023-01-01.
	KE6
	// KE7 is code KE7: KE7: gemiddeld 7 etmalen per week, valid until 2023-01-01.
	KE7
)

var klasseList = &CodeList{ID: "COD756", Rule: COD756, Name: "Klasse", Entries: []CodeEntry{
	{},
	{Code: "99", Name: "Niet van toepassing", Until: ymd(2023, time.January, 1)},
	{Code: "K0", Name: "K0: klasse 0 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K1", Name: "K1: klasse 1 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K2", Name: "K2: klasse 2 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K3", Name: "K3: klasse 3 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K4", Name: "K4: klasse 4 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K5", Name: "K5: klasse 5 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K6", Name: "K6: klasse 6 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K7", Name: "K7: klasse 7 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "K8", Name: "K8: klasse 8 (uren per week)", Until: ymd(2023, time.January, 1)},
	{Code: "KD01", Name: "KD01: 1 dagdel per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD02", Name: "KD02: 2 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD03", Name: "KD03: 3 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD04", Name: "KD04: 4 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD05", Name: "KD05: 5 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD06", Name: "KD06: 6 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD07", Name: "KD07: 7 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD08", Name: "KD08: 8 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD09", Name: "KD09: 9 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD10", Name: "KD10: 10 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD11", Name: "KD11: 11 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD12", Name: "KD12: 12 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD13", Name: "KD13: 13 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD14", Name: "KD14: 14 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KD15", Name: "KD15: 15 dagdelen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE1", Name: "KE1: gemiddeld 1 etmaal per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE2", Name: "KE2: gemiddeld 2 etmalen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE3", Name: "KE3: gemiddeld 3 etmalen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE4", Name: "KE4: gemiddeld 4 etmalen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE5", Name: "KE5: gemiddeld 5 etmalen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE6", Name: "KE6: gemiddeld 6 etmalen per week", Until: ymd(2023, time.January, 1)},
	{Code: "KE7", Name: "KE7: gemiddeld 7 etmalen per week", Until: ymd(2023, time.January, 1)},
}}

// ParseKlasse parses an iWlz COD756 code.
func ParseKlasse(s string) (Klasse, error) { i, err := klasseList.Parse(s); return Klasse(i), err }

// Code returns the official COD756 code ("" when absent).
func (k Klasse) Code() string { return klasseList.Code(uint8(k)) }

// String returns the Dutch name.
func (k Klasse) String() string { return klasseList.Label(uint8(k)) }

// ValidOn reports whether the code exists and is valid on d.
func (k Klasse) ValidOn(d calendar.Date) bool { return klasseList.ValidOn(uint8(k), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (k Klasse) MarshalText() ([]byte, error) { return klasseList.Marshal(uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (k *Klasse) UnmarshalText(b []byte) error { return klasseList.Unmarshal(b, (*uint8)(k)) }

// Functie is an iWlz COD732 Functie: an AWBZ/Wlz functie; not used from iWlz 2.4.
// The zero value is absent. It marshals to the official code.
type Functie uint8

// The COD732 codes.
const (
	// FunctieHV is code 21: Huishoudelijke verzorging (HV), valid until 2023-01-01.
	FunctieHV Functie = iota + 1
	// FunctiePV is code 31: Persoonlijke verzorging (PV), valid until 2023-01-01.
	FunctiePV
	// FunctieVP is code 41: Verpleging (VP), valid until 2023-01-01.
	FunctieVP
	// FunctieBHALG is code 61: Behandeling algemeen (BH-ALG), valid until 2023-01-01.
	FunctieBHALG
	// FunctieBHVBF is code 62: Behandeling (BH-VBF), valid until 2023-01-01.
	FunctieBHVBF
	// FunctieBHIND is code 63: Behandeling individueel (BH-IND), valid until 2023-01-01.
	FunctieBHIND
	// FunctieBHGRP is code 64: Behandeling groep (BH-GRP), valid until 2023-01-01.
	FunctieBHGRP
	// FunctieVBTYD is code 71: Verblijf tijdelijk (VBTYD, kortdurend verblijf VBKD), valid until 2023-01-01.
	FunctieVBTYD
	// FunctieBGIND is code 81: Begeleiding individueel (BG-IND), valid until 2023-01-01.
	FunctieBGIND
	// FunctieBGGRP is code 82: Begeleiding groep (BG-GRP), valid until 2023-01-01.
	FunctieBGGRP
	// FunctieADL is code 91: ADL-assistentie (ADL), valid until 2023-01-01.
	FunctieADL
)

var functieList = &CodeList{ID: "COD732", Rule: COD732, Name: "Functie", Entries: []CodeEntry{
	{},
	{Code: "21", Name: "Huishoudelijke verzorging (HV)", Until: ymd(2023, time.January, 1), Aliases: []string{"HV"}},
	{Code: "31", Name: "Persoonlijke verzorging (PV)", Until: ymd(2023, time.January, 1), Aliases: []string{"PV"}},
	{Code: "41", Name: "Verpleging (VP)", Until: ymd(2023, time.January, 1), Aliases: []string{"VP"}},
	{Code: "61", Name: "Behandeling algemeen (BH-ALG)", Until: ymd(2023, time.January, 1), Aliases: []string{"BH-ALG"}},
	{Code: "62", Name: "Behandeling (BH-VBF)", Until: ymd(2023, time.January, 1), Aliases: []string{"BH-VBF"}},
	{Code: "63", Name: "Behandeling individueel (BH-IND)", Until: ymd(2023, time.January, 1), Aliases: []string{"BH-IND"}},
	{Code: "64", Name: "Behandeling groep (BH-GRP)", Until: ymd(2023, time.January, 1), Aliases: []string{"BH-GRP"}},
	{Code: "71", Name: "Verblijf tijdelijk (VBTYD, kortdurend verblijf VBKD)", Until: ymd(2023, time.January, 1), Aliases: []string{"VBTYD", "VBKD"}},
	{Code: "81", Name: "Begeleiding individueel (BG-IND)", Until: ymd(2023, time.January, 1), Aliases: []string{"BG-IND", "BGI"}},
	{Code: "82", Name: "Begeleiding groep (BG-GRP)", Until: ymd(2023, time.January, 1), Aliases: []string{"BG-GRP", "BGG"}},
	{Code: "91", Name: "ADL-assistentie (ADL)", Until: ymd(2023, time.January, 1), Aliases: []string{"ADL"}},
}}

// ParseFunctie parses an iWlz COD732 code.
func ParseFunctie(s string) (Functie, error) { i, err := functieList.Parse(s); return Functie(i), err }

// Code returns the official COD732 code ("" when absent).
func (f Functie) Code() string { return functieList.Code(uint8(f)) }

// String returns the Dutch name.
func (f Functie) String() string { return functieList.Label(uint8(f)) }

// ValidOn reports whether the code exists and is valid on d.
func (f Functie) ValidOn(d calendar.Date) bool { return functieList.ValidOn(uint8(f), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (f Functie) MarshalText() ([]byte, error) { return functieList.Marshal(uint8(f)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (f *Functie) UnmarshalText(b []byte) error { return functieList.Unmarshal(b, (*uint8)(f)) }

// Grondslag is an iWlz COD736 Grondslag: the ground of an indicatie.
// The zero value is absent. It marshals to the official code.
type Grondslag uint8

// The COD736 codes.
const (
	// GrondslagSomatisch is code 01: Somatische ziekte/aandoening.
	GrondslagSomatisch Grondslag = iota + 1
	// GrondslagPsychogeriatrisch is code 02: Psychogeriatrische ziekte/aandoening.
	GrondslagPsychogeriatrisch
	// GrondslagPsychiatrisch is code 03: Psychiatrische aandoening, psychische stoornis.
	GrondslagPsychiatrisch
	// GrondslagLichamelijk is code 04: Lichamelijke handicap.
	GrondslagLichamelijk
	// GrondslagVerstandelijk is code 05: Verstandelijke handicap.
	GrondslagVerstandelijk
	// GrondslagZintuiglijk is code 06: Zintuiglijke handicap.
	GrondslagZintuiglijk
	// GrondslagPsychosociaal is code 07: Psychosociale problemen.
	GrondslagPsychosociaal
)

var grondslagList = &CodeList{ID: "COD736", Rule: COD736, Name: "Grondslag", Entries: []CodeEntry{
	{},
	{Code: "01", Name: "Somatische ziekte/aandoening"},
	{Code: "02", Name: "Psychogeriatrische ziekte/aandoening"},
	{Code: "03", Name: "Psychiatrische aandoening, psychische stoornis"},
	{Code: "04", Name: "Lichamelijke handicap"},
	{Code: "05", Name: "Verstandelijke handicap"},
	{Code: "06", Name: "Zintuiglijke handicap"},
	{Code: "07", Name: "Psychosociale problemen"},
}}

// ParseGrondslag parses an iWlz COD736 code.
func ParseGrondslag(s string) (Grondslag, error) {
	i, err := grondslagList.Parse(s)
	return Grondslag(i), err
}

// Code returns the official COD736 code ("" when absent).
func (g Grondslag) Code() string { return grondslagList.Code(uint8(g)) }

// String returns the Dutch name.
func (g Grondslag) String() string { return grondslagList.Label(uint8(g)) }

// ValidOn reports whether the code exists and is valid on d.
func (g Grondslag) ValidOn(d calendar.Date) bool { return grondslagList.ValidOn(uint8(g), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (g Grondslag) MarshalText() ([]byte, error) { return grondslagList.Marshal(uint8(g)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (g *Grondslag) UnmarshalText(b []byte) error { return grondslagList.Unmarshal(b, (*uint8)(g)) }

// VoorkeurClient is an iWlz COD999 Voorkeur cliënt: the client's preferred leveringsvorm, as the CIZ records it.
// The zero value is absent. It marshals to the official code.
type VoorkeurClient uint8

// The COD999 codes.
const (
	// VoorkeurFunctieInNatura is code 1: Functie in natura, valid until 2018-04-01.
	VoorkeurFunctieInNatura VoorkeurClient = iota + 1
	// VoorkeurPGB is code 2: PGB.
	VoorkeurPGB
	// VoorkeurZorgThuis is code 3: Zorg thuis (niet nader gespecificeerd).
	VoorkeurZorgThuis
	// VoorkeurVerblijf is code 4: Verblijf.
	VoorkeurVerblijf
	// VoorkeurVPT is code 5: VPT.
	VoorkeurVPT
	// VoorkeurPGBMPT is code 6: Combinatie PGB/MPT.
	VoorkeurPGBMPT
	// VoorkeurMPT is code 7: MPT.
	VoorkeurMPT
	// VoorkeurVPTPGB is code 8: Combinatie VPT/PGB, valid from 2020-01-01.
	VoorkeurVPTPGB
	// VoorkeurVerblijfPGB is code 9: Combinatie Verblijf/PGB, valid from 2020-01-01.
	VoorkeurVerblijfPGB
	// VoorkeurDTV is code 10: Deeltijdverblijf (DTV), valid from 2021-01-01.
	VoorkeurDTV
)

var voorkeurClientList = &CodeList{ID: "COD999", Rule: COD999, Name: "Voorkeur cliënt", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Functie in natura", Until: ymd(2018, time.April, 1)},
	{Code: "2", Name: "PGB"},
	{Code: "3", Name: "Zorg thuis (niet nader gespecificeerd)"},
	{Code: "4", Name: "Verblijf"},
	{Code: "5", Name: "VPT"},
	{Code: "6", Name: "Combinatie PGB/MPT"},
	{Code: "7", Name: "MPT"},
	{Code: "8", Name: "Combinatie VPT/PGB", From: ymd(2020, time.January, 1)},
	{Code: "9", Name: "Combinatie Verblijf/PGB", From: ymd(2020, time.January, 1)},
	{Code: "10", Name: "Deeltijdverblijf (DTV)", From: ymd(2021, time.January, 1)},
}}

// ParseVoorkeurClient parses an iWlz COD999 code.
func ParseVoorkeurClient(s string) (VoorkeurClient, error) {
	i, err := voorkeurClientList.Parse(s)
	return VoorkeurClient(i), err
}

// Code returns the official COD999 code ("" when absent).
func (v VoorkeurClient) Code() string { return voorkeurClientList.Code(uint8(v)) }

// String returns the Dutch name.
func (v VoorkeurClient) String() string { return voorkeurClientList.Label(uint8(v)) }

// ValidOn reports whether the code exists and is valid on d.
func (v VoorkeurClient) ValidOn(d calendar.Date) bool { return voorkeurClientList.ValidOn(uint8(v), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (v VoorkeurClient) MarshalText() ([]byte, error) { return voorkeurClientList.Marshal(uint8(v)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (v *VoorkeurClient) UnmarshalText(b []byte) error {
	return voorkeurClientList.Unmarshal(b, (*uint8)(v))
}

// JaNee is an iWlz COD260 Ja/Nee: a yes or no field, such as Opname.
// The zero value is absent. It marshals to the official code.
type JaNee uint8

// The COD260 codes.
const (
	// Ja is code 1: Ja.
	Ja JaNee = iota + 1
	// Nee is code 2: Nee.
	Nee
)

var jaNeeList = &CodeList{ID: "COD260", Rule: COD260, Name: "Ja/Nee", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Ja"},
	{Code: "2", Name: "Nee"},
}}

// ParseJaNee parses an iWlz COD260 code.
func ParseJaNee(s string) (JaNee, error) { i, err := jaNeeList.Parse(s); return JaNee(i), err }

// Code returns the official COD260 code ("" when absent).
func (j JaNee) Code() string { return jaNeeList.Code(uint8(j)) }

// String returns the Dutch name.
func (j JaNee) String() string { return jaNeeList.Label(uint8(j)) }

// ValidOn reports whether the code exists and is valid on d.
func (j JaNee) ValidOn(d calendar.Date) bool { return jaNeeList.ValidOn(uint8(j), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (j JaNee) MarshalText() ([]byte, error) { return jaNeeList.Marshal(uint8(j)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (j *JaNee) UnmarshalText(b []byte) error { return jaNeeList.Unmarshal(b, (*uint8)(j)) }

// ExtraKostenThuis is an iWlz COD981 Extra kosten thuis: the toeslag extra kosten thuis (EKT).
// The zero value is absent. It marshals to the official code.
type ExtraKostenThuis uint8

// The COD981 codes.
const (
	// EKT is code 5: Extra kosten thuis.
	EKT ExtraKostenThuis = iota + 1
)

var extraKostenThuisList = &CodeList{ID: "COD981", Rule: COD981, Name: "Extra kosten thuis", Entries: []CodeEntry{
	{},
	{Code: "5", Name: "Extra kosten thuis"},
}}

// ParseExtraKostenThuis parses an iWlz COD981 code.
func ParseExtraKostenThuis(s string) (ExtraKostenThuis, error) {
	i, err := extraKostenThuisList.Parse(s)
	return ExtraKostenThuis(i), err
}

// Code returns the official COD981 code ("" when absent).
func (e ExtraKostenThuis) Code() string { return extraKostenThuisList.Code(uint8(e)) }

// String returns the Dutch name.
func (e ExtraKostenThuis) String() string { return extraKostenThuisList.Label(uint8(e)) }

// ValidOn reports whether the code exists and is valid on d.
func (e ExtraKostenThuis) ValidOn(d calendar.Date) bool {
	return extraKostenThuisList.ValidOn(uint8(e), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (e ExtraKostenThuis) MarshalText() ([]byte, error) {
	return extraKostenThuisList.Marshal(uint8(e))
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (e *ExtraKostenThuis) UnmarshalText(b []byte) error {
	return extraKostenThuisList.Unmarshal(b, (*uint8)(e))
}

// ToeslagBeademing is an iWlz COD982 Toeslag beademing: the toeslag for ventilation.
// The zero value is absent. It marshals to the official code.
type ToeslagBeademing uint8

// The COD982 codes.
const (
	// BeademingNonInvasief is code 1: Non-invasief.
	BeademingNonInvasief ToeslagBeademing = iota + 1
	// BeademingInvasief is code 2: Invasief.
	BeademingInvasief
)

var toeslagBeademingList = &CodeList{ID: "COD982", Rule: COD982, Name: "Toeslag beademing", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Non-invasief"},
	{Code: "2", Name: "Invasief"},
}}

// ParseToeslagBeademing parses an iWlz COD982 code.
func ParseToeslagBeademing(s string) (ToeslagBeademing, error) {
	i, err := toeslagBeademingList.Parse(s)
	return ToeslagBeademing(i), err
}

// Code returns the official COD982 code ("" when absent).
func (t ToeslagBeademing) Code() string { return toeslagBeademingList.Code(uint8(t)) }

// String returns the Dutch name.
func (t ToeslagBeademing) String() string { return toeslagBeademingList.Label(uint8(t)) }

// ValidOn reports whether the code exists and is valid on d.
func (t ToeslagBeademing) ValidOn(d calendar.Date) bool {
	return toeslagBeademingList.ValidOn(uint8(t), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (t ToeslagBeademing) MarshalText() ([]byte, error) {
	return toeslagBeademingList.Marshal(uint8(t))
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (t *ToeslagBeademing) UnmarshalText(b []byte) error {
	return toeslagBeademingList.Unmarshal(b, (*uint8)(t))
}

// ToeslagOverig is an iWlz COD983 Toeslag overig: the other toeslagen on an aanvraag.
// The zero value is absent. It marshals to the official code.
type ToeslagOverig uint8

// The COD983 codes.
const (
	// ToeslagExtraOverbruggingszorg is code 1: Extra overbruggingszorg.
	ToeslagExtraOverbruggingszorg ToeslagOverig = iota + 1
	// ToeslagPTZ is code 2: Palliatief terminale zorg (PTZ).
	ToeslagPTZ
	// ToeslagMeerzorg is code 3: Meerzorg.
	ToeslagMeerzorg
	// ToeslagExtraBehandeling is code 4: Extra budget voor behandeling.
	ToeslagExtraBehandeling
	// ToeslagOverigOverig is code 5: Overig.
	ToeslagOverigOverig
	// ToeslagGVH is code 6: Gespecialiseerd Verpleegkundig Handelen (GVH), valid from 2018-04-01.
	ToeslagGVH
	// ToeslagEKTBehandeling is code 7: Combinatie van EKT en extra behandeling, valid from 2020-01-01.
	ToeslagEKTBehandeling
	// ToeslagKindOntwikkelperspectief is code 8: Thuiswonend kind met ontwikkelperspectief < 18 jaar, valid from 2020-01-01.
	ToeslagKindOntwikkelperspectief
	// ToeslagMaatwerk is code 9: Maatwerk (volwassenen) bij dure dagbesteding/dagbehandeling/individuele behandeling, valid from 2021-01-01.
	ToeslagMaatwerk
	// ToeslagLogeren is code 10: Logeren, valid from 2023-01-01.
	ToeslagLogeren
)

var toeslagOverigList = &CodeList{ID: "COD983", Rule: COD983, Name: "Toeslag overig", Entries: []CodeEntry{
	{},
	{Code: "1", Name: "Extra overbruggingszorg"},
	{Code: "2", Name: "Palliatief terminale zorg (PTZ)"},
	{Code: "3", Name: "Meerzorg"},
	{Code: "4", Name: "Extra budget voor behandeling"},
	{Code: "5", Name: "Overig"},
	{Code: "6", Name: "Gespecialiseerd Verpleegkundig Handelen (GVH)", From: ymd(2018, time.April, 1)},
	{Code: "7", Name: "Combinatie van EKT en extra behandeling", From: ymd(2020, time.January, 1)},
	{Code: "8", Name: "Thuiswonend kind met ontwikkelperspectief < 18 jaar", From: ymd(2020, time.January, 1)},
	{Code: "9", Name: "Maatwerk (volwassenen) bij dure dagbesteding/dagbehandeling/individuele behandeling", From: ymd(2021, time.January, 1)},
	{Code: "10", Name: "Logeren", From: ymd(2023, time.January, 1)},
}}

// ParseToeslagOverig parses an iWlz COD983 code.
func ParseToeslagOverig(s string) (ToeslagOverig, error) {
	i, err := toeslagOverigList.Parse(s)
	return ToeslagOverig(i), err
}

// Code returns the official COD983 code ("" when absent).
func (t ToeslagOverig) Code() string { return toeslagOverigList.Code(uint8(t)) }

// String returns the Dutch name.
func (t ToeslagOverig) String() string { return toeslagOverigList.Label(uint8(t)) }

// ValidOn reports whether the code exists and is valid on d.
func (t ToeslagOverig) ValidOn(d calendar.Date) bool { return toeslagOverigList.ValidOn(uint8(t), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (t ToeslagOverig) MarshalText() ([]byte, error) { return toeslagOverigList.Marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (t *ToeslagOverig) UnmarshalText(b []byte) error {
	return toeslagOverigList.Unmarshal(b, (*uint8)(t))
}
