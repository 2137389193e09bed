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

// tr127CoverRef and tr127NoOverlapRef are tr127Cover and tr127NoOverlap
// on the pairwise walks (aanvraagpair.go), which the checker itself takes
// for a few instellingen.
func (c *checker) tr127CoverRef(i int32) {
	p := c.el[i].Parent
	if !c.is(p, nsAW39, names.AanvraagInstellingen) || !c.tr127Aanvraag(c.el[p].Parent) ||
		!c.childTextIs(i, nsAW39, names.Opname, "2") {
		return
	}
	c.dateCoverPairs(rTR127, i, c.opname1, anyTwIngang, anyTwEind)
}

func (c *checker) tr127NoOverlapRef(i int32) {
	if !c.tr127Aanvraag(c.el[i].Parent) {
		return
	}
	c.noOverlapPairs(rTR127, i, c.opname1, anyTwIngang, anyTwEind)
}
