// Package xmltree is a TEMPORARY stand-in on encoding/xml for the parser
// being written on branch xmltree, with the same API (Doc, Elem, Parse,
// XPath, SyntaxError). This file is deleted when that branch is merged.
package xmltree

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Doc is a parsed document: its elements in document order.
type Doc struct {
	Elems []Elem
}

// Elem is one element.
type Elem struct {
	NS, Local, Text                 string
	Parent, FirstChild, NextSibling int32
	Offset                          int32
}

// SyntaxError is a well-formedness error.
type SyntaxError struct {
	Offset int
	Line   int
	Msg    string
}

func (e *SyntaxError) Error() string { return "xml: line " + strconv.Itoa(e.Line) + ": " + e.Msg }

// Parse parses data into d.
func (d *Doc) Parse(data []byte) error {
	d.Elems = d.Elems[:0]
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	type open struct {
		i    int32
		last int32
		text strings.Builder
	}
	var stack []*open
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			d.Elems = d.Elems[:0]
			return &SyntaxError{Offset: int(off), Line: 1, Msg: err.Error()}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 && len(d.Elems) > 0 {
				d.Elems = d.Elems[:0]
				return &SyntaxError{Offset: int(off), Line: 1, Msg: "second root element"}
			}
			i := int32(len(d.Elems))
			e := Elem{NS: t.Name.Space, Local: t.Name.Local, Parent: -1, FirstChild: -1, NextSibling: -1, Offset: int32(off)}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				e.Parent = p.i
				if p.last < 0 {
					d.Elems[p.i].FirstChild = i
				} else {
					d.Elems[p.last].NextSibling = i
				}
				p.last = i
			}
			d.Elems = append(d.Elems, e)
			stack = append(stack, &open{i: i, last: -1})
		case xml.EndElement:
			p := stack[len(stack)-1]
			d.Elems[p.i].Text = p.text.String()
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		case xml.Directive:
			d.Elems = d.Elems[:0]
			return &SyntaxError{Offset: int(off), Line: 1, Msg: "DTD not allowed in an iWlz message"}
		}
	}
	if len(d.Elems) == 0 {
		return &SyntaxError{Line: 1, Msg: "no root element"}
	}
	return nil
}

// XPath returns the location of element i.
func (d *Doc) XPath(i int32) string {
	if i < 0 || int(i) >= len(d.Elems) {
		return ""
	}
	var path []int32
	for j := i; j >= 0; j = d.Elems[j].Parent {
		path = append(path, j)
	}
	var b strings.Builder
	for k := len(path) - 1; k >= 0; k-- {
		j := path[k]
		e := &d.Elems[j]
		b.WriteByte('/')
		b.WriteString(e.Local)
		if e.Parent < 0 {
			continue
		}
		n, pos := 0, 0
		for c := d.Elems[e.Parent].FirstChild; c >= 0; c = d.Elems[c].NextSibling {
			if d.Elems[c].Local == e.Local {
				n++
				if c == j {
					pos = n
				}
			}
		}
		if n > 1 {
			b.WriteString("[" + strconv.Itoa(pos) + "]")
		}
	}
	return b.String()
}
