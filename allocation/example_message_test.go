package allocation_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// aw33XML is an AW33 as a zorgkantoor sends it (iWlz 2.2): one client, a
// besluit with ZZP 4VV, and a verblijf toewijzing that lacks its
// dossierhouder.
const aw33XML = `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw33/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
  <Header>
    <BerichtCode>352</BerichtCode>
    <BerichtVersie>5</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Afzender>5501</Afzender>
    <Ontvanger>12345678</Ontvanger>
    <BerichtIdentificatie>
      <iwlz:Identificatie>A33-20210203</iwlz:Identificatie>
      <iwlz:Dagtekening>2021-02-03</iwlz:Dagtekening>
    </BerichtIdentificatie>
    <XsdVersie>
      <iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie>
      <iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie>
    </XsdVersie>
  </Header>
  <Clienten>
    <Client>
      <Bsn>999911120</Bsn>
      <GeheimeClient>2</GeheimeClient>
      <Geboortedatum>
        <iwlz:Datum>1941-05-12</iwlz:Datum>
      </Geboortedatum>
      <Geslacht>2</Geslacht>
      <Naam>
        <iwlz:Geslachtsnaam>
          <iwlz:Achternaam>Vries</iwlz:Achternaam>
          <iwlz:Voorvoegsel>de</iwlz:Voorvoegsel>
        </iwlz:Geslachtsnaam>
        <iwlz:Voorletters>MJ</iwlz:Voorletters>
        <iwlz:NaamGebruik>1</iwlz:NaamGebruik>
      </Naam>
      <Leefeenheid>1</Leefeenheid>
      <Partneropname>2</Partneropname>
      <Contactgegevens>
        <Contact>
          <Soort>01</Soort>
          <Adres>
            <iwlz:Huis>
              <iwlz:Huisnummer>12</iwlz:Huisnummer>
            </iwlz:Huis>
            <iwlz:Postcode>3511AB</iwlz:Postcode>
            <iwlz:Straatnaam>Oudegracht</iwlz:Straatnaam>
            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>
            <iwlz:LandCode>NL</iwlz:LandCode>
          </Adres>
        </Contact>
      </Contactgegevens>
      <Indicatie>
        <Besluitnummer>100200300</Besluitnummer>
        <Soort>1</Soort>
        <Grondslagen>
          <iwlz:Grondslag01>01</iwlz:Grondslag01>
        </Grondslagen>
        <Afgiftedatum>2021-02-01</Afgiftedatum>
        <Ingangsdatum>2021-02-01</Ingangsdatum>
        <GeindiceerdeZorgzwaartepakketten>
          <GeindiceerdZorgzwaartepakket>
            <ZzpCode>753</ZzpCode>
            <Ingangsdatum>2021-02-01</Ingangsdatum>
            <Klasse>KE7</Klasse>
            <VoorkeurClient>4</VoorkeurClient>
            <Financiering>1</Financiering>
          </GeindiceerdZorgzwaartepakket>
        </GeindiceerdeZorgzwaartepakketten>
        <ToegewezenZorgzwaartepakketten>
          <ToegewezenZorgzwaartepakket>
            <ZzpCode>753</ZzpCode>
            <Instelling>12345678</Instelling>
            <Zorgkantoor>5501</Zorgkantoor>
            <Soort>1</Soort>
            <Toewijzingsdatum>2021-02-03</Toewijzingsdatum>
            <Toewijzingstijd>10:15:00</Toewijzingstijd>
            <ToewijzingPercentage>10000</ToewijzingPercentage>
            <Ingangsdatum>2021-02-03</Ingangsdatum>
            <Klasse>KE7</Klasse>
            <Leveringsvorm>4</Leveringsvorm>
            <Opname>1</Opname>
          </ToegewezenZorgzwaartepakket>
        </ToegewezenZorgzwaartepakketten>
      </Indicatie>
    </Client>
  </Clienten>
</Bericht>
`

// ValidateAW33 judges a whole message at once: each finding names its
// rule in the message's release, its retourcode and where it is.
func ExampleValidateAW33() {
	rep, err := allocation.ValidateAW33([]byte(aw33XML))
	if err != nil {
		fmt.Println(err) // not an AW33 at all
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties[0])
	}
	// Output:
	// CD073 D073 /Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Dossierhouder
}

// Spec reads a decoded toewijzing (iWlz element names, text as written)
// as the library's typed spec.
func ExampleAW33ToegewezenZorgzwaartepakket_Spec() {
	m, rep, err := allocation.DecodeAW33([]byte(aw33XML))
	if err != nil {
		fmt.Println(err)
		return
	}
	t := m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0]
	spec, err := t.Spec()
	fmt.Println(m.Release, len(rep.Findings), t.ZzpCode, spec.ZZP.Label(), spec.Leveringsvorm, err)
	// Output: iWlz 2.2 0 753 4VV Verblijf <nil>
}

// RetourAW34 answers the AW33 with the retourcodes of its report.
func ExampleRetourAW34() {
	m, _, _ := allocation.DecodeAW33([]byte(aw33XML))
	rep, _ := allocation.ValidateAW33([]byte(aw33XML))
	r, err := allocation.RetourAW34(m, rep, allocation.RetourHeader{Identificatie: "A34-20210204", Dagtekening: calendar.MustDate("2021-02-04")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Header.RetourCodes, r.Clienten[0].RetourCodes, r.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0].RetourCodes)
	// Output: [0200] [0200] [D073]
}

// agbRegister is a caller's copy of the iWlz-AGB-codelijst: the codes it
// knows, and the zorgkantoor each zorgaanbieder belongs to.
type agbRegister map[string]string

func (r agbRegister) Geldig(code string, from, to calendar.Date) bool {
	_, ok := r[code]
	return ok
}

func (r agbRegister) HoortBij(instelling, zorgkantoor string) bool {
	return r[instelling] == zorgkantoor
}

// ValidateAW33With takes the caller's AGB register, so that TR042 (a
// valid AGB code) is judged too; without one it is skipped, as the
// official stylesheets skip it. Here the register knows the zorgkantoor
// (5501) and another zorgaanbieder, not the instelling 12345678 of the
// toewijzing.
func ExampleValidateAW33With() {
	register := agbRegister{"5501": "", "87654321": "5501"}
	rep, err := allocation.ValidateAW33With([]byte(aw33XML), allocation.ValidateOptions{AGB: register})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties[0])
	}
	// Output:
	// TR042 9042 /Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Instelling
	// CD073 D073 /Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Dossierhouder
}

// Validate judges a decoded (or built) AW33 as ValidateAW33 judges its
// bytes: here the decoded message, mended, is judged again before it is
// stored.
func ExampleAW33_Validate() {
	m, _, err := allocation.DecodeAW33([]byte(aw33XML))
	if err != nil {
		fmt.Println(err)
		return
	}
	t := &m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0]
	t.Dossierhouder = "12345678" // CD073: a verblijf toewijzing names its dossierhouder (an AGB code)
	rep, err := m.Validate(allocation.ValidateOptions{})
	fmt.Println(len(rep.Findings), err)
	// Output: 0 <nil>
}
