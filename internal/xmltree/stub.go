// Package xmltree is a temporary stand-in for the element tree that the
// xmltree branch provides (same API: Doc, Elem, Parse, XPath), so that
// internal/docrules builds and tests before that branch is merged. It is
// removed by the merge.
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

// Parse parses data into d.
func (d *Doc) Parse(data []byte) error {
	d.Elems = d.Elems[:0]
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []int32
	var last []int32
	var texts []strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			d.Elems = d.Elems[:0]
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			i := int32(len(d.Elems))
			p := int32(-1)
			if len(stack) > 0 {
				p = stack[len(stack)-1]
				if l := last[len(last)-1]; l >= 0 {
					d.Elems[l].NextSibling = i
				} else {
					d.Elems[p].FirstChild = i
				}
				last[len(last)-1] = i
			} else if len(d.Elems) > 0 {
				return errors.New("xml: extra root")
			}
			d.Elems = append(d.Elems, Elem{NS: t.Name.Space, Local: t.Name.Local, Parent: p, FirstChild: -1, NextSibling: -1, Offset: int32(dec.InputOffset())})
			stack = append(stack, i)
			last = append(last, -1)
			texts = append(texts, strings.Builder{})
		case xml.EndElement:
			i := stack[len(stack)-1]
			d.Elems[i].Text = texts[len(texts)-1].String()
			stack, last, texts = stack[:len(stack)-1], last[:len(last)-1], texts[:len(texts)-1]
		case xml.CharData:
			if len(texts) > 0 {
				texts[len(texts)-1].Write(t)
			}
		}
	}
	if len(d.Elems) == 0 {
		return errors.New("xml: no root")
	}
	return nil
}

// XPath returns the location of element i as the iWlz validation report
// writes it.
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
