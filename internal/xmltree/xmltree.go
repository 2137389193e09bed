package xmltree

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// Limits on what Parse accepts. Input beyond them is refused with a
// *SyntaxError before it can cost more than a bounded amount of memory:
// the element slice is at most MaxElements long (64 bytes an element), and
// decoded text never exceeds the input.
const (
	// MaxInputSize is the largest input Parse reads, in bytes (64 MiB).
	// iWlz messages are a few KB to a few MB.
	MaxInputSize = 64 << 20
	// MaxDepth is the deepest element nesting Parse accepts; the root is
	// at depth 1. It is libxml2's default limit as well.
	MaxDepth = 256
	// MaxElements is the largest number of elements in one document.
	MaxElements = 1 << 20
)

// The namespace names Namespaces in XML 1.0 reserves.
const (
	nsXML   = "http://www.w3.org/XML/1998/namespace"
	nsXMLNS = "http://www.w3.org/2000/xmlns/"
)

// Doc is a parsed document: its elements in document order (Elems[0] is
// the root).
//
// The zero Doc is ready for Parse. Parse overwrites Elems (their backing
// array is reused), but the strings it handed out before stay valid.
type Doc struct {
	Elems []Elem
	// URIs are the namespace names of the document, indexed by
	// Elem.NSID: URIs[0] is "" (no namespace), URIs[1] the xml prefix's,
	// then one per namespace declaration in document order (a name
	// declared twice has two ids).
	URIs []string

	src     string    // the input, copied once
	stack   []frame   // open elements
	ns      []binding // namespace bindings in scope, innermost last
	attrs   []attr    // the attributes of the start tag being parsed
	scratch []byte    // text of open elements that needed decoding or concatenation
	tb      []byte    // finished decoded text, turned into one string at the end
	fix     []textFix // elements whose Text lives in tb
	abuf    []byte    // a decoded namespace attribute value

	// Caches of the namespace bindings in scope, renewed by nsChanged
	// whenever ns changes: the default namespace, and the last prefix
	// looked up (its length, -1 for none, and its bytes, at most eight, as
	// a number).
	// The elements as the last successful Parse left them (see Parsed).
	parsedFirst *Elem
	parsedN     int

	// slow turns the fast loop off, so that tests can hold what it
	// builds to what the general parser builds from the same input.
	slow bool

	defaultURI string
	defaultID  uint32
	pLen       int
	pBits      uint64
	pURI       string
	pID        uint32
}

// Elem is one element.
type Elem struct {
	NS    string // namespace URI, resolved from xmlns declarations ("" if none)
	Local string // local name (no prefix)
	// Text is the character data directly inside the element (entity and
	// character references decoded, CDATA included, line ends normalised
	// to LF, concatenated in order). For an element with children it holds
	// only the text between them that is not white space alone: the
	// indentation of element-only content is dropped, so Text is "" for a
	// well-formed iWlz element with children.
	Text                            string
	Parent, FirstChild, NextSibling int32 // indexes into Elems, -1 for none
	Offset                          int32 // byte offset of the start tag in the input
	// NSID is the index of NS in Doc.URIs: two elements with the same
	// NSID have the same NS, which a caller can compare without
	// comparing strings.
	NSID uint32
	// Name is the names.ID of Local: an element name of the iWlz XSDs
	// has its own, any other name is names.None. Two elements with the
	// same Name other than None have the same Local.
	Name names.ID
}

// SyntaxError is a well-formedness error, or input beyond one of the
// limits.
type SyntaxError struct {
	Offset int    // byte offset in the input
	Line   int    // 1-based line of Offset
	Msg    string // what is wrong
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("xml: line %d: %s", e.Line, e.Msg) }

// frame is an open element.
type frame struct {
	elem     int32 // index in Elems
	last     int32 // its last child so far, -1 for none
	qs, qe   int32 // its qualified name in src, for the end tag
	nsMark   int32 // len(ns) before its declarations
	ts, te   int32 // its only text segment so far, a slice of src
	scr      int32 // start of its text in scratch, -1 while it has at most one raw segment
	hasChild bool
	nonWS    bool // some of its text is more than white space (or CDATA)
}

type binding struct {
	prefix, uri string
	id          uint32 // index of uri in Doc.URIs
}

type attr struct {
	ns, ne, colon int // qualified name in src; colon index or -1
	vs, ve        int // value in src, between the quotes
	dec           bool
	decl          bool   // a namespace declaration
	uri           string // namespace of a prefixed attribute
}

type textFix struct {
	elem     int32
	off, end int32
}

// Parse parses data into d, resetting it and reusing its storage. Strings
// in d do not alias data: the caller may reuse data. On error d holds no
// elements.
func (d *Doc) Parse(data []byte) error {
	if len(data) > MaxInputSize {
		d.reset()
		return tooLarge(len(data))
	}
	return d.parseSrc(string(data))
}

// ParseBorrowed is Parse without the copy of data: the strings in d alias
// data, so they are valid only while data is not changed, and d must be
// dropped (Release) or parsed again before the caller changes data. It is
// for a caller that reads d and keeps none of its strings, as the
// message validators do: their reports are built of strings of their own.
func (d *Doc) ParseBorrowed(data []byte) error {
	if len(data) > MaxInputSize {
		d.reset()
		return tooLarge(len(data))
	}
	return d.parseSrc(unsafe.String(unsafe.SliceData(data), len(data)))
}

// Release drops the strings of d (and what they point into), keeping its
// storage for the next Parse.
func (d *Doc) Release() {
	clear(d.Elems) // a failed parse has cleared them all already
	clear(d.URIs[:cap(d.URIs)])
	clear(d.ns[:cap(d.ns)])
	clear(d.attrs[:cap(d.attrs)])
	d.reset()
}

func tooLarge(n int) error {
	return &SyntaxError{Line: 1, Msg: fmt.Sprintf("input of %d bytes exceeds the limit of %d bytes", n, MaxInputSize)}
}

// reset empties d's state for a parse, keeping its storage.
func (d *Doc) reset() {
	d.parsedFirst, d.parsedN = nil, 0
	d.Elems = d.Elems[:0]
	d.stack = d.stack[:0]
	d.ns = d.ns[:0]
	d.attrs = d.attrs[:0]
	d.scratch = d.scratch[:0]
	d.tb = d.tb[:0]
	d.fix = d.fix[:0]
	d.src = ""
	d.defaultURI, d.defaultID, d.pLen, d.pURI, d.pID = "", 0, -1, "", 0
	d.URIs = append(d.URIs[:0], "", nsXML)
}

// parseSrc parses src (the input, which d's strings may alias).
func (d *Doc) parseSrc(src string) error {
	d.reset()
	d.src = src
	err := d.parse()
	if err != nil {
		clear(d.Elems[:cap(d.Elems)])
		d.Elems = d.Elems[:0]
		d.src = ""
		return err
	}
	if len(d.fix) > 0 {
		t := string(d.tb)
		for _, f := range d.fix {
			d.Elems[f.elem].Text = t[f.off:f.end]
		}
	}
	d.parsedFirst, d.parsedN = &d.Elems[0], len(d.Elems)
	return nil
}

// Parsed reports whether d.Elems is the slice the last successful Parse
// (or ParseBorrowed) built: the same elements, not a copy, not resliced.
// Its links then describe a tree in document order, which a walker may
// trust without checking them again, unless the caller has changed an
// element's links in place since (nothing in this module does).
func (d *Doc) Parsed() bool {
	return d.parsedN > 0 && len(d.Elems) == d.parsedN && &d.Elems[0] == d.parsedFirst
}

// errAt returns a *SyntaxError at byte offset off of the input.
func (d *Doc) errAt(off int, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &SyntaxError{Offset: off, Line: lineAt(d.src, off), Msg: msg}
}

// lineAt returns the 1-based line of byte offset off, counting CR LF, CR
// and LF as line ends.
func lineAt(s string, off int) int {
	off = min(off, len(s))
	line := 1 + strings.Count(s[:off], "\n")
	for i := 0; i < off; i++ {
		if s[i] == '\r' && (i+1 >= len(s) || s[i+1] != '\n') {
			line++
		}
	}
	return line
}

// unexpected returns the error for the byte at s[i] where something else
// (want) was expected, naming invalid UTF-8 and illegal characters as such.
func (d *Doc) unexpected(i int, want string) error {
	s := d.src
	if i >= len(s) {
		return d.errAt(i, "unexpected end of input, expected %s", want)
	}
	c := s[i]
	if c >= 0x80 {
		if r, n := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && n == 1 {
			return d.errAt(i, "invalid UTF-8")
		} else if !isChar(r) {
			return d.errAt(i, "illegal character U+%04X", r)
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		return d.errAt(i, "unexpected %q, expected %s", r, want)
	}
	if !isChar(rune(c)) {
		return d.errAt(i, "illegal character U+%04X", c)
	}
	return d.errAt(i, "unexpected %q, expected %s", c, want)
}

// badChar returns the error for a byte at s[i] that is not a legal
// character (invalid UTF-8, a control character, a surrogate, U+FFFE/F).
func (d *Doc) badChar(i int) error { return d.unexpected(i, "a character") }

func (d *Doc) parse() error {
	s := d.src
	i := 0
	if strings.HasPrefix(s, "\xEF\xBB\xBF") {
		i = 3
	}
	if strings.HasPrefix(s[i:], "<?xml") && i+5 < len(s) && (isS(s[i+5]) || s[i+5] == '?') {
		var err error
		if i, err = d.xmlDecl(i); err != nil {
			return err
		}
	}
	rootDone := false
	var err error
	for i < len(s) {
		c := s[i]
		if c != '<' {
			if n := len(d.stack); n > 0 {
				if (c == '\n' || c == ' ') && d.stack[n-1].hasChild {
					// Indentation after a child: dropped (see text).
					if j := skipLFSpaces(s, i); j < len(s) && s[j] == '<' {
						i = j
						continue
					}
				}
				if i, err = d.text(i); err != nil {
					return err
				}
				continue
			}
			if isS(c) {
				i++
				continue
			}
			if c >= 0x80 && charLen(s, i) == 0 || c < 0x80 && !isChar(rune(c)) {
				return d.badChar(i)
			}
			if rootDone {
				return d.errAt(i, "content after the root element")
			}
			return d.errAt(i, "content before the root element")
		}
		if len(d.stack) > 0 && !d.slow {
			if j := d.fast(i); j != i {
				i = j
				continue
			}
		}
		if i+1 >= len(s) {
			return d.errAt(i, "unexpected end of input after '<'")
		}
		switch s[i+1] {
		case '/':
			if len(d.stack) == 0 {
				return d.errAt(i, "end tag outside the root element")
			}
			if i, err = d.endTag(i); err != nil {
				return err
			}
			if len(d.stack) == 0 {
				rootDone = true
			}
		case '!':
			switch {
			case strings.HasPrefix(s[i:], "<!--"):
				i, err = d.comment(i)
			case strings.HasPrefix(s[i:], "<![CDATA["):
				if len(d.stack) == 0 {
					return d.errAt(i, "CDATA section outside the root element")
				}
				i, err = d.cdata(i)
			case strings.HasPrefix(s[i:], "<!DOCTYPE"):
				return d.errAt(i, "DTD not allowed in an iWlz message")
			default:
				return d.errAt(i, "invalid markup: expected a comment or CDATA section after '<!'")
			}
			if err != nil {
				return err
			}
		case '?':
			if i, err = d.pi(i); err != nil {
				return err
			}
		default:
			if len(d.stack) == 0 && rootDone {
				return d.errAt(i, "a second root element")
			}
			if i, err = d.startTag(i); err != nil {
				return err
			}
			if len(d.stack) == 0 {
				rootDone = true
			}
		}
	}
	if len(d.stack) > 0 {
		f := &d.stack[len(d.stack)-1]
		return d.errAt(len(s), "unexpected end of input: element <%s> not closed", s[f.qs:f.qe])
	}
	if !rootDone {
		return d.errAt(len(s), "no root element")
	}
	return nil
}

// xmlDecl parses the XML declaration at s[i] ("<?xml" and white space or
// '?') and returns the offset after it.
func (d *Doc) xmlDecl(i int) (int, error) {
	s := d.src
	j := i + 5
	sp := skipS(s, j)
	var vs, ve int
	var err error
	if sp == j || !strings.HasPrefix(s[sp:], "version") {
		return 0, d.errAt(sp, "XML declaration without version")
	}
	if vs, ve, j, err = d.declValue(sp + 7); err != nil {
		return 0, err
	}
	if v := s[vs:ve]; len(v) < 3 || v[:2] != "1." || strings.Trim(v[2:], "0123456789") != "" {
		return 0, d.errAt(vs, "unsupported XML version %q", v)
	}
	sp = skipS(s, j)
	if strings.HasPrefix(s[sp:], "encoding") {
		if sp == j {
			return 0, d.errAt(sp, "expected white space before encoding")
		}
		if vs, ve, j, err = d.declValue(sp + 8); err != nil {
			return 0, err
		}
		v := s[vs:ve]
		if !validEncName(v) {
			return 0, d.errAt(vs, "invalid encoding name %q", v)
		}
		if !strings.EqualFold(v, "UTF-8") {
			return 0, d.errAt(vs, "encoding %q not supported: an iWlz message is UTF-8", v)
		}
		sp = skipS(s, j)
	}
	if strings.HasPrefix(s[sp:], "standalone") {
		if sp == j {
			return 0, d.errAt(sp, "expected white space before standalone")
		}
		if vs, ve, j, err = d.declValue(sp + 10); err != nil {
			return 0, err
		}
		if v := s[vs:ve]; v != "yes" && v != "no" {
			return 0, d.errAt(vs, "standalone must be yes or no, not %q", v)
		}
		sp = skipS(s, j)
	}
	if !strings.HasPrefix(s[sp:], "?>") {
		return 0, d.unexpected(sp, "'?>' closing the XML declaration")
	}
	return sp + 2, nil
}

// declValue parses Eq and a quoted value of the XML declaration at s[i].
func (d *Doc) declValue(i int) (vs, ve, next int, err error) {
	s := d.src
	i = skipS(s, i)
	if i >= len(s) || s[i] != '=' {
		return 0, 0, 0, d.unexpected(i, "'='")
	}
	i = skipS(s, i+1)
	if i >= len(s) || s[i] != '"' && s[i] != '\'' {
		return 0, 0, 0, d.unexpected(i, "a quoted value")
	}
	q := s[i]
	e := strings.IndexByte(s[i+1:], q)
	if e < 0 {
		return 0, 0, 0, d.errAt(i, "unterminated value in the XML declaration")
	}
	return i + 1, i + 1 + e, i + 2 + e, nil
}

func validEncName(v string) bool {
	if v == "" || !('a' <= v[0]|0x20 && v[0]|0x20 <= 'z') {
		return false
	}
	for i := 1; i < len(v); i++ {
		c := v[i]
		if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func skipS(s string, i int) int {
	for i < len(s) && isS(s[i]) {
		i++
	}
	return i
}

// name scans a Name at s[i]: it returns the end (i when none starts
// there), the offset of its first colon (-1 for none) and the number of
// colons.
func name(s string, i int) (end, colon, colons int) {
	// Fast path: an ASCII name with at most one colon, not at either end.
	if i < len(s) && nameStartA[s[i]] && s[i] != ':' {
		j := alnumRun(s, i+1)
		for j < len(s) && nameFast[s[j]] {
			j++
		}
		if j >= len(s) || s[j] < 0x80 && s[j] != ':' {
			return j, -1, 0
		}
		if c := j; s[j] == ':' && j+1 < len(s) && nameStartA[s[j+1]] && s[j+1] != ':' {
			j = alnumRun(s, j+2)
			for j < len(s) && nameFast[s[j]] {
				j++
			}
			if j >= len(s) || s[j] < 0x80 && s[j] != ':' {
				return j, c, 1
			}
		}
	}
	colon = -1
	j := i
	for j < len(s) {
		c := s[j]
		var n int
		if c < 0x80 {
			if j == i && !nameStartA[c] || !nameCharA[c] {
				break
			}
			if c == ':' {
				if colon < 0 {
					colon = j
				}
				colons++
			}
			n = 1
		} else {
			r, size := utf8.DecodeRuneInString(s[j:])
			if j == i && !isNameStart(r) || !isNameChar(r) || r == utf8.RuneError && size == 1 {
				break
			}
			n = size
		}
		j += n
	}
	return j, colon, colons
}

// alnumRun returns the end of the run of ASCII letters and digits at
// s[i], eight bytes at a time while eight remain (the names of an iWlz
// message are letters and digits alone).
func alnumRun(s string, i int) int {
	for i+8 <= len(s) {
		if m := alnumMask(le64(s, i)); m != hiBits {
			return i + bits.TrailingZeros64(^m&hiBits)>>3
		}
		i += 8
	}
	return i
}

const hiBits = 0x8080808080808080

// alnumMask returns x with the high bit of each byte set when that byte
// is an ASCII letter or digit, and the others clear. A byte of 0x80 or
// more may carry into the bytes after it, but never into those before:
// the lowest clear byte is always the first that is no letter or digit.
func alnumMask(x uint64) uint64 {
	const (
		ones   = 0x0101010101010101
		case20 = 0x20 * ones
	)
	y := x | case20                                       // A-Z to a-z
	l := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) // 'a' <= y <= 'z'
	d := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones) // '0' <= x <= '9'
	return (l | d) &^ x & hiBits
}

// qname scans a QName at s[i] (what names the kind of name, for errors)
// and returns its end and colon offset (-1 for none).
func (d *Doc) qname(i int, what string) (end, colon int, err error) {
	s := d.src
	end, colon, colons := name(s, i)
	if end == i {
		return 0, 0, d.unexpected(i, what)
	}
	if colons > 0 {
		if colons > 1 || colon == i || colon == end-1 {
			return 0, 0, d.errAt(i, "%s %q is not a qualified name", what, s[i:end])
		}
		if r, _ := utf8.DecodeRuneInString(s[colon+1:]); !isNameStart(r) {
			return 0, 0, d.errAt(i, "%s %q is not a qualified name", what, s[i:end])
		}
	}
	return end, colon, nil
}

// lookup returns the namespace bound to prefix and its index in URIs.
func (d *Doc) lookup(prefix string) (string, uint32, bool) {
	for k := len(d.ns) - 1; k >= 0; k-- {
		if d.ns[k].prefix == prefix {
			return d.ns[k].uri, d.ns[k].id, true
		}
	}
	switch prefix {
	case "":
		return "", 0, true
	case "xml":
		return nsXML, 1, true
	}
	return "", 0, false
}

// bind declares prefix ("" for the default namespace) as uri.
func (d *Doc) bind(prefix, uri string) {
	d.ns = append(d.ns, binding{prefix, uri, uint32(len(d.URIs))})
	d.URIs = append(d.URIs, uri)
}

// nsChanged renews the namespace caches after a change of d.ns.
func (d *Doc) nsChanged() {
	d.defaultURI, d.defaultID, _ = d.lookup("")
	d.pLen, d.pURI = -1, ""
}

// prefixMask keeps the first n bytes (1 to 8) of a le64 value.
func prefixMask(n int) uint64 { return ^uint64(0) >> (64 - 8*uint(n)) }

// startTag parses a start tag or empty-element tag at s[i] and returns the
// offset after it.
func (d *Doc) startTag(i int) (int, error) {
	s := d.src
	off := i
	qs := i + 1
	qe, colon, err := d.qname(qs, "element name")
	if err != nil {
		return 0, err
	}
	nsMark := len(d.ns)
	empty := false
	if qe < len(s) && s[qe] == '>' {
		// No attributes: the common case in an iWlz message.
		i = qe + 1
	} else {
		if i, empty, err = d.attributes(qs, qe); err != nil {
			return 0, err
		}
		if len(d.ns) != nsMark {
			d.nsChanged()
		}
	}

	// The element.
	if len(d.Elems) >= MaxElements {
		return 0, d.errAt(off, "more than %d elements", MaxElements)
	}
	if len(d.stack) >= MaxDepth {
		return 0, d.errAt(off, "elements nested deeper than %d", MaxDepth)
	}
	uri, nsID := d.defaultURI, d.defaultID
	local := s[qs:qe]
	if colon >= 0 {
		local = s[colon+1 : qe]
		n := colon - qs
		if n == d.pLen && qs+8 <= len(s) && le64(s, qs)&prefixMask(n) == d.pBits {
			uri, nsID = d.pURI, d.pID
		} else {
			prefix := s[qs:colon]
			if prefix == "xmlns" {
				return 0, d.errAt(off, "element name %s must not have the prefix xmlns", s[qs:qe])
			}
			var ok bool
			if uri, nsID, ok = d.lookup(prefix); !ok {
				return 0, d.errAt(off, "undeclared namespace prefix %s in element name %s", prefix, s[qs:qe])
			}
			if n <= 8 && qs+8 <= len(s) {
				d.pLen, d.pBits, d.pURI, d.pID = n, le64(s, qs)&prefixMask(n), uri, nsID
			}
		}
	}

	d.push(off, qs, qe, nsMark, uri, nsID, local, empty)
	if empty && len(d.ns) != nsMark {
		d.ns = d.ns[:nsMark]
		d.nsChanged()
	}
	return i, nil
}

// push adds the element whose start tag is at s[off] (qualified name
// s[qs:qe], namespace uri with index nsID, local name local) as the next
// child of the open element, and opens it unless the tag was empty.
func (d *Doc) push(off, qs, qe, nsMark int, uri string, nsID uint32, local string, empty bool) {
	idx := int32(len(d.Elems))
	parent := int32(-1)
	if n := len(d.stack); n > 0 {
		f := &d.stack[n-1]
		parent = f.elem
		if f.last < 0 {
			d.Elems[f.elem].FirstChild = idx
			if !f.nonWS {
				// White space before the first child: indentation, dropped.
				if f.scr >= 0 {
					d.scratch = d.scratch[:f.scr]
					f.scr = -1
				}
				f.ts, f.te = 0, 0
			}
		} else {
			d.Elems[f.last].NextSibling = idx
		}
		f.last = idx
		f.hasChild = true
	}
	// Field by field: appending a composite literal copies it with
	// typedmemmove and a bulk write barrier while the GC runs.
	if len(d.Elems) < cap(d.Elems) {
		d.Elems = d.Elems[:idx+1]
	} else {
		d.Elems = append(d.Elems, Elem{})
	}
	e := &d.Elems[idx]
	e.NS, e.Local, e.Text = uri, local, ""
	e.Parent, e.FirstChild, e.NextSibling, e.Offset, e.NSID = parent, -1, -1, int32(off), nsID
	e.Name = names.Of(local)
	if empty {
		return
	}
	if len(d.stack) < cap(d.stack) {
		d.stack = d.stack[:len(d.stack)+1]
	} else {
		d.stack = append(d.stack, frame{})
	}
	f := &d.stack[len(d.stack)-1]
	*f = frame{elem: idx, last: -1, qs: int32(qs), qe: int32(qe), nsMark: int32(nsMark), scr: -1}
}

// fast parses, from the '<' at s[i] inside the root element, the markup
// of the usual shape of an iWlz message in one loop: start tags of ASCII
// letters and digits (one prefix, already looked up) without attributes,
// end tags right after their name, a leaf's plain value and the
// indentation between children. It stops, without having consumed it, at
// the first thing of any other shape (and at the end tag of the root, and
// within eight bytes of the end of the input), and returns its offset: the
// general loop takes that, and every error. What it does leaves the Doc
// exactly as startTag (push), text and endTag would: the fuzz and
// agreement tests hold it to the general parser (Doc.slow) field by field.
// A leaf (start tag, plain value, its end tag) is taken whole, without
// opening a frame: most elements of an iWlz message are leaves.
//
// The loop calls no function and keeps the element and frame slices in
// locals: a call spills every register the loop holds (Go's ABI saves
// none across a call), which cost more than the work here. The helpers it
// spells out are alnumRun, push (for a slice with room: a start tag that
// needs one to grow is left to startTag), sameName, skipLFSpaces and
// names.Of.
func (d *Doc) fast(i int) int {
	s := d.src
	elems, stack := d.Elems, d.stack
	nsLen := len(d.ns)
loop:
	for i+1 < len(s) && len(stack) > 0 {
		top := &stack[len(stack)-1]
		if s[i+1] == '/' {
			// An end tag: the name of the open element, then '>'.
			a, b, n := int(top.qs), i+2, int(top.qe-top.qs)
			e := b + n
			if e >= len(s) || s[e] != '>' || len(stack) == 1 || top.scr >= 0 || nsLen != int(top.nsMark) || b+8 > len(s) {
				break
			}
			// Every load below ends by s[e] (a < b, b+8 <= len(s)).
			if n <= 8 {
				if (le64u(s, a)^le64u(s, b))&prefixMask(n) != 0 {
					break
				}
			} else {
				for n > 8 {
					if le64u(s, a) != le64u(s, b) {
						break loop
					}
					a, b, n = a+8, b+8, n-8
				}
				if le64u(s, a+n-8) != le64u(s, b+n-8) {
					break
				}
			}
			if top.te > top.ts {
				elems[top.elem].Text = s[top.ts:top.te]
			}
			stack = stack[:len(stack)-1]
			i = e + 1
		} else {
			// A start tag: [prefix:]name>, letters and digits.
			qs := i + 1
			if c := s[qs] | 0x20; c < 'a' || c > 'z' || top.scr >= 0 {
				break
			}
			j := qs + 1
			for {
				if j+8 > len(s) {
					break loop
				}
				if m := alnumMask(le64u(s, j)); m != hiBits {
					j += bits.TrailingZeros64(^m&hiBits) >> 3
					break
				}
				j += 8
			}
			uri, nsID, ls := d.defaultURI, d.defaultID, qs
			if s[j] == ':' {
				n := j - qs
				if n != d.pLen || qs+8 > len(s) || le64u(s, qs)&prefixMask(n) != d.pBits {
					break
				}
				j++
				if j >= len(s) {
					break
				}
				if c := s[j] | 0x20; c < 'a' || c > 'z' {
					break
				}
				for {
					if j+8 > len(s) {
						break loop
					}
					if m := alnumMask(le64u(s, j)); m != hiBits {
						j += bits.TrailingZeros64(^m&hiBits) >> 3
						break
					}
					j += 8
				}
				uri, nsID, ls = d.pURI, d.pID, qs+n+1
			}
			if j >= len(s) || s[j] != '>' || len(elems) >= MaxElements || len(stack) >= MaxDepth ||
				len(elems) == cap(elems) || len(stack) == cap(stack) {
				break // push grows the slices: no call in this loop
			}
			// The name's ID (names.Of, spelled out): the word at ls is in
			// the input, as the scan above read it.
			var name names.ID
			if nl := j - ls; nl <= names.MaxLen {
				w0 := le64u(s, ls) // ls <= the last scan load's offset
				if nl < 8 {
					w0 &= prefixMask(nl)
				}
				for h := names.Hash(w0, nl); ; h = (h + 1) & names.Mask {
					sl := &names.Slots[h]
					if sl.N == 0 {
						break
					}
					if int(sl.N) != nl || sl.W0 != w0 {
						continue
					}
					if nl > 8 {
						// Loads within s[ls:j], as nl > 8, 16, 24.
						r := &names.Rest[sl.ID]
						if le64u(s, j-8) != r[2] || nl > 16 && le64u(s, ls+8) != r[0] || nl > 24 && le64u(s, ls+16) != r[1] {
							continue
						}
					}
					name = sl.ID
					break
				}
			}
			// A leaf: plain text up to the end tag of this name. It is
			// whole here and needs no frame. Its Text is the text as it
			// stands, as text and endTag would keep it: nothing in it
			// needs decoding, and an element without children keeps
			// white space. Anything else (a child, a reference, a CR, a
			// ']', a character beyond ASCII, an end tag of another shape)
			// is left to the frame below, from the start of the text.
			leaf, vs, k := false, j+1, j+1
			if k < len(s) && s[k] != '\n' {
				for k < len(s) && plainText[s[k]] {
					k++
				}
				n := j - qs
				b := k + 2
				if e := b + n; e+8 <= len(s) && s[k] == '<' && s[k+1] == '/' && s[e] == '>' {
					a := qs // every load ends by s[e], as in the end tag
					if n <= 8 {
						leaf = (le64u(s, a)^le64u(s, b))&prefixMask(n) == 0
					} else {
						for n > 8 && le64u(s, a) == le64u(s, b) {
							a, b, n = a+8, b+8, n-8
						}
						leaf = n <= 8 && le64u(s, a+n-8) == le64u(s, b+n-8)
					}
					if leaf {
						k = e + 1
					}
				}
			}
			// push, for a start tag without attributes.
			idx := int32(len(elems))
			if top.last < 0 {
				elems[top.elem].FirstChild = idx
				if !top.nonWS {
					top.ts, top.te = 0, 0 // indentation before the first child
				}
			} else {
				elems[top.last].NextSibling = idx
			}
			top.last = idx
			top.hasChild = true
			parent := top.elem
			elems = elems[:idx+1]
			e := &elems[idx]
			e.NS, e.Local = uri, s[ls:j]
			e.Parent, e.FirstChild, e.NextSibling, e.Offset, e.NSID, e.Name = parent, -1, -1, int32(i), nsID, name
			if leaf {
				e.Text = s[vs : k-(j-qs)-3]
				i = k
			} else {
				e.Text = ""
				stack = stack[:len(stack)+1]
				f := &stack[len(stack)-1]
				f.elem, f.last, f.qs, f.qe, f.nsMark, f.ts, f.te, f.scr = idx, -1, int32(qs), int32(j), int32(nsLen), 0, 0, -1
				f.hasChild, f.nonWS = false, false
				i = j + 1
			}
		}
		// What follows, up to the next tag.
		if i >= len(s) {
			break
		}
		c := s[i]
		if c == '<' {
			continue
		}
		f := &stack[len(stack)-1]
		if f.hasChild || c <= ' ' {
			// Indentation: at most one LF, then spaces (skipLFSpaces).
			// After the first child it is dropped; before it (or as the
			// whole text of an element) it is kept raw, as text does,
			// until a child drops it.
			if c != '\n' && c != ' ' || !f.hasChild && (f.te != f.ts || f.scr >= 0) {
				break
			}
			j := i
			if c == '\n' {
				j++
			}
			for {
				if j+8 > len(s) {
					break loop
				}
				if x := le64u(s, j) ^ 0x2020202020202020; x != 0 {
					j += bits.TrailingZeros64(x) >> 3
					break
				}
				j += 8
			}
			if s[j] != '<' {
				break
			}
			if !f.hasChild {
				f.ts, f.te = int32(i), int32(j)
			}
			i = j
			continue
		}
		// A leaf's value.
		if f.te != f.ts || f.scr >= 0 {
			break
		}
		j := i
		for j < len(s) && plainText[s[j]] {
			j++
		}
		if j >= len(s) || s[j] != '<' {
			break
		}
		f.ts, f.te, f.nonWS = int32(i), int32(j), true
		i = j
	}
	d.Elems, d.stack = elems, stack
	return i
}

// attributes parses the attributes of the start tag whose qualified name
// is s[qs:qe], up to and including its '>' or '/>', binds its namespace
// declarations (appending to d.ns) and checks the other attributes. It
// returns the offset after the tag and whether it was an empty-element
// tag.
func (d *Doc) attributes(qs, qe int) (next int, empty bool, err error) {
	s := d.src
	d.attrs = d.attrs[:0]
	i := qe
	for {
		ws := i
		i = skipS(s, i)
		if i >= len(s) {
			return 0, false, d.errAt(i, "unexpected end of input in tag <%s>", s[qs:qe])
		}
		c := s[i]
		if c == '>' {
			i++
			break
		}
		if c == '/' {
			if i+1 < len(s) && s[i+1] == '>' {
				i += 2
				empty = true
				break
			}
			return 0, false, d.unexpected(i+1, "'>' after '/'")
		}
		if i == ws {
			return 0, false, d.unexpected(i, "white space, '>' or '/>'")
		}
		ae, acolon, err := d.qname(i, "attribute name")
		if err != nil {
			return 0, false, err
		}
		a := attr{ns: i, ne: ae, colon: acolon}
		i = skipS(s, ae)
		if i >= len(s) || s[i] != '=' {
			return 0, false, d.unexpected(i, "'=' after attribute name")
		}
		i = skipS(s, i+1)
		if i >= len(s) || s[i] != '"' && s[i] != '\'' {
			return 0, false, d.unexpected(i, "a quoted attribute value")
		}
		if a.vs, a.ve, a.dec, i, err = d.attrValue(i); err != nil {
			return 0, false, err
		}
		d.attrs = append(d.attrs, a)
	}

	// Namespace declarations first: they are in scope for the element's
	// own name and attributes.
	for k := range d.attrs {
		a := &d.attrs[k]
		qn := s[a.ns:a.ne]
		if qn == "xmlns" {
			a.decl = true
			uri := d.attrString(a)
			if uri == nsXML || uri == nsXMLNS {
				return 0, false, d.errAt(a.ns, "the namespace %s must not be the default namespace", uri)
			}
			d.bind("", uri)
			continue
		}
		if a.colon < 0 || s[a.ns:a.colon] != "xmlns" {
			continue
		}
		a.decl = true
		local := s[a.colon+1 : a.ne]
		uri := d.attrString(a)
		switch {
		case local == "xmlns":
			return 0, false, d.errAt(a.ns, "the prefix xmlns must not be declared")
		case local == "xml":
			if uri != nsXML {
				return 0, false, d.errAt(a.ns, "the prefix xml must be bound to %s, not %q", nsXML, uri)
			}
			continue
		case uri == "":
			return 0, false, d.errAt(a.ns, "the prefix %s is undeclared with an empty value, which Namespaces in XML 1.0 does not allow", local)
		case uri == nsXML || uri == nsXMLNS:
			return 0, false, d.errAt(a.ns, "the namespace %s must not be bound to the prefix %s", uri, local)
		}
		d.bind(local, uri)
	}

	// The other attributes: their prefixes must be bound, and no two may
	// have the same qualified name, or the same namespace and local name.
	nprefixed := 0
	for k := range d.attrs {
		a := &d.attrs[k]
		if a.decl || a.colon < 0 {
			continue
		}
		p := s[a.ns:a.colon]
		u, _, ok := d.lookup(p)
		if !ok {
			return 0, false, d.errAt(a.ns, "undeclared namespace prefix %s in attribute name %s", p, s[a.ns:a.ne])
		}
		a.uri = u
		nprefixed++
	}
	if len(d.attrs) > 1 {
		if err := d.dupAttrs(nprefixed); err != nil {
			return 0, false, err
		}
	}
	return i, empty, nil
}

// dupAttrs checks d.attrs for two attributes with the same qualified name,
// and for two prefixed attributes with the same namespace and local name.
func (d *Doc) dupAttrs(nprefixed int) error {
	s := d.src
	as := d.attrs
	if len(as) <= 16 {
		for k := 1; k < len(as); k++ {
			a := &as[k]
			for l := 0; l < k; l++ {
				b := &as[l]
				if s[a.ns:a.ne] == s[b.ns:b.ne] {
					return d.errAt(a.ns, "duplicate attribute %s", s[a.ns:a.ne])
				}
				if nprefixed > 1 && a.colon >= 0 && b.colon >= 0 && !a.decl && !b.decl &&
					a.uri == b.uri && s[a.colon+1:a.ne] == s[b.colon+1:b.ne] {
					return d.errAt(a.ns, "attributes %s and %s have the same namespace %s and local name", s[b.ns:b.ne], s[a.ns:a.ne], a.uri)
				}
			}
		}
		return nil
	}
	// Many attributes (hostile input): maps, to stay linear.
	type expanded struct{ uri, local string }
	names := make(map[string]struct{}, len(as))
	exp := make(map[expanded]string, nprefixed)
	for k := range as {
		a := &as[k]
		qn := s[a.ns:a.ne]
		if _, dup := names[qn]; dup {
			return d.errAt(a.ns, "duplicate attribute %s", qn)
		}
		names[qn] = struct{}{}
		if a.colon >= 0 && !a.decl {
			key := expanded{a.uri, s[a.colon+1 : a.ne]}
			if other, dup := exp[key]; dup {
				return d.errAt(a.ns, "attributes %s and %s have the same namespace %s and local name", other, qn, a.uri)
			}
			exp[key] = qn
		}
	}
	return nil
}

// attrValue scans the quoted attribute value at s[i], checking its
// characters and references, and returns its bounds, whether it needs
// decoding (references or white space to normalise) and the offset after
// the closing quote.
func (d *Doc) attrValue(i int) (vs, ve int, dec bool, next int, err error) {
	s := d.src
	q := s[i]
	i++
	vs = i
	for i < len(s) {
		c := s[i]
		if plainAttr[c] {
			i++
			continue
		}
		switch {
		case c == q:
			return vs, i, dec, i + 1, nil
		case c == '"' || c == '\'':
			i++
		case c == '&':
			if _, i, err = d.ref(i); err != nil {
				return
			}
			dec = true
		case c == '<':
			return 0, 0, false, 0, d.errAt(i, "'<' in attribute value")
		case c == '\t' || c == '\n' || c == '\r':
			dec = true
			i++
		case c >= 0x80:
			n := charLen(s, i)
			if n == 0 {
				return 0, 0, false, 0, d.badChar(i)
			}
			i += n
		default:
			return 0, 0, false, 0, d.badChar(i)
		}
	}
	return 0, 0, false, 0, d.errAt(vs-1, "unterminated attribute value")
}

// attrString returns the normalised value of attribute a (references
// decoded, each white space character a space, CR LF one space).
func (d *Doc) attrString(a *attr) string {
	s := d.src
	if !a.dec {
		return s[a.vs:a.ve]
	}
	b := d.abuf[:0]
	for i := a.vs; i < a.ve; {
		switch c := s[i]; c {
		case '&':
			r, next, _ := d.ref(i) // checked by attrValue
			b = utf8.AppendRune(b, r)
			i = next
		case '\r':
			b = append(b, ' ')
			i++
			if i < a.ve && s[i] == '\n' {
				i++
			}
		case '\t', '\n':
			b = append(b, ' ')
			i++
		default:
			b = append(b, c)
			i++
		}
	}
	d.abuf = b
	return string(b)
}

// ref parses the entity or character reference at s[i] ('&') and returns
// the character it stands for and the offset after the ';'.
func (d *Doc) ref(i int) (rune, int, error) {
	s := d.src
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		var v rune
		digits := 0
		if j < len(s) && s[j] == 'x' {
			j++
			for ; j < len(s); j++ {
				c := s[j]
				var h rune
				switch {
				case '0' <= c && c <= '9':
					h = rune(c - '0')
				case 'a' <= c && c <= 'f':
					h = rune(c - 'a' + 10)
				case 'A' <= c && c <= 'F':
					h = rune(c - 'A' + 10)
				default:
					goto end
				}
				if v <= utf8.MaxRune {
					v = v*16 + h
				}
				digits++
			}
		} else {
			for ; j < len(s) && '0' <= s[j] && s[j] <= '9'; j++ {
				if v <= utf8.MaxRune {
					v = v*10 + rune(s[j]-'0')
				}
				digits++
			}
		}
	end:
		if digits == 0 || j >= len(s) || s[j] != ';' {
			return 0, 0, d.errAt(i, "malformed character reference")
		}
		if !isChar(v) {
			return 0, 0, d.errAt(i, "character reference %s refers to an illegal character", s[i:j+1])
		}
		return v, j + 1, nil
	}
	e, colon, _ := name(s, j)
	if e == j {
		return 0, 0, d.errAt(i, "'&' not followed by a reference (write &amp;)")
	}
	if e >= len(s) || s[e] != ';' {
		return 0, 0, d.errAt(i, "entity reference &%s not terminated by ';'", s[j:e])
	}
	switch s[j:e] {
	case "lt":
		return '<', e + 1, nil
	case "gt":
		return '>', e + 1, nil
	case "amp":
		return '&', e + 1, nil
	case "apos":
		return '\'', e + 1, nil
	case "quot":
		return '"', e + 1, nil
	}
	if colon >= 0 {
		return 0, 0, d.errAt(i, "entity name %s contains a colon", s[j:e])
	}
	return 0, 0, d.errAt(i, "undefined entity &%s; (only &lt; &gt; &amp; &apos; &quot; exist without a DTD)", s[j:e])
}

// endTag parses the end tag at s[i] ("</") and closes the open element.
func (d *Doc) endTag(i int) (int, error) {
	s := d.src
	f := &d.stack[len(d.stack)-1]
	j := i + 2
	q := s[f.qs:f.qe]
	e := j + len(q)
	if e > len(s) || !sameName(s, int(f.qs), j, len(q)) || e < len(s) && s[e] != '>' && !isS(s[e]) {
		e, _, _ = name(s, j)
		if e == j {
			return 0, d.unexpected(j, "an element name")
		}
		return 0, d.errAt(i, "element <%s> closed by </%s>", q, s[j:e])
	}
	e = skipS(s, e)
	if e >= len(s) || s[e] != '>' {
		return 0, d.unexpected(e, "'>' closing the end tag")
	}
	d.closeText(f)
	if len(d.ns) != int(f.nsMark) {
		d.ns = d.ns[:f.nsMark]
		d.nsChanged()
	}
	d.stack = d.stack[:len(d.stack)-1]
	return e + 1, nil
}

// sameName reports whether s[a:a+n] equals s[b:b+n] (both in range),
// eight bytes at a time: names are short, and a call to the runtime's
// memequal costs more than the comparison. A name shorter than eight
// bytes is compared under a mask, a longer one ends with an overlapping
// last word; only at the very end of the input does it go byte by byte.
func sameName(s string, a, b, n int) bool {
	if n == 0 {
		return true
	}
	if a+8 <= len(s) && b+8 <= len(s) {
		if n <= 8 {
			return (le64(s, a)^le64(s, b))&prefixMask(n) == 0
		}
		for n > 8 {
			if le64(s, a) != le64(s, b) {
				return false
			}
			a, b, n = a+8, b+8, n-8
		}
		// The last 1 to 8 bytes, read as the word that ends with them.
		return le64(s, a+n-8) == le64(s, b+n-8)
	}
	for k := 0; k < n; k++ {
		if s[a+k] != s[b+k] {
			return false
		}
	}
	return true
}

// closeText sets the Text of the element of f.
func (d *Doc) closeText(f *frame) {
	switch {
	case f.scr >= 0:
		off := len(d.tb)
		d.tb = append(d.tb, d.scratch[f.scr:]...)
		d.scratch = d.scratch[:f.scr]
		d.fix = append(d.fix, textFix{f.elem, int32(off), int32(len(d.tb))})
	case f.te > f.ts:
		d.Elems[f.elem].Text = d.src[f.ts:f.te]
	}
}

// rawText adds src[s:e] to the text of the element of f.
func (d *Doc) rawText(f *frame, s, e int) {
	switch {
	case s == e:
	case f.scr >= 0:
		d.scratch = append(d.scratch, d.src[s:e]...)
	case f.te > f.ts:
		d.materialize(f)
		d.scratch = append(d.scratch, d.src[s:e]...)
	default:
		f.ts, f.te = int32(s), int32(e)
	}
}

// materialize moves the text of f into scratch, so that more can be
// appended to it.
func (d *Doc) materialize(f *frame) {
	if f.scr < 0 {
		f.scr = int32(len(d.scratch))
		d.scratch = append(d.scratch, d.src[f.ts:f.te]...)
	}
}

// text scans character data at s[i] inside an element, up to the next
// '<' or the end of input.
func (d *Doc) text(i int) (int, error) {
	s := d.src
	f := &d.stack[len(d.stack)-1]
	if s[i] > ' ' && !f.hasChild && f.te == f.ts && f.scr < 0 {
		// The value of a leaf, raw up to its end tag: the common case.
		j := i
		for j < len(s) && plainText[s[j]] {
			j++
		}
		if j < len(s) && s[j] == '<' {
			f.ts, f.te, f.nonWS = int32(i), int32(j), true
			return j, nil
		}
	}
	start := i
	// White space alone up to the next tag is the indentation of
	// element-only content: after the first child it is dropped at once.
	j, cr := skipIndent(s, i)
	ws := true // the run may be white space alone (decided in keep)
	if j >= len(s) || s[j] == '<' {
		if f.hasChild {
			return j, nil
		}
		if !cr {
			d.rawText(f, i, j)
			return j, nil
		}
	} else {
		ws = s[j] == '&' // a reference may stand for white space
		if !cr {
			i = j // plain white space so far: nothing to decode
		}
	}
	flush := -1 // once the run needs decoding: how far src is copied to scratch
	mark := 0   // where the decoded run starts in scratch
loop:
	for i < len(s) {
		c := s[i]
		if plainText[c] {
			i++
			continue
		}
		switch {
		case c == '<':
			break loop
		case c == '&':
			if flush < 0 {
				d.materialize(f)
				flush, mark = start, len(d.scratch)
			}
			d.scratch = append(d.scratch, s[flush:i]...)
			r, next, err := d.ref(i)
			if err != nil {
				return 0, err
			}
			d.scratch = utf8.AppendRune(d.scratch, r)
			i, flush = next, next
		case c == '\r':
			if flush < 0 {
				d.materialize(f)
				flush, mark = start, len(d.scratch)
			}
			d.scratch = append(d.scratch, s[flush:i]...)
			d.scratch = append(d.scratch, '\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			flush = i
		case c == ']':
			if strings.HasPrefix(s[i:], "]]>") {
				return 0, d.errAt(i, "']]>' in character data")
			}
			i++
		case c >= 0x80:
			n := charLen(s, i)
			if n == 0 {
				return 0, d.badChar(i)
			}
			i += n
		default:
			return 0, d.badChar(i)
		}
	}
	d.keep(f, start, i, flush, mark, ws)
	return i, nil
}

// skipLFSpaces returns the end of the run at s[i] of at most one LF
// followed by spaces, the spaces eight at a time: the usual indentation.
func skipLFSpaces(s string, i int) int {
	if s[i] == '\n' {
		i++
	}
	for i+8 <= len(s) {
		if x := le64(s, i) ^ 0x2020202020202020; x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
		i += 8
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// skipIndent returns the end of the white space at s[i] and whether it
// holds a CR. Runs of spaces are skipped eight bytes at a time.
func skipIndent(s string, i int) (int, bool) {
	cr := false
	for i < len(s) {
		switch s[i] {
		case ' ':
			if i+8 <= len(s) {
				if x := le64(s, i) ^ 0x2020202020202020; x != 0 {
					i += bits.TrailingZeros64(x) >> 3
				} else {
					i += 8
				}
				continue
			}
		case '\n', '\t':
		case '\r':
			cr = true
		default:
			return i, cr
		}
		i++
	}
	return i, cr
}

// le64 returns the eight bytes at s[i] as a little-endian number (one load).
func le64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// keep adds a run of character data to the text of f: src[start:end] when
// it is raw (flush < 0), else the decoded run in scratch[mark:] followed by
// src[flush:end]. A run of white space alone (checked only when ws is set)
// is dropped after the first child of f and kept before it (startTag drops
// it when a child follows); any other run marks f as having text.
func (d *Doc) keep(f *frame, start, end, flush, mark int, ws bool) {
	if flush < 0 {
		if ws && spaceOnly(d.src[start:end]) {
			if f.hasChild {
				return
			}
		} else {
			f.nonWS = true
		}
		d.rawText(f, start, end)
		return
	}
	d.scratch = append(d.scratch, d.src[flush:end]...)
	if ws && spaceOnly(d.scratch[mark:]) {
		if f.hasChild {
			d.scratch = d.scratch[:mark]
		}
		return
	}
	f.nonWS = true
}

// spaceOnly reports whether b is XML white space alone.
func spaceOnly[T string | []byte](b T) bool {
	for i := 0; i < len(b); i++ {
		if !isS(b[i]) {
			return false
		}
	}
	return true
}

// cdata parses the CDATA section at s[i] and adds its content to the text
// of the open element (white space alone follows the rule of keep).
func (d *Doc) cdata(i int) (int, error) {
	s := d.src
	f := &d.stack[len(d.stack)-1]
	i += len("<![CDATA[")
	start := i
	flush, mark := -1, 0
	for i < len(s) {
		c := s[i]
		if plainCDATA[c] {
			i++
			continue
		}
		switch {
		case c == ']':
			if strings.HasPrefix(s[i:], "]]>") {
				d.keep(f, start, i, flush, mark, true)
				return i + 3, nil
			}
			i++
		case c == '\r':
			if flush < 0 {
				d.materialize(f)
				flush, mark = start, len(d.scratch)
			}
			d.scratch = append(d.scratch, s[flush:i]...)
			d.scratch = append(d.scratch, '\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			flush = i
		case c >= 0x80:
			n := charLen(s, i)
			if n == 0 {
				return 0, d.badChar(i)
			}
			i += n
		default:
			return 0, d.badChar(i)
		}
	}
	return 0, d.errAt(start-len("<![CDATA["), "unterminated CDATA section")
}

// comment parses the comment at s[i] ("<!--").
func (d *Doc) comment(i int) (int, error) {
	s := d.src
	j := i + 4
	for j < len(s) {
		c := s[j]
		if plainComment[c] {
			j++
			continue
		}
		switch {
		case c == '-':
			if j+1 < len(s) && s[j+1] == '-' {
				if j+2 < len(s) && s[j+2] == '>' {
					return j + 3, nil
				}
				return 0, d.errAt(j, "'--' inside a comment")
			}
			j++
		case c >= 0x80:
			n := charLen(s, j)
			if n == 0 {
				return 0, d.badChar(j)
			}
			j += n
		default:
			return 0, d.badChar(j)
		}
	}
	return 0, d.errAt(i, "unterminated comment")
}

// pi parses the processing instruction at s[i] ("<?").
func (d *Doc) pi(i int) (int, error) {
	s := d.src
	j := i + 2
	e, colon, _ := name(s, j)
	if e == j {
		return 0, d.unexpected(j, "a processing instruction target")
	}
	target := s[j:e]
	if strings.EqualFold(target, "xml") {
		if target == "xml" {
			return 0, d.errAt(i, "XML declaration not at the start of the document")
		}
		return 0, d.errAt(i, "processing instruction target %s is reserved", target)
	}
	if colon >= 0 {
		return 0, d.errAt(i, "processing instruction target %s contains a colon", target)
	}
	if strings.HasPrefix(s[e:], "?>") {
		return e + 2, nil
	}
	if e >= len(s) || !isS(s[e]) {
		return 0, d.unexpected(e, "white space or '?>' after the processing instruction target")
	}
	for j = e; j < len(s); {
		c := s[j]
		if plainPI[c] {
			j++
			continue
		}
		switch {
		case c == '?':
			if j+1 < len(s) && s[j+1] == '>' {
				return j + 2, nil
			}
			j++
		case c >= 0x80:
			n := charLen(s, j)
			if n == 0 {
				return 0, d.badChar(j)
			}
			j += n
		default:
			return 0, d.badChar(j)
		}
	}
	return 0, d.errAt(i, "unterminated processing instruction")
}
