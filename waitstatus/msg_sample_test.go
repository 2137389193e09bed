package waitstatus_test

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func sampleNaam() allocation.VerkorteNaam {
	return allocation.VerkorteNaam{Geslachtsnaam: allocation.Achternaam{Achternaam: "Vries", Voorvoegsel: "de"}, Voorletters: "MJ"}
}

func sampleGeboortedatum() allocation.Geboortedatum {
	return allocation.Geboortedatum{Datum: "1941-05-12"}
}

var sampleXsd = allocation.XsdVersie{BasisschemaXsdVersie: "1.0.0", BerichtXsdVersie: "1.0.0"}

// sampleAW39 is a typical AW39 of an aanbieder: a MUT18 (Actief plaatsen,
// classificatie 10) on a verblijf toewijzing, a MUT19 ending an MPT, and an
// aanvraag aangepaste toewijzing for DTV with two aanvraaginstellingen.
func sampleAW39() *waitstatus.AW39 {
	return &waitstatus.AW39{
		Release: allocation.IWlz22,
		Header: waitstatus.AW39Header{
			BerichtCode: "358", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "41000123", Ontvanger: "5513",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW39-000042", Dagtekening: "2021-03-10"},
			XsdVersie:            sampleXsd,
		},
		Clienten: []waitstatus.AW39Client{{
			Bsn: "999911120", Geboortedatum: sampleGeboortedatum(), Geslacht: "2", Naam: sampleNaam(),
			MutatieZorgzwaartepakketten: []waitstatus.AW39MutatieZorgzwaartepakket{
				{
					Besluitnummer: "123456789", ZzpCode: "754", ToewijzingIngangsdatum: "2021-03-08",
					Instelling: "41000123", Mutatiecode: "18", Mutatiedatum: "2021-03-09",
					Leveringsstatus: "7", LeveringsstatusClassificatie: "10", Leveringsvorm: "4", StatusAanlevering: "1",
				},
				{
					Besluitnummer: "123456789", ZzpCode: "754", ToewijzingIngangsdatum: "2021-02-03", Begindatum: "2021-02-05",
					Instelling: "41000123", Mutatiecode: "19", Mutatiedatum: "2021-03-07",
					Leveringsstatus: "5", Leveringsvorm: "7", StatusAanlevering: "1",
				},
			},
			Aanvragen: []waitstatus.AW39Aanvraag{{
				Besluitnummer: "123456789", Afgiftedatum: "2021-02-01", Instelling: "41000123", ZzpCode: "754",
				Etmalen: "3,5", Leveringsvorm: "8", Dossierhouder: "41000123", Doelmatig: "1", Verantwoord: "1",
				AanvraagInstellingen: []waitstatus.AW39AanvraagInstelling{
					{Instelling: "41000123", Soort: "1", ToewijzingIngangsdatum: "2021-04-01", ToewijzingPercentage: "10000", Opname: "1"},
					{Instelling: "41000456", Soort: "1", ToewijzingIngangsdatum: "2021-04-01", ToewijzingEinddatum: "2021-12-31", ToewijzingPercentage: "2500", Opname: "2"},
				},
			}},
		}},
	}
}

// sampleAW35 reports the start of verblijf (with a sleuteldatum).
func sampleAW35() *waitstatus.AW35 {
	return &waitstatus.AW35{
		Release: allocation.IWlz22,
		Header: waitstatus.AW35Header{
			BerichtCode: "354", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "41000123", Ontvanger: "5513",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW35-000007", Dagtekening: "2021-03-10"},
			XsdVersie:            sampleXsd,
		},
		Clienten: []waitstatus.AW35Client{{
			Bsn: "999911120", Geboortedatum: sampleGeboortedatum(), Geslacht: "2", Naam: sampleNaam(),
			GeleverdeZorgzwaartepakketten: []waitstatus.AW35GeleverdZorgzwaartepakket{{
				Besluitnummer: "123456789", ZzpCode: "754", ToewijzingIngangsdatum: "2021-03-08",
				Begindatum: "2021-03-09", Sleuteldatum: "2021-03-08", Instelling: "41000123", Klasse: "KE7",
				Leveringsstatus: "4", Leveringsvorm: "4", Behandeling: "1", StatusAanlevering: "1",
			}},
		}},
	}
}

// sampleAW36 is the retour of sampleAW35.
func sampleAW36() *waitstatus.AW36 {
	in := sampleAW35()
	c := in.Clienten[0]
	g := c.GeleverdeZorgzwaartepakketten[0]
	return &waitstatus.AW36{
		Release: allocation.IWlz22,
		Header: waitstatus.AW36Header{
			BerichtCode: "355", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "41000123", Ontvanger: "5513",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW36-000007", Dagtekening: "2021-03-10"},
			XsdVersie:            sampleXsd,
			IdentificatieRetour:  "AW35-000007", DagtekeningRetour: "2021-03-10", XsltVersie: "2.1.4",
			XsdVersieRetour: sampleXsd, RetourCodes: []string{"0200"},
		},
		Clienten: []waitstatus.AW36Client{{
			Bsn: c.Bsn, Geboortedatum: c.Geboortedatum, Geslacht: c.Geslacht, Naam: c.Naam,
			GeleverdeZorgzwaartepakketten: []waitstatus.AW36GeleverdZorgzwaartepakket{{
				Besluitnummer: g.Besluitnummer, ZzpCode: g.ZzpCode, ToewijzingIngangsdatum: g.ToewijzingIngangsdatum,
				Begindatum: g.Begindatum, Sleuteldatum: g.Sleuteldatum, Instelling: g.Instelling, Klasse: g.Klasse,
				Leveringsstatus: g.Leveringsstatus, Leveringsvorm: g.Leveringsvorm, Behandeling: g.Behandeling,
				StatusAanlevering: g.StatusAanlevering, RetourCodes: []string{"0200"},
			}},
			RetourCodes: []string{"0200"},
		}},
	}
}

// sampleAW310 is the retour of sampleAW39.
func sampleAW310() *waitstatus.AW310 {
	in := sampleAW39()
	c := in.Clienten[0]
	out := &waitstatus.AW310{
		Release: allocation.IWlz22,
		Header: waitstatus.AW310Header{
			BerichtCode: "359", BerichtVersie: "5", BerichtSubversie: "2",
			Afzender: "41000123", Ontvanger: "5513",
			BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: "AW310-000042", Dagtekening: "2021-03-10"},
			XsdVersie:            sampleXsd,
			IdentificatieRetour:  "AW39-000042", DagtekeningRetour: "2021-03-10",
			XsdVersieRetour: sampleXsd,
		},
		Clienten: []waitstatus.AW310Client{{
			Bsn: c.Bsn, Geboortedatum: c.Geboortedatum, Geslacht: c.Geslacht, Naam: c.Naam,
			RetourCodes: []string{"0200"},
		}},
	}
	for _, m := range c.MutatieZorgzwaartepakketten {
		out.Clienten[0].MutatieZorgzwaartepakketten = append(out.Clienten[0].MutatieZorgzwaartepakketten, waitstatus.AW310MutatieZorgzwaartepakket{
			Besluitnummer: m.Besluitnummer, ZzpCode: m.ZzpCode, ToewijzingIngangsdatum: m.ToewijzingIngangsdatum,
			Begindatum: m.Begindatum, Instelling: m.Instelling, Mutatiecode: m.Mutatiecode, Mutatiedatum: m.Mutatiedatum,
			Leveringsstatus: m.Leveringsstatus, LeveringsstatusClassificatie: m.LeveringsstatusClassificatie,
			Leveringsvorm: m.Leveringsvorm, StatusAanlevering: m.StatusAanlevering, RetourCodes: []string{"0200"},
		})
	}
	a := c.Aanvragen[0]
	ra := waitstatus.AW310Aanvraag{
		Besluitnummer: a.Besluitnummer, Afgiftedatum: a.Afgiftedatum, Instelling: a.Instelling, ZzpCode: a.ZzpCode,
		Etmalen: a.Etmalen, Leveringsvorm: a.Leveringsvorm, Dossierhouder: a.Dossierhouder,
		Doelmatig: a.Doelmatig, Verantwoord: a.Verantwoord, RetourCodes: []string{"0200"},
	}
	for _, ai := range a.AanvraagInstellingen {
		ra.AanvraagInstellingen = append(ra.AanvraagInstellingen, waitstatus.AW310AanvraagInstelling{
			Instelling: ai.Instelling, Soort: ai.Soort, ToewijzingIngangsdatum: ai.ToewijzingIngangsdatum,
			ToewijzingEinddatum: ai.ToewijzingEinddatum, ToewijzingPercentage: ai.ToewijzingPercentage, Opname: ai.Opname,
			RetourCodes: []string{"0200"},
		})
	}
	out.Clienten[0].Aanvragen = []waitstatus.AW310Aanvraag{ra}
	return out
}
