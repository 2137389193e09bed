package kortverblijf_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
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
