package allocation

import (
	"math"

	"github.com/shopspring/decimal"
)

// Bedrag is an amount in euro over shopspring/decimal, exact. Build it
// from text (ParseBedrag, which reads "1234.56" and the Dutch "1234,56")
// or from whole cents (Cents), never from a float: then it has at most 2
// decimals. Mul gives the exact product with a count (hours × tariff, up
// to 4 decimals); RoundCents is the one rounding step, to cents, half
// away from zero. Every amount lies within ±1 000 000 000 000 euro, far
// above any Wlz budget: a value beyond is an error, never a panic or a
// silent wrap. No package-level setting of shopspring/decimal is read or
// written. The zero value is € 0.00. Compare with Equal or Cmp, not ==.
type Bedrag struct{ d decimal.Decimal }

// maxEuro and minEuro bound every Bedrag (inclusive), maxCents the same
// in cents.
var maxEuro, minEuro = decimal.New(1, 12), decimal.New(-1, 12)

const maxCents = 100_000_000_000_000

// maxNumberText bounds the text ParseBedrag and ParseAantal read, before
// any parsing: the longest amount is 17 characters, leading zeros allowed.
const maxNumberText = 32

// ParseBedrag reads an amount in euro: an optional "-", digits, and
// optionally a decimal point or a decimal comma with 1 or 2 digits
// ("1234.56", "1234,56", "12,5", "-3.1"). Thousands separators, "+",
// spaces, an exponent, a currency sign, a third decimal or empty text are
// an error: nothing is guessed or rounded. The error is a *NumberError.
func ParseBedrag(s string) (Bedrag, error) {
	c, err := parseHundredths(s, "Bedrag", true, maxCents)
	if err != nil {
		return Bedrag{}, err
	}
	return Bedrag{decimal.New(c, -2)}, nil
}

// Cents returns c cents (-1000 is € -10.00), or a *NumberError beyond
// ±1 000 000 000 000 euro.
func Cents(c int64) (Bedrag, error) {
	if c > maxCents || c < -maxCents {
		return Bedrag{}, &NumberError{Type: "Bedrag", Input: formatHundredths(c, false), Rule: InputRange, p: problemRangeBedrag}
	}
	return Bedrag{decimal.New(c, -2)}, nil
}

// bounded returns d as a Bedrag, or a *NumberError when it leaves the range.
func bounded(d decimal.Decimal) (Bedrag, error) {
	if d.Cmp(maxEuro) > 0 || d.Cmp(minEuro) < 0 {
		return Bedrag{}, &NumberError{Type: "Bedrag", Input: Bedrag{d}.String(), Rule: InputRange, p: problemRangeBedrag}
	}
	return Bedrag{d}, nil
}

// Add returns b + o, or a *NumberError when the sum leaves the range.
func (b Bedrag) Add(o Bedrag) (Bedrag, error) { return bounded(b.d.Add(o.d)) }

// Sub returns b - o, or a *NumberError when the difference leaves the range.
func (b Bedrag) Sub(o Bedrag) (Bedrag, error) { return bounded(b.d.Sub(o.d)) }

// Mul returns b × a exactly (a tariff times hours: 55.55 × 5.5 is
// 305.525), or a *NumberError when the product leaves the range. The
// product is not rounded: round the total once with RoundCents.
func (b Bedrag) Mul(a Aantal) (Bedrag, error) {
	return bounded(b.d.Mul(decimal.New(int64(a.h), -2)))
}

// RoundCents rounds b to cents, half away from zero ("rekenkundig
// afronden": 305.525 is 305.53, -2.345 is -2.35). It is the one rounding
// step of money in the library; a rule says where it applies it (for the
// overbrugging budget: once per total, overbrugging.Afronding). Rounding
// never leaves the range, whose bounds are whole cents.
func (b Bedrag) RoundCents() Bedrag { return Bedrag{b.d.Round(2)} }

// PercentOf returns b as a share of basis in whole percents, rounded
// down, and whether a remainder was left, so that the caller applies its
// own rounding rule: 1000.01 of 1000.00 is 100 with a remainder. It is
// exact (100 × b by QuoRem, never Div). A basis that is not positive, a
// negative b or a share beyond an int64 is a *NumberError.
func (b Bedrag) PercentOf(basis Bedrag) (percent int64, remainder bool, err error) {
	if !basis.d.IsPositive() {
		return 0, false, &NumberError{Type: "Bedrag", Input: basis.String(), Rule: InputRange, p: problemBasis}
	}
	if b.d.IsNegative() {
		return 0, false, &NumberError{Type: "Bedrag", Input: b.String(), Rule: InputRange, p: problemNegative}
	}
	q, r := b.d.Mul(decimal.New(100, 0)).QuoRem(basis.d, 0)
	if q.Cmp(decimal.New(math.MaxInt64, 0)) > 0 {
		return 0, false, &NumberError{Type: "Bedrag", Input: b.String(), Rule: InputRange, p: problemRangeBedrag}
	}
	return q.IntPart(), !r.IsZero(), nil
}

// Cmp returns -1, 0 or +1 as b is less than, equal to or greater than o.
func (b Bedrag) Cmp(o Bedrag) int { return b.d.Cmp(o.d) }

// Equal reports whether b and o are the same amount (12.5 equals 12.50);
// it lets go-cmp compare amounts.
func (b Bedrag) Equal(o Bedrag) bool { return b.d.Equal(o.d) }

// IsZero reports whether b is € 0.00.
func (b Bedrag) IsZero() bool { return b.d.IsZero() }

// IsPositive reports whether b is more than € 0.00.
func (b Bedrag) IsPositive() bool { return b.d.IsPositive() }

// IsNegative reports whether b is less than € 0.00.
func (b Bedrag) IsNegative() bool { return b.d.IsNegative() }

// String returns the amount with a decimal point and at least 2 decimals
// ("937.50"); an exact product not yet rounded shows every decimal it has
// ("305.525"): String never rounds. It reads no package-level setting of
// shopspring/decimal.
func (b Bedrag) String() string {
	places := int32(2)
	if e := b.d.Exponent(); e < -2 {
		places = -e
	}
	s := b.d.StringFixed(places) // exact: places covers every decimal of d
	for places > 2 && s[len(s)-1] == '0' {
		s, places = s[:len(s)-1], places-1
	}
	return s
}

// MarshalText implements encoding.TextMarshaler (the String form).
func (b Bedrag) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseBedrag.
// Empty text is an error: an amount is never silently zero (encoding/json
// leaves a Bedrag unchanged on null; make the field a pointer where an
// amount is optional).
func (b *Bedrag) UnmarshalText(text []byte) error {
	v, err := ParseBedrag(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
