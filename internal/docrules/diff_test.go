package docrules

import (
	"fmt"
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// recSink records findings; it refuses those beyond max (max < 0: none).
type recSink struct {
	keys []string
	max  int
	full bool
}

func (s *recSink) Judges(string) bool { return true }
func (s *recSink) Full() bool         { return s.full }
func (s *recSink) AddByID(id, _ string, locaties ...string) bool {
	if s.max >= 0 && len(s.keys) >= s.max {
		s.full = true
		return false
	}
	s.keys = append(s.keys, id+" "+strings.Join(locaties, ", "))
	return true
}

// How aanvraagRules judges: with the pairwise reference, with the
// indexes at every size, or as the checker does (pairwise for a few
// instellingen, the indexes beyond).
type walk int

const (
	walkRef walk = iota
	walkIndexed
	walkChecker
)

// aanvraagRules runs TR106, TR120 and TR127 on doc as check does (in the
// traversal's order), the way mode says.
func aanvraagRules(t *testing.T, doc string, mode walk, max int) []string {
	t.Helper()
	var d xmltree.Doc
	if err := d.Parse([]byte(doc)); err != nil {
		t.Fatal(err)
	}
	s := &recSink{max: max}
	c := checker{el: d.Elems, rep: s, rules: setAW39, indexed: mode == walkIndexed}
	ref := mode == walkRef
	c.setKinds(d.URIs)
	for k := range c.memo {
		c.memo[k].parent = -1
	}
	// Post-order from the root, as traverse.
	var post func(i int32) bool
	post = func(i int32) bool {
		for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
			if !post(ch) {
				return false
			}
		}
		if i == 0 || s.Full() {
			return !s.Full()
		}
		switch {
		case c.is(i, nsAW39, names.AanvraagInstelling):
			if ref {
				c.tr106Ref(i)
			} else {
				c.tr106(i)
			}
			if c.tr120Matches(i) {
				if ref {
					c.tr120Ref(i)
				} else {
					c.tr120(i)
				}
			}
			if ref {
				c.tr127CoverRef(i)
			} else {
				c.tr127Cover(i)
			}
		case c.is(i, nsAW39, names.AanvraagInstellingen):
			if ref {
				c.tr127NoOverlapRef(i)
			} else {
				c.tr127NoOverlap(i)
			}
		}
		return true
	}
	post(0)
	return s.keys
}

// randomAW39 builds an AW39 of 1-3 Aanvragen of 1-8 AanvraagInstellingen
// each, with keys, dates and Opname from small sets so that they meet:
// absent and non-numeric values, months that overflow, Ingangsdatum and
// Einddatum children (for isPeriodOverlay), a repeated Soort or date
// (for TR120), and now and then a second AanvraagInstellingen.
func randomAW39(r *rand.Rand) string {
	pick := func(vs ...string) string { return vs[r.IntN(len(vs))] }
	opt := func(name string, vs ...string) string {
		v := pick(vs...)
		if v == "-" {
			return ""
		}
		return "<aw39:" + name + ">" + v + "</aw39:" + name + ">"
	}
	small := r.IntN(2) == 0
	date := func() string {
		if small {
			return pick("2021-01-01", "2021-01-31", "2021-02-01", "-", "99999999999999999999")
		}
		return pick("-", "2021-01-01", "2021-01-15", "2021-01-31", "2021-02-01", "2021-02-28", "2021-03-01",
			"2021-01-32", "2021-12-31", "2022-01-01", "x", " ", "2021-01-10", "2021-01-20", "99999999", "1e400")
	}
	var b strings.Builder
	b.WriteString(`<aw39:Bericht xmlns:aw39="http://www.istandaarden.nl/iwlz/2_2/aw39/schema"><aw39:Clienten><aw39:Client><aw39:Aanvragen>`)
	for range 1 + r.IntN(3) {
		b.WriteString("<aw39:Aanvraag>")
		b.WriteString(opt("Leveringsvorm", "4", "8", "8", "4", "2", "-", " 8"))
		b.WriteString(opt("ZzpCode", "753", "754", "-"))
		lists := 1
		if r.IntN(8) == 0 {
			lists = 2
		}
		for range lists {
			b.WriteString("<aw39:AanvraagInstellingen>")
			for range 1 + r.IntN(8) {
				b.WriteString("<aw39:AanvraagInstelling>")
				b.WriteString(opt("Instelling", "1", "1", "2", " 1 ", "-"))
				b.WriteString(opt("Soort", "1", "1", "2", " 1", "-", ""))
				if r.IntN(6) == 0 {
					b.WriteString(opt("Soort", "1", "2"))
				}
				b.WriteString(opt("ToewijzingIngangsdatum", date()))
				if r.IntN(6) == 0 {
					b.WriteString(opt("ToewijzingIngangsdatum", date()))
				}
				b.WriteString(opt("ToewijzingEinddatum", date(), "-", "-"))
				b.WriteString(opt("Opname", "1", "1", "2", "2", "-", " 1"))
				if r.IntN(4) == 0 {
					b.WriteString(opt("Ingangsdatum", date()))
					b.WriteString(opt("Einddatum", date(), "-"))
				}
				b.WriteString("</aw39:AanvraagInstelling>")
			}
			b.WriteString("</aw39:AanvraagInstellingen>")
		}
		b.WriteString("</aw39:Aanvraag>")
	}
	b.WriteString("</aw39:Aanvragen></aw39:Client></aw39:Clienten></aw39:Bericht>")
	return b.String()
}

// TestAanvraagDifferential: on random small Aanvragen, TR106, TR120 and
// TR127 with their indexes report the findings (codes, locations, order)
// of the pairwise comparison the stylesheet makes, also when the sink
// fills up.
func TestAanvraagDifferential(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{}
	n := 600
	if os.Getenv("DIFF_N") != "" {
		n, _ = strconv.Atoi(os.Getenv("DIFF_N"))
	}
	if testing.Short() {
		n = 100
	}
	for k := range n {
		doc := randomAW39(r)
		max := -1
		if k%3 == 0 {
			max = r.IntN(6)
		}
		want := aanvraagRules(t, doc, walkRef, max)
		for _, mode := range []walk{walkIndexed, walkChecker} {
			if got := aanvraagRules(t, doc, mode, max); !slices.Equal(got, want) {
				t.Fatalf("case %d (max %d, walk %d):\n%s\ngot  %q\nwant %q", k, max, mode, doc, got, want)
			}
		}
		for _, f := range want {
			seen[strings.Fields(f)[0]]++
		}
	}
	for _, r := range []string{"TR106", "TR120", "TR127"} {
		if seen[r] == 0 {
			t.Errorf("no %s finding in the random cases", r)
		}
	}
	t.Log(fmt.Sprint(seen))
}

// TestTR120Heavy: instellingen with many Soort and
// ToewijzingIngangsdatum children (outside the schema): indexed by their
// pairs, or compared pairwise when those are too many, as the reference.
func TestTR120Heavy(t *testing.T) {
	inst := func(soorten, datums int, first string) string {
		var b strings.Builder
		b.WriteString("<aw39:AanvraagInstelling>")
		for k := range soorten {
			fmt.Fprintf(&b, "<aw39:Soort>%d</aw39:Soort>", k)
		}
		for k := range datums {
			fmt.Fprintf(&b, "<aw39:ToewijzingIngangsdatum>d%d</aw39:ToewijzingIngangsdatum>", k)
		}
		b.WriteString(first + "<aw39:Opname>1</aw39:Opname></aw39:AanvraagInstelling>")
		return b.String()
	}
	for _, heavy := range []int{3, 50} {
		var b strings.Builder
		b.WriteString(`<aw39:Bericht xmlns:aw39="http://www.istandaarden.nl/iwlz/2_2/aw39/schema"><aw39:Aanvraag><aw39:Leveringsvorm>4</aw39:Leveringsvorm><aw39:AanvraagInstellingen>`)
		for k := range 12 {
			switch k % 4 {
			case 0:
				b.WriteString(inst(heavy, heavy, ""))
			case 1:
				b.WriteString(inst(1, 1, ""))
			case 2:
				b.WriteString(inst(2, 1, "<aw39:Soort></aw39:Soort>"))
			default:
				b.WriteString(inst(0, 3, ""))
			}
		}
		b.WriteString("</aw39:AanvraagInstellingen></aw39:Aanvraag></aw39:Bericht>")
		want := aanvraagRules(t, b.String(), walkRef, -1)
		got := aanvraagRules(t, b.String(), walkIndexed, -1)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("heavy %d:\ngot  %q\nwant %q", heavy, got, want)
		}
	}
}
