package allocation

// Aantal is a count per week with at most 2 decimals, from 0 to 168: the
// hours of a K klasse, the dagdelen of a KD klasse, the etmalen of a KE
// klasse or of a deeltijdverblijf (COD755 writes "3,5"). It is a quantity,
// not money: a tariff times an Aantal is a Bedrag (Bedrag.Mul). 168, the
// hours of a week, bounds every weekly count. Build it from text
// (ParseAantal, which reads "5.5" and the Dutch "5,5") or from hundredths
// (Hundredths), never from a float. It is held exactly, in hundredths, so
// == works as well as Equal. The zero value is 0.
type Aantal struct{ h int32 }

// maxAantal bounds every Aantal, in hundredths (168.00).
const maxAantal = 168_00

// ParseAantal reads a count: digits, and optionally a decimal point or a
// decimal comma with 1 or 2 digits ("5.5", "3,5", "4.25", "8"). A sign,
// spaces, an exponent, a third decimal, more than 168 or empty text are an
// error, a *NumberError: nothing is guessed or rounded.
func ParseAantal(s string) (Aantal, error) {
	h, err := parseHundredths(s, "Aantal", false, maxAantal)
	if err != nil {
		return Aantal{}, err
	}
	return Aantal{int32(h)}, nil
}

// Hundredths returns the count of h hundredths (550 is 5.5), or a
// *NumberError below 0 or above 168.
func Hundredths(h int64) (Aantal, error) {
	switch {
	case h < 0:
		return Aantal{}, &NumberError{Type: "Aantal", Input: formatHundredths(h, true), Rule: InputRange, p: problemNegative}
	case h > maxAantal:
		return Aantal{}, &NumberError{Type: "Aantal", Input: formatHundredths(h, true), Rule: InputRange, p: problemRangeAantal}
	}
	return Aantal{int32(h)}, nil
}

// Hundredths returns the count in hundredths (550 for 5.5).
func (a Aantal) Hundredths() int64 { return int64(a.h) }

// Cmp returns -1, 0 or +1 as a is less than, equal to or greater than o.
func (a Aantal) Cmp(o Aantal) int {
	switch {
	case a.h < o.h:
		return -1
	case a.h > o.h:
		return 1
	}
	return 0
}

// Equal reports whether a and o are the same count (3.5 equals 3.50).
func (a Aantal) Equal(o Aantal) bool { return a.h == o.h }

// IsZero reports whether a is 0.
func (a Aantal) IsZero() bool { return a.h == 0 }

// String returns the count with a decimal point and without trailing
// zeros ("5.5", "8", "0.5", "4.25").
func (a Aantal) String() string { return formatHundredths(int64(a.h), true) }

// MarshalText implements encoding.TextMarshaler (the String form).
func (a Aantal) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseAantal.
// Empty text is an error: a count is never silently zero.
func (a *Aantal) UnmarshalText(text []byte) error {
	v, err := ParseAantal(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
