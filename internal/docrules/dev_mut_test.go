//go:build docrulesdev

package docrules

var aw33Mutations = []mutation{
	{"base", "", "", 0},
	// CD005
	{"cd005 no landcode", "<iwlz:LandCode>NL</iwlz:LandCode>\n          </aw33:Adres>\n        </aw33:Contact>\n      </aw33:Contactgegevens>", "</aw33:Adres>\n        </aw33:Contact>\n      </aw33:Contactgegevens>", 1},
	{"cd005 no postcode", "<iwlz:Postcode>1234AB</iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>NL", "<iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>NL", 1},
	{"cd005 blank postcode", "<iwlz:Postcode>1234AB</iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat", "<iwlz:Postcode>  </iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat", 1},
	{"cd005 landcode BE no postcode", "<iwlz:Postcode>1234AB</iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>NL", "<iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>BE", 1},
	// CD007
	{"cd007 taal without vorm 1", "<iwlz:Vorm>1</iwlz:Vorm>", "<iwlz:Vorm>2</iwlz:Vorm>", 1},
	{"cd007 vorm 1 no taal", "<iwlz:Taal>TR</iwlz:Taal>", "", 1},
	{"cd007 vorm 1 blank taal", "<iwlz:Taal>TR</iwlz:Taal>", "<iwlz:Taal> </iwlz:Taal>", 1},
	{"cd007 vorm ' 1 '", "<iwlz:Vorm>1</iwlz:Vorm>", "<iwlz:Vorm> 1 </iwlz:Vorm>", 1},
	// CD009
	{"cd009 periode soort 01", "<aw33:Soort>01</aw33:Soort>\n          <aw33:Adres>\n            <iwlz:Huis>", "<aw33:Soort>01</aw33:Soort>\n          <aw33:Periode><iwlz:Begindatum>2020-01-01</iwlz:Begindatum></aw33:Periode>\n          <aw33:Adres>\n            <iwlz:Huis>", 1},
	// CD016
	{"cd016 no volgorde", "<aw33:Volgorde>1</aw33:Volgorde>", "", 1},
	// CD017
	{"cd017 partner no geboortedatum", "<aw33:Geboortedatum>\n            <iwlz:Datum>1938-11-02</iwlz:Datum>\n          </aw33:Geboortedatum>", "", 1},
	{"cd017 soort ' 12'", "<aw33:Soort>12</aw33:Soort>", "<aw33:Soort> 12</aw33:Soort>", 1},
	// CD025
	{"cd025 no huis", "<iwlz:Huis>\n              <iwlz:Huisnummer>12</iwlz:Huisnummer>\n            </iwlz:Huis>\n            <iwlz:Postcode>1234AB</iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>NL</iwlz:LandCode>\n          </aw33:Adres>\n        </aw33:Contact>\n      </aw33:Contactgegevens>", "<iwlz:Postcode>1234AB</iwlz:Postcode>\n            <iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n            <iwlz:LandCode>NL</iwlz:LandCode>\n          </aw33:Adres>\n        </aw33:Contact>\n      </aw33:Contactgegevens>", 1},
	// CD034 + CS089
	{"cd034 soort 03 no postcode", "<aw33:Soort>01</aw33:Soort>\n            <aw33:Adres>\n              <iwlz:Huis>\n                <iwlz:Huisnummer>12</iwlz:Huisnummer>\n              </iwlz:Huis>\n              <iwlz:Postcode>1234AB</iwlz:Postcode>", "<aw33:Soort>03</aw33:Soort>\n            <aw33:Adres>\n              <iwlz:Huis>\n                <iwlz:Huisnummer>12</iwlz:Huisnummer>\n              </iwlz:Huis>", 1},
	{"cs089 postcode with space", "<iwlz:Postcode>1234AB</iwlz:Postcode>", "<iwlz:Postcode>1234 AB</iwlz:Postcode>", 1},
	{"cs089 postcode leading space", "<iwlz:Postcode>1234AB</iwlz:Postcode>", "<iwlz:Postcode> 234AB</iwlz:Postcode>", 1},
	{"cs089 postcode 0234", "<iwlz:Postcode>1234AB</iwlz:Postcode>", "<iwlz:Postcode>0234AB</iwlz:Postcode>", 1},
	{"cs089 lower", "<iwlz:Postcode>1234AB</iwlz:Postcode>", "<iwlz:Postcode>1234ab</iwlz:Postcode>", 1},
	// CD070
	{"cd070 verklaring 2 with dates", "<iwlz:WzdVerklaring>1</iwlz:WzdVerklaring>", "<iwlz:WzdVerklaring>2</iwlz:WzdVerklaring>", 1},
	{"cd070 no einddatum", "<iwlz:WzdEinddatum>2021-12-31</iwlz:WzdEinddatum>", "", 1},
	{"cs092 eind before ingang", "<iwlz:WzdEinddatum>2021-12-31</iwlz:WzdEinddatum>", "<iwlz:WzdEinddatum>2020-12-31</iwlz:WzdEinddatum>", 1},
	{"cs092 no ingang", "<iwlz:WzdIngangsdatum>2021-01-01</iwlz:WzdIngangsdatum>", "", 1},
	// CS002
	{"cs002 bad bsn", "<aw33:Bsn>999999990</aw33:Bsn>", "<aw33:Bsn>123456789</aw33:Bsn>", 1},
	{"cs002 ok bsn 2", "<aw33:Bsn>999999990</aw33:Bsn>", "<aw33:Bsn>111222333</aw33:Bsn>", 1},
	// CS012, CS014
	{"cs012 014 bad ziekte", "<aw33:ZiektebeeldStoornis>05</aw33:ZiektebeeldStoornis>", "<aw33:ZiektebeeldStoornis>25</aw33:ZiektebeeldStoornis>", 1},
	{"cs014 014 sub 01", "<aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>", "<aw33:DiagnoseSubcodelijst>01</aw33:DiagnoseSubcodelijst>", 1},
	{"cs014 014 no sub", "<aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>", "", 1},
	{"cs012 021/02 b210", "<aw33:DiagnoseCodelijst>014</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>05</aw33:ZiektebeeldStoornis>", "<aw33:DiagnoseCodelijst>021</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>02</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>b210</aw33:ZiektebeeldStoornis>", 1},
	{"cs012 021/02 b110", "<aw33:DiagnoseCodelijst>014</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>05</aw33:ZiektebeeldStoornis>", "<aw33:DiagnoseCodelijst>021</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>02</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>b110</aw33:ZiektebeeldStoornis>", 1},
	{"cs012 022 bad", "<aw33:DiagnoseCodelijst>014</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>05</aw33:ZiektebeeldStoornis>", "<aw33:DiagnoseCodelijst>022</aw33:DiagnoseCodelijst>\n            <aw33:ZiektebeeldStoornis>b117.5</aw33:ZiektebeeldStoornis>", 1},
	{"cs012 023 bad sub", "<aw33:DiagnoseCodelijst>014</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>04</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>05</aw33:ZiektebeeldStoornis>", "<aw33:DiagnoseCodelijst>023</aw33:DiagnoseCodelijst>\n            <aw33:DiagnoseSubcodelijst>11</aw33:DiagnoseSubcodelijst>\n            <aw33:ZiektebeeldStoornis>b210.1</aw33:ZiektebeeldStoornis>", 1},
	// CS035, CS069, CS123
	{"cs035 3", "<aw33:BurgerlijkeStaat>1</aw33:BurgerlijkeStaat>", "<aw33:BurgerlijkeStaat>3</aw33:BurgerlijkeStaat>", 1},
	{"cs069 02", "<aw33:Huisarts>01012345</aw33:Huisarts>", "<aw33:Huisarts>02012345</aw33:Huisarts>", 1},
	{"cs123 25", "<aw33:Soort>03</aw33:Soort>", "<aw33:Soort>25</aw33:Soort>", 1},
	// CS050
	{"cs050 partner gebruik 5?", "<iwlz:NaamGebruik>2</iwlz:NaamGebruik>", "<iwlz:NaamGebruik>5</iwlz:NaamGebruik>", 1},
	{"cs050 no partner gebruik 2", "<iwlz:Voorletters>P</iwlz:Voorletters>\n            <iwlz:NaamGebruik>1</iwlz:NaamGebruik>", "<iwlz:Voorletters>P</iwlz:Voorletters>\n            <iwlz:NaamGebruik>2</iwlz:NaamGebruik>", 1},
	// TR002, TR097
	{"tr002 too old", "<iwlz:Datum>1940-05-01</iwlz:Datum>", "<iwlz:Datum>1900-05-01</iwlz:Datum>", 1},
	{"tr002 1900 unknown", "<iwlz:Datum>1940-05-01</iwlz:Datum>\n        <iwlz:DatumGebruik>1</iwlz:DatumGebruik>", "<iwlz:Datum>1900-01-01</iwlz:Datum>\n        <iwlz:DatumGebruik>3</iwlz:DatumGebruik>", 1},
	{"tr002 1900 known", "<iwlz:Datum>1940-05-01</iwlz:Datum>\n        <iwlz:DatumGebruik>1</iwlz:DatumGebruik>", "<iwlz:Datum>1900-01-01</iwlz:Datum>", 1},
	{"tr097 gebruik 2", "<iwlz:DatumGebruik>1</iwlz:DatumGebruik>", "<iwlz:DatumGebruik>2</iwlz:DatumGebruik>", 1},
	{"tr097 gebruik 3", "<iwlz:DatumGebruik>1</iwlz:DatumGebruik>", "<iwlz:DatumGebruik>3</iwlz:DatumGebruik>", 1},
	// TR004, TR005
	{"tr004 no partner", "<aw33:Soort>12</aw33:Soort>", "<aw33:Soort>04</aw33:Soort>", 1},
	{"tr005 partner no postcode", "<iwlz:Postcode>1234AB</iwlz:Postcode>\n              <iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n              <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n              <iwlz:LandCode>NL", "<iwlz:Straatnaam>Dorpsstraat</iwlz:Straatnaam>\n              <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>\n              <iwlz:LandCode>BE", 1},
	// TR006
	{"tr006 contact no adres", "<aw33:Soort>01</aw33:Soort>\n            <aw33:Adres>", "<aw33:Soort>01</aw33:Soort>\n            <aw33:Organisatie>x</aw33:Organisatie><aw33:Adres>", 1},
	// TR061
	{"tr061 contact soort 02", "<aw33:Contact>\n          <aw33:Soort>01</aw33:Soort>", "<aw33:Contact>\n          <aw33:Soort>02</aw33:Soort>", 1},
	// TR021
	{"tr021 other instelling", "<aw33:Instelling>12345678</aw33:Instelling>", "<aw33:Instelling>87654321</aw33:Instelling>", 1},
	// TR037
	{"tr037 no geindiceerd", "GeindiceerdZorgzwaartepakket>", "GeindiceerdZorgzwaartepakketX>", 2},
	// TR101
	{"tr101 dup relatie", "<aw33:Nummer>2</aw33:Nummer>", "<aw33:Nummer>1</aw33:Nummer>", 1},
	{"tr101 dup relatie ws", "<aw33:Nummer>2</aw33:Nummer>", "<aw33:Nummer> 1 </aw33:Nummer>", 1},
	{"tr006 no telefoon", "<aw33:Telefoon>\n              <iwlz:Telefoon01><iwlz:Telefoonnummer>0301234567</iwlz:Telefoonnummer><iwlz:Landnummer>0031</iwlz:Landnummer></iwlz:Telefoon01>\n            </aw33:Telefoon>", "", 1},
	{"cd007 override on naam", "<iwlz:NaamGebruik>2</iwlz:NaamGebruik>", "<iwlz:NaamGebruik>5</iwlz:NaamGebruik><iwlz:Vorm>2</iwlz:Vorm>", 1},
	{"tr101 conflict", "</aw33:Relaties>", "<aw33:Relatie><aw33:Nummer>1</aw33:Nummer></aw33:Relatie><aw33:Contact><aw33:Soort>01</aw33:Soort></aw33:Contact><aw33:Contact><aw33:Soort>01</aw33:Soort></aw33:Contact></aw33:Relaties>", 1},
	{"tr004 soort ' 12'", "<aw33:Soort>12</aw33:Soort>", "<aw33:Soort> 12</aw33:Soort>", 1},
	{"tr005 soort '12.0' no huis", "<aw33:Soort>12</aw33:Soort>\n          <aw33:Geboortedatum>\n            <iwlz:Datum>1938-11-02</iwlz:Datum>\n          </aw33:Geboortedatum>\n          <aw33:Naam>\n            <iwlz:Geslachtsnaam>\n              <iwlz:Achternaam>Vries</iwlz:Achternaam>\n              <iwlz:Voorvoegsel>de</iwlz:Voorvoegsel>\n            </iwlz:Geslachtsnaam>\n            <iwlz:Voorletters>P</iwlz:Voorletters>\n            <iwlz:NaamGebruik>1</iwlz:NaamGebruik>\n          </aw33:Naam>\n          <aw33:Contact>\n            <aw33:Soort>01</aw33:Soort>\n            <aw33:Adres>\n              <iwlz:Huis>\n                <iwlz:Huisnummer>12</iwlz:Huisnummer>\n              </iwlz:Huis>", "<aw33:Soort>12.0</aw33:Soort>\n          <aw33:Contact>\n            <aw33:Soort>01</aw33:Soort>\n            <aw33:Adres>", 1},
	{"cs092 not a date", "<iwlz:WzdEinddatum>2021-12-31</iwlz:WzdEinddatum>", "<iwlz:WzdEinddatum>x</iwlz:WzdEinddatum>", 1},
	{"cs002 spaces", "<aw33:Bsn>999999990</aw33:Bsn>", "<aw33:Bsn> 999999990 </aw33:Bsn>", 1},
	{"cs002 empty", "<aw33:Bsn>999999990</aw33:Bsn>", "<aw33:Bsn/>", 1},
	{"cs069 spaces", "<aw33:Huisarts>01012345</aw33:Huisarts>", "<aw33:Huisarts>01 12345</aw33:Huisarts>", 1},
	{"tr061 no soort 01", "<aw33:Contact>\n          <aw33:Soort>01</aw33:Soort>", "<aw33:Contact>\n          <aw33:Soort> 01</aw33:Soort>", 1},
	{"tr021 two instellingen", "</aw33:ToegewezenZorgzwaartepakketten>", "</aw33:ToegewezenZorgzwaartepakketten><aw33:X><aw33:ToegewezenFunctie><aw33:Instelling>1</aw33:Instelling></aw33:ToegewezenFunctie></aw33:X>", 1},
	{"tr021 two instellingen bad", "<aw33:Instelling>12345678</aw33:Instelling>", "<aw33:Instelling>2</aw33:Instelling>", 1},
	{"cd016 no soort", "<aw33:Volgorde>1</aw33:Volgorde>\n          <aw33:Soort>03</aw33:Soort>", "", 1},
}

var aw35Mutations = []mutation{
	{"base", "", "", 0},
	{"cs002", "<aw35:Bsn>999999990</aw35:Bsn>", "<aw35:Bsn>999999991</aw35:Bsn>", 1},
	{"cs058 2", "<aw35:StatusAanlevering>1</aw35:StatusAanlevering>", "<aw35:StatusAanlevering>2</aw35:StatusAanlevering>", 1},
	{"cs062 3", "<aw35:Leveringsstatus>4</aw35:Leveringsstatus>", "<aw35:Leveringsstatus>3</aw35:Leveringsstatus>", 1},
	{"tr002", "<iwlz:Datum>1940-05-17</iwlz:Datum>", "<iwlz:Datum>1901-03-19</iwlz:Datum>", 1},
	{"tr002 edge", "<iwlz:Datum>1940-05-17</iwlz:Datum>", "<iwlz:Datum>1901-03-20</iwlz:Datum>", 1},
	{"tr097 dg 2", "<iwlz:Datum>1940-05-17</iwlz:Datum>", "<iwlz:Datum>1940-05-17</iwlz:Datum><iwlz:DatumGebruik>2</iwlz:DatumGebruik>", 1},
	{"tr039", "GeleverdeZorgzwaartepakketten>", "GeleverdeZorgzwaartepakkettenX>", 2},
	{"tr064", "<aw35:Instelling>12345678</aw35:Instelling>", "<aw35:Instelling>12345679</aw35:Instelling>", 1},
	{"tr064 ws", "<aw35:Instelling>12345678</aw35:Instelling>", "<aw35:Instelling> 12345678 </aw35:Instelling>", 1},
	{"tr101 dup", "<aw35:Begindatum>2021-03-17</aw35:Begindatum>", "<aw35:Begindatum>2021-03-16</aw35:Begindatum>", 1},
	{"tr101 dup3", "<aw35:GeleverdeZorgzwaartepakketten>", "<aw35:GeleverdeZorgzwaartepakketten><aw35:GeleverdZorgzwaartepakket><aw35:Besluitnummer>202100123</aw35:Besluitnummer><aw35:ZzpCode>753</aw35:ZzpCode><aw35:ToewijzingIngangsdatum>2021-03-15</aw35:ToewijzingIngangsdatum><aw35:Begindatum>2021-03-17</aw35:Begindatum><aw35:Instelling>12345678</aw35:Instelling><aw35:Leveringsstatus>4</aw35:Leveringsstatus><aw35:Leveringsvorm>4</aw35:Leveringsvorm><aw35:StatusAanlevering>1</aw35:StatusAanlevering></aw35:GeleverdZorgzwaartepakket>", 1},
}

var aw39Mutations = []mutation{
	{"base", "", "", 0},
	{"cs002", "<aw39:Bsn>999999990</aw39:Bsn>", "<aw39:Bsn>99999999</aw39:Bsn>", 1},
	{"cs058 2", "<aw39:StatusAanlevering>1</aw39:StatusAanlevering>", "<aw39:StatusAanlevering>2</aw39:StatusAanlevering>", 1},
	{"tr040", "MutatieZorgzwaartepakketten>", "MutatieZorgzwaartepakkettenX>", 2},
	{"tr040 both", "Aanvragen>", "AanvragenX>", 2},
	{"tr064 mut", "<aw39:Instelling>12345678</aw39:Instelling>\n          <aw39:Mutatiecode>", "<aw39:Instelling>1234567</aw39:Instelling>\n          <aw39:Mutatiecode>", 1},
	{"tr064 aanvraag", "<aw39:Instelling>12345678</aw39:Instelling>\n          <aw39:ZzpCode>", "<aw39:Instelling>1234567</aw39:Instelling>\n          <aw39:ZzpCode>", 1},
	{"tr101 aanvraaginstelling", "</aw39:AanvraagInstelling>", "</aw39:AanvraagInstelling><aw39:AanvraagInstelling><aw39:Instelling>87654321</aw39:Instelling><aw39:Soort>2</aw39:Soort><aw39:ToewijzingIngangsdatum>2021-04-01</aw39:ToewijzingIngangsdatum></aw39:AanvraagInstelling>", 1},
	{"tr101 two clients", "</aw39:Client>", "</aw39:Client><aw39:Client><aw39:Bsn>999999990</aw39:Bsn><aw39:Geboortedatum><iwlz:Datum>1940-05-17</iwlz:Datum></aw39:Geboortedatum><aw39:Geslacht>2</aw39:Geslacht><aw39:Naam><iwlz:Geslachtsnaam><iwlz:Achternaam>X</iwlz:Achternaam></iwlz:Geslachtsnaam><iwlz:Voorletters>X</iwlz:Voorletters></aw39:Naam></aw39:Client>", 1},
}
