package docrules

import (
	"strings"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// The rules on the client and its relaties, contact, adres, naam,
// geboortedatum, communicatie and Wzd. In the comments, "empty" is the
// stylesheets' testvalue '': absent, or normalize-space(text()) = ''.

var (
	iwlzLandCode     = step{nsIwlz, names.LandCode}
	iwlzPostcode     = step{nsIwlz, names.Postcode}
	iwlzHuis         = step{nsIwlz, names.Huis}
	iwlzHuisnummer   = step{nsIwlz, names.Huisnummer}
	iwlzDatum        = step{nsIwlz, names.Datum}
	iwlzDatumGebruik = step{nsIwlz, names.DatumGebruik}
)

// cd005: iWlz-XSLT 2.2 CD005 (checkempty): a filled iwlz:Postcode needs a
// filled iwlz:LandCode beside it, and a filled LandCode a filled Postcode.
// Each of the two is checked from its own element, so a filled Postcode
// without LandCode is one finding at the Postcode alone. The prose ("als
// Postcode gevuld is, dan verplicht vullen, anders leeg laten") reads
// one-way; the stylesheet checks both ways.
func (c *checker) cd005(i int32, other names.ID) {
	if blank(c.el[i].Text) {
		return
	}
	p := c.el[i].Parent
	o := step{nsIwlz, other}
	if !blank(c.sel(p, o).text) {
		return
	}
	c.node(i)
	c.add(p, o)
	c.emit(rCD005)
}

// cd007: iWlz-XSLT 2.2 CD007 (checksame): on an element with an iwlz:Taal
// or iwlz:Vorm child, Taal is filled exactly when Vorm is 1 (tolk taal).
// Locations: Taal and Vorm.
func (c *checker) cd007(i int32) {
	taal := step{nsIwlz, names.Taal}
	vorm := step{nsIwlz, names.Vorm}
	if !blank(c.sel(i, taal).text) == inList(c.sel(i, vorm).text, "1") {
		return
	}
	c.add(i, taal)
	c.add(i, vorm)
	c.emit(rCD007)
}

// cd009: iWlz-XSLT 2.2 CD009 (checkimplication): a Contact/Periode (AW33,
// IO31) requires the Soort of its Contact to be 04 (tijdelijk adres).
// Locations: Periode and Soort.
func (c *checker) cd009(i int32, k nsKind) {
	p := c.el[i].Parent
	soort := step{k, names.Soort}
	if inList(c.sel(p, soort).text, "04") {
		return
	}
	c.node(i)
	c.add(p, soort)
	c.emit(rCD009)
}

// cd016: iWlz-XSLT 2.2 CD016 (checkimplication): a Relatie whose Soort is
// not 12 (partner) needs a Volgorde element. A Relatie without Soort
// counts as "not 12" too. Locations: Soort (and Volgorde, absent).
func (c *checker) cd016(i int32, k nsKind) {
	soort := step{k, names.Soort}
	if inList(c.sel(i, soort).text, "12") || c.sel(i, step{k, names.Volgorde}).exists() {
		return
	}
	c.add(i, soort)
	c.emit(rCD016)
}

// cd017: iWlz-XSLT 2.2 CD017 (checkimplication): a Relatie with Soort 12
// (partner) needs a filled Geboortedatum/iwlz:Datum. Locations: Soort and
// Datum.
func (c *checker) cd017(i int32, k nsKind) {
	soort := step{k, names.Soort}
	gd := step{k, names.Geboortedatum}
	if !inList(c.sel(i, soort).text, "12") || !blank(c.sel(i, gd, iwlzDatum).text) {
		return
	}
	c.add(i, soort)
	c.add(i, gd, iwlzDatum)
	c.emit(rCD017)
}

// cd025: iWlz-XSLT 2.2 CD025 (checkimplication): iwlz:LandCode NL needs a
// filled ../iwlz:Huis/iwlz:Huisnummer. Locations: LandCode and Huisnummer.
func (c *checker) cd025(i int32) {
	if !inList(c.el[i].Text, "NL") {
		return
	}
	p := c.el[i].Parent
	if !blank(c.sel(p, iwlzHuis, iwlzHuisnummer).text) {
		return
	}
	c.node(i)
	c.add(p, iwlzHuis, iwlzHuisnummer)
	c.emit(rCD025)
}

// cd034: iWlz-XSLT 2.2 CD034 (checkimplication): an Adres whose Contact
// has Soort 01 (BRP-adres) or 03 (verblijfadres) needs a filled
// iwlz:Postcode. Locations: the Contact's Soort and the Postcode.
func (c *checker) cd034(i int32, k nsKind) {
	p := c.el[i].Parent
	soort := step{k, names.Soort}
	if !inList(c.sel(p, soort).text, "01", "03") || !blank(c.sel(i, iwlzPostcode).text) {
		return
	}
	c.add(p, soort)
	c.add(i, iwlzPostcode)
	c.emit(rCD034)
}

// cd070: iWlz-XSLT 2.2 CD070 (checksame, twice): in a Wzd, WzdVerklaring
// 1 goes with a WzdIngangsdatum element and with a WzdEinddatum element,
// any other WzdVerklaring with neither; each date is its own check.
// Locations: WzdVerklaring and the date. The stylesheet asks only that
// the date elements exist ('#'), not that they are filled.
func (c *checker) cd070(i int32) {
	verkl := step{nsIwlz, names.WzdVerklaring}
	v := inList(c.sel(i, verkl).text, "1")
	for _, d := range [2]names.ID{names.WzdIngangsdatum, names.WzdEinddatum} {
		ds := step{nsIwlz, d}
		if v == c.sel(i, ds).exists() {
			continue
		}
		c.add(i, verkl)
		c.add(i, ds)
		c.emit(rCD070)
	}
}

// cs035: iWlz-XSLT 2.2 CS035 (checknvalue): Client/BurgerlijkeStaat is not
// 3 (gescheiden) or 6 (gescheiden geregistreerd partner).
func (c *checker) cs035(i int32) {
	if inList(c.el[i].Text, "3", "6") {
		c.node(i)
		c.emit(rCS035)
	}
}

// cs050: iWlz-XSLT 2.2 CS050 (checkimplication, twice), on an element with
// an iwlz:Partnernaam or iwlz:NaamGebruik child: with a Partnernaam,
// NaamGebruik is 1, 2, 3 or 4 (locations: Partnernaam and NaamGebruik);
// without one, NaamGebruik is 1 (locations: NaamGebruik and the element
// itself).
func (c *checker) cs050(i int32) {
	pn := step{nsIwlz, names.Partnernaam}
	ng := step{nsIwlz, names.NaamGebruik}
	gebruik := c.sel(i, ng).text
	if c.sel(i, pn).exists() {
		if !inList(gebruik, "1", "2", "3", "4") {
			c.add(i, pn)
			c.add(i, ng)
			c.emit(rCS050)
		}
		return
	}
	if !inList(gebruik, "1") {
		c.add(i, ng)
		c.node(i)
		c.emit(rCS050)
	}
}

// cs069: iWlz-XSLT 2.2 CS069 (checkvalue, pattern '\0\1000000'):
// Client/Huisarts is 01 followed by six digits, read from the text as is
// (not normalized).
func (c *checker) cs069(i int32) {
	if !patternMatch(c.el[i].Text, `\0\1000000`) {
		c.node(i)
		c.emit(rCS069)
	}
}

// cs089: iWlz-XSLT 2.2 CS089 (checkimplication, pattern '1000ZZ'):
// iwlz:LandCode NL needs an ../iwlz:Postcode of four digits, the first
// not 0, and two letters, with no space between and none around (the
// pattern reads the text as is). Locations: LandCode and Postcode.
func (c *checker) cs089(i int32) {
	if !inList(c.el[i].Text, "NL") {
		return
	}
	p := c.el[i].Parent
	if patternMatch(c.sel(p, iwlzPostcode).text, "1000ZZ") {
		return
	}
	c.node(i)
	c.add(p, iwlzPostcode)
	c.emit(rCS089)
}

// cs092: iWlz-XSLT 2.2 CS092 (checkafter): iwlz:WzdEinddatum is not before
// ../iwlz:WzdIngangsdatum, compared as numbers without the dashes; a
// WzdEinddatum without WzdIngangsdatum element is a finding too, and a
// date that is no number compares as false (no finding). Locations:
// WzdEinddatum and WzdIngangsdatum.
func (c *checker) cs092(i int32) {
	p := c.el[i].Parent
	ing := step{nsIwlz, names.WzdIngangsdatum}
	s := c.sel(p, ing)
	if s.exists() && !(number(s.text, true) > number(c.el[i].Text, true)) {
		return
	}
	c.node(i)
	c.add(p, ing)
	c.emit(rCS092)
}

// cs123: iWlz-XSLT 2.2 CS123 (checknvalue): Relatie/Soort is not 25
// (wijkcoach).
func (c *checker) cs123(i int32) {
	if inList(c.el[i].Text, "25") {
		c.node(i)
		c.emit(rCS123)
	}
}

// tr002: iWlz-XSLT 2.2 TR002: a Geboortedatum/iwlz:Datum lies at most 120
// years before the Dagtekening of the message: number(Datum without
// dashes) + 1200000 >= number(Dagtekening without dashes), so the
// comparison is on the yyyymmdd numbers. It is skipped only when the
// Datum text is exactly 1900-01-01 and no DatumGebruik sibling has a text
// other than 3 (the prose's "tenzij Geboortedatum onbekend is"). The
// Dagtekening is Bericht/Header/BerichtIdentificatie/Dagtekening (any
// namespace); a message without one is not checked (the stylesheet then
// reads a FactuurDagtekening, which iWlz messages do not have).
// Locations: Dagtekening and Datum.
func (c *checker) tr002(i int32) {
	t := c.el[i].Text
	skip := t == "" || t == "1900-01-01"
	if skip {
		p := c.el[i].Parent
		for ch := c.el[p].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
			if c.is(ch, nsIwlz, names.DatumGebruik) && c.el[ch].Text != "" && c.el[ch].Text != "3" {
				skip = false
				break
			}
		}
	}
	if skip {
		return
	}
	path := [...]step{{nsAny, names.Header}, {nsAny, names.BerichtIdentificatie}, {nsAny, names.Dagtekening}}
	d := c.fromBericht(i, nsAny, path[:]...)
	if !d.exists() {
		path = [...]step{{nsAny, names.Header}, {nsAny, names.DeclaratieFactuurIdentificatie}, {nsAny, names.FactuurDagtekening}}
		d = c.fromBericht(i, nsAny, path[:]...)
	}
	if !(number(t, true)+1200000 < number(c.str(d), true)) {
		return
	}
	c.addFromBericht(i, nsAny, path[:]...)
	c.node(i)
	c.emit(rTR002)
}

// afgifte20070301 reports whether the first Indicatie/Afgiftedatum of
// client i, without dashes, is a number above 20070301 (TR004, TR005).
func (c *checker) afgifte20070301(i int32, k nsKind) bool {
	s := c.sel(i, step{k, names.Indicatie}, step{k, names.Afgiftedatum})
	return number(c.str(s), true) > 20070301
}

// tr004: iWlz-XSLT 2.2 TR004: a client whose first Indicatie/Afgiftedatum
// is after 2007-03-01 and whose Leefeenheid is 3 or 4 has a
// Relaties/Relatie/Soort that is exactly 12 (partner). Locations:
// Leefeenheid and every Relatie/Soort of the client.
func (c *checker) tr004(i int32, k nsKind) {
	if !c.afgifte20070301(i, k) || !inList(c.sel(i, step{k, names.Leefeenheid}).text, "3", "4") {
		return
	}
	for r := c.el[i].FirstChild; r >= 0; r = c.el[r].NextSibling {
		if !c.is(r, k, names.Relaties) {
			continue
		}
		for rel := c.el[r].FirstChild; rel >= 0; rel = c.el[rel].NextSibling {
			if !c.is(rel, k, names.Relatie) {
				continue
			}
			for s := c.el[rel].FirstChild; s >= 0; s = c.el[s].NextSibling {
				if c.is(s, k, names.Soort) && c.el[s].Text == "12" {
					return
				}
			}
		}
	}
	c.add(i, step{k, names.Leefeenheid})
	c.add(i, step{k, names.Relaties}, step{k, names.Relatie}, step{k, names.Soort})
	c.emit(rTR004)
}

// tr005: iWlz-XSLT 2.2 TR005: for a client whose first
// Indicatie/Afgiftedatum is after 2007-03-01, every Relaties/Relatie with
// a Soort whose number is 12 has a Contact/Adres/iwlz:Huis/iwlz:Huisnummer
// and a Contact/Adres/iwlz:Postcode that are not blank (the first of
// each). One finding per such Relatie, at every Afgiftedatum of the
// client and the Relatie's Soort, Huisnummer and Postcode.
func (c *checker) tr005(i int32, k nsKind) {
	if !c.afgifte20070301(i, k) {
		return
	}
	contact, adres := step{nsAny, names.Contact}, step{nsAny, names.Adres}
	for r := c.el[i].FirstChild; r >= 0; r = c.el[r].NextSibling {
		if !c.is(r, k, names.Relaties) {
			continue
		}
		for rel := c.el[r].FirstChild; rel >= 0; rel = c.el[rel].NextSibling {
			if !c.is(rel, k, names.Relatie) {
				continue
			}
			partner := false
			for s := c.el[rel].FirstChild; s >= 0; s = c.el[s].NextSibling {
				if c.is(s, nsAny, names.Soort) && number(c.el[s].Text, false) == 12 {
					partner = true
					break
				}
			}
			if !partner {
				continue
			}
			hn := c.sel(rel, contact, adres, iwlzHuis, iwlzHuisnummer)
			pc := c.sel(rel, contact, adres, iwlzPostcode)
			if !blank(c.str(hn)) && !blank(c.str(pc)) {
				continue
			}
			c.add(i, step{k, names.Indicatie}, step{k, names.Afgiftedatum})
			c.add(rel, step{nsAny, names.Soort})
			c.add(rel, contact, adres, iwlzHuis, iwlzHuisnummer)
			c.add(rel, contact, adres, iwlzPostcode)
			c.emit(rTR005)
		}
	}
}

// tr006: iWlz-XSLT 2.2 TR006 (checkSingleCorrect, twice): a Contact has a
// Telefoon or an Adres/iwlz:Huis, and a Telefoon or an Adres/iwlz:Postcode
// (elements present, filled or not). A Contact with neither Telefoon nor
// Huis nor Postcode is two findings. Location: the Contact.
func (c *checker) tr006(i int32, k nsKind) {
	if c.sel(i, step{k, names.Telefoon}).exists() {
		return
	}
	adres := step{k, names.Adres}
	if !c.sel(i, adres, iwlzHuis).exists() {
		c.node(i)
		c.emit(rTR006)
	}
	if !c.sel(i, adres, iwlzPostcode).exists() {
		c.node(i)
		c.emit(rTR006)
	}
}

// tr061: iWlz-XSLT 2.2 TR061: Client/Contactgegevens has a Contact whose
// Soort text is exactly 01 (BRP-adres) or 03 (verblijfadres). Locations:
// every Contact of the Contactgegevens.
func (c *checker) tr061(i int32, k nsKind) {
	for ct := c.el[i].FirstChild; ct >= 0; ct = c.el[ct].NextSibling {
		if !c.is(ct, k, names.Contact) {
			continue
		}
		for s := c.el[ct].FirstChild; s >= 0; s = c.el[s].NextSibling {
			if c.is(s, k, names.Soort) && (c.el[s].Text == "01" || c.el[s].Text == "03") {
				return
			}
		}
	}
	c.add(i, step{k, names.Contact})
	c.emit(rTR061)
}

// tr097: iWlz-XSLT 2.2 TR097, on an element with iwlz:Datum and
// iwlz:DatumGebruik children: DatumGebruik 3 goes with Datum 1900-01-01,
// 2 with a Datum ending in -01-01 (after its first dash), 1 with a Datum
// ending in -01 (after its second dash); the first of these that applies
// decides. Locations: Datum and DatumGebruik.
func (c *checker) tr097(i int32) {
	var g1, g2, g3, not1900 bool
	first := int32(-1)
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.kind(ch) != nsIwlz {
			continue
		}
		switch t := c.el[ch].Text; c.el[ch].Name {
		case names.DatumGebruik:
			g1 = g1 || t == "1"
			g2 = g2 || t == "2"
			g3 = g3 || t == "3"
		case names.Datum:
			if first < 0 {
				first = ch
			}
			not1900 = not1900 || t != "1900-01-01"
		}
	}
	d := c.el[first].Text
	_, after1, _ := strings.Cut(d, "-")
	_, after2, _ := strings.Cut(after1, "-")
	if !(g3 && not1900) && !(g2 && after1 != "01-01") && !(g1 && after2 != "01") {
		return
	}
	c.add(i, iwlzDatum)
	c.add(i, iwlzDatumGebruik)
	c.emit(rTR097)
}
