package xmltree

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// dump writes the tree of d as text: each element as {ns}local, its text
// quoted when not empty, and its children in parentheses.
func dump(d *Doc) string {
	if len(d.Elems) == 0 {
		return ""
	}
	var b strings.Builder
	var walk func(i int32)
	walk = func(i int32) {
		e := &d.Elems[i]
		if e.NS != "" {
			fmt.Fprintf(&b, "{%s}", e.NS)
		}
		b.WriteString(e.Local)
		if e.Text != "" {
			fmt.Fprintf(&b, "%q", e.Text)
		}
		if e.FirstChild >= 0 {
			b.WriteByte('(')
			for c := e.FirstChild; c >= 0; c = d.Elems[c].NextSibling {
				if c != e.FirstChild {
					b.WriteByte(' ')
				}
				walk(c)
			}
			b.WriteByte(')')
		}
	}
	walk(0)
	return b.String()
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty element", `<a/>`, `a`},
		{"start and end tag", `<a></a >`, `a`},
		{"white space in tags", "<a\n x = '1'\t/>", `a`},
		{"XML declaration", `<?xml version="1.0"?><a/>`, `a`},
		{"XML declaration, all parts", "<?xml version='1.0' encoding='utf-8' standalone='no' ?>\n<a/>", `a`},
		{"XML declaration UTF-8 standalone yes", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>`, `a`},
		{"XML version 1.1 read as 1.0", `<?xml version="1.1"?><a/>`, `a`},
		{"BOM", "\xEF\xBB\xBF<a/>", `a`},
		{"BOM and XML declaration", "\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>", `a`},
		{"misc around the root", "<!-- c -->\n<?pi data?>\n<a/>\n<!--d--><?q?>\n", `a`},
		{"PI target starting with xml", `<?xml-stylesheet href="x"?><a/>`, `a`},
		{"text", `<a>hello</a>`, `a"hello"`},
		{"predefined entities", `<a>&lt;&gt;&amp;&apos;&quot;</a>`, `a"<>&'\""`},
		{"character references", `<a>&#65;&#x42;&#x1F600;&#xe9;&#0000233;</a>`, `a"AB😀éé"`},
		{"CR LF and CR normalised", "<a>x\r\ny\rz\r</a>", `a"x\ny\nz\n"`},
		{"char ref to CR kept", "<a>x&#13;&#xD;\r\n</a>", `a"x\r\r\n"`},
		{"CDATA", `<a><![CDATA[<b>&amp;]]]]></a>`, `a"<b>&amp;]]"`},
		{"CDATA with CR", "<a><![CDATA[x\r\ny]]></a>", `a"x\ny"`},
		{"empty CDATA", `<a><![CDATA[]]></a>`, `a`},
		{"text around children", `<a>x<b>y</b>z<!--c-->w<?p q?>v<![CDATA[u]]></a>`, `a"xzwvu"(b"y")`},
		{"text in parent and child decoded", `<a>&amp;<b>&lt;</b>&gt;<c>1</c>2</a>`, `a"&>2"(b"<" c"1")`},
		{"greater-than and brackets in text", `<a>a>b]]c]</a>`, `a"a>b]]c]"`},
		{"non-ASCII text", "<a>\u00e9\u20ac\U0001F600\uFFFD\u0085\u007f</a>", fmt.Sprintf("a%q", "\u00e9\u20ac\U0001F600\uFFFD\u0085\u007f")},
		{"unicode names", "<\u00e9t\u00e9 \u0101\u00b7\u0300-.9='1'><_x\u203f/></\u00e9t\u00e9>", "\u00e9t\u00e9(_x\u203f)"},
		{"default namespace", `<a xmlns="u"><b/></a>`, `{u}a({u}b)`},
		{"prefixed namespace", `<p:a xmlns:p="u"><p:b/><c/></p:a>`, `{u}a({u}b c)`},
		{"redeclared in child, restored after", `<a xmlns="u"><b xmlns="v"><c/></b><d/></a>`, `{u}a({v}b({v}c) {u}d)`},
		{"default undeclared", `<a xmlns="u"><b xmlns=""><c/></b></a>`, `{u}a(b(c))`},
		{"prefix rebound", `<p:a xmlns:p="u"><p:b xmlns:p="v"/><p:c/></p:a>`, `{u}a({v}b {u}c)`},
		{"declaration after use in same tag", `<p:a q:x="1" xmlns:q="w" xmlns:p="u"/>`, `{u}a`},
		{"xml prefix predeclared", `<a xml:lang="nl" xml:space="preserve"/>`, `a`},
		{"xml prefix bound correctly", `<a xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="nl"/>`, `a`},
		{"same local name, different namespaces", `<a xmlns:p="u" xmlns:q="v" p:x="1" q:x="2" x="3"/>`, `a`},
		{"namespace with references and white space", "<a xmlns='a&amp;b&#x20;c\td'/>", `{a&b c d}a`},
		{"attribute values", `<a x="&#10;&#9;&lt;" y='"' z="'" w="&amp;&quot;>"/>`, `a`},
		{"names with dots, dashes, digits", `<a.b-c_1 xmlns:p-1="u"><p-1:x.y/></a.b-c_1>`, `a.b-c_1({u}x.y)`},
		{"comment with single dashes", `<a><!-- - a-b - --></a>`, `a`},
		{"empty comment", `<a><!----></a>`, `a`},
		{"PI with question marks", `<a><?p ?x? >?></a>`, `a`},
		{"deep", strings.Repeat("<a>", MaxDepth) + strings.Repeat("</a>", MaxDepth), strings.Repeat("a(", MaxDepth-1) + "a" + strings.Repeat(")", MaxDepth-1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			require.NoError(t, d.Parse([]byte(tt.in)))
			assert.Equal(t, tt.want, dump(&d))
		})
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Characters.
		{"invalid UTF-8 in text", "<a>\xff</a>", "invalid UTF-8"},
		{"truncated UTF-8", "<a>\xc3</a>", "invalid UTF-8"},
		{"overlong UTF-8", "<a>\xc0\xaf</a>", "invalid UTF-8"},
		{"surrogate encoded in UTF-8", "<a>\xed\xa0\x80</a>", "invalid UTF-8"},
		{"invalid UTF-8 in attribute", "<a x='\xff'/>", "invalid UTF-8"},
		{"invalid UTF-8 in comment", "<a><!--\xff--></a>", "invalid UTF-8"},
		{"invalid UTF-8 in PI", "<a><?p \xff?></a>", "invalid UTF-8"},
		{"invalid UTF-8 in CDATA", "<a><![CDATA[\xff]]></a>", "invalid UTF-8"},
		{"invalid UTF-8 in name", "<a\xff/>", "invalid UTF-8"},
		{"invalid UTF-8 outside root", "<a/>\xff", "invalid UTF-8"},
		{"control character", "<a>\x01</a>", "illegal character U+0001"},
		{"NUL", "<a>\x00</a>", "illegal character U+0000"},
		{"control character in attribute", "<a x='\x1f'/>", "illegal character U+001F"},
		{"control character in comment", "<a><!--\x0b--></a>", "illegal character U+000B"},
		{"U+FFFE", "<a>\uFFFE</a>", "illegal character U+FFFE"},
		{"U+FFFF", "<a>\uFFFF</a>", "illegal character U+FFFF"},
		{"U+FFFF in CDATA", "<a><![CDATA[\uFFFF]]></a>", "illegal character U+FFFF"},

		// Names and QNames.
		{"name starting with a digit", "<1a/>", `unexpected '1', expected element name`},
		{"name starting with a dash", "<-a/>", `unexpected '-'`},
		{"name starting with U+00B7", "<\u00b7a/>", "expected element name"},
		{"non-name character in name", "<a\u00d7/>", "expected white space"},
		{"space after <", "< a/>", "expected element name"},
		{"two colons", "<a:b:c xmlns:a='u'/>", `element name "a:b:c" is not a qualified name`},
		{"leading colon", "<:a/>", `element name ":a" is not a qualified name`},
		{"trailing colon", "<a:/>", `element name "a:" is not a qualified name`},
		{"local part not an NCName", "<a:1 xmlns:a='u'/>", `element name "a:1" is not a qualified name`},
		{"attribute name with two colons", "<a x:y:z='1'/>", `attribute name "x:y:z" is not a qualified name`},
		{"attribute name starting with a digit", "<a 1='1'/>", `expected attribute name`},

		// Namespaces.
		{"undeclared element prefix", "<p:a/>", "undeclared namespace prefix p in element name p:a"},
		{"undeclared attribute prefix", "<a p:x='1'/>", "undeclared namespace prefix p in attribute name p:x"},
		{"prefix out of scope", "<a><b xmlns:p='u'/><p:c/></a>", "undeclared namespace prefix p"},
		{"prefix undeclaration", "<a xmlns:p=''/>", "prefix p is undeclared with an empty value"},
		{"prefix undeclaration by reference-free white space", "<a xmlns:p='u'><b xmlns:p=\"\"/></a>", "prefix p is undeclared"},
		{"xml bound to another namespace", "<a xmlns:xml='u'/>", "prefix xml must be bound to http://www.w3.org/XML/1998/namespace"},
		{"xmlns declared", "<a xmlns:xmlns='http://www.w3.org/2000/xmlns/'/>", "prefix xmlns must not be declared"},
		{"other prefix bound to the xml namespace", "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>", "must not be bound to the prefix p"},
		{"other prefix bound to the xmlns namespace", "<a xmlns:p='http://www.w3.org/2000/xmlns/'/>", "must not be bound to the prefix p"},
		{"default namespace xml", "<a xmlns='http://www.w3.org/XML/1998/namespace'/>", "must not be the default namespace"},
		{"default namespace xmlns", "<a xmlns='http://www.w3.org/2000/xmlns/'/>", "must not be the default namespace"},
		{"element with prefix xmlns", "<xmlns:a/>", "must not have the prefix xmlns"},

		// Attributes.
		{"duplicate attribute", "<a x='1' x='2'/>", "duplicate attribute x"},
		{"duplicate prefixed attribute", "<a xmlns:p='u' p:x='1' p:x='2'/>", "duplicate attribute p:x"},
		{"duplicate namespace declaration", "<a xmlns:p='u' xmlns:p='u'/>", "duplicate attribute xmlns:p"},
		{"duplicate default declaration", "<a xmlns='u' xmlns='u'/>", "duplicate attribute xmlns"},
		{"duplicate after namespace expansion", "<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>", "attributes p:x and q:x have the same namespace u and local name"},
		{"duplicate among many attributes", "<a" + manyAttrs(40) + " a7='x'/>", "duplicate attribute a7"},
		{"duplicate expanded among many attributes", "<a xmlns:p='u' xmlns:q='u'" + manyAttrs(40) + " p:x='1' q:x='2'/>", "attributes p:x and q:x have the same namespace u"},
		{"unquoted attribute value", "<a x=1/>", "expected a quoted attribute value"},
		{"attribute without value", "<a x/>", "expected '=' after attribute name"},
		{"no white space between attributes", "<a x='1'y='2'/>", `unexpected 'y', expected white space`},
		{"< in attribute value", "<a x='<'/>", "'<' in attribute value"},
		{"unterminated attribute value", "<a x='1/>", "unterminated attribute value"},
		{"mixed quotes", `<a x='1"/>`, "unterminated attribute value"},
		{"undefined entity in attribute", "<a x='&nbsp;'/>", "undefined entity &nbsp;"},
		{"bare & in attribute", "<a x='a & b'/>", "'&' not followed by a reference"},
		{"illegal char ref in attribute", "<a x='&#1;'/>", "refers to an illegal character"},
		{"slash without >", "<a/ >", "expected '>' after '/'"},

		// References.
		{"undefined entity", "<a>&nbsp;</a>", "undefined entity &nbsp;"},
		{"entity without ;", "<a>&amp</a>", "entity reference &amp not terminated by ';'"},
		{"bare &", "<a>a & b</a>", "'&' not followed by a reference"},
		{"entity name with colon", "<a>&a:b;</a>", "entity name a:b contains a colon"},
		{"char ref 0", "<a>&#0;</a>", "&#0; refers to an illegal character"},
		{"char ref control", "<a>&#x1F;</a>", "&#x1F; refers to an illegal character"},
		{"char ref surrogate", "<a>&#xD800;</a>", "refers to an illegal character"},
		{"char ref FFFE", "<a>&#xFFFE;</a>", "refers to an illegal character"},
		{"char ref beyond Unicode", "<a>&#x110000;</a>", "refers to an illegal character"},
		{"char ref overflow", "<a>&#99999999999999999999;</a>", "refers to an illegal character"},
		{"empty char ref", "<a>&#;</a>", "malformed character reference"},
		{"empty hex char ref", "<a>&#x;</a>", "malformed character reference"},
		{"upper case X", "<a>&#X41;</a>", "malformed character reference"},
		{"char ref without ;", "<a>&#65</a>", "malformed character reference"},
		{"hex digit in decimal ref", "<a>&#6a;</a>", "malformed character reference"},

		// Character data, comments, PIs, CDATA.
		{"]]> in text", "<a>x]]>y</a>", "']]>' in character data"},
		{"-- in comment", "<a><!-- a -- b --></a>", "'--' inside a comment"},
		{"comment ending in -", "<a><!-- a ---></a>", "'--' inside a comment"},
		{"unterminated comment", "<a><!-- a </a>", "unterminated comment"},
		{"XML declaration not at start", "<a><?xml version='1.0'?></a>", "XML declaration not at the start"},
		{"XML declaration after white space", " <?xml version='1.0'?><a/>", "XML declaration not at the start"},
		{"XML declaration after comment", "<!--c--><?xml version='1.0'?><a/>", "XML declaration not at the start"},
		{"two XML declarations", "<?xml version='1.0'?><?xml version='1.0'?><a/>", "XML declaration not at the start"},
		{"PI target XML", "<?XML x?><a/>", "target XML is reserved"},
		{"PI target xMl", "<a><?xMl?></a>", "target xMl is reserved"},
		{"PI target with colon", "<a><?p:q x?></a>", "contains a colon"},
		{"PI without target", "<a><? x?></a>", "expected a processing instruction target"},
		{"PI target not followed by space", "<a><?p!?></a>", "expected white space or '?>'"},
		{"unterminated PI", "<a><?p x</a>", "unterminated processing instruction"},
		{"unterminated CDATA", "<a><![CDATA[x</a>", "unterminated CDATA section"},
		{"CDATA outside root", "<![CDATA[x]]><a/>", "CDATA section outside the root element"},
		{"other markup declaration", "<a><!ELEMENT a ANY></a>", "expected a comment or CDATA section"},
		{"lower-case cdata", "<a><![cdata[x]]></a>", "expected a comment or CDATA section"},

		// XML declaration.
		{"XML declaration without version", "<?xml encoding='UTF-8'?><a/>", "XML declaration without version"},
		{"empty XML declaration", "<?xml?><a/>", "XML declaration without version"},
		{"version 2.0", "<?xml version='2.0'?><a/>", `unsupported XML version "2.0"`},
		{"version 1.", "<?xml version='1.'?><a/>", `unsupported XML version "1."`},
		{"version 1.0a", "<?xml version='1.0a'?><a/>", `unsupported XML version "1.0a"`},
		{"version unquoted", "<?xml version=1.0?><a/>", "expected a quoted value"},
		{"version without =", "<?xml version '1.0'?><a/>", "expected '='"},
		{"encoding Latin-1", "<?xml version='1.0' encoding='ISO-8859-1'?><a/>", `encoding "ISO-8859-1" not supported`},
		{"encoding UTF-16", "<?xml version='1.0' encoding='UTF-16'?><a/>", `encoding "UTF-16" not supported`},
		{"encoding UTF8", "<?xml version='1.0' encoding='UTF8'?><a/>", `encoding "UTF8" not supported`},
		{"encoding name invalid", "<?xml version='1.0' encoding='8bit'?><a/>", `invalid encoding name "8bit"`},
		{"standalone maybe", "<?xml version='1.0' standalone='maybe'?><a/>", "standalone must be yes or no"},
		{"standalone before encoding", "<?xml version='1.0' standalone='yes' encoding='UTF-8'?><a/>", "expected '?>' closing the XML declaration"},
		{"encoding before version", "<?xml encoding='UTF-8' version='1.0'?><a/>", "XML declaration without version"},
		{"no space before encoding", "<?xml version='1.0'encoding='UTF-8'?><a/>", "expected white space before encoding"},
		{"no space before standalone", "<?xml version='1.0'standalone='no'?><a/>", "expected white space before standalone"},
		{"unknown pseudo-attribute", "<?xml version='1.0' foo='bar'?><a/>", "expected '?>' closing the XML declaration"},
		{"unterminated XML declaration", "<?xml version='1.0'", "unexpected end of input, expected '?>'"},
		{"unterminated value in XML declaration", "<?xml version='1.0", "unterminated value"},
		{"XML declaration not closed", "<?xml version='1.0' <a/>", "expected '?>'"},

		// DTD.
		{"DOCTYPE", "<!DOCTYPE a><a/>", "DTD not allowed in an iWlz message"},
		{"DOCTYPE with entities", `<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, "DTD not allowed in an iWlz message"},
		{"DOCTYPE after root", "<a/><!DOCTYPE a>", "DTD not allowed"},

		// Document structure.
		{"empty input", "", "no root element"},
		{"only white space", " \n", "no root element"},
		{"only a comment", "<!--x-->", "no root element"},
		{"text before root", "x<a/>", "content before the root element"},
		{"text after root", "<a/>x", "content after the root element"},
		{"reference after root", "<a/>&amp;", "content after the root element"},
		{"second root", "<a/><b/>", "a second root element"},
		{"mismatched end tag", "<a></b>", "element <a> closed by </b>"},
		{"end tag prefix differs", "<p:a xmlns:p='u' xmlns:q='u'></q:a>", "element <p:a> closed by </q:a>"},
		{"end tag longer name", "<a></ab>", "element <a> closed by </ab>"},
		{"end tag with attribute", "<a></a x='1'>", "expected '>' closing the end tag"},
		{"unclosed element", "<a>", "element <a> not closed"},
		{"unclosed child", "<a><b></a>", "element <b> closed by </a>"},
		{"end tag outside root", "</a>", "end tag outside the root element"},
		{"lone <", "<a><</a>", "expected element name"},
		{"< at end", "<a/><", "unexpected end of input after '<'"},
		{"tag cut off", "<a x='1'", "unexpected end of input in tag <a>"},
		{"too deep", strings.Repeat("<a>", MaxDepth+1) + strings.Repeat("</a>", MaxDepth+1), "nested deeper than 256"},
		{"too deep, empty element", strings.Repeat("<a>", MaxDepth) + "<b/>" + strings.Repeat("</a>", MaxDepth), "nested deeper than 256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			err := d.Parse([]byte(tt.in))
			var se *SyntaxError
			require.True(t, errors.As(err, &se), "want a *SyntaxError, got %v", err)
			assert.Contains(t, se.Msg, tt.want)
			assert.Equal(t, fmt.Sprintf("xml: line %d: %s", se.Line, se.Msg), err.Error())
			assert.Empty(t, d.Elems)
		})
	}
}

func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d='%d'", i, i)
	}
	return b.String()
}

func TestSyntaxErrorPosition(t *testing.T) {
	tests := []struct {
		in           string
		offset, line int
	}{
		{"<a>\n\n  &x;</a>", 7, 3},
		{"<a>\r\n\r\n  &x;</a>", 9, 3},
		{"<a>\r\r&x;</a>", 5, 3},
		{"<a>\n</b>", 4, 2},
		{"<a>", 3, 1},
	}
	for _, tt := range tests {
		var d Doc
		err := d.Parse([]byte(tt.in))
		var se *SyntaxError
		require.ErrorAs(t, err, &se, "%q", tt.in)
		assert.Equal(t, tt.offset, se.Offset, "%q", tt.in)
		assert.Equal(t, tt.line, se.Line, "%q", tt.in)
	}
}

func TestLimits(t *testing.T) {
	var d Doc
	t.Run("elements", func(t *testing.T) {
		if testing.Short() {
			t.Skip("parses 1M elements")
		}
		in := "<a>" + strings.Repeat("<b/>", MaxElements-1) + "</a>"
		require.NoError(t, d.Parse([]byte(in)))
		assert.Len(t, d.Elems, MaxElements)
		in = "<a>" + strings.Repeat("<b/>", MaxElements) + "</a>"
		err := d.Parse([]byte(in))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "more than 1048576 elements")
		assert.Empty(t, d.Elems)
	})
	t.Run("input size", func(t *testing.T) {
		if testing.Short() {
			t.Skip("allocates 64 MiB")
		}
		in := make([]byte, MaxInputSize+1)
		err := d.Parse(in)
		var se *SyntaxError
		require.ErrorAs(t, err, &se)
		assert.Contains(t, se.Msg, "exceeds the limit of 67108864 bytes")
	})
}

func TestTree(t *testing.T) {
	in := "<r xmlns='u'>\n  <a>1</a>\n  <b><c/></b>\n  <a>2</a>\n</r>"
	var d Doc
	require.NoError(t, d.Parse([]byte(in)))
	want := []Elem{
		{NS: "u", Local: "r", Parent: -1, FirstChild: 1, NextSibling: -1, Offset: 0, NSID: 2},
		{NS: "u", Local: "a", Text: "1", Parent: 0, FirstChild: -1, NextSibling: 2, Offset: 16, NSID: 2},
		{NS: "u", Local: "b", Parent: 0, FirstChild: 3, NextSibling: 4, Offset: 27, NSID: 2},
		{NS: "u", Local: "c", Parent: 2, FirstChild: -1, NextSibling: -1, Offset: 30, NSID: 2},
		{NS: "u", Local: "a", Text: "2", Parent: 0, FirstChild: -1, NextSibling: -1, Offset: 41, NSID: 2},
	}
	assert.Equal(t, want, d.Elems)
	assert.Equal(t, []string{"", "http://www.w3.org/XML/1998/namespace", "u"}, d.URIs)
	for i, e := range d.Elems {
		assert.Equal(t, byte('<'), in[e.Offset], "element %d", i)
	}
}

func TestNavigation(t *testing.T) {
	var d Doc
	require.NoError(t, d.Parse([]byte(`<r xmlns:p="v"><a/><b/><p:a/><a/></r>`)))
	assert.Equal(t, int32(1), d.Child(0, "a"))
	assert.Equal(t, int32(3), d.Next(1))
	assert.Equal(t, int32(4), d.Next(3))
	assert.Equal(t, int32(-1), d.Next(4))
	assert.Equal(t, int32(3), d.ChildNS(0, "v", "a"))
	assert.Equal(t, int32(1), d.ChildNS(0, "", "a"))
	assert.Equal(t, int32(-1), d.Child(0, "x"))
	assert.Equal(t, int32(-1), d.Child(1, "a"))
	var kids []int32
	for c := range d.Children(0) {
		kids = append(kids, c)
	}
	assert.Equal(t, []int32{1, 2, 3, 4}, kids)
	for c := range d.Children(0) {
		assert.Equal(t, int32(1), c)
		break
	}

	// Out of range and cyclic input never panic.
	for _, i := range []int32{-1, 5, 1 << 30} {
		assert.Equal(t, int32(-1), d.Child(i, "a"))
		assert.Equal(t, int32(-1), d.ChildNS(i, "", "a"))
		assert.Equal(t, int32(-1), d.Next(i))
		assert.Equal(t, "", d.XPath(i))
		for range d.Children(i) {
			t.Fatal("children of an invalid index")
		}
	}
	d.Elems[1].NextSibling = 1
	d.Elems[0].Parent = 1
	d.Elems[1].Parent = 0
	assert.Equal(t, int32(-1), d.Child(0, "x"))
	assert.NotEmpty(t, d.XPath(1))
	var zero Doc
	assert.Equal(t, "", zero.XPath(0))
	assert.Equal(t, int32(-1), zero.Child(0, "a"))
}

func TestXPath(t *testing.T) {
	var d Doc
	require.NoError(t, d.Parse(aw33(t)))
	got := map[string]bool{}
	for i := range d.Elems {
		got[d.XPath(int32(i))] = true
	}
	for _, p := range []string{
		"/Bericht",
		"/Bericht/Header/BerichtIdentificatie/Dagtekening",
		"/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/Einddatum",
		"/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[3]/Ingangsdatum",
		"/Bericht/Clienten/Client/Naam/Geslachtsnaam/Naam",
	} {
		assert.True(t, got[p], p)
	}
	assert.False(t, got["/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[3]/Einddatum"])

	require.NoError(t, d.Parse([]byte(`<Bericht><Clienten><Client/><Client><x/><Indicatie><E/></Indicatie><x/></Client></Clienten></Bericht>`)))
	assert.Equal(t, "/Bericht/Clienten/Client[2]/Indicatie/E", d.XPath(6))
	assert.Equal(t, "/Bericht/Clienten/Client[2]/x[2]", d.XPath(7))
	assert.Equal(t, "/Bericht/Clienten/Client[1]", d.XPath(2))
}

// TestReuse checks that parsing into a used Doc gives the same result as a
// fresh one, that earlier strings stay intact, and that strings do not
// alias the input.
func TestReuse(t *testing.T) {
	var d Doc
	in1 := []byte(`<a>&amp;one<b>two</b></a>`)
	require.NoError(t, d.Parse(in1))
	text1, local1 := d.Elems[0].Text, d.Elems[1].Local
	for i := range in1 {
		in1[i] = 'X'
	}
	require.NoError(t, d.Parse([]byte(`<c>&lt;three</c>`)))
	assert.Equal(t, "&one", text1)
	assert.Equal(t, "b", local1)
	assert.Equal(t, `c"<three"`, dump(&d))
	require.Error(t, d.Parse([]byte(`<c>`)))
	assert.Empty(t, d.Elems)
	require.NoError(t, d.Parse([]byte(`<c>x</c>`)))
	assert.Equal(t, `c"x"`, dump(&d))
}

func TestAllocs(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("allocation counts differ under -cover and -race")
	}
	data := aw33(t)
	var d Doc
	require.NoError(t, d.Parse(data))
	allocs := testing.AllocsPerRun(20, func() {
		if err := d.Parse(data); err != nil {
			t.Fatal(err)
		}
	})
	assert.LessOrEqual(t, allocs, 2.0, "a reused Doc allocates the input copy and the decoded text")
}

// TestWhiteSpaceBetweenChildren: the indentation of element-only content
// is dropped (Text ""), leaf white space is kept, and an element with real
// text among its children keeps that text, so that a decoder still sees
// mixed content. A reused Doc gives what a fresh one gives.
func TestWhiteSpaceBetweenChildren(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<a>\n  <b>x</b>\n  <c/>\n</a>", `a(b"x" c)`},
		{"<a>\r\n  <b>y</b>\r\n\t<c/>\r\n</a>", `a(b"y" c)`},
		{"<a> <b>&amp;</b> <c/> </a>", `a(b"&" c)`},
		{"<a>&#32;<b/>&#x9;</a>", `a(b)`},
		{"<a><![CDATA[ ]]><b/><![CDATA[\n]]></a>", `a(b)`},
		{"<a> <!-- c --> <b/></a>", `a(b)`},
		{"<a>  </a>", `a"  "`},
		{"<a>\r\n</a>", `a"\n"`},
		{"<a> x <b/> </a>", `a" x "(b)`},
		{"<a> <b/> y </a>", `a" y "(b)`},
		{"<a>&#32;x<b/></a>", `a" x"(b)`},
	}
	var reused Doc
	for _, c := range cases {
		var fresh Doc
		require.NoError(t, fresh.Parse([]byte(c.src)))
		require.NoError(t, reused.Parse([]byte(c.src)))
		assert.Equal(t, c.want, dump(&fresh), "%q", c.src)
		assert.Equal(t, c.want, dump(&reused), "%q reused", c.src)
	}
}

// TestNamespaceCachesFollowScope rebinds a prefix and the default
// namespace in sibling scopes: the caches of startTag must never answer
// with a binding that has gone out of scope.
func TestNamespaceCachesFollowScope(t *testing.T) {
	doc := `<r xmlns="d0"><a xmlns:p="u1" xmlns="d1"><p:x/><y/></a><p2:z xmlns:p2="v"/>` +
		`<b xmlns:p="u2"><p:x/><y/></b><p:w xmlns:p="u3"><p:x/></p:w><y/></r>`
	var d Doc
	require.NoError(t, d.Parse([]byte(doc)))
	var got []string
	for _, e := range d.Elems {
		got = append(got, e.NS+" "+e.Local)
	}
	assert.Equal(t, []string{"d0 r", "d1 a", "u1 x", "d1 y", "v z", "d0 b", "u2 x", "d0 y", "u3 w", "u3 x", "d0 y"}, got)
	for i, e := range d.Elems {
		assert.Equal(t, e.NS, d.URIs[e.NSID], "element %d", i)
	}
	assert.Equal(t, d.Elems[0].NSID, d.Elems[5].NSID, "r and b: the same declaration")
	assert.NotEqual(t, d.Elems[2].NSID, d.Elems[6].NSID, "u1 and u2")

	err := d.Parse([]byte(`<r><a xmlns:p="u1"><p:x/></a><p:x/></r>`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "undeclared namespace prefix p")
}

// TestEndTagNames compares end tags of every length around the eight-byte
// words of sameName, near the end of the input and away from it.
func TestEndTagNames(t *testing.T) {
	var d Doc
	for n := 1; n <= 20; n++ {
		name := strings.Repeat("n", n)
		for k := 0; k < n; k++ {
			bad := name[:k] + "m" + name[k+1:]
			for _, tail := range []string{"", "<!-- a comment long enough for whole words -->"} {
				require.NoError(t, d.Parse([]byte("<"+name+"></"+name+">"+tail)), name)
				err := d.Parse([]byte("<" + name + "></" + bad + ">" + tail))
				require.Error(t, err, "%s closed by %s", name, bad)
				assert.Contains(t, err.Error(), "closed by")
			}
		}
	}
}

// TestNames: every element gets the names.ID of its local name, in the
// fast loop and in the general parser (a tag with an attribute), with and
// without a prefix, and near misses of the names get theirs (None, or the
// name they happen to be).
func TestNames(t *testing.T) {
	var all []string
	for id := names.ID(1); id.String() != ""; id++ {
		s := id.String()
		all = append(all, s, s[:len(s)-1], s+"X", "X"+s, strings.ToLower(s))
	}
	var b strings.Builder
	b.WriteString(`<r xmlns:p="urn:p">` + "\n")
	for _, s := range all {
		fmt.Fprintf(&b, "  <%s>1</%s>\n  <p:%s>2</p:%s>\n  <%s a=\"1\">3</%s>\n  <%s>\n    <%s/>\n  </%s>\n", s, s, s, s, s, s, s, s, s)
	}
	b.WriteString("</r>")
	var d Doc
	require.NoError(t, d.Parse([]byte(b.String())))
	require.Equal(t, 1+5*len(all), len(d.Elems))
	hits := 0
	for i, e := range d.Elems {
		want := names.Of(e.Local)
		if e.Name != want {
			t.Fatalf("element %d <%s>: Name %s, want %s", i, e.Local, e.Name, want)
		}
		if want != names.None {
			hits++
		}
	}
	require.Greater(t, hits, 5*170, "the names of the list are found")
}

// TestParsed: Parsed holds for the elements a successful Parse built, and
// for nothing else.
func TestParsed(t *testing.T) {
	var d Doc
	assert.False(t, d.Parsed(), "zero Doc")
	require.NoError(t, d.Parse([]byte("<r><a>1</a><b/></r>")))
	assert.True(t, d.Parsed())
	c := Doc{Elems: append([]Elem(nil), d.Elems...)}
	assert.False(t, c.Parsed(), "a copy")
	d.Elems = d.Elems[:2]
	assert.False(t, d.Parsed(), "resliced")
	require.NoError(t, d.ParseBorrowed([]byte("<r><a>1</a></r>")))
	assert.True(t, d.Parsed())
	require.Error(t, d.Parse([]byte("<r><a>1</r>")))
	assert.False(t, d.Parsed(), "after an error")
	require.NoError(t, d.Parse([]byte("<r/>")))
	d.Release()
	assert.False(t, d.Parsed(), "after Release")
}
