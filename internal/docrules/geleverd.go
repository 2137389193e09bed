package docrules

import "github.com/wlzregels/zorgtoewijzing/internal/names"

// The rules on the geleverde zorgeenheden of an AW35 (melding aanvang
// zorg): GeleverdZorgzwaartepakket and GeleverdeFunctie. Only the
// templates for aw35 elements are ported; the same stylesheet files have
// templates for the elements of other messages (an AW33 or ZK35 element),
// which no schema-valid AW35 contains and which the typed rules judge in
// their own message. In each, "is v" is normalize-space of the first text
// node of the elements compared, and the locations are the elements the
// stylesheet passes to addError (their union, in document order).

var (
	aw35Leveringsvorm = step{nsAW35, names.Leveringsvorm}
	aw35Begindatum    = step{nsAW35, names.Begindatum}
	aw35FunctieCode   = step{nsAW35, names.FunctieCode}
	aw35Klasse        = step{nsAW35, names.Klasse}
	aw35Opslag        = step{nsAW35, names.Opslag}
)

// geleverdZzp applies the rules on an aw35:GeleverdZorgzwaartepakket, in
// the stylesheet's order:
//
// CD051 (the cd051 template, checksame): a Leveringsvorm (any namespace) 4
// or 5 goes with a filled aw35:Klasse, any other with none.
//
// CD072 (checksame): a Leveringsvorm (any namespace) 8 (DTV) goes with an
// Etmalen element (any namespace), filled or not ('#'), any other with
// none.
//
// CS127 (the cs127 template): the Leveringsvorm is not 2 (PGB), and not 9
// (VKB); each its own finding.
func (c *checker) geleverdZzp(i int32) {
	if c.on(rCD051) {
		c.checksame(rCD051, i, anyLeveringsvorm, []string{"4", "5"}, []step{aw35Klasse}, filled)
	}
	if c.on(rCD072) {
		c.checksame(rCD072, i, anyLeveringsvorm, []string{"8"}, []step{{nsAny, names.Etmalen}}, exists)
	}
	if c.on(rCS127) {
		c.cs127(i)
	}
}

// cd004: iWlz-XSLT 2.2 CD004 (checkimplication) on the aw35:Sleuteldatum
// of a GeleverdZorgzwaartepakket: the Sleuteldatum exists ('#', so any
// Sleuteldatum, filled or not), so ../aw35:Leveringsvorm is 4 (verblijf).
// Locations: the Sleuteldatum and the Leveringsvorm elements.
func (c *checker) cd004(i int32) {
	p := c.el[i].Parent
	if inList(c.sel(p, aw35Leveringsvorm).text, "4") {
		return
	}
	c.node(i)
	c.add(p, aw35Leveringsvorm)
	c.emit(rCD004)
}

// cs088: iWlz-XSLT 2.2 CS088 (checkafterstrict, pThis the
// ../aw35:Begindatum, pOther the Sleuteldatum) on the aw35:Sleuteldatum
// of a GeleverdZorgzwaartepakket: a finding when there is no Begindatum,
// or when the Sleuteldatum is at or after the Begindatum, compared as the
// numbers of their first text without dashes (text that is no number
// compares false: no finding). So the Sleuteldatum lies strictly before
// the Begindatum; the same day is a finding. Locations: the Begindatum
// elements and the Sleuteldatum.
func (c *checker) cs088(i int32) {
	p := c.el[i].Parent
	b := c.sel(p, aw35Begindatum)
	if b.exists() && !(dateNum(c.el[i].Text) >= dateNum(b.text)) {
		return
	}
	c.add(p, aw35Begindatum)
	c.node(i)
	c.emit(rCS088)
}

// tr008Pairs are TR008's implications (the checkFunctieList template):
// a FunctieCode in the first list has a Klasse in the second.
var tr008Pairs = [...]struct{ functies, klassen []string }{
	{[]string{"21", "31", "81"}, []string{"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"}},
	{[]string{"41"}, []string{"K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7"}},
	{[]string{"61", "62", "63", "91"}, []string{"99"}},
	{[]string{"64", "82"}, []string{"KD01", "KD02", "KD03", "KD04", "KD05", "KD06", "KD07", "KD08", "KD09"}},
	{[]string{"71"}, []string{"KE1", "KE2", "KE3", "KE4", "KE5", "KE6", "KE7"}},
}

// tr008: iWlz-XSLT 2.2 TR008 (checkFunctieList) on an element with an
// aw35:FunctieCode child (*[aw35:FunctieCode]: any element, in a
// schema-valid AW35 a GeleverdeFunctie): when it has an aw35:Klasse child,
// each of the five implications of tr008Pairs is checked
// (checkimplication), each failing one its own finding at the FunctieCode
// and Klasse elements. Without a Klasse nothing is checked.
func (c *checker) tr008(i int32) {
	kl := c.sel(i, aw35Klasse)
	if !kl.exists() {
		return
	}
	fc := c.sel(i, aw35FunctieCode).text
	for _, p := range tr008Pairs {
		if inList(fc, p.functies...) && !inList(kl.text, p.klassen...) {
			c.add(i, aw35FunctieCode)
			c.add(i, aw35Klasse)
			c.emit(rTR008)
		}
	}
}

// tr010Max is the Klasse beyond which TR010 allows an Opslag, by
// FunctieCode (the checkOpslagAndKlasse template's choose, in its order).
var tr010Max = [...]struct{ functie, klasse string }{
	{"21", "K8"}, {"31", "K8"}, {"41", "K7"}, {"64", "KD09"}, {"71", "KE7"}, {"81", "K8"}, {"82", "KD09"},
}

// tr010: iWlz-XSLT 2.2 TR010 (checkOpslagAndKlasse) on an element with an
// aw35:Opslag and an aw35:Klasse child, and on every aw35:GeleverdeFunctie
// (with or without them). The FunctieCode is chosen by the first when
// whose test holds: a FunctieCode child (any namespace) whose whole text
// is exactly the code (a node-set comparison, not normalized). For 21, 31
// and 81 a Klasse that is not K8, for 41 not K7, for 64 and 82 not KD09,
// for 71 not KE7 (an absent Klasse counts as "not"), goes with an empty
// Opslag (absent or blank); for any other FunctieCode (otherwise), a Klasse
// 99 goes with an empty Opslag, so a functie without a maximum klasse (61,
// 62, 63, 91) may carry an Opslag with any Klasse but 99. Locations: the
// Klasse and Opslag elements.
func (c *checker) tr010(i int32) {
	kl := c.sel(i, aw35Klasse).text
	this := inList(kl, "99")
	for _, m := range tr010Max {
		if c.childTextIs(i, nsAny, names.FunctieCode, m.functie) {
			this = !inList(kl, m.klasse)
			break
		}
	}
	if !this || blank(c.sel(i, aw35Opslag).text) {
		return
	}
	c.add(i, aw35Klasse)
	c.add(i, aw35Opslag)
	c.emit(rTR010)
}

// tr034: iWlz-XSLT 2.2 TR034 (checkimplication) on an aw35:GeleverdeFunctie:
// an aw35:FunctieCode 71 goes with an empty aw35:Opslag (absent or blank).
// Locations: the FunctieCode and Opslag elements.
func (c *checker) tr034(i int32) {
	if !inList(c.sel(i, aw35FunctieCode).text, "71") || blank(c.sel(i, aw35Opslag).text) {
		return
	}
	c.add(i, aw35FunctieCode)
	c.add(i, aw35Opslag)
	c.emit(rTR034)
}
