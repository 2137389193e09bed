package allocation

import (
	"slices"
	"strconv"
)

// The klassen of each functie (iWlz-XSLT 2.2 TR008, checkFunctieList) and
// its highest klasse, the only one that may carry an opslag (iWlz-XSLT
// 2.2 TR010, checkOpslagAndKlasse). Functies and klassen are used up to
// iWlz 2.3.
var functieKlassen = [...]struct {
	functies []string
	klassen  []string
	max      string // "" when the stylesheet sets no maximum (TR010 not applied)
}{
	{[]string{"21", "31", "81"}, []string{"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"}, "K8"},
	{[]string{"41"}, []string{"K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7"}, "K7"},
	{[]string{"61", "62", "63", "91"}, []string{"99"}, ""},
	{[]string{"64", "82"}, []string{"KD01", "KD02", "KD03", "KD04", "KD05", "KD06", "KD07", "KD08", "KD09"}, "KD09"},
	{[]string{"71"}, []string{"KE1", "KE2", "KE3", "KE4", "KE5", "KE6", "KE7"}, "KE7"},
}

func functieRow(f Functie) int {
	c := f.Code()
	for i := range functieKlassen {
		if slices.Contains(functieKlassen[i].functies, c) {
			return i
		}
	}
	return -1
}

// checkFunctieKlasse applies TR008 (the klasse belongs to the functie),
// TR034 (no opslag on functie 71) and TR010 (an opslag only on the
// highest klasse of the functie) to one functie, geïndiceerd or
// toegewezen. opslag reports whether an opslag is given: a message that
// carries Opslag 0 gives one (the stylesheet judges the element's
// presence).
func checkFunctieKlasse(vs *Violations, f Functie, k Klasse, opslag bool, n int, prefix string, rel Release) {
	row := functieRow(f)
	if row >= 0 && k != 0 && !slices.Contains(functieKlassen[row].klassen, k.Code()) {
		vs.add(TR008, rel, prefix+"Klasse", k.Code(), "klasse "+k.Code()+" hoort niet bij functie "+f.Code())
	}
	if !opslag {
		return
	}
	if f == FunctieVBTYD {
		vs.add(TR034, rel, prefix+"Opslag", strconv.Itoa(n), "bij functie 71 (verblijf tijdelijk) is geen opslag toegestaan")
	}
	switch {
	case row >= 0 && functieKlassen[row].max != "":
		if max := functieKlassen[row].max; k.Code() != max {
			vs.add(TR010, rel, prefix+"Opslag", strconv.Itoa(n), "een opslag is alleen toegestaan bij de hoogste klasse van functie "+f.Code()+", "+max)
		}
	case k.Code() == "99":
		// Any other functie: no opslag on klasse 99 (niet van toepassing).
		vs.add(TR010, rel, prefix+"Opslag", strconv.Itoa(n), "een opslag is niet toegestaan bij klasse 99")
	}
}

// indicates reports whether the besluit has a geïndiceerde functie f.
func (i *Indicatie) indicates(f Functie) bool {
	for _, g := range i.s.Functies {
		if g.Functie == f {
			return true
		}
	}
	return false
}
