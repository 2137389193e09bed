package waitstatus_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// fixtureIndicatie is besluit 1 (somatisch) with one geïndiceerd zzp, both
// from start.
func fixtureIndicatie(t testing.TB, zzp allocation.ZZP, start calendar.Date) allocation.Indicatie {
	t.Helper()
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 1, Afgiftedatum: start, Ingangsdatum: start,
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:        []allocation.GeindiceerdZZP{{ZZP: zzp, Ingangsdatum: start}},
	}, allocation.Context{Dagtekening: start})
	if err != nil {
		t.Fatal(err)
	}
	return ind
}

// fixtureToewijzing is a regular 4VV verblijf toewijzing from 2026-02-02.
func fixtureToewijzing(t testing.TB) allocation.Zorgtoewijzing {
	t.Helper()
	agb, _ := allocation.ParseAGBCode("12345678")
	start := calendar.MustDate("2026-01-15")
	ind := fixtureIndicatie(t, allocation.ZZP4VV, start)
	pct, _ := allocation.NewPercentage(100)
	z, err := allocation.NewZorgtoewijzing(allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: calendar.MustDate("2026-01-30"), Percentage: pct, Ingangsdatum: calendar.MustDate("2026-02-02"),
		Leveringsvorm: allocation.Verblijf, Dossierhouder: agb, Opname: allocation.Ja,
	}, ind, allocation.Context{Dagtekening: calendar.MustDate("2026-01-30")})
	if err != nil {
		t.Fatal(err)
	}
	return z
}

// fixtureFunctie is a 2014 overbrugging toewijzing of functie 31 (PV,
// klasse K3) from 2014-01-06 at aanbieder 12345678: a VZ2013 functie line.
func fixtureFunctie(t testing.TB) allocation.FunctieToewijzing {
	t.Helper()
	agb, _ := allocation.ParseAGBCode("12345678")
	start := calendar.MustDate("2014-01-02")
	ind := fixtureIndicatie(t, allocation.ZZP4VV, start)
	var k3 allocation.Klasse
	if err := k3.UnmarshalText([]byte("K3")); err != nil {
		t.Fatal(err)
	}
	f, err := allocation.NewFunctieToewijzing(allocation.FunctieSpec{
		Functie: allocation.FunctiePV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Overbrugging,
		Toewijzingsdatum: calendar.MustDate("2014-01-06"), Ingangsdatum: calendar.MustDate("2014-01-06"), Klasse: k3,
	}, ind, allocation.Context{Dagtekening: calendar.MustDate("2014-01-06")})
	if err != nil {
		t.Fatal(err)
	}
	return f
}
