// Command genmsg writes the iWlz message codecs of the library from the
// iWlz XSD 2.2 (IO31, AW33, AW34 into package allocation; AW35, AW36, AW39,
// AW310 into package waitstatus):
//
//   - allocation/msg_basis_gen.go: a Go struct per Basisschema complex type
//     (CDT_VolledigeNaam is allocation.VolledigeNaam) and their codecs;
//   - <package>/msg_<message>_gen.go: the message's types (AW33,
//     AW33Client, ...), DecodeAW33, (*AW33).Encode and the facet checks of
//     its anonymous simple types;
//   - waitstatus/msg_basis_gen.go: the codecs of the Basisschema types the
//     waitstatus messages use;
//   - internal/msgxml/facets_gen.go: the facet checks of the Basisschema
//     simple types, patterns compiled into DFAs of plain Go;
//   - internal/names/names_gen.go: an ID per element name of the XSDs,
//     which the parser gives each element (xmltree.Elem.Name).
//
// It runs from go generate in allocation or waitstatus (//go:generate go
// run ../internal/tools/genmsg), which writes every file, or from anywhere
// in the module:
//
//	go run ./internal/tools/genmsg [-xsd dir] [-check]
//
// The schemas are read from -xsd, by default ../shared/iwlz-xsd-2.2/XSD
// relative to the module root; they are not part of the repository
// (licence), the generated files are. With -check it writes nothing and
// fails when a committed file differs from what it would write. It is a
// tool, not part of the library: it reads and writes files.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	xsd := flag.String("xsd", "", "directory of the iWlz 2.2 XSD files (default: ../shared/iwlz-xsd-2.2/XSD relative to the module root)")
	check := flag.Bool("check", false, "write nothing; fail when a committed file is stale")
	flag.Parse()
	if err := run(*xsd, *check); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// defaultXSD is the schema directory relative to the module root.
const defaultXSD = "../shared/iwlz-xsd-2.2/XSD"

func run(xsd string, check bool) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root, module, err := moduleRoot(wd)
	if err != nil {
		return err
	}
	if xsd == "" {
		xsd = filepath.Join(root, filepath.FromSlash(defaultXSD))
	}
	files, err := generate(xsd, module)
	if err != nil {
		return err
	}
	var stale []string
	for _, path := range sortedKeys(files) {
		full := filepath.Join(root, filepath.FromSlash(path))
		if check {
			old, err := os.ReadFile(full)
			if err != nil || !bytes.Equal(old, files[path]) {
				stale = append(stale, path)
			}
			continue
		}
		if err := os.WriteFile(full, files[path], 0o644); err != nil {
			return err
		}
	}
	if len(stale) > 0 {
		return fmt.Errorf("genmsg: stale, run go generate ./allocation: %s", strings.Join(stale, ", "))
	}
	return nil
}

func sortedKeys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// generate returns every generated file by its slash path in the module.
func generate(xsd, module string) (map[string][]byte, error) {
	m, err := load(xsd)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	byPkg := map[string][]*message{}
	var pkgs []string
	for _, msg := range m.messages {
		if byPkg[msg.Pkg] == nil {
			pkgs = append(pkgs, msg.Pkg)
		}
		byPkg[msg.Pkg] = append(byPkg[msg.Pkg], msg)
	}

	// The Basisschema types live in allocation; each package has the codecs
	// of the ones its messages use.
	all := reachable(m.messages)
	for _, pkg := range pkgs {
		g := newGen(pkg, "Basis")
		if pkg == "allocation" {
			for _, t := range all {
				g.structType(t, nil)
			}
		}
		used := reachable(byPkg[pkg])
		for _, t := range used {
			g.decoder(t)
			g.encoder(t)
		}
		parts, err := optionalParts(byPkg[pkg])
		if err != nil {
			return nil, err
		}
		g.spares(parts)
		imports := []string{"/internal/msgxml", "/internal/names"}
		if pkg != "allocation" {
			imports = append([]string{"/allocation"}, imports...)
		}
		if hasWrapper(used) {
			imports = append([]string{"slices"}, imports...)
		}
		src, err := g.source(module, imports)
		if err != nil {
			return nil, err
		}
		files[pkg+"/msg_basis_gen.go"] = src
	}

	for _, msg := range m.messages {
		src, err := renderMessage(msg, module)
		if err != nil {
			return nil, err
		}
		files[msg.Pkg+"/msg_"+msg.Lower+"_gen.go"] = src
	}

	// The facet checks of the Basisschema simple types.
	g := newGen("msgxml", "")
	var names []string
	for name := range m.simple {
		names = append(names, name)
	}
	sort.Strings(names)
	var types []*simpleType
	for _, name := range names {
		if !m.basisUsed[name] {
			continue
		}
		types = append(types, m.simple[name])
		if err := g.checker(m.simple[name]); err != nil {
			return nil, err
		}
	}
	var imports []string
	if usesUTF8(types) {
		imports = append(imports, "unicode/utf8")
	}
	src, err := g.source(module, imports)
	if err != nil {
		return nil, err
	}
	files["internal/msgxml/facets_gen.go"] = src

	if files["internal/names/names_gen.go"], err = namesFile(xsd, module); err != nil {
		return nil, err
	}
	return files, nil
}

func renderMessage(msg *message, module string) ([]byte, error) {
	g := newGen(msg.Pkg, msg.Name)
	for _, t := range msg.Types {
		g.structType(t, msg)
	}
	q := g.q
	n := msg.Name
	g.comment("", fmt.Sprintf("Decode%s reads an %s message. It returns an error (a *%sMessageError) and no message only when data is not an %s of a release the decoder knows: not well-formed XML, a root that is not Bericht, a namespace that is not the %s namespace of iWlz 2.2, 2.3 or 2.4, or a BerichtCode other than %s. Every other fault of the schema is a finding of rule XSD in the report, at the XPath of the element, and decoding goes on: an element in the wrong namespace, unknown or out of order, a missing required element, too many occurrences, text where only elements belong or elements in a leaf, a value that fails its type's facets, and in a 2.4 message a functie element or Klasse.", n, n, q, n, msg.Lower, msg.Code))
	g.p(`func Decode%[1]s(data []byte) (*%[1]s, %[2]sReport, error) {
	d := msgxml.Get()
	defer msgxml.Put(d)
	return decode%[1]s(d, data, nil)
}

// pooled%[1]s is what pool%[1]s holds for the validators, which drop the
// decoded message before they return (get%[1]s, put%[1]s): a scrubbed
// %[1]s, the spares its optional parts come from, and the validator's
// report, whose address the document rules take.
type pooled%[1]s struct {
	m   %[1]s
	sp  spares
	rep %[2]sReport
}

var pool%[1]s = sync.Pool{New: func() any { return new(pooled%[1]s) }}

// get%[1]s returns a scrubbed %[1]s from the pool and sets d to take the
// message's optional parts from its spares.
func get%[1]s(d *msgxml.Decoder) *pooled%[1]s {
	p := pool%[1]s.Get().(*pooled%[1]s)
	d.Spare = &p.sp
	return p
}

// put%[1]s scrubs p (it keeps no string of the message) and returns it to
// the pool, unless the message d decoded into it was too large to keep
// its storage (msgxml.Decoder.Poolable).
func put%[1]s(p *pooled%[1]s, d *msgxml.Decoder) {
	d.Spare = nil
	if !d.Poolable() {
		return
	}
	p.scrub()
	pool%[1]s.Put(p)
}

func (p *pooled%[1]s) scrub() {
	p.m.scrub()
	p.sp.scrub()
	p.rep = %[2]sReport{}
}

// decode%[1]s is Decode%[1]s on a decoder the caller holds: its Doc keeps
// the parsed message for the document rules (Validate%[1]s). It decodes
// into m, which must be scrubbed (get%[1]s), or into a new %[1]s when m is
// nil; the optional parts come from d.Spare when it is set.
func decode%[1]s(d *msgxml.Decoder, data []byte, m *%[1]s) (*%[1]s, %[2]sReport, error) {
	rep := %[2]sReport{Bericht: %[1]q}
	if err := d.Parse(data); err != nil {
		return nil, rep, &%[2]sMessageError{Bericht: %[1]q, Reason: "geen goedgevormde XML", Err: err}
	}
	root := &d.Doc.Elems[0]
	if root.Local != "Bericht" {
		return nil, rep, &%[2]sMessageError{Bericht: %[1]q, Path: "/" + root.Local, Reason: "het hoofdelement is niet Bericht"}
	}
	rel, err := %[2]sMessageReleaseOf(%[1]q, root.NS)
	if err != nil {
		return nil, rep, err
	}
	d.MsgNS, d.BasisNS = root.NS, rel.MessageNamespace("basisschema")
	d.Drop24 = rel >= %[2]sIWlz24
	d.Limit = %[2]sMaxFindings + 1
	if m == nil {
		m = new(%[1]s)
	}
	m.Release = rel
	dec%[1]s(d, 0, m)
	if c := m.Header.BerichtCode; c != "" && msgxml.Trim(c) != %[3]q {
		return nil, rep, &%[2]sMessageError{Bericht: %[1]q, Path: "/Bericht/Header/BerichtCode", Reason: "BerichtCode " + msgxml.QuoteClip(c) + " is niet die van %[1]s (%[3]s)"}
	}
	rep.Release = rel
	for _, f := range d.Faults {
		rep.Add(%[2]sXSD, f.Msg, f.Loc)
	}
	rep.Truncated = rep.Truncated || d.Truncated
	return m, rep, nil
}

`, n, q, msg.Code)
	g.comment("", fmt.Sprintf("Encode writes m as XML: the declaration, the root Bericht in the %s namespace of m.Release (default namespace) with the Basisschema namespace bound to prefix iwlz, the elements in schema order, an optional element only when its text is not empty. It does not validate: a message decoded without findings encodes to XML that decodes to the same value. A Release that is zero or outside the table is a *%sReleaseError; one before iWlz 2.2, and text XML cannot hold (invalid UTF-8, control characters), are a *%sMessageError.", msg.Lower, q, q))
	g.p(`func (m *%[1]s) Encode() ([]byte, error) {
	if m == nil {
		return nil, &%[2]sMessageError{Bericht: %[1]q, Reason: "geen bericht (nil)"}
	}
	if err := %[2]sEncodeRelease(%[1]q, m.Release); err != nil {
		return nil, err
	}
	e := msgxml.Encoder{Buf: make([]byte, 0, 4096), Drop24: m.Release >= %[2]sIWlz24}
	e.Begin(m.Release.MessageNamespace(%[3]q), m.Release.MessageNamespace("basisschema"))
	enc%[1]s(&e, m)
	e.Finish()
	if e.Failed() {
		return nil, &%[2]sMessageError{Bericht: %[1]q, Path: e.ErrPath, Reason: "de tekst bevat " + e.ErrReason}
	}
	return e.Buf, nil
}

`, n, q, msg.Lower)
	for _, t := range msg.Types {
		g.decoder(t)
		g.encoder(t)
		g.scrubber(t)
	}
	for _, t := range msg.Anon {
		if err := g.checker(t); err != nil {
			return nil, err
		}
	}
	var imports []string
	if hasWrapper(msg.Types) {
		imports = append(imports, "slices")
	}
	imports = append(imports, "sync")
	if usesUTF8(msg.Anon) {
		imports = append(imports, "unicode/utf8")
	}
	if msg.Pkg != "allocation" {
		imports = append(imports, "/allocation")
	}
	imports = append(imports, "/internal/msgxml", "/internal/names")
	return g.source(module, imports)
}

// moduleRoot finds the directory of go.mod at or above dir, and the
// module path it declares.
func moduleRoot(dir string) (root, module string, err error) {
	for d := dir; ; {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
					return d, strings.Trim(strings.TrimSpace(rest), `"`), nil
				}
			}
			return "", "", fmt.Errorf("genmsg: %s/go.mod has no module line", d)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", "", errors.New("genmsg: no go.mod at or above " + dir)
		}
		d = parent
	}
}
