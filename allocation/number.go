package allocation

import (
	"strconv"
	"strings"
)

// NumberError reports a Bedrag or an Aantal that cannot be: text that is
// no number of the type (Rule InputUnreadable), or a value outside the
// type's range, too long a text included (Rule InputRange). It matches
// ErrInvalid and ErrInput (errors.Is), and AsViolations reads it as one
// input violation with a Dutch message.
type NumberError struct {
	Type  string // "Bedrag" or "Aantal"
	Input string // the text read, or the value that left the range
	Rule  Rule   // InputUnreadable or InputRange
	p     problem
}

func (e *NumberError) Error() string {
	return "allocation: " + strconv.Quote(e.Input) + " is not a valid " + e.Type + ": " + e.p.english()
}

// Is makes errors.Is(err, ErrInvalid) and errors.Is(err, ErrInput) true.
func (e *NumberError) Is(target error) bool { return target == ErrInvalid || target == ErrInput }

// Violations reports the error as one input violation naming the type.
func (e *NumberError) Violations() Violations {
	var vs Violations
	vs.add(e.Rule, 0, e.Type, e.Input, e.p.dutch())
	return vs
}

// problem is what is wrong with a number, in English (Error) and in
// Dutch (the violation).
type problem uint8

const (
	problemEmpty problem = iota + 1
	problemLength
	problemDigits
	problemSeparator
	problemDecimals
	problemRangeBedrag
	problemRangeAantal
	problemNegative
	problemBasis
)

var problemTexts = [...][2]string{
	problemEmpty:       {"empty text", "lege tekst: een getal is verplicht"},
	problemLength:      {"longer than " + strconv.Itoa(maxNumberText) + " characters", "langer dan " + strconv.Itoa(maxNumberText) + " tekens"},
	problemDigits:      {"digits expected", "cijfers verwacht"},
	problemSeparator:   {"only digits, a leading minus and one decimal point or comma", "alleen cijfers, een minteken vooraan en één decimaalteken (punt of komma)"},
	problemDecimals:    {"1 or 2 decimals after the decimal point or comma", "1 of 2 decimalen na de punt of komma"},
	problemRangeBedrag: {"outside -1000000000000.00 to 1000000000000.00 euro", "buiten het bereik van -1 000 000 000 000 tot 1 000 000 000 000 euro"},
	problemRangeAantal: {"above 168 (the hours of a week)", "meer dan 168 (de uren van een week)"},
	problemNegative:    {"negative", "is negatief"},
	problemBasis:       {"the basis of a share must be positive", "de basis van een aandeel is positief"},
}

func (p problem) english() string {
	if int(p) < len(problemTexts) && p > 0 {
		return problemTexts[p][0]
	}
	return "invalid"
}

func (p problem) dutch() string {
	if int(p) < len(problemTexts) && p > 0 {
		return problemTexts[p][1]
	}
	return "ongeldig"
}

// parseHundredths reads s as a number with at most 2 decimals and returns
// it in hundredths: an optional "-" (when signed), digits, and optionally a
// "." or "," with 1 or 2 digits. The length is checked before anything
// else; a value above max hundredths (in absolute value) is out of range.
func parseHundredths(s, typ string, signed bool, max int64) (int64, error) {
	bad := func(rule Rule, p problem) (int64, error) {
		return 0, &NumberError{Type: typ, Input: s, Rule: rule, p: p}
	}
	switch {
	case s == "":
		return bad(InputUnreadable, problemEmpty)
	case len(s) > maxNumberText:
		in := strings.ToValidUTF8(s[:maxNumberText], "") + "…"
		return 0, &NumberError{Type: typ, Input: in, Rule: InputRange, p: problemLength}
	}
	i, neg := 0, false
	if s[0] == '-' {
		if !signed {
			return bad(InputRange, problemNegative)
		}
		i, neg = 1, true
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	whole := s[start:i]
	if whole == "" {
		return bad(InputUnreadable, problemDigits)
	}
	var frac string
	if i < len(s) {
		if s[i] != '.' && s[i] != ',' {
			return bad(InputUnreadable, problemSeparator)
		}
		i++
		fs := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i < len(s) {
			return bad(InputUnreadable, problemSeparator)
		}
		frac = s[fs:]
		if frac == "" || len(frac) > 2 {
			return bad(InputUnreadable, problemDecimals)
		}
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 16 { // more than max allows, and more than an int64 holds in hundredths
		return bad(InputRange, rangeProblem(typ))
	}
	var v int64
	for _, c := range whole + (frac + "00")[:2] {
		v = v*10 + int64(c-'0')
	}
	if v > max {
		return bad(InputRange, rangeProblem(typ))
	}
	if neg {
		v = -v
	}
	return v, nil
}

func rangeProblem(typ string) problem {
	if typ == "Aantal" {
		return problemRangeAantal
	}
	return problemRangeBedrag
}

// formatHundredths writes v hundredths with a decimal point and exactly 2
// decimals ("-10.00"); trim drops trailing zeros and a bare point ("5.5", "8").
func formatHundredths(v int64, trim bool) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u/100, 10) + "." + strconv.FormatUint(u%100/10, 10) + strconv.FormatUint(u%10, 10)
	if trim {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}
