package docrules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// pairSink records each finding's locations as one string.
type pairSink struct{ got []string }

func (s *pairSink) Judges(string) bool { return true }
func (s *pairSink) Full() bool         { return false }
func (s *pairSink) AddByID(id, _ string, locaties ...string) bool {
	s.got = append(s.got, id+" "+strings.Join(locaties, " "))
	return true
}

// TestTR101GatheredAgreesWithSameKey holds tr101Gathered (each key read
// once, plain keys compared as they stand) to the pairwise comparison
// with sameKey, on random siblings whose key fields are absent, repeated,
// or hold white space and angle brackets in every arrangement that
// normalize-space and the "<" + value + ">" key string can confuse.
func TestTR101GatheredAgreesWithSameKey(t *testing.T) {
	texts := []string{"", "1", "1 ", " 1", "\t1\n", "a b", "a  b", "a\tb", " a b ", "<", ">", "a>", "<a", "a><b", "><", "b>", "<b"}
	fields := []string{"Ingangsdatum", "Instelling", "Leveringsvorm", "ZzpCode"}
	r := rand.New(rand.NewPCG(3, 4))
	findings := 0
	for k := range 1000 {
		var b strings.Builder
		b.WriteString(`<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw33/schema"><ToegewezenZorgzwaartepakketten>`)
		n := 2 + r.IntN(gatherLimit-1)
		for range n {
			b.WriteString("<ToegewezenZorgzwaartepakket>")
			for _, f := range fields {
				for range r.IntN(3) { // absent, once, or twice (the first counts)
					fmt.Fprintf(&b, "<%s>%s</%s>", f, xmlEscape(texts[r.IntN(len(texts))]), f)
				}
			}
			b.WriteString("<Soort>1</Soort></ToegewezenZorgzwaartepakket>")
		}
		b.WriteString("</ToegewezenZorgzwaartepakketten></Bericht>")
		var d xmltree.Doc
		if err := d.Parse([]byte(b.String())); err != nil {
			t.Fatal(err)
		}
		parent := d.Elems[0].FirstChild
		tt := slices.IndexFunc(keyTypes, func(kt keyType) bool { return kt.local == d.Elems[d.Elems[parent].FirstChild].Name && kt.k == nsAW33 })
		run := func(gathered bool) []string {
			s := &pairSink{}
			c := checker{el: d.Elems, rep: s}
			c.setKinds(d.URIs)
			for m := range c.memo {
				c.memo[m].parent = -1
			}
			kt := &keyTypes[tt]
			if gathered {
				c.tr101Gathered(parent, tt, n)
				return s.got
			}
			for a := c.el[parent].FirstChild; a >= 0; a = c.el[a].NextSibling {
				for b := c.el[a].NextSibling; b >= 0; b = c.el[b].NextSibling {
					if c.is(a, kt.k, kt.local) && c.is(b, kt.k, kt.local) && c.sameKey(a, b, kt.fields) {
						c.node(a)
						c.node(b)
						c.emit(rTR101)
					}
				}
			}
			return s.got
		}
		got, want := run(true), run(false)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d:\n%s\ngathered %q\npairwise %q", k, b.String(), got, want)
		}
		findings += len(want)
	}
	if findings == 0 {
		t.Fatal("no duplicate key in the random cases")
	}
}

func xmlEscape(s string) string {
	return strings.NewReplacer("<", "&lt;", ">", "&gt;", "\t", "&#9;", "\n", "&#10;").Replace(s)
}
