package msgxml

import "strings"

// The lexical spaces of the XSD 1.0 built-in types the iWlz Basisschema
// restricts (XML Schema Part 2, 3.2.7-3.2.9, 3.3.13). Their whiteSpace is
// collapse: a value is checked after Trim (any inner white space makes it
// invalid anyway).

// Trim removes leading and trailing XML white space.
func Trim(s string) string {
	i, j := 0, len(s)
	for i < j && isWS(s[i]) {
		i++
	}
	for j > i && isWS(s[j-1]) {
		j--
	}
	return s[i:j]
}

// TrimSpace is strings.TrimSpace, without the call for the usual value,
// which begins and ends with a printable ASCII character.
func TrimSpace(s string) string {
	if s == "" || s[0] > ' ' && s[0] < 0x7F && s[len(s)-1] > ' ' && s[len(s)-1] < 0x7F {
		return s
	}
	return strings.TrimSpace(s)
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Fault texts of the built-in types.
const (
	FaultInteger = "het type xs:integer (geheel getal, alleen cijfers met een optioneel teken)"
	FaultDate    = "het type xs:date (JJJJ-MM-DD, een bestaande dag)"
	FaultTime    = "het type xs:time (uu:mm:ss, een bestaand tijdstip)"
)

// intCap (10^15) saturates parsed integers; every bound in the schemas is
// far below it.
const intCap = 1_000_000_000_000_000

// Integer reads an xs:integer lexical value (already trimmed): an optional
// sign and one or more digits. Values beyond ±10^15 saturate.
func Integer(s string) (int64, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n < intCap {
			n = min(n*10+int64(c-'0'), intCap)
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

// digits reads exactly n ASCII digits at s[i:].
func digits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for k := i; k < i+n; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// timezone checks an optional xs timezone at s[i:]: "", "Z" or ±hh:mm with
// hh:mm at most 14:00.
func timezone(s string, i int) bool {
	rest := s[i:]
	switch {
	case rest == "", rest == "Z":
		return true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		hh, ok1 := digits(rest, 1, 2)
		mm, ok2 := digits(rest, 4, 2)
		return ok1 && ok2 && mm <= 59 && (hh < 14 || hh == 14 && mm == 0)
	}
	return false
}

// Date reports whether s (already trimmed) is an xs:date: -?YYYY-MM-DD
// with an optional timezone; a year of more than four digits has no
// leading zero, year 0000 does not exist, and the day exists in the
// Gregorian calendar.
func Date(s string) bool {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		// The usual form, YYYY-MM-DD without a timezone, its digits read
		// one by one (a byte below '0' wraps above 9).
		y0, y1, y2, y3 := s[0]-'0', s[1]-'0', s[2]-'0', s[3]-'0'
		m0, m1, d0, d1 := s[5]-'0', s[6]-'0', s[8]-'0', s[9]-'0'
		if y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9 {
			y := int(y0)*1000 + int(y1)*100 + int(y2)*10 + int(y3)
			mm, dd := int(m0)*10+int(m1), int(d0)*10+int(d1)
			return y != 0 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysIn(y, mm)
		}
	}
	i := 0
	if len(s) > 0 && s[0] == '-' {
		i = 1
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	ny := i - start
	if ny < 4 || ny > 4 && s[start] == '0' {
		return false
	}
	// The year's value modulo 400 decides leap years; zero is no year.
	mod, zero := 0, true
	for k := start; k < i; k++ {
		mod = (mod*10 + int(s[k]-'0')) % 400
		zero = zero && s[k] == '0'
	}
	if zero || i+6 > len(s) || s[i] != '-' || s[i+3] != '-' {
		return false
	}
	mm, ok1 := digits(s, i+1, 2)
	dd, ok2 := digits(s, i+4, 2)
	if !ok1 || !ok2 || mm < 1 || mm > 12 || dd < 1 {
		return false
	}
	// A negative year is a leap year by the same rule on its digits
	// (-0004 is one, -0001 is not), as libxml2 (xmllint) reads it.
	return dd <= daysIn(mod, mm) && timezone(s, i+6)
}

// monthDays are the days of each month (1-12) in a common year.
var monthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// daysIn returns the days of month mm (1-12) in a year whose number is y
// modulo 400 (or y itself).
func daysIn(y, mm int) int {
	if mm == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return int(monthDays[mm])
}

// Time reports whether s (already trimmed) is an xs:time: hh:mm:ss with
// optional fractional seconds and timezone; 24:00:00 is midnight.
func Time(s string) bool {
	if len(s) < 8 || s[2] != ':' || s[5] != ':' {
		return false
	}
	hh, ok1 := digits(s, 0, 2)
	mm, ok2 := digits(s, 3, 2)
	ss, ok3 := digits(s, 6, 2)
	if !ok1 || !ok2 || !ok3 || mm > 59 || ss > 59 {
		return false
	}
	i := 8
	frac := false
	if i < len(s) && s[i] == '.' {
		i++
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if s[i] != '0' {
				frac = true
			}
			i++
		}
		if i == j {
			return false
		}
	}
	if hh > 24 || hh == 24 && (mm != 0 || ss != 0 || frac) {
		return false
	}
	return timezone(s, i)
}
