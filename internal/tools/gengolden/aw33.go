package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const (
	ontvanger = "12345678" // the receiving aanbieder of the base AW33
	andere    = "87654321" // another aanbieder
	derde     = "11223344" // a third aanbieder
	zk        = "5501"     // the zorgkantoor
	dag       = "2021-03-15"
	indIngang = "2020-06-01"
)

// m33 is an AW33 (or, with msg "IO31", an IO31) under construction.
type m33 struct {
	msg     string
	h       header
	clients []*client
}

func (m *m33) tree() *node {
	root := el("Bericht", m.h.node(m.msg == "AW33"))
	cl := el("Clienten")
	for _, c := range m.clients {
		cl.kids = append(cl.kids, c.node(m.msg))
	}
	root.kids = append(root.kids, cl)
	return root
}

func ns(msg string) string {
	return "http://www.istandaarden.nl/iwlz/2_2/" + strings.ToLower(msg) + "/schema"
}

// zzpFor gives a toegewezen ZZP line for leveringsvorm lv that satisfies
// the presence rules (CD040, CD050, CD051, CD052, CD072, CD073).
func zzpFor(lv, code, instelling, ingang string) tzzp {
	z := tzzp{code: code, instelling: instelling, zorgkantoor: zk, soort: "1", tdatum: "2021-03-10", ttijd: "10:00:00",
		pct: "10000", ingang: ingang, lv: lv}
	switch lv {
	case "2":
		z.instelling, z.pct = "", ""
	case "4":
		z.klasse, z.dossierhouder, z.opname = "KE4", instelling, "1"
	case "5":
		z.klasse, z.dossierhouder = "KE5", instelling
	case "7":
		z.czt = instelling
	case "8":
		z.etmalen, z.dossierhouder, z.opname = "3,5", instelling, "1"
	case "9":
		z.dossierhouder = instelling
	}
	return z
}

func baseContact() *contact {
	return &contact{soort: "01", adres: &adres{huisnummer: "7", postcode: "3511AB", straat: "Domstraat", plaats: "Utrecht", land: "NL"},
		telefoon: "0301234567"}
}

func baseRelatie() *relatie {
	return &relatie{nummer: "R1", volgorde: "1", soort: "03", geslacht: "1",
		naam:    naam{achternaam: "Vries", voorvoegsel: "de", voorletters: "P", naamGebruik: "1"},
		contact: &contact{soort: "01", adres: &adres{huisnummer: "12", postcode: "3512CD", straat: "Oudegracht", plaats: "Utrecht", land: "NL"}}}
}

func partner() *relatie {
	return &relatie{nummer: "P1", soort: "12", geb: &geboorte{datum: "1941-02-03"}, geslacht: "1",
		naam:    naam{achternaam: "Jansen", voorletters: "K", naamGebruik: "1"},
		contact: &contact{soort: "01", adres: &adres{huisnummer: "7", postcode: "3511AB", straat: "Domstraat", plaats: "Utrecht", land: "NL"}}}
}

func baseClient(msg string) *client {
	c := &client{bsn: "123456782", geheim: "2", geb: geboorte{datum: "1940-05-17"}, geslacht: "2", bstaat: "1",
		naam:        naam{achternaam: "Jansen", voornamen: "Maria", voorletters: "M", naamGebruik: "1"},
		leefeenheid: "1", huisarts: "01012345", partneropname: "2",
		relaties: []*relatie{baseRelatie()},
		contacts: []*contact{baseContact()},
	}
	in := &indicatie{besluitnummer: "4711", soort: "1", grondslagen: []string{"01"}, afgifte: "2020-05-20", ingang: indIngang,
		stoornissen: []stoornis{{grondslag: "01", lijst: "014", sublijst: "04", code: "01", prognose: "1"}},
		beperkingen: []beperking{{categorie: "1", duur: "1", scores: [][2]string{{"0101", "1"}}}},
		gfuncties:   []gfunctie{{code: "21", ingang: indIngang, klasse: "K3", voorwaarde: "1", financiering: "1"}},
		sscores:     [][2]string{{"0101", "1"}},
		gzzps:       []gzzp{{code: "753", ingang: indIngang, klasse: "KE4", financiering: "1"}},
	}
	if msg == "AW33" {
		in.tfuncties = []tfunctie{{code: "21", instelling: ontvanger, zorgkantoor: zk, soort: "1", tdatum: "2021-03-10", ttijd: "10:00:00",
			ingang: indIngang, klasse: "K3"}}
		in.tzzps = []tzzp{zzpFor("4", "753", ontvanger, indIngang)}
	}
	c.ind = in
	return c
}

func base33(msg string) *m33 {
	h := header{code: "352", afzender: zk, ontvanger: ontvanger, ident: "AW33-0000001", dagtekening: dag}
	if msg == "IO31" {
		h = header{code: "388", ontvanger: zk, ident: "IO31-0000001", dagtekening: dag}
	}
	return &m33{msg: msg, h: h, clients: []*client{baseClient(msg)}}
}

// kase is one hand-made variation of the base message: m changes the
// model, t (optional) the element tree built from it.
type kase struct {
	name, about string
	m           func(*m33)
	t           func(*node)
}

func (k kase) entry(msg string) Entry {
	m := base33(msg)
	if k.m != nil {
		k.m(m)
	}
	t := m.tree()
	if k.t != nil {
		k.t(t)
	}
	return Entry{Name: k.name, About: k.about, XML: render(t, ns(msg))}
}

// shorthands for the first client and its parts
func c0(m *m33) *client     { return m.clients[0] }
func in0(m *m33) *indicatie { return m.clients[0].ind }
func z0(m *m33) *tzzp       { return &m.clients[0].ind.tzzps[0] }
func f0(m *m33) *tfunctie   { return &m.clients[0].ind.tfuncties[0] }
func g0(m *m33) *gzzp       { return &m.clients[0].ind.gzzps[0] }
func gf0(m *m33) *gfunctie  { return &m.clients[0].ind.gfuncties[0] }

func setLV(lv string) func(*m33) {
	return func(m *m33) { in0(m).tzzps[0] = zzpFor(lv, "753", ontvanger, indIngang) }
}

func addClient(m *m33, f func(*client)) {
	c := baseClient(m.msg)
	c.bsn = "999999990"
	f(c)
	m.clients = append(m.clients, c)
}

func tfunc(code, klasse, instelling, soort, ingang, eind string) tfunctie {
	return tfunctie{code: code, instelling: instelling, zorgkantoor: zk, soort: soort, tdatum: "2021-03-10", ttijd: "10:00:00",
		ingang: ingang, eind: eind, klasse: klasse}
}

func gfunc(code, klasse, ingang, eind string) gfunctie {
	return gfunctie{code: code, ingang: ingang, eind: eind, klasse: klasse, voorwaarde: "1", financiering: "1"}
}

// clientCases are the variations of client and indicatie data that AW33
// and IO31 share.
func clientCases(msg string) []kase {
	aw33 := msg == "AW33"
	ks := []kase{
		{name: "valid-base", about: "the base message: every rule passes"},
		// CD005
		{name: "CD005-postcode-without-landcode", about: "CD005: client Adres has Postcode but no LandCode", m: func(m *m33) { c0(m).contacts[0].adres.land = "" }},
		{name: "CD005-landcode-without-postcode", about: "CD005: client Adres has LandCode NL but no Postcode (CD034 also applies to Soort 01)", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "" }},
		{name: "CD005-relatie-foreign-without-postcode", about: "CD005: relatie Adres with LandCode BE and no Postcode, Contact Soort 02", m: func(m *m33) {
			r := c0(m).relaties[0]
			r.contact = &contact{soort: "02", adres: &adres{straat: "Grote Markt", plaats: "Brussel", land: "BE"}, telefoon: "3221234567"}
		}},
		{name: "CD005-pass-foreign-with-both", about: "CD005 boundary: a foreign Adres with Postcode and LandCode BE passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", adres: &adres{postcode: "1000", plaats: "Brussel", land: "BE"}, telefoon: "3221234567"})
		}},
		{name: "CD005-pass-neither", about: "CD005 boundary: an Adres (Contact Soort 02) with neither Postcode nor LandCode passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", adres: &adres{straat: "Kerkstraat", plaats: "Ergens"}, telefoon: "0201234567"})
		}},
		// CD007
		{name: "CD007-vorm1-without-taal", about: "CD007: Communicatie Vorm 1 (tolk taal) without Taal", m: func(m *m33) { c0(m).commVorm = "1" }},
		{name: "CD007-vorm2-with-taal", about: "CD007: Communicatie Vorm 2 with Taal", m: func(m *m33) { c0(m).commVorm, c0(m).taal = "2", "Pools" }},
		{name: "CD007-vorm3-with-taal", about: "CD007: Communicatie Vorm 3 with Taal", m: func(m *m33) { c0(m).commVorm, c0(m).taal = "3", "Turks" }},
		{name: "CD007-pass-vorm1-taal", about: "CD007 boundary: Vorm 1 with Taal passes", m: func(m *m33) { c0(m).commVorm, c0(m).taal = "1", "Arabisch" }},
		{name: "CD007-pass-vorm2", about: "CD007 boundary: Vorm 2 without Taal passes", m: func(m *m33) { c0(m).commVorm = "2" }},
		// CD009
		{name: "CD009-periode-on-brp-adres", about: "CD009: client Contact Soort 01 with a Periode", m: func(m *m33) { c0(m).contacts[0].periode = &periode{begin: "2020-01-01"} }},
		{name: "CD009-periode-on-relatie-adres", about: "CD009: relatie Contact Soort 01 with a Periode (CD009 is matched on every Contact)", m: func(m *m33) {
			c0(m).relaties[0].contact.periode = &periode{begin: "2020-01-01", eind: "2020-02-01"}
		}},
		{name: "CD009-periode-on-soort02", about: "CD009: second Contact Soort 02 with a Periode", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", telefoon: "0201234567", periode: &periode{begin: "2020-01-01"}})
		}},
		{name: "CD009-pass-tijdelijk-adres", about: "CD009 boundary: Contact Soort 04 (tijdelijk adres) with a Periode passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567", periode: &periode{begin: "2020-01-01", eind: "2020-01-01"}})
		}},
		{name: "CD009-pass-tijdelijk-without-periode", about: "CD009 boundary: Contact Soort 04 without a Periode passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567"})
		}},
		// CD016
		{name: "CD016-relatie-without-volgorde", about: "CD016: relatie Soort 03 without Volgorde", m: func(m *m33) { c0(m).relaties[0].volgorde = "" }},
		{name: "CD016-relatie15-without-volgorde", about: "CD016: relatie Soort 15 without Volgorde", m: func(m *m33) { c0(m).relaties[0].volgorde, c0(m).relaties[0].soort = "", "15" }},
		{name: "CD016-second-relatie-without-volgorde", about: "CD016: the second of two relaties lacks Volgorde", m: func(m *m33) {
			r := baseRelatie()
			r.nummer, r.volgorde, r.soort = "R2", "", "20"
			c0(m).relaties = append(c0(m).relaties, r)
		}},
		{name: "CD016-pass-partner-without-volgorde", about: "CD016 boundary: a partner (Soort 12) without Volgorde passes", m: func(m *m33) { c0(m).relaties = append(c0(m).relaties, partner()) }},
		{name: "CD016-pass-volgorde-0", about: "CD016 boundary: Volgorde 0 counts as filled", m: func(m *m33) { c0(m).relaties[0].volgorde = "0" }},
		// CD017
		{name: "CD017-partner-without-geboortedatum", about: "CD017: partner relatie without Geboortedatum", m: func(m *m33) { p := partner(); p.geb = nil; c0(m).relaties = append(c0(m).relaties, p) }},
		{name: "CD017-only-partner-without-geboortedatum", about: "CD017: the only relatie is a partner without Geboortedatum", m: func(m *m33) { p := partner(); p.geb = nil; c0(m).relaties = []*relatie{p} }},
		{name: "CD017-second-client-partner", about: "CD017: the second client's partner lacks Geboortedatum", m: func(m *m33) {
			addClient(m, func(c *client) { p := partner(); p.geb = nil; c.relaties = []*relatie{p} })
		}},
		{name: "CD017-pass-partner-with-geboortedatum", about: "CD017 boundary: partner with Geboortedatum passes", m: func(m *m33) { c0(m).relaties = append(c0(m).relaties, partner()) }},
		{name: "CD017-pass-relatie-without-geboortedatum", about: "CD017 boundary: a non-partner relatie without Geboortedatum passes (base)", m: func(m *m33) { c0(m).relaties[0].geb = nil }},
		// CD022
		{name: "CD022-gfunctie64-without-vervoer", about: "CD022: GeindiceerdeFunctie 64 without Vervoer", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("64", "KD01", indIngang, ""))
		}},
		{name: "CD022-gfunctie21-with-vervoer", about: "CD022: GeindiceerdeFunctie 21 with Vervoer", m: func(m *m33) { gf0(m).vervoer = "1" }},
		{name: "CD022-gfunctie82-without-vervoer", about: "CD022: GeindiceerdeFunctie 82 without Vervoer", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("82", "KD03", indIngang, ""))
		}},
		{name: "CD022-pass-gfunctie64-with-vervoer", about: "CD022 boundary: GeindiceerdeFunctie 64 with Vervoer 2 passes", m: func(m *m33) {
			g := gfunc("64", "KD01", indIngang, "")
			g.vervoer = "2"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "CD022-pass-gfunctie82-with-vervoer", about: "CD022 boundary: GeindiceerdeFunctie 82 with Vervoer 1 passes", m: func(m *m33) {
			g := gfunc("82", "KD09", indIngang, "")
			g.vervoer = "1"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		// CD025
		{name: "CD025-nl-without-huis", about: "CD025: client Adres NL without Huis (Huisnummer); Telefoon keeps TR006 quiet", m: func(m *m33) { c0(m).contacts[0].adres.huisnummer = "" }},
		{name: "CD025-relatie-nl-without-huis", about: "CD025: relatie Adres NL without Huis, Telefoon present", m: func(m *m33) {
			c0(m).relaties[0].contact.adres.huisnummer = ""
			c0(m).relaties[0].contact.telefoon = "0301111111"
		}},
		{name: "CD025-soort02-nl-without-huis", about: "CD025: a Contact Soort 02 with Adres NL and Postcode but no Huis", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", adres: &adres{postcode: "1011AA", plaats: "Amsterdam", land: "NL"}, telefoon: "0201234567"})
		}},
		{name: "CD025-pass-be-without-huis", about: "CD025 boundary: Adres BE without Huis passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", adres: &adres{postcode: "1000", plaats: "Brussel", land: "BE"}, telefoon: "3221234567"})
		}},
		{name: "CD025-pass-huisnummer-0", about: "CD025 boundary: Huisnummer 0 counts as filled", m: func(m *m33) { c0(m).contacts[0].adres.huisnummer = "0" }},
		// CD029
		{name: "CD029-no-grondslagen", about: "CD029: Indicatie with ZZP 753 and functie 21 but no Grondslagen", m: func(m *m33) { in0(m).grondslagen = nil }},
		{name: "CD029-functie-only-no-grondslagen", about: "CD029: only ZZP 999 plus a GeindiceerdeFunctie, no Grondslagen (the functie counts)", m: func(m *m33) {
			in0(m).grondslagen = nil
			g0(m).code = "999"
		}},
		{name: "CD029-second-client", about: "CD029: the second client's Indicatie lacks Grondslagen", m: func(m *m33) { addClient(m, func(c *client) { c.ind.grondslagen = nil }) }},
		{name: "CD029-pass-only-zzp999", about: "CD029 boundary: only ZZP 999 (ZZP0) and no functies, no Grondslagen, passes", m: func(m *m33) {
			in0(m).grondslagen = nil
			in0(m).gfuncties = nil
			g0(m).code = "999"
		}},
		{name: "CD029-pass-two-grondslagen", about: "CD029 boundary: two Grondslagen", m: func(m *m33) { in0(m).grondslagen = []string{"01", "05"} }},
		// CD034
		{name: "CD034-brp-adres-without-postcode", about: "CD034: client Contact Soort 01, Adres without Postcode and LandCode", m: func(m *m33) {
			a := c0(m).contacts[0].adres
			a.postcode, a.land = "", ""
		}},
		{name: "CD034-verblijfadres-without-postcode", about: "CD034: extra Contact Soort 03 with Adres without Postcode", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "03", adres: &adres{huisnummer: "3", straat: "Laan", plaats: "Zeist"}, telefoon: "0301234567"})
		}},
		{name: "CD034-relatie-without-postcode", about: "CD034: relatie Contact Soort 01 without Postcode, with Telefoon", m: func(m *m33) {
			a := c0(m).relaties[0].contact.adres
			a.postcode, a.land = "", ""
			c0(m).relaties[0].contact.telefoon = "0301111111"
		}},
		{name: "CD034-pass-soort02-without-postcode", about: "CD034 boundary: Contact Soort 02 without Postcode passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", adres: &adres{huisnummer: "3", straat: "Laan", plaats: "Zeist"}, telefoon: "0301234567"})
		}},
		{name: "CD034-pass-soort03-with-postcode", about: "CD034 boundary: Contact Soort 03 with Postcode passes", m: func(m *m33) { c0(m).contacts[0].soort = "03" }},
		// CD070
		{name: "CD070-verklaring1-without-dates", about: "CD070: Wzd verklaring 1 without WzdIngangsdatum and WzdEinddatum (two fouten)", m: func(m *m33) { c0(m).wzd = []string{"1", "", ""} }},
		{name: "CD070-verklaring2-with-dates", about: "CD070: Wzd verklaring 2 with dates", m: func(m *m33) { c0(m).wzd = []string{"2", "2020-01-01", "2020-12-31"} }},
		{name: "CD070-verklaring1-only-ingang", about: "CD070: Wzd verklaring 1 with only WzdIngangsdatum", m: func(m *m33) { c0(m).wzd = []string{"1", "2020-01-01", ""} }},
		{name: "CD070-pass-verklaring1", about: "CD070 boundary: verklaring 1 with both dates passes", m: func(m *m33) { c0(m).wzd = []string{"1", "2020-01-01", "2020-12-31"} }},
		{name: "CD070-pass-verklaring9", about: "CD070 boundary: verklaring 9 without dates passes", m: func(m *m33) { c0(m).wzd = []string{"9", "", ""} }},
		// CS002
		{name: "CS002-bsn-123456789", about: "CS002: Bsn 123456789 fails the 11-proef", m: func(m *m33) { c0(m).bsn = "123456789" }},
		{name: "CS002-bsn-111111111", about: "CS002: Bsn 111111111 fails the 11-proef", m: func(m *m33) { c0(m).bsn = "111111111" }},
		{name: "CS002-bsn-000000001", about: "CS002: Bsn 000000001 fails the 11-proef", m: func(m *m33) { c0(m).bsn = "000000001" }},
		{name: "CS002-pass-bsn-999999990", about: "CS002 boundary: Bsn 999999990 passes", m: func(m *m33) { c0(m).bsn = "999999990" }},
		{name: "CS002-pass-bsn-000000000", about: "CS002 boundary: Bsn 000000000 passes the arithmetic 11-proef", m: func(m *m33) { c0(m).bsn = "000000000" }},
		// CS003
		{name: "CS003-gzzp-einddatum-before-ingang", about: "CS003: GeindiceerdZorgzwaartepakket Einddatum one day before Ingangsdatum", m: func(m *m33) {
			g0(m).eind = addDays(indIngang, -1)
		}},
		{name: "CS003-gfunctie-einddatum-before-ingang", about: "CS003: GeindiceerdeFunctie Einddatum one day before Ingangsdatum", m: func(m *m33) {
			gf0(m).eind = addDays(indIngang, -1)
		}},
		{name: "CS003-indicatie-einddatum-before-ingang", about: "CS003: Indicatie Einddatum before Ingangsdatum", m: func(m *m33) { in0(m).eind = "2020-05-01" }},
		{name: "CS003-periode-einddatum-before-begin", about: "CS003: Contact Periode Einddatum before Begindatum (Soort 04)", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567", periode: &periode{begin: "2020-02-01", eind: "2020-01-31"}})
		}},
		{name: "CS003-periode-einddatum-without-begin", about: "CS003: Contact Periode with Einddatum but no Begindatum (the stylesheet's checkafter fails on a missing Begindatum)", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567", periode: &periode{eind: "2020-01-31"}})
		}},
		{name: "CS003-pass-gzzp-same-day", about: "CS003 boundary: Einddatum equal to Ingangsdatum passes (gzzp and functie end the day they start; Indicatie closes too)", m: func(m *m33) {
			in := in0(m)
			in.eind, g0(m).eind, gf0(m).eind = indIngang, indIngang, indIngang
			for i := range in.tfuncties {
				in.tfuncties[i].eind = indIngang
			}
			for i := range in.tzzps {
				in.tzzps[i].eind = indIngang
			}
		}},
		{name: "CS003-pass-periode-same-day", about: "CS003 boundary: Periode Begindatum = Einddatum passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567", periode: &periode{begin: "2020-01-31", eind: "2020-01-31"}})
		}},
		// CS012
		{name: "CS012-014-bad-code", about: "CS012: DiagnoseCodelijst 014 with ZiektebeeldStoornis 22", m: func(m *m33) { in0(m).stoornissen[0].code = "22" }},
		{name: "CS012-021-sub01-bad-code", about: "CS012: 021 / sub 01 with code b210 (belongs to sub 02)", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "021", sublijst: "01", code: "b210"}
		}},
		{name: "CS012-022-bad-code", about: "CS012: 022 with code b117.5", m: func(m *m33) { in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "022", code: "b117.5"} }},
		{name: "CS012-023-bad-code", about: "CS012: 023 / sub 12 with code b210.0", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "023", sublijst: "12", code: "b210.0"}
		}},
		{name: "CS012-024-bad-code", about: "CS012: 024 / sub 13 with code b117.1", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "024", sublijst: "13", code: "b117.1"}
		}},
		{name: "CS012-pass-021-sub02", about: "CS012 boundary: 021 / sub 02 / b215 passes", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "021", sublijst: "02", code: "b215"}
		}},
		{name: "CS012-pass-019-21", about: "CS012 boundary: 019 / sub 11 / code 21 passes", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "03", lijst: "019", sublijst: "11", code: "21"}
		}},
		// CS014
		{name: "CS014-014-sub07", about: "CS014: 014 with DiagnoseSubcodelijst 07", m: func(m *m33) { in0(m).stoornissen[0].sublijst = "07" }},
		{name: "CS014-019-no-sub", about: "CS014: 019 without DiagnoseSubcodelijst", m: func(m *m33) { in0(m).stoornissen[0] = stoornis{grondslag: "01", lijst: "019", code: "05"} }},
		{name: "CS014-021-sub04", about: "CS014: 021 with sub 04 (CS012 is only checked for 021 when the sub is 01-03)", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "021", sublijst: "04", code: "b110"}
		}},
		{name: "CS014-023-sub13", about: "CS014: 023 with sub 13", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "023", sublijst: "13", code: "b210.1"}
		}},
		{name: "CS014-pass-024-sub13", about: "CS014 boundary: 024 / 13 / b230.1 passes", m: func(m *m33) {
			in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "024", sublijst: "13", code: "b230.1"}
		}},
		{name: "CS014-pass-022-no-sub", about: "CS014 boundary: 022 without sub passes", m: func(m *m33) { in0(m).stoornissen[0] = stoornis{grondslag: "02", lijst: "022", code: "b117.9"} }},
		// CS023
		{name: "CS023-geboortedatum-after-dagtekening", about: "CS023: client Geboortedatum one day after the Dagtekening", m: func(m *m33) { c0(m).geb.datum = addDays(dag, 1) }},
		{name: "CS023-afgiftedatum-after-dagtekening", about: "CS023: Afgiftedatum one day after the Dagtekening", m: func(m *m33) { in0(m).afgifte = addDays(dag, 1) }},
		{name: "CS023-relatie-geboortedatum-after-dagtekening", about: "CS023: relatie Geboortedatum after the Dagtekening", m: func(m *m33) {
			c0(m).relaties[0].geb = &geboorte{datum: "2022-01-01"}
		}},
		{name: "CS023-pass-afgifte-on-dagtekening", about: "CS023 boundary: Afgiftedatum equal to the Dagtekening passes", m: func(m *m33) { in0(m).afgifte = dag }},
		{name: "CS023-pass-geboortedatum-on-dagtekening", about: "CS023 boundary: Geboortedatum equal to the Dagtekening passes", m: func(m *m33) {
			c0(m).relaties[0].geb = &geboorte{datum: dag}
		}},
		// CS035
		{name: "CS035-gescheiden", about: "CS035: BurgerlijkeStaat 3", m: func(m *m33) { c0(m).bstaat = "3" }},
		{name: "CS035-gescheiden-partner", about: "CS035: BurgerlijkeStaat 6", m: func(m *m33) { c0(m).bstaat = "6" }},
		{name: "CS035-second-client", about: "CS035: second client BurgerlijkeStaat 3", m: func(m *m33) { addClient(m, func(c *client) { c.bstaat = "3" }) }},
		{name: "CS035-pass-5", about: "CS035 boundary: BurgerlijkeStaat 5 passes", m: func(m *m33) { c0(m).bstaat = "5" }},
		{name: "CS035-pass-absent", about: "CS035 boundary: BurgerlijkeStaat absent passes", m: func(m *m33) { c0(m).bstaat = "" }},
		// CS050
		{name: "CS050-partnernaam-naamgebruik5", about: "CS050: Partnernaam with NaamGebruik 5", m: func(m *m33) { c0(m).naam.partnernaam, c0(m).naam.naamGebruik = "Bakker", "5" }},
		{name: "CS050-no-partnernaam-naamgebruik2", about: "CS050: no Partnernaam, NaamGebruik 2", m: func(m *m33) { c0(m).naam.naamGebruik = "2" }},
		{name: "CS050-relatie-naamgebruik4", about: "CS050: relatie Naam without Partnernaam, NaamGebruik 4", m: func(m *m33) { c0(m).relaties[0].naam.naamGebruik = "4" }},
		{name: "CS050-pass-partnernaam-4", about: "CS050 boundary: Partnernaam with NaamGebruik 4 passes", m: func(m *m33) { c0(m).naam.partnernaam, c0(m).naam.naamGebruik = "Bakker", "4" }},
		{name: "CS050-pass-partnernaam-1", about: "CS050 boundary: Partnernaam with NaamGebruik 1 passes", m: func(m *m33) { c0(m).naam.partnernaam = "Bakker" }},
		// CS069
		{name: "CS069-huisarts-02", about: "CS069: Huisarts 02012345 (not a huisarts code)", m: func(m *m33) { c0(m).huisarts = "02012345" }},
		{name: "CS069-huisarts-10", about: "CS069: Huisarts 10012345", m: func(m *m33) { c0(m).huisarts = "10012345" }},
		{name: "CS069-huisarts-00", about: "CS069: Huisarts 00000000", m: func(m *m33) { c0(m).huisarts = "00000000" }},
		{name: "CS069-pass-01000000", about: "CS069 boundary: Huisarts 01000000 passes", m: func(m *m33) { c0(m).huisarts = "01000000" }},
		{name: "CS069-pass-absent", about: "CS069 boundary: no Huisarts passes", m: func(m *m33) { c0(m).huisarts = "" }},
		// CS074
		{name: "CS074-gzzp-klasse-k3", about: "CS074: GeindiceerdZorgzwaartepakket Klasse K3", m: func(m *m33) { g0(m).klasse = "K3" }},
		{name: "CS074-gzzp-klasse-ke3", about: "CS074: GeindiceerdZorgzwaartepakket Klasse KE3", m: func(m *m33) { g0(m).klasse = "KE3" }},
		{name: "CS074-gzzp-klasse-99", about: "CS074: GeindiceerdZorgzwaartepakket Klasse 99", m: func(m *m33) { g0(m).klasse = "99" }},
		{name: "CS074-pass-ke7", about: "CS074 boundary: Klasse KE7 passes", m: func(m *m33) { g0(m).klasse = "KE7" }},
		{name: "CS074-pass-ke5", about: "CS074 boundary: Klasse KE5 passes", m: func(m *m33) { g0(m).klasse = "KE5" }},
		// CS089
		{name: "CS089-postcode-with-space", about: "CS089: NL Postcode '3511 AB'", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "3511 AB" }},
		{name: "CS089-postcode-leading-zero", about: "CS089: NL Postcode 0511AB", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "0511AB" }},
		{name: "CS089-postcode-short", about: "CS089: NL Postcode 3511A", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "3511A" }},
		{name: "CS089-pass-postcode-lowercase", about: "CS089 boundary: NL Postcode 3511ab passes: the stylesheet's pattern letter Z accepts either case", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "3511ab" }},
		{name: "CS089-relatie-postcode-digits", about: "CS089: relatie NL Postcode 351199", m: func(m *m33) { c0(m).relaties[0].contact.adres.postcode = "351199" }},
		{name: "CS089-pass-9999zz", about: "CS089 boundary: Postcode 9999ZZ passes", m: func(m *m33) { c0(m).contacts[0].adres.postcode = "9999ZZ" }},
		{name: "CS089-pass-foreign", about: "CS089 boundary: a BE Postcode '1000' passes", m: func(m *m33) {
			c0(m).relaties[0].contact.adres = &adres{huisnummer: "1", postcode: "1000", plaats: "Brussel", land: "BE"}
		}},
		// CS092
		{name: "CS092-wzd-eind-before-ingang", about: "CS092: WzdEinddatum one day before WzdIngangsdatum", m: func(m *m33) { c0(m).wzd = []string{"1", "2020-01-02", "2020-01-01"} }},
		{name: "CS092-wzd-eind-without-ingang", about: "CS092: WzdEinddatum without WzdIngangsdatum (verklaring 1, so CD070 too)", m: func(m *m33) { c0(m).wzd = []string{"1", "", "2020-01-01"} }},
		{name: "CS092-wzd-eind-long-before", about: "CS092: WzdEinddatum a year before WzdIngangsdatum", m: func(m *m33) { c0(m).wzd = []string{"1", "2021-01-01", "2020-01-01"} }},
		{name: "CS092-pass-same-day", about: "CS092 boundary: WzdEinddatum = WzdIngangsdatum passes", m: func(m *m33) { c0(m).wzd = []string{"1", "2020-01-01", "2020-01-01"} }},
		{name: "CS092-pass-next-day", about: "CS092 boundary: WzdEinddatum one day after passes", m: func(m *m33) { c0(m).wzd = []string{"1", "2020-01-01", "2020-01-02"} }},
		// CS107
		{name: "CS107-gfunctie-vervoer9", about: "CS107: GeindiceerdeFunctie 64 with Vervoer 9", m: func(m *m33) {
			g := gfunc("64", "KD01", indIngang, "")
			g.vervoer = "9"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "CS107-gfunctie82-vervoer9", about: "CS107: GeindiceerdeFunctie 82 with Vervoer 9", m: func(m *m33) {
			g := gfunc("82", "KD02", indIngang, "")
			g.vervoer = "9"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "CS107-gfunctie21-vervoer9", about: "CS107: GeindiceerdeFunctie 21 with Vervoer 9 (CD022 too)", m: func(m *m33) { gf0(m).vervoer = "9" }},
		{name: "CS107-pass-vervoer2", about: "CS107 boundary: Vervoer 2 passes", m: func(m *m33) {
			g := gfunc("64", "KD01", indIngang, "")
			g.vervoer = "2"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		// CS123
		{name: "CS123-wijkcoach", about: "CS123: relatie Soort 25", m: func(m *m33) { c0(m).relaties[0].soort = "25" }},
		{name: "CS123-second-relatie-wijkcoach", about: "CS123: second relatie Soort 25", m: func(m *m33) {
			r := baseRelatie()
			r.nummer, r.soort = "R2", "25"
			c0(m).relaties = append(c0(m).relaties, r)
		}},
		{name: "CS123-second-client-wijkcoach", about: "CS123: second client's relatie Soort 25", m: func(m *m33) { addClient(m, func(c *client) { c.relaties[0].soort = "25" }) }},
		{name: "CS123-pass-24", about: "CS123 boundary: relatie Soort 24 passes", m: func(m *m33) { c0(m).relaties[0].soort = "24" }},
		{name: "CS123-pass-03", about: "CS123 boundary: relatie Soort 03 passes (base)", m: func(m *m33) {}},
		// TR002
		{name: "TR002-121-years", about: "TR002: Geboortedatum 121 years before the Dagtekening", m: func(m *m33) { c0(m).geb.datum = "1900-03-14" }},
		{name: "TR002-one-day-over", about: "TR002: Geboortedatum 120 years and one day before the Dagtekening", m: func(m *m33) { c0(m).geb.datum = "1901-03-14" }},
		{name: "TR002-relatie", about: "TR002: relatie Geboortedatum 1850-01-01", m: func(m *m33) { c0(m).relaties[0].geb = &geboorte{datum: "1850-01-01"} }},
		{name: "TR002-1900-gebruik2", about: "TR002: Geboortedatum 1900-01-01 with DatumGebruik 2 (only 3 exempts it)", m: func(m *m33) { c0(m).geb = geboorte{datum: "1900-01-01", gebruik: "2"} }},
		{name: "TR002-pass-exactly-120", about: "TR002 boundary: Geboortedatum exactly 120 years before passes", m: func(m *m33) { c0(m).geb.datum = "1901-03-15" }},
		{name: "TR002-pass-unknown", about: "TR002 boundary: 1900-01-01 with DatumGebruik 3 (onbekend) passes", m: func(m *m33) { c0(m).geb = geboorte{datum: "1900-01-01", gebruik: "3"} }},
		// TR004
		{name: "TR004-leefeenheid3-no-partner", about: "TR004: Leefeenheid 3 without a partner relatie", m: func(m *m33) { c0(m).leefeenheid = "3" }},
		{name: "TR004-leefeenheid4-no-relaties", about: "TR004: Leefeenheid 4 and no Relaties at all", m: func(m *m33) { c0(m).leefeenheid, c0(m).relaties = "4", nil }},
		{name: "TR004-leefeenheid4-two-relaties", about: "TR004: Leefeenheid 4 with two non-partner relaties", m: func(m *m33) {
			r := baseRelatie()
			r.nummer, r.soort = "R2", "05"
			c0(m).leefeenheid = "4"
			c0(m).relaties = append(c0(m).relaties, r)
		}},
		{name: "TR004-pass-with-partner", about: "TR004 boundary: Leefeenheid 3 with a partner passes", m: func(m *m33) { c0(m).leefeenheid = "3"; c0(m).relaties = append(c0(m).relaties, partner()) }},
		{name: "TR004-pass-afgifte-2007-03-01", about: "TR004 boundary: Afgiftedatum exactly 2007-03-01 (not after it) passes", m: func(m *m33) { c0(m).leefeenheid = "3"; in0(m).afgifte = "2007-03-01" }},
		// TR005
		{name: "TR005-partner-without-huisnummer", about: "TR005: partner Adres (BE, Soort 02) without Huisnummer", m: func(m *m33) {
			p := partner()
			p.contact = &contact{soort: "02", adres: &adres{postcode: "1000", plaats: "Brussel", land: "BE"}, telefoon: "3221234567"}
			c0(m).relaties = append(c0(m).relaties, p)
		}},
		{name: "TR005-partner-without-postcode", about: "TR005: partner Adres (Soort 02) without Postcode and LandCode", m: func(m *m33) {
			p := partner()
			p.contact = &contact{soort: "02", adres: &adres{huisnummer: "4", plaats: "Utrecht"}, telefoon: "0301234567"}
			c0(m).relaties = append(c0(m).relaties, p)
		}},
		{name: "TR005-partner-without-adres", about: "TR005: partner Contact with only Telefoon", m: func(m *m33) {
			p := partner()
			p.contact = &contact{soort: "02", telefoon: "0301234567"}
			c0(m).relaties = append(c0(m).relaties, p)
		}},
		{name: "TR005-pass-partner-with-adres", about: "TR005 boundary: partner with Huisnummer and Postcode passes", m: func(m *m33) { c0(m).relaties = append(c0(m).relaties, partner()) }},
		{name: "TR005-pass-old-afgifte", about: "TR005 boundary: Afgiftedatum 2007-03-01 and a partner without Adres passes", m: func(m *m33) {
			p := partner()
			p.contact = &contact{soort: "02", telefoon: "0301234567"}
			c0(m).relaties = append(c0(m).relaties, p)
			in0(m).afgifte = "2007-03-01"
		}},
		// TR006
		{name: "TR006-no-telefoon-no-huis", about: "TR006: Contact with Postcode but neither Telefoon nor Huis (CD025 too)", m: func(m *m33) {
			c0(m).contacts[0].telefoon = ""
			c0(m).contacts[0].adres.huisnummer = ""
		}},
		{name: "TR006-relatie-no-telefoon-no-postcode", about: "TR006: relatie Contact Soort 02 with Huis but no Postcode and no Telefoon", m: func(m *m33) {
			c0(m).relaties[0].contact = &contact{soort: "02", adres: &adres{huisnummer: "5", plaats: "Utrecht"}}
		}},
		{name: "TR006-nothing", about: "TR006: Contact Soort 02 with only an Emailadres (both checks fire)", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", email: "a@example.org"})
		}},
		{name: "TR006-pass-telefoon-only", about: "TR006 boundary: Contact with only Telefoon passes", m: func(m *m33) {
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "02", telefoon: "0612345678"})
		}},
		{name: "TR006-pass-adres-only", about: "TR006 boundary: Contact with Huis and Postcode, no Telefoon, passes", m: func(m *m33) { c0(m).contacts[0].telefoon = "" }},
		// TR008
		{name: "TR008-functie21-k0", about: "TR008: GeindiceerdeFunctie 21 with Klasse K0", m: func(m *m33) { gf0(m).klasse = "K0" }},
		{name: "TR008-functie41-k8", about: "TR008: GeindiceerdeFunctie 41 with Klasse K8", m: func(m *m33) { in0(m).gfuncties = append(in0(m).gfuncties, gfunc("41", "K8", indIngang, "")) }},
		{name: "TR008-functie61-k1", about: "TR008: GeindiceerdeFunctie 61 with Klasse K1", m: func(m *m33) { in0(m).gfuncties = append(in0(m).gfuncties, gfunc("61", "K1", indIngang, "")) }},
		{name: "TR008-functie71-kd01", about: "TR008: GeindiceerdeFunctie 71 with Klasse KD01", m: func(m *m33) { in0(m).gfuncties = append(in0(m).gfuncties, gfunc("71", "KD01", indIngang, "")) }},
		{name: "TR008-pass-41-k0", about: "TR008 boundary: 41 with K0 passes", m: func(m *m33) { in0(m).gfuncties = append(in0(m).gfuncties, gfunc("41", "K0", indIngang, "")) }},
		{name: "TR008-pass-71-ke1", about: "TR008 boundary: 71 with KE1 passes", m: func(m *m33) { in0(m).gfuncties = append(in0(m).gfuncties, gfunc("71", "KE1", indIngang, "")) }},
		// TR010
		{name: "TR010-21-k3-opslag", about: "TR010: functie 21 Klasse K3 (not the maximum K8) with Opslag", m: func(m *m33) { gf0(m).opslag = "5" }},
		{name: "TR010-64-kd01-opslag", about: "TR010: functie 64 Klasse KD01 with Opslag", m: func(m *m33) {
			g := gfunc("64", "KD01", indIngang, "")
			g.vervoer, g.opslag = "1", "1"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "TR010-61-klasse99-opslag", about: "TR010: functie 61 Klasse 99 with Opslag", m: func(m *m33) {
			g := gfunc("61", "99", indIngang, "")
			g.opslag = "2"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "TR010-pass-21-k8-opslag", about: "TR010 boundary: functie 21 at the maximum K8 with Opslag passes", m: func(m *m33) { gf0(m).klasse, gf0(m).opslag = "K8", "5" }},
		{name: "TR010-pass-41-k7-opslag", about: "TR010 boundary: functie 41 at the maximum K7 with Opslag passes", m: func(m *m33) {
			g := gfunc("41", "K7", indIngang, "")
			g.opslag = "3"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		// TR014
		{name: "TR014-gzzp-open-indicatie-closed", about: "TR014: Indicatie has Einddatum but the GeindiceerdZorgzwaartepakket has none", m: func(m *m33) {
			in0(m).eind = "2021-12-31"
			gf0(m).eind = "2021-12-31"
			closeToewijzingen(in0(m), "2021-12-31")
		}},
		{name: "TR014-max-differs", about: "TR014: the largest geindiceerde Einddatum (2021-12-30) differs from the Indicatie Einddatum (2021-12-31)", m: func(m *m33) {
			in0(m).eind = "2021-12-31"
			gf0(m).eind, g0(m).eind = "2021-12-30", "2021-12-30"
			closeToewijzingen(in0(m), "2021-12-30")
		}},
		{name: "TR014-indicatie-open-all-closed", about: "TR014: Indicatie without Einddatum while every geindiceerde zorgeenheid has one", m: func(m *m33) {
			gf0(m).eind, g0(m).eind = "2021-12-31", "2021-12-31"
		}},
		{name: "TR014-pass-max-equal", about: "TR014 boundary: Indicatie Einddatum equals the larger of two geindiceerde Einddatums", m: func(m *m33) {
			in0(m).eind = "2021-12-31"
			gf0(m).eind, g0(m).eind = "2021-06-30", "2021-12-31"
			closeToewijzingen(in0(m), "2021-06-30")
		}},
		{name: "TR014-pass-one-open", about: "TR014 boundary: Indicatie open, one geindiceerde unit closed and one open", m: func(m *m33) { gf0(m).eind = "2021-12-31" }},
		// TR015
		{name: "TR015-min-later", about: "TR015: every geindiceerde Ingangsdatum one day after the Indicatie Ingangsdatum", m: func(m *m33) {
			gf0(m).ingang, g0(m).ingang = addDays(indIngang, 1), addDays(indIngang, 1)
		}},
		{name: "TR015-functie-earlier", about: "TR015: GeindiceerdeFunctie starts one day before the Indicatie", m: func(m *m33) { gf0(m).ingang = addDays(indIngang, -1) }},
		{name: "TR015-zzp-earlier", about: "TR015: GeindiceerdZorgzwaartepakket starts a year before the Indicatie", m: func(m *m33) { g0(m).ingang = "2019-06-01" }},
		{name: "TR015-pass-functie-later", about: "TR015 boundary: functie starts later, ZZP on the Ingangsdatum: passes", m: func(m *m33) { gf0(m).ingang = addDays(indIngang, 1) }},
		{name: "TR015-pass-two-zzps", about: "TR015 boundary: two consecutive ZZPs, the first on the Ingangsdatum", m: func(m *m33) {
			g0(m).eind = "2020-12-31"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2021-01-01", klasse: "KE4", financiering: "1"})
		}},
		// TR035
		{name: "TR035-same-zzp-overlap", about: "TR035: the same ZZP twice with overlapping periods (TR057 too)", m: func(m *m33) {
			g0(m).eind = "2020-12-31"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "753", ingang: "2020-12-31", klasse: "KE4", financiering: "1"})
		}},
		{name: "TR035-same-functie-overlap", about: "TR035: GeindiceerdeFunctie 21 twice, overlapping", m: func(m *m33) {
			gf0(m).eind = "2020-12-31"
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("21", "K4", "2020-12-01", ""))
		}},
		{name: "TR035-same-functie-both-open", about: "TR035: GeindiceerdeFunctie 21 twice, both open-ended", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("21", "K4", "2021-01-01", ""))
		}},
		{name: "TR035-pass-adjacent", about: "TR035 boundary: the same functie in adjacent periods passes", m: func(m *m33) {
			gf0(m).eind = "2020-12-31"
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("21", "K4", "2021-01-01", ""))
		}},
		{name: "TR035-pass-different-functies", about: "TR035 boundary: different functies overlapping pass", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("41", "K2", indIngang, ""))
		}},
		// TR037
		{name: "TR037-no-geindiceerde-with-toewijzing", about: "TR037: Indicatie without geindiceerde zorgeenheden but with toewijzingen", m: func(m *m33) {
			in0(m).gfuncties, in0(m).gzzps = nil, nil
		}},
		{name: "TR037-empty-indicatie", about: "TR037: Indicatie without any zorgeenheid", m: func(m *m33) {
			in := in0(m)
			in.gfuncties, in.gzzps, in.tfuncties, in.tzzps = nil, nil, nil, nil
		}},
		{name: "TR037-second-client", about: "TR037: second client's Indicatie without zorgeenheden", m: func(m *m33) {
			addClient(m, func(c *client) { c.ind.gfuncties, c.ind.gzzps = nil, nil })
		}},
		{name: "TR037-pass-only-functie", about: "TR037 boundary: only a GeindiceerdeFunctie passes", m: func(m *m33) { in0(m).gzzps = nil }},
		{name: "TR037-pass-only-zzp", about: "TR037 boundary: only a GeindiceerdZorgzwaartepakket passes", m: func(m *m33) { in0(m).gfuncties = nil; in0(m).tfuncties = nil }},
		// TR057
		{name: "TR057-different-zzps-overlap", about: "TR057: two different ZZPs overlapping by a month", m: func(m *m33) {
			g0(m).eind = "2020-12-31"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2020-12-01", klasse: "KE4", financiering: "1"})
		}},
		{name: "TR057-one-day-overlap", about: "TR057: the second ZZP starts on the first one's Einddatum (one day overlap)", m: func(m *m33) {
			g0(m).eind = "2020-12-31"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2020-12-31", klasse: "KE4", financiering: "1"})
		}},
		{name: "TR057-both-open", about: "TR057: two open-ended ZZPs", m: func(m *m33) {
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "755", ingang: "2021-01-01", klasse: "KE5", financiering: "1"})
		}},
		{name: "TR057-three-zzps", about: "TR057: three ZZPs, the third overlaps both earlier ones", m: func(m *m33) {
			g0(m).eind = "2020-09-30"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2020-10-01", eind: "2020-12-31", klasse: "KE4", financiering: "1"},
				gzzp{code: "755", ingang: "2020-09-01", klasse: "KE5", financiering: "1"})
		}},
		{name: "TR057-pass-adjacent", about: "TR057 boundary: consecutive ZZPs (Einddatum + 1 = Ingangsdatum) pass", m: func(m *m33) {
			g0(m).eind = "2020-12-31"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2021-01-01", klasse: "KE4", financiering: "1"})
		}},
		{name: "TR057-pass-gap", about: "TR057 boundary: ZZPs with a one-day gap pass (TR014/TR015 unaffected)", m: func(m *m33) {
			g0(m).eind = "2020-12-30"
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "754", ingang: "2021-01-01", klasse: "KE4", financiering: "1"})
		}},
		// TR061
		{name: "TR061-only-soort02", about: "TR061: the client's only Contact has Soort 02", m: func(m *m33) { c0(m).contacts[0].soort = "02" }},
		{name: "TR061-only-soort04", about: "TR061: the client's only Contact has Soort 04", m: func(m *m33) { c0(m).contacts[0].soort = "04" }},
		{name: "TR061-soort02-and-04", about: "TR061: two Contacts, Soort 02 and 04", m: func(m *m33) {
			c0(m).contacts[0].soort = "02"
			c0(m).contacts = append(c0(m).contacts, &contact{soort: "04", telefoon: "0201234567"})
		}},
		{name: "TR061-pass-soort03", about: "TR061 boundary: only a verblijfadres (03) passes", m: func(m *m33) { c0(m).contacts[0].soort = "03" }},
		{name: "TR061-pass-02-then-01", about: "TR061 boundary: Soort 02 then 01 passes", m: func(m *m33) {
			c0(m).contacts = append([]*contact{{soort: "02", telefoon: "0201234567"}}, c0(m).contacts...)
		}},
		// TR097
		{name: "TR097-gebruik3-not-1900", about: "TR097: DatumGebruik 3 with a Datum other than 1900-01-01", m: func(m *m33) { c0(m).geb.gebruik = "3" }},
		{name: "TR097-gebruik2-not-jan1", about: "TR097: DatumGebruik 2 (only year known) with 1940-05-01", m: func(m *m33) { c0(m).geb = geboorte{datum: "1940-05-01", gebruik: "2"} }},
		{name: "TR097-gebruik1-not-day1", about: "TR097: DatumGebruik 1 (day unknown) with 1940-05-17", m: func(m *m33) { c0(m).geb.gebruik = "1" }},
		{name: "TR097-relatie-gebruik2", about: "TR097: relatie Geboortedatum DatumGebruik 2 with 1950-02-01", m: func(m *m33) {
			c0(m).relaties[0].geb = &geboorte{datum: "1950-02-01", gebruik: "2"}
		}},
		{name: "TR097-pass-gebruik1-day1", about: "TR097 boundary: DatumGebruik 1 with day 01 passes", m: func(m *m33) { c0(m).geb = geboorte{datum: "1940-05-01", gebruik: "1"} }},
		{name: "TR097-pass-gebruik2-jan1", about: "TR097 boundary: DatumGebruik 2 with 01-01 passes", m: func(m *m33) { c0(m).geb = geboorte{datum: "1940-01-01", gebruik: "2"} }},
		// TR101
		{name: "TR101-duplicate-bsn", about: "TR101: two clients with the same Bsn", m: func(m *m33) { addClient(m, func(c *client) { c.bsn = "123456782" }) }},
		{name: "TR101-duplicate-beperking", about: "TR101: two Beperkingen with Categorie 1", m: func(m *m33) {
			in0(m).beperkingen = append(in0(m).beperkingen, beperking{categorie: "1"})
		}},
		{name: "TR101-duplicate-stoornisscore", about: "TR101: two StoornisScores for Vraag 0101", m: func(m *m33) {
			in0(m).sscores = append(in0(m).sscores, [2]string{"0101", "2"})
		}},
		{name: "TR101-duplicate-beperkingscore", about: "TR101: two BeperkingScores for Vraag 0101", m: func(m *m33) {
			b := &in0(m).beperkingen[0]
			b.scores = append(b.scores, [2]string{"0101", "3"})
		}},
		{name: "TR101-duplicate-contact-soort", about: "TR101: two client Contacts with Soort 01", m: func(m *m33) { c0(m).contacts = append(c0(m).contacts, baseContact()) }},
		{name: "TR101-duplicate-relatie-nummer", about: "TR101: two relaties with Nummer R1", m: func(m *m33) {
			r := baseRelatie()
			r.soort = "05"
			c0(m).relaties = append(c0(m).relaties, r)
		}},
		{name: "TR101-duplicate-stoornis", about: "TR101: the same Stoornis twice", m: func(m *m33) {
			in0(m).stoornissen = append(in0(m).stoornissen, in0(m).stoornissen[0])
		}},
		{name: "TR101-duplicate-gfunctie", about: "TR101: the same GeindiceerdeFunctie key (code, Ingangsdatum) twice (TR035 too)", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("21", "K5", indIngang, ""))
		}},
		{name: "TR101-duplicate-gzzp", about: "TR101: the same GeindiceerdZorgzwaartepakket key (Ingangsdatum, ZzpCode) twice", m: func(m *m33) {
			in0(m).gzzps = append(in0(m).gzzps, gzzp{code: "753", ingang: indIngang, klasse: "KE5", financiering: "2"})
		}},
		{name: "TR101-pass-beperkingen-differ", about: "TR101 boundary: two Beperkingen with different Categorie pass", m: func(m *m33) {
			in0(m).beperkingen = append(in0(m).beperkingen, beperking{categorie: "2"})
		}},
		{name: "TR101-pass-stoornis-differs-in-grondslag", about: "TR101 boundary: Stoornissen that differ only in Grondslag pass", m: func(m *m33) {
			s := in0(m).stoornissen[0]
			s.grondslag = "02"
			in0(m).stoornissen = append(in0(m).stoornissen, s)
		}},
	}
	if aw33 {
		return ks
	}
	// IO31 has no toewijzingen; the cases above are written so that they
	// still make sense there (closeToewijzingen is a no-op without them).
	return ks
}

// closeToewijzingen gives every toewijzing of the indicatie an Einddatum so
// that it stays within a closed Indicatie (TR016).
func closeToewijzingen(in *indicatie, eind string) {
	for i := range in.tfuncties {
		in.tfuncties[i].eind = eind
	}
	for i := range in.tzzps {
		in.tzzps[i].eind = eind
	}
}

// aw33Cases are the variations only an AW33 has: the toewijzingen.
func aw33Cases() []kase {
	lvCase := func(name, about, lv string, f func(z *tzzp)) kase {
		return kase{name: name, about: about, m: func(m *m33) {
			setLV(lv)(m)
			if f != nil {
				f(z0(m))
			}
		}}
	}
	ks := []kase{
		lvCase("valid-lv5-vpt", "valid: the toewijzing is VPT (5) with Klasse and Dossierhouder", "5", nil),
		lvCase("valid-lv7-mpt", "valid: the toewijzing is MPT (7) with CoordinatorZorgThuis", "7", nil),
		lvCase("valid-lv2-pgb", "valid: the ZZP toewijzing is PGB (2): no Instelling, no percentage; the functie toewijzing carries the Ontvanger", "2", nil),
		lvCase("valid-lv8-dtv", "valid: the toewijzing is DTV (8) with Etmalen, Dossierhouder and Opname", "8", nil),
		{name: "valid-all-leveringsvormen", about: "valid: five toewijzingen in consecutive periods, one per leveringsvorm 4, 5, 7, 2, 8", m: func(m *m33) {
			in := in0(m)
			lvs := []string{"4", "5", "7", "2", "8"}
			in.tzzps = nil
			start := indIngang
			for i, lv := range lvs {
				z := zzpFor(lv, "753", ontvanger, start)
				if i < len(lvs)-1 {
					z.eind = addDays(start, 59)
				}
				in.tzzps = append(in.tzzps, z)
				start = addDays(start, 60)
			}
		}},
		// CD040
		lvCase("CD040-pgb-with-percentage", "CD040: PGB toewijzing with ToewijzingPercentage", "2", func(z *tzzp) { z.pct = "10000" }),
		lvCase("CD040-pgb-with-instelling", "CD040: PGB toewijzing with Instelling", "2", func(z *tzzp) { z.instelling = ontvanger }),
		lvCase("CD040-verblijf-without-percentage", "CD040: Verblijf toewijzing without ToewijzingPercentage", "4", func(z *tzzp) { z.pct = "" }),
		lvCase("CD040-vpt-without-instelling", "CD040: VPT toewijzing without Instelling", "5", func(z *tzzp) { z.instelling = "" }),
		lvCase("CD040-pass-pgb-bare", "CD040 boundary: PGB without Instelling and percentage passes", "2", nil),
		lvCase("CD040-pass-mpt-1-percent", "CD040 boundary: MPT with the smallest percentage 100 (1 %) passes", "7", func(z *tzzp) { z.pct = "100" }),
		// CD050
		lvCase("CD050-mpt-without-czt", "CD050: MPT without CoordinatorZorgThuis", "7", func(z *tzzp) { z.czt = "" }),
		lvCase("CD050-verblijf-with-czt", "CD050: Verblijf with CoordinatorZorgThuis", "4", func(z *tzzp) { z.czt = ontvanger }),
		lvCase("CD050-pgb-with-czt", "CD050: PGB with CoordinatorZorgThuis", "2", func(z *tzzp) { z.czt = andere }),
		lvCase("CD050-pass-mpt-other-czt", "CD050 boundary: MPT whose CoordinatorZorgThuis is another aanbieder passes", "7", func(z *tzzp) { z.czt = andere }),
		lvCase("CD050-pass-dtv-without-czt", "CD050 boundary: DTV without CoordinatorZorgThuis passes", "8", nil),
		// CD051
		lvCase("CD051-verblijf-without-klasse", "CD051: Verblijf without Klasse", "4", func(z *tzzp) { z.klasse = "" }),
		lvCase("CD051-mpt-with-klasse", "CD051: MPT with Klasse KE4", "7", func(z *tzzp) { z.klasse = "KE4" }),
		lvCase("CD051-dtv-with-klasse", "CD051: DTV with Klasse KE6", "8", func(z *tzzp) { z.klasse = "KE6" }),
		lvCase("CD051-pass-vpt-klasse", "CD051 boundary: VPT with Klasse KE7 passes", "5", func(z *tzzp) { z.klasse = "KE7" }),
		lvCase("CD051-pass-pgb-no-klasse", "CD051 boundary: PGB without Klasse passes", "2", nil),
		// CD052
		lvCase("CD052-verblijf-without-opname", "CD052: Verblijf without Opname", "4", func(z *tzzp) { z.opname = "" }),
		lvCase("CD052-vpt-with-opname", "CD052: VPT with Opname 1", "5", func(z *tzzp) { z.opname = "1" }),
		lvCase("CD052-mpt-with-opname2", "CD052: MPT with Opname 2", "7", func(z *tzzp) { z.opname = "2" }),
		lvCase("CD052-pass-dtv-opname2", "CD052 boundary: DTV with Opname 2 passes", "8", func(z *tzzp) { z.opname = "2" }),
		lvCase("CD052-pass-verblijf-opname2", "CD052 boundary: Verblijf with Opname 2 passes", "4", func(z *tzzp) { z.opname = "2" }),
		// CD072
		lvCase("CD072-dtv-without-etmalen", "CD072: DTV without Etmalen", "8", func(z *tzzp) { z.etmalen = "" }),
		lvCase("CD072-verblijf-with-etmalen", "CD072: Verblijf with Etmalen", "4", func(z *tzzp) { z.etmalen = "4,0" }),
		lvCase("CD072-mpt-with-etmalen", "CD072: MPT with Etmalen", "7", func(z *tzzp) { z.etmalen = "4,5" }),
		lvCase("CD072-pass-dtv-4-5", "CD072 boundary: DTV with Etmalen 4,5 passes", "8", func(z *tzzp) { z.etmalen = "4,5" }),
		lvCase("CD072-pass-vpt", "CD072 boundary: VPT without Etmalen passes", "5", nil),
		// CD073
		lvCase("CD073-verblijf-without-dossierhouder", "CD073: Verblijf without Dossierhouder", "4", func(z *tzzp) { z.dossierhouder = "" }),
		lvCase("CD073-mpt-with-dossierhouder", "CD073: MPT with Dossierhouder", "7", func(z *tzzp) { z.dossierhouder = ontvanger }),
		lvCase("CD073-pgb-with-dossierhouder", "CD073: PGB with Dossierhouder", "2", func(z *tzzp) { z.dossierhouder = andere }),
		lvCase("CD073-vkb-without-dossierhouder", "CD073: VKB (9) without Dossierhouder: the stylesheet also requires it for 9, which CS132 forbids anyway", "9", func(z *tzzp) { z.dossierhouder = "" }),
		lvCase("CD073-pass-dtv-with-dossierhouder", "CD073 boundary: DTV with Dossierhouder passes", "8", nil),
		lvCase("CD073-pass-vkb-with-dossierhouder", "CD073 boundary: VKB with Dossierhouder passes CD073 (only CS132 fires)", "9", nil),
		// CS003 (toewijzingen)
		{name: "CS003-tzzp-einddatum-before-ingang", about: "CS003: ToegewezenZorgzwaartepakket Einddatum one day before Ingangsdatum (TR016 too)", m: func(m *m33) {
			z0(m).eind = addDays(indIngang, -1)
		}},
		{name: "CS003-tfunctie-einddatum-before-ingang", about: "CS003: ToegewezenFunctie Einddatum one day before Ingangsdatum", m: func(m *m33) { f0(m).eind = addDays(indIngang, -1) }},
		{name: "CS003-pass-tzzp-same-day", about: "CS003 boundary: toewijzing ending the day it starts passes", m: func(m *m33) { z0(m).eind = indIngang }},
		// CS023 (toewijzingen)
		{name: "CS023-toewijzingsdatum-after-dagtekening", about: "CS023: Toewijzingsdatum one day after the Dagtekening", m: func(m *m33) { z0(m).tdatum = addDays(dag, 1) }},
		{name: "CS023-functie-toewijzingsdatum-after-dagtekening", about: "CS023: ToegewezenFunctie Toewijzingsdatum a year after the Dagtekening", m: func(m *m33) { f0(m).tdatum = "2022-03-15" }},
		{name: "CS023-pass-toewijzingsdatum-on-dagtekening", about: "CS023 boundary: Toewijzingsdatum = Dagtekening passes", m: func(m *m33) { z0(m).tdatum = dag }},
		// CS072
		{name: "CS072-tfunctie-soort5", about: "CS072: ToegewezenFunctie Soort 5", m: func(m *m33) { f0(m).soort = "5" }},
		{name: "CS072-second-tfunctie-soort5", about: "CS072: a second ToegewezenFunctie (41) with Soort 5", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("41", "K2", indIngang, ""))
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("41", "K2", ontvanger, "5", indIngang, ""))
		}},
		{name: "CS072-tfunctie91-soort5", about: "CS072: ToegewezenFunctie 91 Soort 5 (TR082 too)", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("91", "99", indIngang, ""))
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("91", "99", ontvanger, "5", indIngang, ""))
		}},
		{name: "CS072-pass-soort3", about: "CS072 boundary: Soort 3 passes", m: func(m *m33) { f0(m).soort = "3" }},
		{name: "CS072-pass-zzp-soort5", about: "CS072 boundary: Soort 5 on a ToegewezenZorgzwaartepakket is not CS072's business", m: func(m *m33) { z0(m).soort = "5" }},
		// CS074 (toewijzing)
		lvCase("CS074-tzzp-klasse-ke3", "CS074: ToegewezenZorgzwaartepakket Klasse KE3", "4", func(z *tzzp) { z.klasse = "KE3" }),
		lvCase("CS074-tzzp-klasse-k8", "CS074: VPT toewijzing Klasse K8", "5", func(z *tzzp) { z.klasse = "K8" }),
		// CS107 (toewijzing)
		{name: "CS107-tfunctie-vervoer9", about: "CS107: ToegewezenFunctie 64 with Vervoer 9", m: func(m *m33) {
			g := gfunc("64", "KD01", indIngang, "")
			g.vervoer = "1"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
			f := tfunc("64", "KD01", ontvanger, "1", indIngang, "")
			f.vervoer = "9"
			in0(m).tfuncties = append(in0(m).tfuncties, f)
		}},
		// CD022 (toewijzing)
		{name: "CD022-tfunctie21-with-vervoer", about: "CD022: ToegewezenFunctie 21 with Vervoer", m: func(m *m33) { f0(m).vervoer = "2" }},
		{name: "CD022-tfunctie64-without-vervoer", about: "CD022: ToegewezenFunctie 64 without Vervoer", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("64", "KD01", ontvanger, "1", indIngang, ""))
		}},
		// CS132
		lvCase("CS132-vkb", "CS132: Leveringsvorm 9 (VKB)", "9", nil),
		{name: "CS132-second-toewijzing-vkb", about: "CS132: a second toewijzing with Leveringsvorm 9", m: func(m *m33) {
			z0(m).eind = "2020-12-31"
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("9", "753", ontvanger, "2021-01-01"))
		}},
		{name: "CS132-second-client-vkb", about: "CS132: second client's toewijzing with Leveringsvorm 9", m: func(m *m33) {
			addClient(m, func(c *client) { c.ind.tzzps[0] = zzpFor("9", "753", ontvanger, indIngang) })
		}},
		lvCase("CS132-pass-dtv", "CS132 boundary: Leveringsvorm 8 passes", "8", nil),
		lvCase("CS132-pass-mpt", "CS132 boundary: Leveringsvorm 7 passes", "7", nil),
		// TR008/TR010 (toewijzing)
		{name: "TR008-tfunctie91-k1", about: "TR008: ToegewezenFunctie 91 with Klasse K1", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("91", "99", indIngang, ""))
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("91", "K1", ontvanger, "1", indIngang, ""))
		}},
		{name: "TR010-tfunctie41-k6-opslag", about: "TR010: ToegewezenFunctie 41 Klasse K6 (not the maximum K7) with Opslag", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("41", "K6", indIngang, ""))
			f := tfunc("41", "K6", ontvanger, "1", indIngang, "")
			f.opslag = "3"
			in0(m).tfuncties = append(in0(m).tfuncties, f)
		}},
		// TR016
		{name: "TR016-tzzp-before-indicatie", about: "TR016: ToegewezenZorgzwaartepakket starts one day before the Indicatie", m: func(m *m33) { z0(m).ingang = addDays(indIngang, -1) }},
		{name: "TR016-tzzp-after-indicatie-end", about: "TR016: toewijzing ends one day after the Indicatie Einddatum", m: func(m *m33) {
			in := in0(m)
			in.eind, g0(m).eind, gf0(m).eind = "2021-12-31", "2021-12-31", "2021-12-31"
			closeToewijzingen(in, "2021-12-31")
			z0(m).eind = "2022-01-01"
		}},
		{name: "TR016-tzzp-open-indicatie-closed", about: "TR016: open-ended toewijzing under an Indicatie with Einddatum", m: func(m *m33) {
			in := in0(m)
			in.eind, g0(m).eind, gf0(m).eind = "2021-12-31", "2021-12-31", "2021-12-31"
			f0(m).eind = "2021-12-31"
		}},
		{name: "TR016-tfunctie-before-indicatie", about: "TR016: ToegewezenFunctie starts before the Indicatie", m: func(m *m33) { f0(m).ingang = "2020-01-01" }},
		{name: "TR016-pass-tzzp-on-indicatie-end", about: "TR016 boundary: toewijzing ends on the Indicatie Einddatum", m: func(m *m33) {
			in := in0(m)
			in.eind, g0(m).eind, gf0(m).eind = "2021-12-31", "2021-12-31", "2021-12-31"
			closeToewijzingen(in, "2021-12-31")
		}},
		{name: "TR016-pass-tzzp-starts-later", about: "TR016 boundary: toewijzing starting a day after the Indicatie passes", m: func(m *m33) { z0(m).ingang = addDays(indIngang, 1) }},
		// TR021
		{name: "TR021-ontvanger-not-instelling", about: "TR021: the Ontvanger is none of the client's Instellingen", m: func(m *m33) { m.h.ontvanger = andere }},
		{name: "TR021-only-pgb", about: "TR021: only a PGB toewijzing (no Instelling at all)", m: func(m *m33) {
			setLV("2")(m)
			in0(m).tfuncties = nil
		}},
		{name: "TR021-second-client-other-instelling", about: "TR021: the second client's toewijzingen are all for another Instelling", m: func(m *m33) {
			addClient(m, func(c *client) {
				c.ind.tzzps[0] = zzpFor("4", "753", andere, indIngang)
				c.ind.tfuncties[0].instelling = andere
			})
		}},
		{name: "TR021-no-toewijzingen", about: "TR021: an Indicatie without toewijzingen", m: func(m *m33) { in0(m).tzzps, in0(m).tfuncties = nil, nil }},
		{name: "TR021-pass-one-of-three", about: "TR021 boundary: one of three Instellingen is the Ontvanger", m: func(m *m33) {
			z0(m).instelling, z0(m).dossierhouder = andere, andere
			z0(m).eind = "2020-12-31"
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("5", "753", derde, "2021-01-01"))
		}},
		{name: "TR021-pass-only-functie", about: "TR021 boundary: only the functie toewijzing is for the Ontvanger", m: func(m *m33) {
			z0(m).instelling, z0(m).dossierhouder = andere, andere
		}},
		// TR034
		{name: "TR034-gfunctie71-opslag", about: "TR034: GeindiceerdeFunctie 71 (KE7) with Opslag", m: func(m *m33) {
			g := gfunc("71", "KE7", indIngang, "")
			g.opslag = "1"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "TR034-tfunctie71-opslag", about: "TR034: ToegewezenFunctie 71 (KE7) with Opslag", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("71", "KE7", indIngang, ""))
			f := tfunc("71", "KE7", ontvanger, "1", indIngang, "")
			f.opslag = "2"
			in0(m).tfuncties = append(in0(m).tfuncties, f)
		}},
		{name: "TR034-gfunctie71-ke3-opslag", about: "TR034: GeindiceerdeFunctie 71 KE3 with Opslag 0 (TR010 too)", m: func(m *m33) {
			g := gfunc("71", "KE3", indIngang, "")
			g.opslag = "0"
			in0(m).gfuncties = append(in0(m).gfuncties, g)
		}},
		{name: "TR034-pass-71-no-opslag", about: "TR034 boundary: 71 without Opslag passes", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("71", "KE7", indIngang, ""))
		}},
		// TR042
		{name: "TR042-instelling-00000000", about: "TR042 attempt: Instelling 00000000 (the stylesheet has no AGB register and accepts every code)", m: func(m *m33) {
			z0(m).instelling, z0(m).dossierhouder = "00000000", "00000000"
		}},
		{name: "TR042-czt-99999999", about: "TR042 attempt: CoordinatorZorgThuis 99999999", m: func(m *m33) { setLV("7")(m); z0(m).czt = "99999999" }},
		{name: "TR042-functie-instelling-unknown", about: "TR042 attempt: ToegewezenFunctie Instelling 10000000", m: func(m *m33) { f0(m).instelling = "10000000" }},
		// TR065
		{name: "TR065-zorgkantoor-differs", about: "TR065 attempt: Zorgkantoor of the toewijzing differs from the Afzender (the stylesheet checks TR065 only in ZK31/ZK33)", m: func(m *m33) { z0(m).zorgkantoor = "5502" }},
		{name: "TR065-functie-zorgkantoor-differs", about: "TR065 attempt: ToegewezenFunctie Zorgkantoor 5533 differs from the Afzender", m: func(m *m33) { f0(m).zorgkantoor = "5533" }},
		{name: "TR065-afzender-differs", about: "TR065 attempt: Afzender 5520 while every toewijzing names 5501", m: func(m *m33) { m.h.afzender = "5520" }},
		// TR077
		{name: "TR077-functies-overlap", about: "TR077: two ToegewezenFuncties 21 Soort 1 for different Instellingen overlapping two days", m: func(m *m33) {
			f0(m).eind = "2020-12-31"
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K3", andere, "1", "2020-12-30", ""))
		}},
		{name: "TR077-functies-both-open", about: "TR077: two open-ended ToegewezenFuncties 21 Soort 1", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K3", andere, "1", "2021-01-01", ""))
		}},
		{name: "TR077-functie-inside", about: "TR077: the second ToegewezenFunctie lies inside the first", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K3", andere, "1", "2020-08-01", "2020-08-31"))
		}},
		{name: "TR077-same-instelling", about: "TR077: overlapping functies for the same Instelling (TR106 too)", m: func(m *m33) {
			f0(m).eind = "2020-12-31"
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K4", ontvanger, "1", "2020-12-01", ""))
		}},
		{name: "TR077-pass-one-day", about: "TR077 boundary: exactly one day of overlap passes TR077", m: func(m *m33) {
			f0(m).eind = "2020-12-31"
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K3", andere, "1", "2020-12-31", ""))
		}},
		{name: "TR077-pass-other-soort", about: "TR077 boundary: overlapping functies with a different Soort pass", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K3", andere, "3", "2020-08-01", ""))
		}},
		// TR082
		{name: "TR082-91-not-indicated", about: "TR082: ToegewezenFunctie 91 Soort 1 without a GeindiceerdeFunctie 91", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("91", "99", ontvanger, "1", indIngang, ""))
		}},
		{name: "TR082-91-soort3", about: "TR082: ToegewezenFunctie 91 with Soort 3", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("91", "99", indIngang, ""))
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("91", "99", ontvanger, "3", indIngang, ""))
		}},
		{name: "TR082-91-second-client-not-indicated", about: "TR082: the second client has ToegewezenFunctie 91 without indication", m: func(m *m33) {
			addClient(m, func(c *client) {
				c.ind.tfuncties = append(c.ind.tfuncties, tfunc("91", "99", ontvanger, "1", indIngang, ""))
			})
		}},
		{name: "TR082-pass-91-indicated", about: "TR082 boundary: ToegewezenFunctie 91 Soort 1 with GeindiceerdeFunctie 91 passes", m: func(m *m33) {
			in0(m).gfuncties = append(in0(m).gfuncties, gfunc("91", "99", indIngang, ""))
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("91", "99", ontvanger, "1", indIngang, ""))
		}},
		{name: "TR082-pass-other-functie-soort3", about: "TR082 boundary: functie 21 with Soort 3 is not TR082's business", m: func(m *m33) { f0(m).soort = "3" }},
		// TR101 (toewijzingen)
		{name: "TR101-duplicate-tzzp", about: "TR101: two ToegewezenZorgzwaartepakketten with the same key (TR106 too)", m: func(m *m33) {
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("4", "753", ontvanger, indIngang))
		}},
		{name: "TR101-duplicate-tfunctie", about: "TR101: two ToegewezenFuncties with the same key (TR077, TR106 too)", m: func(m *m33) {
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K4", ontvanger, "1", indIngang, ""))
		}},
		{name: "TR101-pass-tzzp-other-leveringsvorm", about: "TR101 boundary: same ZZP, Ingangsdatum and Instelling but another Leveringsvorm", m: func(m *m33) {
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("7", "753", ontvanger, indIngang))
		}},
		// TR106
		{name: "TR106-tzzp-overlap", about: "TR106: the same ZZP, Leveringsvorm, Soort and Instelling twice, overlapping one day", m: func(m *m33) {
			z0(m).eind = "2020-12-31"
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("4", "753", ontvanger, "2020-12-31"))
		}},
		{name: "TR106-tzzp-both-open", about: "TR106: the same toewijzing twice, both open-ended, different Ingangsdatum", m: func(m *m33) {
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("4", "753", ontvanger, "2021-01-01"))
		}},
		{name: "TR106-pgb-overlap", about: "TR106: two PGB toewijzingen (no Instelling) overlapping", m: func(m *m33) {
			setLV("2")(m)
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("2", "753", "", "2020-07-01"))
		}},
		{name: "TR106-tfunctie-overlap", about: "TR106: the same functie, Soort and Instelling twice, overlapping one day (TR077 passes: one day)", m: func(m *m33) {
			f0(m).eind = "2020-12-31"
			in0(m).tfuncties = append(in0(m).tfuncties, tfunc("21", "K4", ontvanger, "1", "2020-12-31", ""))
		}},
		{name: "TR106-pass-adjacent", about: "TR106 boundary: consecutive periods pass", m: func(m *m33) {
			z0(m).eind = "2020-12-31"
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("4", "753", ontvanger, "2021-01-01"))
		}},
		{name: "TR106-pass-other-instelling", about: "TR106 boundary: overlapping toewijzingen for different Instellingen pass", m: func(m *m33) {
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("4", "753", andere, "2020-07-01"))
		}},
		// TR119
		lvCase("TR119-administratief-opname2", "TR119: Soort 5 (administratief) with Opname 2", "4", func(z *tzzp) { z.soort, z.opname = "5", "2" }),
		lvCase("TR119-administratief-dtv-opname2", "TR119: DTV Soort 5 with Opname 2", "8", func(z *tzzp) { z.soort, z.opname = "5", "2" }),
		lvCase("TR119-administratief-vpt-opname2", "TR119: VPT Soort 5 with Opname 2 (CD052 too)", "5", func(z *tzzp) { z.soort, z.opname = "5", "2" }),
		lvCase("TR119-pass-administratief-opname1", "TR119 boundary: Soort 5 with Opname 1 passes", "4", func(z *tzzp) { z.soort = "5" }),
		lvCase("TR119-pass-regulier-opname2", "TR119 boundary: Soort 1 with Opname 2 passes", "4", func(z *tzzp) { z.opname = "2" }),
		// TR124
		{name: "TR124-dtv-2019-12-31", about: "TR124: DTV Ingangsdatum 2019-12-31, one day before 2020-01-01", m: func(m *m33) { earlyIndicatie(m, "8", "2019-12-31") }},
		{name: "TR124-dtv-2019-06-01", about: "TR124: DTV Ingangsdatum 2019-06-01", m: func(m *m33) { earlyIndicatie(m, "8", "2019-06-01") }},
		{name: "TR124-dtv-second-line", about: "TR124: the second of two DTV lines starts 2019-12-01", m: func(m *m33) {
			earlyIndicatie(m, "4", "2019-06-01")
			z0(m).eind = "2019-11-30"
			in0(m).tzzps = append(in0(m).tzzps, zzpFor("8", "753", ontvanger, "2019-12-01"))
		}},
		{name: "TR124-pass-dtv-2020-01-01", about: "TR124 boundary: DTV Ingangsdatum 2020-01-01 passes", m: func(m *m33) { earlyIndicatie(m, "8", "2020-01-01") }},
		{name: "TR124-pass-verblijf-2019", about: "TR124 boundary: Verblijf in 2019 is not TR124's business", m: func(m *m33) { earlyIndicatie(m, "4", "2019-06-01") }},
	}
	return ks
}

// earlyIndicatie moves the indicatie to start on ingang, with one toewijzing
// of leveringsvorm lv from then.
func earlyIndicatie(m *m33, lv, ingang string) {
	in := in0(m)
	in.afgifte = addDays(ingang, -10)
	in.ingang, g0(m).ingang, gf0(m).ingang, f0(m).ingang = ingang, ingang, ingang, ingang
	in.tzzps[0] = zzpFor(lv, "753", ontvanger, ingang)
}

// schemaCases break the XSD in the ways the brief lists; the stylesheet
// still runs on them, but only xsd:true entries count for agreement.
func schemaCases(msg string) []kase {
	ind := "Clienten/Client/Indicatie"
	ks := []kase{
		{name: "XSD-missing-bsn", about: "XSD: Client without Bsn", t: func(t *node) { t.remove("Clienten/Client/Bsn") }},
		{name: "XSD-missing-dagtekening", about: "XSD: BerichtIdentificatie without Dagtekening", t: func(t *node) { t.remove("Header/BerichtIdentificatie/Dagtekening") }},
		{name: "XSD-wrong-order-geslacht", about: "XSD: Geslacht before Geboortedatum", t: func(t *node) { t.swapWithNext("Clienten/Client/Geboortedatum") }},
		{name: "XSD-bad-date-text", about: "XSD: Afgiftedatum 2020-13-01", t: func(t *node) { t.set(ind+"/Afgiftedatum", "2020-13-01") }},
		{name: "XSD-bad-date-format", about: "XSD: Ingangsdatum 01-06-2020", t: func(t *node) { t.set(ind+"/Ingangsdatum", "01-06-2020") }},
		{name: "XSD-unknown-element", about: "XSD: an unknown element Opmerking after Leefeenheid", t: func(t *node) { t.insertAfter("Clienten/Client/Leefeenheid", tx("Opmerking", "x")) }},
		{name: "XSD-bad-berichtcode", about: "XSD: BerichtCode 999", t: func(t *node) { t.set("Header/BerichtCode", "999") }},
		{name: "XSD-bad-berichtversie", about: "XSD: BerichtVersie 4", t: func(t *node) { t.set("Header/BerichtVersie", "4") }},
		{name: "XSD-bad-zzpcode", about: "XSD: ZzpCode 123 is not in the list", t: func(t *node) {
			t.set(ind+"/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket/ZzpCode", "123")
		}},
		{name: "XSD-bsn-too-short", about: "XSD: Bsn of 8 digits", t: func(t *node) { t.set("Clienten/Client/Bsn", "12345678") }},
		{name: "XSD-basis-element-in-message-namespace", about: "XSD: Dagtekening in the message namespace instead of the basisschema namespace", t: func(t *node) {
			t.find("Header/BerichtIdentificatie/Dagtekening").basis = false
		}},
		{name: "XSD-message-element-in-basis-namespace", about: "XSD: Bsn in the basisschema namespace", t: func(t *node) { t.find("Clienten/Client/Bsn").basis = true }},
		{name: "XSD-empty-postcode", about: "XSD: an empty Postcode element", t: func(t *node) {
			t.set("Clienten/Client/Contactgegevens/Contact/Adres/Postcode", "")
		}},
		{name: "XSD-geslacht-3", about: "XSD: Geslacht 3", t: func(t *node) { t.set("Clienten/Client/Geslacht", "3") }},
		{name: "XSD-no-clients", about: "XSD: an empty Clienten", t: func(t *node) { t.find("Clienten").kids = nil }},
	}
	if msg == "AW33" {
		tz := ind + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket"
		ks = append(ks,
			kase{name: "XSD-missing-zorgkantoor", about: "XSD: ToegewezenZorgzwaartepakket without Zorgkantoor", t: func(t *node) { t.remove(tz + "/Zorgkantoor") }},
			kase{name: "XSD-percentage-not-whole", about: "XSD: ToewijzingPercentage 5050 (not whole percents)", t: func(t *node) { t.set(tz+"/ToewijzingPercentage", "5050") }},
			kase{name: "XSD-instelling-7-digits", about: "XSD: Instelling of seven digits", t: func(t *node) { t.set(tz+"/Instelling", "1234567") }},
			kase{name: "XSD-bad-time", about: "XSD: Toewijzingstijd 25:00:00", t: func(t *node) { t.set(tz+"/Toewijzingstijd", "25:00:00") }},
			kase{name: "XSD-leveringsvorm-3", about: "XSD: Leveringsvorm 3", t: func(t *node) { t.set(tz+"/Leveringsvorm", "3") }},
			kase{name: "XSD-soort-toewijzing-2", about: "XSD: Soort toewijzing 2 (COD165 has 2, the 2.2 schema only 1, 3, 5)", t: func(t *node) { t.set(tz+"/Soort", "2") }},
			kase{name: "XSD-wrong-order-leveringsvorm", about: "XSD: Leveringsvorm before InstellingBestemming position swapped with Dossierhouder", t: func(t *node) { t.swapWithNext(tz + "/Leveringsvorm") }},
			kase{name: "XSD-missing-afzender", about: "XSD: Header without Afzender", t: func(t *node) { t.remove("Header/Afzender") }},
		)
	}
	return ks
}

// random33 builds a random AW33 or IO31 from the code lists with dates
// around the boundaries the rules test.
func random33(r *rand.Rand, msg string, i int) (*m33, string) {
	m := base33(msg)
	noise = pick(r, []float64{0, 0, 0, 0.01, 0.03, 0.05, 0.1})
	m.h.ident = fmt.Sprintf("%s-R%06d", msg, i)
	m.h.dagtekening = randDate(r, "2020-06-01", 700)
	if chance(r, 0.3) {
		m.h.ontvanger = pick(r, []string{andere, derde})
		if msg == "IO31" {
			m.h.ontvanger = pick(r, zorgkantoren)
		}
	}
	n := 1 + r.IntN(3)
	if chance(r, 0.5) {
		n = 1
	}
	m.clients = nil
	var parts []string
	for k := 0; k < n; k++ {
		c, about := randomClient(r, msg, m.h)
		if k > 0 && bad(r) {
			c.bsn = m.clients[0].bsn
			about += ", Bsn of client 1"
		}
		m.clients = append(m.clients, c)
		parts = append(parts, about)
	}
	return m, fmt.Sprintf("random (noise %.2f, dagtekening %s, ontvanger %s): %s", noise, m.h.dagtekening, m.h.ontvanger, strings.Join(parts, "; "))
}

var (
	zorgkantoren  = []string{"5501", "5502", "5507", "5512", "5520", "5533"}
	zzpCodes      = []string{"190", "191", "750", "751", "752", "753", "754", "755", "756", "757", "758", "759", "760", "762", "764", "766", "768", "770", "772", "780", "781", "782", "783", "784", "790", "800", "802", "804", "806", "808", "810", "812", "814", "820", "822", "824", "826", "828", "830", "832", "840", "842", "844", "846", "848", "850", "852", "854", "856", "860", "862", "864", "866", "868", "870", "880", "882", "884", "886", "888", "996", "997", "998", "999"}
	functieKlasse = map[string][]string{
		"21": {"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"},
		"31": {"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"},
		"81": {"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"},
		"41": {"K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7"},
		"61": {"99"}, "62": {"99"}, "63": {"99"}, "91": {"99"},
		"64": {"KD01", "KD02", "KD03", "KD04", "KD05", "KD06", "KD07", "KD08", "KD09"},
		"82": {"KD01", "KD02", "KD03", "KD04", "KD05", "KD06", "KD07", "KD08", "KD09"},
		"71": {"KE1", "KE2", "KE3", "KE4", "KE5", "KE6", "KE7"},
	}
	functieCodes = []string{"21", "31", "41", "61", "62", "63", "64", "71", "81", "82", "91"}
	allKlassen   = []string{"99", "K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "KD01", "KD05", "KD09", "KD10", "KD15", "KE1", "KE3", "KE4", "KE5", "KE6", "KE7"}
	maxKlasse    = map[string]string{"21": "K8", "31": "K8", "81": "K8", "41": "K7", "64": "KD09", "82": "KD09", "71": "KE7"}
	relSoorten   = []string{"03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25"}
	stoornissen  = []stoornis{
		{"01", "014", "04", "01", "1"}, {"01", "014", "05", "12", ""}, {"03", "019", "07", "21", "2"}, {"03", "019", "11", "03", ""},
		{"02", "021", "01", "b110", "3"}, {"02", "021", "02", "b270", ""}, {"02", "021", "03", "b869", "4"}, {"02", "022", "", "b117.2", ""},
		{"02", "023", "12", "b210.4", "5"}, {"02", "024", "13", "b230.9", ""},
		// wrong ones
		{"01", "014", "07", "01", ""}, {"02", "021", "01", "b215", ""}, {"02", "022", "", "b117.7", ""}, {"02", "019", "", "05", ""},
	}
)

// noise is the chance that a random message breaks a rule at each place
// where it can; random33 sets it per message (0 for about a third).
var noise float64

func bad(r *rand.Rand) bool { return r.Float64() < noise }

func randomClient(r *rand.Rand, msg string, h header) (*client, string) {
	c := baseClient(msg)
	var notes []string
	c.bsn = bsn(r, !bad(r))
	c.geheim = pick(r, []string{"1", "2"})
	c.geslacht = pick(r, []string{"0", "1", "2"})
	c.bstaat = pick(r, []string{"", "1", "2", "4", "5", "7", "9"})
	if bad(r) {
		c.bstaat = pick(r, []string{"3", "6"})
	}
	// Geboortedatum: mostly plausible, sometimes around the 120-year and
	// dagtekening boundaries, sometimes with DatumGebruik.
	x := 3 + r.IntN(17)
	if bad(r) {
		x = r.IntN(3)
	}
	switch {
	case x == 0:
		c.geb.datum = addDays(h.dagtekening, -r.IntN(3)-120*365-29)
		notes = append(notes, "geboortedatum ~120 years back")
	case x == 1:
		c.geb = geboorte{datum: "1900-01-01", gebruik: pick(r, []string{"2", "3"})}
	case x == 2:
		c.geb.datum = addDays(h.dagtekening, r.IntN(3)-1)
		notes = append(notes, "geboortedatum around dagtekening")
	default:
		c.geb.datum = randDate(r, "1920-01-01", 30000)
		if chance(r, 0.15) {
			c.geb.gebruik = pick(r, []string{"1", "2", "3"})
			if chance(r, 0.6) {
				switch c.geb.gebruik {
				case "1":
					c.geb.datum = c.geb.datum[:8] + "01"
				case "2":
					c.geb.datum = c.geb.datum[:4] + "-01-01"
				case "3":
					c.geb.datum = "1900-01-01"
				}
			} else if !bad(r) {
				c.geb.gebruik = ""
			}
		}
	}
	if chance(r, 0.2) {
		c.naam.partnernaam = "Bakker"
		c.naam.naamGebruik = pick(r, []string{"1", "2", "3", "4"})
		if bad(r) {
			c.naam.naamGebruik = pick(r, []string{"5", "6"})
		}
	} else if bad(r) {
		c.naam.naamGebruik = pick(r, []string{"2", "6"})
	}
	c.leefeenheid = pick(r, []string{"1", "2", "3", "4", "5", "6", "7", "9"})
	c.huisarts = pick(r, []string{"", "01012345", "01999999", "01000001"})
	if bad(r) {
		c.huisarts = pick(r, []string{"03012345", "10000000"})
	}
	if chance(r, 0.25) {
		c.commVorm = pick(r, []string{"1", "2", "3"})
		if (c.commVorm == "1") != bad(r) {
			c.taal = "Pools"
		}
	}
	if chance(r, 0.25) {
		v := pick(r, []string{"1", "2", "3", "4", "9"})
		c.wzd = []string{v, "", ""}
		if (v == "1") != bad(r) {
			in := randDate(r, "2019-01-01", 700)
			c.wzd[1], c.wzd[2] = in, addDays(in, r.IntN(400))
			if bad(r) {
				c.wzd[2] = addDays(in, -1-r.IntN(3))
			}
		}
	}
	c.partneropname = pick(r, []string{"1", "2"})
	// relaties
	c.relaties = nil
	nr := r.IntN(3)
	if (c.leefeenheid == "3" || c.leefeenheid == "4") && chance(r, 0.7) {
		c.relaties = append(c.relaties, partner())
	}
	for k := 0; k < nr; k++ {
		rel := baseRelatie()
		rel.nummer = fmt.Sprintf("R%d", k+1)
		if bad(r) {
			rel.nummer = "R1"
		}
		rel.soort = pick(r, relSoorten[:len(relSoorten)-1])
		if bad(r) {
			rel.soort = "25"
		}
		if rel.soort == "12" || bad(r) {
			rel.volgorde = ""
		}
		if chance(r, 0.3) || (rel.soort == "12" && !bad(r)) {
			rel.geb = &geboorte{datum: randDate(r, "1930-01-01", 25000)}
		}
		if chance(r, 0.2) {
			rel.contact = randomContact(r, "02")
		}
		if rel.soort == "12" && !bad(r) {
			rel.contact = partner().contact
		}
		c.relaties = append(c.relaties, rel)
	}
	// contacts
	first := pick(r, []string{"01", "01", "01", "03"})
	if bad(r) {
		first = "02"
	}
	c.contacts = []*contact{randomContact(r, first)}
	if chance(r, 0.3) {
		second := pick(r, []string{"02", "03", "04"})
		if second == first || bad(r) {
			second = first
		}
		c.contacts = append(c.contacts, randomContact(r, second))
	}
	c.ind, notes = randomIndicatie(r, msg, h, notes)
	return c, fmt.Sprintf("client %s leefeenheid %s, %d relaties, %d contacts, %s", c.bsn, c.leefeenheid, len(c.relaties), len(c.contacts), strings.Join(notes, ", "))
}

func randomContact(r *rand.Rand, soort string) *contact {
	k := &contact{soort: soort}
	switch r.IntN(6) {
	case 0:
		k.telefoon = "0612345678"
	case 1:
		k.adres = &adres{postcode: "1000", plaats: "Brussel", land: "BE", huisnummer: pick(r, []string{"", "3"})}
		k.telefoon = "3221234567"
	default:
		pc := pick(r, []string{"3511AB", "1011AA", "9999ZZ", "1000AA"})
		hn := pick(r, []string{"1", "12", "104"})
		land := "NL"
		if bad(r) {
			pc = pick(r, []string{"3511 AB", "0511AB", "", "351AB"})
		}
		if bad(r) {
			hn = ""
		}
		if bad(r) {
			land = ""
		}
		k.adres = &adres{huisnummer: hn, postcode: pc, straat: "Kerkstraat", plaats: "Utrecht", land: land}
		if pc == "" && !bad(r) {
			k.adres.land = ""
		}
		if chance(r, 0.5) || (soort != "02" && soort != "04" && pc == "" && !bad(r)) {
			k.telefoon = "0301234567"
		}
	}
	if soort == "04" || bad(r) {
		b := randDate(r, "2019-01-01", 500)
		k.periode = &periode{begin: b}
		if chance(r, 0.5) {
			k.periode.eind = addDays(b, r.IntN(60))
			if bad(r) {
				k.periode.eind = addDays(b, -1)
			}
		}
	}
	return k
}

// randomIndicatie makes an indicatie whose geindiceerde ZZPs follow each
// other (sometimes overlapping) from the Ingangsdatum, with functies and
// toewijzingen around them.
func randomIndicatie(r *rand.Rand, msg string, h header, notes []string) (*indicatie, []string) {
	in := &indicatie{besluitnummer: fmt.Sprint(1000 + r.IntN(900000)), soort: pick(r, []string{"1", "1", "2", "3", "4"})}
	if msg == "IO31" {
		in.soort = pick(r, []string{"1", "1", "4"})
		if bad(r) {
			in.soort = pick(r, []string{"2", "3"})
		}
	}
	in.ingang = randDate(r, "2019-09-01", 500)
	if in.ingang > h.dagtekening {
		in.ingang = addDays(h.dagtekening, -r.IntN(200))
	}
	in.afgifte = addDays(in.ingang, -r.IntN(40))
	if bad(r) {
		in.afgifte = addDays(h.dagtekening, 1)
		notes = append(notes, "afgifte after dagtekening")
	}
	if msg == "IO31" && chance(r, 0.3) {
		in.meerzorg = pick(r, []string{"1", "2"})
	}
	if !bad(r) {
		in.grondslagen = []string{pick(r, []string{"01", "02", "03", "04", "05", "06", "07"})}
		if chance(r, 0.3) {
			in.grondslagen = append(in.grondslagen, pick(r, []string{"01", "02", "03", "04"}))
		}
	}
	good := stoornissen[:10]
	for k, p := 0, r.Perm(len(good)); k < r.IntN(3); k++ {
		st := good[p[k]]
		if bad(r) {
			st = pick(r, stoornissen)
		}
		in.stoornissen = append(in.stoornissen, st)
	}
	cats := r.Perm(6)
	for k := r.IntN(3); k > 0; k-- {
		c := fmt.Sprint(1 + cats[k])
		if bad(r) {
			c = "1"
		}
		in.beperkingen = append(in.beperkingen, beperking{categorie: c, duur: pick(r, []string{"", "1", "4"})})
	}
	vragen := []string{"0101", "0102", "0201", "0605"}
	vp := r.Perm(len(vragen))
	for k := r.IntN(3); k > 0; k-- {
		v := vragen[vp[k]]
		if bad(r) {
			v = "0101"
		}
		in.sscores = append(in.sscores, [2]string{v, pick(r, []string{"0", "1", "2", "3", "9"})})
	}
	// geindiceerde ZZPs
	nz := 1 + r.IntN(4)
	start := in.ingang
	if bad(r) {
		start = addDays(start, pick(r, []int{-1, 1}))
		notes = append(notes, "first ZZP off the indicatie ingang")
	}
	closed := chance(r, 0.4)
	var last string
	for k := 0; k < nz; k++ {
		g := gzzp{code: pick(r, zzpCodes), ingang: start, klasse: pick(r, []string{"KE4", "KE5", "KE6", "KE7"}), financiering: pick(r, []string{"1", "2", "3", "4"})}
		if bad(r) {
			g.klasse = pick(r, allKlassen)
		}
		if chance(r, 0.2) {
			g.voorkeurClient = pick(r, []string{"2", "3", "4", "10"})
		}
		if msg == "IO31" && chance(r, 0.2) {
			g.voorkeur = pick(r, []string{ontvanger, andere})
		}
		if k < nz-1 || closed {
			g.eind = addDays(start, 30+r.IntN(300))
			next := addDays(g.eind, 1)
			if bad(r) {
				next = pick(r, []string{g.eind, addDays(g.eind, -20)})
				notes = append(notes, "ZZPs overlap")
			} else if chance(r, 0.1) {
				next = addDays(g.eind, 2)
			}
			start = next
			last = g.eind
		}
		in.gzzps = append(in.gzzps, g)
	}
	if closed {
		in.eind = last
		if bad(r) {
			in.eind = addDays(last, pick(r, []int{-1, 1}))
			notes = append(notes, "indicatie einddatum off the last ZZP")
		}
	} else if bad(r) {
		in.eind = addDays(start, 400)
		notes = append(notes, "indicatie closed, last ZZP open")
	}
	// geindiceerde functies
	nf := r.IntN(4)
	fp := r.Perm(len(functieCodes))
	for k := 0; k < nf; k++ {
		code := functieCodes[fp[k]]
		if bad(r) && k > 0 {
			code = in.gfuncties[0].code
		}
		kl := pick(r, functieKlasse[code])
		if bad(r) {
			kl = pick(r, allKlassen)
		}
		g := gfunc(code, kl, in.ingang, "")
		if chance(r, 0.3) {
			g.ingang = addDays(in.ingang, r.IntN(100))
		}
		if in.eind != "" {
			g.eind = in.eind
			if chance(r, 0.3) {
				g.eind = addDays(in.eind, -r.IntN(100))
			}
		}
		if (code == "64" || code == "82") != bad(r) {
			g.vervoer = pick(r, []string{"1", "2"})
			if bad(r) {
				g.vervoer = "9"
			}
		}
		if chance(r, 0.15) && (maxKlasse[code] != "" && code != "71" || bad(r)) {
			g.opslag = pick(r, []string{"0", "3", "10"})
			if !bad(r) && maxKlasse[code] != "" {
				g.klasse = maxKlasse[code]
			}
		}
		g.voorwaarde = pick(r, []string{"1", "2", "3", "4", "8"})
		g.financiering = pick(r, []string{"1", "2", "3", "4"})
		if msg == "IO31" && chance(r, 0.2) {
			g.voorkeur = ontvanger
		}
		in.gfuncties = append(in.gfuncties, g)
	}
	if msg != "AW33" {
		return in, notes
	}
	// toegewezen functies: from the geindiceerde ones, sometimes not
	for _, g := range in.gfuncties {
		if !chance(r, 0.6) {
			continue
		}
		f := tfunc(g.code, g.klasse, pick(r, []string{h.ontvanger, h.ontvanger, andere, ontvanger}), pick(r, []string{"1", "1", "3"}), g.ingang, g.eind)
		if bad(r) {
			f.soort = "5"
		}
		if f.code == "91" && !bad(r) {
			f.soort = "1"
		}
		if chance(r, 0.1) {
			f.ingang = addDays(g.ingang, pick(r, []int{1, 30}))
		}
		if bad(r) {
			f.ingang = addDays(in.ingang, -1)
		}
		if f.eind != "" && f.eind < f.ingang {
			f.eind = f.ingang
		}
		f.tdatum = addDays(h.dagtekening, -r.IntN(30))
		if bad(r) {
			f.tdatum = addDays(h.dagtekening, 1)
		}
		f.vervoer = g.vervoer
		f.opslag = g.opslag
		if bad(r) {
			dup := f
			dup.ingang = addDays(f.ingang, r.IntN(5))
			dup.instelling = pick(r, []string{f.instelling, andere})
			in.tfuncties = append(in.tfuncties, dup)
			notes = append(notes, "two functie toewijzingen")
		}
		in.tfuncties = append(in.tfuncties, f)
	}
	if bad(r) {
		in.tfuncties = append(in.tfuncties, tfunc("91", "99", h.ontvanger, pick(r, []string{"1", "3"}), in.ingang, in.eind))
		notes = append(notes, "functie 91 toegewezen")
	}
	// toegewezen ZZPs: 1-6 lines in consecutive or overlapping periods
	nt := 1 + r.IntN(6)
	if bad(r) && chance(r, 0.3) {
		nt = 0
	}
	var lvs []string
	start = in.ingang
	if bad(r) {
		start = addDays(start, -1)
		notes = append(notes, "toewijzing before indicatie")
	}
	for k := 0; k < nt; k++ {
		lv := pick(r, []string{"4", "4", "5", "7", "2", "8"})
		if lv == "8" && start < "2020-01-01" && !bad(r) {
			lv = "4"
		}
		if bad(r) && chance(r, 0.3) {
			lv = "9"
		}
		lvs = append(lvs, lv)
		code := in.gzzps[r.IntN(len(in.gzzps))].code
		if chance(r, 0.1) {
			code = pick(r, zzpCodes)
		}
		inst := pick(r, []string{h.ontvanger, h.ontvanger, andere, derde, ontvanger})
		if k == 0 && !bad(r) {
			inst = h.ontvanger
		}
		z := zzpFor(lv, code, inst, start)
		if lv == "8" && chance(r, 0.5) && start < "2020-01-01" {
			notes = append(notes, "DTV before 2020")
		}
		z.zorgkantoor = h.afzender
		if chance(r, 0.05) {
			z.zorgkantoor = pick(r, zorgkantoren)
		}
		z.soort = pick(r, []string{"1", "1", "1", "3", "5"})
		z.tdatum = addDays(h.dagtekening, -r.IntN(60))
		if bad(r) {
			z.tdatum = addDays(h.dagtekening, 1)
		}
		z.ttijd = fmt.Sprintf("%02d:%02d:00", 8+r.IntN(10), r.IntN(60))
		if z.pct != "" {
			z.pct = fmt.Sprint((1 + r.IntN(100)) * 100)
		}
		if lv == "8" {
			z.etmalen = pick(r, []string{"3,5", "4,0", "4,5"})
		}
		if z.opname != "" {
			z.opname = pick(r, []string{"1", "1", "2"})
			if z.soort == "5" && !bad(r) {
				z.opname = "1"
			}
		}
		if z.klasse != "" {
			z.klasse = pick(r, []string{"KE4", "KE5", "KE6", "KE7"})
			if bad(r) {
				z.klasse = pick(r, []string{"K3", "KE1"})
			}
		}
		if z.dossierhouder != "" && chance(r, 0.3) {
			z.dossierhouder = pick(r, []string{andere, derde})
		}
		// presence rules: break one now and then
		if bad(r) {
			switch r.IntN(7) {
			case 0:
				z.pct = map[bool]string{true: "", false: "5000"}[z.pct != ""]
			case 1:
				z.instelling = map[bool]string{true: "", false: ontvanger}[z.instelling != ""]
			case 2:
				z.klasse = map[bool]string{true: "", false: "KE5"}[z.klasse != ""]
			case 3:
				z.opname = map[bool]string{true: "", false: "1"}[z.opname != ""]
			case 4:
				z.etmalen = map[bool]string{true: "", false: "4,0"}[z.etmalen != ""]
			case 5:
				z.dossierhouder = map[bool]string{true: "", false: ontvanger}[z.dossierhouder != ""]
			case 6:
				z.czt = map[bool]string{true: "", false: andere}[z.czt != ""]
			}
			notes = append(notes, "a presence rule broken on line "+fmt.Sprint(k+1))
		}
		if chance(r, 0.1) {
			z.reden = pick(r, []string{"1", "2", "3", "4", "5", "6", "7", "8"})
			z.bestemming = pick(r, []string{"", andere})
		}
		if k < nt-1 || in.eind != "" || chance(r, 0.3) {
			z.eind = addDays(start, r.IntN(200))
			if in.eind != "" && (z.eind > in.eind || k == nt-1) {
				z.eind = in.eind
				if bad(r) {
					z.eind = addDays(in.eind, 1)
				}
			}
			switch {
			case bad(r):
				start = pick(r, []string{z.eind, addDays(z.eind, -3), z.ingang})
			default:
				start = addDays(z.eind, 1)
			}
		}
		if z.eind != "" && z.eind < z.ingang && chance(r, 0.5) {
			z.eind = z.ingang
		}
		in.tzzps = append(in.tzzps, z)
	}
	notes = append(notes, fmt.Sprintf("%d geindiceerde ZZPs, %d functies, %d toegewezen functies, toewijzingen lv %s", len(in.gzzps), len(in.gfuncties), len(in.tfuncties), strings.Join(lvs, "/")))
	return in, notes
}

// randomSchemaBreak damages a random message tree so that the XSD rejects
// it; it returns what it did.
func randomSchemaBreak(r *rand.Rand, t *node, msg string) string {
	ind := "Clienten/Client/Indicatie"
	opts := []struct {
		about string
		f     func()
	}{
		{"XSD: Geslacht removed", func() { t.remove("Clienten/Client/Geslacht") }},
		{"XSD: Leefeenheid and Naam swapped", func() { t.swapWithNext("Clienten/Client/Naam") }},
		{"XSD: Ingangsdatum 2020-02-30", func() { t.set(ind+"/Ingangsdatum", "2020-02-30") }},
		{"XSD: unknown element Extra in Indicatie", func() { t.insertBefore(ind+"/Besluitnummer", tx("Extra", "1")) }},
		{"XSD: Bsn with a letter", func() { t.set("Clienten/Client/Bsn", "12345678X") }},
		{"XSD: Besluitnummer 0", func() { t.set(ind+"/Besluitnummer", "0") }},
		{"XSD: Dagtekening with time zone", func() { t.set("Header/BerichtIdentificatie/Dagtekening", "2021-01-01Z") }},
		{"XSD: BerichtSubversie 3", func() { t.set("Header/BerichtSubversie", "3") }},
	}
	if tz := ind + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket"; msg == "AW33" && t.has(tz) {
		opts = append(opts,
			struct {
				about string
				f     func()
			}{"XSD: first toewijzing without Leveringsvorm", func() { t.remove(tz + "/Leveringsvorm") }},
		)
	}
	o := opts[r.IntN(len(opts))]
	o.f()
	return o.about
}

// buildAW33 assembles every AW33 case: the base, the hand-made variations,
// the schema breakers and the random messages.
func buildAW33(seed uint64, nRandom int) []Entry {
	return build33("AW33", append(clientCases("AW33"), aw33Cases()...), seed, nRandom)
}

func build33(msg string, ks []kase, seed uint64, nRandom int) []Entry {
	var out []Entry
	for _, k := range ks {
		out = append(out, k.entry(msg))
	}
	for _, k := range schemaCases(msg) {
		out = append(out, k.entry(msg))
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := 1; i <= nRandom; i++ {
		m, about := random33(r, msg, i)
		t := m.tree()
		name := fmt.Sprintf("random-%04d", i)
		if chance(r, 0.08) {
			about = randomSchemaBreak(r, t, msg) + "; " + about
			name += "-xsd"
		}
		out = append(out, Entry{Name: name, About: about, XML: render(t, ns(msg))})
	}
	return out
}

// io31Cases are the variations only an IO31 has.
func io31Cases() []kase {
	return []kase{
		{name: "valid-meerzorg-voorkeur", about: "valid: Meerzorg 1 and an InstellingVoorkeur on the ZZP and the functie", m: func(m *m33) {
			in0(m).meerzorg = "1"
			g0(m).voorkeur, gf0(m).voorkeur = ontvanger, andere
		}},
		{name: "CS113-soort2", about: "CS113: Indicatie Soort 2", m: func(m *m33) { in0(m).soort = "2" }},
		{name: "CS113-soort3", about: "CS113: Indicatie Soort 3", m: func(m *m33) { in0(m).soort = "3" }},
		{name: "CS113-second-client-soort3", about: "CS113: second client's Indicatie Soort 3", m: func(m *m33) { addClient(m, func(c *client) { c.ind.soort = "3" }) }},
		{name: "CS113-pass-soort4", about: "CS113 boundary: Soort 4 (experimenten) passes", m: func(m *m33) { in0(m).soort = "4" }},
		{name: "CS113-pass-soort1", about: "CS113 boundary: Soort 1 passes (base)", m: func(m *m33) {}},
		{name: "TR042-voorkeur-00000000", about: "TR042 attempt: ZZP InstellingVoorkeur 00000000 (no AGB register: never fires)", m: func(m *m33) { g0(m).voorkeur = "00000000" }},
		{name: "TR042-functie-voorkeur-99999999", about: "TR042 attempt: functie InstellingVoorkeur 99999999", m: func(m *m33) { gf0(m).voorkeur = "99999999" }},
		{name: "TR042-voorkeur-10000000", about: "TR042 attempt: ZZP InstellingVoorkeur 10000000", m: func(m *m33) { g0(m).voorkeur = "10000000" }},
	}
}
