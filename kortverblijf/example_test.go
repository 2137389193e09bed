package kortverblijf_test

import (
	"fmt"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
)

func ExampleKlasseVoor() {
	k, _ := kortverblijf.KlasseVoor(kortverblijf.Gemiddelde{N: 13, Per: kortverblijf.PerMaand})
	n, _ := kortverblijf.Gemiddelde{N: 13, Per: kortverblijf.PerMaand}.PerJaar()
	fmt.Println(n, k.Code())
	// Output: 156 KE3
}

func ExampleGemiddelde_PerJaar() {
	n, _ := kortverblijf.Gemiddelde{N: 2, Per: kortverblijf.PerWeek}.PerJaar()
	fmt.Println(n)
	// Output: 104
}

func ExampleLimietPerWeek() {
	dtv, _ := allocation.ParseAantal("4,5") // COD755 writes a decimal comma
	d, err := kortverblijf.LimietPerWeek(kortverblijf.DTV, dtv)
	fmt.Println(d, err)
	vier, _ := allocation.ParseAantal("4")
	_, err = kortverblijf.LimietPerWeek(kortverblijf.Kortdurend, vier)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 9 <nil>
	// [VZ2013 Bijlage C werkwijze F]
}

func ExampleOpsparenToegestaan() {
	fmt.Println(kortverblijf.OpsparenToegestaan(calendar.MustDate("2010-12-31")), kortverblijf.OpsparenToegestaan(calendar.MustDate("2011-01-01")))
	// Output: true false
}

func ExampleKies() {
	for _, s := range []kortverblijf.Situatie{
		{Indicatiesoort: kortverblijf.IndicatieVBKD, PerJaar: 24, Regelmatig: true, Afgiftedatum: calendar.MustDate("2012-05-01")},
		{Indicatiesoort: kortverblijf.IndicatieVBKD, PerJaar: 156, Regelmatig: true, Afgiftedatum: calendar.MustDate("2012-05-01")},
		{Indicatiesoort: kortverblijf.IndicatieZZP, PerJaar: 52, Opnamewens: true, Afgiftedatum: calendar.MustDate("2012-05-01")},
		{Indicatiesoort: kortverblijf.IndicatieZZP, PerJaar: 208, Afgiftedatum: calendar.MustDate("2012-05-01")},
	} {
		w, _ := kortverblijf.Kies(s)
		fmt.Printf("%s MAZ %q per verblijf %v, MUT20 per verblijf %v, AAT %q: %s\n",
			w.ID, w.MAZKlasse.Code(), w.MAZPerVerblijf, w.MUT20PerVerblijf, w.AATSoort.Code(), w.Titel)
	}
	_, err := kortverblijf.Kies(kortverblijf.Situatie{Indicatiesoort: kortverblijf.IndicatieZZP, PerJaar: 52, Opnamewens: true, PGB: true})
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// A MAZ "KE1" per verblijf true, MUT20 per verblijf true, AAT "": Regelmatig kortdurend verblijf: < 1 etmaal per week
	// B MAZ "KE3" per verblijf false, MUT20 per verblijf false, AAT "": Regelmatig kortdurend verblijf: 1, 2 of 3 etmalen per week
	// E MAZ "" per verblijf true, MUT20 per verblijf false, AAT "3": ZZP met opnamewens: in afwachting van opname logeren
	// G MAZ "KE4" per verblijf false, MUT20 per verblijf false, AAT "": ZZP zonder opnamewens: intermitterende opname voor minimaal 4 etmalen per week
	// [VZ2013 Bijlage C werkwijze E]
}

func ExampleWerkwijzen() {
	for _, w := range kortverblijf.Werkwijzen() {
		fmt.Println(w.ID, w.Source)
	}
	// Output:
	// A VZ2013 Bijlage C werkwijze A
	// B VZ2013 Bijlage C werkwijze B
	// C VZ2013 Bijlage C werkwijze C
	// D VZ2013 Bijlage C werkwijze D
	// E VZ2013 Bijlage C werkwijze E
	// F VZ2013 Bijlage C werkwijze F
	// G VZ2013 Bijlage C werkwijze G
}

func ExampleSchemaA() {
	// One weekend a month (Saturday and Sunday), then the client stops.
	var stays []calendar.Period
	for _, s := range []string{"2014-03-01", "2014-04-05", "2014-05-03"} {
		p, _ := calendar.NewPeriod(calendar.MustDate(s), calendar.MustDate(s).AddDays(1))
		stays = append(stays, p)
	}
	bs, _ := kortverblijf.SchemaA(stays, false)
	for _, b := range bs {
		fmt.Println(strings.TrimSpace(b.Datum.String() + " " + string(b.Soort) + " " + b.Klasse.Code()))
	}
	// Output:
	// 2014-03-01 MAZ KE1
	// 2014-03-15 MUT20
	// 2014-04-05 MAZ KE1
	// 2014-04-19 MUT20
	// 2014-05-03 MAZ KE1
	// 2014-05-17 MUT19
}

func ExampleVerblijfMetZorgThuis() {
	z, _ := kortverblijf.VerblijfMetZorgThuis(allocation.KE7, 5, 2)
	fmt.Println(z.MAZ, z.MAZKlasse.Code(), z.Declareren, z.EigenBijdrage, z.DossierhouderOrganiseertZorgThuis)
	// Output: 7 KE7 7 ZZP 7 dagen intramuraal true
}

func ExampleLogeerOpvang() {
	for _, d := range []string{"2022-06-01", "2023-06-01"} {
		twee, _ := allocation.Hundredths(200)
		l, _ := kortverblijf.LogeerOpvang(calendar.MustDate(d), allocation.MPT, twee, true)
		fmt.Printf("%s toeslag %q functie %q classificatie 16: %v\n", d, l.Toeslag.Code(), l.Functie.Code(), l.Classificatie16)
	}
	// Output:
	// 2022-06-01 toeslag "" functie "71" classificatie 16: true
	// 2023-06-01 toeslag "10" functie "" classificatie 16: true
}
