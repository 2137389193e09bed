package main

import (
	"fmt"
	"strconv"
	"strings"
)

// simpleType is a leaf type with every facet of its derivation chain.
type simpleType struct {
	Func      string // the Go check function: "LDTGeslacht" (msgxml) or "checkAW33HeaderBerichtCode"
	Basis     bool   // a named Basisschema type, checked in package msgxml
	Name      string // XSD name, "LDT_Geslacht"; "" for an anonymous type
	Builtin   string // string, integer, date, time
	Enums     []string
	EnumOwner string     // the type that declares the enumeration
	Patterns  [][]string // per derivation step (most derived first); OR within, AND across
	MinLen    int        // -1 none
	MaxLen    int        // -1 none
	MinInc    *int64
	MaxInc    *int64
}

// complexType is a Go struct type.
type complexType struct {
	GoName  string // "AW33Client", "VolledigeNaam"
	XSDName string // "Client", "CDT_VolledigeNaam"
	Basis   bool
	Doc     string
	Fields  []*field
	Root    bool
}

// field is one element of a sequence (a wrapper stands for two levels).
type field struct {
	Name     string
	Doc      string
	Min, Max int // -1 unbounded
	Gone24   bool
	Simple   *simpleType
	Complex  *complexType
	Wrapper  bool // Name/Item: the field holds the items
	Item     string
	ItemMin  int
	ItemMax  int
	ItemDoc  string
}

// gone24 are the elements that no longer exist in iWlz 2.4 (inferred:
// iwlz-standard §7; functies COD732 and Klasse COD756 end with 2.3).
var gone24 = map[string]bool{
	"GeindiceerdeFuncties": true, "ToegewezenFuncties": true, "MutatieFuncties": true,
	"GeleverdeFuncties": true, "Klasse": true,
}

type model struct {
	basis     *schemaFile
	simple    map[string]*simpleType // basis LDT name -> type
	complex   map[string]*complexType
	messages  []*message
	basisUsed map[string]bool // simple types used by any message
}

type message struct {
	Name    string // "AW33"
	Lower   string // "aw33"
	Pkg     string // "allocation", "waitstatus"
	Code    string // "352"
	Doc     string
	Root    *complexType
	Types   []*complexType // the message's struct types, root first
	Anon    []*simpleType  // anonymous simple types, in order
	Basis   map[string]bool
	schema  *schemaFile
	byXSD   map[string]*complexType
	anonIDs map[string]int
}

// the messages, their packages and codes (iwlz-standard §0).
var messageList = []struct{ Name, Pkg, Code string }{
	{"IO31", "allocation", "388"},
	{"AW33", "allocation", "352"},
	{"AW34", "allocation", "353"},
	{"AW35", "waitstatus", "354"},
	{"AW36", "waitstatus", "355"},
	{"AW39", "waitstatus", "358"},
	{"AW310", "waitstatus", "359"},
}

func load(dir string) (*model, error) {
	b, err := readSchema(dir, "Basisschema")
	if err != nil {
		return nil, err
	}
	m := &model{basis: b, simple: map[string]*simpleType{}, complex: map[string]*complexType{}, basisUsed: map[string]bool{}}
	for _, ml := range messageList {
		s, err := readSchema(dir, ml.Name)
		if err != nil {
			return nil, err
		}
		msg := &message{Name: ml.Name, Lower: strings.ToLower(ml.Name), Pkg: ml.Pkg, Code: ml.Code, schema: s,
			byXSD: map[string]*complexType{}, Basis: map[string]bool{}, anonIDs: map[string]int{}}
		if err := m.buildMessage(msg); err != nil {
			return nil, err
		}
		m.messages = append(m.messages, msg)
	}
	return m, nil
}

func (m *model) buildMessage(msg *message) error {
	s := msg.schema
	if len(s.Elements) != 1 || s.Elements[0].attr("name") != "Bericht" {
		return fmt.Errorf("genmsg: %s.xsd: the one top-level element is not Bericht", msg.Name)
	}
	want := "http://www.istandaarden.nl/iwlz/2_2/" + msg.Lower + "/schema"
	if s.Target != want {
		return fmt.Errorf("genmsg: %s.xsd: target namespace %s, want %s", msg.Name, s.Target, want)
	}
	q, err := s.resolve(s.Elements[0].attr("type"))
	if err != nil {
		return err
	}
	root, err := m.messageType(msg, q.Local)
	if err != nil {
		return err
	}
	root.Root = true
	msg.Root = root
	msg.Doc = root.Doc
	// The header pins BerichtCode: check it is the code of the list.
	for _, f := range root.Fields {
		if f.Name == "Header" && f.Complex != nil {
			for _, hf := range f.Complex.Fields {
				if hf.Name == "BerichtCode" && (hf.Simple == nil || len(hf.Simple.Patterns) == 0 || hf.Simple.Patterns[0][0] != msg.Code) {
					return fmt.Errorf("genmsg: %s.xsd: BerichtCode is not pinned to %s", msg.Name, msg.Code)
				}
			}
		}
	}
	return nil
}

// messageType builds the struct type of message complexType name.
func (m *model) messageType(msg *message, name string) (*complexType, error) {
	if t, ok := msg.byXSD[name]; ok {
		return t, nil
	}
	n := msg.schema.Complex[name]
	if n == nil {
		return nil, fmt.Errorf("genmsg: %s.xsd: no complexType %s", msg.Name, name)
	}
	goName := msg.Name + name
	if name == "Root" {
		goName = msg.Name
	}
	t := &complexType{GoName: goName, XSDName: name, Doc: n.doc()}
	msg.byXSD[name] = t
	msg.Types = append(msg.Types, t)
	els, err := sequence(msg.schema, n)
	if err != nil {
		return nil, err
	}
	for _, el := range els {
		f, err := m.field(msg, msg.schema, el, t.GoName)
		if err != nil {
			return nil, err
		}
		t.Fields = append(t.Fields, f)
	}
	return t, nil
}

// sequence returns the elements of complexType n, which must be one
// xs:sequence of xs:element (the only form the iWlz schemas use).
func sequence(s *schemaFile, n *node) ([]*node, error) {
	for i := range n.Nodes {
		c := &n.Nodes[i]
		if c.XMLName.Local != "sequence" && c.XMLName.Local != "annotation" {
			return nil, fmt.Errorf("genmsg: %s.xsd: complexType %s: unsupported xs:%s", s.Name, n.attr("name"), c.XMLName.Local)
		}
	}
	for _, a := range n.Attrs {
		if a.Name.Local == "mixed" && a.Value == "true" {
			return nil, fmt.Errorf("genmsg: %s.xsd: mixed content is not supported", s.Name)
		}
	}
	seq := n.kid("sequence")
	if seq == nil {
		return nil, fmt.Errorf("genmsg: %s.xsd: complexType %s has no xs:sequence", s.Name, n.attr("name"))
	}
	var out []*node
	seen := map[string]bool{}
	for i := range seq.Nodes {
		c := &seq.Nodes[i]
		if c.XMLName.Local != "element" || c.attr("ref") != "" {
			return nil, fmt.Errorf("genmsg: %s.xsd: complexType %s: unsupported xs:%s in the sequence", s.Name, n.attr("name"), c.XMLName.Local)
		}
		if seen[c.attr("name")] {
			return nil, fmt.Errorf("genmsg: %s.xsd: complexType %s: element %s twice", s.Name, n.attr("name"), c.attr("name"))
		}
		seen[c.attr("name")] = true
		out = append(out, c)
	}
	if len(out) > 32 {
		return nil, fmt.Errorf("genmsg: %s.xsd: complexType %s: more than 32 elements", s.Name, n.attr("name"))
	}
	return out, nil
}

// field builds the field of element el declared in schema s (a message's
// or the Basisschema) inside type owner.
func (m *model) field(msg *message, s *schemaFile, el *node, owner string) (*field, error) {
	name := el.attr("name")
	min, err := occurs(el.attr("minOccurs"), 1)
	if err != nil {
		return nil, err
	}
	max, err := occurs(el.attr("maxOccurs"), 1)
	if err != nil {
		return nil, err
	}
	f := &field{Name: name, Doc: el.doc(), Min: min, Max: max, Gone24: gone24[name]}
	if el.kid("complexType") != nil {
		return nil, fmt.Errorf("genmsg: %s.xsd: anonymous complexType of %s is not supported", s.Name, name)
	}
	if st := el.kid("simpleType"); st != nil {
		t, err := m.simpleFrom(s, st, "")
		if err != nil {
			return nil, err
		}
		t.Func = "check" + owner + name
		msg.Anon = append(msg.Anon, t)
		f.Simple = t
		return f, nil
	}
	q, err := s.resolve(el.attr("type"))
	if err != nil {
		return nil, err
	}
	switch q.NS {
	case m.basis.Target:
		if strings.HasPrefix(q.Local, "CDT_") {
			t, err := m.basisComplex(msg, q.Local)
			if err != nil {
				return nil, err
			}
			f.Complex = t
			if f.Doc == "" {
				f.Doc = t.Doc
			}
			return f, nil
		}
		t, err := m.basisSimple(q.Local)
		if err != nil {
			return nil, err
		}
		m.basisUsed[q.Local] = true
		f.Simple = t
		if f.Doc == "" {
			f.Doc = m.basis.Simple[q.Local].doc()
		}
		return f, nil
	case s.Target:
		if s == m.basis {
			return nil, fmt.Errorf("genmsg: unexpected type %s", q.Local)
		}
		wn := s.Complex[q.Local]
		if wn == nil {
			return nil, fmt.Errorf("genmsg: %s.xsd: no complexType %s", s.Name, q.Local)
		}
		els, err := sequence(s, wn)
		if err != nil {
			return nil, err
		}
		if len(els) == 1 && els[0].attr("maxOccurs") == "unbounded" {
			// A wrapper: the field holds its items.
			item, err := m.field(msg, s, els[0], msg.Name+q.Local)
			if err != nil {
				return nil, err
			}
			f.Wrapper = true
			f.Item = item.Name
			f.ItemMin, f.ItemMax = item.Min, item.Max
			f.Simple, f.Complex = item.Simple, item.Complex
			f.ItemDoc = item.Doc
			if f.Doc == "" {
				f.Doc = item.Doc
			}
			return f, nil
		}
		t, err := m.messageType(msg, q.Local)
		if err != nil {
			return nil, err
		}
		f.Complex = t
		if f.Doc == "" {
			f.Doc = t.Doc
		}
		return f, nil
	}
	return nil, fmt.Errorf("genmsg: %s.xsd: element %s has type %s of an unknown namespace", s.Name, name, el.attr("type"))
}

func (m *model) basisComplex(msg *message, name string) (*complexType, error) {
	msg.Basis[name] = true
	if t, ok := m.complex[name]; ok {
		return t, nil
	}
	n := m.basis.Complex[name]
	if n == nil {
		return nil, fmt.Errorf("genmsg: Basisschema.xsd: no complexType %s", name)
	}
	t := &complexType{GoName: strings.TrimPrefix(name, "CDT_"), XSDName: name, Basis: true, Doc: n.doc()}
	m.complex[name] = t
	els, err := sequence(m.basis, n)
	if err != nil {
		return nil, err
	}
	for _, el := range els {
		f, err := m.field(msg, m.basis, el, t.GoName)
		if err != nil {
			return nil, err
		}
		t.Fields = append(t.Fields, f)
	}
	return t, nil
}

func (m *model) basisSimple(name string) (*simpleType, error) {
	if t, ok := m.simple[name]; ok {
		return t, nil
	}
	n := m.basis.Simple[name]
	if n == nil {
		return nil, fmt.Errorf("genmsg: Basisschema.xsd: no simpleType %s", name)
	}
	t, err := m.simpleFrom(m.basis, n, name)
	if err != nil {
		return nil, err
	}
	t.Basis = true
	t.Func = strings.ReplaceAll(name, "_", "")
	m.simple[name] = t
	return t, nil
}

// simpleFrom flattens simpleType n (named name, or anonymous) of schema s.
func (m *model) simpleFrom(s *schemaFile, n *node, name string) (*simpleType, error) {
	t := &simpleType{Name: name, MinLen: -1, MaxLen: -1}
	owner := name
	for step := 0; ; step++ {
		r := n.kid("restriction")
		if r == nil || len(n.kids("list")) > 0 || len(n.kids("union")) > 0 {
			return nil, fmt.Errorf("genmsg: %s.xsd: simpleType %q: only xs:restriction is supported", s.Name, name)
		}
		var pats []string
		var enums []string
		for i := range r.Nodes {
			c := &r.Nodes[i]
			v := c.attr("value")
			switch c.XMLName.Local {
			case "annotation":
			case "pattern":
				pats = append(pats, v)
			case "enumeration":
				enums = append(enums, v)
			case "minLength", "maxLength", "length":
				k, err := strconv.Atoi(v)
				if err != nil {
					return nil, err
				}
				if c.XMLName.Local != "maxLength" && k > t.MinLen {
					t.MinLen = k
				}
				if c.XMLName.Local != "minLength" && (t.MaxLen < 0 || k < t.MaxLen) {
					t.MaxLen = k
				}
			case "minInclusive", "maxInclusive":
				k, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return nil, err
				}
				if c.XMLName.Local == "minInclusive" {
					if t.MinInc == nil || k > *t.MinInc {
						t.MinInc = &k
					}
				} else if t.MaxInc == nil || k < *t.MaxInc {
					t.MaxInc = &k
				}
			default:
				return nil, fmt.Errorf("genmsg: %s.xsd: simpleType %q: unsupported facet xs:%s", s.Name, name, c.XMLName.Local)
			}
		}
		if len(pats) > 0 {
			t.Patterns = append(t.Patterns, pats)
		}
		if len(enums) > 0 && t.Enums == nil {
			t.Enums, t.EnumOwner = enums, owner
		}
		q, err := s.resolve(r.attr("base"))
		if err != nil {
			return nil, err
		}
		if q.NS == xsNS {
			switch q.Local {
			case "string", "integer", "date", "time":
				t.Builtin = q.Local
			default:
				return nil, fmt.Errorf("genmsg: %s.xsd: simpleType %q: base xs:%s is not supported", s.Name, name, q.Local)
			}
			break
		}
		if q.NS != m.basis.Target || m.basis.Simple[q.Local] == nil {
			return nil, fmt.Errorf("genmsg: %s.xsd: simpleType %q: unknown base %s", s.Name, name, r.attr("base"))
		}
		if name == "" && s != m.basis {
			m.basisUsed[q.Local] = true
		}
		s, n, owner = m.basis, m.basis.Simple[q.Local], q.Local
		if step > 10 {
			return nil, fmt.Errorf("genmsg: simpleType %q: derivation too deep", name)
		}
	}
	if t.Builtin != "string" && (len(t.Enums) > 0 || t.MinLen >= 0 || t.MaxLen >= 0) {
		return nil, fmt.Errorf("genmsg: simpleType %q: enumeration or length on xs:%s is not supported", name, t.Builtin)
	}
	if t.Builtin == "string" && (t.MinInc != nil || t.MaxInc != nil) {
		return nil, fmt.Errorf("genmsg: simpleType %q: range on xs:string", name)
	}
	return t, nil
}
