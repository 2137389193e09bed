package docrules

import (
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"math"
	"slices"
	"sort"
)

// The indexes that let TR106, TR120 and TR127 find the pairs the
// stylesheet compares without comparing every pair: the stylesheet
// compares each AanvraagInstelling with every earlier (or later) one, so
// a hostile Aanvraag of n instellingen costs n² comparisons there. Here
// each rule groups (or sorts) the instellingen once per parent, by the
// rule's key, and visits only the partners that can be findings. The
// findings, their locations and their order are those of the pairwise
// comparison (TestAanvraagDifferential); the work is n log n plus the
// findings, with two exceptions outside the schema: TR106 compares every
// pair within a group when one of the two has an Einddatum child (no
// schema-valid AanvraagInstelling has one), and TR120 compares pairwise
// when instellingen have so many Soort and ToewijzingIngangsdatum
// children that their pairs would outnumber them (tr120Index).

// tr106Key is what TR106a compares of two AanvraagInstellingen: the
// normalize-space of the first Instelling and Soort (any namespace) and of
// the Leveringsvorm and ZzpCode of its Aanvraag (../..); absent is ”.
type tr106Key struct{ inst, lv, zzp, soort string }

// tr106Member is an AanvraagInstelling as isPeriodOverlay reads it: the
// numbers of its first Ingangsdatum and Einddatum (any namespace), an
// absent Einddatum counting as the open 99999999.
type tr106Member struct {
	e         int32
	ing, eind float64
	hasEnd    bool
}

// tr106Groups are the AanvraagInstellingen of a region by key, each group
// in document order.
type tr106Groups map[tr106Key][]tr106Member

func (c *checker) tr106KeyOf(s, g int32) tr106Key {
	return tr106Key{
		inst:  normalize(c.str(c.sel(s, step{nsAny, names.Instelling}))),
		lv:    normalize(c.str(c.sel(g, anyLeveringsvorm))),
		zzp:   normalize(c.str(c.sel(g, step{nsAny, names.ZzpCode}))),
		soort: normalize(c.str(c.sel(s, step{nsAny, names.Soort}))),
	}
}

func (c *checker) tr106MemberOf(s int32) tr106Member {
	m := tr106Member{e: s, ing: dateNum(c.str(c.sel(s, step{nsAny, names.Ingangsdatum}))), eind: 99999999}
	if e := c.sel(s, step{nsAny, names.Einddatum}); e.exists() {
		m.hasEnd = true
		m.eind = dateNum(c.str(e))
	}
	return m
}

// overlay is the basis template isPeriodOverlay on a and b: their
// children named Ingangsdatum and Einddatum (any namespace; the
// string-value of the first of each, absent is ” and no number). An
// element without Einddatum is open, as the number 99999999:
//
//   - both with Einddatum: a's end falls within b, or b's end within a;
//   - only a with Einddatum: a's end is at or after b's start (and at most
//     99999999), or 99999999 lies within a;
//   - only b with Einddatum: likewise with a and b swapped;
//   - neither with Einddatum: true, whatever the Ingangsdatums.
//
// With the open end as 99999999 the first three are one formula.
func (a tr106Member) overlay(b tr106Member) bool {
	if !a.hasEnd && !b.hasEnd {
		return true
	}
	aE, bE := a.eind, b.eind
	return aE >= b.ing && aE <= bE || bE >= a.ing && bE <= aE
}

// tr106Aanvragen returns the groups of the AanvraagInstellingen in
// */*[local-name() = 'AanvraagInstelling'] of the children named Aanvraag
// (any namespace) of pg, keyed with their Aanvraag.
func (c *checker) tr106Aanvragen(pg int32) tr106Groups {
	if gs, ok := c.tr106A[pg]; ok {
		return gs
	}
	gs := tr106Groups{}
	for a := c.el[pg].FirstChild; a >= 0; a = c.el[a].NextSibling {
		if c.el[a].Name != names.Aanvraag {
			continue
		}
		for ch := c.el[a].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
			for s := c.el[ch].FirstChild; s >= 0; s = c.el[s].NextSibling {
				if c.el[s].Name == names.AanvraagInstelling {
					k := c.tr106KeyOf(s, a)
					gs[k] = append(gs[k], c.tr106MemberOf(s))
				}
			}
		}
	}
	if c.tr106A == nil {
		c.tr106A = map[int32]tr106Groups{}
	}
	c.tr106A[pg] = gs
	return gs
}

// tr106Siblings returns the groups of the children of p named
// AanvraagInstelling (any namespace), keyed with the parent of p.
func (c *checker) tr106Siblings(p int32) tr106Groups {
	if gs, ok := c.tr106S[p]; ok {
		return gs
	}
	gs := tr106Groups{}
	g := c.el[p].Parent
	for s := c.el[p].FirstChild; s >= 0; s = c.el[s].NextSibling {
		if c.el[s].Name == names.AanvraagInstelling {
			k := c.tr106KeyOf(s, g)
			gs[k] = append(gs[k], c.tr106MemberOf(s))
		}
	}
	if c.tr106S == nil {
		c.tr106S = map[int32]tr106Groups{}
	}
	c.tr106S[p] = gs
	return gs
}

// tr120Index holds the aw39:AanvraagInstelling children with Opname 1 of
// one parent, for TR120: their distinct non-empty Soort and
// ToewijzingIngangsdatum texts (as ids), and for each (Soort,
// ToewijzingIngangsdatum) pair the instellingen that have it.
type tr120Index struct {
	els          []int32   // document order
	soort, datum [][]int32 // per element, distinct text ids
	pairs        map[[2]int32][]int32
	pairwise     bool // too many pairs to index: compare as the stylesheet does
}

func (c *checker) tr120Index(p int32) *tr120Index {
	if x, ok := c.tr120Idx[p]; ok {
		return x
	}
	x := &tr120Index{pairs: map[[2]int32][]int32{}}
	ids := map[string]int32{}
	texts := func(f int32, s step) []int32 {
		var out []int32
		for ch := c.el[f].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
			if !c.is(ch, s.k, s.local) || c.el[ch].Text == "" {
				continue
			}
			id, ok := ids[c.el[ch].Text]
			if !ok {
				id = int32(len(ids))
				ids[c.el[ch].Text] = id
			}
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		return out
	}
	values, pairs := 0, 0
	for f := c.el[p].FirstChild; f >= 0; f = c.el[f].NextSibling {
		if !c.is(f, nsAW39, names.AanvraagInstelling) || !c.childTextIs(f, nsAW39, names.Opname, "1") {
			continue
		}
		x.els = append(x.els, f)
		s, d := texts(f, aw39Soort), texts(f, aw39TwIngang)
		x.soort = append(x.soort, s)
		x.datum = append(x.datum, d)
		values += len(s) + len(d)
		pairs += len(s) * len(d)
	}
	// A schema-valid instelling has one Soort and one date: one pair. An
	// instelling with many of each would make the pairs quadratic in its
	// size; then the rule compares pairwise.
	if pairs > 8*values+1024 {
		x.pairwise = true
	} else {
		for k := range x.els {
			for _, s := range x.soort[k] {
				for _, d := range x.datum[k] {
					x.pairs[[2]int32{s, d}] = append(x.pairs[[2]int32{s, d}], int32(k))
				}
			}
		}
	}
	if c.tr120Idx == nil {
		c.tr120Idx = map[int32]*tr120Index{}
	}
	c.tr120Idx[p] = x
	return x
}

// following returns the positions after k of the instellingen that share
// a Soort and a ToewijzingIngangsdatum text with the instelling at k,
// ascending.
func (x *tr120Index) following(k int) []int32 {
	after := func(l []int32) []int32 {
		j, _ := slices.BinarySearch(l, int32(k)+1)
		return l[j:]
	}
	if len(x.soort[k]) == 1 && len(x.datum[k]) == 1 {
		return after(x.pairs[[2]int32{x.soort[k][0], x.datum[k][0]}])
	}
	var out []int32
	for _, s := range x.soort[k] {
		for _, d := range x.datum[k] {
			out = append(out, after(x.pairs[[2]int32{s, d}])...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// coverIndex holds the aw39:AanvraagInstelling children with Opname 1 of
// one parent for TR127 (checkDateCover, checkNoOverlap): their start and
// end (the first text of ToewijzingIngangsdatum and ToewijzingEinddatum,
// any namespace) as the stylesheet compares them, and a persistent
// segment tree over their document positions with one version per prefix
// of the instellingen sorted by start: version v holds the v earliest
// starts (those that are no number last), so "start at or before x" is a
// version, and each node keeps the largest end key below it.
type coverIndex struct {
	els    []int32 // document order
	start  []float64
	end    []float64
	open   []bool    // the end text is blank
	starts []float64 // the starts that are numbers, ascending
	roots  []int32   // roots[v]: the version of the first v by start
	nodes  []coverNode
}

// coverNode is a node of the tree; node 0 is the empty tree. m1 is the
// largest endKey, m2 the largest among instellingen whose end (if any) is
// at or after their start.
type coverNode struct {
	l, r   int32
	m1, m2 uint64
}

// orderKey maps a number to a key in the same order (NaN excluded).
func orderKey(f float64) uint64 {
	if f == 0 {
		f = 0 // -0 as +0
	}
	b := math.Float64bits(f)
	if b>>63 != 0 {
		return ^b
	}
	return b | 1<<63
}

// atLeast is the key threshold of "the end is blank or its number is at
// or after t": an end compares true when its key is at least this.
func atLeast(t float64) uint64 {
	if math.IsNaN(t) {
		return math.MaxUint64 // only a blank end
	}
	return orderKey(t) + 1
}

// endKey is the key of element k's end: blank is above every number, a
// number its orderKey plus one, text that is no number 0 (below every
// threshold).
func (x *coverIndex) endKey(k int) uint64 {
	switch {
	case x.open[k]:
		return math.MaxUint64
	case math.IsNaN(x.end[k]):
		return 0
	}
	return orderKey(x.end[k]) + 1
}

func (c *checker) coverIndexOf(p int32) *coverIndex {
	if x, ok := c.tr127Idx[p]; ok {
		return x
	}
	x := &coverIndex{}
	for e := c.el[p].FirstChild; e >= 0; e = c.el[e].NextSibling {
		if !c.opname1(e) {
			continue
		}
		en := c.sel(e, anyTwEind).text
		x.els = append(x.els, e)
		x.start = append(x.start, dateNum(c.sel(e, anyTwIngang).text))
		x.end = append(x.end, dateNum(en))
		x.open = append(x.open, blank(en))
	}
	n := len(x.els)
	order := make([]int32, n)
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		sa, sb := x.start[a], x.start[b]
		switch na, nb := math.IsNaN(sa), math.IsNaN(sb); {
		case na || nb:
			if na == nb {
				return 0
			}
			if na {
				return 1
			}
			return -1
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		}
		return 0
	})
	for _, k := range order {
		if !math.IsNaN(x.start[k]) {
			x.starts = append(x.starts, x.start[k])
		}
	}
	depth := 1
	for 1<<(depth-1) < n {
		depth++
	}
	x.nodes = make([]coverNode, 1, 1+n*depth)
	x.roots = make([]int32, n+1)
	for v, k := range order {
		m1 := x.endKey(int(k))
		m2 := m1
		if !(x.open[k] || x.end[k] >= x.start[k]) {
			m2 = 0
		}
		x.roots[v+1] = x.insert(x.roots[v], 0, n-1, int(k), m1, m2)
	}
	if c.tr127Idx == nil {
		c.tr127Idx = map[int32]*coverIndex{}
	}
	c.tr127Idx[p] = x
	return x
}

func (x *coverIndex) insert(prev int32, lo, hi, k int, m1, m2 uint64) int32 {
	nd := x.nodes[prev]
	nd.m1, nd.m2 = max(nd.m1, m1), max(nd.m2, m2)
	if lo < hi {
		mid := (lo + hi) / 2
		if k <= mid {
			nd.l = x.insert(nd.l, lo, mid, k, m1, m2)
		} else {
			nd.r = x.insert(nd.r, mid+1, hi, k, m1, m2)
		}
	}
	x.nodes = append(x.nodes, nd)
	return int32(len(x.nodes) - 1)
}

// upTo returns the version of the instellingen whose start is at or
// before t (none when t is no number).
func (x *coverIndex) upTo(t float64) int32 {
	if math.IsNaN(t) {
		return x.roots[0]
	}
	return x.roots[sort.Search(len(x.starts), func(j int) bool { return x.starts[j] > t })]
}

// all returns the version of every instelling.
func (x *coverIndex) all() int32 { return x.roots[len(x.els)] }

// each calls f, in document order, for the positions from on in version
// root whose endKey is at least thr.
func (x *coverIndex) each(root int32, from int, thr uint64, f func(k int)) {
	x.eachIn(root, 0, len(x.els)-1, from, thr, f)
}

func (x *coverIndex) eachIn(nd int32, lo, hi, from int, thr uint64, f func(k int)) {
	if nd == 0 || hi < from || x.nodes[nd].m1 < thr {
		return
	}
	if lo == hi {
		f(lo)
		return
	}
	mid := (lo + hi) / 2
	x.eachIn(x.nodes[nd].l, lo, mid, from, thr, f)
	x.eachIn(x.nodes[nd].r, mid+1, hi, from, thr, f)
}

// first returns the first position in document order in version root
// whose end is at or after its start and whose endKey is at least thr, or
// -1.
func (x *coverIndex) first(root int32, thr uint64) int {
	nd, lo, hi := root, 0, len(x.els)-1
	if nd == 0 || x.nodes[nd].m2 < thr {
		return -1
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if l := x.nodes[nd].l; l != 0 && x.nodes[l].m2 >= thr {
			nd, hi = l, mid
		} else {
			nd, lo = x.nodes[nd].r, mid+1
		}
	}
	return lo
}
