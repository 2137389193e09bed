package docrules

import (
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"slices"
	"strings"
)

// rule is a rule this package ports, in the order the stylesheets apply
// them to an element (their dispatch templates list the modes
// alphabetically).
type rule uint8

const (
	rCD004 rule = iota
	rCD005
	rCD007
	rCD009
	rCD016
	rCD017
	rCD022
	rCD025
	rCD034
	rCD040
	rCD047
	rCD048
	rCD050
	rCD051
	rCD052
	rCD070
	rCD072
	rCD073
	rCD074
	rCS002
	rCS003
	rCS012
	rCS014
	rCS023
	rCS035
	rCS050
	rCS058
	rCS062
	rCS069
	rCS072
	rCS074
	rCS088
	rCS089
	rCS092
	rCS107
	rCS123
	rCS127
	rTR002
	rTR004
	rTR005
	rTR006
	rTR008
	rTR010
	rTR021
	rTR034
	rTR037
	rTR039
	rTR040
	rTR042
	rTR061
	rTR064
	rTR097
	rTR100
	rTR101
	rTR106
	rTR120
	rTR127
	numRules
)

var ruleOf = [numRules]string{
	rCD004: "CD004", rCD005: "CD005", rCD007: "CD007", rCD009: "CD009", rCD016: "CD016",
	rCD017: "CD017", rCD022: "CD022", rCD025: "CD025", rCD034: "CD034",
	rCD040: "CD040", rCD047: "CD047", rCD048: "CD048", rCD050: "CD050",
	rCD051: "CD051", rCD052: "CD052", rCD070: "CD070", rCD072: "CD072",
	rCD073: "CD073", rCD074: "CD074", rCS002: "CS002", rCS003: "CS003",
	rCS012: "CS012", rCS014: "CS014", rCS023: "CS023", rCS035: "CS035",
	rCS050: "CS050", rCS058: "CS058", rCS062: "CS062", rCS069: "CS069",
	rCS072: "CS072", rCS074: "CS074", rCS088: "CS088", rCS089: "CS089", rCS092: "CS092",
	rCS107: "CS107", rCS123: "CS123", rCS127: "CS127", rTR002: "TR002",
	rTR004: "TR004", rTR005: "TR005", rTR006: "TR006", rTR008: "TR008", rTR010: "TR010", rTR021: "TR021", rTR034: "TR034",
	rTR037: "TR037", rTR039: "TR039", rTR040: "TR040", rTR042: "TR042",
	rTR061: "TR061", rTR064: "TR064", rTR097: "TR097", rTR100: "TR100",
	rTR101: "TR101", rTR106: "TR106", rTR120: "TR120", rTR127: "TR127",
}

// ruleSet is a set of rules, bit r for rule r.
type ruleSet uint64

func rules(rs ...rule) ruleSet {
	var s ruleSet
	for _, r := range rs {
		s |= 1 << r
	}
	return s
}

// The ported rules each message's stylesheet includes (iWlz-XSLT 2.2
// IO31, AW33, AW35, AW39: their xsl:include lists). CS003, CS023 and
// CS127 are ported in part: see Covers.
var (
	setIO31 = rules(rCD005, rCD007, rCD009, rCD016, rCD017, rCD022, rCD025, rCD034, rCD070,
		rCS002, rCS003, rCS012, rCS014, rCS023, rCS035, rCS050, rCS069, rCS089, rCS092, rCS107, rCS123,
		rTR002, rTR004, rTR005, rTR006, rTR042, rTR061, rTR097, rTR101)
	setAW33 = rules(rCD005, rCD007, rCD009, rCD016, rCD017, rCD022, rCD025, rCD034, rCD070,
		rCS002, rCS003, rCS012, rCS014, rCS023, rCS035, rCS050, rCS069, rCS089, rCS092, rCS107, rCS123,
		rTR002, rTR004, rTR005, rTR006, rTR021, rTR037, rTR042, rTR061, rTR097, rTR101)
	setAW35 = rules(rCD004, rCD005, rCD007, rCD025, rCD051, rCD072, rCS002, rCS023, rCS058, rCS062, rCS074,
		rCS088, rCS089, rCS127, rTR002, rTR008, rTR010, rTR034, rTR039, rTR042, rTR064, rTR097, rTR100, rTR101)
	setAW39 = rules(rCD005, rCD007, rCD025, rCD040, rCD047, rCD048, rCD050, rCD051, rCD052,
		rCD072, rCD073, rCD074, rCS002, rCS003, rCS023, rCS050, rCS058, rCS072, rCS074, rCS089, rCS127,
		rTR002, rTR040, rTR042, rTR064, rTR097, rTR100, rTR101, rTR106, rTR120, rTR127)
)

func messageRules(msg string) (ruleSet, bool) {
	switch msg {
	case "IO31":
		return setIO31, true
	case "AW33":
		return setAW33, true
	case "AW35":
		return setAW35, true
	case "AW39":
		return setAW39, true
	}
	return 0, false
}

// Rules returns the ids of the registry rules this package applies to
// message msg, in the stylesheet's order; nil for a message it does not
// know.
func Rules(msg string) []string {
	set, ok := messageRules(msg)
	if !ok {
		return nil
	}
	var out []string
	for r := rule(0); r < numRules; r++ {
		if set&(1<<r) != 0 {
			out = append(out, ruleOf[r])
		}
	}
	return out
}

// nsKind is the namespace of an element, among those the ported templates
// match.
type nsKind uint8

const (
	nsOther nsKind = iota
	nsIwlz         // the basisschema: iwlz:
	nsIO31
	nsAW33
	nsAW35
	nsAW39
	nsAny // in a step: any namespace
)

// The namespaces of iWlz 2.2 (iWlz-XSD 2.2).
const (
	uriIwlz = "http://www.istandaarden.nl/iwlz/2_2/basisschema/schema"
	uriIO31 = "http://www.istandaarden.nl/iwlz/2_2/io31/schema"
	uriAW33 = "http://www.istandaarden.nl/iwlz/2_2/aw33/schema"
	uriAW35 = "http://www.istandaarden.nl/iwlz/2_2/aw35/schema"
	uriAW39 = "http://www.istandaarden.nl/iwlz/2_2/aw39/schema"
)

// kindOf returns the kind of namespace ns. A 2.3 or 2.4 message (namespaces 2_3, 2_4) is judged by the 2.2 rules:
// no public stylesheet of those releases exists, and their differences
// that are known (renamed ids, functies and klasse gone) are the
// registry's and the decoder's.
func kindOf(ns string) nsKind {
	const p = "http://www.istandaarden.nl/iwlz/2_"
	if len(ns) > len(p) && ns[:len(p)] == p && (ns[len(p)] == '3' || ns[len(p)] == '4') {
		ns = p + "2" + ns[len(p)+1:]
	}
	switch ns {
	case uriIwlz:
		return nsIwlz
	case uriIO31:
		return nsIO31
	case uriAW33:
		return nsAW33
	case uriAW35:
		return nsAW35
	case uriAW39:
		return nsAW39
	}
	return nsOther
}

// Bits of the child mask: which children of an element the content-based
// templates look for.
const (
	chTaal uint32 = 1 << iota
	chVorm
	chPartnernaam
	chNaamGebruik
	chDatum
	chDatumGebruik
	chFunctieCode35 // aw35:FunctieCode
	chOpslag35      // aw35:Opslag
	chKlasse35      // aw35:Klasse
)

// childBits is what a child tells children: its bits of the child mask
// and its TR101 key type (-1 for none).
type childBits struct {
	mask uint16
	key  int8
}

// childTable holds the childBits of each name in each namespace kind.
var childTable = func() (t [nsAny][names.Count]childBits) {
	for k := range t {
		for n := range t[k] {
			t[k][n].key = -1
		}
	}
	iwlz := map[names.ID]uint32{names.Taal: chTaal, names.Vorm: chVorm, names.Partnernaam: chPartnernaam,
		names.NaamGebruik: chNaamGebruik, names.Datum: chDatum, names.DatumGebruik: chDatumGebruik}
	for n, m := range iwlz {
		t[nsIwlz][n].mask = uint16(m)
	}
	aw35 := map[names.ID]uint32{names.FunctieCode: chFunctieCode35, names.Opslag: chOpslag35, names.Klasse: chKlasse35}
	for n, m := range aw35 {
		t[nsAW35][n].mask = uint16(m)
	}
	for ti, kt := range keyTypes {
		if t[kt.k][kt.local].key < 0 {
			t[kt.k][kt.local].key = int8(ti)
		}
	}
	return t
}()

// children scans the children of i for the content-based templates: it
// returns the child mask and the TR101 key kinds present (bit t for
// keyTypes[t]).
func (c *checker) children(i int32) (mask uint32, keys uint64) {
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		k := c.kind(ch)
		if k >= nsAny {
			continue
		}
		b := childTable[k][c.el[ch].Name]
		mask |= uint32(b.mask)
		if b.key >= 0 {
			keys |= 1 << b.key
		}
	}
	return mask, keys
}

// leafChecked marks every name check mentions. An element without
// children whose name is not among them gets nothing from check: the
// rules after its switch need children (the child mask, the TR101 keys)
// or a name it mentions. traverse skips the call for such an element.
// TestLeafChecked holds the list to the names in check's body.
var leafChecked = func() (t [names.Count]bool) {
	for _, n := range []names.ID{
		names.Aanvraag, names.AanvraagInstelling, names.AanvraagInstellingen, names.Adres,
		names.Afzender, names.Begindatum, names.BijzondereSituatie, names.Bsn, names.BurgerlijkeStaat,
		names.Client, names.Clienten, names.Contact, names.Contactgegevens, names.CoordinatorZorgThuis,
		names.Datum, names.Doelmatig, names.Dossierhouder, names.Einddatum, names.Geboortedatum,
		names.GeindiceerdeFunctie, names.GeleverdZorgzwaartepakket, names.GeleverdeFunctie, names.Header,
		names.Huisarts, names.Indicatie, names.Instelling, names.InstellingBestemming,
		names.InstellingVoorkeur, names.Klasse, names.LandCode, names.Leveringsstatus,
		names.MutatieFunctie, names.MutatieZorgzwaartepakket, names.Periode, names.Postcode,
		names.Relatie, names.Sleuteldatum, names.Soort, names.StatusAanlevering, names.Stoornis,
		names.ToegewezenFunctie, names.ToewijzingEinddatum, names.Vervoer, names.Wzd, names.WzdEinddatum,
	} {
		t[n] = true
	}
	return t
}()

// check applies the rules to element i, in the stylesheet's order.
func (c *checker) check(i int32) {
	e := &c.el[i]
	var mask uint32
	var keys uint64
	if e.FirstChild >= 0 {
		mask, keys = c.children(i)
	}
	// CD007's template for *[iwlz:Taal | iwlz:Vorm] in mode check has
	// priority 0.5 and so replaces the dispatcher (priority 0) for such an
	// element: it gets CD007 and nothing else.
	if mask&(chTaal|chVorm) != 0 {
		if c.on(rCD007) {
			c.cd007(i)
		}
		return
	}
	k := c.kind(i)
	msg := k == nsAW33 || k == nsIO31 // the templates for IO31 and AW33 elements
	switch e.Name {
	case names.Postcode:
		if k == nsIwlz && c.on(rCD005) {
			c.cd005(i, names.LandCode)
		}
	case names.LandCode:
		if k == nsIwlz {
			if c.on(rCD005) {
				c.cd005(i, names.Postcode)
			}
			if c.on(rCD025) {
				c.cd025(i)
			}
			if c.on(rCS089) {
				c.cs089(i)
			}
		}
	case names.Periode:
		if msg && c.on(rCD009) && c.parentIs(i, k, names.Contact) {
			c.cd009(i, k)
		}
	case names.Relatie:
		if msg {
			if c.on(rCD016) {
				c.cd016(i, k)
			}
			if c.on(rCD017) {
				c.cd017(i, k)
			}
		}
	case names.Adres:
		if msg && c.on(rCD034) {
			c.cd034(i, k)
		}
	case names.Wzd:
		if msg && c.on(rCD070) {
			c.cd070(i)
		}
	case names.Bsn:
		if k >= nsIO31 && k <= nsAW39 && c.on(rCS002) {
			c.cs002(i)
		}
	case names.Stoornis:
		if msg {
			if c.on(rCS012) {
				c.cs012(i)
			}
			if c.on(rCS014) {
				c.cs014(i)
			}
		}
	case names.BurgerlijkeStaat:
		if msg && c.on(rCS035) && c.parentIs(i, k, names.Client) {
			c.cs035(i)
		}
	case names.StatusAanlevering:
		if c.on(rCS058) && (k == nsAW35 && (c.parentIs(i, k, names.GeleverdZorgzwaartepakket) || c.parentIs(i, k, names.GeleverdeFunctie)) ||
			k == nsAW39 && (c.parentIs(i, k, names.MutatieZorgzwaartepakket) || c.parentIs(i, k, names.MutatieFunctie))) {
			c.cs058(i)
		}
	case names.Leveringsstatus:
		if k == nsAW35 && c.on(rCS062) && c.parentIs(i, k, names.GeleverdZorgzwaartepakket) {
			c.cs062(i)
		}
	case names.Huisarts:
		if msg && c.on(rCS069) && c.parentIs(i, k, names.Client) {
			c.cs069(i)
		}
	case names.WzdEinddatum:
		if k == nsIwlz && c.on(rCS092) {
			c.cs092(i)
		}
	case names.Soort:
		if k == nsAW39 && c.on(rCS072) && c.parentIs(i, k, names.AanvraagInstelling) {
			c.cs072(i)
		}
		if msg && c.on(rCS123) && c.parentIs(i, k, names.Relatie) {
			c.cs123(i)
		}
	case names.Datum:
		if k == nsIwlz {
			if c.on(rCS023) {
				c.cs023(i)
			}
			if c.on(rTR002) && c.parentIs(i, nsAny, names.Geboortedatum) {
				c.tr002(i)
			}
		}
	case names.Sleuteldatum:
		if k == nsAW35 && c.parentIs(i, k, names.GeleverdZorgzwaartepakket) {
			if c.on(rCD004) {
				c.cd004(i)
			}
			if c.on(rCS088) {
				c.cs088(i)
			}
		}
	case names.Begindatum:
		if c.on(rCS023) && (c.parentIs(i, nsAny, names.GeleverdeFunctie) || c.parentIs(i, nsAny, names.GeleverdZorgzwaartepakket)) {
			c.cs023(i)
		}
	case names.GeleverdZorgzwaartepakket:
		if k == nsAW35 {
			c.geleverdZzp(i)
		}
	case names.Clienten:
		if c.on(rCS023) {
			c.cs023Clienten(i)
		}
	case names.Einddatum:
		if k == nsIwlz && c.on(rCS003) && c.cs003Periode(i) {
			c.cs003(i, step{nsIwlz, names.Begindatum})
		}
	case names.ToewijzingEinddatum:
		if k == nsAW39 && c.on(rCS003) && c.parentIs(i, k, names.AanvraagInstelling) {
			c.cs003(i, aw39TwIngang)
		}
	case names.GeindiceerdeFunctie:
		if msg && c.on(rCD022) {
			c.cd022(i, k)
		}
	case names.ToegewezenFunctie:
		if k == nsAW33 && c.on(rCD022) {
			c.cd022(i, k)
		}
	case names.Vervoer:
		if c.on(rCS107) && (msg && c.parentIs(i, k, names.GeindiceerdeFunctie) || k == nsAW33 && c.parentIs(i, k, names.ToegewezenFunctie)) {
			c.cs107(i)
		}
	case names.Aanvraag:
		if k == nsAW39 {
			c.aanvraag(i)
		}
	case names.AanvraagInstelling:
		if k == nsAW39 {
			if c.on(rCD040) {
				c.cd040(i)
			}
			if c.on(rTR106) {
				c.tr106(i)
			}
			if c.on(rTR120) && c.tr120Matches(i) {
				c.tr120(i)
			}
			if c.on(rTR127) {
				c.tr127Cover(i)
			}
		}
	case names.Doelmatig:
		if k == nsAW39 && c.on(rCD047) {
			c.cd047(i)
		}
	case names.BijzondereSituatie:
		if k == nsAW39 && c.on(rCD048) {
			c.cd048(i)
		}
	case names.Klasse:
		if c.on(rCS074) && (k == nsAW39 || k == nsAW35 && c.parentIs(i, k, names.GeleverdZorgzwaartepakket)) {
			c.cs074(i)
		}
	case names.Client:
		if msg {
			if c.on(rTR004) {
				c.tr004(i, k)
			}
			if c.on(rTR005) {
				c.tr005(i, k)
			}
		}
		if k == nsAW33 && c.on(rTR021) {
			c.tr021(i)
		}
		if k == nsAW35 && c.on(rTR039) {
			c.tr039(i)
		}
		if k == nsAW39 && c.on(rTR040) {
			c.tr040(i)
		}
	case names.Contact:
		if msg && c.on(rTR006) {
			c.tr006(i, k)
		}
	case names.Indicatie:
		if k == nsAW33 && c.on(rTR037) {
			c.tr037(i)
		}
	case names.Contactgegevens:
		if msg && c.on(rTR061) && c.parentIs(i, k, names.Client) {
			c.tr061(i, k)
		}
	case names.Instelling, names.InstellingBestemming, names.InstellingVoorkeur, names.Dossierhouder, names.CoordinatorZorgThuis:
		if c.on(rTR042) && c.agb != nil {
			c.tr042(i, k)
		}
		if e.Name == names.Instelling && c.on(rTR064) && c.tr064Matches(i, k) {
			c.tr064(i, k)
		}
	case names.Afzender:
		if (k == nsAW35 || k == nsAW39) && c.on(rTR100) && c.agb != nil && c.parentIs(i, k, names.Header) {
			c.tr100(i, k)
		}
	}
	if mask&(chPartnernaam|chNaamGebruik) != 0 && c.on(rCS050) {
		c.cs050(i)
	}
	if mask&chFunctieCode35 != 0 && c.on(rTR008) {
		c.tr008(i)
	}
	geleverdeFunctie := k == nsAW35 && e.Name == names.GeleverdeFunctie
	if c.on(rTR010) && (geleverdeFunctie || mask&chOpslag35 != 0 && mask&chKlasse35 != 0) {
		c.tr010(i)
	}
	if geleverdeFunctie && c.on(rTR034) {
		c.tr034(i)
	}
	if mask&chDatum != 0 && mask&chDatumGebruik != 0 && c.on(rTR097) {
		c.tr097(i)
	}
	if keys != 0 && c.on(rTR101) {
		c.tr101(i, keys)
	}
	if e.Name == names.AanvraagInstellingen && k == nsAW39 && c.on(rTR127) {
		c.tr127NoOverlap(i)
	}
}

// Covers reports whether Check reports the finding of rule id at
// locaties (printXPath paths) that the official stylesheet of msg
// reports: whether msg's rules here include id and, for a rule this
// package ports in part, whether the finding is on an element of that
// part. The other parts are the typed rules' (allocation, waitstatus):
//
//   - CS003: here an Einddatum of a Periode (Contact/Periode) and the
//     ToewijzingEinddatum of an AanvraagInstelling; the typed rules judge
//     the periods of an Indicatie and its zorgeenheden;
//   - CS023: here an iwlz:Datum (a Geboortedatum), the Begindatum of a
//     Header/Periode and the Begindatum of a GeleverdeFunctie or
//     GeleverdZorgzwaartepakket (AW35); the typed rules judge Afgiftedatum,
//     Toewijzingsdatum and Mutatiedatum;
//   - CS127: here the Leveringsvorm of an Aanvraag and of a
//     GeleverdZorgzwaartepakket (AW35); the typed rules judge that of a
//     MutatieZorgzwaartepakket.
func Covers(msg, id string, locaties []string) bool {
	set, ok := messageRules(msg)
	if !ok {
		return false
	}
	found := false
	for r := rule(0); r < numRules; r++ {
		if ruleOf[r] == id {
			found = set&(1<<r) != 0
			break
		}
	}
	if !found {
		return false
	}
	var at func(names []string) bool
	switch id {
	case "CS003":
		at = func(n []string) bool {
			return endsWith(n, "Periode", "Einddatum") || endsWith(n, "AanvraagInstelling", "ToewijzingEinddatum")
		}
	case "CS023":
		at = func(n []string) bool {
			return endsWith(n, "Datum") || endsWith(n, "Header", "Periode", "Begindatum") ||
				endsWith(n, "GeleverdeFunctie", "Begindatum") || endsWith(n, "GeleverdZorgzwaartepakket", "Begindatum")
		}
	case "CS127":
		at = func(n []string) bool {
			return endsWith(n, "Aanvraag", "Leveringsvorm") || endsWith(n, "GeleverdZorgzwaartepakket", "Leveringsvorm")
		}
	default:
		return true
	}
	for _, l := range locaties {
		if at(pathNames(l)) {
			return true
		}
	}
	return false
}

// pathNames returns the element names of a printXPath path, without their
// [n] positions.
func pathNames(path string) []string {
	var out []string
	for _, seg := range strings.Split(strings.TrimPrefix(path, "/"), "/") {
		if k := strings.IndexByte(seg, '['); k >= 0 {
			seg = seg[:k]
		}
		out = append(out, seg)
	}
	return out
}

// endsWith reports whether names ends with tail.
func endsWith(names []string, tail ...string) bool {
	return len(names) >= len(tail) && slices.Equal(names[len(names)-len(tail):], tail)
}
