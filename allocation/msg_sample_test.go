package allocation_test

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// sampleAW33 is a typical AW33 (about 4 KB of XML): one client, one
// indicatie with a geïndiceerd ZZP, and three toewijzingen (verblijf,
// an intrekking with InstellingBestemming, and an MPT).
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
			Geboortedatum: allocation.Geboortedatum{Datum: "1941-05-12", DatumGebruik: "1"},
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
						Ingangsdatum: "2021-03-08", Leveringsvorm: "4", Dossierhouder: "41000123", Opname: "1",
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
						InstellingBestemming: "41000123", Leveringsvorm: "7",
					},
				},
			},
		}},
	}
}
