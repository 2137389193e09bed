package overbrugging_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

func TestDefaultTableComplete(t *testing.T) {
	tab := overbrugging.DefaultOmzettingstabel()
	require.NotNil(t, tab, "the shipped table builds without violations")
	assert.Equal(t, 2015, tab.Jaar())
	n := 0
	for c := 1; c < 1000; c++ {
		z := allocation.ZZP(c)
		if !z.Known() {
			continue
		}
		fs, err := tab.Functies(z, true)
		switch z.Sector() {
		case allocation.SectorGGZC, allocation.SectorGGZW, allocation.SectorGeen:
			assert.Error(t, err, z.Label())
			continue
		}
		if z == allocation.ZZP9VVA {
			assert.Error(t, err)
			continue
		}
		require.NoError(t, err, z.Label())
		assert.NotEmpty(t, fs, z.Label())
		n++
	}
	assert.Equal(t, 48, n, "VV (11 rows incl. 758 and 191), GGZ-B 7, LVG 5, SGLVG 1, VG 8, LG 7, ZGvis 5, ZGaud 4")
	// LVG has begeleiding groep without dagbesteding; VG only with it.
	lvg, _ := tab.Functies(allocation.ZZP3LVG, false)
	vg, _ := tab.Functies(allocation.ZZP5VG, false)
	assert.Len(t, lvg, 3)
	assert.Len(t, vg, 3)
}

func TestBudgetRoundsOnce(t *testing.T) {
	pv, _ := allocation.ParseBedrag("55.55")
	tt, err := overbrugging.NewTarieven(2026, map[allocation.Functie]allocation.Bedrag{
		allocation.FunctiePV: pv, allocation.FunctieVP: pv, allocation.FunctieBGIND: pv,
	})
	require.NoError(t, err)
	// 4VV regulier: (8.5 + 3 + 5.5) × 55.55 = 944.35 exactly; per line
	// 472.175 + 166.65 + 305.525 would round to 472.18 + 166.65 + 305.53 = 944.36.
	b, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
	require.NoError(t, err)
	assert.Equal(t, "944.35", b.Totaal.String())
	assert.Equal(t, "305.525", b.Regels[2].Onafgerond.String())
	_, err = overbrugging.WeekBudget(allocation.ZZP5VG, true, overbrugging.MethodeRegulier, nil, tt)
	assert.Equal(t, []string{"Tarieven"}, allocation.AsViolations(err).Rules(), "BG-GRP has no tariff")
	_, err = overbrugging.WeekBudget(allocation.ZZP1GGZC, false, overbrugging.MethodeRegulier, nil, tt)
	assert.Equal(t, []string{"Omzettingstabel"}, allocation.AsViolations(err).Rules())
}

func TestPercentageVan(t *testing.T) {
	cents := func(c int64) allocation.Bedrag {
		b, err := allocation.Cents(c)
		require.NoError(t, err)
		return b
	}
	_, err := overbrugging.PercentageVan(cents(100), cents(0))
	assert.Equal(t, []string{"CS130"}, allocation.AsViolations(err).Rules(), "no division by zero")
	p, err := overbrugging.PercentageVan(cents(100001), cents(100000))
	require.NoError(t, err)
	assert.Equal(t, 101, p.Percent(), "1000.01 of 1000.00 rounds up to 101 %")
	_, err = overbrugging.PercentageVan(cents(100_000_000_000_000), cents(1))
	assert.Equal(t, []string{"CS130"}, allocation.AsViolations(err).Rules(), "far above 999 %")
}

func TestArrangementRegelJSON(t *testing.T) {
	var rs []overbrugging.ArrangementRegel
	require.NoError(t, json.Unmarshal([]byte(`[{"functie":"31","klasse":"K3","uren":"5,5","pgb":true},{"functie":"41","klasse":"K2","uren":""},{"functie":"81","klasse":"K3"}]`), &rs))
	require.Len(t, rs, 3)
	assert.Equal(t, "5.5", rs[0].Uren.String())
	assert.True(t, rs[0].PGB)
	assert.True(t, rs[1].Uren.IsZero(), "empty uren: not given")
	assert.True(t, rs[2].Uren.IsZero(), "absent uren: not given")
	assert.Equal(t, allocation.K3, rs[2].Klasse)
	err := json.Unmarshal([]byte(`[{"functie":"31","klasse":"K3","uren":"5.555"}]`), &rs)
	assert.Equal(t, []string{"unreadable"}, allocation.AsViolations(err).Rules())
	err = json.Unmarshal([]byte(`[{"functie":"31","klasse":"K3","uren":"-1"}]`), &rs)
	assert.Equal(t, []string{"range"}, allocation.AsViolations(err).Rules())
	out, err := json.Marshal(rs[0])
	require.NoError(t, err)
	var back overbrugging.ArrangementRegel
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, rs[0], back)
}
