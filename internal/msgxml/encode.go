package msgxml

import (
	"strings"
	"unicode/utf8"
)

// Encoder writes one message: elements in the order the generated code
// calls it, the Basisschema's elements with prefix "iwlz:", text escaped.
// The first text that XML cannot hold stops it: Err then names the element.
type Encoder struct {
	Buf   []byte
	path  []string
	depth int
	// Drop24 is set for an iWlz 2.4 message: the elements that no longer
	// exist (Klasse) are written only when not empty, even where 2.2
	// requires them.
	Drop24 bool
	// ErrPath and ErrReason describe the first refused text.
	ErrPath, ErrReason string
}

// Prefix is the prefix the encoder binds the Basisschema namespace to.
const Prefix = "iwlz"

// Begin writes the XML declaration and the start tag of the root Bericht
// in namespace msgNS, binding Prefix to basisNS.
func (e *Encoder) Begin(msgNS, basisNS string) {
	e.Buf = append(e.Buf, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<Bericht xmlns="`...)
	e.Buf = appendEscaped(e.Buf, msgNS, true)
	e.Buf = append(e.Buf, `" xmlns:`+Prefix+`="`...)
	e.Buf = appendEscaped(e.Buf, basisNS, true)
	e.Buf = append(e.Buf, "\">"...)
	e.path = append(e.path[:0], "Bericht")
	e.depth = 1
}

// Finish closes the root.
func (e *Encoder) Finish() {
	e.Buf = append(e.Buf, "\n</Bericht>\n"...)
}

// Failed reports whether a text was refused.
func (e *Encoder) Failed() bool { return e.ErrReason != "" }

func (e *Encoder) indent() {
	e.Buf = append(e.Buf, '\n')
	for i := 0; i < e.depth; i++ {
		e.Buf = append(e.Buf, ' ', ' ')
	}
}

func (e *Encoder) name(name string, basis bool) {
	if basis {
		e.Buf = append(e.Buf, Prefix+":"...)
	}
	e.Buf = append(e.Buf, name...)
}

// Start opens complex element name.
func (e *Encoder) Start(name string, basis bool) {
	e.indent()
	e.Buf = append(e.Buf, '<')
	e.name(name, basis)
	e.Buf = append(e.Buf, '>')
	e.path = append(e.path, name)
	e.depth++
}

// End closes complex element name.
func (e *Encoder) End(name string, basis bool) {
	e.depth--
	e.indent()
	e.Buf = append(e.Buf, '<', '/')
	e.name(name, basis)
	e.Buf = append(e.Buf, '>')
	e.path = e.path[:len(e.path)-1]
}

// Leaf writes simple element name with text v; an optional element with
// v == "" is absent and not written.
func (e *Encoder) Leaf(name string, basis bool, v string, required bool) {
	if v == "" && !required {
		return
	}
	if e.ErrReason == "" {
		if reason := Refuse(v); reason != "" {
			e.ErrPath = "/" + strings.Join(e.path, "/") + "/" + name
			e.ErrReason = reason
		}
	}
	e.indent()
	e.Buf = append(e.Buf, '<')
	e.name(name, basis)
	e.Buf = append(e.Buf, '>')
	e.Buf = appendEscaped(e.Buf, v, false)
	e.Buf = append(e.Buf, '<', '/')
	e.name(name, basis)
	e.Buf = append(e.Buf, '>')
}

// Refuse returns why XML 1.0 cannot hold text s ("" when it can): invalid
// UTF-8, or a character outside the Char production (control characters
// but tab, line feed and carriage return; U+FFFE, U+FFFF).
func Refuse(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return "tekens die XML niet kan bevatten (stuurteken " + QuoteClip(string(rune(c))) + ")"
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return "geen geldige UTF-8"
		}
		if r == 0xFFFE || r == 0xFFFF {
			return "tekens die XML niet kan bevatten (U+FFFE of U+FFFF)"
		}
		i += n
	}
	return ""
}

// appendEscaped appends s with & < > escaped, and carriage return as a
// character reference so that it survives end-of-line normalisation; in
// an attribute also " and the other white space.
func appendEscaped(b []byte, s string, attr bool) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\r':
			esc = "&#xD;"
		case '"':
			if attr {
				esc = "&quot;"
			}
		case '\n':
			if attr {
				esc = "&#xA;"
			}
		case '\t':
			if attr {
				esc = "&#x9;"
			}
		}
		if esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}
