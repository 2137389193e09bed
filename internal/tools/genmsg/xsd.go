package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

const xsNS = "http://www.w3.org/2001/XMLSchema"

// node is an element of an XSD file.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []node     `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n *node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// kids returns the xs children named local.
func (n *node) kids(local string) []*node {
	var out []*node
	for i := range n.Nodes {
		c := &n.Nodes[i]
		if c.XMLName.Space == xsNS && c.XMLName.Local == local {
			out = append(out, c)
		}
	}
	return out
}

func (n *node) kid(local string) *node {
	if k := n.kids(local); len(k) > 0 {
		return k[0]
	}
	return nil
}

// doc returns the first sentence of the xs:annotation/xs:documentation.
func (n *node) doc() string {
	a := n.kid("annotation")
	if a == nil {
		return ""
	}
	d := a.kid("documentation")
	if d == nil {
		return ""
	}
	return firstSentence(d.Text)
}

func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	return s
}

// qname is a resolved XSD name.
type qname struct{ NS, Local string }

// schemaFile is one parsed XSD file.
type schemaFile struct {
	Name     string // "AW33", "Basisschema"
	Target   string
	prefixes map[string]string
	root     *node
	Complex  map[string]*node
	Simple   map[string]*node
	Elements []*node // top-level xs:element
}

func readSchema(dir, name string) (*schemaFile, error) {
	b, err := os.ReadFile(filepath.Join(dir, name+".xsd"))
	if err != nil {
		return nil, err
	}
	var root node
	if err := xml.NewDecoder(bytes.NewReader(b)).Decode(&root); err != nil {
		return nil, fmt.Errorf("genmsg: %s.xsd: %w", name, err)
	}
	s := &schemaFile{Name: name, Target: root.attr("targetNamespace"), prefixes: map[string]string{}, root: &root,
		Complex: map[string]*node{}, Simple: map[string]*node{}}
	if root.attr("elementFormDefault") != "qualified" {
		return nil, fmt.Errorf("genmsg: %s.xsd: elementFormDefault is not qualified", name)
	}
	for _, a := range root.Attrs {
		if a.Name.Space == "xmlns" {
			s.prefixes[a.Name.Local] = a.Value
		}
	}
	for i := range root.Nodes {
		c := &root.Nodes[i]
		if c.XMLName.Space != xsNS {
			return nil, fmt.Errorf("genmsg: %s.xsd: unexpected %s", name, c.XMLName.Local)
		}
		switch c.XMLName.Local {
		case "complexType":
			s.Complex[c.attr("name")] = c
		case "simpleType":
			s.Simple[c.attr("name")] = c
		case "element":
			s.Elements = append(s.Elements, c)
		case "import", "annotation":
		default:
			return nil, fmt.Errorf("genmsg: %s.xsd: unsupported top-level xs:%s", name, c.XMLName.Local)
		}
	}
	return s, nil
}

func (s *schemaFile) resolve(q string) (qname, error) {
	prefix, local, ok := strings.Cut(q, ":")
	if !ok {
		return qname{}, fmt.Errorf("genmsg: %s.xsd: unprefixed type %q", s.Name, q)
	}
	ns, ok := s.prefixes[prefix]
	if !ok {
		return qname{}, fmt.Errorf("genmsg: %s.xsd: unknown prefix in %q", s.Name, q)
	}
	return qname{ns, local}, nil
}

func occurs(v string, def int) (int, error) {
	switch v {
	case "":
		return def, nil
	case "unbounded":
		return -1, nil
	}
	return strconv.Atoi(v)
}
