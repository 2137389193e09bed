package kortverblijf

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// ZorgThuis is the outcome of verblijf in combinatie met extramurale zorg
// (VZ2013 3.3): the client lives 4, 5 or 6 etmalen a week in the instelling
// (or 7) and uses the other indicated etmalen for zorg thuis, which the
// dossierhouder organises.
type ZorgThuis struct {
	MAZ                               int               // etmalen on the MAZ
	MAZKlasse                         allocation.Klasse // KE of those etmalen
	Declareren                        int               // days declared per week
	EigenBijdrage                     string            // the basis of the eigen bijdrage
	DossierhouderOrganiseertZorgThuis bool
}

// VerblijfMetZorgThuis applies the table of VZ2013 3.3: for an indicated
// ZZP klasse (KE4-KE7, CS074), the etmalen in the instelling and the days
// of zorg thuis, the MAZ and the declaration count both together, and the
// eigen bijdrage is "ZZP <n> dagen intramuraal". The instelling must have
// the client 4 to 7 etmalen, and together they may not exceed the klasse
// ("VZ2013 3.3"). More than 7 days of zorg thuis is an input error
// ("range"), refused before any sum.
func VerblijfMetZorgThuis(klasse allocation.Klasse, instelling, thuis int) (ZorgThuis, error) {
	if klasse < allocation.KE4 || klasse > allocation.KE7 {
		return ZorgThuis{}, verdict.One(allocation.CS074, 0, "Klasse", klasse.Code(),
			"de klasse van een ZZP is KE4, KE5, KE6 of KE7")
	}
	var vs allocation.Violations
	if instelling < 4 || instelling > 7 {
		verdict.Add(&vs, allocation.VZ33, 0, "Instelling", strconv.Itoa(instelling), "de cliënt woont 4, 5 of 6 (of 7) etmalen per week in de verblijfsvoorziening")
	}
	switch {
	case thuis < 0:
		verdict.Add(&vs, allocation.VZ33, 0, "Thuis", strconv.Itoa(thuis), "het aantal dagen zorg thuis is niet negatief")
	case thuis > 7:
		verdict.Add(&vs, allocation.InputRange, 0, "Thuis", strconv.Itoa(thuis), "een week heeft ten hoogste 7 dagen")
	}
	// The sum only of parts within a week: it never wraps around.
	if bounded := instelling >= 0 && instelling <= 7 && thuis >= 0 && thuis <= 7; bounded && instelling+thuis > klasse.Number() {
		verdict.Add(&vs, allocation.VZ33, 0, "Thuis", strconv.Itoa(instelling+thuis),
			"verblijf en zorg thuis samen zijn ten hoogste de geïndiceerde "+strconv.Itoa(klasse.Number())+" etmalen")
	}
	if len(vs) > 0 {
		return ZorgThuis{}, vs
	}
	n := instelling + thuis
	return ZorgThuis{MAZ: n, MAZKlasse: allocation.KE1 + allocation.Klasse(n-1), Declareren: n,
		EigenBijdrage: "ZZP " + strconv.Itoa(n) + " dagen intramuraal", DossierhouderOrganiseertZorgThuis: thuis > 0}, nil
}
