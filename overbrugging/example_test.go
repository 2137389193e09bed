package overbrugging_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

func ExampleWeekBudget() {
	tt := exampleTarieven(&testing.T{}) // PV 50, VP 70, BGI 55, BGG 60 per dagdeel (example tariffs)
	for _, m := range []overbrugging.Methode{overbrugging.MethodeRegulier, overbrugging.MethodeMetUitloop} {
		b, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, m, nil, tt)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(m, ":")
		for _, r := range b.Regels {
			fmt.Printf(" %s %s %s u ×", r.Functie.Code(), r.Klasse.Code(), r.Uren)
			fmt.Print(" ", r.Tarief, ";")
		}
		fmt.Println(" totaal", b.Totaal)
	}
	// Output:
	// regulier: 31 K4 8.5 u × 50.00; 41 K2 3 u × 70.00; 81 K3 5.5 u × 55.00; totaal 937.50
	// met-uitloop: 31 K4 10 u × 50.00; 41 K2 4 u × 70.00; 81 K3 7 u × 55.00; totaal 1165.00
}

func ExampleLookupKlasse() {
	k, _ := overbrugging.LookupKlasse(allocation.FunctiePV, allocation.K3)
	fmt.Println(k.Minimum, k.Gemiddeld, k.Maximum, "|", k.Note)
	// Output: 4 5.5 7 | CHOICE: COD756 gives K3 an average of 5 hours, Rlz 2015 Bijlage E 5.5; the table takes Bijlage E, like every other average.
}

func ExampleDefaultOmzettingstabel() {
	t := overbrugging.DefaultOmzettingstabel()
	fs, _ := t.Functies(allocation.ZZP5VG, true)
	fmt.Println(t.Naam())
	for _, f := range fs {
		fmt.Println(f.Functie, f.Klasse.Code())
	}
	// Output:
	// Omzettingstabel Rlz 2015 Bijlage C
	// Persoonlijke verzorging (PV) K4
	// Verpleging (VP) K1
	// Begeleiding individueel (BG-IND) K5
	// Begeleiding groep (BG-GRP) KD07
}

func ExampleNewOmzettingstabel() {
	t, err := overbrugging.NewOmzettingstabel("Eigen tabel", "zorgkantoor X, 2026", 2026, []overbrugging.OmzettingRij{
		{ZZP: allocation.ZZP4VV, Functies: []overbrugging.Omzetting{{Functie: allocation.FunctiePV, Klasse: allocation.K5}}},
	})
	fmt.Println(t.Naam(), t.Jaar(), err)
	_, err = overbrugging.NewOmzettingstabel("Fout", "", 2026, []overbrugging.OmzettingRij{
		{ZZP: allocation.ZZP4VV, Functies: []overbrugging.Omzetting{{Functie: allocation.FunctiePV, Klasse: allocation.K0}}},
	})
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// Eigen tabel 2026 <nil>
	// [Klasse]
}

func ExampleNewTarieven() {
	b, _ := allocation.ParseBedrag("52,10")
	tt, _ := overbrugging.NewTarieven(2026, map[allocation.Functie]allocation.Bedrag{allocation.FunctiePV: b})
	pv, ok := tt.Tarief(allocation.FunctiePV)
	_, okVP := tt.Tarief(allocation.FunctieVP)
	fmt.Println(tt.Jaar(), pv, ok, okVP)
	// Output: 2026 52.10 true false
}

func ExampleCheckRegulier() {
	nl, _ := calendar.Netherlands()
	ind, _ := calendar.OpenPeriod(calendar.MustDate("2026-05-11"))
	req, _ := calendar.OpenPeriod(calendar.MustDate("2026-05-20"))
	a := overbrugging.RegulierAanvraag{Indicatie: ind, ZZPToewijzingsdatum: calendar.MustDate("2026-05-13"),
		Aanvraagdatum: calendar.MustDate("2026-05-26"), Periode: req}
	// Late by the 5 werkdagen of VZ2013 4.4.1: a warning, still valid.
	uiterlijk, err := overbrugging.CheckRegulier(a, nl)
	fmt.Println(uiterlijk, "ongeldig:", errors.Is(err, allocation.ErrInvalid), "waarschuwing:", errors.Is(err, allocation.ErrWaarschuwing))
	fmt.Println(err)
	a.StatusOnbekend = true
	uiterlijk, err = overbrugging.CheckRegulier(a, nl)
	fmt.Println(uiterlijk, err)
	// Output:
	// 2026-05-22 ongeldig: false waarschuwing: true
	// allocation: VZ2013 4.4.1 termijn Aanvraagdatum = "2026-05-26": overbruggingszorg wordt uiterlijk 2026-05-22 aangevraagd
	// 2026-06-01 <nil>
}

func ExampleRegulierVoor() {
	nl, _ := calendar.Netherlands()
	ind, z := exampleIndicatieToewijzing()
	req, _ := calendar.OpenPeriod(calendar.MustDate("2026-05-20"))
	uiterlijk, err := overbrugging.CheckRegulier(overbrugging.RegulierVoor(ind, z, calendar.MustDate("2026-05-18"), req), nl)
	fmt.Println(uiterlijk, err)
	// Output: 2026-05-22 <nil>
}

func ExampleCheckMetUitloop() {
	nl, _ := calendar.Netherlands()
	p, _ := calendar.NewPeriod(calendar.MustDate("2026-01-31"), calendar.MustDate("2026-04-30"))
	u, err := overbrugging.CheckMetUitloop(overbrugging.UitloopAanvraag{Periode: p, OpnameBinnen3Maanden: true}, nl)
	fmt.Println(u.Uiterlijk, u.DaarnaRegulierVanaf, err)
	_, err = overbrugging.CheckMetUitloop(overbrugging.UitloopAanvraag{Periode: p, ExtraBudget: true}, nl)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 2026-04-30 2026-05-01 <nil>
	// [VZ2013 4.4.2 VZ2013 4.4.2 extra budget]
}

func ExampleCheckRegelzorg() {
	nl, _ := calendar.Netherlands()
	// A besluit with retroactive effect: regelzorg lasts longer than 5 werkdagen.
	p, _ := calendar.NewPeriod(calendar.MustDate("2026-04-01"), calendar.MustDate("2026-05-19"))
	u, err := overbrugging.CheckRegelzorg(overbrugging.RegelzorgAanvraag{NieuwBesluitIngang: calendar.MustDate("2026-04-01"),
		IntramuraleToewijzingsdatum: calendar.MustDate("2026-05-11"), Periode: p}, nl)
	fmt.Println(u.Uiterlijk, u.Dagen, err)
	// Output: 2026-05-20 49 <nil>
}

func ExampleTweedeTermijn() {
	nl, _ := calendar.Netherlands()
	vanaf, err := overbrugging.TweedeTermijn(calendar.MustDate("2026-05-20"), calendar.MustDate("2026-07-21"), nl)
	fmt.Println(vanaf, err)
	_, err = overbrugging.TweedeTermijn(calendar.MustDate("2026-05-20"), calendar.MustDate("2026-06-01"), nl)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 2026-07-20 <nil>
	// [OP183]
}

func ExampleCheckArrangement() {
	nl, _ := calendar.Netherlands()
	tt := exampleTarieven(&testing.T{})
	b, _ := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
	a := overbrugging.Arrangement{Soort: overbrugging.ArrangementOverbrugging, Regels: []overbrugging.ArrangementRegel{
		{Functie: allocation.FunctiePV, Klasse: allocation.K5},
		{Functie: allocation.FunctieBGIND, Klasse: allocation.K4, PGB: true},
		{Functie: allocation.FunctieVBTYD, Klasse: allocation.KE1},
	}}
	_, err := overbrugging.CheckArrangement(a, b, tt, nl)
	for _, v := range allocation.AsViolations(err) {
		fmt.Println(v.Rule, "-", v.Message)
	}
	// Output:
	// VZ2013 4.4.3 - kortdurend verblijf en behandeling individueel tellen niet mee in het budget en worden apart aangevraagd
	// VZ2013 Bijlage C werkwijze E - geen kortdurend verblijf (VBKD) in overbrugging als één of meer overbruggingsfuncties via een PGB worden verzilverd
	// VZ2013 4.2 punt 3 - de zorg in natura (575.00) past niet in het budget (937.50) min het deel in PGB (467.50)
}

func ExamplePercentageVan() {
	kosten, _ := allocation.ParseBedrag("1165.00")
	basis, _ := allocation.ParseBedrag("937,50")
	p, err := overbrugging.PercentageVan(kosten, basis)
	fmt.Println(p, err)
	// Output: 125% <nil>
}

func ExampleRekenmoduleNodig() {
	p, _ := allocation.NewPercentage(130)
	nodig, redenen := overbrugging.RekenmoduleNodig(overbrugging.RekenmoduleInput{Leveringsvorm: allocation.MPT, Percentage: p, ZINEnPGB: true})
	fmt.Println(nodig, redenen)
	// Output: true [mpt-boven-125 zin-en-pgb]
}

func ExampleCheckToeslagExtraOverbrugging() {
	fmt.Println(overbrugging.CheckToeslagExtraOverbrugging(true))
	fmt.Println(allocation.AsViolations(overbrugging.CheckToeslagExtraOverbrugging(false)).Rules())
	// Output:
	// <nil>
	// [ZZ-brochure-verwijzers toeslag]
}

// exampleIndicatieToewijzing is a 4VV indicatie from 2026-05-11 and its
// toewijzing of 2026-05-13.
func exampleIndicatieToewijzing() (allocation.Indicatie, allocation.Zorgtoewijzing) {
	start := calendar.MustDate("2026-05-11")
	ind, _ := allocation.NewIndicatie(allocation.IndicatieSpec{Besluitnummer: 1, Afgiftedatum: start, Ingangsdatum: start,
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:        []allocation.GeindiceerdZZP{{ZZP: allocation.ZZP4VV, Ingangsdatum: start}}}, allocation.Context{Dagtekening: start})
	agb, _ := allocation.ParseAGBCode("12345678")
	pct, _ := allocation.NewPercentage(100)
	z, _ := allocation.NewZorgtoewijzing(allocation.ToewijzingSpec{ZZP: allocation.ZZP4VV, Instelling: agb, Zorgkantoor: 5501,
		Soort: allocation.Regulier, Toewijzingsdatum: calendar.MustDate("2026-05-13"), Percentage: pct,
		Ingangsdatum: calendar.MustDate("2026-05-13"), Leveringsvorm: allocation.Verblijf, Dossierhouder: agb, Opname: allocation.Ja},
		ind, allocation.Context{Dagtekening: calendar.MustDate("2026-05-13")})
	return ind, z
}

func ExampleArrangementsoort() {
	var s overbrugging.Arrangementsoort
	err := s.UnmarshalText([]byte("alternatief"))
	fmt.Println(s == overbrugging.ArrangementAlternatief, s, err)
	err = s.UnmarshalText([]byte("regulier"))
	fmt.Println(allocation.AsViolations(err))
	// Output:
	// true alternatief <nil>
	// allocation: option Soort = "regulier": de soort arrangement is overbrugging of alternatief
}

func ExampleGeenOmzettingError() {
	_, err := overbrugging.WeekBudget(allocation.ZZPX, false, overbrugging.MethodeRegulier, nil, overbrugging.Tarieven{})
	var geen *overbrugging.GeenOmzettingError
	if errors.As(err, &geen) {
		fmt.Println(geen.ZZP.Code(), geen.Reden, "|", geen.Bron)
		fmt.Println(geen.Handeling)
	}
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 998 zzp-onbepaald | VZ2013 4.7; VZ2013 4.4.1
	// bij ZZP onbepaald zet de zorgaanbieder in overleg met de cliënt een bepaald ZZP in en legt dat vast in het zorgleefplan; bereken het budget op dat ZZP
	// [Omzettingstabel]
}

func ExampleGeenOmzettingReden_String() {
	for _, z := range []allocation.ZZP{allocation.ZZP0, allocation.ZZP5GGZC} {
		_, err := overbrugging.DefaultOmzettingstabel().Functies(z, false)
		var geen *overbrugging.GeenOmzettingError
		if errors.As(err, &geen) {
			fmt.Println(z.Code(), geen.Reden)
		}
	}
	// Output:
	// 999 partnerverblijf
	// 868 geen-rij
}
