package xmltree

import "unicode/utf8"

// Byte classes for the scanning loops. A table entry is true for an ASCII
// byte that is a legal Char and needs no attention in that context; every
// other byte (markup, references, CR, non-ASCII, control characters) drops
// the loop into its slow path.
var (
	plainText    [256]bool // character data: stops at < & ] CR
	plainAttr    [256]bool // attribute values: stops at < & " ' TAB LF CR
	plainComment [256]bool // comments: stops at -
	plainPI      [256]bool // processing instructions: stops at ?
	plainCDATA   [256]bool // CDATA sections: stops at ] CR
	nameStartA   [256]bool // ASCII NameStartChar (including ':')
	nameCharA    [256]bool // ASCII NameChar (including ':')
	nameFast     [256]bool // ASCII NameChar except ':'
)

func init() {
	for c := 0x20; c < 0x80; c++ {
		plainText[c] = true
		plainAttr[c] = true
		plainComment[c] = true
		plainPI[c] = true
		plainCDATA[c] = true
	}
	for _, c := range "\t\n" {
		plainText[c] = true
		plainComment[c] = true
		plainPI[c] = true
		plainCDATA[c] = true
	}
	plainComment['\r'] = true // comments are not kept: CR needs no normalising
	plainPI['\r'] = true
	for _, c := range "<&]" {
		plainText[c] = false
	}
	for _, c := range "<&\"'" {
		plainAttr[c] = false
	}
	plainComment['-'] = false
	plainPI['?'] = false
	plainCDATA[']'] = false

	for c := 'a'; c <= 'z'; c++ {
		nameStartA[c] = true
		nameStartA[c-'a'+'A'] = true
	}
	nameStartA['_'] = true
	nameStartA[':'] = true
	nameCharA = nameStartA
	for c := '0'; c <= '9'; c++ {
		nameCharA[c] = true
	}
	nameCharA['-'] = true
	nameCharA['.'] = true
	nameFast = nameCharA
	nameFast[':'] = false
}

// isS reports whether c is XML white space (production S).
func isS(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// isChar reports whether r matches the Char production of XML 1.0.
func isChar(r rune) bool {
	switch {
	case r < 0x20:
		return r == '\t' || r == '\n' || r == '\r'
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	default:
		return r >= 0x10000 && r <= 0x10FFFF
	}
}

// isNameStart reports whether r is a NameStartChar (XML 1.0 5th ed. [4]).
func isNameStart(r rune) bool {
	if r < 0x80 {
		return nameStartA[r]
	}
	switch {
	case r < 0xC0:
		return false
	case r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x2FF,
		r >= 0x370 && r <= 0x37D, r >= 0x37F && r <= 0x1FFF,
		r >= 0x200C && r <= 0x200D, r >= 0x2070 && r <= 0x218F,
		r >= 0x2C00 && r <= 0x2FEF, r >= 0x3001 && r <= 0xD7FF,
		r >= 0xF900 && r <= 0xFDCF, r >= 0xFDF0 && r <= 0xFFFD,
		r >= 0x10000 && r <= 0xEFFFF:
		return true
	}
	return false
}

// isNameChar reports whether r is a NameChar (XML 1.0 5th ed. [4a]).
func isNameChar(r rune) bool {
	if r < 0x80 {
		return nameCharA[r]
	}
	return isNameStart(r) || r == 0xB7 || r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040
}

// charLen returns the length of the non-ASCII character at s[i], or 0 when
// s[i:] does not start with valid UTF-8 encoding a Char (this rejects
// surrogates, U+FFFE and U+FFFF).
func charLen(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
		return 0
	}
	return n
}
