package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// AW39: an aanbieder's mutaties and aanvragen to the zorgkantoor.

type mutatie struct {
	besluit, code, tIngang, begin, instelling, mutcode, mutdatum string
	status, classificatie, lv, bestemming, aanlevering           string
	functie                                                      bool // MutatieFunctie (code is a FunctieCode)
}

type aanvraagInst struct{ instelling, soort, ingang, eind, pct, opname string }

type aanvraag struct {
	besluit, afgifte, instelling, zzp, etmalen, klasse, lv, dossierhouder, czt string
	doelmatig, verantwoord                                                     string
	bijzonder                                                                  []string // ExtraKostenThuis, ToeslagBeademing, ToeslagOverig; nil = absent
	inst                                                                       []aanvraagInst
}

type client39 struct {
	bsn      string
	geb      geboorte
	geslacht string
	naam     naam
	muts     []mutatie
	aanv     []aanvraag
}

type m39 struct {
	h       header
	clients []*client39
}

func (m *m39) tree() *node {
	h := m.h
	root := el("Bericht", el("Header",
		tx("BerichtCode", h.code), tx("BerichtVersie", "5"), tx("BerichtSubversie", "2"),
		tx("Afzender", h.afzender), tx("Ontvanger", h.ontvanger),
		el("BerichtIdentificatie", btx("Identificatie", h.ident), btx("Dagtekening", h.dagtekening)),
		el("XsdVersie", btx("BasisschemaXsdVersie", "1.0.0"), btx("BerichtXsdVersie", "1.0.0"))))
	cl := el("Clienten")
	for _, c := range m.clients {
		var mf, mz, av *node
		for _, x := range c.muts {
			if x.functie {
				if mf == nil {
					mf = el("MutatieFuncties")
				}
				mf.kids = append(mf.kids, el("MutatieFunctie", tx("Besluitnummer", x.besluit), tx("FunctieCode", x.code),
					tx("ToewijzingIngangsdatum", x.tIngang), tx("Begindatum", x.begin), tx("Instelling", x.instelling),
					tx("Mutatiecode", x.mutcode), tx("Mutatiedatum", x.mutdatum), tx("InstellingBestemming", x.bestemming),
					tx("StatusAanlevering", x.aanlevering)))
				continue
			}
			if mz == nil {
				mz = el("MutatieZorgzwaartepakketten")
			}
			mz.kids = append(mz.kids, el("MutatieZorgzwaartepakket", tx("Besluitnummer", x.besluit), tx("ZzpCode", x.code),
				tx("ToewijzingIngangsdatum", x.tIngang), tx("Begindatum", x.begin), tx("Instelling", x.instelling),
				tx("Mutatiecode", x.mutcode), tx("Mutatiedatum", x.mutdatum), tx("Leveringsstatus", x.status),
				tx("LeveringsstatusClassificatie", x.classificatie), tx("Leveringsvorm", x.lv),
				tx("InstellingBestemming", x.bestemming), tx("StatusAanlevering", x.aanlevering)))
		}
		for _, a := range c.aanv {
			if av == nil {
				av = el("Aanvragen")
			}
			var bs *node
			if a.bijzonder != nil {
				bs = el("BijzondereSituatie", btx("ExtraKostenThuis", a.bijzonder[0]), btx("ToeslagBeademing", a.bijzonder[1]),
					btx("ToeslagOverig", a.bijzonder[2]))
			}
			ai := el("AanvraagInstellingen")
			for _, i := range a.inst {
				ai.kids = append(ai.kids, el("AanvraagInstelling", tx("Instelling", i.instelling), tx("Soort", i.soort),
					tx("ToewijzingIngangsdatum", i.ingang), tx("ToewijzingEinddatum", i.eind), tx("ToewijzingPercentage", i.pct),
					tx("Opname", i.opname)))
			}
			av.kids = append(av.kids, el("Aanvraag", tx("Besluitnummer", a.besluit), tx("Afgiftedatum", a.afgifte),
				tx("Instelling", a.instelling), tx("ZzpCode", a.zzp), tx("Etmalen", a.etmalen), tx("Klasse", a.klasse),
				tx("Leveringsvorm", a.lv), tx("Dossierhouder", a.dossierhouder), tx("CoordinatorZorgThuis", a.czt),
				tx("Doelmatig", a.doelmatig), bs, tx("Verantwoord", a.verantwoord), ai))
		}
		cl.kids = append(cl.kids, el("Client", tx("Bsn", c.bsn), c.geb.node(), tx("Geslacht", c.geslacht), c.naam.verkort(), mf, mz, av))
	}
	root.kids = append(root.kids, cl)
	return root
}

// aanvraagFor is an Aanvraag for leveringsvorm lv that meets the presence
// rules (CD040, CD050, CD051, CD052, CD072, CD073, CD074).
func aanvraagFor(lv, ingang string) aanvraag {
	a := aanvraag{besluit: "4711", afgifte: "2020-05-20", instelling: ontvanger, zzp: "753", lv: lv}
	ai := aanvraagInst{instelling: ontvanger, soort: "1", ingang: ingang, pct: "10000"}
	switch lv {
	case "4":
		a.klasse, a.dossierhouder, ai.opname = "KE4", ontvanger, "1"
	case "5":
		a.klasse, a.dossierhouder = "KE5", ontvanger
	case "7":
		a.czt, a.doelmatig, a.verantwoord = ontvanger, "1", "1"
	case "8":
		a.etmalen, a.dossierhouder, a.doelmatig, a.verantwoord, ai.opname = "3,5", ontvanger, "1", "1", "1"
	case "2":
		ai.pct = ""
	case "9":
		a.dossierhouder = ontvanger
	}
	a.inst = []aanvraagInst{ai}
	return a
}

func mutZZP(mutcode string) mutatie {
	x := mutatie{besluit: "4711", code: "753", tIngang: indIngang, instelling: ontvanger, mutcode: mutcode, mutdatum: "2021-03-01",
		lv: "4", aanlevering: "1"}
	switch mutcode {
	case "12":
		x.status = "3"
		x.classificatie = "13"
	case "17", "21":
		x.status, x.bestemming = "5", andere
	case "19":
		x.status = "5"
	case "18":
		x.status, x.classificatie = "2", "13"
	case "20":
		x.status, x.classificatie = "6", "01"
	}
	if mutcode == "17" || mutcode == "19" || mutcode == "20" {
		x.begin = "2020-06-15"
	}
	return x
}

func mutFunctie(mutcode string) mutatie {
	x := mutZZP(mutcode)
	x.functie, x.code, x.status, x.classificatie, x.lv = true, "21", "", "", ""
	return x
}

func base39() *m39 {
	c := &client39{bsn: "123456782", geb: geboorte{datum: "1940-05-17"}, geslacht: "2",
		naam: naam{achternaam: "Jansen", voorletters: "M"},
		muts: []mutatie{mutZZP("19"), mutFunctie("17")},
		aanv: []aanvraag{aanvraagFor("4", "2021-04-01")},
	}
	return &m39{h: header{code: "358", afzender: ontvanger, ontvanger: zk, ident: "AW39-0000001", dagtekening: dag}, clients: []*client39{c}}
}

type kase39 struct {
	name, about string
	m           func(*m39)
	t           func(*node)
}

func (k kase39) entry() Entry {
	m := base39()
	if k.m != nil {
		k.m(m)
	}
	t := m.tree()
	if k.t != nil {
		k.t(t)
	}
	return Entry{Name: k.name, About: k.about, XML: render(t, ns("AW39"))}
}

func c39(m *m39) *client39      { return m.clients[0] }
func mz39(m *m39) *mutatie      { return &m.clients[0].muts[0] }
func mf39(m *m39) *mutatie      { return &m.clients[0].muts[1] }
func av39(m *m39) *aanvraag     { return &m.clients[0].aanv[0] }
func ai39(m *m39) *aanvraagInst { return &m.clients[0].aanv[0].inst[0] }

func setAanvraag(lv string) func(*m39) {
	return func(m *m39) { c39(m).aanv[0] = aanvraagFor(lv, "2021-04-01") }
}

func setMut(code string) func(*m39) {
	return func(m *m39) { c39(m).muts[0] = mutZZP(code) }
}

func aw39Cases() []kase39 {
	av := func(name, about, lv string, f func(a *aanvraag)) kase39 {
		return kase39{name: name, about: about, m: func(m *m39) {
			setAanvraag(lv)(m)
			if f != nil {
				f(av39(m))
			}
		}}
	}
	mz := func(name, about, code string, f func(x *mutatie)) kase39 {
		return kase39{name: name, about: about, m: func(m *m39) {
			setMut(code)(m)
			if f != nil {
				f(mz39(m))
			}
		}}
	}
	onlyAanvraag := func(m *m39) { c39(m).muts = nil }
	ks := []kase39{
		{name: "valid-base", about: "the base AW39: MutatieZorgzwaartepakket 19, MutatieFunctie 17 and an Aanvraag Verblijf"},
		av("valid-aanvraag-vpt", "valid: Aanvraag VPT (5)", "5", nil),
		av("valid-aanvraag-mpt", "valid: Aanvraag MPT (7) with CoordinatorZorgThuis, Doelmatig and Verantwoord", "7", nil),
		av("valid-aanvraag-dtv", "valid: Aanvraag DTV (8) with Etmalen, Dossierhouder, Doelmatig, Verantwoord, Opname", "8", nil),
		mz("valid-mut12", "valid: Mutatiecode 12 with Leveringsstatus 3 and Classificatie 13", "12", nil),
		mz("valid-mut18", "valid: Mutatiecode 18 with Leveringsstatus 2 and Classificatie 13", "18", nil),
		{name: "valid-mut20-no-aanvraag", about: "valid: Mutatiecode 20, Leveringsstatus 6, Classificatie 01, no Aanvraag", m: func(m *m39) {
			setMut("20")(m)
			c39(m).aanv = nil
		}},
		{name: "valid-mut21-no-aanvraag", about: "valid: Mutatiecode 21 with InstellingBestemming, no Aanvraag", m: func(m *m39) {
			setMut("21")(m)
			c39(m).aanv = nil
		}},
		{name: "valid-only-aanvraag", about: "valid: a client with only an Aanvraag", m: onlyAanvraag},
		// CD020
		mz("CD020-mut17-without-bestemming", "CD020: Mutatiecode 17 without InstellingBestemming", "17", func(x *mutatie) { x.bestemming = "" }),
		mz("CD020-mut19-with-bestemming", "CD020: Mutatiecode 19 with InstellingBestemming", "19", func(x *mutatie) { x.bestemming = andere }),
		{name: "CD020-functie-mut19-with-bestemming", about: "CD020: MutatieFunctie 19 with InstellingBestemming", m: func(m *m39) {
			x := mutFunctie("19")
			x.bestemming = andere
			c39(m).muts[1] = x
		}},
		{name: "CD020-functie-mut21-without-bestemming", about: "CD020: MutatieFunctie 21 without InstellingBestemming", m: func(m *m39) {
			x := mutFunctie("21")
			x.bestemming = ""
			c39(m).muts[1] = x
		}},
		mz("CD020-pass-mut17-bestemming", "CD020 boundary: Mutatiecode 17 with InstellingBestemming passes (TR041 then fires: 17 with an Aanvraag)", "17", nil),
		{name: "CD020-pass-functie-mut20", about: "CD020 boundary: MutatieFunctie 20 without InstellingBestemming passes", m: func(m *m39) { c39(m).muts[1] = mutFunctie("20") }},
		// CD040
		av("CD040-pgb-with-percentage", "CD040: Aanvraag PGB with ToewijzingPercentage (CS127 too)", "2", func(a *aanvraag) { a.inst[0].pct = "5000" }),
		av("CD040-verblijf-without-percentage", "CD040: Aanvraag Verblijf without ToewijzingPercentage", "4", func(a *aanvraag) { a.inst[0].pct = "" }),
		av("CD040-mpt-second-instelling-without-percentage", "CD040: second AanvraagInstelling of an MPT Aanvraag without percentage", "7", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-01"})
		}),
		av("CD040-pass-pgb-bare", "CD040 boundary: PGB without percentage passes CD040 (CS127 fires)", "2", nil),
		av("CD040-pass-mpt-100", "CD040 boundary: MPT with percentage 100 passes", "7", func(a *aanvraag) { a.inst[0].pct = "100" }),
		// CD047
		av("CD047-doelmatig2-without-bijzondere-situatie", "CD047: Doelmatig 2 without BijzondereSituatie", "7", func(a *aanvraag) { a.doelmatig = "2" }),
		av("CD047-dtv-doelmatig2", "CD047: DTV Aanvraag Doelmatig 2 without BijzondereSituatie", "8", func(a *aanvraag) { a.doelmatig = "2" }),
		av("CD047-verblijf-doelmatig2", "CD047: Verblijf Aanvraag with Doelmatig 2 (CD074 too) and no BijzondereSituatie", "4", func(a *aanvraag) { a.doelmatig = "2" }),
		av("CD047-pass-with-situatie", "CD047 boundary: Doelmatig 2 with BijzondereSituatie ExtraKostenThuis passes", "7", func(a *aanvraag) {
			a.doelmatig, a.bijzonder = "2", []string{"5", "", ""}
		}),
		av("CD047-pass-doelmatig1", "CD047 boundary: Doelmatig 1 without BijzondereSituatie passes", "7", nil),
		// CD048
		av("CD048-empty-situatie", "CD048: BijzondereSituatie with none of its three elements", "7", func(a *aanvraag) { a.bijzonder = []string{"", "", ""} }),
		av("CD048-extrakosten-and-overig", "CD048: ExtraKostenThuis and ToeslagOverig both filled", "7", func(a *aanvraag) { a.bijzonder = []string{"5", "", "3"} }),
		av("CD048-beademing-and-overig", "CD048: ToeslagBeademing and ToeslagOverig both filled", "8", func(a *aanvraag) { a.bijzonder = []string{"", "1", "9"} }),
		av("CD048-pass-overig-only", "CD048 boundary: only ToeslagOverig passes", "7", func(a *aanvraag) { a.bijzonder = []string{"", "", "1"} }),
		av("CD048-pass-both-toeslagen", "CD048 boundary: ExtraKostenThuis and ToeslagBeademing without ToeslagOverig pass", "7", func(a *aanvraag) {
			a.bijzonder = []string{"5", "2", ""}
		}),
		// CD050
		av("CD050-mpt-without-czt", "CD050: Aanvraag MPT without CoordinatorZorgThuis", "7", func(a *aanvraag) { a.czt = "" }),
		av("CD050-verblijf-with-czt", "CD050: Aanvraag Verblijf with CoordinatorZorgThuis", "4", func(a *aanvraag) { a.czt = andere }),
		av("CD050-vpt-with-czt", "CD050: Aanvraag VPT with CoordinatorZorgThuis", "5", func(a *aanvraag) { a.czt = ontvanger }),
		av("CD050-pass-mpt-other-czt", "CD050 boundary: MPT with another aanbieder as CoordinatorZorgThuis passes", "7", func(a *aanvraag) { a.czt = derde }),
		av("CD050-pass-dtv", "CD050 boundary: DTV without CoordinatorZorgThuis passes", "8", nil),
		// CD051
		av("CD051-verblijf-without-klasse", "CD051: Aanvraag Verblijf without Klasse", "4", func(a *aanvraag) { a.klasse = "" }),
		av("CD051-mpt-with-klasse", "CD051: Aanvraag MPT with Klasse", "7", func(a *aanvraag) { a.klasse = "KE5" }),
		av("CD051-dtv-with-klasse", "CD051: Aanvraag DTV with Klasse", "8", func(a *aanvraag) { a.klasse = "KE7" }),
		av("CD051-pass-vpt", "CD051 boundary: VPT with Klasse passes", "5", nil),
		av("CD051-pass-mpt", "CD051 boundary: MPT without Klasse passes", "7", nil),
		// CD052
		av("CD052-verblijf-without-opname", "CD052: Aanvraag Verblijf, AanvraagInstelling without Opname", "4", func(a *aanvraag) { a.inst[0].opname = "" }),
		av("CD052-vpt-with-opname", "CD052: Aanvraag VPT with Opname", "5", func(a *aanvraag) { a.inst[0].opname = "1" }),
		av("CD052-mpt-with-opname", "CD052: Aanvraag MPT with Opname 2", "7", func(a *aanvraag) { a.inst[0].opname = "2" }),
		av("CD052-mpt-second-with-opname", "CD052: MPT with two AanvraagInstellingen, only the second with Opname", "7", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-04-01", pct: "5000", opname: "2"})
		}),
		av("CD052-pass-verblijf-second-without-opname", "CD052 boundary: Verblijf with two AanvraagInstellingen, the second without Opname, passes: the stylesheet tests the set of Opname nodes, i.e. the first one", "4", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-04-01", pct: "10000"})
		}),
		av("CD052-pass-verblijf-first-without-opname", "CD052 boundary: Verblijf with two AanvraagInstellingen, only the second with Opname, passes (the set of Opname nodes is not empty)", "4", func(a *aanvraag) {
			a.inst[0].opname = ""
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-04-01", pct: "10000", opname: "2"})
		}),
		av("CD052-pass-dtv-opname2", "CD052 boundary: DTV with Opname passes", "8", nil),
		// CD072
		av("CD072-dtv-without-etmalen", "CD072: Aanvraag DTV without Etmalen", "8", func(a *aanvraag) { a.etmalen = "" }),
		av("CD072-verblijf-with-etmalen", "CD072: Aanvraag Verblijf with Etmalen", "4", func(a *aanvraag) { a.etmalen = "4,0" }),
		av("CD072-mpt-with-etmalen", "CD072: Aanvraag MPT with Etmalen", "7", func(a *aanvraag) { a.etmalen = "4,5" }),
		av("CD072-pass-dtv-4-5", "CD072 boundary: DTV with Etmalen 4,5 passes", "8", func(a *aanvraag) { a.etmalen = "4,5" }),
		av("CD072-pass-vpt", "CD072 boundary: VPT without Etmalen passes", "5", nil),
		// CD073
		av("CD073-verblijf-without-dossierhouder", "CD073: Aanvraag Verblijf without Dossierhouder", "4", func(a *aanvraag) { a.dossierhouder = "" }),
		av("CD073-mpt-with-dossierhouder", "CD073: Aanvraag MPT with Dossierhouder", "7", func(a *aanvraag) { a.dossierhouder = ontvanger }),
		av("CD073-dtv-without-dossierhouder", "CD073: Aanvraag DTV without Dossierhouder", "8", func(a *aanvraag) { a.dossierhouder = "" }),
		av("CD073-pass-vpt", "CD073 boundary: VPT with Dossierhouder passes", "5", nil),
		av("CD073-pass-vkb-dossierhouder", "CD073 boundary: VKB with Dossierhouder passes CD073 (CS127 fires)", "9", nil),
		// CD074
		av("CD074-mpt-without-verantwoord", "CD074: Aanvraag MPT without Verantwoord", "7", func(a *aanvraag) { a.verantwoord = "" }),
		av("CD074-dtv-without-doelmatig", "CD074: Aanvraag DTV without Doelmatig", "8", func(a *aanvraag) { a.doelmatig = "" }),
		av("CD074-verblijf-with-both", "CD074: Aanvraag Verblijf with Doelmatig and Verantwoord (two fouten)", "4", func(a *aanvraag) { a.doelmatig, a.verantwoord = "1", "1" }),
		av("CD074-pass-mpt", "CD074 boundary: MPT with both passes", "7", nil),
		av("CD074-pass-vpt", "CD074 boundary: VPT with neither passes", "5", nil),
		// CD090
		mz("CD090-status2-without-classificatie", "CD090: Leveringsstatus 2 without Classificatie", "18", func(x *mutatie) { x.classificatie = "" }),
		mz("CD090-status5-with-classificatie", "CD090: Leveringsstatus 5 with Classificatie", "19", func(x *mutatie) { x.classificatie = "13" }),
		mz("CD090-status7-without-classificatie", "CD090: Leveringsstatus 7 without Classificatie", "18", func(x *mutatie) { x.status, x.classificatie = "7", "" }),
		mz("CD090-status4-with-classificatie", "CD090: Leveringsstatus 4 with Classificatie 01 (TR046 too)", "18", func(x *mutatie) { x.status, x.classificatie = "4", "01" }),
		mz("CD090-pass-status6", "CD090 boundary: Leveringsstatus 6 with Classificatie 08 passes", "18", func(x *mutatie) { x.status, x.classificatie = "6", "08" }),
		mz("CD090-pass-status3", "CD090 boundary: Leveringsstatus 3 with Classificatie 19 passes", "12", func(x *mutatie) { x.classificatie = "19" }),
		// CS002
		{name: "CS002-bsn-123456789", about: "CS002: Bsn 123456789", m: func(m *m39) { c39(m).bsn = "123456789" }},
		{name: "CS002-bsn-111111111", about: "CS002: Bsn 111111111", m: func(m *m39) { c39(m).bsn = "111111111" }},
		{name: "CS002-bsn-second-client", about: "CS002: second client Bsn 000000001", m: func(m *m39) { addClient39(m, "000000001") }},
		{name: "CS002-pass-999999990", about: "CS002 boundary: Bsn 999999990 passes", m: func(m *m39) { c39(m).bsn = "999999990" }},
		{name: "CS002-pass-000000000", about: "CS002 boundary: Bsn 000000000 passes", m: func(m *m39) { c39(m).bsn = "000000000" }},
		// CS003
		av("CS003-einddatum-before-ingang", "CS003: AanvraagInstelling ToewijzingEinddatum one day before ToewijzingIngangsdatum", "4", func(a *aanvraag) { a.inst[0].eind = "2021-03-31" }),
		av("CS003-einddatum-long-before", "CS003: ToewijzingEinddatum a year before", "7", func(a *aanvraag) { a.inst[0].eind = "2020-04-01" }),
		av("CS003-second-instelling", "CS003: second AanvraagInstelling ends before it starts", "5", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-05-01", eind: "2021-04-30", pct: "10000"})
		}),
		av("CS003-pass-same-day", "CS003 boundary: ToewijzingEinddatum = ToewijzingIngangsdatum passes", "4", func(a *aanvraag) { a.inst[0].eind = "2021-04-01" }),
		av("CS003-pass-next-day", "CS003 boundary: ToewijzingEinddatum the next day passes", "4", func(a *aanvraag) { a.inst[0].eind = "2021-04-02" }),
		// CS023
		mz("CS023-mutatiedatum-after-dagtekening", "CS023: Mutatiedatum one day after the Dagtekening", "19", func(x *mutatie) { x.mutdatum = addDays(dag, 1) }),
		{name: "CS023-functie-mutatiedatum-after-dagtekening", about: "CS023: MutatieFunctie Mutatiedatum after the Dagtekening", m: func(m *m39) { mf39(m).mutdatum = "2021-12-31" }},
		{name: "CS023-geboortedatum-after-dagtekening", about: "CS023: Geboortedatum after the Dagtekening", m: func(m *m39) { c39(m).geb.datum = "2021-03-16" }},
		mz("CS023-pass-mutatiedatum-on-dagtekening", "CS023 boundary: Mutatiedatum = Dagtekening passes", "19", func(x *mutatie) { x.mutdatum = dag }),
		av("CS023-pass-afgifte-after-dagtekening", "CS023 boundary: Aanvraag Afgiftedatum after the Dagtekening is not checked (CS023 matches Indicatie/Afgiftedatum only)", "4", func(a *aanvraag) { a.afgifte = "2021-06-01" }),
		// CS058
		mz("CS058-aanlevering2", "CS058: MutatieZorgzwaartepakket StatusAanlevering 2", "19", func(x *mutatie) { x.aanlevering = "2" }),
		mz("CS058-aanlevering9", "CS058: StatusAanlevering 9", "19", func(x *mutatie) { x.aanlevering = "9" }),
		{name: "CS058-functie-aanlevering2", about: "CS058: MutatieFunctie StatusAanlevering 2", m: func(m *m39) { mf39(m).aanlevering = "2" }},
		mz("CS058-pass-aanlevering3", "CS058 boundary: StatusAanlevering 3 passes", "19", func(x *mutatie) { x.aanlevering = "3" }),
		{name: "CS058-pass-functie-aanlevering3", about: "CS058 boundary: MutatieFunctie StatusAanlevering 3 passes", m: func(m *m39) { mf39(m).aanlevering = "3" }},
		// CS072
		av("CS072-aanvraaginstelling-soort5", "CS072: AanvraagInstelling Soort 5", "4", func(a *aanvraag) { a.inst[0].soort = "5" }),
		av("CS072-mpt-soort5", "CS072: MPT AanvraagInstelling Soort 5", "7", func(a *aanvraag) { a.inst[0].soort = "5" }),
		av("CS072-second-soort5", "CS072: second AanvraagInstelling Soort 5", "7", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "5", ingang: "2021-04-01", pct: "5000"})
		}),
		av("CS072-pass-soort3", "CS072 boundary: Soort 3 passes", "4", func(a *aanvraag) { a.inst[0].soort = "3" }),
		// CS074
		av("CS074-klasse-k3", "CS074: Aanvraag Klasse K3", "4", func(a *aanvraag) { a.klasse = "K3" }),
		av("CS074-klasse-ke1", "CS074: Aanvraag Klasse KE1", "5", func(a *aanvraag) { a.klasse = "KE1" }),
		av("CS074-klasse-99", "CS074: Aanvraag Klasse 99", "4", func(a *aanvraag) { a.klasse = "99" }),
		av("CS074-pass-ke7", "CS074 boundary: KE7 passes", "4", func(a *aanvraag) { a.klasse = "KE7" }),
		av("CS074-pass-ke4", "CS074 boundary: KE4 passes", "5", func(a *aanvraag) { a.klasse = "KE4" }),
		// CS127
		av("CS127-aanvraag-pgb", "CS127: Aanvraag Leveringsvorm 2", "2", nil),
		av("CS127-aanvraag-vkb", "CS127: Aanvraag Leveringsvorm 9", "9", nil),
		mz("CS127-mutatie-pgb", "CS127: MutatieZorgzwaartepakket Leveringsvorm 2", "19", func(x *mutatie) { x.lv = "2" }),
		mz("CS127-mutatie-vkb", "CS127: MutatieZorgzwaartepakket Leveringsvorm 9", "19", func(x *mutatie) { x.lv = "9" }),
		mz("CS127-pass-mutatie-dtv", "CS127 boundary: Leveringsvorm 8 passes", "19", func(x *mutatie) { x.lv = "8" }),
		mz("CS127-pass-mutatie-mpt", "CS127 boundary: Leveringsvorm 7 passes", "19", func(x *mutatie) { x.lv = "7" }),
		// CS131
		mz("CS131-status6-classificatie09", "CS131: Leveringsstatus 6 with Classificatie 09", "18", func(x *mutatie) { x.status, x.classificatie = "6", "09" }),
		mz("CS131-status7-classificatie08", "CS131: Leveringsstatus 7 with Classificatie 08", "18", func(x *mutatie) { x.status, x.classificatie = "7", "08" }),
		mz("CS131-status2-classificatie12", "CS131: Leveringsstatus 2 with Classificatie 12", "18", func(x *mutatie) { x.status, x.classificatie = "2", "12" }),
		mz("CS131-status3-classificatie16", "CS131: Leveringsstatus 3 with Classificatie 16 (16 is for 2 only)", "12", func(x *mutatie) { x.classificatie = "16" }),
		mz("CS131-pass-status2-16", "CS131 boundary: Leveringsstatus 2 with 16 passes", "18", func(x *mutatie) { x.classificatie = "16" }),
		mz("CS131-pass-status7-12", "CS131 boundary: Leveringsstatus 7 with 12 passes", "18", func(x *mutatie) { x.status, x.classificatie = "7", "12" }),
		// CS133
		mz("CS133-status1", "CS133: Leveringsstatus 1", "18", func(x *mutatie) { x.status, x.classificatie = "1", "" }),
		mz("CS133-status1-mut19", "CS133: Mutatiecode 19 with Leveringsstatus 1 (TR046 too)", "19", func(x *mutatie) { x.status = "1" }),
		{name: "CS133-second-mutatie", about: "CS133: a second MutatieZorgzwaartepakket with Leveringsstatus 1", m: func(m *m39) {
			x := mutZZP("18")
			x.status, x.classificatie, x.tIngang = "1", "", "2021-01-01"
			c39(m).muts = append(c39(m).muts, x)
		}},
		mz("CS133-pass-status4", "CS133 boundary: Leveringsstatus 4 passes CS133 (TR046 fires for 18)", "18", func(x *mutatie) { x.status, x.classificatie = "4", "" }),
		mz("CS133-pass-status5", "CS133 boundary: Leveringsstatus 5 passes", "19", nil),
		// TR002
		{name: "TR002-121-years", about: "TR002: Geboortedatum 121 years before the Dagtekening", m: func(m *m39) { c39(m).geb.datum = "1900-03-14" }},
		{name: "TR002-one-day-over", about: "TR002: 120 years and one day", m: func(m *m39) { c39(m).geb.datum = "1901-03-14" }},
		{name: "TR002-1900-gebruik1", about: "TR002: 1900-01-01 with DatumGebruik 1", m: func(m *m39) { c39(m).geb = geboorte{datum: "1900-01-01", gebruik: "1"} }},
		{name: "TR002-pass-exactly-120", about: "TR002 boundary: exactly 120 years passes", m: func(m *m39) { c39(m).geb.datum = "1901-03-15" }},
		{name: "TR002-pass-unknown", about: "TR002 boundary: 1900-01-01 with DatumGebruik 3 passes", m: func(m *m39) { c39(m).geb = geboorte{datum: "1900-01-01", gebruik: "3"} }},
		// TR018
		mz("TR018-mutatiedatum-before-begin", "TR018: Mutatiedatum one day before Begindatum", "19", func(x *mutatie) { x.mutdatum = "2020-06-14" }),
		{name: "TR018-functie-mutatiedatum-before-begin", about: "TR018: MutatieFunctie Mutatiedatum before Begindatum", m: func(m *m39) { mf39(m).mutdatum = "2020-06-01" }},
		mz("TR018-mut20", "TR018: Mutatiecode 20 with Mutatiedatum a month before Begindatum", "20", func(x *mutatie) { x.mutdatum = "2020-05-15" }),
		mz("TR018-pass-same-day", "TR018 boundary: Mutatiedatum = Begindatum passes", "19", func(x *mutatie) { x.mutdatum = x.begin }),
		mz("TR018-pass-no-begin", "TR018 boundary: no Begindatum (Mutatiecode 18) passes", "18", func(x *mutatie) { x.mutdatum = "2020-01-01" }),
		// TR040
		{name: "TR040-client-without-anything", about: "TR040: a Client with neither mutaties nor aanvragen", m: func(m *m39) { c39(m).muts, c39(m).aanv = nil, nil }},
		{name: "TR040-second-client-empty", about: "TR040: the second Client has neither mutaties nor aanvragen", m: func(m *m39) {
			addClient39(m, "999999990")
			m.clients[1].muts, m.clients[1].aanv = nil, nil
		}},
		{name: "TR040-two-empty-clients", about: "TR040: two Clients, both empty", m: func(m *m39) {
			c39(m).muts, c39(m).aanv = nil, nil
			addClient39(m, "999999990")
			m.clients[1].muts, m.clients[1].aanv = nil, nil
		}},
		{name: "TR040-pass-only-functie", about: "TR040 boundary: only a MutatieFunctie passes", m: func(m *m39) { c39(m).muts, c39(m).aanv = c39(m).muts[1:], nil }},
		{name: "TR040-pass-only-aanvraag", about: "TR040 boundary: only an Aanvraag passes", m: onlyAanvraag},
		// TR041
		mz("TR041-mut17-with-aanvraag", "TR041: Mutatiecode 17 combined with an Aanvraag", "17", nil),
		mz("TR041-mut20-with-aanvraag", "TR041: Mutatiecode 20 combined with an Aanvraag", "20", nil),
		mz("TR041-mut21-with-aanvraag", "TR041: Mutatiecode 21 combined with an Aanvraag", "21", nil),
		mz("TR041-pass-mut12", "TR041 boundary: Mutatiecode 12 with an Aanvraag passes", "12", nil),
		{name: "TR041-pass-mut17-without-aanvraag", about: "TR041 boundary: Mutatiecode 17 without an Aanvraag passes", m: func(m *m39) { setMut("17")(m); c39(m).aanv = nil }},
		// TR042
		av("TR042-dossierhouder-00000000", "TR042 attempt: Dossierhouder 00000000 (no AGB register: never fires)", "4", func(a *aanvraag) { a.dossierhouder = "00000000" }),
		av("TR042-czt-99999999", "TR042 attempt: CoordinatorZorgThuis 99999999", "7", func(a *aanvraag) { a.czt = "99999999" }),
		av("TR042-aanvraaginstelling-10000000", "TR042 attempt: AanvraagInstelling Instelling 10000000", "4", func(a *aanvraag) { a.inst[0].instelling = "10000000" }),
		// TR046
		mz("TR046-mut12-status2", "TR046: Mutatiecode 12 with Leveringsstatus 2", "12", func(x *mutatie) { x.status = "2" }),
		mz("TR046-mut19-status3", "TR046: Mutatiecode 19 with Leveringsstatus 3", "19", func(x *mutatie) { x.status, x.classificatie = "3", "13" }),
		mz("TR046-mut18-status3", "TR046: Mutatiecode 18 with Leveringsstatus 3", "18", func(x *mutatie) { x.status = "3" }),
		mz("TR046-mut20-status5", "TR046: Mutatiecode 20 with Leveringsstatus 5", "20", func(x *mutatie) { x.status, x.classificatie = "5", "" }),
		{name: "TR046-mut17-status4-no-aanvraag", about: "TR046: Mutatiecode 17 with Leveringsstatus 4", m: func(m *m39) {
			setMut("17")(m)
			mz39(m).status = "4"
			c39(m).aanv = nil
		}},
		mz("TR046-pass-mut12-status5", "TR046 boundary: Mutatiecode 12 with Leveringsstatus 5 passes", "12", func(x *mutatie) { x.status, x.classificatie = "5", "" }),
		mz("TR046-pass-mut18-status7", "TR046 boundary: Mutatiecode 18 with Leveringsstatus 7 passes", "18", func(x *mutatie) { x.status, x.classificatie = "7", "09" }),
		// TR064
		mz("TR064-mutatie-instelling-differs", "TR064: MutatieZorgzwaartepakket Instelling differs from the Afzender", "19", func(x *mutatie) { x.instelling = andere }),
		{name: "TR064-functie-instelling-differs", about: "TR064: MutatieFunctie Instelling differs from the Afzender", m: func(m *m39) { mf39(m).instelling = derde }},
		av("TR064-aanvraag-instelling-differs", "TR064: Aanvraag Instelling differs from the Afzender", "4", func(a *aanvraag) { a.instelling = andere }),
		{name: "TR064-afzender-differs", about: "TR064: the Afzender differs from every Instelling", m: func(m *m39) { m.h.afzender = derde }},
		av("TR064-pass-aanvraaginstelling-other", "TR064 boundary: an AanvraagInstelling for another aanbieder is not TR064's business", "7", func(a *aanvraag) { a.inst[0].instelling = andere }),
		// TR097
		{name: "TR097-gebruik3-not-1900", about: "TR097: DatumGebruik 3 with 1940-05-17", m: func(m *m39) { c39(m).geb.gebruik = "3" }},
		{name: "TR097-gebruik2-not-jan1", about: "TR097: DatumGebruik 2 with 1940-05-01", m: func(m *m39) { c39(m).geb = geboorte{datum: "1940-05-01", gebruik: "2"} }},
		{name: "TR097-gebruik1-not-day1", about: "TR097: DatumGebruik 1 with 1940-05-17", m: func(m *m39) { c39(m).geb.gebruik = "1" }},
		{name: "TR097-pass-gebruik1", about: "TR097 boundary: DatumGebruik 1 with 1940-05-01 passes", m: func(m *m39) { c39(m).geb = geboorte{datum: "1940-05-01", gebruik: "1"} }},
		{name: "TR097-pass-gebruik2", about: "TR097 boundary: DatumGebruik 2 with 1940-01-01 passes", m: func(m *m39) { c39(m).geb = geboorte{datum: "1940-01-01", gebruik: "2"} }},
		// TR100
		{name: "TR100-ontvanger-other-zorgkantoor", about: "TR100 attempt: Ontvanger 5533 (the stylesheet has no iWlz-AGB-codelijst: never fires)", m: func(m *m39) { m.h.ontvanger = "5533" }},
		{name: "TR100-afzender-unknown", about: "TR100 attempt: Afzender 00000000 (TR064 fires)", m: func(m *m39) { m.h.afzender = "00000000" }},
		{name: "TR100-ontvanger-5502", about: "TR100 attempt: Ontvanger 5502", m: func(m *m39) { m.h.ontvanger = "5502" }},
		// TR101
		{name: "TR101-duplicate-bsn", about: "TR101: two Clients with the same Bsn", m: func(m *m39) { addClient39(m, "123456782") }},
		{name: "TR101-duplicate-mutatie", about: "TR101: the same MutatieZorgzwaartepakket key twice", m: func(m *m39) {
			c39(m).muts = append(c39(m).muts, mutZZP("19"))
		}},
		{name: "TR101-duplicate-mutatiefunctie", about: "TR101: the same MutatieFunctie key twice", m: func(m *m39) {
			c39(m).muts = append(c39(m).muts, mutFunctie("17"))
		}},
		{name: "TR101-duplicate-aanvraag", about: "TR101: two Aanvragen with the same key (TR106 too: same AanvraagInstelling)", m: func(m *m39) {
			a := aanvraagFor("4", "2021-05-01")
			c39(m).aanv = append(c39(m).aanv, a)
		}},
		av("TR101-duplicate-aanvraaginstelling", "TR101: two AanvraagInstellingen with the same Instelling and ToewijzingIngangsdatum", "7", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: ontvanger, soort: "3", ingang: "2021-04-01", pct: "5000"})
		}),
		{name: "TR101-pass-mutatie-other-mutatiedatum", about: "TR101 boundary: the same mutatie with another Mutatiedatum passes", m: func(m *m39) {
			x := mutZZP("19")
			x.mutdatum = "2021-03-02"
			c39(m).muts = append(c39(m).muts, x)
		}},
		// TR106
		av("TR106-aanvraaginstelling-twice", "TR106: the same Instelling and Soort twice in one MPT Aanvraag, non-overlapping dates (the stylesheet's overlap test looks for Ingangsdatum/Einddatum children, which AanvraagInstelling lacks)", "7", func(a *aanvraag) {
			a.inst[0].eind = "2021-04-30"
			a.inst = append(a.inst, aanvraagInst{instelling: ontvanger, soort: "1", ingang: "2021-05-01", pct: "5000"})
		}),
		{name: "TR106-two-aanvragen", about: "TR106: two Verblijf Aanvragen (other Afgiftedatum) for the same ZZP, Instelling and Soort", m: func(m *m39) {
			a := aanvraagFor("4", "2021-06-01")
			a.afgifte = "2020-05-21"
			c39(m).aanv = append(c39(m).aanv, a)
		}},
		av("TR106-overlapping", "TR106: the same Instelling and Soort twice, overlapping", "5", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: ontvanger, soort: "1", ingang: "2021-04-15", pct: "5000"})
		}),
		av("TR106-pass-other-soort", "TR106 boundary: the same Instelling with another Soort passes", "7", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: ontvanger, soort: "3", ingang: "2021-05-01", pct: "5000"})
		}),
		{name: "TR106-pass-other-zzp", about: "TR106 boundary: a second Aanvraag for another ZZP passes", m: func(m *m39) {
			a := aanvraagFor("4", "2021-04-01")
			a.zzp = "754"
			c39(m).aanv = append(c39(m).aanv, a)
		}},
		// TR120
		av("TR120-two-opnames", "TR120: Verblijf, two AanvraagInstellingen with Opname 1 on the same date and Soort", "4", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "1"})
		}),
		av("TR120-three-opnames", "TR120: three AanvraagInstellingen with Opname 1 (three pairs)", "4", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "1"},
				aanvraagInst{instelling: derde, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "1"})
		}),
		av("TR120-soort3", "TR120: two Opname 1 with Soort 3", "4", func(a *aanvraag) {
			a.inst[0].soort = "3"
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-04-01", pct: "10000", opname: "1"})
		}),
		av("TR120-pass-other-date", "TR120 boundary: Opname 1 twice on dates one day apart passes", "4", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-02", pct: "10000", opname: "1"})
		}),
		av("TR120-pass-opname2", "TR120 boundary: the second with Opname 2 passes", "4", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "2"})
		}),
		// TR127
		av("TR127-opname2-uncovered", "TR127: DTV, an Opname 2 line for a period no Opname 1 line covers", "8", func(a *aanvraag) {
			a.inst[0].eind = "2021-04-30"
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-04-01", eind: "2021-05-31", pct: "10000", opname: "2"})
		}),
		av("TR127-opname1-overlap", "TR127: DTV, two Opname 1 lines overlapping", "8", func(a *aanvraag) {
			a.inst[0].eind = "2021-04-30"
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-04-30", pct: "10000", opname: "1"})
		}),
		av("TR127-gap", "TR127: DTV, Opname 1 lines with a one-day gap under an open Opname 2 line", "8", func(a *aanvraag) {
			a.inst[0].eind = "2021-04-30"
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-05-02", pct: "10000", opname: "1"},
				aanvraagInst{instelling: derde, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "2"})
		}),
		av("TR127-pass-covered", "TR127 boundary: consecutive Opname 1 lines cover an open Opname 2 line", "8", func(a *aanvraag) {
			a.inst[0].eind = "2021-04-30"
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "3", ingang: "2021-05-01", pct: "10000", opname: "1"},
				aanvraagInst{instelling: derde, soort: "1", ingang: "2021-04-01", pct: "10000", opname: "2"})
		}),
		av("TR127-pass-single", "TR127 boundary: one open Opname 1 line covers a later Opname 2 line", "8", func(a *aanvraag) {
			a.inst = append(a.inst, aanvraagInst{instelling: andere, soort: "1", ingang: "2021-06-01", eind: "2021-06-30", pct: "10000", opname: "2"})
		}),
	}
	return ks
}

func addClient39(m *m39, bsn string) {
	b := base39().clients[0]
	b.bsn = bsn
	m.clients = append(m.clients, b)
}

func schemaCases39() []kase39 {
	mz := "Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket"
	av := "Clienten/Client/Aanvragen/Aanvraag"
	return []kase39{
		{name: "XSD-missing-mutatiedatum", about: "XSD: MutatieZorgzwaartepakket without Mutatiedatum", t: func(t *node) { t.remove(mz + "/Mutatiedatum") }},
		{name: "XSD-mutatiecode-02", about: "XSD: Mutatiecode 02 (in COD588, not in the 2.2 schema)", t: func(t *node) { t.set(mz+"/Mutatiecode", "02") }},
		{name: "XSD-classificatie-20", about: "XSD: LeveringsstatusClassificatie 20", t: func(t *node) {
			t.insertAfter(mz+"/Leveringsstatus", tx("LeveringsstatusClassificatie", "20"))
		}},
		{name: "XSD-wrong-order", about: "XSD: Instelling before Begindatum", t: func(t *node) { t.swapWithNext(mz + "/Begindatum") }},
		{name: "XSD-bad-date", about: "XSD: Mutatiedatum 2021-02-29", t: func(t *node) { t.set(mz+"/Mutatiedatum", "2021-02-29") }},
		{name: "XSD-unknown-element", about: "XSD: unknown element Opmerking in Aanvraag", t: func(t *node) { t.insertAfter(av+"/ZzpCode", tx("Opmerking", "x")) }},
		{name: "XSD-afzender-zorgkantoorcode", about: "XSD: Afzender 5501 (must be an AGB code)", t: func(t *node) { t.set("Header/Afzender", "5501") }},
		{name: "XSD-percentage-5050", about: "XSD: ToewijzingPercentage 5050", t: func(t *node) { t.set(av+"/AanvraagInstellingen/AanvraagInstelling/ToewijzingPercentage", "5050") }},
		{name: "XSD-empty-aanvraaginstellingen", about: "XSD: AanvraagInstellingen without AanvraagInstelling", t: func(t *node) { t.find(av + "/AanvraagInstellingen").kids = nil }},
		{name: "XSD-berichtcode-352", about: "XSD: BerichtCode 352 (AW33's)", t: func(t *node) { t.set("Header/BerichtCode", "352") }},
		{name: "XSD-missing-naam", about: "XSD: Client without Naam", t: func(t *node) { t.remove("Clienten/Client/Naam") }},
		{name: "XSD-partnernaam-in-verkorte-naam", about: "XSD: Partnernaam inside a CDT_VerkorteNaam", t: func(t *node) {
			t.insertAfter("Clienten/Client/Naam/Geslachtsnaam", bel("Partnernaam", btx("Achternaam", "Bakker")))
		}},
	}
}

// random39 builds a random AW39: 1-3 clients with mutaties and aanvragen.
func random39(r *rand.Rand, i int) (*m39, string) {
	noise = pick(r, []float64{0, 0, 0, 0.02, 0.05, 0.1, 0.2})
	m := base39()
	m.h.ident = fmt.Sprintf("AW39-R%06d", i)
	m.h.dagtekening = randDate(r, "2020-06-01", 700)
	m.h.afzender = pick(r, []string{ontvanger, ontvanger, andere})
	m.h.ontvanger = pick(r, zorgkantoren)
	m.clients = nil
	n := 1 + r.IntN(3)
	var notes []string
	for k := 0; k < n; k++ {
		c := &client39{bsn: bsn(r, !bad(r)), geslacht: pick(r, []string{"0", "1", "2"}), naam: naam{achternaam: "Jansen", voorletters: "M"}}
		c.geb = geboorte{datum: randDate(r, "1920-01-01", 30000)}
		if bad(r) {
			c.geb = pick(r, []geboorte{{datum: "1899-05-05"}, {datum: addDays(m.h.dagtekening, 1)}, {datum: "1940-05-17", gebruik: "2"}})
		}
		if k > 0 && bad(r) {
			c.bsn = m.clients[0].bsn
		}
		kind := r.IntN(4) // 0 mutaties, 1 aanvragen, 2 both, 3 nothing-ish
		if kind == 3 && !bad(r) {
			kind = r.IntN(3)
		}
		var what []string
		if kind == 0 || kind == 2 {
			for j := r.IntN(4); j >= 0; j-- {
				x := randomMutatie(r, m.h, kind == 2)
				c.muts = append(c.muts, x)
				kindName := "ZZP"
				if x.functie {
					kindName = "functie"
				}
				what = append(what, fmt.Sprintf("mutatie %s %s status %s", kindName, x.mutcode, x.status))
			}
		}
		if kind == 1 || kind == 2 {
			for j := r.IntN(2); j >= 0; j-- {
				a := randomAanvraag(r, m.h)
				if j == 1 && bad(r) {
					a.afgifte = "2020-05-20"
				}
				c.aanv = append(c.aanv, a)
				what = append(what, fmt.Sprintf("aanvraag lv %s with %d instellingen", a.lv, len(a.inst)))
			}
		}
		if len(what) == 0 {
			what = append(what, "empty")
		}
		m.clients = append(m.clients, c)
		notes = append(notes, fmt.Sprintf("client %s: %s", c.bsn, strings.Join(what, ", ")))
	}
	return m, fmt.Sprintf("random (noise %.2f, dagtekening %s, afzender %s, ontvanger %s): %s", noise, m.h.dagtekening, m.h.afzender, m.h.ontvanger, strings.Join(notes, "; "))
}

var statusFor = map[string][]string{"12": {"3", "5"}, "17": {"5"}, "19": {"5"}, "21": {"5"}, "18": {"2", "6", "7"}, "20": {"2", "3", "6", "7"}}
var classFor = map[string][]string{"6": {"01", "02", "03", "04", "05", "06", "07", "08"}, "7": {"09", "10", "11", "12"},
	"2": {"13", "14", "15", "16", "17", "18", "19"}, "3": {"13", "14", "15", "17", "18", "19"}}

func randomMutatie(r *rand.Rand, h header, withAanvraag bool) mutatie {
	codes := []string{"12", "17", "18", "19", "20", "21"}
	if withAanvraag && !bad(r) {
		codes = []string{"12", "18", "19"}
	}
	x := mutZZP(pick(r, codes))
	if chance(r, 0.3) {
		x = mutFunctie(x.mutcode)
		x.code = pick(r, functieCodes)
	} else {
		x.code = pick(r, zzpCodes)
		x.lv = pick(r, []string{"4", "5", "7", "8"})
		if bad(r) {
			x.lv = pick(r, []string{"2", "9"})
		}
		x.status = pick(r, statusFor[x.mutcode])
		if bad(r) {
			x.status = pick(r, []string{"1", "2", "3", "4", "5", "6", "7"})
		}
		x.classificatie = ""
		if cl, ok := classFor[x.status]; ok != bad(r) {
			if ok {
				x.classificatie = pick(r, cl)
			} else {
				x.classificatie = "13"
			}
			if bad(r) {
				x.classificatie = pick(r, []string{"01", "09", "13", "16", "19"})
			}
		}
	}
	x.besluit = fmt.Sprint(1000 + r.IntN(900000))
	x.tIngang = randDate(r, "2019-06-01", 500)
	x.instelling = h.afzender
	if bad(r) {
		x.instelling = pick(r, []string{andere, derde, ontvanger})
	}
	x.mutdatum = addDays(h.dagtekening, -r.IntN(90))
	if bad(r) {
		x.mutdatum = addDays(h.dagtekening, 1)
	}
	x.begin = ""
	needBegin := x.mutcode == "17" || x.mutcode == "19" || x.mutcode == "20"
	if needBegin != bad(r) {
		x.begin = addDays(x.mutdatum, -r.IntN(200))
		if bad(r) {
			x.begin = addDays(x.mutdatum, 1)
		}
	}
	x.bestemming = ""
	if (x.mutcode == "17" || x.mutcode == "21") != bad(r) {
		x.bestemming = pick(r, []string{andere, derde})
	}
	x.aanlevering = pick(r, []string{"1", "1", "3"})
	if bad(r) {
		x.aanlevering = pick(r, []string{"2", "9"})
	}
	return x
}

func randomAanvraag(r *rand.Rand, h header) aanvraag {
	lv := pick(r, []string{"4", "4", "5", "7", "8"})
	if bad(r) {
		lv = pick(r, []string{"2", "9"})
	}
	start := randDate(r, "2020-06-01", 600)
	a := aanvraagFor(lv, start)
	a.besluit = fmt.Sprint(1000 + r.IntN(900000))
	a.afgifte = addDays(start, -r.IntN(60))
	a.instelling = h.afzender
	if bad(r) {
		a.instelling = andere
	}
	a.zzp = pick(r, zzpCodes)
	if a.klasse != "" {
		a.klasse = pick(r, []string{"KE4", "KE5", "KE6", "KE7"})
	}
	if a.etmalen != "" {
		a.etmalen = pick(r, []string{"3,5", "4,0", "4,5"})
	}
	if a.doelmatig != "" {
		a.doelmatig = pick(r, []string{"1", "1", "2"})
		if a.doelmatig == "2" && !bad(r) {
			a.bijzonder = pick(r, [][]string{{"5", "", ""}, {"", "1", ""}, {"", "", "4"}, {"5", "2", ""}})
		}
	}
	if chance(r, 0.1) || bad(r) {
		a.bijzonder = pick(r, [][]string{{"5", "", ""}, {"", "2", ""}, {"", "", "7"}, {"5", "", "3"}, {"", "", ""}})
	}
	if bad(r) {
		switch r.IntN(8) {
		case 0:
			a.klasse = map[bool]string{true: "", false: "KE5"}[a.klasse != ""]
		case 1:
			a.etmalen = map[bool]string{true: "", false: "4,0"}[a.etmalen != ""]
		case 2:
			a.dossierhouder = map[bool]string{true: "", false: ontvanger}[a.dossierhouder != ""]
		case 3:
			a.czt = map[bool]string{true: "", false: andere}[a.czt != ""]
		case 4:
			a.doelmatig = map[bool]string{true: "", false: "1"}[a.doelmatig != ""]
		case 5:
			a.verantwoord = map[bool]string{true: "", false: "1"}[a.verantwoord != ""]
		case 6:
			a.klasse = "K2"
			if lv != "4" && lv != "5" {
				a.klasse = ""
			}
		case 7:
			a.inst[0].opname = map[bool]string{true: "", false: "1"}[a.inst[0].opname != ""]
		}
	}
	// AanvraagInstellingen: 1-4 lines
	first := &a.inst[0]
	first.instelling = pick(r, []string{h.afzender, andere})
	first.soort = pick(r, []string{"1", "1", "3"})
	if bad(r) {
		first.soort = "5"
	}
	if first.pct != "" {
		first.pct = fmt.Sprint((1 + r.IntN(100)) * 100)
	}
	n := r.IntN(4)
	cur := start
	for k := 0; k < n; k++ {
		prev := &a.inst[len(a.inst)-1]
		ai := aanvraagInst{instelling: pick(r, []string{ontvanger, andere, derde}), soort: pick(r, []string{"1", "3"}), ingang: cur, pct: "10000"}
		switch lv {
		case "8":
			// DTV: Opname 1 lines consecutive, Opname 2 lines within
			if chance(r, 0.5) {
				prev.eind = addDays(prev.ingang, 10+r.IntN(60))
				cur = addDays(prev.eind, 1)
				if bad(r) {
					cur = addDays(prev.eind, pick(r, []int{0, 2}))
				}
				ai.ingang, ai.opname = cur, "1"
			} else {
				ai.opname = "2"
				ai.ingang = addDays(start, r.IntN(20))
				if chance(r, 0.5) {
					ai.eind = addDays(ai.ingang, r.IntN(30))
				}
			}
		case "4":
			ai.opname = "2"
			if bad(r) {
				ai.opname, ai.ingang, ai.soort = "1", prev.ingang, prev.soort
			}
		case "2":
			ai.pct = ""
		default:
			if chance(r, 0.5) {
				prev.eind = addDays(prev.ingang, r.IntN(60))
				cur = addDays(prev.eind, 1)
				ai.ingang = cur
			}
		}
		if ai.instelling == prev.instelling && ai.ingang == prev.ingang && !bad(r) {
			ai.ingang = addDays(ai.ingang, 1)
		}
		if ai.instelling == prev.instelling && ai.soort == prev.soort && !bad(r) {
			ai.soort = map[string]string{"1": "3", "3": "1", "5": "1"}[ai.soort]
		}
		if bad(r) {
			ai.pct = map[bool]string{true: "", false: "5000"}[ai.pct != ""]
		}
		a.inst = append(a.inst, ai)
	}
	return a
}

func buildAW39(seed uint64, nRandom int) []Entry {
	var out []Entry
	for _, k := range aw39Cases() {
		out = append(out, k.entry())
	}
	for _, k := range schemaCases39() {
		out = append(out, k.entry())
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := 1; i <= nRandom; i++ {
		m, about := random39(r, i)
		t := m.tree()
		name := fmt.Sprintf("random-%04d", i)
		if chance(r, 0.08) {
			about = randomSchemaBreak39(r, t) + "; " + about
			name += "-xsd"
		}
		out = append(out, Entry{Name: name, About: about, XML: render(t, ns("AW39"))})
	}
	return out
}

func randomSchemaBreak39(r *rand.Rand, t *node) string {
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
