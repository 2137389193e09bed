package xmltree

import (
	"errors"
	"regexp"
	"slices"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/aliascheck"
	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

var xpathRE = regexp.MustCompile(`^(/[^/\[\]\s]+(\[[1-9][0-9]*\])?)+$`)

// FuzzParse checks that Parse never panics; that an error is a
// *SyntaxError inside the input and leaves no elements; that a parsed tree
// is consistent, bounded by the input and has a well-formed XPath for every
// element; and that encoding/xml reads every document Parse accepts, with
// the same elements and text, except for the documented differences
// (stdDeviation: its older name tables, version 1.0 only).
func FuzzParse(f *testing.F) {
	for _, s := range goldenSeeds {
		f.Add([]byte(s))
	}
	for _, s := range goldenRules {
		f.Add([]byte(s))
	}
	for _, s := range agreementDocs {
		f.Add([]byte(s))
	}
	f.Add(aw33(f))
	var d Doc
	f.Fuzz(func(t *testing.T, data []byte) {
		err := d.Parse(data)
		borrowedAgrees(t, &d, err, data)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v is not a *SyntaxError", err)
			}
			if se.Offset < 0 || se.Offset > len(data) || se.Line < 1 || se.Msg == "" {
				t.Fatalf("error position %+v outside the input of %d bytes", se, len(data))
			}
			if len(d.Elems) != 0 {
				t.Fatal("elements left after an error")
			}
			return
		}
		checkTree(t, &d, len(data))

		want, stdErr := stdParse(data)
		if stdErr != nil {
			if !stdDeviation(stdErr) {
				t.Fatalf("Parse accepts %q, encoding/xml refuses it: %v", data, stdErr)
			}
			return
		}
		got := ourElems(&d)
		if len(got) != len(want) {
			t.Fatalf("%q: %d elements, encoding/xml %d", data, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: element %d is %+v, encoding/xml %+v", data, i, got[i], want[i])
			}
		}
	})
}

// checkTree checks the links, bounds and XPaths of a parsed Doc.
func checkTree(t *testing.T, d *Doc, size int) {
	t.Helper()
	n := int32(len(d.Elems))
	if n == 0 || n > MaxElements || int(n) > size/4+1 {
		t.Fatalf("%d elements from %d bytes", n, size)
	}
	if d.Elems[0].Parent != -1 {
		t.Fatal("root has a parent")
	}
	text := 0
	depth := make([]int, n)
	for i := range n {
		e := &d.Elems[i]
		text += len(e.Text)
		if e.Local == "" || int(e.Offset) >= size || i > 0 && e.Offset <= d.Elems[i-1].Offset {
			t.Fatalf("element %d: %+v", i, *e)
		}
		if e.Name != names.Of(e.Local) {
			t.Fatalf("element %d: Name %d (%s), but Local %q is %d", i, e.Name, e.Name, e.Local, names.Of(e.Local))
		}
		if int(e.NSID) >= len(d.URIs) || d.URIs[e.NSID] != e.NS {
			t.Fatalf("element %d: NSID %d does not name %q in %q", i, e.NSID, e.NS, d.URIs)
		}
		if i > 0 {
			if e.Parent < 0 || e.Parent >= i {
				t.Fatalf("element %d has parent %d", i, e.Parent)
			}
			depth[i] = depth[e.Parent] + 1
		}
		for c := e.FirstChild; c >= 0; c = d.Elems[c].NextSibling {
			if c <= i || c >= n || d.Elems[c].Parent != i {
				t.Fatalf("element %d has child %d", i, c)
			}
		}
		p := d.XPath(i)
		if !xpathRE.MatchString(p) {
			t.Fatalf("element %d: malformed XPath %q", i, p)
		}
		if steps := len(xpathStep.FindAllString(p, -1)); steps != depth[i]+1 {
			t.Fatalf("element %d at depth %d: XPath %q", i, depth[i], p)
		}
	}
	if text > size {
		t.Fatalf("%d bytes of text from %d bytes of input", text, size)
	}
}

var xpathStep = regexp.MustCompile(`/[^/]+`)

// borrowedAgrees checks that ParseBorrowed of data gives what Parse gave
// d (the same elements and texts, the same error), and that after Release
// the borrowing Doc keeps no string of data.
func borrowedAgrees(t *testing.T, d *Doc, perr error, data []byte) {
	t.Helper()
	var b Doc
	berr := b.ParseBorrowed(data)
	if (perr == nil) != (berr == nil) || perr != nil && perr.Error() != berr.Error() {
		t.Fatalf("%q: Parse: %v, ParseBorrowed: %v", data, perr, berr)
	}
	if len(b.Elems) != len(d.Elems) {
		t.Fatalf("%q: Parse %d elements, ParseBorrowed %d", data, len(d.Elems), len(b.Elems))
	}
	for i := range b.Elems {
		if b.Elems[i] != d.Elems[i] {
			t.Fatalf("%q: element %d: Parse %+v, ParseBorrowed %+v", data, i, d.Elems[i], b.Elems[i])
		}
	}
	if p := aliascheck.Find(d, data); p != "" {
		t.Fatalf("%q: Parse left %s aliasing the input", data, p)
	}
	slowAgrees(t, d, perr, data)
	b.Release()
	if p := aliascheck.Find(&b, data); p != "" {
		t.Fatalf("%q: after Release, %s still aliases the input", data, p)
	}
}

// slowAgrees checks that the general parser alone (the fast loop off)
// gives what Parse gave d: every field of every element, the namespace
// table and the error.
func slowAgrees(t *testing.T, d *Doc, perr error, data []byte) {
	t.Helper()
	g := Doc{slow: true}
	gerr := g.Parse(data)
	if (perr == nil) != (gerr == nil) || perr != nil && perr.Error() != gerr.Error() {
		t.Fatalf("%q: Parse: %v, general parser: %v", data, perr, gerr)
	}
	if len(g.Elems) != len(d.Elems) {
		t.Fatalf("%q: Parse %d elements, general parser %d", data, len(d.Elems), len(g.Elems))
	}
	for i := range g.Elems {
		if g.Elems[i] != d.Elems[i] {
			t.Fatalf("%q: element %d: Parse %+v, general parser %+v", data, i, d.Elems[i], g.Elems[i])
		}
	}
	if !slices.Equal(g.URIs, d.URIs) {
		t.Fatalf("%q: Parse URIs %q, general parser %q", data, d.URIs, g.URIs)
	}
}
