package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// AW35: an aanbieder's melding aanvang zorg (geleverde zorgeenheden) to
// the zorgkantoor.

type gfunctie35 struct {
	besluit, code, tIngang, begin, instelling, klasse, opslag, aanlevering string
}

type gzzp35 struct {
	besluit, code, tIngang, begin, sleutel, instelling, etmalen, klasse, status, lv, behandeling, aanlevering string
}

type client35 struct {
	bsn      string
	geb      geboorte
	geslacht string
	naam     naam
	funcs    []gfunctie35
	zzps     []gzzp35
}

type m35 struct {
	h       header
	clients []*client35
}

func (m *m35) tree() *node {
	h := m.h
	root := el("Bericht", el("Header",
		tx("BerichtCode", h.code), tx("BerichtVersie", "5"), tx("BerichtSubversie", "2"),
		tx("Afzender", h.afzender), tx("Ontvanger", h.ontvanger),
		el("BerichtIdentificatie", btx("Identificatie", h.ident), btx("Dagtekening", h.dagtekening)),
		el("XsdVersie", btx("BasisschemaXsdVersie", "1.0.0"), btx("BerichtXsdVersie", "1.0.0"))))
	cl := el("Clienten")
	for _, c := range m.clients {
		var gf, gz *node
		for _, f := range c.funcs {
			if gf == nil {
				gf = el("GeleverdeFuncties")
			}
			gf.kids = append(gf.kids, el("GeleverdeFunctie", tx("Besluitnummer", f.besluit), tx("FunctieCode", f.code),
				tx("ToewijzingIngangsdatum", f.tIngang), tx("Begindatum", f.begin), tx("Instelling", f.instelling),
				tx("Klasse", f.klasse), tx("Opslag", f.opslag), tx("StatusAanlevering", f.aanlevering)))
		}
		for _, z := range c.zzps {
			if gz == nil {
				gz = el("GeleverdeZorgzwaartepakketten")
			}
			gz.kids = append(gz.kids, el("GeleverdZorgzwaartepakket", tx("Besluitnummer", z.besluit), tx("ZzpCode", z.code),
				tx("ToewijzingIngangsdatum", z.tIngang), tx("Begindatum", z.begin), tx("Sleuteldatum", z.sleutel),
				tx("Instelling", z.instelling), tx("Etmalen", z.etmalen), tx("Klasse", z.klasse),
				tx("Leveringsstatus", z.status), tx("Leveringsvorm", z.lv), tx("Behandeling", z.behandeling),
				tx("StatusAanlevering", z.aanlevering)))
		}
		cl.kids = append(cl.kids, el("Client", tx("Bsn", c.bsn), c.geb.node(), tx("Geslacht", c.geslacht), c.naam.verkort(), gf, gz))
	}
	root.kids = append(root.kids, cl)
	return root
}

// zzp35For is a geleverd ZZP line for leveringsvorm lv that meets the
// presence rules (CD004, CD051, CD072).
func zzp35For(lv string) gzzp35 {
	z := gzzp35{besluit: "4711", code: "753", tIngang: indIngang, begin: "2021-03-01", instelling: ontvanger,
		status: "4", lv: lv, aanlevering: "1"}
	switch lv {
	case "4":
		z.klasse, z.sleutel = "KE4", "2021-02-20"
	case "5":
		z.klasse = "KE5"
	case "8":
		z.etmalen = "3,5"
	}
	return z
}

// functie35For is a geleverde functie line with a Klasse TR008 allows.
func functie35For(code string) gfunctie35 {
	return gfunctie35{besluit: "4712", code: code, tIngang: indIngang, begin: "2021-03-01", instelling: ontvanger,
		klasse: functieKlasse[code][0], aanlevering: "1"}
}

func base35() *m35 {
	c := &client35{bsn: "123456782", geb: geboorte{datum: "1940-05-17"}, geslacht: "2",
		naam:  naam{achternaam: "Jansen", voorletters: "M"},
		funcs: []gfunctie35{functie35For("21")},
		zzps:  []gzzp35{zzp35For("4")},
	}
	return &m35{h: header{code: "354", afzender: ontvanger, ontvanger: zk, ident: "AW35-0000001", dagtekening: dag}, clients: []*client35{c}}
}

type kase35 struct {
	name, about string
	m           func(*m35)
	t           func(*node)
}

func (k kase35) entry() Entry {
	m := base35()
	if k.m != nil {
		k.m(m)
	}
	t := m.tree()
	if k.t != nil {
		k.t(t)
	}
	return Entry{Name: k.name, About: k.about, XML: render(t, ns("AW35"))}
}

func c35(m *m35) *client35    { return m.clients[0] }
func gz35(m *m35) *gzzp35     { return &m.clients[0].zzps[0] }
func gf35(m *m35) *gfunctie35 { return &m.clients[0].funcs[0] }

func aw35Cases() []kase35 {
	// zz: the ZZP line for leveringsvorm lv, changed by f.
	zz := func(name, about, lv string, f func(z *gzzp35)) kase35 {
		return kase35{name: name, about: about, m: func(m *m35) {
			c35(m).zzps[0] = zzp35For(lv)
			if f != nil {
				f(gz35(m))
			}
		}}
	}
	// fu: the functie line for code, changed by f.
	fu := func(name, about, code string, f func(g *gfunctie35)) kase35 {
		return kase35{name: name, about: about, m: func(m *m35) {
			c35(m).funcs[0] = functie35For(code)
			if f != nil {
				f(gf35(m))
			}
		}}
	}
	ks := []kase35{
		{name: "valid-base", about: "the base AW35: a GeleverdeFunctie 21 (K1) and a GeleverdZorgzwaartepakket Verblijf with Klasse and Sleuteldatum"},
		zz("valid-vpt", "valid: ZZP VPT (5) with Klasse", "5", nil),
		zz("valid-mpt", "valid: ZZP MPT (7)", "7", nil),
		zz("valid-dtv", "valid: ZZP DTV (8) with Etmalen", "8", nil),
		zz("valid-verblijf-no-sleuteldatum", "valid: ZZP Verblijf without Sleuteldatum", "4", func(z *gzzp35) { z.sleutel = "" }),
		zz("valid-behandeling", "valid: ZZP Verblijf with Behandeling 1 and StatusAanlevering 3", "4", func(z *gzzp35) { z.behandeling, z.aanlevering = "1", "3" }),
		{name: "valid-only-zzp", about: "valid: a client with only a GeleverdZorgzwaartepakket", m: func(m *m35) { c35(m).funcs = nil }},
		{name: "valid-only-functie", about: "valid: a client with only a GeleverdeFunctie", m: func(m *m35) { c35(m).zzps = nil }},
		// CD004
		zz("CD004-vpt-sleuteldatum", "CD004: Sleuteldatum on a VPT line", "5", func(z *gzzp35) { z.sleutel = "2021-02-20" }),
		zz("CD004-mpt-sleuteldatum", "CD004: Sleuteldatum on an MPT line", "7", func(z *gzzp35) { z.sleutel = "2021-02-28" }),
		zz("CD004-dtv-sleuteldatum", "CD004: Sleuteldatum on a DTV line", "8", func(z *gzzp35) { z.sleutel = "2021-01-01" }),
		zz("CD004-pass-verblijf", "CD004 boundary: Sleuteldatum on a Verblijf line passes", "4", nil),
		zz("CD004-pass-vpt-without", "CD004 boundary: VPT without Sleuteldatum passes", "5", nil),
		// CD051
		zz("CD051-verblijf-without-klasse", "CD051: Verblijf without Klasse", "4", func(z *gzzp35) { z.klasse = "" }),
		zz("CD051-vpt-without-klasse", "CD051: VPT without Klasse", "5", func(z *gzzp35) { z.klasse = "" }),
		zz("CD051-mpt-with-klasse", "CD051: MPT with Klasse", "7", func(z *gzzp35) { z.klasse = "KE5" }),
		zz("CD051-dtv-with-klasse", "CD051: DTV with Klasse", "8", func(z *gzzp35) { z.klasse = "KE7" }),
		zz("CD051-pass-verblijf-ke7", "CD051 boundary: Verblijf with KE7 passes", "4", func(z *gzzp35) { z.klasse = "KE7" }),
		// CD072
		zz("CD072-dtv-without-etmalen", "CD072: DTV without Etmalen", "8", func(z *gzzp35) { z.etmalen = "" }),
		zz("CD072-verblijf-with-etmalen", "CD072: Verblijf with Etmalen", "4", func(z *gzzp35) { z.etmalen = "4,0" }),
		zz("CD072-mpt-with-etmalen", "CD072: MPT with Etmalen", "7", func(z *gzzp35) { z.etmalen = "4,5" }),
		zz("CD072-pass-dtv-4-5", "CD072 boundary: DTV with Etmalen 4,5 passes", "8", func(z *gzzp35) { z.etmalen = "4,5" }),
		// CS023
		zz("CS023-zzp-begindatum-after-dagtekening", "CS023: ZZP Begindatum one day after the Dagtekening", "4", func(z *gzzp35) { z.begin = addDays(dag, 1) }),
		fu("CS023-functie-begindatum-after-dagtekening", "CS023: functie Begindatum one day after the Dagtekening", "21", func(g *gfunctie35) { g.begin = addDays(dag, 1) }),
		{name: "CS023-geboortedatum-after-dagtekening", about: "CS023: Geboortedatum after the Dagtekening", m: func(m *m35) { c35(m).geb.datum = addDays(dag, 2) }},
		zz("CS023-pass-begindatum-on-dagtekening", "CS023 boundary: Begindatum = Dagtekening passes", "4", func(z *gzzp35) { z.begin = dag }),
		fu("CS023-pass-tingang-after-dagtekening", "CS023 boundary: ToewijzingIngangsdatum after the Dagtekening is not checked", "21", func(g *gfunctie35) { g.tIngang = addDays(dag, 10) }),
		// CS058
		zz("CS058-zzp-aanlevering2", "CS058: ZZP StatusAanlevering 2", "4", func(z *gzzp35) { z.aanlevering = "2" }),
		fu("CS058-functie-aanlevering9", "CS058: functie StatusAanlevering 9", "21", func(g *gfunctie35) { g.aanlevering = "9" }),
		fu("CS058-pass-functie-aanlevering3", "CS058 boundary: functie StatusAanlevering 3 passes", "21", func(g *gfunctie35) { g.aanlevering = "3" }),
		// CS062
		zz("CS062-leveringsstatus3", "CS062: Leveringsstatus 3", "4", func(z *gzzp35) { z.status = "3" }),
		zz("CS062-leveringsstatus5", "CS062: Leveringsstatus 5", "7", func(z *gzzp35) { z.status = "5" }),
		// CS074
		zz("CS074-klasse-k3", "CS074: ZZP Klasse K3", "4", func(z *gzzp35) { z.klasse = "K3" }),
		zz("CS074-klasse-ke1", "CS074: ZZP Klasse KE1", "5", func(z *gzzp35) { z.klasse = "KE1" }),
		zz("CS074-klasse-99", "CS074: ZZP Klasse 99", "4", func(z *gzzp35) { z.klasse = "99" }),
		zz("CS074-pass-ke6", "CS074 boundary: ZZP Klasse KE6 passes", "4", func(z *gzzp35) { z.klasse = "KE6" }),
		fu("CS074-pass-functie-k3", "CS074 boundary: a functie's Klasse K3 is not checked by CS074", "21", func(g *gfunctie35) { g.klasse = "K3" }),
		// CS088
		zz("CS088-sleuteldatum-on-begindatum", "CS088: Sleuteldatum = Begindatum", "4", func(z *gzzp35) { z.sleutel = z.begin }),
		zz("CS088-sleuteldatum-after-begindatum", "CS088: Sleuteldatum one day after the Begindatum", "4", func(z *gzzp35) { z.sleutel = addDays(z.begin, 1) }),
		zz("CS088-sleuteldatum-year-later", "CS088: Sleuteldatum a year after the Begindatum", "4", func(z *gzzp35) { z.sleutel = addDays(z.begin, 365) }),
		zz("CS088-pass-day-before", "CS088 boundary: Sleuteldatum one day before the Begindatum passes", "4", func(z *gzzp35) { z.sleutel = addDays(z.begin, -1) }),
		zz("CS088-pass-long-before", "CS088 boundary: Sleuteldatum 30 days before the Begindatum passes", "4", func(z *gzzp35) { z.sleutel = addDays(z.begin, -30) }),
		zz("CS088-vpt-sleuteldatum-after", "CS088 and CD004: VPT with Sleuteldatum after the Begindatum", "5", func(z *gzzp35) { z.sleutel = addDays(z.begin, 3) }),
		// CS127
		zz("CS127-pgb", "CS127: ZZP Leveringsvorm 2", "2", nil),
		zz("CS127-vkb", "CS127: ZZP Leveringsvorm 9", "9", nil),
		zz("CS127-pass-dtv", "CS127 boundary: Leveringsvorm 8 passes", "8", nil),
		// TR008
		fu("TR008-21-k0", "TR008: functie 21 with Klasse K0", "21", func(g *gfunctie35) { g.klasse = "K0" }),
		fu("TR008-41-k8", "TR008: functie 41 with Klasse K8", "41", func(g *gfunctie35) { g.klasse = "K8" }),
		fu("TR008-61-k1", "TR008: functie 61 with Klasse K1", "61", func(g *gfunctie35) { g.klasse = "K1" }),
		fu("TR008-64-kd10", "TR008: functie 64 with Klasse KD10", "64", func(g *gfunctie35) { g.klasse = "KD10" }),
		fu("TR008-71-k3", "TR008: functie 71 with Klasse K3", "71", func(g *gfunctie35) { g.klasse = "K3" }),
		fu("TR008-82-ke1", "TR008: functie 82 with Klasse KE1", "82", func(g *gfunctie35) { g.klasse = "KE1" }),
		fu("TR008-pass-81-k8", "TR008 boundary: functie 81 with K8 passes", "81", func(g *gfunctie35) { g.klasse = "K8" }),
		fu("TR008-pass-41-k0", "TR008 boundary: functie 41 with K0 passes", "41", func(g *gfunctie35) { g.klasse = "K0" }),
		fu("TR008-pass-91-99", "TR008 boundary: functie 91 with 99 passes", "91", func(g *gfunctie35) { g.klasse = "99" }),
		fu("TR008-pass-82-kd09", "TR008 boundary: functie 82 with KD09 passes", "82", func(g *gfunctie35) { g.klasse = "KD09" }),
		// TR010
		fu("TR010-21-k3-opslag", "TR010: functie 21 Klasse K3 (not the maximum K8) with Opslag", "21", func(g *gfunctie35) { g.klasse, g.opslag = "K3", "5" }),
		fu("TR010-41-k6-opslag", "TR010: functie 41 Klasse K6 (not the maximum K7) with Opslag", "41", func(g *gfunctie35) { g.klasse, g.opslag = "K6", "1" }),
		fu("TR010-64-kd08-opslag", "TR010: functie 64 Klasse KD08 with Opslag", "64", func(g *gfunctie35) { g.klasse, g.opslag = "KD08", "3" }),
		fu("TR010-61-99-opslag", "TR010: functie 61 Klasse 99 with Opslag", "61", func(g *gfunctie35) { g.opslag = "2" }),
		fu("TR010-81-k8-opslag0", "TR010 boundary: functie 81 at the maximum K8 with Opslag 0 passes", "81", func(g *gfunctie35) { g.klasse, g.opslag = "K8", "0" }),
		fu("TR010-pass-21-k8-opslag", "TR010 boundary: functie 21 at the maximum K8 with Opslag passes", "21", func(g *gfunctie35) { g.klasse, g.opslag = "K8", "5" }),
		fu("TR010-pass-82-kd09-opslag", "TR010 boundary: functie 82 at the maximum KD09 with Opslag passes", "82", func(g *gfunctie35) { g.klasse, g.opslag = "KD09", "99" }),
		fu("TR010-pass-61-k1-opslag", "TR010 boundary: functie 61 with Klasse K1 and Opslag passes TR010 (otherwise: only 99 is checked; TR008 fires)", "61", func(g *gfunctie35) {
			g.klasse, g.opslag = "K1", "4"
		}),
		// TR034
		fu("TR034-71-ke7-opslag", "TR034: functie 71 (KE7) with Opslag", "71", func(g *gfunctie35) { g.klasse, g.opslag = "KE7", "1" }),
		fu("TR034-71-ke3-opslag", "TR034: functie 71 KE3 with Opslag (TR010 too)", "71", func(g *gfunctie35) { g.klasse, g.opslag = "KE3", "0" }),
		fu("TR034-pass-71-no-opslag", "TR034 boundary: functie 71 without Opslag passes", "71", func(g *gfunctie35) { g.klasse = "KE7" }),
		// CS002, TR002, TR039, TR064, TR097, TR101
		{name: "CS002-bsn-123456789", about: "CS002: Bsn 123456789", m: func(m *m35) { c35(m).bsn = "123456789" }},
		{name: "TR002-born-1899", about: "TR002: Geboortedatum 1899-12-31", m: func(m *m35) { c35(m).geb.datum = "1899-12-31" }},
		{name: "TR039-client-without-zorg", about: "TR039: a second client with neither functie nor ZZP", m: func(m *m35) {
			c := *c35(m)
			c.bsn, c.funcs, c.zzps = "999999990", nil, nil
			m.clients = append(m.clients, &c)
		}},
		zz("TR064-instelling-not-afzender", "TR064: ZZP Instelling is not the Afzender", "4", func(z *gzzp35) { z.instelling = andere }),
		fu("TR064-functie-instelling-not-afzender", "TR064: functie Instelling is not the Afzender", "21", func(g *gfunctie35) { g.instelling = derde }),
		{name: "TR097-datumgebruik2", about: "TR097: DatumGebruik 2 with a day that is not 01-01", m: func(m *m35) { c35(m).geb.gebruik = "2" }},
		{name: "TR101-duplicate-zzp", about: "TR101: the same ZZP line twice", m: func(m *m35) { c35(m).zzps = append(c35(m).zzps, c35(m).zzps[0]) }},
		{name: "TR101-duplicate-functie", about: "TR101: the same functie line twice", m: func(m *m35) { c35(m).funcs = append(c35(m).funcs, c35(m).funcs[0]) }},
		{name: "TR101-pass-zzp-other-begindatum", about: "TR101 boundary: the same ZZP line with another Begindatum passes", m: func(m *m35) {
			z := c35(m).zzps[0]
			z.begin, z.sleutel = "2021-03-02", ""
			c35(m).zzps = append(c35(m).zzps, z)
		}},
		{name: "TR101-duplicate-client", about: "TR101: two clients with the same Bsn", m: func(m *m35) {
			c := *c35(m)
			m.clients = append(m.clients, &c)
		}},
		// several lines
		{name: "multi-lines-second-bad", about: "CD051, CS088: the second of three ZZP lines without Klasse and with a late Sleuteldatum", m: func(m *m35) {
			z2 := zzp35For("4")
			z2.code, z2.klasse, z2.sleutel = "754", "", "2021-03-05"
			z3 := zzp35For("7")
			z3.code = "755"
			c35(m).zzps = append(c35(m).zzps, z2, z3)
		}},
		{name: "multi-functies-third-bad", about: "TR008, TR010: the third of three functie lines 41 K8 with Opslag", m: func(m *m35) {
			f2 := functie35For("64")
			f3 := functie35For("41")
			f3.klasse, f3.opslag = "K8", "2"
			c35(m).funcs = append(c35(m).funcs, f2, f3)
		}},
	}
	return ks
}

func schemaCases35() []kase35 {
	gz := "Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket"
	gf := "Clienten/Client/GeleverdeFuncties/GeleverdeFunctie"
	return []kase35{
		{name: "XSD-missing-begindatum", about: "XSD: GeleverdZorgzwaartepakket without Begindatum (CS088 fires on the Sleuteldatum)", t: func(t *node) { t.remove(gz + "/Begindatum") }},
		{name: "XSD-leveringsstatus-9", about: "XSD: Leveringsstatus 9", t: func(t *node) { t.set(gz+"/Leveringsstatus", "9") }},
		{name: "XSD-leveringsvorm-6", about: "XSD: Leveringsvorm 6", t: func(t *node) { t.set(gz+"/Leveringsvorm", "6") }},
		{name: "XSD-wrong-order", about: "XSD: Klasse and Leveringsstatus swapped", t: func(t *node) { t.swapWithNext(gz + "/Klasse") }},
		{name: "XSD-bad-sleuteldatum", about: "XSD: Sleuteldatum 2021-02-30", t: func(t *node) { t.set(gz+"/Sleuteldatum", "2021-02-30") }},
		{name: "XSD-functie-without-klasse", about: "XSD: GeleverdeFunctie without Klasse", t: func(t *node) { t.remove(gf + "/Klasse") }},
		{name: "XSD-functiecode-99", about: "XSD: FunctieCode 99", t: func(t *node) { t.set(gf+"/FunctieCode", "99") }},
		{name: "XSD-opslag-100", about: "XSD: Opslag 100", t: func(t *node) { t.insertAfter(gf+"/Klasse", tx("Opslag", "100")) }},
		{name: "XSD-klasse-kx", about: "XSD: ZZP Klasse KX", t: func(t *node) { t.set(gz+"/Klasse", "KX") }},
		{name: "XSD-unknown-element", about: "XSD: unknown element Opmerking in GeleverdZorgzwaartepakket", t: func(t *node) { t.insertAfter(gz+"/ZzpCode", tx("Opmerking", "x")) }},
		{name: "XSD-berichtcode-358", about: "XSD: BerichtCode 358 (AW39's)", t: func(t *node) { t.set("Header/BerichtCode", "358") }},
		{name: "XSD-empty-geleverdefuncties", about: "XSD: GeleverdeFuncties without GeleverdeFunctie", t: func(t *node) { t.find("Clienten/Client/GeleverdeFuncties").kids = nil }},
		{name: "XSD-missing-afzender", about: "XSD: Header without Afzender", t: func(t *node) { t.remove("Header/Afzender") }},
	}
}

// random35 builds a random AW35: 1-3 clients with geleverde functies and
// zorgzwaartepakketten.
func random35(r *rand.Rand, i int) (*m35, string) {
	noise = pick(r, []float64{0, 0, 0, 0.02, 0.05, 0.1, 0.2})
	m := base35()
	m.h.ident = fmt.Sprintf("AW35-R%06d", i)
	m.h.dagtekening = randDate(r, "2020-06-01", 700)
	m.h.afzender = pick(r, []string{ontvanger, ontvanger, andere})
	m.h.ontvanger = pick(r, zorgkantoren)
	m.clients = nil
	n := 1 + r.IntN(3)
	var notes []string
	for k := 0; k < n; k++ {
		c := &client35{bsn: bsn(r, !bad(r)), geslacht: pick(r, []string{"0", "1", "2"}), naam: naam{achternaam: "Jansen", voorletters: "M"}}
		c.geb = geboorte{datum: randDate(r, "1920-01-01", 30000)}
		if bad(r) {
			c.geb = pick(r, []geboorte{{datum: "1899-05-05"}, {datum: addDays(m.h.dagtekening, 1)}, {datum: "1940-05-17", gebruik: "2"}})
		}
		if k > 0 && bad(r) {
			c.bsn = m.clients[0].bsn
		}
		nf, nz := r.IntN(3), r.IntN(4)
		if nf+nz == 0 && !bad(r) {
			nz = 1
		}
		var what []string
		for j := 0; j < nf; j++ {
			f := randomFunctie35(r, m.h)
			if j > 0 && bad(r) {
				f = c.funcs[0]
			}
			c.funcs = append(c.funcs, f)
			what = append(what, fmt.Sprintf("functie %s %s opslag %q", f.code, f.klasse, f.opslag))
		}
		for j := 0; j < nz; j++ {
			z := randomZZP35(r, m.h)
			if j > 0 && bad(r) {
				z = c.zzps[0]
			}
			c.zzps = append(c.zzps, z)
			what = append(what, fmt.Sprintf("zzp lv %s klasse %q sleutel %q", z.lv, z.klasse, z.sleutel))
		}
		if len(what) == 0 {
			what = append(what, "empty")
		}
		m.clients = append(m.clients, c)
		notes = append(notes, fmt.Sprintf("client %s: %s", c.bsn, strings.Join(what, ", ")))
	}
	return m, fmt.Sprintf("random (noise %.2f, dagtekening %s, afzender %s, ontvanger %s): %s", noise, m.h.dagtekening, m.h.afzender, m.h.ontvanger, strings.Join(notes, "; "))
}

func randomFunctie35(r *rand.Rand, h header) gfunctie35 {
	code := pick(r, functieCodes)
	f := functie35For(code)
	f.klasse = pick(r, functieKlasse[code])
	if bad(r) {
		f.klasse = pick(r, allKlassen)
	}
	if chance(r, 0.2) || bad(r) {
		f.opslag = pick(r, []string{"0", "3", "10", "99"})
		if mk := maxKlasse[code]; mk != "" && code != "71" && !bad(r) {
			f.klasse = mk
		}
	}
	f.besluit = fmt.Sprint(1000 + r.IntN(900000))
	f.tIngang = randDate(r, "2019-06-01", 500)
	f.begin = addDays(h.dagtekening, -r.IntN(120))
	if bad(r) {
		f.begin = addDays(h.dagtekening, pick(r, []int{0, 1, 30}))
	}
	f.instelling = h.afzender
	if bad(r) {
		f.instelling = pick(r, []string{andere, derde, ontvanger})
	}
	f.aanlevering = pick(r, []string{"1", "1", "3"})
	if bad(r) {
		f.aanlevering = pick(r, []string{"2", "9"})
	}
	return f
}

func randomZZP35(r *rand.Rand, h header) gzzp35 {
	lv := pick(r, []string{"4", "4", "5", "7", "8"})
	if bad(r) {
		lv = pick(r, []string{"2", "9"})
	}
	z := zzp35For(lv)
	z.besluit = fmt.Sprint(1000 + r.IntN(900000))
	z.code = pick(r, zzpCodes)
	z.tIngang = randDate(r, "2019-06-01", 500)
	z.begin = addDays(h.dagtekening, -r.IntN(120))
	if bad(r) {
		z.begin = addDays(h.dagtekening, pick(r, []int{0, 1, 30}))
	}
	z.sleutel = ""
	if (lv == "4" && chance(r, 0.6)) || bad(r) {
		z.sleutel = addDays(z.begin, -1-r.IntN(30))
		if bad(r) {
			z.sleutel = addDays(z.begin, pick(r, []int{0, 1, 10}))
		}
	}
	if z.klasse != "" {
		z.klasse = pick(r, []string{"KE4", "KE5", "KE6", "KE7"})
	}
	if z.etmalen != "" {
		z.etmalen = pick(r, []string{"3,5", "4,0", "4,5"})
	}
	if bad(r) {
		switch r.IntN(4) {
		case 0:
			z.klasse = map[bool]string{true: "", false: "KE5"}[z.klasse != ""]
		case 1:
			z.etmalen = map[bool]string{true: "", false: "4,0"}[z.etmalen != ""]
		case 2:
			if z.klasse != "" {
				z.klasse = pick(r, []string{"K2", "KE1", "99"})
			}
		case 3:
			z.status = pick(r, []string{"1", "2", "3", "5", "6", "7"})
		}
	}
	if chance(r, 0.2) {
		z.behandeling = pick(r, []string{"1", "2"})
	}
	z.instelling = h.afzender
	if bad(r) {
		z.instelling = pick(r, []string{andere, derde, ontvanger})
	}
	z.aanlevering = pick(r, []string{"1", "1", "3"})
	if bad(r) {
		z.aanlevering = pick(r, []string{"2", "9"})
	}
	return z
}

func buildAW35(seed uint64, nRandom int) []Entry {
	var out []Entry
	for _, k := range aw35Cases() {
		out = append(out, k.entry())
	}
	for _, k := range schemaCases35() {
		out = append(out, k.entry())
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := 1; i <= nRandom; i++ {
		m, about := random35(r, i)
		t := m.tree()
		name := fmt.Sprintf("random-%04d", i)
		if chance(r, 0.08) {
			about = randomSchemaBreak35(r, t) + "; " + about
			name += "-xsd"
		}
		out = append(out, Entry{Name: name, About: about, XML: render(t, ns("AW35"))})
	}
	return out
}

func randomSchemaBreak35(r *rand.Rand, t *node) string {
	opts := []struct {
		about string
		f     func()
	}{
		{"XSD: Geslacht removed", func() { t.remove("Clienten/Client/Geslacht") }},
		{"XSD: Naam and Geslacht swapped", func() { t.swapWithNext("Clienten/Client/Geslacht") }},
		{"XSD: Bsn with 10 digits", func() { t.set("Clienten/Client/Bsn", "1234567890") }},
		{"XSD: Dagtekening 2021-13-01", func() { t.set("Header/BerichtIdentificatie/Dagtekening", "2021-13-01") }},
		{"XSD: unknown element in Client", func() { t.insertAfter("Clienten/Client/Bsn", tx("Extra", "1")) }},
		{"XSD: Ontvanger 5522", func() { t.set("Header/Ontvanger", "5522") }},
	}
	o := opts[r.IntN(len(opts))]
	o.f()
	return o.about
}
