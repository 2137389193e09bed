package waitstatus_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// aw35XML is an AW35 as an aanbieder sends it (iWlz 2.2): the client came
// into care on 16 March, and the sleuteldatum is the same day.
const aw35XML = `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw35/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
  <Header>
    <BerichtCode>354</BerichtCode>
    <BerichtVersie>5</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Afzender>12345678</Afzender>
    <Ontvanger>5501</Ontvanger>
    <BerichtIdentificatie>
      <iwlz:Identificatie>AW35-0316</iwlz:Identificatie>
      <iwlz:Dagtekening>2021-03-17</iwlz:Dagtekening>
    </BerichtIdentificatie>
    <XsdVersie>
      <iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie>
      <iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie>
    </XsdVersie>
  </Header>
  <Clienten>
    <Client>
      <Bsn>999911120</Bsn>
      <Geboortedatum>
        <iwlz:Datum>1941-05-12</iwlz:Datum>
      </Geboortedatum>
      <Geslacht>2</Geslacht>
      <Naam>
        <iwlz:Geslachtsnaam>
          <iwlz:Achternaam>Vries</iwlz:Achternaam>
        </iwlz:Geslachtsnaam>
        <iwlz:Voorletters>MJ</iwlz:Voorletters>
      </Naam>
      <GeleverdeZorgzwaartepakketten>
        <GeleverdZorgzwaartepakket>
          <Besluitnummer>202100123</Besluitnummer>
          <ZzpCode>753</ZzpCode>
          <ToewijzingIngangsdatum>2021-03-15</ToewijzingIngangsdatum>
          <Begindatum>2021-03-16</Begindatum>
          <Sleuteldatum>2021-03-16</Sleuteldatum>
          <Instelling>12345678</Instelling>
          <Klasse>KE4</Klasse>
          <Leveringsstatus>4</Leveringsstatus>
          <Leveringsvorm>4</Leveringsvorm>
          <StatusAanlevering>1</StatusAanlevering>
        </GeleverdZorgzwaartepakket>
      </GeleverdeZorgzwaartepakketten>
    </Client>
  </Clienten>
</Bericht>
`

// ValidateAW35 judges a whole melding aanvang zorg: the XSD reading and the
// official AW35 stylesheet's rules. CS088 asks for a sleuteldatum strictly
// before the begindatum; the official stylesheet reports the same finding
// at the same places.
func ExampleValidateAW35() {
	rep, err := waitstatus.ValidateAW35([]byte(aw35XML))
	if err != nil {
		fmt.Println(err) // not an AW35 at all
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties)
	}
	// Output:
	// CS088 S088 [/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Begindatum /Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Sleuteldatum]
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

// ValidateAW39With takes the caller's AGB register for TR042 (valid AGB
// codes) and TR100 (the Ontvanger is the zorgkantoor the Afzender belongs
// to); without one both are skipped, as the official stylesheets skip
// them. Here the register places the aanbieder 12345678 under zorgkantoor
// 5502, and the AW39 goes to 5501.
func ExampleValidateAW39With() {
	register := agbRegister{"12345678": "5502", "5501": "", "5502": ""}
	rep, err := waitstatus.ValidateAW39With([]byte(aw39XML), allocation.ValidateOptions{AGB: register})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties[0])
	}
	// Output:
	// TR100 9100 /Bericht/Header/Afzender
	// CD090 D090 /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/LeveringsstatusClassificatie
	// CS131 S131 /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/LeveringsstatusClassificatie
}

// Validate judges a decoded (or built) AW39 as ValidateAW39 judges its
// bytes: here the aanbieder adds the classificatie the first judgement
// asked for and judges the message again before it sends it.
func ExampleAW39_Validate() {
	m, _, err := waitstatus.DecodeAW39([]byte(aw39XML))
	if err != nil {
		fmt.Println(err)
		return
	}
	mut := &m.Clienten[0].MutatieZorgzwaartepakketten[0]
	mut.LeveringsstatusClassificatie = "19" // Geen aanvullende wens(en), allowed with leveringsstatus 2
	rep, err := m.Validate(allocation.ValidateOptions{})
	fmt.Println(len(rep.Findings), err)
	// Output: 0 <nil>
}

// ValidateAW35With with a register that knows the aanbieder and its
// zorgkantoor: TR042 and TR100 hold, and what is left is the stylesheet's
// CS088.
func ExampleValidateAW35With() {
	register := agbRegister{"12345678": "5501", "5501": ""}
	rep, err := waitstatus.ValidateAW35With([]byte(aw35XML), allocation.ValidateOptions{AGB: register})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode)
	}
	// Output: CS088 S088
}
