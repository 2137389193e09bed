package xmltree

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdElem is one element as encoding/xml reports it.
type stdElem struct{ NS, Local, Text string }

// stdParse reads data with encoding/xml (strict, namespaces resolved) and
// returns its elements in document order, with the character data directly
// inside each, following Elem.Text's rule for white space alone: in an
// element with children, a run of white space alone after the first child
// is dropped, and the runs before the first child are dropped when all of
// them are white space alone.
func stdParse(data []byte) ([]stdElem, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var elems []stdElem
	var stack []int
	hasChild := map[int]bool{}
	nonWS := map[int]bool{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if len(elems) == 0 {
				return nil, errors.New("no elements")
			}
			return elems, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if n := len(stack); n > 0 {
				p := stack[n-1]
				if !hasChild[p] && !nonWS[p] {
					elems[p].Text = ""
				}
				hasChild[p] = true
			}
			stack = append(stack, len(elems))
			elems = append(elems, stdElem{NS: tok.Name.Space, Local: tok.Name.Local})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				ws := strings.Trim(string(tok), " \t\r\n") == ""
				if ws && hasChild[p] {
					break
				}
				if !ws {
					nonWS[p] = true
				}
				elems[p].Text += string(tok)
			}
		}
	}
}

func ourElems(d *Doc) []stdElem {
	out := make([]stdElem, len(d.Elems))
	for i, e := range d.Elems {
		out[i] = stdElem{e.NS, e.Local, e.Text}
	}
	return out
}

// agreementDocs are well-formed documents both parsers read.
var agreementDocs = []string{
	`<a/>`,
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<a>x</a>\n",
	"\xEF\xBB\xBF<a>x</a>",
	`<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x1F600;</a>`,
	"<a>x\r\ny\rz</a>",
	"<a><![CDATA[x\r\ny<&]]>z</a>",
	`<a>x<b>y</b>z<!--c-->w<?p q?>v<![CDATA[u]]></a>`,
	`<a xmlns="u"><b xmlns="v"><c/></b><d xmlns=""><e/></d></a>`,
	`<p:a xmlns:p="u" xmlns:q="v"><q:b p:x="1" q:x="2"/><p:b xmlns:p="w"/><c/></p:a>`,
	"<\u00e9t\u00e9>\u20ac</\u00e9t\u00e9>",
	"<r>\n  <a>1</a>\n  <a>2</a>\n</r>",
	// Shapes around the fast loop's edges: each must give what the
	// general path gives.
	"<r xmlns:p=\"u\">\n <p:a>1</p:a>\n <p:b xmlns:p=\"v\"><p:c>2</p:c></p:b>\n <p:d>3</p:d>\n</r>",
	"<r>\n  <a >1</a >\n  <b/>\n  <c\t>x</c>\n  <d_e>y</d_e>\n  <f.g-h>z</f.g-h>\n</r>",
	"<r>\n  <a> 1</a>\n  <b>1 </b>\n  <c>a&amp;b</c>\n  <d>x\r\ny</d>\n  <e>\u00e9</e>\n  <f></f>\n</r>",
	"<r>\n  <a>x<b>y</b>z</a>\n  <c>\n    <d>1</d>\n  </c>\n\t<e>2</e>\r\n  <f>3</f>\n</r>",
	"<r><a><b><c><d><e>deep</e></d></c></b></a><ABCDEFGHIJKLMNOPQ>long name</ABCDEFGHIJKLMNOPQ></r>",
	"<r>\n  <x:a xmlns:x=\"u\">1</x:a>\n  <y:a xmlns:y=\"u\">2</y:a>\n  <a>3</a>\n</r>",
	// A leaf value whose plain text stops before a byte that looks like
	// the start of its end tag: only '<' may start one.
	"<r>\n  <a>]/a></a>\n  <bb>x&amp;/bb></bb>\n  <c>\t</c>\n  <d>\n</d>\n  <e>\n\n</e>\n</r>",
}

func TestAgreeWithEncodingXML(t *testing.T) {
	docs := append([]string{}, agreementDocs...)
	docs = append(docs, string(aw33(t)), string(bigDoc(t, 200<<10)))
	for _, c := range loadGolden(t) {
		if c.wf && c.deviation() == "" {
			docs = append(docs, c.doc)
		}
	}
	var d Doc
	n := 0
	for _, doc := range docs {
		want, err := stdParse([]byte(doc))
		if err != nil {
			// encoding/xml is stricter only where it predates XML 1.0
			// 5th edition (names) or reads 1.0 alone (version 1.1).
			require.Truef(t, stdDeviation(err), "encoding/xml refuses %q: %v", doc, err)
			t.Logf("encoding/xml refuses %q: %v", doc, err)
			continue
		}
		err = d.Parse([]byte(doc))
		require.NoError(t, err, "%q", doc)
		borrowedAgrees(t, &d, err, []byte(doc))
		assert.Equal(t, want, ourElems(&d), "%q", doc)
		n++
	}
	t.Logf("%d documents agree", n)
	assert.Greater(t, n, 80)
}

// stdDeviation reports whether encoding/xml refused a document for a
// documented difference: its name tables are those of XML 1.0 before the
// 5th edition, it reads version 1.0 only, and it refuses a colon in a PI
// target or element name in some positions we refuse too.
func stdDeviation(err error) bool {
	for _, m := range []string{"invalid XML name", "unsupported version", "expected element name after <"} {
		if strings.Contains(err.Error(), m) {
			return true
		}
	}
	return false
}

func Example() {
	var d Doc
	err := d.Parse([]byte(`<Bericht xmlns="urn:x"><Client><Bsn>999911120</Bsn></Client><Client><Bsn>999911132</Bsn></Client></Bericht>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for c := d.Child(0, "Client"); c >= 0; c = d.Next(c) {
		b := d.Child(c, "Bsn")
		fmt.Println(d.XPath(b), d.Elems[b].Text)
	}
	// Output:
	// /Bericht/Client[1]/Bsn 999911120
	// /Bericht/Client[2]/Bsn 999911132
}
