package docrules

import "github.com/wlzregels/zorgtoewijzing/internal/names"

// The date rules CS003 and CS023, for the elements the typed rules do not
// judge. The typed rules (allocation, waitstatus) judge CS003 on the
// periods of an Indicatie and of its geindiceerde and toegewezen
// zorgeenheden, and CS023 on Indicatie/Afgiftedatum,
// Toegewezen*/Toewijzingsdatum and Mutatie*/Mutatiedatum; this package
// judges the rest of what the stylesheets match (see Covers).

// checkafter is the basis template checkafter with pThis the element i and
// pOther the nodes o: a finding when o is empty or the number of o's first
// text without dashes is above that of i's text. Locations: i and o.
func (c *checker) checkafter(r rule, i int32, o sel, addOther func()) {
	if o.exists() && !(dateNum(o.text) > dateNum(c.el[i].Text)) {
		return
	}
	c.node(i)
	addOther()
	c.emit(r)
}

// cs003: iWlz-XSLT 2.2 CS003 (checkafter) on an Einddatum: it is not
// before the Ingangsdatum (or Begindatum) beside it, and that element
// exists: an Einddatum without it is a finding (the stylesheet's
// checkafter fails on an absent pOther); a date that is no number compares
// false (no finding). The templates: iwlz:Einddatum of an AW33 or IO31
// Contact/Periode (against iwlz:Begindatum), and the ToewijzingEinddatum
// of an AW39 AanvraagInstelling (against ToewijzingIngangsdatum).
// Locations: the Einddatum and the Ingangsdatum.
func (c *checker) cs003(i int32, ing step) {
	p := c.el[i].Parent
	c.checkafter(rCS003, i, c.sel(p, ing), func() { c.add(p, ing) })
}

// cs003Periode reports whether iwlz:Einddatum i is one of a
// k:Contact/k:Periode with k AW33 or IO31 (the namespaces of Periode and
// Contact the same).
func (c *checker) cs003Periode(i int32) bool {
	p := c.el[i].Parent
	if p < 0 {
		return false
	}
	k := c.kind(p)
	return (k == nsAW33 || k == nsIO31) && c.el[p].Name == names.Periode && c.parentIs(p, k, names.Contact)
}

// dagtekening is the path the CS023 templates read the Dagtekening from,
// below ancestor-or-self::*[local-name() = 'Bericht'].
var dagtekening = [...]step{{nsAny, names.Header}, {nsAny, names.BerichtIdentificatie}, {nsIwlz, names.Dagtekening}}

// cs023: iWlz-XSLT 2.2 CS023 (checkafter) on an iwlz:Datum (any parent:
// the template is "generic for all Geboortedatum"): the Datum is not after
// the Dagtekening (Bericht/Header/BerichtIdentificatie/iwlz:Dagtekening),
// compared as numbers without dashes. A message without Dagtekening is a
// finding at every Datum; a date that is no number compares false. The
// template ignores DatumGebruik: an unknown date is judged too.
// Locations: the Dagtekening and the Datum.
func (c *checker) cs023(i int32) {
	d := c.fromBericht(i, nsAny, dagtekening[:]...)
	if d.exists() && !(dateNum(c.el[i].Text) > dateNum(d.text)) {
		return
	}
	c.addFromBericht(i, nsAny, dagtekening[:]...)
	c.node(i)
	c.emit(rCS023)
}

// cs023Clienten: iWlz-XSLT 2.2 CS023 on an element named Clienten (any
// namespace), meant for the AW317: when the Header has a filled
// Periode/iwlz:Begindatum (normalize-space of its string-value), that
// Begindatum is not after the Dagtekening; a message without Dagtekening
// is a finding. No IO31, AW33 or AW39 header has a Periode, so this fires
// only on a message outside the schema. Locations: the Dagtekening and
// the Begindatum.
func (c *checker) cs023Clienten(i int32) {
	per := [...]step{{nsAny, names.Header}, {nsAny, names.Periode}, {nsIwlz, names.Begindatum}}
	b := c.fromBericht(i, nsAny, per[:]...)
	if blank(c.str(b)) {
		return
	}
	d := c.fromBericht(i, nsAny, dagtekening[:]...)
	if d.exists() && !(dateNum(b.text) > dateNum(d.text)) {
		return
	}
	c.addFromBericht(i, nsAny, dagtekening[:]...)
	c.addFromBericht(i, nsAny, per[:]...)
	c.emit(rCS023)
}

// cd022: iWlz-XSLT 2.2 CD022 (checksame) on an AW33 or IO31
// GeindiceerdeFunctie and an AW33 ToegewezenFunctie: FunctieCode 64
// (BH-GRP) or 82 (BG-GRP) goes with a Vervoer element (filled or not:
// '#'), any other FunctieCode with none. Locations: FunctieCode and
// Vervoer.
func (c *checker) cd022(i int32, k nsKind) {
	c.checksame(rCD022, i, step{k, names.FunctieCode}, []string{"64", "82"}, []step{{k, names.Vervoer}}, exists)
}

// cs107: iWlz-XSLT 2.2 CS107 (checkvalue) on the Vervoer of an AW33 or
// IO31 GeindiceerdeFunctie and of an AW33 ToegewezenFunctie: it is 1
// (vervoer nodig) or 2 (vervoer niet nodig).
func (c *checker) cs107(i int32) {
	if !inList(c.el[i].Text, "1", "2") {
		c.node(i)
		c.emit(rCS107)
	}
}
