package main

// The message model: plain structs with string fields, "" meaning absent.
// Perturbations change a freshly built model (or, for schema violations,
// the element tree built from it), so every case starts from the same base.

type header struct {
	code, afzender, ontvanger, ident, dagtekening string
}

func (h header) node(withAfzender bool) *node {
	var afz *node
	if withAfzender {
		afz = tx("Afzender", h.afzender)
	}
	return el("Header",
		tx("BerichtCode", h.code),
		tx("BerichtVersie", "5"),
		tx("BerichtSubversie", "2"),
		afz,
		tx("Ontvanger", h.ontvanger),
		el("BerichtIdentificatie", btx("Identificatie", h.ident), btx("Dagtekening", h.dagtekening)),
		el("XsdVersie", btx("BasisschemaXsdVersie", "1.0.0"), btx("BerichtXsdVersie", "1.0.0")),
	)
}

type geboorte struct{ datum, gebruik string }

func (g geboorte) node() *node {
	return el("Geboortedatum", btx("Datum", g.datum), btx("DatumGebruik", g.gebruik))
}

type naam struct {
	achternaam, voorvoegsel, partnernaam, partnerVoorvoegsel, voornamen, voorletters, naamGebruik string
}

func (n naam) node() *node {
	var partner *node
	if n.partnernaam != "" {
		partner = bel("Partnernaam", btx("Achternaam", n.partnernaam), btx("Voorvoegsel", n.partnerVoorvoegsel))
	}
	return el("Naam",
		bel("Geslachtsnaam", btx("Achternaam", n.achternaam), btx("Voorvoegsel", n.voorvoegsel)),
		partner,
		btx("Voornamen", n.voornamen),
		btx("Voorletters", n.voorletters),
		btx("NaamGebruik", n.naamGebruik),
	)
}

// verkorteNaam is CDT_VerkorteNaam (AW35, AW39).
func (n naam) verkort() *node {
	return el("Naam",
		bel("Geslachtsnaam", btx("Achternaam", n.achternaam), btx("Voorvoegsel", n.voorvoegsel)),
		btx("Voorletters", n.voorletters),
	)
}

type adres struct {
	huisnummer, huisletter, toevoeging, aanduiding string
	postcode, straat, plaats, land                 string
}

func (a *adres) node() *node {
	if a == nil {
		return nil
	}
	var huis *node
	if a.huisnummer != "" {
		huis = bel("Huis", btx("Huisnummer", a.huisnummer), btx("Huisletter", a.huisletter),
			btx("HuisnummerToevoeging", a.toevoeging), btx("AanduidingWoonadres", a.aanduiding))
	}
	return el("Adres", huis, btx("Postcode", a.postcode), btx("Straatnaam", a.straat),
		btx("Plaatsnaam", a.plaats), btx("LandCode", a.land))
}

type periode struct{ begin, eind string }

type contact struct {
	soort       string
	adres       *adres
	organisatie string
	telefoon    string
	email       string
	periode     *periode
}

func (c *contact) node() *node {
	var tel, per *node
	if c.telefoon != "" {
		tel = el("Telefoon", bel("Telefoon01", btx("Telefoonnummer", c.telefoon), btx("Landnummer", "0031")))
	}
	if c.periode != nil {
		per = el("Periode", btx("Begindatum", c.periode.begin), btx("Einddatum", c.periode.eind))
	}
	return el("Contact", tx("Soort", c.soort), c.adres.node(), tx("Organisatie", c.organisatie),
		tel, tx("Emailadres", c.email), per)
}

type relatie struct {
	nummer, volgorde, soort string
	geb                     *geboorte
	geslacht                string
	naam                    naam
	contact                 *contact
}

func (r *relatie) node() *node {
	var geb *node
	if r.geb != nil {
		geb = r.geb.node()
	}
	return el("Relatie", tx("Nummer", r.nummer), tx("Volgorde", r.volgorde), tx("Soort", r.soort),
		geb, tx("Geslacht", r.geslacht), r.naam.node(), r.contact.node())
}

type stoornis struct{ grondslag, lijst, sublijst, code, prognose string }

type beperking struct {
	categorie, duur string
	scores          [][2]string
}

type gfunctie struct {
	code, ingang, eind, klasse, opslag, voorwaarde, vervoer, voorkeur, financiering string
}

type tfunctie struct {
	code, instelling, zorgkantoor, soort, tdatum, ttijd, ingang, eind, reden, klasse, opslag, vervoer, bestemming string
}

type gzzp struct {
	code, ingang, eind, klasse, voorkeurClient, voorkeur, financiering string
}

type tzzp struct {
	code, instelling, zorgkantoor, soort, tdatum, ttijd, pct, ingang, eind, reden, etmalen, klasse, bestemming, lv, dossierhouder, czt, opname string
}

type indicatie struct {
	besluitnummer, soort string
	grondslagen          []string
	afgifte, ingang      string
	eind                 string
	meerzorg             string // IO31 only
	commentaar           string
	stoornissen          []stoornis
	beperkingen          []beperking
	gfuncties            []gfunctie
	sscores              [][2]string
	tfuncties            []tfunctie
	gzzps                []gzzp
	tzzps                []tzzp
}

type client struct {
	bsn, geheim      string
	geb              geboorte
	geslacht, bstaat string
	naam             naam
	leefeenheid      string
	huisarts         string
	commVorm, taal   string
	wzd              []string // verklaring, ingang, eind; nil = absent
	partneropname    string
	commentaar       string
	relaties         []*relatie
	contacts         []*contact
	ind              *indicatie
}

// clientNode renders a Client of AW33 (io31=false) or IO31 (io31=true).
func (c *client) node(msg string) *node {
	var comm, wzd, rels *node
	if c.commVorm != "" {
		comm = el("Communicatie", btx("Vorm", c.commVorm), btx("Taal", c.taal))
	}
	if c.wzd != nil {
		wzd = el("Wzd", btx("WzdVerklaring", c.wzd[0]), btx("WzdIngangsdatum", c.wzd[1]), btx("WzdEinddatum", c.wzd[2]))
	}
	if len(c.relaties) > 0 {
		rels = el("Relaties")
		for _, r := range c.relaties {
			rels.kids = append(rels.kids, r.node())
		}
	}
	cg := el("Contactgegevens")
	for _, k := range c.contacts {
		cg.kids = append(cg.kids, k.node())
	}
	partneropname := tx("Partneropname", c.partneropname)
	if msg == "IO31" {
		partneropname = nil
	}
	return el("Client",
		tx("Bsn", c.bsn), tx("GeheimeClient", c.geheim), c.geb.node(), tx("Geslacht", c.geslacht),
		tx("BurgerlijkeStaat", c.bstaat), c.naam.node(), tx("Leefeenheid", c.leefeenheid),
		tx("Huisarts", c.huisarts), comm, wzd, partneropname, tx("Commentaar", c.commentaar),
		rels, cg, c.ind.node(msg))
}

func (in *indicatie) node(msg string) *node {
	io31 := msg == "IO31"
	var gr, st, bp, gf, ss, tf, gz, tz *node
	if len(in.grondslagen) > 0 {
		gr = el("Grondslagen")
		for i, g := range in.grondslagen {
			gr.kids = append(gr.kids, btx("Grondslag0"+string(rune('1'+i)), g))
		}
	}
	if len(in.stoornissen) > 0 {
		st = el("Stoornissen")
		for _, s := range in.stoornissen {
			st.kids = append(st.kids, el("Stoornis", tx("Grondslag", s.grondslag), tx("DiagnoseCodelijst", s.lijst),
				tx("DiagnoseSubcodelijst", s.sublijst), tx("ZiektebeeldStoornis", s.code), tx("Prognose", s.prognose)))
		}
	}
	if len(in.beperkingen) > 0 {
		bp = el("Beperkingen")
		for _, b := range in.beperkingen {
			var sc *node
			if len(b.scores) > 0 {
				sc = el("BeperkingScores")
				for _, s := range b.scores {
					sc.kids = append(sc.kids, el("BeperkingScore", tx("Vraag", s[0]), tx("Score", s[1])))
				}
			}
			bp.kids = append(bp.kids, el("Beperking", tx("Categorie", b.categorie), tx("Duur", b.duur), sc))
		}
	}
	if len(in.gfuncties) > 0 {
		gf = el("GeindiceerdeFuncties")
		for _, f := range in.gfuncties {
			var vk *node
			if io31 {
				vk = tx("InstellingVoorkeur", f.voorkeur)
			}
			gf.kids = append(gf.kids, el("GeindiceerdeFunctie", tx("FunctieCode", f.code), tx("Ingangsdatum", f.ingang),
				tx("Einddatum", f.eind), tx("Klasse", f.klasse), tx("Opslag", f.opslag), tx("Leveringsvoorwaarde", f.voorwaarde),
				tx("Vervoer", f.vervoer), vk, tx("Financiering", f.financiering)))
		}
	}
	if len(in.sscores) > 0 {
		ss = el("StoornisScores")
		for _, s := range in.sscores {
			ss.kids = append(ss.kids, el("StoornisScore", tx("Vraag", s[0]), tx("Score", s[1])))
		}
	}
	if len(in.tfuncties) > 0 && !io31 {
		tf = el("ToegewezenFuncties")
		for _, f := range in.tfuncties {
			tf.kids = append(tf.kids, el("ToegewezenFunctie", tx("FunctieCode", f.code), tx("Instelling", f.instelling),
				tx("Zorgkantoor", f.zorgkantoor), tx("Soort", f.soort), tx("Toewijzingsdatum", f.tdatum), tx("Toewijzingstijd", f.ttijd),
				tx("Ingangsdatum", f.ingang), tx("Einddatum", f.eind), tx("RedenIntrekking", f.reden), tx("Klasse", f.klasse),
				tx("Opslag", f.opslag), tx("Vervoer", f.vervoer), tx("InstellingBestemming", f.bestemming)))
		}
	}
	if len(in.gzzps) > 0 {
		gz = el("GeindiceerdeZorgzwaartepakketten")
		for _, z := range in.gzzps {
			var vk *node
			if io31 {
				vk = tx("InstellingVoorkeur", z.voorkeur)
			}
			gz.kids = append(gz.kids, el("GeindiceerdZorgzwaartepakket", tx("ZzpCode", z.code), tx("Ingangsdatum", z.ingang),
				tx("Einddatum", z.eind), tx("Klasse", z.klasse), tx("VoorkeurClient", z.voorkeurClient), vk, tx("Financiering", z.financiering)))
		}
	}
	if len(in.tzzps) > 0 && !io31 {
		tz = el("ToegewezenZorgzwaartepakketten")
		for _, z := range in.tzzps {
			tz.kids = append(tz.kids, el("ToegewezenZorgzwaartepakket", tx("ZzpCode", z.code), tx("Instelling", z.instelling),
				tx("Zorgkantoor", z.zorgkantoor), tx("Soort", z.soort), tx("Toewijzingsdatum", z.tdatum), tx("Toewijzingstijd", z.ttijd),
				tx("ToewijzingPercentage", z.pct), tx("Ingangsdatum", z.ingang), tx("Einddatum", z.eind), tx("RedenIntrekking", z.reden),
				tx("Etmalen", z.etmalen), tx("Klasse", z.klasse), tx("InstellingBestemming", z.bestemming), tx("Leveringsvorm", z.lv),
				tx("Dossierhouder", z.dossierhouder), tx("CoordinatorZorgThuis", z.czt), tx("Opname", z.opname)))
		}
	}
	var meerzorg *node
	if io31 {
		meerzorg = tx("Meerzorg", in.meerzorg)
	}
	return el("Indicatie", tx("Besluitnummer", in.besluitnummer), tx("Soort", in.soort), gr,
		tx("Afgiftedatum", in.afgifte), tx("Ingangsdatum", in.ingang), tx("Einddatum", in.eind), meerzorg,
		tx("Commentaar", in.commentaar), st, bp, gf, ss, tf, gz, tz)
}
