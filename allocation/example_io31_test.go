package allocation_test

import (
	"fmt"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// io31XML is an IO31 as the CIZ sends it to the zorgkantoor (iWlz 2.2):
// one client and a besluit for ZZP 4VV whose einddatum lies before its
// ingangsdatum.
const io31XML = `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/io31/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
  <Header>
    <BerichtCode>388</BerichtCode>
    <BerichtVersie>5</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Ontvanger>5501</Ontvanger>
    <BerichtIdentificatie>
      <iwlz:Identificatie>IO31-0202</iwlz:Identificatie>
      <iwlz:Dagtekening>2021-02-02</iwlz:Dagtekening>
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
        <Einddatum>2021-01-31</Einddatum>
        <Stoornissen>
          <Stoornis>
            <Grondslag>01</Grondslag>
            <DiagnoseCodelijst>014</DiagnoseCodelijst>
            <DiagnoseSubcodelijst>04</DiagnoseSubcodelijst>
            <ZiektebeeldStoornis>05</ZiektebeeldStoornis>
          </Stoornis>
        </Stoornissen>
        <GeindiceerdeZorgzwaartepakketten>
          <GeindiceerdZorgzwaartepakket>
            <ZzpCode>753</ZzpCode>
            <Ingangsdatum>2021-02-01</Ingangsdatum>
            <Klasse>KE7</Klasse>
            <Financiering>1</Financiering>
          </GeindiceerdZorgzwaartepakket>
        </GeindiceerdeZorgzwaartepakketten>
      </Indicatie>
    </Client>
  </Clienten>
</Bericht>
`

// ValidateIO31 judges a whole indicatiebesluit: the XSD reading, the
// official IO31 stylesheet's rules and the library's rules on the besluit.
// The official stylesheet reports the same two findings at the same
// places.
func ExampleValidateIO31() {
	rep, err := allocation.ValidateIO31([]byte(io31XML))
	if err != nil {
		fmt.Println(err) // not an IO31 at all
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode, f.Locaties)
	}
	// Output:
	// CS003 S003 [/Bericht/Clienten/Client/Indicatie/Ingangsdatum /Bericht/Clienten/Client/Indicatie/Einddatum]
	// TR014 9014 [/Bericht/Clienten/Client/Indicatie/Einddatum]
}

// ValidateIO31With takes the caller's AGB register: in an IO31, TR042
// judges the InstellingVoorkeur of each geïndiceerde zorgeenheid. The
// IO31 above names none, so even a register that knows no code leaves the
// findings of ValidateIO31.
func ExampleValidateIO31With() {
	rep, err := allocation.ValidateIO31With([]byte(io31XML), allocation.ValidateOptions{AGB: agbRegister{}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Retourcode)
	}
	// Output:
	// CS003 S003
	// TR014 9014
}
