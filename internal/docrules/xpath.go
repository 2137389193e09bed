package docrules

import (
	"math"
	"unicode/utf8"
)

// The XPath 1.0 semantics the stylesheets rely on, as libxml2 (the engine
// under xsltproc) implements them. They work on strings without
// allocating.

// isXMLSpace reports whether c is XPath whitespace (S: #x20, #x9, #xD,
// #xA), what normalize-space strips and collapses.
func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// blank reports whether normalize-space(s) is the empty string.
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isXMLSpace(s[i]) {
			return false
		}
	}
	return true
}

// normNext returns the next byte of normalize-space(s) starting at s[i]
// (i just after the previous byte returned, or 0), with pendingSpace set
// when the previous byte was followed by whitespace. It returns ok=false
// at the end.
func normNext(s string, i int) (c byte, next int, ok bool) {
	sp := false
	for i < len(s) && isXMLSpace(s[i]) {
		i++
		sp = true
	}
	if i >= len(s) {
		return 0, i, false
	}
	if sp {
		return ' ', i, true
	}
	return s[i], i + 1, true
}

// normEqual reports whether normalize-space(a) = normalize-space(b).
// Two equal strings, or two without XML white space (which
// normalize-space leaves as they are), are compared as they stand.
func normEqual(a, b string) bool {
	if a == b {
		return true
	}
	if noXMLSpace(a) && noXMLSpace(b) {
		return false
	}
	return normEqualSpaced(a, b)
}

// noXMLSpace reports whether s holds no XML white space.
func noXMLSpace(s string) bool {
	for k := 0; k < len(s); k++ {
		if isXMLSpace(s[k]) {
			return false
		}
	}
	return true
}

// normEqualSpaced is normEqual by normalizing both strings as it goes.
func normEqualSpaced(a, b string) bool {
	i, j := 0, 0
	// skip leading whitespace: normalize-space drops it
	for i < len(a) && isXMLSpace(a[i]) {
		i++
	}
	for j < len(b) && isXMLSpace(b[j]) {
		j++
	}
	for {
		ca, ni, oka := normNext(a, i)
		cb, nj, okb := normNext(b, j)
		if !oka || !okb {
			return oka == okb
		}
		if ca != cb {
			return false
		}
		i, j = ni, nj
	}
}

// inList reports whether normalize-space(s) is one of vals (the
// stylesheets' comma-separated value lists, testvalue's 'a,b' form).
func inList(s string, vals ...string) bool {
	for _, v := range vals {
		if normEqual(s, v) {
			return true
		}
	}
	return false
}

// number is XPath number(string) as libxml2 (xmlXPathStringEvalNumber)
// computes it: optional whitespace, an optional '-', digits, an optional
// fraction, an optional exponent (a libxml2 extension), optional
// whitespace; anything else is NaN. With skipDash the '-' characters are
// removed first, as the stylesheets' translate(date, "-", "") does.
func number(s string, skipDash bool) float64 {
	// The usual case: digits alone (and, with skipDash, dashes), at most
	// 15 of them, which a float64 holds exactly.
	digits, v := 0, 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9' && digits < 15:
			v = v*10 + int(c-'0')
			digits++
		case c == '-' && skipDash:
		default:
			return numberXPath(s, skipDash)
		}
	}
	if digits == 0 {
		return numberXPath(s, skipDash)
	}
	return float64(v)
}

// numberXPath is number by libxml2's whole grammar.
func numberXPath(s string, skipDash bool) float64 {
	i := 0
	peek := func() byte {
		for skipDash && i < len(s) && s[i] == '-' {
			i++
		}
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	for c := peek(); isBlankCh(c) && i < len(s); c = peek() {
		i++
	}
	c := peek()
	if c != '.' && (c < '0' || c > '9') && c != '-' {
		return math.NaN()
	}
	neg := false
	if c == '-' {
		neg = true
		i++
	}
	ret, ok := 0.0, false
	for c = peek(); c >= '0' && c <= '9'; c = peek() {
		ret = ret*10 + float64(c-'0')
		ok = true
		i++
	}
	if c == '.' {
		i++
		c = peek()
		if (c < '0' || c > '9') && !ok {
			return math.NaN()
		}
		frac := 0
		for ; c == '0'; c = peek() {
			frac++
			i++
		}
		limit := frac + 20 // libxml2's MAX_FRAC
		fraction := 0.0
		for ; c >= '0' && c <= '9' && frac < limit; c = peek() {
			fraction = fraction*10 + float64(c-'0')
			frac++
			i++
		}
		ret += fraction / math.Pow(10, float64(frac))
		for ; c >= '0' && c <= '9'; c = peek() {
			i++
		}
	}
	exp, expNeg := 0, false
	if c == 'e' || c == 'E' {
		i++
		c = peek()
		if c == '-' {
			expNeg = true
			i++
		} else if c == '+' {
			i++
		}
		for c = peek(); c >= '0' && c <= '9'; c = peek() {
			if exp < 1000000 {
				exp = exp*10 + int(c-'0')
			}
			i++
		}
	}
	for c = peek(); isBlankCh(c) && i < len(s); c = peek() {
		i++
	}
	if i < len(s) {
		return math.NaN()
	}
	if neg {
		ret = -ret
	}
	if expNeg {
		exp = -exp
	}
	return ret * math.Pow(10, float64(exp))
}

// isBlankCh is libxml2's IS_BLANK_CH.
func isBlankCh(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// The character classes of the stylesheets' patternmatch template. Each
// class is the text content of an xsl:with-param, which includes the
// indentation around the letters: a space and a line feed match every
// class (a quirk of the stylesheet that this port keeps).
func inClass(r rune, p byte) bool {
	if r == ' ' || r == '\n' {
		return true
	}
	switch p {
	case '1':
		return r >= '1' && r <= '9'
	case '0':
		return r >= '0' && r <= '9'
	case 'a':
		return r >= 'a' && r <= 'z'
	case 'A':
		return r >= 'A' && r <= 'Z'
	case 'z', 'Z':
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return false
}

// patternMatch is the stylesheets' patternmatch on text (not normalized):
// pattern characters '0' any digit, '1' 1-9, 'a' lower case, 'A' upper
// case, 'z'/'Z' a letter, '.' any character, '\x' a literal x, any other
// character itself; text and pattern must end together. Characters are
// Unicode code points, as XPath's substring counts them. The patterns are
// ASCII.
func patternMatch(text, pat string) bool {
	for {
		if text == "" || pat == "" {
			return text == "" && pat == ""
		}
		r, n := utf8.DecodeRuneInString(text)
		text = text[n:]
		p := pat[0]
		pat = pat[1:]
		switch {
		case p == '.':
		case p == '\\' && pat != "":
			if r != rune(pat[0]) {
				return false
			}
			pat = pat[1:]
		case p == '1' || p == '0' || p == 'a' || p == 'A' || p == 'z' || p == 'Z':
			if !inClass(r, p) {
				return false
			}
		default:
			if r != rune(p) {
				return false
			}
		}
	}
}
