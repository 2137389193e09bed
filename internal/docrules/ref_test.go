package docrules

import "github.com/wlzregels/zorgtoewijzing/internal/names"

// The pairwise implementations of TR106a, TR120 and TR127 as the
// stylesheet compares (the port before the indexes of aanvraagidx.go),
// kept as the reference of TestAanvraagDifferential.

// tr106Ref: iWlz-XSLT 2.2 TR106 (the TR106a template) on an AW39
// AanvraagInstelling: it is compared with every earlier AanvraagInstelling
// (any namespace) among its preceding siblings and in the
// AanvraagInstellingen (any child) of the preceding sibling Aanvraag
// elements of its Aanvraag (../../preceding-sibling::*[local-name() =
// 'Aanvraag']/*/*[local-name() = 'AanvraagInstelling']), in document
// order. When their Instelling and Soort, and the Leveringsvorm and
// ZzpCode of their Aanvraag (../..), are equal (normalize-space of the
// first of each, any namespace; absent is ”), and their periods overlap
// (isPeriodOverlay), that is a finding at both.
//
// Quirk: isPeriodOverlay reads children named Ingangsdatum and Einddatum,
// which an AanvraagInstelling does not have (its period is
// ToewijzingIngangsdatum and ToewijzingEinddatum); with neither Einddatum
// present it answers true. So two AanvraagInstellingen with the same
// instelling, soort, leveringsvorm and zzp are a finding whatever their
// dates: the stylesheet's TR106 on aanvragen asks for no overlap but
// reports every repetition.
func (c *checker) tr106Ref(i int32) {
	p := c.el[i].Parent
	g := c.el[p].Parent // the Aanvraag
	if g >= 0 {
		if pg := c.el[g].Parent; pg >= 0 {
			for a := c.el[pg].FirstChild; a >= 0 && a != g; a = c.el[a].NextSibling {
				if c.el[a].Local != "Aanvraag" {
					continue
				}
				for ch := c.el[a].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
					for s := c.el[ch].FirstChild; s >= 0; s = c.el[s].NextSibling {
						if c.el[s].Local == "AanvraagInstelling" && !c.tr106PairRef(i, s) {
							return
						}
					}
				}
			}
		}
	}
	for s := c.el[p].FirstChild; s >= 0 && s != i; s = c.el[s].NextSibling {
		if c.el[s].Local == "AanvraagInstelling" && !c.tr106PairRef(i, s) {
			return
		}
	}
}

// tr106PairRef judges AanvraagInstelling i against the earlier s; it reports
// false when the sink is full.
func (c *checker) tr106PairRef(i, s int32) bool {
	gi, gs := c.grandparent(i), c.grandparent(s)
	inst, soort, zzp := step{nsAny, names.Instelling}, step{nsAny, names.Soort}, step{nsAny, names.ZzpCode}
	if !normEqual(c.str(c.sel(i, inst)), c.str(c.sel(s, inst))) ||
		!normEqual(c.str(c.sel(gi, anyLeveringsvorm)), c.str(c.sel(gs, anyLeveringsvorm))) ||
		!normEqual(c.str(c.sel(gi, zzp)), c.str(c.sel(gs, zzp))) ||
		!normEqual(c.str(c.sel(i, soort)), c.str(c.sel(s, soort))) ||
		!c.isPeriodOverlayRef(i, s) {
		return true
	}
	c.node(i)
	c.node(s)
	c.emit(rTR106)
	return !c.rep.Full()
}

// tr120Ref: iWlz-XSLT 2.2 TR120 on an AanvraagInstelling with Opname 1 (ja)
// of an Aanvraag with Leveringsvorm 4 (verblijf): every following sibling
// aw39:AanvraagInstelling with Opname 1 and the same Soort and
// ToewijzingIngangsdatum (texts compared exactly, not normalized) is a
// finding, at the Aanvraag's Leveringsvorm and the Opname,
// ToewijzingIngangsdatum and Soort of both. Three such instellingen are
// three findings (each pair once).
func (c *checker) tr120Ref(i int32) {
	g := c.grandparent(i)
	for f := c.el[i].NextSibling; f >= 0; f = c.el[f].NextSibling {
		if !c.is(f, nsAW39, names.AanvraagInstelling) || !c.childTextIs(f, nsAW39, names.Opname, "1") ||
			!c.textsMeet(f, i, aw39Soort) || !c.textsMeet(f, i, aw39TwIngang) {
			continue
		}
		c.add(g, aw39Leveringsvorm)
		for _, e := range [2]int32{i, f} {
			c.add(e, aw39Opname)
			c.add(e, aw39TwIngang)
			c.add(e, aw39Soort)
		}
		c.emit(rTR120)
		if c.rep.Full() {
			return
		}
	}
}

// isPeriodOverlayRef is the basis template of that name on elements a and b:
// their children named Ingangsdatum and Einddatum (any namespace; the
// string-value of the first of each, absent is ” and no number). An
// element without Einddatum is open, as the number 99999999:
//
//   - both with Einddatum: a's end falls within b, or b's end within a;
//   - only a with Einddatum: a's end is at or after b's start (and at most
//     99999999), or 99999999 lies within a;
//   - only b with Einddatum: likewise with a and b swapped;
//   - neither with Einddatum: true, whatever the Ingangsdatums.
func (c *checker) isPeriodOverlayRef(a, b int32) bool {
	ing, eind := step{nsAny, names.Ingangsdatum}, step{nsAny, names.Einddatum}
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

// dateCoverRef is the basis template checkDateCover, called on element i
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
func (c *checker) dateCoverRef(r rule, i int32, in func(int32) bool, start, end step) {
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

// noOverlapRef is the basis template checkNoOverlap on the children of i for
// which in reports true (in document order): for each such element a, the
// later ones b whose start is at or before a's end (or a has none) and
// whose end is at or after a's start (or b has none) overlap it; if there
// are any, that is one finding at a and all of them.
func (c *checker) noOverlapRef(r rule, i int32, in func(int32) bool, start, end step) {
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

// tr127CoverRef and tr127NoOverlapRef are tr127Cover and tr127NoOverlap
// on the reference walks.
func (c *checker) tr127CoverRef(i int32) {
	p := c.el[i].Parent
	if !c.is(p, nsAW39, names.AanvraagInstellingen) || !c.tr127Aanvraag(c.el[p].Parent) ||
		!c.childTextIs(i, nsAW39, names.Opname, "2") {
		return
	}
	c.dateCoverRef(rTR127, i, c.opname1, anyTwIngang, anyTwEind)
}

func (c *checker) tr127NoOverlapRef(i int32) {
	if !c.tr127Aanvraag(c.el[i].Parent) {
		return
	}
	c.noOverlapRef(rTR127, i, c.opname1, anyTwIngang, anyTwEind)
}
