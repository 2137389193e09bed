package docrules

import (
	"slices"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// The rules on the aanvragen of an AW39: an Aanvraag (a request for an
// adjusted zorgtoewijzing), its AanvraagInstellingen and its
// BijzondereSituatie. Only the templates for AW39 elements are ported;
// the same stylesheet files have templates for elements of other messages
// (an AW33 ToegewezenZorgzwaartepakket, an AW317 or ZK39 element), which
// no schema-valid AW39 contains and which the typed rules judge in their
// own message.

var (
	aw39Leveringsvorm = step{nsAW39, names.Leveringsvorm}
	anyLeveringsvorm  = step{nsAny, names.Leveringsvorm}
	aw39Opname        = step{nsAW39, names.Opname}
	aw39Soort         = step{nsAW39, names.Soort}
	aw39TwIngang      = step{nsAW39, names.ToewijzingIngangsdatum}
	anyTwIngang       = step{nsAny, names.ToewijzingIngangsdatum}
	anyTwEind         = step{nsAny, names.ToewijzingEinddatum}
)

// otherTest is the testvalue of the other side of a checksame: '*'
// (filled: normalize-space of the first text node is not empty) or '#'
// (the element exists).
type otherTest uint8

const (
	filled otherTest = iota
	exists
)

// checksame is the stylesheets' checksame with a value list on this side:
// a finding of r when "the first text of the this nodes is one of vals"
// and "the other nodes pass test" differ, at the this and other nodes
// (their union in document order).
func (c *checker) checksame(r rule, ctx int32, this step, vals []string, other []step, test otherTest) {
	a := inList(c.sel(ctx, this).text, vals...)
	o := c.selPath(ctx, other)
	b := o.exists()
	if test == filled {
		b = !blank(o.text)
	}
	if a == b {
		return
	}
	c.add(ctx, this)
	c.addPath(ctx, other)
	c.emit(r)
}

// childTextIs reports whether a child of i named local in namespace k has
// the text v exactly, not normalized: the match patterns' k:local/text() =
// 'v', which holds when any such child matches.
func (c *checker) childTextIs(i int32, k nsKind, local names.ID, v string) bool {
	if i < 0 {
		return false
	}
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.is(ch, k, local) && c.el[ch].Text == v {
			return true
		}
	}
	return false
}

// textsMeet reports whether a child of a and a child of b, both named s,
// have the same text (exactly, and not empty: a child without text has no
// text node): XPath's comparison of the node-sets a/s/text() and
// b/s/text().
func (c *checker) textsMeet(a, b int32, s step) bool {
	for x := c.el[a].FirstChild; x >= 0; x = c.el[x].NextSibling {
		if !c.is(x, s.k, s.local) || c.el[x].Text == "" {
			continue
		}
		for y := c.el[b].FirstChild; y >= 0; y = c.el[y].NextSibling {
			if c.is(y, s.k, s.local) && c.el[y].Text == c.el[x].Text {
				return true
			}
		}
	}
	return false
}

// grandparent returns the parent of the parent of i, or -1.
func (c *checker) grandparent(i int32) int32 {
	if p := c.el[i].Parent; p >= 0 {
		return c.el[p].Parent
	}
	return -1
}

// aanvraag applies the rules on an AW39 Aanvraag, in the stylesheet's
// order.
//
// CD050 (checksame): aw39:Leveringsvorm 7 (MPT) goes with a filled
// aw39:CoordinatorZorgThuis, any other with none.
//
// CD051 (the cd051 template, checksame): a Leveringsvorm (any namespace) 4
// or 5 goes with a filled aw39:Klasse.
//
// CD052 (the cd052 template, checksame): a Leveringsvorm (any namespace) 4
// or 8 goes with a filled Opname. iWlz-XSLT 2.2 CD052 passes the node-set
// of the Opname of every AanvraagInstellingen/AanvraagInstelling of the
// Aanvraag, so "filled" is decided by the first of them that has text (one
// filled Opname passes the Aanvraag, whichever instelling it belongs to),
// and a finding lists the Leveringsvorm and every Opname of the Aanvraag.
//
// CD072 (checksame): a Leveringsvorm (any namespace) 8 (DTV) goes with an
// Etmalen element (any namespace), filled or not.
//
// CD073 (the cd073 template, checksame): a Leveringsvorm (any namespace)
// 4, 5, 8 or 9 goes with a filled aw39:Dossierhouder. The prose names 4,
// 5 and 8 only; the stylesheet lists 9 (VKB) as well.
//
// CD074 (checksame, twice): aw39:Leveringsvorm 7 or 8 goes with a filled
// aw39:Verantwoord, and with a filled aw39:Doelmatig; each its own
// finding.
//
// CS127 (the cs127 template, checkvalue twice): the Leveringsvorm (any
// namespace) is not 2 (PGB), and not 9 (VKB); the MutatieZorgzwaartepakket
// part of CS127 is the typed mutation rules' (waitstatus).
//
// In each, "is v" is normalize-space of the first text node of the
// Leveringsvorm elements, and the locations are the elements compared
// (the union of the node-sets, in document order).
func (c *checker) aanvraag(i int32) {
	if c.on(rCD050) {
		c.checksame(rCD050, i, aw39Leveringsvorm, []string{"7"}, []step{{nsAW39, names.CoordinatorZorgThuis}}, filled)
	}
	if c.on(rCD051) {
		c.checksame(rCD051, i, anyLeveringsvorm, []string{"4", "5"}, []step{{nsAW39, names.Klasse}}, filled)
	}
	if c.on(rCD052) {
		c.checksame(rCD052, i, anyLeveringsvorm, []string{"4", "8"},
			[]step{{nsAW39, names.AanvraagInstellingen}, {nsAW39, names.AanvraagInstelling}, aw39Opname}, filled)
	}
	if c.on(rCD072) {
		c.checksame(rCD072, i, anyLeveringsvorm, []string{"8"}, []step{{nsAny, names.Etmalen}}, exists)
	}
	if c.on(rCD073) {
		c.checksame(rCD073, i, anyLeveringsvorm, []string{"4", "5", "8", "9"}, []step{{nsAW39, names.Dossierhouder}}, filled)
	}
	if c.on(rCD074) {
		c.checksame(rCD074, i, aw39Leveringsvorm, []string{"7", "8"}, []step{{nsAW39, names.Verantwoord}}, filled)
		c.checksame(rCD074, i, aw39Leveringsvorm, []string{"7", "8"}, []step{{nsAW39, names.Doelmatig}}, filled)
	}
	if c.on(rCS127) {
		c.cs127(i)
	}
}

// cs127 is the cs127 template (iWlz-XSLT 2.2 CS127) on i, an AW39
// Aanvraag or an AW35 GeleverdZorgzwaartepakket: checkvalue '!2' and then
// checkvalue '!9' on its Leveringsvorm children (any namespace), each a
// finding at them when normalize-space of their first text is that value.
// An absent Leveringsvorm passes.
func (c *checker) cs127(i int32) {
	lv := c.sel(i, anyLeveringsvorm).text
	for _, v := range [2]string{"2", "9"} {
		if inList(lv, v) {
			c.add(i, anyLeveringsvorm)
			c.emit(rCS127)
		}
	}
}

// cd040: iWlz-XSLT 2.2 CD040 (checksame) on an AW39 AanvraagInstelling:
// the ../../aw39:Leveringsvorm (that of its Aanvraag) is 2 (PGB) exactly
// when the AanvraagInstelling has no aw39:ToewijzingPercentage element
// ('!#': absent, not "empty"). Locations: the Leveringsvorm and the
// ToewijzingPercentage.
func (c *checker) cd040(i int32) {
	g := c.grandparent(i)
	pct := step{nsAW39, names.ToewijzingPercentage}
	if inList(c.sel(g, aw39Leveringsvorm).text, "2") == !c.sel(i, pct).exists() {
		return
	}
	c.add(g, aw39Leveringsvorm)
	c.add(i, pct)
	c.emit(rCD040)
}

// cd047: iWlz-XSLT 2.2 CD047 (checkimplication) on an aw39:Doelmatig: if
// it is 2 (nee), an ../aw39:BijzondereSituatie element exists (filled or
// not). Location: the Doelmatig.
func (c *checker) cd047(i int32) {
	if !inList(c.el[i].Text, "2") {
		return
	}
	p := c.el[i].Parent
	bs := step{nsAW39, names.BijzondereSituatie}
	if c.sel(p, bs).exists() {
		return
	}
	c.node(i)
	c.emit(rCD047)
}

// cd048: iWlz-XSLT 2.2 CD048 on an aw39:BijzondereSituatie: when its
// iwlz:ExtraKostenThuis and iwlz:ToeslagBeademing are both empty
// (normalize-space of their first text, absent counting as empty), its
// iwlz:ToeslagOverig is filled (checkimplication; locations: the
// BijzondereSituatie and the ToeslagOverig); otherwise ToeslagOverig is
// empty (checkvalue ”; location: the ToeslagOverig).
func (c *checker) cd048(i int32) {
	overig := step{nsIwlz, names.ToeslagOverig}
	full := !blank(c.sel(i, overig).text)
	if blank(c.sel(i, step{nsIwlz, names.ExtraKostenThuis}).text) && blank(c.sel(i, step{nsIwlz, names.ToeslagBeademing}).text) {
		if full {
			return
		}
		c.node(i)
	} else if !full {
		return
	}
	c.add(i, overig)
	c.emit(rCD048)
}

// cs072: iWlz-XSLT 2.2 CS072 (checknvalue) on an AW39
// AanvraagInstelling/Soort: it is not 5 (administratief). (The AW33
// ToegewezenFunctie/Soort of the same stylesheet is the typed rules'.)
func (c *checker) cs072(i int32) {
	if inList(c.el[i].Text, "5") {
		c.node(i)
		c.emit(rCS072)
	}
}

// cs074: iWlz-XSLT 2.2 CS074 (checkvalue) on an aw39:Klasse: it is KE4,
// KE5, KE6 or KE7. The template matches every aw39:Klasse, whatever its
// parent (in a schema-valid AW39 only an Aanvraag has one).
func (c *checker) cs074(i int32) {
	if !inList(c.el[i].Text, "KE4", "KE5", "KE6", "KE7") {
		c.node(i)
		c.emit(rCS074)
	}
}

// tr106: iWlz-XSLT 2.2 TR106 (the TR106a template) on an AW39
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
//
// The earlier instellingen with the same key are those of its group
// (tr106Aanvragen, tr106Siblings), in document order; so the work is the
// group's earlier members, each a finding unless one of the two has an
// Einddatum child (outside the schema).
func (c *checker) tr106(i int32) {
	if !c.rep.Judges(ruleOf[rTR106]) {
		return // emit would drop every finding
	}
	p := c.el[i].Parent
	g := c.el[p].Parent // the Aanvraag
	k := c.tr106KeyOf(i, g)
	m := c.tr106MemberOf(i)
	// The members before g are those of the preceding Aanvragen, the
	// members before i its preceding siblings: none when g, or i, is the
	// first child of its parent (the usual single Aanvraag and
	// AanvraagInstelling), and then no index is built.
	if g >= 0 {
		if pg := c.el[g].Parent; pg >= 0 && c.el[pg].FirstChild != g {
			if !c.tr106Emit(m, c.tr106Aanvragen(pg)[k], g) {
				return
			}
		}
	}
	if c.el[p].FirstChild != i {
		if c.few(p) {
			c.tr106Scan(m, k, p, g, i)
		} else {
			c.tr106Emit(m, c.tr106Siblings(p)[k], i)
		}
	}
}

// tr106Emit reports the pairs of m with the members before element end
// that overlay it, in document order; it reports false when the sink is
// full.
func (c *checker) tr106Emit(m tr106Member, group []tr106Member, end int32) bool {
	for _, s := range group {
		if s.e >= end {
			break
		}
		if !m.overlay(s) {
			continue
		}
		c.node(m.e)
		c.node(s.e)
		c.emit(rTR106)
		if c.full {
			return false
		}
	}
	return true
}

// tr120Matches reports whether element i (an aw39:AanvraagInstelling) is
// one the TR120 template matches: aw39:Aanvraag[aw39:Leveringsvorm/text()
// = '4']/aw39:AanvraagInstellingen/aw39:AanvraagInstelling[aw39:Opname/text()
// = '1'] (texts compared exactly, not normalized).
func (c *checker) tr120Matches(i int32) bool {
	p := c.el[i].Parent
	g := c.el[p].Parent
	return c.is(p, nsAW39, names.AanvraagInstellingen) && c.is(g, nsAW39, names.Aanvraag) &&
		c.childTextIs(g, nsAW39, names.Leveringsvorm, "4") && c.childTextIs(i, nsAW39, names.Opname, "1")
}

// tr120: iWlz-XSLT 2.2 TR120 on an AanvraagInstelling with Opname 1 (ja)
// of an Aanvraag with Leveringsvorm 4 (verblijf): every following sibling
// aw39:AanvraagInstelling with Opname 1 and the same Soort and
// ToewijzingIngangsdatum (texts compared exactly, not normalized) is a
// finding, at the Aanvraag's Leveringsvorm and the Opname,
// ToewijzingIngangsdatum and Soort of both. Three such instellingen are
// three findings (each pair once). The following siblings that share a
// Soort and a ToewijzingIngangsdatum text are found by those texts
// (tr120Index).
func (c *checker) tr120(i int32) {
	if !c.rep.Judges(ruleOf[rTR120]) {
		return // emit would drop every finding
	}
	x := c.tr120Index(c.el[i].Parent)
	if x.pairwise {
		c.tr120Pairwise(i)
		return
	}
	k, _ := slices.BinarySearch(x.els, i)
	for _, f := range x.following(k) {
		c.tr120Emit(i, x.els[f])
		if c.full {
			return
		}
	}
}

// tr120Pairwise is tr120 comparing i with each following sibling, as the
// stylesheet does.
func (c *checker) tr120Pairwise(i int32) {
	for f := c.el[i].NextSibling; f >= 0; f = c.el[f].NextSibling {
		if !c.is(f, nsAW39, names.AanvraagInstelling) || !c.childTextIs(f, nsAW39, names.Opname, "1") ||
			!c.textsMeet(f, i, aw39Soort) || !c.textsMeet(f, i, aw39TwIngang) {
			continue
		}
		c.tr120Emit(i, f)
		if c.full {
			return
		}
	}
}

// tr120Emit reports the TR120 finding of i and the following f.
func (c *checker) tr120Emit(i, f int32) {
	c.add(c.grandparent(i), aw39Leveringsvorm)
	for _, e := range [2]int32{i, f} {
		c.add(e, aw39Opname)
		c.add(e, aw39TwIngang)
		c.add(e, aw39Soort)
	}
	c.emit(rTR120)
}

// tr127Aanvraag reports whether element a is an aw39:Aanvraag with an
// aw39:Leveringsvorm whose text is exactly 8 (DTV), as the TR127
// templates' patterns ask.
func (c *checker) tr127Aanvraag(a int32) bool {
	return c.is(a, nsAW39, names.Aanvraag) && c.childTextIs(a, nsAW39, names.Leveringsvorm, "8")
}

// opname1 reports whether e is an aw39:AanvraagInstelling with an
// aw39:Opname of text 1 exactly.
func (c *checker) opname1(e int32) bool {
	return c.is(e, nsAW39, names.AanvraagInstelling) && c.childTextIs(e, nsAW39, names.Opname, "1")
}

// tr127Cover: iWlz-XSLT 2.2 TR127 (checkDateCover) on an AanvraagInstelling
// with Opname 2 (nee) of an Aanvraag with Leveringsvorm 8 (DTV): the
// period ToewijzingIngangsdatum to ToewijzingEinddatum of this instelling
// is covered by the periods of the sibling AanvraagInstellingen with
// Opname 1 (ja). See dateCover for how the stylesheet walks it.
func (c *checker) tr127Cover(i int32) {
	p := c.el[i].Parent
	if !c.is(p, nsAW39, names.AanvraagInstellingen) || !c.tr127Aanvraag(c.el[p].Parent) ||
		!c.childTextIs(i, nsAW39, names.Opname, "2") {
		return
	}
	c.dateCover(rTR127, i)
}

// tr127NoOverlap: iWlz-XSLT 2.2 TR127 (checkNoOverlap) on the
// AanvraagInstellingen of an Aanvraag with Leveringsvorm 8 (DTV): the
// periods ToewijzingIngangsdatum to ToewijzingEinddatum of its
// AanvraagInstellingen with Opname 1 (ja) do not overlap. See noOverlap.
func (c *checker) tr127NoOverlap(i int32) {
	if !c.tr127Aanvraag(c.el[i].Parent) {
		return
	}
	c.noOverlap(rTR127, i)
}
