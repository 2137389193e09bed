package allocation_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// Fixtures: a 4VV verblijf indicatie of 2026 with a known voorkeuraanbieder,
// and its regular toewijzing.
var (
	agbA  = mustAGB("12345678")
	agbB  = mustAGB("87654321")
	dag   = calendar.MustDate("2026-01-20")
	start = calendar.MustDate("2026-01-15")
)

func mustAGB(s string) allocation.AGBCode {
	a, err := allocation.ParseAGBCode(s)
	if err != nil {
		panic(err)
	}
	return a
}

func pct(t testing.TB, p int) allocation.Percentage {
	t.Helper()
	v, err := allocation.NewPercentage(p)
	require.NoError(t, err)
	return v
}

func indicatieSpec() allocation.IndicatieSpec {
	return allocation.IndicatieSpec{
		Besluitnummer: 100200300,
		Afgiftedatum:  calendar.MustDate("2026-01-10"),
		Ingangsdatum:  start,
		Grondslagen:   []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs: []allocation.GeindiceerdZZP{{
			ZZP: allocation.ZZP4VV, Ingangsdatum: start,
			VoorkeurClient: allocation.VoorkeurVerblijf, InstellingVoorkeur: agbA,
		}},
		Voorkeuraanbieder:     agbA,
		VoorkeurLeveringsvorm: allocation.VoorkeurVerblijf,
	}
}

func mustIndicatie(t testing.TB) allocation.Indicatie {
	t.Helper()
	ind, err := allocation.NewIndicatie(indicatieSpec(), allocation.Context{Dagtekening: dag})
	require.NoError(t, err)
	return ind
}

func toewijzingSpec(t testing.TB) allocation.ToewijzingSpec {
	t.Helper()
	tijd, err := allocation.ParseTijd("10:15:00")
	require.NoError(t, err)
	return allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: agbA, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: calendar.MustDate("2026-01-16"), Toewijzingstijd: tijd, Percentage: pct(t, 100),
		Ingangsdatum:  calendar.MustDate("2026-01-20"),
		Leveringsvorm: allocation.Verblijf, Dossierhouder: agbA, Opname: allocation.Ja,
	}
}

func ctx() allocation.Context { return allocation.Context{Dagtekening: dag} }

// rules returns the rule ids of err (nil when err is nil).
func rules(err error) []string {
	if err == nil {
		return nil
	}
	return allocation.AsViolations(err).Rules()
}
