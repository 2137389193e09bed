package allocation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// sampleAW33 is a typical AW33 (about 4.9 KB of XML): one client, one
// indicatie with a geïndiceerd ZZP, and three toewijzingen (verblijf, and
// two MPT lines withdrawn with InstellingBestemming). It is valid: the
// whole-message validation finds nothing (TestSampleAW33Valid).
func sampleAW33() *allocation.AW33 {
	return &allocation.AW33{
		Release: allocation.IWlz22,
		Header: allocation.AW33Header{
			BerichtCode: "352", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "5513", Ontvanger: "41000123",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW33-000123", Dagtekening: "2021-03-04"},
			XsdVersie:            allocation.XsdVersie{BasisschemaXsdVersie: "1.0.0", BerichtXsdVersie: "1.0.0"},
		},
		Clienten: []allocation.AW33Client{{
			Bsn:           "999911120",
			GeheimeClient: "2",
			Geboortedatum: allocation.Geboortedatum{Datum: "1941-05-12"},
			Geslacht:      "2",
			Naam: allocation.VolledigeNaam{
				Geslachtsnaam: allocation.Achternaam{Achternaam: "Vries", Voorvoegsel: "de"},
				Voornamen:     "Maria Johanna",
				Voorletters:   "MJ",
				NaamGebruik:   "1",
			},
			Leefeenheid:   "1",
			Partneropname: "2",
			Contactgegevens: []allocation.AW33Contact{{
				Soort: "01",
				Adres: &allocation.Adres{
					Huis:       &allocation.Huis{Huisnummer: "12", Huisletter: "a"},
					Postcode:   "3511AB",
					Straatnaam: "Oudegracht",
					Plaatsnaam: "Utrecht",
					LandCode:   "NL",
				},
				Telefoon: &allocation.Telefoonnummers{Telefoon01: allocation.Telefoon{Telefoonnummer: "0301234567", Landnummer: "0031"}},
			}},
			Indicatie: allocation.AW33Indicatie{
				Besluitnummer: "123456789",
				Soort:         "1",
				Grondslagen:   &allocation.Grondslagen{Grondslag01: "02"},
				Afgiftedatum:  "2021-02-01",
				Ingangsdatum:  "2021-02-01",
				GeindiceerdeZorgzwaartepakketten: []allocation.AW33GeindiceerdZorgzwaartepakket{{
					ZzpCode: "754", Ingangsdatum: "2021-02-01", Klasse: "KE7", Financiering: "1",
				}},
				ToegewezenZorgzwaartepakketten: []allocation.AW33ToegewezenZorgzwaartepakket{
					{
						ZzpCode: "754", Instelling: "41000123", Zorgkantoor: "5513", Soort: "1",
						Toewijzingsdatum: "2021-03-04", Toewijzingstijd: "10:15:00", ToewijzingPercentage: "10000",
						Ingangsdatum: "2021-03-08", Leveringsvorm: "4", Klasse: "KE7", Dossierhouder: "41000123", Opname: "1",
					},
					{
						ZzpCode: "754", Instelling: "41000456", Zorgkantoor: "5513", Soort: "3",
						Toewijzingsdatum: "2021-02-03", Toewijzingstijd: "09:00:00", ToewijzingPercentage: "5000",
						Ingangsdatum: "2021-02-03", Einddatum: "2021-03-07", RedenIntrekking: "4",
						InstellingBestemming: "41000123", Leveringsvorm: "7", CoordinatorZorgThuis: "41000456",
					},
					{
						ZzpCode: "754", Instelling: "41000789", Zorgkantoor: "5513", Soort: "3",
						Toewijzingsdatum: "2021-02-03", Toewijzingstijd: "09:00:00", ToewijzingPercentage: "5000",
						Ingangsdatum: "2021-02-03", Einddatum: "2021-03-07", RedenIntrekking: "4",
						InstellingBestemming: "41000123", Leveringsvorm: "7", CoordinatorZorgThuis: "41000456",
					},
				},
			},
		}},
	}
}

// sampleIO31 is an indicatiebesluit of the CIZ with a relatie, stoornis,
// beperking and scores, a geïndiceerde functie and a ZZP.
func sampleIO31() *allocation.IO31 {
	a := sampleAW33()
	c := a.Clienten[0]
	return &allocation.IO31{
		Release: allocation.IWlz22,
		Header: allocation.IO31Header{
			BerichtCode: "388", BerichtVersie: "5", BerichtSubversie: "2", Ontvanger: "5513",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "IO31-1", Dagtekening: "2021-02-01"},
			XsdVersie:            allocation.XsdVersie{BasisschemaXsdVersie: "1.0.0", BerichtXsdVersie: "1.0.0"},
		},
		Clienten: []allocation.IO31Client{{
			Bsn: c.Bsn, GeheimeClient: c.GeheimeClient, Geboortedatum: c.Geboortedatum, Geslacht: c.Geslacht,
			BurgerlijkeStaat: "1", Naam: c.Naam, Leefeenheid: c.Leefeenheid, Huisarts: "01012345",
			Communicatie: &allocation.Communicatie{Vorm: "1", Taal: "Nederlands"},
			Wzd:          &allocation.Wzd{WzdVerklaring: "2"},
			Commentaar:   "Cliënt & partner <samen>",
			Relaties: []allocation.IO31Relatie{{
				Nummer: "R1", Volgorde: "1", Soort: "03",
				Naam:    allocation.VolledigeNaam{Geslachtsnaam: allocation.Achternaam{Achternaam: "Vries"}, Voorletters: "P", NaamGebruik: "1"},
				Contact: allocation.IO31Contact{Soort: "01", Emailadres: "p.devries@example.nl", Periode: &allocation.OpenPeriode{Begindatum: "2021-01-01"}},
			}},
			Contactgegevens: []allocation.IO31Contact{{Soort: "01", Adres: c.Contactgegevens[0].Adres}},
			Indicatie: allocation.IO31Indicatie{
				Besluitnummer: "123456789", Soort: "1", Grondslagen: &allocation.Grondslagen{Grondslag01: "02", Grondslag02: "01"},
				Afgiftedatum: "2021-02-01", Ingangsdatum: "2021-02-01", Meerzorg: "2",
				Stoornissen: []allocation.IO31Stoornis{{Grondslag: "02", DiagnoseCodelijst: "014", ZiektebeeldStoornis: "F00", Prognose: "1"}},
				Beperkingen: []allocation.IO31Beperking{{Categorie: "1", Duur: "1",
					BeperkingScores: []allocation.IO31BeperkingScore{{Vraag: "0101", Score: "1"}}}},
				GeindiceerdeFuncties: []allocation.IO31GeindiceerdeFunctie{{FunctieCode: "21", Ingangsdatum: "2021-02-01",
					Klasse: "K3", Leveringsvoorwaarde: "1", Financiering: "1"}},
				StoornisScores: []allocation.IO31StoornisScore{{Vraag: "0101", Score: "1"}},
				GeindiceerdeZorgzwaartepakketten: []allocation.IO31GeindiceerdZorgzwaartepakket{{
					ZzpCode: "754", Ingangsdatum: "2021-02-01", Klasse: "KE7", VoorkeurClient: "4",
					InstellingVoorkeur: "41000123", Financiering: "1",
				}},
			},
		}},
	}
}

// sampleAW34 is the retour of sampleAW33: accepted (0200) everywhere.
func sampleAW34() *allocation.AW34 {
	a := sampleAW33()
	c := a.Clienten[0]
	ok := []string{"0200"}
	out := &allocation.AW34{
		Release: allocation.IWlz22,
		Header: allocation.AW34Header{
			BerichtCode: "353", BerichtVersie: "5", BerichtSubversie: "2", Afzender: "5513", Ontvanger: "41000123",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW34-000123", Dagtekening: "2021-03-04"},
			XsdVersie:            a.Header.XsdVersie, IdentificatieRetour: "AW33-000123", DagtekeningRetour: "2021-03-04",
			XsltVersie: "2.1.4", XsdVersieRetour: a.Header.XsdVersie,
		},
	}
	cl := allocation.AW34Client{
		Bsn: c.Bsn, GeheimeClient: c.GeheimeClient, Geboortedatum: c.Geboortedatum, Geslacht: c.Geslacht,
		Naam: c.Naam, Leefeenheid: c.Leefeenheid, Partneropname: c.Partneropname, RetourCodes: ok,
		Contactgegevens: []allocation.AW34Contact{{Soort: "01", Adres: c.Contactgegevens[0].Adres, RetourCodes: ok}},
		Indicatie: allocation.AW34Indicatie{
			Besluitnummer: c.Indicatie.Besluitnummer, Soort: c.Indicatie.Soort, Grondslagen: c.Indicatie.Grondslagen,
			Afgiftedatum: c.Indicatie.Afgiftedatum, Ingangsdatum: c.Indicatie.Ingangsdatum, RetourCodes: ok,
			GeindiceerdeZorgzwaartepakketten: []allocation.AW34GeindiceerdZorgzwaartepakket{{
				ZzpCode: "754", Ingangsdatum: "2021-02-01", Klasse: "KE7", Financiering: "1", RetourCodes: ok}},
		},
	}
	for _, z := range c.Indicatie.ToegewezenZorgzwaartepakketten {
		cl.Indicatie.ToegewezenZorgzwaartepakketten = append(cl.Indicatie.ToegewezenZorgzwaartepakketten, allocation.AW34ToegewezenZorgzwaartepakket{
			ZzpCode: z.ZzpCode, Instelling: z.Instelling, Zorgkantoor: z.Zorgkantoor, Soort: z.Soort,
			Toewijzingsdatum: z.Toewijzingsdatum, Toewijzingstijd: z.Toewijzingstijd, ToewijzingPercentage: z.ToewijzingPercentage,
			Ingangsdatum: z.Ingangsdatum, Einddatum: z.Einddatum, RedenIntrekking: z.RedenIntrekking,
			InstellingBestemming: z.InstellingBestemming, Leveringsvorm: z.Leveringsvorm, Dossierhouder: z.Dossierhouder,
			CoordinatorZorgThuis: z.CoordinatorZorgThuis, Opname: z.Opname, RetourCodes: ok,
		})
	}
	out.Clienten = []allocation.AW34Client{cl}
	return out
}

// TestSampleAW33Valid: the typical message of the benchmarks and examples
// is valid, so that BenchmarkValidateAW33 measures the common path.
func TestSampleAW33Valid(t *testing.T) {
	data, err := sampleAW33().Encode()
	require.NoError(t, err)
	rep, err := allocation.ValidateAW33(data)
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, rep.String())
}
