package msgxml

import (
	"strconv"
	"strings"
	"sync"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// Fault is one schema fault found while decoding: a message (Dutch) and
// the XPath of the element concerned.
type Fault struct {
	Msg, Loc string
}

// MaxSeq is the longest xs:sequence a generated decoder may walk with a Seq.
const MaxSeq = 32

// Seq is the state of one xs:sequence while its children are walked: the
// index of the furthest element seen and the count of each element.
type Seq struct {
	last int
	n    [MaxSeq]int32
}

// Decoder walks a parsed message. The generated decoders call its methods;
// it is not safe for concurrent use. Get one with Get and return it with Put.
type Decoder struct {
	Doc xmltree.Doc
	// MsgNS and BasisNS are the namespaces of the message and of its
	// Basisschema in the message's release.
	MsgNS, BasisNS string
	// Drop24 is set for an iWlz 2.4 message: the functie elements and
	// Klasse no longer exist (inferred; iwlz-standard §7).
	Drop24 bool
	// Borrow makes Parse alias the input instead of copying it
	// (xmltree.Doc.ParseBorrowed): for a caller that returns nothing
	// decoded, only what it builds of its own strings (a Report). Put
	// drops the borrowed strings.
	Borrow bool
	// Spare, when not nil, is where the generated decoders take the
	// optional parts (pointer fields) of the message they fill instead of
	// allocating them: a validator's pooled message sets it to the spares
	// of its package (generated, a struct of Spares) and scrubs them with
	// the message. Get and Put leave it nil.
	Spare any
	// Limit bounds Faults; past it Truncated is set.
	Limit     int
	Faults    []Fault
	Truncated bool

	// msgOK and basisOK are 1 + an NSID of the Doc known to be MsgNS and
	// BasisNS (0 before one is seen).
	msgOK, basisOK uint32

	// sibs caches, per parent, the position of each child among its
	// same-named siblings and their count, so that the XPaths of many
	// faults cost O(elements) in all, not O(siblings) each.
	sibs map[int32]*siblings
}

type siblings struct {
	pos   map[int32]int32
	count map[string]int32
}

var pool = sync.Pool{New: func() any { return new(Decoder) }}

// Get returns a reset Decoder from the pool.
func Get() *Decoder {
	d := pool.Get().(*Decoder)
	d.MsgNS, d.BasisNS, d.Drop24, d.Limit, d.Faults, d.Truncated = "", "", false, 0, nil, false
	d.Borrow, d.Spare = false, nil
	d.msgOK, d.basisOK = 0, 0
	d.sibs = nil
	return d
}

// maxPooled bounds the Doc a pooled Decoder keeps, so one huge message does
// not pin its memory.
const maxPooled = 1 << 14

// Poolable reports whether the last message d parsed is small enough for
// its storage to be kept in a pool: Put keeps d only then, and the
// validators keep their decoded message only then.
func (d *Decoder) Poolable() bool { return cap(d.Doc.Elems) <= maxPooled }

// Put returns d to the pool. The strings of a decoded message stay valid.
func Put(d *Decoder) {
	if !d.Poolable() {
		return
	}
	d.Faults, d.Spare = nil, nil
	if d.Borrow {
		d.Doc.Release()
		d.MsgNS, d.BasisNS, d.sibs = "", "", nil
	}
	pool.Put(d)
}

// Parse parses data into d.Doc, borrowing it when d.Borrow is set. A
// borrowed parse that fails is done again with a copy, so that the error
// holds no string of data.
func (d *Decoder) Parse(data []byte) error {
	if !d.Borrow {
		return d.Doc.Parse(data)
	}
	if err := d.Doc.ParseBorrowed(data); err != nil {
		d.Borrow = false
		return d.Doc.Parse(data)
	}
	return nil
}

// full reports (and records) that no more faults are kept.
func (d *Decoder) full() bool {
	if d.Limit > 0 && len(d.Faults) >= d.Limit {
		d.Truncated = true
		return true
	}
	return false
}

// Fault records a fault of element i.
func (d *Decoder) Fault(i int32, msg string) {
	if !d.full() {
		d.Faults = append(d.Faults, Fault{Msg: msg, Loc: d.XPath(i)})
	}
}

// XPath returns the location of element i as the iWlz validation report
// writes it (xmltree.Doc.XPath), with the sibling counts cached.
func (d *Decoder) XPath(i int32) string {
	var buf [64]int32
	path := buf[:0]
	for j := i; j >= 0 && int(j) < len(d.Doc.Elems) && len(path) <= len(d.Doc.Elems); j = d.Doc.Elems[j].Parent {
		path = append(path, j)
	}
	var b strings.Builder
	for k := len(path) - 1; k >= 0; k-- {
		j := path[k]
		e := &d.Doc.Elems[j]
		b.WriteByte('/')
		b.WriteString(e.Local)
		if e.Parent < 0 {
			continue
		}
		sb := d.siblings(e.Parent)
		if n := sb.count[e.Local]; n > 1 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(int(sb.pos[j])))
			b.WriteByte(']')
		}
	}
	return b.String()
}

func (d *Decoder) siblings(p int32) *siblings {
	if sb := d.sibs[p]; sb != nil {
		return sb
	}
	if d.sibs == nil {
		d.sibs = map[int32]*siblings{}
	}
	sb := &siblings{pos: map[int32]int32{}, count: map[string]int32{}}
	for c := d.Doc.Elems[p].FirstChild; c >= 0; c = d.Doc.Elems[c].NextSibling {
		l := d.Doc.Elems[c].Local
		sb.count[l]++
		sb.pos[c] = sb.count[l]
	}
	d.sibs[p] = sb
	return sb
}

// First returns the first child of element i, or -1.
func (d *Decoder) First(i int32) int32 { return d.Doc.Elems[i].FirstChild }

// Next returns the next sibling of element i, or -1.
func (d *Decoder) Next(i int32) int32 { return d.Doc.Elems[i].NextSibling }

// Local returns the local name of element i.
func (d *Decoder) Local(i int32) string { return d.Doc.Elems[i].Local }

// Name returns the name of element i as a names.ID (None for a name
// that is in no iWlz XSD).
func (d *Decoder) Name(i int32) names.ID { return d.Doc.Elems[i].Name }

// Count returns the number of children of element i named name (not
// None).
func (d *Decoder) Count(i int32, name names.ID) int {
	n := 0
	for c := d.Doc.Elems[i].FirstChild; c >= 0; c = d.Doc.Elems[c].NextSibling {
		if d.Doc.Elems[c].Name == name {
			n++
		}
	}
	return n
}

// InMsgNS reports whether element c is in the message's namespace, as
// one seen before (the fast half of Elem's namespace check).
func (d *Decoder) InMsgNS(c int32) bool { return d.Doc.Elems[c].NSID+1 == d.msgOK }

// InBasisNS reports whether element c is in the Basisschema's namespace,
// as one seen before.
func (d *Decoder) InBasisNS(c int32) bool { return d.Doc.Elems[c].NSID+1 == d.basisOK }

// Next takes element k of the sequence when it is in order and within
// max (0 is unbounded), and reports whether it did; when it did not, s is
// unchanged and Elem judges the element. The generated decoders call
// InMsgNS (InBasisNS) and Next, and Elem only when either fails: both
// inline, Elem does not.
func (s *Seq) Next(k int, max int32) bool {
	if k >= s.last && (max == 0 || s.n[k] < max) {
		s.last = k
		s.n[k]++ // at most MaxElements: no overflow
		return true
	}
	return false
}

// Text returns the text of element i and whether it is a leaf (no child
// elements): the fast half of Leaf, which the generated decoders call
// with the facet check inline, and Leaf only when either fails.
func (d *Decoder) Text(i int32) (string, bool) {
	e := &d.Doc.Elems[i]
	return e.Text, e.FirstChild < 0
}

// Elem checks child c, element k of its parent's sequence s: its
// namespace (that of the Basisschema when basis is set, else the
// message's), its place in the sequence, its count against max (0 is
// unbounded), and, with gone24, that it still exists in the release. It
// reports whether the value should be kept: false for an occurrence past
// max, whose value is dropped after the fault.
func (d *Decoder) Elem(c int32, k int, s *Seq, max int32, basis, gone24 bool) bool {
	e := &d.Doc.Elems[c]
	want, ok := d.MsgNS, &d.msgOK
	if basis {
		want, ok = d.BasisNS, &d.basisOK
	}
	if e.NSID+1 != *ok {
		if e.NS != want {
			d.Fault(c, "element "+e.Local+" hoort in namespace "+strconv.Quote(want)+", niet in "+quoteNS(e.NS))
		} else {
			*ok = e.NSID + 1
		}
	}
	if gone24 && d.Drop24 {
		d.Fault(c, "element "+e.Local+" bestaat niet in iWlz 2.4 (functies en klassen vervallen; afgeleid, er is geen XSD 2.4)")
	}
	if k < s.last {
		d.Fault(c, "element "+e.Local+" staat niet op zijn plaats in de volgorde van het schema (xs:sequence)")
	} else {
		s.last = k
	}
	if s.n[k] < 1<<30 {
		s.n[k]++
	}
	if max > 0 && s.n[k] > max {
		d.Fault(c, "element "+e.Local+" komt vaker voor dan het schema toestaat (maxOccurs "+strconv.Itoa(int(max))+")")
		return false
	}
	return true
}

// Missing reports required element name (element k of sequence s of
// parent p) when it did not occur; gone24 elements are not required in a
// 2.4 message.
func (d *Decoder) Missing(p int32, k int, s *Seq, name string, gone24 bool) {
	if s.n[k] == 0 {
		d.missing(p, name, gone24)
	}
}

func (d *Decoder) missing(p int32, name string, gone24 bool) {
	if !(gone24 && d.Drop24) && !d.full() {
		d.Faults = append(d.Faults, Fault{Msg: "verplicht element " + name + " ontbreekt", Loc: d.XPath(p) + "/" + name})
	}
}

// Unknown reports child c that its parent's type does not declare.
func (d *Decoder) Unknown(c int32) {
	e := &d.Doc.Elems[c]
	d.Fault(c, "element "+e.Local+" (namespace "+quoteNS(e.NS)+") is hier niet toegestaan")
}

// Complex checks that element i, of a complex type without mixed content,
// holds no text but white space.
func (d *Decoder) Complex(i int32) {
	e := &d.Doc.Elems[i]
	if !isSpace(e.Text) {
		d.Fault(i, "element "+e.Local+" bevat tekst "+QuoteClip(e.Text)+", maar heeft alleen kindelementen")
	}
}

// Leaf returns the text of simple-typed element i after checking it: no
// child elements, and the facets of its type (check returns "" or the
// failed facet).
func (d *Decoder) Leaf(i int32, check func(string) string) string {
	e := &d.Doc.Elems[i]
	if c := e.FirstChild; c >= 0 {
		d.Fault(c, "element "+e.Local+" heeft een enkelvoudig type en mag geen kindelementen ("+d.Doc.Elems[c].Local+") bevatten")
	}
	if f := check(e.Text); f != "" {
		d.Fault(i, "element "+e.Local+": waarde "+QuoteClip(e.Text)+" voldoet niet aan "+f)
	}
	return e.Text
}

func quoteNS(ns string) string {
	if ns == "" {
		return "geen"
	}
	return QuoteClip(ns)
}

// isSpace reports whether s is XML white space only. Parsed text holds no
// byte below 0x20 but tab, line feed and carriage return (the Char
// production), so it is white space exactly when no byte exceeds 0x20:
// tested eight bytes at a time (the indentation between elements is most
// of the text a message has).
func isSpace(s string) bool {
	const low7, high = 0x5F5F5F5F5F5F5F5F, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// A byte above 0x20 sets its high bit in w+0x5F (a carry into the
		// next byte only follows a byte that is flagged itself).
		if (w|(w+low7))&high != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] > 0x20 {
			return false
		}
	}
	return true
}

// QuoteClip quotes s with strconv.Quote, clipped to 64 bytes at a rune
// boundary ("..." after a clipped text).
func QuoteClip(s string) string {
	const max = 64
	if len(s) <= max {
		return strconv.Quote(s)
	}
	i := max
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return strconv.Quote(s[:i]) + "..."
}
