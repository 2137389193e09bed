package kortverblijf_test

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
)

// TestKlasseVoorOverflow: an average whose × 52 or × 12 would wrap is an
// input error "range", never a klasse.
func TestKlasseVoorOverflow(t *testing.T) {
	for _, g := range []kortverblijf.Gemiddelde{
		{N: 1<<62 + 1, Per: kortverblijf.PerWeek}, // × 52 wraps to 52: KE1
		{N: math.MaxInt, Per: kortverblijf.PerWeek},
		{N: math.MaxInt, Per: kortverblijf.PerMaand},
		{N: 1<<62 + 1, Per: kortverblijf.PerMaand},
		{N: math.MinInt, Per: kortverblijf.PerWeek},
		{N: math.MaxInt, Per: kortverblijf.PerJaar},
	} {
		k, err := kortverblijf.KlasseVoor(g)
		require.Error(t, err, "%+v gave %s", g, k.Code())
		assert.True(t, allocation.AsViolations(err).Has(allocation.InputRange), "%v", err)
	}
	_, err := kortverblijf.Kies(kortverblijf.Situatie{Indicatiesoort: kortverblijf.IndicatieZZP, PerJaar: math.MaxInt})
	assert.True(t, allocation.AsViolations(err).Has(allocation.InputRange), "%v", err)
}

// TestVerblijfMetZorgThuisOverflow: instelling + thuis never wraps into
// an accepted, negative MAZ.
func TestVerblijfMetZorgThuisOverflow(t *testing.T) {
	for _, tc := range [][2]int{{4, math.MaxInt - 2}, {4, math.MaxInt}, {math.MaxInt, math.MaxInt}, {math.MinInt, 4}, {4, 8}} {
		z, err := kortverblijf.VerblijfMetZorgThuis(allocation.KE7, tc[0], tc[1])
		require.Error(t, err, "%v gave MAZ %d", tc, z.MAZ)
	}
	_, err := kortverblijf.VerblijfMetZorgThuis(allocation.KE7, 4, math.MaxInt-2)
	assert.True(t, allocation.AsViolations(err).Has(allocation.InputRange), "%v", err)
}

// TestVerblijfMetZorgThuisEveryViolation: small wrong values still give
// every violation (instelling and the sum).
func TestVerblijfMetZorgThuisEveryViolation(t *testing.T) {
	_, err := kortverblijf.VerblijfMetZorgThuis(allocation.KE7, 3, 5)
	assert.Len(t, allocation.AsViolations(err), 2, "%v", err)
}

// TestZeroValues calls the methods and functions on each exported type's
// zero value: each works or returns an error, none panics.
func TestZeroValues(t *testing.T) {
	require.NotPanics(t, func() {
		_, err := kortverblijf.Gemiddelde{}.PerJaar()
		assert.Error(t, err)
		_, err = kortverblijf.KlasseVoor(kortverblijf.Gemiddelde{})
		assert.Error(t, err)
		_, err = kortverblijf.LimietPerWeek(0, allocation.Aantal{})
		assert.Error(t, err)
		_, err = kortverblijf.Kies(kortverblijf.Situatie{})
		assert.Error(t, err)
		_, err = kortverblijf.VerblijfMetZorgThuis(0, 0, 0)
		assert.Error(t, err)
		_, err = kortverblijf.LogeerOpvang(calendar.Date{}, 0, allocation.Aantal{}, false)
		assert.Error(t, err)
		_, err = kortverblijf.SchemaA(nil, false)
		assert.Error(t, err)
		_, err = kortverblijf.SchemaA([]calendar.Period{{}}, false)
		assert.Error(t, err)
		assert.False(t, kortverblijf.OpsparenToegestaan(calendar.Date{}))
		var p kortverblijf.Per
		var s kortverblijf.Soort
		var i kortverblijf.Indicatiesoort
		assert.Error(t, p.UnmarshalText(nil))
		assert.Error(t, s.UnmarshalText(nil))
		assert.Error(t, i.UnmarshalText(nil))
	})
}

// TestUnmarshalTextQuotesInput: refused text is echoed quoted in Error() (Violation.String quotes every value), so a
// newline or "; CS003 ..." in the input cannot forge a line of Error().
func TestUnmarshalTextQuotesInput(t *testing.T) {
	const forged = "x\nCS003 Einddatum: vals; VZ2013 3.3 Thuis"
	var p kortverblijf.Per
	var s kortverblijf.Soort
	var i kortverblijf.Indicatiesoort
	for _, err := range []error{p.UnmarshalText([]byte(forged)), s.UnmarshalText([]byte(forged)), i.UnmarshalText([]byte(forged))} {
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "\n")
		vs := allocation.AsViolations(err)
		require.Len(t, vs, 1)
		assert.Equal(t, forged, vs[0].Value, "the violation keeps the exact input")
		assert.Contains(t, err.Error(), strconv.Quote(forged), "Error() quotes it")
	}
}
