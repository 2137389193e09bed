package allocation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// TestNewIndicatieValidPathAllocates: the usual besluit (one grondslag,
// one ZZP) is validated and held without an allocation, and it still owns
// its values: changing the caller's slices afterwards changes nothing.
func TestNewIndicatieValidPathAllocates(t *testing.T) {
	spec := indicatieSpec()
	c := ctx()
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := allocation.NewIndicatie(spec, c); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)

	ind, err := allocation.NewIndicatie(spec, c)
	require.NoError(t, err)
	spec.ZZPs[0].ZZP = allocation.ZZP5VV
	spec.Grondslagen[0] = allocation.GrondslagPsychiatrisch
	assert.Equal(t, allocation.ZZP4VV, ind.ZZPs()[0].ZZP)
	assert.Equal(t, []allocation.Grondslag{allocation.GrondslagSomatisch}, ind.Grondslagen())
	g, ok := ind.ZZPOn(start)
	require.True(t, ok)
	assert.Equal(t, allocation.ZZP4VV, g.ZZP)
	ind.ZZPs()[0].ZZP = allocation.ZZP5VV
	ind.Spec().Grondslagen[0] = allocation.GrondslagPsychiatrisch
	assert.Equal(t, allocation.ZZP4VV, ind.ZZPs()[0].ZZP)
	assert.Equal(t, allocation.GrondslagSomatisch, ind.Grondslagen()[0])

	// Two ZZPs and a functie: copied too.
	spec = indicatieSpec()
	spec.ZZPs[0].Einddatum = calendar.MustDate("2026-03-31")
	spec.ZZPs = append(spec.ZZPs, allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VV, Ingangsdatum: calendar.MustDate("2026-04-01")})
	ind, err = allocation.NewIndicatie(spec, c)
	require.NoError(t, err)
	spec.ZZPs[1].ZZP = allocation.ZZP6VV
	assert.Equal(t, allocation.ZZP5VV, ind.ZZPs()[1].ZZP)
	assert.Equal(t, spec.Ingangsdatum, ind.Period().Start())
	back := ind.Spec()
	back.ZZPs[1].ZZP = allocation.ZZP5VV
	again, err := allocation.NewIndicatie(back, c)
	require.NoError(t, err)
	assert.Equal(t, ind.ZZPs(), again.ZZPs())
}
