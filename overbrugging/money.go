package overbrugging

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// ErrBedrag is the sentinel of every money and hours error: text that is no
// amount, an amount out of range, or a division by zero.
var ErrBedrag = errors.New("overbrugging: ongeldig bedrag")

// BedragError reports a bad amount; it wraps ErrBedrag and carries the
// rule id "Bedrag" (or "Uren") of the conformance data.
type BedragError struct {
	Rule, Input, Reason string
}

func (e *BedragError) Error() string {
	return fmt.Sprintf("overbrugging: %q is geen geldig %s: %s", e.Input, e.Rule, e.Reason)
}

// Violations reports the error as the input error "unreadable" naming the
// kind of amount, so allocation.AsViolations reads it like every other error.
func (e *BedragError) Violations() allocation.Violations {
	return allocation.Violations{{Rule: allocation.InputUnreadable.In(0), Field: e.Rule, Value: e.Input, Message: e.Reason}}
}

// Unwrap returns ErrBedrag.
func (e *BedragError) Unwrap() error { return ErrBedrag }

// maxEuro bounds every amount: larger values are an error, never a panic or
// a silent wrap (1 000 000 000 000 euro, far above any Wlz budget).
var maxEuro = decimal.New(1, 12)

// Bedrag is an amount in euro with at most 2 decimals, over
// shopspring/decimal. Build it from text (ParseBedrag) or from cents
// (Cents), never from a float. The zero value is € 0.00. Compare with
// Equal or Cmp, not ==.
type Bedrag struct{ d decimal.Decimal }

// Cents returns c cents (-1000 is € -10.00).
func Cents(c int64) Bedrag { return Bedrag{decimal.New(c, -2)} }

// ParseBedrag parses "1234.56": an optional "-", digits, and optionally a
// point with 1 or 2 digits. A comma, an exponent, a "+", spaces or a third
// decimal are an error: nothing is guessed or rounded.
func ParseBedrag(s string) (Bedrag, error) {
	if err := checkDecimalText(s, 2); err != nil {
		return Bedrag{}, &BedragError{Rule: "Bedrag", Input: s, Reason: err.Error()}
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.Abs().Cmp(maxEuro) > 0 {
		return Bedrag{}, &BedragError{Rule: "Bedrag", Input: s, Reason: "buiten het bereik"}
	}
	return Bedrag{d}, nil
}

// checkDecimalText accepts -?digits(.digits{1,max})? .
func checkDecimalText(s string, maxDecimals int) error {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if digits == 0 {
		return errors.New("cijfers verwacht")
	}
	if i == len(s) {
		return nil
	}
	if s[i] != '.' {
		return errors.New("alleen cijfers en een punt als decimaalteken")
	}
	i++
	dec := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		dec++
	}
	if dec == 0 || dec > maxDecimals || i != len(s) {
		return fmt.Errorf("1 tot %d decimalen na de punt", maxDecimals)
	}
	return nil
}

// Add returns b + o, or an error when the sum leaves the range.
func (b Bedrag) Add(o Bedrag) (Bedrag, error) { return bounded(b.d.Add(o.d)) }

// Sub returns b - o, or an error when the difference leaves the range.
func (b Bedrag) Sub(o Bedrag) (Bedrag, error) { return bounded(b.d.Sub(o.d)) }

func bounded(d decimal.Decimal) (Bedrag, error) {
	if d.Abs().Cmp(maxEuro) > 0 {
		return Bedrag{}, &BedragError{Rule: "Bedrag", Input: d.String(), Reason: "buiten het bereik"}
	}
	return Bedrag{d}, nil
}

// Cmp returns -1, 0 or +1 as b is less than, equal to or greater than o.
func (b Bedrag) Cmp(o Bedrag) int { return b.d.Cmp(o.d) }

// Equal reports whether b and o are the same amount (1.5 equals 1.50); it
// lets go-cmp compare Bedragen.
func (b Bedrag) Equal(o Bedrag) bool { return b.d.Equal(o.d) }

// IsZero reports whether b is € 0.00.
func (b Bedrag) IsZero() bool { return b.d.IsZero() }

// IsPositive reports whether b is more than € 0.00.
func (b Bedrag) IsPositive() bool { return b.d.IsPositive() }

// Decimal returns the amount as a decimal (a copy: Bedrag stays immutable).
func (b Bedrag) Decimal() decimal.Decimal { return b.d }

// String returns the amount with exactly 2 decimals ("937.50"), without
// using any package-level setting of shopspring/decimal.
func (b Bedrag) String() string { return b.d.StringFixed(2) }

// MarshalText implements encoding.TextMarshaler (the String form).
func (b Bedrag) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseBedrag. Empty
// text (or JSON null, which encoding/json never passes here) is an error:
// an amount is never silently zero.
func (b *Bedrag) UnmarshalText(text []byte) error {
	v, err := ParseBedrag(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Uren is a number of hours (or dagdelen, or etmalen) per week, with at
// most 2 decimals. The zero value is 0 hours.
type Uren struct{ d decimal.Decimal }

// ParseUren parses "5.5" like ParseBedrag: digits, optionally a point and 1
// or 2 decimals; no sign.
func ParseUren(s string) (Uren, error) {
	if len(s) > 0 && s[0] == '-' {
		return Uren{}, &BedragError{Rule: "Uren", Input: s, Reason: "uren zijn niet negatief"}
	}
	if err := checkDecimalText(s, 2); err != nil {
		return Uren{}, &BedragError{Rule: "Uren", Input: s, Reason: err.Error()}
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.Cmp(decimal.New(168, 0)) > 0 {
		return Uren{}, &BedragError{Rule: "Uren", Input: s, Reason: "ten hoogste 168 per week"}
	}
	return Uren{d}, nil
}

// uren builds hours from tenths (55 is 5.5), for the package's tables.
func uren(tenths int64) Uren { return Uren{decimal.New(tenths, -1)} }

// Cmp compares two numbers of hours.
func (u Uren) Cmp(o Uren) int { return u.d.Cmp(o.d) }

// Equal reports whether u and o are the same number of hours.
func (u Uren) Equal(o Uren) bool { return u.d.Equal(o.d) }

// IsZero reports whether u is 0.
func (u Uren) IsZero() bool { return u.d.IsZero() }

// String returns the hours without trailing zeros ("5.5", "8", "0.5").
func (u Uren) String() string { return u.d.String() }

// MarshalText implements encoding.TextMarshaler.
func (u Uren) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseUren; empty
// text is 0 (in an ArrangementRegel: "not given, count the klasse").
func (u *Uren) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*u = Uren{}
		return nil
	}
	v, err := ParseUren(string(text))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// Afronding names the one rounding step of the budget method: every total
// (a weekly budget, the ZIN part, the PGB part) is computed exactly from
// hours × tariff and rounded once, to cents, half away from zero
// ("rekenkundig afronden"). Lines are never rounded on their own.
const Afronding = "rekenkundig op centen (half away from zero), eenmaal per totaal"

// roundTotal applies Afronding.
func roundTotal(d decimal.Decimal) (Bedrag, error) { return bounded(d.Round(2)) }
