package docrules

import "math"

// The period templates of the stylesheets' basis (iWlz-XSLT 2.2
// common/2_0/basis.xsl): isPeriodOverlay (tr106Member.overlay),
// checkDateCover and checkNoOverlap. Dates are compared as the
// stylesheets compare them: as the numbers their text makes without the
// dashes (yyyymmdd), where text that is no number compares false.

// dateNum is the number of translate(s, '-', ”).
func dateNum(s string) float64 {
	// The usual YYYY-MM-DD: its eight digits as one number, as number
	// would read them after translate removed the dashes.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		n := 0
		for k := 0; k < 10; k++ {
			if k == 4 || k == 7 {
				continue
			}
			c := s[k]
			if c < '0' || c > '9' {
				return number(s, true)
			}
			n = n*10 + int(c-'0')
		}
		return float64(n)
	}
	return number(s, true)
}

// blankNoDash reports whether normalize-space(translate(s, '-', ”)) is
// empty.
func blankNoDash(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isXMLSpace(s[k]) && s[k] != '-' {
			return false
		}
	}
	return true
}

// dateCover is the basis template checkDateCover as TR127 calls it, on
// the AanvraagInstelling i (the context), with the aw39:AanvraagInstelling
// siblings with Opname 1 as the elements (in document order), their
// ToewijzingIngangsdatum and ToewijzingEinddatum (any namespace) as start
// and end, and i as pExtra:
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
//
// The walk needs no filter: an element that covers the current date
// touches the period (the date only grows, from the start, and stays at
// or before the end). Each step finds its element in the coverIndex;
// each element covers at most once, as the date moves past its end,
// except where the dates are too large for a day to count: there the
// date stays where it is, and the stylesheet would recurse until libxslt
// stops it (no finding).
func (c *checker) dateCover(r rule, i int32) {
	if !c.rep.Judges(ruleOf[r]) {
		return // emit would drop the finding
	}
	if c.few(c.el[i].Parent) {
		c.dateCoverPairs(r, i, c.opname1, anyTwIngang, anyTwEind)
		return
	}
	vStart := c.sel(i, anyTwIngang).text
	vEnd := c.sel(i, anyTwEind).text
	openEnd := blank(vEnd)
	endNum, startNum := dateNum(vEnd), dateNum(vStart)
	if blankNoDash(vStart) {
		return
	}
	x := c.coverIndexOf(c.el[i].Parent)
	cur := startNum
	for range len(x.els) + 1 {
		if !(openEnd || cur <= endNum) {
			return
		}
		child := x.first(x.upTo(cur), atLeast(cur))
		if child < 0 {
			touching := x.all()
			if !openEnd {
				touching = x.upTo(endNum)
			}
			x.each(touching, 0, atLeast(startNum), func(k int) { c.node(x.els[k]) })
			c.node(i)
			c.emit(r)
			return
		}
		if x.open[child] {
			return
		}
		next := adjustDate(x.end[child] + 1)
		if next == cur {
			return
		}
		cur = next
	}
}

// noOverlap is the basis template checkNoOverlap as TR127 calls it, on
// the aw39:AanvraagInstelling children with Opname 1 of i (in document
// order), their ToewijzingIngangsdatum and ToewijzingEinddatum (any
// namespace) as start and end: for each such element a, the later ones b
// whose start is at or before a's end (or a has none) and whose end is at
// or after a's start (or b has none) overlap it; if there are any, that
// is one finding at a and all of them. The later ones are found in the
// coverIndex: those with start at or before a's end are a version of it,
// and its nodes' largest end leads to those whose end is at or after a's
// start.
func (c *checker) noOverlap(r rule, i int32) {
	if !c.rep.Judges(ruleOf[r]) {
		return // emit would drop every finding
	}
	if c.few(i) {
		c.noOverlapPairs(r, i, c.opname1, anyTwIngang, anyTwEind)
		return
	}
	x := c.coverIndexOf(i)
	for a := range x.els {
		v := x.all()
		if !x.open[a] {
			v = x.upTo(x.end[a])
		}
		found := false
		x.each(v, a+1, atLeast(x.start[a]), func(b int) {
			c.node(x.els[b])
			found = true
		})
		if !found {
			continue
		}
		c.node(x.els[a])
		c.emit(r)
		if c.full {
			return
		}
	}
}

// adjustDate is the basis template of that name with pOverflow carry: a
// yyyymmdd number whose day runs past the end of its month moves into
// the next month (day minus the month's length, month plus one), and a
// month past 12 into the next year, until nothing changes. February has
// 29 days in every year divisible by 4 (so also in 2100).
func adjustDate(d float64) float64 {
	for range 64 {
		day := math.Mod(d, 100)
		month := math.Mod(math.Floor(d/100), 100)
		year := math.Mod(math.Floor(d/10000), 10000)
		adj := d
		switch {
		case day > 30 && (month == 4 || month == 6 || month == 9 || month == 11):
			adj = d - 30 + 100
		case day > 31 && (month == 1 || month == 3 || month == 5 || month == 7 || month == 8 || month == 10 || month == 12):
			adj = d - 31 + 100
		case day > 29 && month == 2 && math.Mod(year, 4) == 0:
			adj = d - 29 + 100
		case day > 28 && month == 2 && !(math.Mod(year, 4) == 0):
			adj = d - 28 + 100
		}
		if math.Mod(math.Floor(adj/100), 100) > 12 {
			adj = adj - 1200 + 10000
		}
		if adj == d {
			return d
		}
		d = adj
	}
	return d
}
