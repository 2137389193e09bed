package kortverblijf

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Werkwijze is one of the werkwijzen A-G of VZ2013 Bijlage C (instructie
// kortdurend verblijf), with its instruction as data.
type Werkwijze struct {
	ID         string // "A" .. "G"
	Titel      string
	Situatie   string
	Instructie string
	// MAZ: what the MAZ carries. MAZKlasse is the klasse (KE1 for A; the
	// actual average for B, F like B and G; zero when it follows the
	// toewijzing, as in C, D and E). MAZPerVerblijf: a MAZ for every stay
	// (A, C, D, E) instead of once.
	MAZKlasse      allocation.Klasse
	MAZPerVerblijf bool
	// MUT20PerVerblijf: a MUT20 after every stay (A); MUT19BijEinde: a
	// MUT19 when the client does not come back.
	MUT20PerVerblijf bool
	MUT19BijEinde    bool
	// AATSoort is the soort of the aangepaste zorgtoewijzing the provider
	// requests: Overbrugging in E, Alternatief in F.
	AATSoort allocation.SoortToewijzing
	// NieuweIndicatiePerOpname (C): every logeeropname needs an indicatie;
	// AanvraagPerOpname (D): a new, contiguous toewijzing is requested;
	// ReguliereToewijzing (C, G): the provider gets a reguliere toewijzing.
	NieuweIndicatiePerOpname, AanvraagPerOpname, ReguliereToewijzing bool
	// UitzonderingPGB (E, F): no VBKD when a function is taken as PGB.
	UitzonderingPGB bool
	Source          string
}

// werkwijzen are the instructions of Bijlage C, one row per werkwijze.
var werkwijzen = [...]Werkwijze{
	{ID: "A", Titel: "Regelmatig kortdurend verblijf: < 1 etmaal per week",
		Situatie:   "Indicatie voor kortdurend verblijf (VBKD, functie 71) met klasse KE1; de cliënt logeert gemiddeld minder dan 1 etmaal per week.",
		Instructie: "Voor elke periode in zorg een MAZ (klasse KE1) en een MUT20; per dag in zorg één week in zorg. Komt de cliënt niet meer terug: MUT19 in plaats van MUT20.",
		MAZKlasse:  allocation.KE1, MAZPerVerblijf: true, MUT20PerVerblijf: true, MUT19BijEinde: true, Source: "VZ2013 Bijlage C werkwijze A"},
	{ID: "B", Titel: "Regelmatig kortdurend verblijf: 1, 2 of 3 etmalen per week",
		Situatie:      "Indicatie voor VBKD met klasse KE1, KE2 of KE3; de cliënt logeert gemiddeld 1, 2 of 3 etmalen per week.",
		Instructie:    "Eenmalig een MAZ met de feitelijk gemiddelde klasse per week als de cliënt voor het eerst logeert; geen MUT tussen de logeerperiodes; eenmalig een MUT19 als de cliënt niet meer terugkomt.",
		MUT19BijEinde: true, Source: "VZ2013 Bijlage C werkwijze B"},
	{ID: "C", Titel: "Onregelmatig kortdurend verblijf: afgiftedatum indicatie 1 januari 2011 of later",
		Situatie:       "Indicatie voor VBKD (KE1-KE3) afgegeven op of na 2011-01-01; onregelmatige logeeropnames.",
		Instructie:     "Per logeeropname een indicatie bij het CIZ; het zorgkantoor geeft een reguliere zorgtoewijzing; elke toewijzing een passende MAZ en/of MUT.",
		MAZPerVerblijf: true, MUT19BijEinde: true, NieuweIndicatiePerOpname: true, ReguliereToewijzing: true, Source: "VZ2013 Bijlage C werkwijze C"},
	{ID: "D", Titel: "Onregelmatig kortdurend verblijf: afgiftedatum indicatie voor 1 januari 2011",
		Situatie:       "Indicatie voor VBKD (KE1-KE3) afgegeven voor 2011-01-01; de cliënt logeert in een aaneengesloten periode.",
		Instructie:     "De zorgaanbieder vraagt een nieuwe zorgtoewijzing aan; het zorgkantoor zet die om naar een aaneengesloten toewijzing voor VBKD; elke toewijzing een passende MAZ en/of MUT.",
		MAZPerVerblijf: true, MUT19BijEinde: true, AanvraagPerOpname: true, Source: "VZ2013 Bijlage C werkwijze D"},
	{ID: "E", Titel: "ZZP met opnamewens: in afwachting van opname logeren",
		Situatie:       "ZZP-indicatie; de cliënt wil in afwachting van opname logeren.",
		Instructie:     "Via een aangepaste zorgtoewijzing (soort Overbrugging) VBKD aanvragen voor het nodige aantal etmalen per week met de extramurale functies; elke toewijzing een passende MAZ en/of MUT; het ZZP alleen om de AAT op aan te vragen. Geen VBKD als een overbruggingsfunctie via een PGB wordt verzilverd.",
		MAZPerVerblijf: true, MUT19BijEinde: true, AATSoort: allocation.Overbrugging, UitzonderingPGB: true, Source: "VZ2013 Bijlage C werkwijze E"},
	{ID: "F", Titel: "ZZP zonder opnamewens: wel logeren tot maximaal 3 etmalen per week",
		Situatie:      "ZZP-indicatie zonder opnamewens; de cliënt wil gemiddeld 1, 2 of 3 etmalen per week logeren.",
		Instructie:    "Via een aangepaste zorgtoewijzing (soort Alternatief) VBKD aanvragen; MAZ en MUT als bij werkwijze A (< 1 etmaal per week) of B (1-3). Geen VBKD als een alternatief toegewezen functie via een PGB wordt verzilverd.",
		MUT19BijEinde: true, AATSoort: allocation.Alternatief, UitzonderingPGB: true, Source: "VZ2013 Bijlage C werkwijze F"},
	{ID: "G", Titel: "ZZP zonder opnamewens: intermitterende opname voor minimaal 4 etmalen per week",
		Situatie:      "ZZP-indicatie voor intermitterende opname van minimaal 4 etmalen per week.",
		Instructie:    "Reguliere zorgtoewijzing voor het ZZP; eenmalig een MAZ op het ZZP met de feitelijk gemiddelde klasse (KE4-KE7); geen MUT tussen de verblijfsperiodes; eenmalig een MUT19 als de cliënt niet meer terugkomt.",
		MUT19BijEinde: true, ReguliereToewijzing: true, Source: "VZ2013 Bijlage C werkwijze G"},
}

// Werkwijzen returns the seven werkwijzen of Bijlage C (a copy).
func Werkwijzen() []Werkwijze { return append([]Werkwijze(nil), werkwijzen[:]...) }

// Indicatiesoort says what the client is indicated for: kortdurend
// verblijf or a ZZP (Bijlage C). The indicatiebesluit itself is
// allocation.Indicatie, the ZZP code allocation.ZZP.
type Indicatiesoort uint8

// The indications of Bijlage C.
const (
	// IndicatieVBKD: functie 71, kortdurend verblijf (verblijf tijdelijk), KE1-KE3.
	IndicatieVBKD Indicatiesoort = iota + 1
	// IndicatieZZP: a zorgzwaartepakket.
	IndicatieZZP
)

// UnmarshalText accepts "vbkd" and "zzp".
func (i *Indicatiesoort) UnmarshalText(b []byte) error {
	switch string(b) {
	case "vbkd":
		*i = IndicatieVBKD
	case "zzp":
		*i = IndicatieZZP
	default:
		return verdict.One(allocation.InputUnreadable, 0, "Indicatiesoort", string(b), "de indicatie is vbkd of zzp")
	}
	return nil
}

// Situatie is a client's situation for choosing a werkwijze.
type Situatie struct {
	Indicatiesoort Indicatiesoort `json:"indicatie"` // the JSON key keeps its earlier name
	PerJaar        int            `json:"perJaar"`   // the expected etmalen in the year ("verwachting voor betreffend jaar")
	Regelmatig     bool           `json:"regelmatig"`
	Afgiftedatum   calendar.Date  `json:"afgiftedatum"`
	Opnamewens     bool           `json:"opnamewens"` // ZZP: the client wants admission
	PGB            bool           `json:"pgb"`        // a function is taken as PGB
}

// The limits of Bijlage C on the yearly average: kortdurend verblijf (VBKD,
// werkwijze B; werkwijze F) at most 3 etmalen a week, intermitterende
// opname (werkwijze G) at least 4; a year is 52 weeks (13 a month = 156 a
// year = KE3, werkwijze B). LimietPerWeek applies the same limits per week.
const (
	maxKortdurendPerJaar = 3 * 52 // 156
	minVerblijfPerJaar   = 4 * 52 // 208
)

// Kies chooses the werkwijze of Bijlage C for a situation and returns it
// with the MAZ klasse filled in for B, F and G: the average rounded to whole
// etmalen a week (KE1-KE3 for B and F, KE4-KE7 for G; KE1 for A and F below
// 1 a week). Violations: VBKD above 3 etmalen a week, more than 156 a year
// ("VZ2013 Bijlage C"); a ZZP without opnamewens between 3 and 4 a week,
// 157-207 a year, fits neither werkwijze F nor G (both rules); the PGB
// exceptions of E and F; an impossible average ("Etmalen").
func Kies(s Situatie) (Werkwijze, error) {
	perJaar, err := Gemiddelde{N: s.PerJaar, Per: PerJaar}.PerJaar()
	if err != nil {
		return Werkwijze{}, err
	}
	k := klasseFromPerJaar(perJaar)
	var w Werkwijze
	switch s.Indicatiesoort {
	case IndicatieVBKD:
		switch {
		case perJaar > maxKortdurendPerJaar:
			return Werkwijze{}, verdict.One(allocation.VZBijlageC, 0, "PerJaar", strconv.Itoa(perJaar),
				"kortdurend verblijf (VBKD) kent alleen KE1, KE2 en KE3: gemiddeld ten hoogste 3 etmalen per week (156 per jaar)")
		case s.Regelmatig && perJaar < 52:
			w = werkwijzen[0]
		case s.Regelmatig:
			w = werkwijzen[1]
			w.MAZKlasse = k
		case !s.Afgiftedatum.IsZero() && !s.Afgiftedatum.Before(grens2011):
			w = werkwijzen[2]
		case !s.Afgiftedatum.IsZero():
			w = werkwijzen[3]
		default:
			return Werkwijze{}, verdict.One(allocation.InputMissing, 0, "Afgiftedatum", "", "de afgiftedatum bepaalt werkwijze C of D")
		}
	case IndicatieZZP:
		switch {
		case s.Opnamewens:
			w = werkwijzen[4]
		case perJaar > maxKortdurendPerJaar && perJaar < minVerblijfPerJaar:
			// Between werkwijze F ("tot maximaal 3") and G ("minimaal 4"):
			// Bijlage C has no werkwijze for it (see doc.go).
			var vs allocation.Violations
			v := strconv.Itoa(perJaar)
			verdict.Add(&vs, allocation.VZBijlageCWerkwijzeF, 0, "PerJaar", v,
				"logeren zonder opnamewens is gemiddeld ten hoogste 3 etmalen per week (156 per jaar); "+v+" per jaar is meer")
			verdict.Add(&vs, allocation.VZBijlageCWerkwijzeG, 0, "PerJaar", v,
				"intermitterende opname is gemiddeld ten minste 4 etmalen per week (208 per jaar); "+v+" per jaar is minder")
			return Werkwijze{}, vs
		case perJaar <= maxKortdurendPerJaar:
			w = werkwijzen[5]
			if perJaar < 52 {
				w.MAZKlasse, w.MAZPerVerblijf, w.MUT20PerVerblijf = allocation.KE1, true, true // as werkwijze A
			} else {
				w.MAZKlasse = k // as werkwijze B
			}
		default:
			w = werkwijzen[6]
			w.MAZKlasse = k
		}
		if s.PGB && w.UitzonderingPGB {
			r, _ := allocation.LookupRule(w.Source) // werkwijze E or F
			return Werkwijze{}, verdict.One(r, 0, "PGB", "ja",
				"geen VBKD als één of meer functies via een PGB worden verzilverd: het PGB geeft al een tegemoetkoming voor logeren")
		}
	default:
		return Werkwijze{}, verdict.One(allocation.InputUnreadable, 0, "Indicatiesoort", "", "de indicatie is vbkd of zzp")
	}
	return w, nil
}
