package waitstatus_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// aw39XML is an AW39 as an aanbieder sends it (iWlz 2.2): a MUT18 with
// leveringsstatus 2 (Wacht op voorkeur) but no classificatie.
const aw39XML = `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw39/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
  <Header>
    <BerichtCode>358</BerichtCode>
    <BerichtVersie>5</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Afzender>12345678</Afzender>
    <Ontvanger>5501</Ontvanger>
    <BerichtIdentificatie>
      <iwlz:Identificatie>A39-20210910</iwlz:Identificatie>
      <iwlz:Dagtekening>2021-09-10</iwlz:Dagtekening>
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
          <iwlz:Voorvoegsel>de</iwlz:Voorvoegsel>
        </iwlz:Geslachtsnaam>
        <iwlz:Voorletters>MJ</iwlz:Voorletters>
      </Naam>
      <MutatieZorgzwaartepakketten>
        <MutatieZorgzwaartepakket>
          <Besluitnummer>100200300</Besluitnummer>
          <ZzpCode>753</ZzpCode>
          <ToewijzingIngangsdatum>2021-02-03</ToewijzingIngangsdatum>
          <Instelling>12345678</Instelling>
          <Mutatiecode>18</Mutatiecode>
          <Mutatiedatum>2021-09-09</Mutatiedatum>
          <Leveringsstatus>2</Leveringsstatus>
          <Leveringsvorm>4</Leveringsvorm>
          <StatusAanlevering>1</StatusAanlevering>
        </MutatieZorgzwaartepakket>
      </MutatieZorgzwaartepakketten>
    </Client>
  </Clienten>
</Bericht>
`

// ValidateAW39 judges a whole AW39 at once, as the official stylesheet
// does: CS131 is judged from the status side, so a missing classificatie
// breaks it as well as CD090.
func ExampleValidateAW39() {
	rep, err := waitstatus.ValidateAW39([]byte(aw39XML))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties[0])
	}
	// Output:
	// CD090 D090 /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/LeveringsstatusClassificatie
	// CS131 S131 /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/LeveringsstatusClassificatie
}

// RetourAW310 answers the AW39 with the retourcodes of its report.
func ExampleRetourAW310() {
	m, _, _ := waitstatus.DecodeAW39([]byte(aw39XML))
	rep, _ := waitstatus.ValidateAW39([]byte(aw39XML))
	r, err := waitstatus.RetourAW310(m, rep, allocation.RetourHeader{Identificatie: "A310-2021", Dagtekening: calendar.MustDate("2021-09-13")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Header.RetourCodes, r.Clienten[0].MutatieZorgzwaartepakketten[0].RetourCodes)
	// Output: [0200] [D090 S131]
}
