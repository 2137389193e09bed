package allocation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

func TestParseBedrag(t *testing.T) {
	for in, want := range map[string]string{
		"12.50": "12.50", "12,50": "12.50", "12,5": "12.50", "1234,56": "1234.56", "-3.1": "-3.10", "-3,1": "-3.10",
		"0": "0.00", "-0": "0.00", "007.05": "7.05", "999999999999.99": "999999999999.99", "1000000000000": "1000000000000.00",
		"-1000000000000,00": "-1000000000000.00", strings.Repeat("0", 31) + "1": "1.00",
	} {
		b, err := allocation.ParseBedrag(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, b.String(), in)
	}
	for in, rule := range map[string]string{
		"": "unreadable", "1.234,56": "unreadable", "1,234.56": "unreadable", "12.505": "unreadable", "12,": "unreadable",
		",5": "unreadable", "1e3": "unreadable", "+1": "unreadable", " 1": "unreadable", "1 ": "unreadable", "€12": "unreadable",
		"--1": "unreadable", "1_000": "unreadable", "1000000000000.01": "range", "-1000000000000.01": "range",
		"99999999999999999999": "range", strings.Repeat("0", 32) + "1": "range", strings.Repeat("9", 100): "range",
	} {
		_, err := allocation.ParseBedrag(in)
		var ne *allocation.NumberError
		require.ErrorAs(t, err, &ne, in)
		assert.ErrorIs(t, err, allocation.ErrInput, in)
		assert.ErrorIs(t, err, allocation.ErrInvalid, in)
		assert.Equal(t, "Bedrag", ne.Type)
		assert.Equal(t, []string{rule}, allocation.AsViolations(err).Rules(), in)
		assert.True(t, strings.HasPrefix(err.Error(), "allocation: "), err.Error())
	}
	var b allocation.Bedrag
	require.Error(t, b.UnmarshalText(nil), "an amount is never silently zero")
	require.Error(t, json.Unmarshal([]byte(`""`), &b))
}

func TestBedragArithmetic(t *testing.T) {
	max, err := allocation.ParseBedrag("999999999999.99")
	require.NoError(t, err)
	_, err = max.Add(max)
	require.ErrorIs(t, err, allocation.ErrInput, "overflow is an error")
	_, err = allocation.Cents(100_000_000_000_001)
	require.ErrorIs(t, err, allocation.ErrInput)
	_, err = allocation.Cents(-1 << 63)
	require.ErrorIs(t, err, allocation.ErrInput)

	tarief, _ := allocation.ParseBedrag("55.55")
	uren, _ := allocation.ParseAantal("5,5")
	line, err := tarief.Mul(uren)
	require.NoError(t, err)
	assert.Equal(t, "305.525", line.String(), "a product is exact")
	assert.Equal(t, "305.53", line.RoundCents().String(), "half away from zero")
	// -2.345 cannot be read (3 decimals); it is the product -4.69 × 0.5.
	m, _ := allocation.ParseBedrag("-4.69")
	half, _ := allocation.Hundredths(50)
	p, err := m.Mul(half)
	require.NoError(t, err)
	assert.Equal(t, "-2.345", p.String())
	assert.Equal(t, "-2.35", p.RoundCents().String(), "half away from zero for negative amounts too")

	hours, _ := allocation.ParseAantal("168")
	_, err = max.Mul(hours)
	require.ErrorIs(t, err, allocation.ErrInput, "a product beyond the range is an error")

	a, _ := allocation.Cents(100001)
	basis, _ := allocation.Cents(100000)
	pct, rest, err := a.PercentOf(basis)
	require.NoError(t, err)
	assert.Equal(t, int64(100), pct)
	assert.True(t, rest)
	pct, rest, err = basis.PercentOf(basis)
	require.NoError(t, err)
	assert.Equal(t, int64(100), pct)
	assert.False(t, rest)
	_, _, err = a.PercentOf(allocation.Bedrag{})
	require.ErrorIs(t, err, allocation.ErrInput, "no division by zero")
	_, _, err = m.PercentOf(basis)
	require.ErrorIs(t, err, allocation.ErrInput, "a negative share")

	x, _ := allocation.ParseBedrag("12.5")
	y, _ := allocation.ParseBedrag("12,50")
	assert.True(t, x.Equal(y))
	assert.Equal(t, 0, x.Cmp(y))
	assert.True(t, x.IsPositive() && !x.IsNegative() && !x.IsZero())
	text, err := json.Marshal(map[string]allocation.Bedrag{"b": x})
	require.NoError(t, err)
	assert.Equal(t, `{"b":"12.50"}`, string(text))
}

func TestParseAantal(t *testing.T) {
	for in, want := range map[string]string{
		"5.5": "5.5", "5,5": "5.5", "3,5": "3.5", "4,0": "4", "4.25": "4.25", "0": "0", "0,5": "0.5", "168": "168", "168.00": "168", "08": "8",
	} {
		a, err := allocation.ParseAantal(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, a.String(), in)
	}
	for in, rule := range map[string]string{
		"": "unreadable", "-1": "range", "168.01": "range", "1000": "range", "5.555": "unreadable", "1e2": "unreadable", "3 ,5": "unreadable",
		strings.Repeat("1", 40): "range",
	} {
		_, err := allocation.ParseAantal(in)
		var ne *allocation.NumberError
		require.ErrorAs(t, err, &ne, in)
		assert.Equal(t, "Aantal", ne.Type)
		assert.Equal(t, []string{rule}, allocation.AsViolations(err).Rules(), in)
	}
	a, err := allocation.Hundredths(350)
	require.NoError(t, err)
	b, _ := allocation.ParseAantal("3,50")
	assert.True(t, a == b && a.Equal(b), "exact and comparable")
	assert.Equal(t, int64(350), a.Hundredths())
	_, err = allocation.Hundredths(-1)
	assert.True(t, errors.Is(err, allocation.ErrInput))
	_, err = allocation.Hundredths(16801)
	assert.True(t, errors.Is(err, allocation.ErrInput))
	var z allocation.Aantal
	require.Error(t, z.UnmarshalText([]byte("")), "a count is never silently zero")
}

// FuzzNumbers: ParseBedrag and ParseAantal never panic; a refusal is a
// *NumberError that reads as an input violation; an accepted text
// round-trips through String to an Equal value; arithmetic on accepted
// values never panics and stays in range or fails with a *NumberError.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"12.50", "12,5", "0", "-3.1", "1e3", "", "999999999999.99", "1000000000001", ".5", "5.", "168", "3,5", "1.234,56"} {
		f.Add(s, "5.5")
	}
	f.Fuzz(func(t *testing.T, s, u string) {
		b, err := allocation.ParseBedrag(s)
		checkNumber(t, s, err, func() (string, bool) {
			back, err := allocation.ParseBedrag(b.String())
			return b.String(), err == nil && back.Equal(b)
		})
		a, err := allocation.ParseAantal(u)
		checkNumber(t, u, err, func() (string, bool) {
			back, err := allocation.ParseAantal(a.String())
			return a.String(), err == nil && back == a
		})
		for _, op := range []func() (allocation.Bedrag, error){
			func() (allocation.Bedrag, error) { return b.Mul(a) },
			func() (allocation.Bedrag, error) { return b.Add(b) },
			func() (allocation.Bedrag, error) { return b.Sub(b) },
		} {
			r, err := op()
			var ne *allocation.NumberError
			if err != nil && !errors.As(err, &ne) {
				t.Fatalf("untyped error %v", err)
			}
			r.RoundCents()
		}
		if _, _, err := b.PercentOf(b); err != nil && allocation.AsViolations(err) == nil {
			t.Fatalf("untyped error %v", err)
		}
	})
}

func checkNumber(t *testing.T, s string, err error, roundTrip func() (string, bool)) {
	t.Helper()
	if err != nil {
		var ne *allocation.NumberError
		if !errors.As(err, &ne) || !errors.Is(err, allocation.ErrInput) || len(allocation.AsViolations(err)) != 1 {
			t.Fatalf("%q: untyped error %v", s, err)
		}
		return
	}
	if out, ok := roundTrip(); !ok {
		t.Fatalf("%q -> %q does not round-trip", s, out)
	}
}
