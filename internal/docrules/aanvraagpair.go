package docrules

import "github.com/wlzregels/zorgtoewijzing/internal/names"

// The pairwise walks of TR106a and TR127 as the stylesheet compares them
// (the port before the indexes of aanvraagidx.go). For a few
// AanvraagInstellingen, the usual aanvraag of one to four aanbieders, the
// checker takes them instead of building an index: the same findings
// without the maps and slices of an index (ValidateAW39 of a DTV aanvraag
// with two instellingen: 20 allocations to 4). TestAanvraagDifferential
// holds the indexes (checker.indexed) to these walks, and the golden AW39s
// hold these walks to the stylesheet.

// pairsLimit is the number of children of an AanvraagInstellingen (or of
// its parent's Aanvragen) up to which the checker compares pairwise.
const pairsLimit = 4

// few reports whether p has at most pairsLimit children, unless the
// checker always indexes (tests).
func (c *checker) few(p int32) bool {
	if c.indexed || p < 0 {
		return false
	}
	n := 0
	for ch := c.el[p].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if n++; n > pairsLimit {
			return false
		}
	}
	return true
}

// tr106Scan is tr106Emit on the group of m read from the siblings instead
// of an index: the AanvraagInstelling children of p before end whose key
// (with g, their Aanvraag) is k, in document order. It reports false when
// the sink is full.
func (c *checker) tr106Scan(m tr106Member, k tr106Key, p, g, end int32) bool {
	for s := c.el[p].FirstChild; s >= 0 && s < end; s = c.el[s].NextSibling {
		if c.el[s].Name != names.AanvraagInstelling || c.tr106KeyOf(s, g) != k || !m.overlay(c.tr106MemberOf(s)) {
			continue
		}
		c.node(m.e)
		c.node(s)
		c.emit(rTR106)
		if c.full {
			return false
		}
	}
	return true
}

// dateCoverPairs is the basis template checkDateCover, called on element i
// (the context) with the elements in (children of i's parent for which in
// reports true, in document order), the start and end child names, and i
// as pExtra:
//
// The period is the first text of i's start and end children. The
// elements are first filtered to those that touch it: their start is at or
// before its end (or it has no end), and their end is at or after its
// start (or they have none). Then, from the start (checkDateCoverRecursive):
// while the current date is not empty and is at or before the end (or
// there is no end), the first filtered element (in document order) whose
// start is at or before the current date, whose end is empty or at or
// after it, and whose end is empty or at or after its own start, covers
// it; the walk goes on at that element's end plus one day (addDate, as
// adjustDate computes it), or stops, covered, at an element without end.
// When no element covers the current date, that is a finding at every
// filtered element and at i.
func (c *checker) dateCoverPairs(r rule, i int32, in func(int32) bool, start, end step) {
	vStart := c.sel(i, start).text
	vEnd := c.sel(i, end).text
	openEnd := blank(vEnd)
	endNum, startNum := dateNum(vEnd), dateNum(vStart)
	p := c.el[i].Parent
	touches := func(e int32) bool {
		if !in(e) {
			return false
		}
		es := dateNum(c.sel(e, start).text)
		ee := c.sel(e, end).text
		return (openEnd || es <= endNum) && (blank(ee) || dateNum(ee) >= startNum)
	}
	n := 0
	for e := c.el[p].FirstChild; e >= 0; e = c.el[e].NextSibling {
		if touches(e) {
			n++
		}
	}
	if blankNoDash(vStart) {
		return
	}
	cur := startNum
	// Each element covers at most once (the walk moves past its end), so
	// n+1 steps end it; the bound also ends it where the dates are too
	// large for a day to count (the stylesheet would recurse until
	// libxslt stops it).
	for k := 0; k <= n; k++ {
		if !(openEnd || cur <= endNum) {
			return
		}
		child := int32(-1)
		for e := c.el[p].FirstChild; e >= 0; e = c.el[e].NextSibling {
			if !touches(e) {
				continue
			}
			es := dateNum(c.sel(e, start).text)
			ee := c.sel(e, end).text
			if es <= cur && (blank(ee) || dateNum(ee) >= cur) && (blank(ee) || dateNum(ee) >= es) {
				child = e
				break
			}
		}
		if child < 0 {
			for e := c.el[p].FirstChild; e >= 0; e = c.el[e].NextSibling {
				if touches(e) {
					c.node(e)
				}
			}
			c.node(i)
			c.emit(r)
			return
		}
		ee := c.sel(child, end).text
		if blank(ee) {
			return
		}
		cur = adjustDate(dateNum(ee) + 1)
	}
}

// noOverlapPairs is the basis template checkNoOverlap on the children of i for
// which in reports true (in document order): for each such element a, the
// later ones b whose start is at or before a's end (or a has none) and
// whose end is at or after a's start (or b has none) overlap it; if there
// are any, that is one finding at a and all of them.
func (c *checker) noOverlapPairs(r rule, i int32, in func(int32) bool, start, end step) {
	for a := c.el[i].FirstChild; a >= 0; a = c.el[a].NextSibling {
		if !in(a) {
			continue
		}
		aStart := dateNum(c.sel(a, start).text)
		aEndText := c.sel(a, end).text
		aEnd := dateNum(aEndText)
		found := false
		for b := c.el[a].NextSibling; b >= 0; b = c.el[b].NextSibling {
			if !in(b) {
				continue
			}
			bEnd := c.sel(b, end).text
			if (blank(aEndText) || dateNum(c.sel(b, start).text) <= aEnd) && (blank(bEnd) || dateNum(bEnd) >= aStart) {
				c.node(b)
				found = true
			}
		}
		if !found {
			continue
		}
		c.node(a)
		c.emit(r)
		if c.full {
			return
		}
	}
}
