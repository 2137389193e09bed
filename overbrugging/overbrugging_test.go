package overbrugging_test

import (
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
	pv, _ := overbrugging.ParseBedrag("55.55")
	tt, err := overbrugging.NewTarieven(2026, map[allocation.Functie]overbrugging.Bedrag{
		allocation.FunctiePV: pv, allocation.FunctieVP: pv, allocation.FunctieBGIND: pv,
	})
	require.NoError(t, err)
	// 4VV regulier: (8.5 + 3 + 5.5) × 55.55 = 944.35 exactly; per line
	// 472.175 + 166.65 + 305.525 would round to 472.18 + 166.65 + 305.53 = 944.36.
	b, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.Regulier, nil, tt)
	require.NoError(t, err)
	assert.Equal(t, "944.35", b.Totaal.String())
	assert.Equal(t, "305.525", b.Regels[2].Onafgerond.String())
	_, err = overbrugging.WeekBudget(allocation.ZZP5VG, true, overbrugging.Regulier, nil, tt)
	assert.Equal(t, []string{"Tarieven"}, allocation.AsViolations(err).Rules(), "BG-GRP has no tariff")
	_, err = overbrugging.WeekBudget(allocation.ZZP1GGZC, false, overbrugging.Regulier, nil, tt)
	assert.Equal(t, []string{"Omzettingstabel"}, allocation.AsViolations(err).Rules())
}

func TestMoney(t *testing.T) {
	a, err := overbrugging.ParseBedrag("999999999999.99")
	require.NoError(t, err)
	_, err = a.Add(a)
	require.ErrorIs(t, err, overbrugging.ErrBedrag, "overflow is an error")
	_, err = overbrugging.ParseBedrag("1000000000000.01")
	require.ErrorIs(t, err, overbrugging.ErrBedrag)
	var b overbrugging.Bedrag
	require.Error(t, b.UnmarshalText(nil), "an amount is never silently zero")
	zero := overbrugging.Cents(0)
	_, err = overbrugging.PercentageVan(overbrugging.Cents(100), zero)
	assert.Equal(t, []string{"CS130"}, allocation.AsViolations(err).Rules(), "no division by zero")
	p, err := overbrugging.PercentageVan(overbrugging.Cents(100001), overbrugging.Cents(100000))
	require.NoError(t, err)
	assert.Equal(t, 101, p.Percent(), "1000.01 of 1000.00 rounds up to 101 %")
	_, err = overbrugging.ParseUren("-1")
	require.ErrorIs(t, err, overbrugging.ErrBedrag)
}
