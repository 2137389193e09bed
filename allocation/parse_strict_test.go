package allocation_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// TestParseStrict: a code parses only as the standard (or a usual ASCII
// label) spells it. Unicode case folding (the Kelvin sign folds to K, the
// long s to S), leading zeros on a numeric code and text longer than any
// valid spelling are refused, the last before any work is done.
func TestParseStrict(t *testing.T) {
	for _, s := range []string{"VB\u212aD", "vb\u212ad", "\u212a"} {
		_, err := allocation.ParseFunctie(s)
		assert.Error(t, err, "%q", s)
	}
	f, err := allocation.ParseFunctie("vbkd")
	require.NoError(t, err, "ASCII case still does not matter")
	assert.Equal(t, allocation.FunctieVBTYD, f)

	megaZeros := strings.Repeat("0", 1<<20) + "753"
	for _, s := range []string{"1\u017fGLVG", "4V\u1d20", "0753", "00753", "0999", megaZeros, strings.Repeat("A", 1<<20),
		strings.Repeat(" ", 1<<20) + "4VV", "4VV" + strings.Repeat("-", 64)} {
		_, err := allocation.ParseZZP(s)
		assert.Error(t, err, "%.20q", s)
	}
	for s, want := range map[string]allocation.ZZP{"753": allocation.ZZP4VV, "1sglvg": allocation.ZZP1SGLVG, "ZZP 4VV": allocation.ZZP4VV, "zzp-4-vv": allocation.ZZP4VV} {
		z, err := allocation.ParseZZP(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, z, s)
	}
	g, err := allocation.ParseGrondslag("01")
	require.NoError(t, err, "COD736 spells its codes with the leading zero")
	assert.Equal(t, "01", g.Code())
	_, err = allocation.ParseGrondslag("1")
	assert.Error(t, err)

	// Refused before any work: no copy of the text, no allocation beyond
	// the error and its clipped text (at most 64 bytes of the input).
	for _, s := range []string{megaZeros, strings.Repeat("v", 1<<20)} {
		allocs := testing.AllocsPerRun(5, func() { _, _ = allocation.ParseZZP(s) })
		assert.LessOrEqual(t, allocs, 2.0, "ParseZZP(%.10q...)", s)
		allocs = testing.AllocsPerRun(5, func() { _, _ = allocation.ParseFunctie(s) })
		assert.LessOrEqual(t, allocs, 2.0, "ParseFunctie(%.10q...)", s)
		var fn allocation.Functie
		b := []byte(s)
		allocs = testing.AllocsPerRun(5, func() { _ = fn.UnmarshalText(b) })
		assert.LessOrEqual(t, allocs, 3.0, "Functie.UnmarshalText(%.10q...)", s)
		var z allocation.ZZP
		allocs = testing.AllocsPerRun(5, func() { _ = z.UnmarshalText(b) })
		assert.LessOrEqual(t, allocs, 3.0, "ZZP.UnmarshalText(%.10q...)", s)
		// The error keeps a bounded part of the text.
		assert.Less(t, len(fn.UnmarshalText(b).Error()), 200)
		assert.Less(t, len(z.UnmarshalText(b).Error()), 200)
		_, err := allocation.ParseFunctie(s)
		assert.Less(t, len(err.Error()), 200)
		_, err = allocation.ParseZZP(s)
		assert.Less(t, len(err.Error()), 200)
	}
}
