package allocation_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// TestCentsExtremes (issue items 6 and 9): Cents refuses the int64
// extremes as range errors, and every value it accepts round-trips
// through its text.
func TestCentsExtremes(t *testing.T) {
	for _, c := range []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 100_000_000_000_001, -100_000_000_000_001} {
		_, err := allocation.Cents(c)
		require.Error(t, err, "%d", c)
		var ne *allocation.NumberError
		require.True(t, errors.As(err, &ne))
		assert.Equal(t, allocation.InputRange, ne.Rule)
		assert.NotPanics(t, func() { _ = err.Error() })
	}
	for _, c := range []int64{100_000_000_000_000, -100_000_000_000_000, 0, 1, -1} {
		b, err := allocation.Cents(c)
		require.NoError(t, err)
		back, err := allocation.ParseBedrag(b.String())
		require.NoError(t, err)
		assert.True(t, back.Equal(b), "%d: %s", c, b)
	}
}

// TestParseRefusesLongTextByLength: a 1 MB string of digits is refused
// by its length before it is read: the error is the length problem and
// echoes at most the first characters, whatever the size.
func TestParseRefusesLongTextByLength(t *testing.T) {
	huge := strings.Repeat("9", 1<<20)
	for _, parse := range []func(string) error{
		func(s string) error { _, err := allocation.ParseBedrag(s); return err },
		func(s string) error { _, err := allocation.ParseAantal(s); return err },
	} {
		err := parse(huge)
		require.Error(t, err)
		var ne *allocation.NumberError
		require.True(t, errors.As(err, &ne))
		assert.Equal(t, allocation.InputRange, ne.Rule)
		assert.Contains(t, err.Error(), "longer than", "refused by length, not by value")
		assert.Less(t, len(ne.Input), 64, "the echo is bounded")
		// The same verdict for a long text that is no number at all: the
		// length is checked before any character.
		err2 := parse(strings.Repeat("x", 1<<20))
		require.True(t, errors.As(err2, &ne))
		assert.Contains(t, err2.Error(), "longer than")
	}
}

// TestAmountsHaveNoExponent: a Bedrag or an Aantal that reaches the rules
// (LimietPerWeek, LogeerOpvang, vertaaltabel.Check) can only be built by
// Parse*, Cents or Hundredths and the bounded arithmetic: an exponent or
// a value beyond the bounds is refused at the door.
func TestAmountsHaveNoExponent(t *testing.T) {
	for _, s := range []string{"1e400", "1E-400", "9e999999999", "0.1e5", "NaN", "Inf"} {
		_, err := allocation.ParseBedrag(s)
		assert.Error(t, err, s)
		_, err = allocation.ParseAantal(s)
		assert.Error(t, err, s)
	}
	max, err := allocation.Cents(100_000_000_000_000)
	require.NoError(t, err)
	h, err := allocation.Hundredths(16800)
	require.NoError(t, err)
	_, err = max.Mul(h)
	assert.Error(t, err, "a product beyond the bound is an error")
	_, err = max.Add(max)
	assert.Error(t, err)
	_, err = allocation.Hundredths(math.MaxInt64)
	assert.Error(t, err)
	_, err = allocation.Hundredths(math.MinInt64)
	assert.Error(t, err)
}
