package allocation_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// A 4VV indicatie with verblijf and a known voorkeuraanbieder, as an ECD
// receives it in an AW33.
const aw33 = `{
  "indicatie": {"besluitnummer": "100200300", "afgiftedatum": "2026-01-10", "ingangsdatum": "2026-01-15",
    "grondslagen": ["01"], "voorkeuraanbieder": "12345678", "voorkeurLeveringsvorm": "4",
    "zzps": [{"zzp": "753", "ingangsdatum": "2026-01-15", "voorkeurClient": "4", "instellingVoorkeur": "12345678"}]},
  "toewijzing": {"zzp": "753", "instelling": "12345678", "zorgkantoor": "5501", "soort": "1",
    "toewijzingsdatum": "2026-01-16", "toewijzingstijd": "10:15:00", "percentage": "10000",
    "ingangsdatum": "2026-01-20", "leveringsvorm": "4", "dossierhouder": "12345678", "opname": "1"}
}`

func Example() {
	var msg struct {
		Indicatie  allocation.IndicatieSpec  `json:"indicatie"`
		Toewijzing allocation.ToewijzingSpec `json:"toewijzing"`
	}
	if err := json.Unmarshal([]byte(aw33), &msg); err != nil {
		fmt.Println(err)
		return
	}
	dagtekening := calendar.MustDate("2026-01-20")
	ind, err := allocation.NewIndicatie(msg.Indicatie, allocation.Context{Dagtekening: dagtekening})
	if err != nil {
		fmt.Println(err)
		return
	}
	z, err := allocation.NewZorgtoewijzing(msg.Toewijzing, ind, allocation.Context{Dagtekening: dagtekening})
	fmt.Println(z.ZZP(), "|", z.Leveringsvorm(), z.Soort(), z.Period(), z.Release(), err)

	// The same toewijzing without a dossierhouder and with etmalen.
	msg.Toewijzing.Dossierhouder = allocation.AGBCode{}
	msg.Toewijzing.Etmalen = allocation.Etmalen40
	_, err = allocation.NewZorgtoewijzing(msg.Toewijzing, ind, allocation.Context{Dagtekening: dagtekening})
	for _, v := range allocation.AsViolations(err) {
		fmt.Println(v.Rule, v.Field, "-", v.Message)
	}
	// Output:
	// 4VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging | Verblijf Regulier 2026-01-20/ iWlz 2.4 <nil>
	// CD072 Etmalen - Etmalen moet leeg zijn bij leveringsvorm Verblijf; alleen bij Deeltijdverblijf (DTV)
	// CD073 Dossierhouder - Dossierhouder is verplicht bij leveringsvorm Verblijf, Volledig pakket thuis (VPT), Deeltijdverblijf (DTV), Verkeerde bed (VKB)
}

func ExampleParseZZP() {
	for _, s := range []string{"753", "4VV", "VV 4", "ZZP 9VV B", "1GGZ-C", "11VV"} {
		z, err := allocation.ParseZZP(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(z.Code(), z.Label(), z.Sector(), z.Level())
	}
	// Output:
	// 753 4VV VV 4
	// 753 4VV VV 4
	// 753 4VV VV 4
	// 191 9VV B VV 9
	// 760 1GGZ C GGZ-C 1
	// allocation: "11VV" is not a valid Zorgzwaartepakket (COD163)
}

func ExampleParseLeveringsvorm() {
	lv, _ := allocation.ParseLeveringsvorm("8")
	fmt.Println(lv, lv.ValidOn(calendar.MustDate("2019-12-31")), lv.ValidOn(calendar.MustDate("2020-01-01")))
	// Output: Deeltijdverblijf (DTV) false true
}

func ExampleParseSoortToewijzing() {
	s, _ := allocation.ParseSoortToewijzing("4")
	fmt.Println(s, s.ValidOn(calendar.MustDate("2018-04-01")))
	// Output: Transfer false
}

func ExampleParseRedenIntrekking() {
	r, _ := allocation.ParseRedenIntrekking("8")
	fmt.Println(r)
	// Output: Verhuizing
}

func ExampleParseEtmalen() {
	e, _ := allocation.ParseEtmalen("4,5")
	fmt.Println(e, e.PerTweeWeken())
	// Output: 4,5 etmaal per week 9
}

func ExampleParseKlasse() {
	k, _ := allocation.ParseKlasse("KE5")
	fmt.Println(k.Soort() == allocation.KlasseEtmalen, k.Number(), k.ValidOn(calendar.MustDate("2023-01-01")))
	// Output: true 5 false
}

func ExampleParseFunctie() {
	f, _ := allocation.ParseFunctie("VBKD")
	fmt.Println(f.Code(), f)
	// Output: 71 Verblijf tijdelijk (VBTYD, kortdurend verblijf VBKD)
}

func ExampleParseGrondslag() {
	g, _ := allocation.ParseGrondslag("02")
	fmt.Println(g)
	// Output: Psychogeriatrische ziekte/aandoening
}

func ExampleParseVoorkeurClient() {
	v, _ := allocation.ParseVoorkeurClient("10")
	fmt.Println(v, v.ValidOn(calendar.MustDate("2020-12-31")))
	// Output: Deeltijdverblijf (DTV) false
}

func ExampleParseJaNee() {
	j, _ := allocation.ParseJaNee("1")
	fmt.Println(j == allocation.Ja)
	// Output: true
}

func ExampleParseExtraKostenThuis() {
	e, _ := allocation.ParseExtraKostenThuis("5")
	fmt.Println(e)
	// Output: Extra kosten thuis
}

func ExampleParseToeslagBeademing() {
	b, _ := allocation.ParseToeslagBeademing("2")
	fmt.Println(b)
	// Output: Invasief
}

func ExampleParseToeslagOverig() {
	t, _ := allocation.ParseToeslagOverig("10")
	fmt.Println(t, t.ValidOn(calendar.MustDate("2023-01-01")))
	// Output: Logeren true
}

func ExampleParsePercentage() {
	p, _ := allocation.ParsePercentage("9000")
	fmt.Println(p, p.Hundredths(), p.Fraction())
	_, err := allocation.ParsePercentage("9050")
	fmt.Println(err)
	// Output:
	// 90% 9000 0.9
	// allocation: "9050" is not a valid Toewijzingspercentage (CS130)
}

func ExampleNewPercentage() {
	p, _ := allocation.NewPercentage(175)
	text, _ := p.MarshalText()
	fmt.Println(p, string(text), p.Decimal())
	// Output: 175% 17500 175
}

func ExampleParseAGBCode() {
	a, _ := allocation.ParseAGBCode("01234567")
	fmt.Println(a)
	// Output: 01234567
}

func ExampleParseZorgkantoorCode() {
	_, err := allocation.ParseZorgkantoorCode("5522")
	fmt.Println(err)
	// Output: allocation: "5522" is not a valid Zorgkantoor (COD001)
}

func ExampleParseBesluitnummer() {
	b, _ := allocation.ParseBesluitnummer("100200300")
	fmt.Println(b)
	// Output: 100200300
}

func ExampleParseTijd() {
	t, _ := allocation.ParseTijd("10:15:00")
	fmt.Println(t, t.Seconds())
	// Output: 10:15:00 36900
}

func ExampleReleaseOn() {
	for _, d := range []string{"2014-06-01", "2019-06-01", "2023-01-01"} {
		fmt.Println(d, allocation.ReleaseOn(calendar.MustDate(d)))
	}
	// Output:
	// 2014-06-01 VZ2013
	// 2019-06-01 iWlz 2.0
	// 2023-01-01 iWlz 2.4
}

func exampleIndicatie() allocation.Indicatie {
	start := calendar.MustDate("2026-01-15")
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 100200300, Afgiftedatum: calendar.MustDate("2026-01-10"), Ingangsdatum: start,
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:        []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP4VV, Ingangsdatum: start}},
	}, allocation.Context{Dagtekening: calendar.MustDate("2026-01-20")})
	if err != nil {
		panic(err)
	}
	return ind
}

func ExampleNewIndicatie() {
	ind := exampleIndicatie()
	fmt.Println(ind.Besluitnummer(), ind.Period(), ind.Release())
	_, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 1, Afgiftedatum: calendar.MustDate("2026-01-10"), Ingangsdatum: calendar.MustDate("2026-01-14"),
		ZZPs: []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP4VV, Ingangsdatum: calendar.MustDate("2026-01-15")}},
	}, allocation.Context{Dagtekening: calendar.MustDate("2026-01-20")})
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 100200300 2026-01-15/ iWlz 2.4
	// [TR015 TR132]
}

func ExampleIndicatie_EndedBy() {
	prev := exampleIndicatie()
	next, _ := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 100200301, Afgiftedatum: calendar.MustDate("2026-05-01"), Ingangsdatum: calendar.MustDate("2026-05-04"),
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:        []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP6VV, Ingangsdatum: calendar.MustDate("2026-05-04")}},
	}, allocation.Context{Dagtekening: calendar.MustDate("2026-05-01")})
	ended, _ := prev.EndedBy(next)
	fmt.Println(ended.Period())
	// Output: 2026-01-15/2026-05-03
}

func ExampleNewZorgtoewijzing() {
	ind := exampleIndicatie()
	pct, _ := allocation.NewPercentage(100)
	agb, _ := allocation.ParseAGBCode("12345678")
	spec := allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: calendar.MustDate("2026-01-16"), Percentage: pct, Ingangsdatum: calendar.MustDate("2026-01-20"),
		Leveringsvorm: allocation.MPT, CoordinatorZorgThuis: agb,
	}
	z, err := allocation.NewZorgtoewijzing(spec, ind, allocation.Context{Dagtekening: calendar.MustDate("2026-01-20")})
	fmt.Println(z.Leveringsvorm(), z.CoordinatorZorgThuis(), err)
	// Output: Modulair pakket thuis (MPT) 12345678 <nil>
}

func ExampleNewFunctieToewijzing() {
	s := allocation.IndicatieSpec{
		Besluitnummer: 7, Afgiftedatum: calendar.MustDate("2022-01-03"), Ingangsdatum: calendar.MustDate("2022-01-03"),
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		Functies: []allocation.GeindiceerdeFunctie{{Functie: allocation.FunctiePV, Ingangsdatum: calendar.MustDate("2022-01-03"),
			Einddatum: calendar.MustDate("2022-12-31"), Klasse: allocation.K3}},
		Einddatum: calendar.MustDate("2022-12-31"),
	}
	ind, _ := allocation.NewIndicatie(s, allocation.Context{Dagtekening: calendar.MustDate("2022-01-03")})
	agb, _ := allocation.ParseAGBCode("12345678")
	f, err := allocation.NewFunctieToewijzing(allocation.FunctieSpec{
		Functie: allocation.FunctiePV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Administratief,
		Toewijzingsdatum: calendar.MustDate("2022-01-03"), Ingangsdatum: calendar.MustDate("2022-01-03"), Klasse: allocation.K3,
	}, ind, allocation.Context{Dagtekening: calendar.MustDate("2022-01-03")})
	fmt.Println(f.Period(), allocation.AsViolations(err).Rules())
	// Output:  [CS072 TR016]
}

func ExampleNewToewijzingSet() {
	ind := exampleIndicatie()
	pct, _ := allocation.NewPercentage(100)
	a, _ := allocation.ParseAGBCode("12345678")
	b, _ := allocation.ParseAGBCode("87654321")
	c := allocation.Context{Dagtekening: calendar.MustDate("2026-07-01")}
	first := allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: a, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: calendar.MustDate("2026-01-16"), Percentage: pct, Ingangsdatum: calendar.MustDate("2026-01-20"),
		Einddatum: calendar.MustDate("2026-06-30"), Leveringsvorm: allocation.Verblijf, Dossierhouder: a, Opname: allocation.Ja,
	}
	moved := first
	moved.Instelling, moved.Dossierhouder = b, b
	moved.Ingangsdatum, moved.Einddatum = calendar.MustDate("2026-06-30"), calendar.Date{}
	z1, _ := allocation.NewZorgtoewijzing(first, ind, c)
	z2, _ := allocation.NewZorgtoewijzing(moved, ind, c)
	set, err := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{z1, z2}, nil)
	fmt.Println(err)
	for _, d := range []string{"2026-03-01", "2026-06-30", "2026-07-01"} {
		fmt.Println(d, set.Dossierhouders(calendar.MustDate(d)))
	}
	fmt.Println(set.MayRequestAAT(a, allocation.Verblijf, calendar.MustDate("2026-07-01")))
	// Output:
	// <nil>
	// 2026-03-01 [12345678]
	// 2026-06-30 [12345678 87654321]
	// 2026-07-01 [87654321]
	// allocation: OP162 Instelling = "12345678": de rol van dossierhouder geldt alleen in de periode van de reguliere toewijzing, niet op 2026-07-01
}

func ExampleAsViolations() {
	_, err := allocation.ParseLeveringsvorm("6")
	vs := allocation.AsViolations(err)
	fmt.Println(vs.Rules(), errors.Is(err, allocation.ErrInvalid))
	// Output: [COD578] true
}

// A rule has one stable key and an id per release: TR046 is CS137 from
// iWlz 2.3, and keeps its retourcode 9046 (iWlz-codelijsten COD910).
func ExampleRule_ID() {
	for _, rel := range []allocation.Release{allocation.IWlz22, allocation.IWlz24} {
		id := allocation.TR046.In(rel)
		fmt.Println(rel, id, id.Retourcode())
	}
	fmt.Println(allocation.CS137 == allocation.TR046)
	// Output:
	// iWlz 2.2 TR046 9046
	// iWlz 2.4 CS137 9046
	// true
}

// The registry is data: every rule with its kind, releases, source and
// message.
func ExampleRegistry() {
	info := allocation.CD051.Info()
	fmt.Println(info.Key, info.Kind, info.From, info.Until, info.Source)
	fmt.Println(allocation.CD051.Applies(allocation.IWlz23), allocation.CD051.Applies(allocation.IWlz24))
	// Output:
	// CD051 iWlz iWlz 2.0 iWlz 2.4 iWlz-XSLT 2.2 CD051; iWlz-codelijsten (COD756 niet in 2.4)
	// true false
}

// RuleOf reads the rule out of any error of the library.
func ExampleRuleOf() {
	_, err := allocation.ParseLeveringsvorm("6")
	id, ok := allocation.RuleOf(err)
	fmt.Println(id, id.Rule() == allocation.COD578, ok)
	// Output: COD578 true true
}

// A decoded message is judged by the release it declares.
func ExampleReleaseOfNamespace() {
	rel, err := allocation.ReleaseOfNamespace("http://www.istandaarden.nl/iwlz/2_2/aw33/schema")
	fmt.Println(rel, err, allocation.TR046.ID(rel))
	ctx := allocation.Context{Dagtekening: calendar.MustDate("2026-03-02"), Release: rel}
	fmt.Println(ctx.Release)
	// Output:
	// iWlz 2.2 <nil> TR046
	// iWlz 2.2
}

// LookupRule finds a rule by any of its ids.
func ExampleLookupRule() {
	r, ok := allocation.LookupRule("CS137")
	fmt.Println(r, ok, r == allocation.TR046, r.Info().Source)
	// Output: TR046 true true iWlz-XSLT 2.2 TR046; iWlz-codelijsten COD910 (CS137 vanaf 2.3)
}

// Retourcode maps an iWlz rule id to its retourcode.
func ExampleRetourcode() {
	fmt.Println(allocation.Retourcode("TR046"), allocation.Retourcode("CD073"), allocation.Retourcode("CS137"), allocation.Retourcode("OP162") == "")
	// Output: 9046 D073 9046 true
}

// The release that judges: the one in force on the dagtekening, unless the
// message names another; an unknown release is refused.
func ExampleJudged() {
	d := calendar.MustDate("2026-03-02")
	r, err := allocation.Judged(0, d)
	fmt.Println(r, err)
	r, err = allocation.Judged(allocation.IWlz22, d)
	fmt.Println(r, err)
	_, err = allocation.Judged(allocation.Release(9), d)
	fmt.Println(err)
	// Output:
	// iWlz 2.4 <nil>
	// iWlz 2.2 <nil>
	// allocation: unknown release "Release(9)" (known: VZ2013, iWlz 2.0 to iWlz 2.4)
}

// The release table, oldest first.
func ExampleReleases() {
	for _, r := range allocation.Releases() {
		fmt.Printf("%s from %q\n", r.Name, r.Start)
	}
	rel, _ := allocation.ParseRelease("iWlz 2.3")
	fmt.Println(rel.Start())
	// Output:
	// VZ2013 from ""
	// iWlz 2.0 from "2018-04-01"
	// iWlz 2.1 from "2020-01-01"
	// iWlz 2.2 from "2021-01-01"
	// iWlz 2.3 from "2022-01-01"
	// iWlz 2.4 from "2023-01-01"
	// 2022-01-01
}

func ExampleParseBedrag() {
	for _, s := range []string{"1234,56", "12.5", "-3,1", "1.234,56", "12.505"} {
		b, err := allocation.ParseBedrag(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(b)
	}
	// Output:
	// 1234.56
	// 12.50
	// -3.10
	// allocation: "1.234,56" is not a valid Bedrag: only digits, a leading minus and one decimal point or comma
	// allocation: "12.505" is not a valid Bedrag: 1 or 2 decimals after the decimal point or comma
}

func ExampleCents() {
	a, _ := allocation.Cents(93750)
	b, _ := allocation.ParseBedrag("937,5")
	fmt.Println(a, a.Equal(b))
	_, err := allocation.Cents(100_000_000_000_001)
	fmt.Println(allocation.AsViolations(err))
	// Output:
	// 937.50 true
	// allocation: range Bedrag = "1000000000000.01": buiten het bereik van -1 000 000 000 000 tot 1 000 000 000 000 euro
}

func ExampleBedrag_Mul() {
	tarief, _ := allocation.ParseBedrag("55,55")
	uren, _ := allocation.ParseAantal("5,5")
	line, _ := tarief.Mul(uren)
	fmt.Println(line, line.RoundCents())
	// Output: 305.525 305.53
}

func ExampleBedrag_RoundCents() {
	tarief, _ := allocation.ParseBedrag("55.55")
	var total allocation.Bedrag
	for _, s := range []string{"8.5", "3", "5.5"} { // hours of three functions
		uren, _ := allocation.ParseAantal(s)
		line, _ := tarief.Mul(uren)
		total, _ = total.Add(line) // exact: lines are not rounded
	}
	fmt.Println(total, total.RoundCents())
	// Output: 944.35 944.35
}

func ExampleBedrag_PercentOf() {
	kosten, _ := allocation.ParseBedrag("1165,00")
	basis, _ := allocation.ParseBedrag("937,50")
	pct, remainder, err := kosten.PercentOf(basis)
	fmt.Println(pct, remainder, err)
	// Output: 124 true <nil>
}

func ExampleBedrag_String() {
	b, _ := allocation.ParseBedrag("7")
	text, _ := json.Marshal(map[string]allocation.Bedrag{"tarief": b})
	fmt.Println(b, string(text))
	// Output: 7.00 {"tarief":"7.00"}
}

func ExampleParseAantal() {
	for _, s := range []string{"3,5", "4.0", "8", "-1", "168,5"} {
		a, err := allocation.ParseAantal(s)
		if err != nil {
			fmt.Println(allocation.AsViolations(err))
			continue
		}
		fmt.Println(a)
	}
	// Output:
	// 3.5
	// 4
	// 8
	// allocation: range Aantal = "-1": is negatief
	// allocation: range Aantal = "168,5": meer dan 168 (de uren van een week)
}

func ExampleHundredths() {
	a, _ := allocation.Hundredths(550)
	b, _ := allocation.ParseAantal("5,5")
	fmt.Println(a, a == b, a.Hundredths())
	// Output: 5.5 true 550
}

func ExampleNumberError() {
	_, err := allocation.ParseBedrag("€ 12")
	var ne *allocation.NumberError
	fmt.Println(errors.As(err, &ne), ne.Type, ne.Rule, errors.Is(err, allocation.ErrInput))
	for _, v := range allocation.AsViolations(err) {
		fmt.Println(v.Rule, v.Field, v.Value, "-", v.Message)
	}
	// Output:
	// true Bedrag unreadable true
	// unreadable Bedrag € 12 - cijfers verwacht
}
