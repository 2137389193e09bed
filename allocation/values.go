package allocation

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// KlasseSoort is the unit of a Klasse.
type KlasseSoort uint8

// The units of COD756.
const (
	KlasseGeen     KlasseSoort = iota // absent, or 99 niet van toepassing
	KlasseUren                        // K0-K8: hours per week
	KlasseDagdelen                    // KD01-KD15: dagdelen per week
	KlasseEtmalen                     // KE1-KE7: average etmalen per week
)

// Soort returns the unit of k.
func (k Klasse) Soort() KlasseSoort {
	switch {
	case k >= K0 && k <= K8:
		return KlasseUren
	case k >= KD01 && k <= KD15:
		return KlasseDagdelen
	case k >= KE1 && k <= KE7:
		return KlasseEtmalen
	}
	return KlasseGeen
}

// Number returns the number of the klasse within its unit: 3 for K3, 12
// for KD12, 5 for KE5; 0 for 99 and absent.
func (k Klasse) Number() int {
	switch k.Soort() {
	case KlasseUren:
		return int(k - K0)
	case KlasseDagdelen:
		return int(k-KD01) + 1
	case KlasseEtmalen:
		return int(k-KE1) + 1
	}
	return 0
}

// Highest reports whether k is the highest klasse of its unit (K8, KD15,
// KE7): the only klasse that may carry an opslag (iWlz TR010).
func (k Klasse) Highest() bool { return k == K8 || k == KD15 || k == KE7 }

// PerTweeWeken returns the etmalen of a deeltijdverblijf per 14 days: 7,
// 8 or 9 for 3,5, 4,0 and 4,5 per week (ZZ-deeltijdverblijf).
func (e Etmalen) PerTweeWeken() int {
	switch e {
	case Etmalen35:
		return 7
	case Etmalen40:
		return 8
	case Etmalen45:
		return 9
	}
	return 0
}

// AGBCode is an 8-digit AGB code of a care provider (iWlz
// LDT_iWlzAgbCode). The zero value is absent.
type AGBCode struct {
	n   uint32
	set bool
}

// ParseAGBCode parses exactly 8 digits ("01234567" keeps its leading 0).
func ParseAGBCode(s string) (AGBCode, error) {
	if len(s) != 8 {
		return AGBCode{}, &CodeError{List: "AGB", Name: "AGB-code", Input: s}
	}
	var n uint32
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return AGBCode{}, &CodeError{List: "AGB", Name: "AGB-code", Input: s}
		}
		n = n*10 + uint32(s[i]-'0')
	}
	return AGBCode{n: n, set: true}, nil
}

// IsZero reports whether the code is absent.
func (a AGBCode) IsZero() bool { return !a.set }

// String returns the 8 digits, or "" when absent.
func (a AGBCode) String() string {
	if !a.set {
		return ""
	}
	return fmt.Sprintf("%08d", a.n)
}

// MarshalText implements encoding.TextMarshaler.
func (a AGBCode) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (a *AGBCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*a = AGBCode{}
		return nil
	}
	v, err := ParseAGBCode(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// ZorgkantoorCode is a zorgkantoor of iWlz COD001: 5501-5533, except 5522.
// The zero value is absent.
type ZorgkantoorCode uint16

// ParseZorgkantoorCode parses a COD001 code.
func ParseZorgkantoorCode(s string) (ZorgkantoorCode, error) {
	n, err := strconv.Atoi(s)
	if err != nil || len(s) != 4 || !ZorgkantoorCode(n).Known() {
		return 0, &CodeError{List: "COD001", Name: "Zorgkantoor", Input: s}
	}
	return ZorgkantoorCode(n), nil
}

// Known reports whether z is a COD001 code.
func (z ZorgkantoorCode) Known() bool { return z >= 5501 && z <= 5533 && z != 5522 }

// String returns the 4-digit code, or "" when absent.
func (z ZorgkantoorCode) String() string {
	if z == 0 {
		return ""
	}
	return strconv.Itoa(int(z))
}

// MarshalText implements encoding.TextMarshaler.
func (z ZorgkantoorCode) MarshalText() ([]byte, error) {
	if z != 0 && !z.Known() {
		return nil, &CodeError{List: "COD001", Name: "Zorgkantoor", Input: z.String()}
	}
	return []byte(z.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (z *ZorgkantoorCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*z = 0
		return nil
	}
	v, err := ParseZorgkantoorCode(string(b))
	if err != nil {
		return err
	}
	*z = v
	return nil
}

// Besluitnummer numbers an indicatiebesluit: 1..999999999 (iWlz
// LDT_Besluitnummer; 0 excluded since iWlz 2.1). The zero value is absent.
type Besluitnummer uint32

// ParseBesluitnummer parses 1 to 9 digits with a value from 1 to 999999999.
func ParseBesluitnummer(s string) (Besluitnummer, error) {
	if len(s) == 0 || len(s) > 9 {
		return 0, &CodeError{List: "LDT_Besluitnummer", Name: "Besluitnummer", Input: s}
	}
	var n uint32
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, &CodeError{List: "LDT_Besluitnummer", Name: "Besluitnummer", Input: s}
		}
		n = n*10 + uint32(s[i]-'0')
	}
	if n == 0 {
		return 0, &CodeError{List: "LDT_Besluitnummer", Name: "Besluitnummer", Input: s}
	}
	return Besluitnummer(n), nil
}

// String returns the number, or "" when absent.
func (b Besluitnummer) String() string {
	if b == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(b), 10)
}

// MarshalText implements encoding.TextMarshaler.
func (b Besluitnummer) MarshalText() ([]byte, error) {
	if b > 999999999 {
		return nil, &CodeError{List: "LDT_Besluitnummer", Name: "Besluitnummer", Input: b.String()}
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (b *Besluitnummer) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = 0
		return nil
	}
	v, err := ParseBesluitnummer(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Percentage is a toewijzingspercentage: a whole percent from 1 % to 999 %,
// held as iWlz holds it, in hundredths of a percent (9000 = 90 %, iWlz
// IV068; the XSD pattern [1-9][0-9]*00 and CS130 allow whole percents
// only). Shares above 100 % exist (PTZ, MPT with extra budget). The zero
// value is absent.
type Percentage struct{ h uint32 }

// NewPercentage returns whole percent p (1..999).
func NewPercentage(p int) (Percentage, error) {
	if p < 1 || p > 999 {
		return Percentage{}, &CodeError{List: "CS130", Name: "Toewijzingspercentage", Input: strconv.Itoa(p) + "%"}
	}
	return Percentage{h: uint32(p) * 100}, nil
}

// ParsePercentage parses the iWlz form, hundredths of a percent: "9000"
// is 90 %. "9050" (90,5 %) is an error naming CS130.
func ParsePercentage(s string) (Percentage, error) {
	n, ok := decimalDigits(s)
	if !ok || len(s) < 3 || len(s) > 5 || s[0] == '0' {
		return Percentage{}, badPercentage(s)
	}
	// Three to five digits, the first not 0: the number prints as s.
	if n%100 != 0 {
		return Percentage{}, badPercentage(s)
	}
	return Percentage{h: uint32(n)}, nil
}

func badPercentage(s string) error {
	return &CodeError{List: "CS130", Name: "Toewijzingspercentage", Input: s}
}

// IsZero reports whether the percentage is absent.
func (p Percentage) IsZero() bool { return p.h == 0 }

// Percent returns the whole percent (90 for 90 %).
func (p Percentage) Percent() int { return int(p.h / 100) }

// Hundredths returns the iWlz value (9000 for 90 %).
func (p Percentage) Hundredths() int { return int(p.h) }

// Decimal returns the percentage as a decimal number of percents (90).
func (p Percentage) Decimal() decimal.Decimal { return decimal.New(int64(p.h/100), 0) }

// Fraction returns the share as a decimal fraction (0.9 for 90 %).
func (p Percentage) Fraction() decimal.Decimal { return decimal.New(int64(p.h/100), -2) }

// String returns "90%", or "" when absent.
func (p Percentage) String() string {
	if p.h == 0 {
		return ""
	}
	return strconv.Itoa(int(p.h/100)) + "%"
}

// MarshalText implements encoding.TextMarshaler in the iWlz form ("9000").
func (p Percentage) MarshalText() ([]byte, error) {
	if p.h == 0 {
		return []byte{}, nil
	}
	return []byte(strconv.Itoa(int(p.h))), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePercentage;
// empty text is absent.
func (p *Percentage) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Percentage{}
		return nil
	}
	v, err := ParsePercentage(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Tijd is a time of day without zone (iWlz Toewijzingstijd), in seconds
// after midnight. The zero value is absent; midnight is "00:00:00" set.
type Tijd struct {
	s   int32
	set bool
}

// ParseTijd parses "15:04:05".
func ParseTijd(s string) (Tijd, error) {
	if len(s) != 8 || s[2] != ':' || s[5] != ':' {
		return Tijd{}, badTijd(s)
	}
	h, ok1 := decimalDigits(s[0:2])
	m, ok2 := decimalDigits(s[3:5])
	sec, ok3 := decimalDigits(s[6:8])
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 59 {
		return Tijd{}, badTijd(s)
	}
	return Tijd{s: int32(h*3600 + m*60 + sec), set: true}, nil
}

func badTijd(s string) error {
	return &CodeError{List: "xs:time", Name: "Toewijzingstijd", Input: s}
}

// IsZero reports whether the time is absent.
func (t Tijd) IsZero() bool { return !t.set }

// Seconds returns the seconds after midnight.
func (t Tijd) Seconds() int { return int(t.s) }

// String returns "15:04:05", or "" when absent.
func (t Tijd) String() string {
	if !t.set {
		return ""
	}
	return fmt.Sprintf("%02d:%02d:%02d", t.s/3600, t.s/60%60, t.s%60)
}

// MarshalText implements encoding.TextMarshaler.
func (t Tijd) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.
func (t *Tijd) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = Tijd{}
		return nil
	}
	v, err := ParseTijd(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// decimalDigits returns the value of s when it is one to nine ASCII
// digits (no sign, no space), and false otherwise.
func decimalDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
