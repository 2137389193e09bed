package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// The messages of the walkthrough: the AW33 the aanbieder receives, read
// from XML, and the AW39 it sends at the end. Messages are read and
// written from iWlz 2.2 on (the releases with a known schema).

// messages reports whether the day's release has messages the library
// reads and writes.
func messages(d calendar.Date) bool { return allocation.ReleaseOn(d) >= allocation.IWlz22 }

// aw33 is the toewijzing as the zorgkantoor sends it: one client, the
// besluit with its ZZP, and the verblijf toewijzing.
func (c *client) aw33() (*allocation.AW33, error) {
	ind, err := c.indicatieSpec()
	if err != nil {
		return nil, err
	}
	tw, err := c.toewijzingSpec()
	if err != nil {
		return nil, err
	}
	rel := allocation.ReleaseOn(c.ontvangst)
	g := ind.ZZPs[0]
	return &allocation.AW33{
		Release: rel,
		Header: allocation.AW33Header{
			BerichtCode: "352", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "5501", Ontvanger: aanbieder,
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "A33-" + ymd(c.ontvangst), Dagtekening: c.ontvangst.String()},
			XsdVersie:            allocation.XsdVersie{BasisschemaXsdVersie: "1.0.0", BerichtXsdVersie: "1.0.0"},
		},
		Clienten: []allocation.AW33Client{{
			Bsn: "999911120", GeheimeClient: "2",
			Geboortedatum: allocation.Geboortedatum{Datum: "1941-05-12"},
			Geslacht:      "2",
			Naam: allocation.VolledigeNaam{Geslachtsnaam: allocation.Achternaam{Achternaam: "Vries", Voorvoegsel: "de"},
				Voorletters: "MJ", NaamGebruik: "1"},
			Leefeenheid: "1", Partneropname: "2",
			Contactgegevens: []allocation.AW33Contact{{Soort: "01", Adres: &allocation.Adres{
				Huis: &allocation.Huis{Huisnummer: "12"}, Postcode: "3511AB", Straatnaam: "Oudegracht",
				Plaatsnaam: "Utrecht", LandCode: "NL"}}},
			Indicatie: allocation.AW33Indicatie{
				Besluitnummer: ind.Besluitnummer.String(), Soort: "1",
				Grondslagen:  &allocation.Grondslagen{Grondslag01: ind.Grondslagen[0].Code()},
				Afgiftedatum: ind.Afgiftedatum.String(), Ingangsdatum: ind.Ingangsdatum.String(),
				GeindiceerdeZorgzwaartepakketten: []allocation.AW33GeindiceerdZorgzwaartepakket{{
					ZzpCode: g.ZZP.Code(), Ingangsdatum: g.Ingangsdatum.String(), Klasse: g.Klasse.Code(),
					VoorkeurClient: g.VoorkeurClient.Code(), Financiering: "1"}},
				ToegewezenZorgzwaartepakketten: []allocation.AW33ToegewezenZorgzwaartepakket{{
					ZzpCode: tw.ZZP.Code(), Instelling: tw.Instelling.String(), Zorgkantoor: tw.Zorgkantoor.String(),
					Soort: tw.Soort.Code(), Toewijzingsdatum: tw.Toewijzingsdatum.String(), Toewijzingstijd: tw.Toewijzingstijd.String(),
					ToewijzingPercentage: strconv.Itoa(tw.Percentage.Hundredths()), Ingangsdatum: tw.Ingangsdatum.String(), Klasse: tw.Klasse.Code(),
					Leveringsvorm: tw.Leveringsvorm.Code(), Dossierhouder: tw.Dossierhouder.String(), Opname: tw.Opname.Code()}},
			},
		}},
	}, nil
}

// ymd is d as yyyymmdd: message identifications hold at most 12
// characters (iWlz-XSD 2.2 LDT_IdentificatieBericht).
func ymd(d calendar.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

// stepBericht shows the AW33 as the aanbieder receives it, in XML, and the
// verdict on the whole message; the typed steps read their indicatie and
// toewijzing from it.
func stepBericht(w io.Writer, c *client) error {
	if !messages(c.ontvangst) {
		fmt.Fprintf(w, "== 0. Het AW33 (%s): berichten leest de library vanaf iWlz 2.2 ==\n\n", allocation.ReleaseOn(c.ontvangst))
		return nil
	}
	m, err := c.aw33()
	if err != nil {
		return err
	}
	data, err := m.Encode()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== 0. Het AW33 komt binnen als XML (%s, %d bytes) ==\n", m.Release, len(data))
	w.Write(data)
	rep, err := allocation.ValidateAW33(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ValidateAW33: %d bevindingen (XSD, de regels van de officiële stylesheet en het Voorschrift)\n\n", len(rep.Findings))
	c.bericht = data
	return nil
}

// stepBerichtFouten shows a faulty AW33: every finding at once, with its
// XPath, and the retourcodes of the AW34 that answers it.
func stepBerichtFouten(w io.Writer, c *client) error {
	if !messages(c.ontvangst) {
		return nil
	}
	m, _, err := allocation.DecodeAW33(c.bericht)
	if err != nil {
		return err
	}
	t := &m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0]
	t.Dossierhouder = ""                                                   // verplicht bij verblijf (CD073)
	t.Einddatum = c.ontvangst.AddDays(-1).String()                         // voor de ingangsdatum (CS003, TR016)
	m.Clienten[0].Contactgegevens[0].Adres.Postcode = "3511 AB"            // geen Nederlandse postcode (XSD)
	m.Clienten[0].Indicatie.Afgiftedatum = c.ontvangst.AddDays(1).String() // na de dagtekening
	data, err := m.Encode()
	if err != nil {
		return err
	}
	rep, err := allocation.ValidateAW33(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== 3b. Hetzelfde AW33 met fouten: alle bevindingen tegelijk, met plaats en retourcode ==\n")
	for _, f := range rep.Findings {
		fmt.Fprintf(w, "  %s\n", f)
	}
	r, err := allocation.RetourAW34(m, rep, allocation.RetourHeader{Identificatie: "A34-" + ymd(c.ontvangst), Dagtekening: c.ontvangst})
	if err != nil {
		return err
	}
	tz := r.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0]
	fmt.Fprintf(w, "Het AW34 meldt: header %s, cliënt %s, indicatie %s, toewijzing %s\n\n",
		strings.Join(r.Header.RetourCodes, ","), strings.Join(r.Clienten[0].RetourCodes, ","),
		strings.Join(r.Clienten[0].Indicatie.RetourCodes, ","), strings.Join(tz.RetourCodes, ","))
	return nil
}

// stepAW39 prints the AW39 the aanbieder sends at the end: the MUT19 of
// the journey's end (leaving), checked as a whole message.
func stepAW39(w io.Writer, c *client) error {
	mut, dag := c.vertrek, c.verzonden
	if !messages(dag) {
		return nil
	}
	tw := c.toewijzing
	m := &waitstatus.AW39{
		Release: allocation.ReleaseOn(dag),
		Header: waitstatus.AW39Header{
			BerichtCode: "358", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: aanbieder, Ontvanger: "5501",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "A39-" + ymd(dag), Dagtekening: dag.String()},
			XsdVersie:            allocation.XsdVersie{BasisschemaXsdVersie: "1.0.0", BerichtXsdVersie: "1.0.0"},
		},
		Clienten: []waitstatus.AW39Client{{
			Bsn: "999911120", Geboortedatum: allocation.Geboortedatum{Datum: "1941-05-12"}, Geslacht: "2",
			Naam: allocation.VerkorteNaam{Geslachtsnaam: allocation.Achternaam{Achternaam: "Vries", Voorvoegsel: "de"}, Voorletters: "MJ"},
			MutatieZorgzwaartepakketten: []waitstatus.AW39MutatieZorgzwaartepakket{{
				Besluitnummer: tw.Besluitnummer().String(), ZzpCode: tw.ZZP().Code(),
				ToewijzingIngangsdatum: tw.Period().Start().String(), Begindatum: mut.Begindatum.String(),
				Instelling: aanbieder, Mutatiecode: mut.Code.Code(), Mutatiedatum: mut.Datum.String(),
				Leveringsstatus: mut.Leveringsstatus.Code(), Leveringsvorm: tw.Leveringsvorm().Code(), StatusAanlevering: "1"}},
		}},
	}
	data, err := m.Encode()
	if err != nil {
		return err
	}
	rep, err := waitstatus.ValidateAW39(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== 11. Het AW39 dat de aanbieder stuurt op %s %s: %s van %s (%s) ==\n", weekdag(dag), dag, mut.Code, mut.Datum, m.Release)
	w.Write(data)
	fmt.Fprintf(w, "ValidateAW39: %d bevindingen\n", len(rep.Findings))
	for _, f := range rep.Findings {
		fmt.Fprintf(w, "  %s\n", f)
	}
	return nil
}
