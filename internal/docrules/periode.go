package docrules

import "math"

// The period templates of the stylesheets' basis (iWlz-XSLT 2.2
// common/2_0/basis.xsl): isPeriodOverlay, checkDateCover and
// checkNoOverlap. Dates are compared as the stylesheets compare them: as
// the numbers their text makes without the dashes (yyyymmdd), where text
// that is no number compares false.

// dateNum is the number of translate(s, '-', ”).
func dateNum(s string) float64 { return number(s, true) }

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

// isPeriodOverlay is the basis template of that name on elements a and b:
// their children named Ingangsdatum and Einddatum (any namespace; the
// string-value of the first of each, absent is ” and no number). An
// element without Einddatum is open, as the number 99999999:
//
//   - both with Einddatum: a's end falls within b, or b's end within a;
//   - only a with Einddatum: a's end is at or after b's start (and at most
//     99999999), or 99999999 lies within a;
//   - only b with Einddatum: likewise with a and b swapped;
//   - neither with Einddatum: true, whatever the Ingangsdatums.
func (c *checker) isPeriodOverlay(a, b int32) bool {
	ing, eind := step{nsAny, "Ingangsdatum"}, step{nsAny, "Einddatum"}
	ea, eb := c.sel(a, eind), c.sel(b, eind)
	const open = 99999999
	num := func(s sel) float64 { return dateNum(c.str(s)) }
	switch {
	case ea.exists() && eb.exists():
		aE, bE, aI, bI := num(ea), num(eb), num(c.sel(a, ing)), num(c.sel(b, ing))
		return aE >= bI && aE <= bE || bE >= aI && bE <= aE
	case ea.exists():
		aE, aI, bI := num(ea), num(c.sel(a, ing)), num(c.sel(b, ing))
		return aE >= bI && aE <= open || open >= aI && open <= aE
	case eb.exists():
		bE, aI, bI := num(eb), num(c.sel(a, ing)), num(c.sel(b, ing))
		return open >= bI && open <= bE || bE >= aI && bE <= open
	}
	return true
}

// dateCover is the basis template checkDateCover, called on element i
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
func (c *checker) dateCover(r rule, i int32, in func(int32) bool, start, end step) {
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

// noOverlap is the basis template checkNoOverlap on the children of i for
// which in reports true (in document order): for each such element a, the
// later ones b whose start is at or before a's end (or a has none) and
// whose end is at or after a's start (or b has none) overlap it; if there
// are any, that is one finding at a and all of them.
func (c *checker) noOverlap(r rule, i int32, in func(int32) bool, start, end step) {
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
		if c.rep.Full() {
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
