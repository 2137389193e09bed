package docrules

import (
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// The rules on the delivered care units of an AW35 and the mutations of
// an AW39, and on sender, receiver and instelling.

// cs058: iWlz-XSLT 2.2 CS058 (checkvalue): the StatusAanlevering of an
// AW35 GeleverdZorgzwaartepakket or GeleverdeFunctie, and of an AW39
// MutatieZorgzwaartepakket or MutatieFunctie, is 1 (eerste aanlevering)
// or 3 (verwijderen aanlevering).
func (c *checker) cs058(i int32) {
	if !inList(c.el[i].Text, "1", "3") {
		c.node(i)
		c.emit(rCS058)
	}
}

// cs062: iWlz-XSLT 2.2 CS062 (checkvalue): the Leveringsstatus of an AW35
// GeleverdZorgzwaartepakket is 4 (in zorg).
func (c *checker) cs062(i int32) {
	if !inList(c.el[i].Text, "4") {
		c.node(i)
		c.emit(rCS062)
	}
}

// tr021: iWlz-XSLT 2.2 TR021 (checkzorginstelling, local) on an AW33
// Client: some ToegewezenFunctie/Instelling or
// ToegewezenZorgzwaartepakket/Instelling anywhere below the client equals
// the Header's Ontvanger (after normalize-space). The prose says the
// instelling "hoort bij" the Ontvanger; for the AW33 the stylesheet asks
// equality and needs no register. Locations: the Ontvanger and every such
// Instelling of the client (also none).
func (c *checker) tr021(i int32) {
	hdr := [...]step{{nsAW33, names.Header}, {nsAW33, names.Ontvanger}}
	ontvanger := c.str(c.fromBericht(i, nsAW33, hdr[:]...))
	end := c.subtreeEnd(i)
	for j, el := i+1, c.el; j < end; j++ {
		// The name first: most of the client's elements are not an
		// Instelling, and the call is dearer than the comparison.
		if el[j].Name == names.Instelling && c.isToegewezenInstelling(j) && normEqual(el[j].Text, ontvanger) {
			return
		}
	}
	c.addFromBericht(i, nsAW33, hdr[:]...)
	for j := i + 1; j < end; j++ {
		if c.isToegewezenInstelling(j) {
			c.node(j)
		}
	}
	c.emit(rTR021)
}

func (c *checker) isToegewezenInstelling(j int32) bool {
	return c.is(j, nsAW33, names.Instelling) &&
		(c.parentIs(j, nsAW33, names.ToegewezenFunctie) || c.parentIs(j, nsAW33, names.ToegewezenZorgzwaartepakket))
}

// tr037: iWlz-XSLT 2.2 TR037 on an AW33 Indicatie: some grandchild (any
// namespace) is a GeindiceerdeFunctie or GeindiceerdZorgzwaartepakket.
// Location: the Indicatie.
func (c *checker) tr037(i int32) {
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		for g := c.el[ch].FirstChild; g >= 0; g = c.el[g].NextSibling {
			if l := c.el[g].Name; l == names.GeindiceerdeFunctie || l == names.GeindiceerdZorgzwaartepakket {
				return
			}
		}
	}
	c.node(i)
	c.emit(rTR037)
}

// tr039: iWlz-XSLT 2.2 TR039 (checkSingleCorrect) on an AW35 Client: it
// has a GeleverdeFuncties/GeleverdeFunctie or a
// GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket. Location: the
// Client.
func (c *checker) tr039(i int32) {
	if c.sel(i, step{nsAW35, names.GeleverdeFuncties}, step{nsAW35, names.GeleverdeFunctie}).exists() ||
		c.sel(i, step{nsAW35, names.GeleverdeZorgzwaartepakketten}, step{nsAW35, names.GeleverdZorgzwaartepakket}).exists() {
		return
	}
	c.node(i)
	c.emit(rTR039)
}

// tr040: iWlz-XSLT 2.2 TR040 on an AW39 Client: it has a
// MutatieFuncties/MutatieFunctie, a
// MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket or an
// Aanvragen/Aanvraag. Location: the Client.
func (c *checker) tr040(i int32) {
	if c.sel(i, step{nsAW39, names.MutatieFuncties}, step{nsAW39, names.MutatieFunctie}).exists() ||
		c.sel(i, step{nsAW39, names.MutatieZorgzwaartepakketten}, step{nsAW39, names.MutatieZorgzwaartepakket}).exists() ||
		c.sel(i, step{nsAW39, names.Aanvragen}, step{nsAW39, names.Aanvraag}).exists() {
		return
	}
	c.node(i)
	c.emit(rTR040)
}

// tr064Matches reports whether Instelling i is one TR064 checks: of an
// AW35 GeleverdeFunctie or GeleverdZorgzwaartepakket, or of an AW39
// MutatieFunctie, MutatieZorgzwaartepakket or Aanvraag.
func (c *checker) tr064Matches(i int32, k nsKind) bool {
	switch k {
	case nsAW35:
		return c.parentIs(i, k, names.GeleverdeFunctie) || c.parentIs(i, k, names.GeleverdZorgzwaartepakket)
	case nsAW39:
		return c.parentIs(i, k, names.MutatieFunctie) || c.parentIs(i, k, names.MutatieZorgzwaartepakket) || c.parentIs(i, k, names.Aanvraag)
	}
	return false
}

// tr064: iWlz-XSLT 2.2 TR064 (checkzorgkantoor, local): the Instelling
// equals the Header's Afzender (after normalize-space). The prose's
// second way ("of moet, indien de verzendende partij een zorgkantoor is,
// conform de iWlz-AGB-codelijst horen bij Afzender") is the stylesheet's
// ZK35 and ZK39 templates; for the AW35 and AW39 it asks equality and
// needs no register. Locations: the Afzender and the Instelling.
func (c *checker) tr064(i int32, k nsKind) {
	hdr := [...]step{{k, names.Header}, {k, names.Afzender}}
	if normEqual(c.el[i].Text, c.str(c.fromBericht(i, k, hdr[:]...))) {
		return
	}
	c.node(i)
	c.addFromBericht(i, k, hdr[:]...)
	c.emit(rTR064)
}

// tr042: iWlz-XSLT 2.2 TR042 (checkAGBValid), only with an AGB register:
// the AGB code of an instelling, dossierhouder or coordinator is valid
// (AGBRegister.Geldig) from the date the stylesheet names: the
// Ingangsdatum (and Einddatum) of an AW33 ToegewezenFunctie or
// ToegewezenZorgzwaartepakket; the Begindatum of an AW35
// GeleverdZorgzwaartepakket (for a GeleverdeFunctie the stylesheet's path
// is misspelt, GeleverdeFunctis, so no date); for an AW39 the Dagtekening
// (Aanvraag Dossierhouder, CoordinatorZorgThuis), the Afgiftedatum
// (Aanvraag Instelling), the ToewijzingIngangsdatum (AanvraagInstelling)
// or the Mutatiedatum (MutatieFunctie, MutatieZorgzwaartepakket: Instelling
// and InstellingBestemming); the Ingangsdatum of an IO31
// GeindiceerdeFunctie or GeindiceerdZorgzwaartepakket (InstellingVoorkeur).
// Location: the element.
func (c *checker) tr042(i int32, k nsKind) {
	p := c.el[i].Parent
	l := c.el[i].Name
	pl := c.el[p].Name
	if c.kind(p) != k {
		return
	}
	var from, to calendar.Date
	switch k {
	case nsAW33:
		if !(pl == names.ToegewezenFunctie && l == names.Instelling ||
			pl == names.ToegewezenZorgzwaartepakket && (l == names.Instelling || l == names.CoordinatorZorgThuis || l == names.Dossierhouder)) {
			return
		}
		from = c.date(c.sel(p, step{k, names.Ingangsdatum}))
		to = c.date(c.sel(p, step{k, names.Einddatum}))
	case nsAW35:
		switch {
		case pl == names.GeleverdeFunctie && l == names.Instelling:
			// ancestor-or-self::aw35:GeleverdeFunctis: no such element.
		case pl == names.GeleverdZorgzwaartepakket && l == names.Instelling:
			from = c.date(c.sel(p, step{k, names.Begindatum}))
		default:
			return
		}
	case nsAW39:
		switch {
		case pl == names.Aanvraag && (l == names.Dossierhouder || l == names.CoordinatorZorgThuis):
			from = c.date(c.fromBericht(i, nsAW39, step{k, names.Header}, step{k, names.BerichtIdentificatie}, step{nsIwlz, names.Dagtekening}))
		case pl == names.Aanvraag && l == names.Instelling:
			from = c.date(c.sel(p, step{k, names.Afgiftedatum}))
		case pl == names.AanvraagInstelling && l == names.Instelling:
			from = c.date(c.sel(p, step{k, names.ToewijzingIngangsdatum}))
		case (pl == names.MutatieFunctie || pl == names.MutatieZorgzwaartepakket) && (l == names.Instelling || l == names.InstellingBestemming):
			from = c.date(c.sel(p, step{k, names.Mutatiedatum}))
		default:
			return
		}
	case nsIO31:
		if !(l == names.InstellingVoorkeur && (pl == names.GeindiceerdeFunctie || pl == names.GeindiceerdZorgzwaartepakket)) {
			return
		}
		from = c.date(c.sel(p, step{k, names.Ingangsdatum}))
	default:
		return
	}
	if c.agb.Geldig(normalize(c.el[i].Text), from, to) {
		return
	}
	c.node(i)
	c.emit(rTR042)
}

// date reads the string-value of a node-set as a date; the zero Date if
// it is absent or no date.
func (c *checker) date(s sel) calendar.Date {
	d, err := calendar.ParseDate(normalize(c.str(s)))
	if err != nil {
		return calendar.Date{}
	}
	return d
}

// tr100: iWlz-XSLT 2.2 TR100 (checkzorgkantoor, not local), only with an
// AGB register: the Afzender of an AW35 or AW39 (the zorgaanbieder)
// belongs to the Ontvanger (the zorgkantoor) by the iWlz-AGB-codelijst
// (AGBRegister.HoortBij). Locations: Afzender and Ontvanger.
func (c *checker) tr100(i int32, k nsKind) {
	p := c.el[i].Parent
	ont := step{k, names.Ontvanger}
	if c.agb.HoortBij(normalize(c.el[i].Text), normalize(c.str(c.sel(p, ont)))) {
		return
	}
	c.node(i)
	c.add(p, ont)
	c.emit(rTR100)
}

// normalize is XPath normalize-space; it allocates only when whitespace
// inside the text must be collapsed.
func normalize(s string) string {
	a, b := 0, len(s)
	for a < b && isXMLSpace(s[a]) {
		a++
	}
	for b > a && isXMLSpace(s[b-1]) {
		b--
	}
	s = s[a:b]
	clean := true
	for k := 0; k < len(s); k++ {
		if isXMLSpace(s[k]) && (s[k] != ' ' || isXMLSpace(s[k+1])) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sp := false
	for k := 0; k < len(s); k++ {
		if isXMLSpace(s[k]) {
			sp = true
			continue
		}
		if sp {
			sb.WriteByte(' ')
			sp = false
		}
		sb.WriteByte(s[k])
	}
	return sb.String()
}
