// The iWlz code lists, one row per code, from ../shared/domain/iwlz-standard.md
// sections 1.3, 2 and 3 (codes, names and validity dates as the [COD] lists give them).

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

var leveringsvormList = &codeList{id: "COD578", name: "Leveringsvorm", entries: []codeEntry{
	{},
	{code: "2", name: "Persoonsgebonden budget (PGB)"},
	{code: "4", name: "Verblijf", aliases: []string{"ZIN"}},
	{code: "5", name: "Volledig pakket thuis (VPT)"},
	{code: "7", name: "Modulair pakket thuis (MPT)", from: mustYMD(2018, time.April, 1)},
	{code: "8", name: "Deeltijdverblijf (DTV)", from: mustYMD(2020, time.January, 1)},
	{code: "9", name: "Verkeerde bed (VKB)", from: mustYMD(2021, time.January, 1)},
}}

// ParseLeveringsvorm parses an iWlz COD578 code.
func ParseLeveringsvorm(s string) (Leveringsvorm, error) {
	i, err := leveringsvormList.parse(s)
	return Leveringsvorm(i), err
}

// Code returns the official COD578 code ("" when absent).
func (l Leveringsvorm) Code() string { return leveringsvormList.code(uint8(l)) }

// String returns the Dutch name.
func (l Leveringsvorm) String() string { return leveringsvormList.label(uint8(l)) }

// ValidOn reports whether the code exists and is valid on d.
func (l Leveringsvorm) ValidOn(d calendar.Date) bool { return leveringsvormList.validOn(uint8(l), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (l Leveringsvorm) MarshalText() ([]byte, error) { return leveringsvormList.marshal(uint8(l)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (l *Leveringsvorm) UnmarshalText(b []byte) error {
	return leveringsvormList.unmarshal(b, (*uint8)(l))
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

var soortToewijzingList = &codeList{id: "COD165", name: "Soort toewijzing", entries: []codeEntry{
	{},
	{code: "1", name: "Regulier"},
	{code: "2", name: "Alternatief", until: mustYMD(2018, time.April, 1)},
	{code: "3", name: "Overbrugging"},
	{code: "4", name: "Transfer", until: mustYMD(2018, time.April, 1)},
	{code: "5", name: "Administratief"},
}}

// ParseSoortToewijzing parses an iWlz COD165 code.
func ParseSoortToewijzing(s string) (SoortToewijzing, error) {
	i, err := soortToewijzingList.parse(s)
	return SoortToewijzing(i), err
}

// Code returns the official COD165 code ("" when absent).
func (s SoortToewijzing) Code() string { return soortToewijzingList.code(uint8(s)) }

// String returns the Dutch name.
func (s SoortToewijzing) String() string { return soortToewijzingList.label(uint8(s)) }

// ValidOn reports whether the code exists and is valid on d.
func (s SoortToewijzing) ValidOn(d calendar.Date) bool {
	return soortToewijzingList.validOn(uint8(s), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (s SoortToewijzing) MarshalText() ([]byte, error) { return soortToewijzingList.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (s *SoortToewijzing) UnmarshalText(b []byte) error {
	return soortToewijzingList.unmarshal(b, (*uint8)(s))
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

var redenIntrekkingList = &codeList{id: "COD172", name: "Reden intrekking", entries: []codeEntry{
	{},
	{code: "1", name: "Cliënt overleden"},
	{code: "2", name: "Negatief indicatiebesluit"},
	{code: "3", name: "Herindicatie"},
	{code: "4", name: "Overplaatsing"},
	{code: "5", name: "Wijziging leveringsvorm"},
	{code: "6", name: "Uitstroom"},
	{code: "7", name: "Andere aanbieder heeft de cliënt in zorg genomen", from: mustYMD(2018, time.April, 1)},
	{code: "8", name: "Verhuizing", from: mustYMD(2018, time.April, 1)},
}}

// ParseRedenIntrekking parses an iWlz COD172 code.
func ParseRedenIntrekking(s string) (RedenIntrekking, error) {
	i, err := redenIntrekkingList.parse(s)
	return RedenIntrekking(i), err
}

// Code returns the official COD172 code ("" when absent).
func (r RedenIntrekking) Code() string { return redenIntrekkingList.code(uint8(r)) }

// String returns the Dutch name.
func (r RedenIntrekking) String() string { return redenIntrekkingList.label(uint8(r)) }

// ValidOn reports whether the code exists and is valid on d.
func (r RedenIntrekking) ValidOn(d calendar.Date) bool {
	return redenIntrekkingList.validOn(uint8(r), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (r RedenIntrekking) MarshalText() ([]byte, error) { return redenIntrekkingList.marshal(uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (r *RedenIntrekking) UnmarshalText(b []byte) error {
	return redenIntrekkingList.unmarshal(b, (*uint8)(r))
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

var etmalenList = &codeList{id: "COD755", name: "Etmalen", entries: []codeEntry{
	{},
	{code: "3,5", name: "3,5 etmaal per week", from: mustYMD(2020, time.January, 1)},
	{code: "4,0", name: "4,0 etmalen per week", from: mustYMD(2020, time.January, 1)},
	{code: "4,5", name: "4,5 etmaal per week", from: mustYMD(2020, time.January, 1)},
}}

// ParseEtmalen parses an iWlz COD755 code.
func ParseEtmalen(s string) (Etmalen, error) { i, err := etmalenList.parse(s); return Etmalen(i), err }

// Code returns the official COD755 code ("" when absent).
func (e Etmalen) Code() string { return etmalenList.code(uint8(e)) }

// String returns the Dutch name.
func (e Etmalen) String() string { return etmalenList.label(uint8(e)) }

// ValidOn reports whether the code exists and is valid on d.
func (e Etmalen) ValidOn(d calendar.Date) bool { return etmalenList.validOn(uint8(e), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (e Etmalen) MarshalText() ([]byte, error) { return etmalenList.marshal(uint8(e)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (e *Etmalen) UnmarshalText(b []byte) error { return etmalenList.unmarshal(b, (*uint8)(e)) }

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

var klasseList = &codeList{id: "COD756", name: "Klasse", entries: []codeEntry{
	{},
	{code: "99", name: "Niet van toepassing", until: mustYMD(2023, time.January, 1)},
	{code: "K0", name: "K0: klasse 0 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K1", name: "K1: klasse 1 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K2", name: "K2: klasse 2 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K3", name: "K3: klasse 3 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K4", name: "K4: klasse 4 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K5", name: "K5: klasse 5 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K6", name: "K6: klasse 6 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K7", name: "K7: klasse 7 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "K8", name: "K8: klasse 8 (uren per week)", until: mustYMD(2023, time.January, 1)},
	{code: "KD01", name: "KD01: 1 dagdel per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD02", name: "KD02: 2 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD03", name: "KD03: 3 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD04", name: "KD04: 4 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD05", name: "KD05: 5 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD06", name: "KD06: 6 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD07", name: "KD07: 7 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD08", name: "KD08: 8 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD09", name: "KD09: 9 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD10", name: "KD10: 10 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD11", name: "KD11: 11 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD12", name: "KD12: 12 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD13", name: "KD13: 13 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD14", name: "KD14: 14 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KD15", name: "KD15: 15 dagdelen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE1", name: "KE1: gemiddeld 1 etmaal per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE2", name: "KE2: gemiddeld 2 etmalen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE3", name: "KE3: gemiddeld 3 etmalen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE4", name: "KE4: gemiddeld 4 etmalen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE5", name: "KE5: gemiddeld 5 etmalen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE6", name: "KE6: gemiddeld 6 etmalen per week", until: mustYMD(2023, time.January, 1)},
	{code: "KE7", name: "KE7: gemiddeld 7 etmalen per week", until: mustYMD(2023, time.January, 1)},
}}

// ParseKlasse parses an iWlz COD756 code.
func ParseKlasse(s string) (Klasse, error) { i, err := klasseList.parse(s); return Klasse(i), err }

// Code returns the official COD756 code ("" when absent).
func (k Klasse) Code() string { return klasseList.code(uint8(k)) }

// String returns the Dutch name.
func (k Klasse) String() string { return klasseList.label(uint8(k)) }

// ValidOn reports whether the code exists and is valid on d.
func (k Klasse) ValidOn(d calendar.Date) bool { return klasseList.validOn(uint8(k), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (k Klasse) MarshalText() ([]byte, error) { return klasseList.marshal(uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (k *Klasse) UnmarshalText(b []byte) error { return klasseList.unmarshal(b, (*uint8)(k)) }

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

var functieList = &codeList{id: "COD732", name: "Functie", entries: []codeEntry{
	{},
	{code: "21", name: "Huishoudelijke verzorging (HV)", until: mustYMD(2023, time.January, 1), aliases: []string{"HV"}},
	{code: "31", name: "Persoonlijke verzorging (PV)", until: mustYMD(2023, time.January, 1), aliases: []string{"PV"}},
	{code: "41", name: "Verpleging (VP)", until: mustYMD(2023, time.January, 1), aliases: []string{"VP"}},
	{code: "61", name: "Behandeling algemeen (BH-ALG)", until: mustYMD(2023, time.January, 1), aliases: []string{"BH-ALG"}},
	{code: "62", name: "Behandeling (BH-VBF)", until: mustYMD(2023, time.January, 1), aliases: []string{"BH-VBF"}},
	{code: "63", name: "Behandeling individueel (BH-IND)", until: mustYMD(2023, time.January, 1), aliases: []string{"BH-IND"}},
	{code: "64", name: "Behandeling groep (BH-GRP)", until: mustYMD(2023, time.January, 1), aliases: []string{"BH-GRP"}},
	{code: "71", name: "Verblijf tijdelijk (VBTYD, kortdurend verblijf VBKD)", until: mustYMD(2023, time.January, 1), aliases: []string{"VBTYD", "VBKD"}},
	{code: "81", name: "Begeleiding individueel (BG-IND)", until: mustYMD(2023, time.January, 1), aliases: []string{"BG-IND", "BGI"}},
	{code: "82", name: "Begeleiding groep (BG-GRP)", until: mustYMD(2023, time.January, 1), aliases: []string{"BG-GRP", "BGG"}},
	{code: "91", name: "ADL-assistentie (ADL)", until: mustYMD(2023, time.January, 1), aliases: []string{"ADL"}},
}}

// ParseFunctie parses an iWlz COD732 code.
func ParseFunctie(s string) (Functie, error) { i, err := functieList.parse(s); return Functie(i), err }

// Code returns the official COD732 code ("" when absent).
func (f Functie) Code() string { return functieList.code(uint8(f)) }

// String returns the Dutch name.
func (f Functie) String() string { return functieList.label(uint8(f)) }

// ValidOn reports whether the code exists and is valid on d.
func (f Functie) ValidOn(d calendar.Date) bool { return functieList.validOn(uint8(f), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (f Functie) MarshalText() ([]byte, error) { return functieList.marshal(uint8(f)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (f *Functie) UnmarshalText(b []byte) error { return functieList.unmarshal(b, (*uint8)(f)) }

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

var grondslagList = &codeList{id: "COD736", name: "Grondslag", entries: []codeEntry{
	{},
	{code: "01", name: "Somatische ziekte/aandoening"},
	{code: "02", name: "Psychogeriatrische ziekte/aandoening"},
	{code: "03", name: "Psychiatrische aandoening, psychische stoornis"},
	{code: "04", name: "Lichamelijke handicap"},
	{code: "05", name: "Verstandelijke handicap"},
	{code: "06", name: "Zintuiglijke handicap"},
	{code: "07", name: "Psychosociale problemen"},
}}

// ParseGrondslag parses an iWlz COD736 code.
func ParseGrondslag(s string) (Grondslag, error) {
	i, err := grondslagList.parse(s)
	return Grondslag(i), err
}

// Code returns the official COD736 code ("" when absent).
func (g Grondslag) Code() string { return grondslagList.code(uint8(g)) }

// String returns the Dutch name.
func (g Grondslag) String() string { return grondslagList.label(uint8(g)) }

// ValidOn reports whether the code exists and is valid on d.
func (g Grondslag) ValidOn(d calendar.Date) bool { return grondslagList.validOn(uint8(g), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (g Grondslag) MarshalText() ([]byte, error) { return grondslagList.marshal(uint8(g)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (g *Grondslag) UnmarshalText(b []byte) error { return grondslagList.unmarshal(b, (*uint8)(g)) }

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

var voorkeurClientList = &codeList{id: "COD999", name: "Voorkeur cliënt", entries: []codeEntry{
	{},
	{code: "1", name: "Functie in natura", until: mustYMD(2018, time.April, 1)},
	{code: "2", name: "PGB"},
	{code: "3", name: "Zorg thuis (niet nader gespecificeerd)"},
	{code: "4", name: "Verblijf"},
	{code: "5", name: "VPT"},
	{code: "6", name: "Combinatie PGB/MPT"},
	{code: "7", name: "MPT"},
	{code: "8", name: "Combinatie VPT/PGB", from: mustYMD(2020, time.January, 1)},
	{code: "9", name: "Combinatie Verblijf/PGB", from: mustYMD(2020, time.January, 1)},
	{code: "10", name: "Deeltijdverblijf (DTV)", from: mustYMD(2021, time.January, 1)},
}}

// ParseVoorkeurClient parses an iWlz COD999 code.
func ParseVoorkeurClient(s string) (VoorkeurClient, error) {
	i, err := voorkeurClientList.parse(s)
	return VoorkeurClient(i), err
}

// Code returns the official COD999 code ("" when absent).
func (v VoorkeurClient) Code() string { return voorkeurClientList.code(uint8(v)) }

// String returns the Dutch name.
func (v VoorkeurClient) String() string { return voorkeurClientList.label(uint8(v)) }

// ValidOn reports whether the code exists and is valid on d.
func (v VoorkeurClient) ValidOn(d calendar.Date) bool { return voorkeurClientList.validOn(uint8(v), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (v VoorkeurClient) MarshalText() ([]byte, error) { return voorkeurClientList.marshal(uint8(v)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (v *VoorkeurClient) UnmarshalText(b []byte) error {
	return voorkeurClientList.unmarshal(b, (*uint8)(v))
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

var jaNeeList = &codeList{id: "COD260", name: "Ja/Nee", entries: []codeEntry{
	{},
	{code: "1", name: "Ja"},
	{code: "2", name: "Nee"},
}}

// ParseJaNee parses an iWlz COD260 code.
func ParseJaNee(s string) (JaNee, error) { i, err := jaNeeList.parse(s); return JaNee(i), err }

// Code returns the official COD260 code ("" when absent).
func (j JaNee) Code() string { return jaNeeList.code(uint8(j)) }

// String returns the Dutch name.
func (j JaNee) String() string { return jaNeeList.label(uint8(j)) }

// ValidOn reports whether the code exists and is valid on d.
func (j JaNee) ValidOn(d calendar.Date) bool { return jaNeeList.validOn(uint8(j), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (j JaNee) MarshalText() ([]byte, error) { return jaNeeList.marshal(uint8(j)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (j *JaNee) UnmarshalText(b []byte) error { return jaNeeList.unmarshal(b, (*uint8)(j)) }

// ExtraKostenThuis is an iWlz COD981 Extra kosten thuis: the toeslag extra kosten thuis (EKT).
// The zero value is absent. It marshals to the official code.
type ExtraKostenThuis uint8

// The COD981 codes.
const (
	// EKT is code 5: Extra kosten thuis.
	EKT ExtraKostenThuis = iota + 1
)

var extraKostenThuisList = &codeList{id: "COD981", name: "Extra kosten thuis", entries: []codeEntry{
	{},
	{code: "5", name: "Extra kosten thuis"},
}}

// ParseExtraKostenThuis parses an iWlz COD981 code.
func ParseExtraKostenThuis(s string) (ExtraKostenThuis, error) {
	i, err := extraKostenThuisList.parse(s)
	return ExtraKostenThuis(i), err
}

// Code returns the official COD981 code ("" when absent).
func (e ExtraKostenThuis) Code() string { return extraKostenThuisList.code(uint8(e)) }

// String returns the Dutch name.
func (e ExtraKostenThuis) String() string { return extraKostenThuisList.label(uint8(e)) }

// ValidOn reports whether the code exists and is valid on d.
func (e ExtraKostenThuis) ValidOn(d calendar.Date) bool {
	return extraKostenThuisList.validOn(uint8(e), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (e ExtraKostenThuis) MarshalText() ([]byte, error) {
	return extraKostenThuisList.marshal(uint8(e))
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (e *ExtraKostenThuis) UnmarshalText(b []byte) error {
	return extraKostenThuisList.unmarshal(b, (*uint8)(e))
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

var toeslagBeademingList = &codeList{id: "COD982", name: "Toeslag beademing", entries: []codeEntry{
	{},
	{code: "1", name: "Non-invasief"},
	{code: "2", name: "Invasief"},
}}

// ParseToeslagBeademing parses an iWlz COD982 code.
func ParseToeslagBeademing(s string) (ToeslagBeademing, error) {
	i, err := toeslagBeademingList.parse(s)
	return ToeslagBeademing(i), err
}

// Code returns the official COD982 code ("" when absent).
func (t ToeslagBeademing) Code() string { return toeslagBeademingList.code(uint8(t)) }

// String returns the Dutch name.
func (t ToeslagBeademing) String() string { return toeslagBeademingList.label(uint8(t)) }

// ValidOn reports whether the code exists and is valid on d.
func (t ToeslagBeademing) ValidOn(d calendar.Date) bool {
	return toeslagBeademingList.validOn(uint8(t), d)
}

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (t ToeslagBeademing) MarshalText() ([]byte, error) {
	return toeslagBeademingList.marshal(uint8(t))
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (t *ToeslagBeademing) UnmarshalText(b []byte) error {
	return toeslagBeademingList.unmarshal(b, (*uint8)(t))
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

var toeslagOverigList = &codeList{id: "COD983", name: "Toeslag overig", entries: []codeEntry{
	{},
	{code: "1", name: "Extra overbruggingszorg"},
	{code: "2", name: "Palliatief terminale zorg (PTZ)"},
	{code: "3", name: "Meerzorg"},
	{code: "4", name: "Extra budget voor behandeling"},
	{code: "5", name: "Overig"},
	{code: "6", name: "Gespecialiseerd Verpleegkundig Handelen (GVH)", from: mustYMD(2018, time.April, 1)},
	{code: "7", name: "Combinatie van EKT en extra behandeling", from: mustYMD(2020, time.January, 1)},
	{code: "8", name: "Thuiswonend kind met ontwikkelperspectief < 18 jaar", from: mustYMD(2020, time.January, 1)},
	{code: "9", name: "Maatwerk (volwassenen) bij dure dagbesteding/dagbehandeling/individuele behandeling", from: mustYMD(2021, time.January, 1)},
	{code: "10", name: "Logeren", from: mustYMD(2023, time.January, 1)},
}}

// ParseToeslagOverig parses an iWlz COD983 code.
func ParseToeslagOverig(s string) (ToeslagOverig, error) {
	i, err := toeslagOverigList.parse(s)
	return ToeslagOverig(i), err
}

// Code returns the official COD983 code ("" when absent).
func (t ToeslagOverig) Code() string { return toeslagOverigList.code(uint8(t)) }

// String returns the Dutch name.
func (t ToeslagOverig) String() string { return toeslagOverigList.label(uint8(t)) }

// ValidOn reports whether the code exists and is valid on d.
func (t ToeslagOverig) ValidOn(d calendar.Date) bool { return toeslagOverigList.validOn(uint8(t), d) }

// MarshalText implements encoding.TextMarshaler (the code; empty when absent).
func (t ToeslagOverig) MarshalText() ([]byte, error) { return toeslagOverigList.marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (t *ToeslagOverig) UnmarshalText(b []byte) error {
	return toeslagOverigList.unmarshal(b, (*uint8)(t))
}
