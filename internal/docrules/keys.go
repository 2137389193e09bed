package docrules

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
)

// keyType is a TR101 key: the elements (children named local in
// namespace k of one parent) that may not repeat the same key fields.
type keyType struct {
	k      nsKind
	local  string
	fields []string
}

// keyTypes are the keys of iWlz-XSLT 2.2 TR101 (checkDuplicateKeys) for the
// AW33, AW35, AW39 and IO31, in the stylesheet's order.
var keyTypes = []keyType{
	// AW33
	{nsAW33, "Beperking", []string{"Categorie"}},
	{nsAW33, "BeperkingScore", []string{"Vraag"}},
	{nsAW33, "Client", []string{"Bsn"}},
	{nsAW33, "Contact", []string{"Soort"}},
	{nsAW33, "GeindiceerdZorgzwaartepakket", []string{"Ingangsdatum", "ZzpCode"}},
	{nsAW33, "GeindiceerdeFunctie", []string{"FunctieCode", "Ingangsdatum"}},
	{nsAW33, "Indicatie", []string{"Afgiftedatum", "Besluitnummer"}},
	{nsAW33, "Relatie", []string{"Nummer"}},
	{nsAW33, "Stoornis", []string{"DiagnoseCodelijst", "Grondslag", "ZiektebeeldStoornis"}},
	{nsAW33, "StoornisScore", []string{"Vraag"}},
	{nsAW33, "ToegewezenFunctie", []string{"FunctieCode", "Ingangsdatum", "Instelling"}},
	{nsAW33, "ToegewezenZorgzwaartepakket", []string{"Ingangsdatum", "Instelling", "Leveringsvorm", "ZzpCode"}},
	// AW35
	{nsAW35, "Client", []string{"Bsn"}},
	{nsAW35, "GeleverdZorgzwaartepakket", []string{"Begindatum", "Besluitnummer", "Instelling", "Leveringsvorm", "ToewijzingIngangsdatum", "ZzpCode"}},
	{nsAW35, "GeleverdeFunctie", []string{"Begindatum", "Besluitnummer", "FunctieCode", "Instelling", "ToewijzingIngangsdatum"}},
	// AW39
	{nsAW39, "Aanvraag", []string{"Afgiftedatum", "Besluitnummer", "Instelling", "ZzpCode"}},
	{nsAW39, "AanvraagInstelling", []string{"Instelling", "ToewijzingIngangsdatum"}},
	{nsAW39, "Client", []string{"Bsn"}},
	{nsAW39, "MutatieFunctie", []string{"Besluitnummer", "FunctieCode", "Instelling", "Mutatiedatum", "ToewijzingIngangsdatum"}},
	{nsAW39, "MutatieZorgzwaartepakket", []string{"Besluitnummer", "Instelling", "Leveringsvorm", "Mutatiedatum", "ToewijzingIngangsdatum", "ZzpCode"}},
	// IO31
	{nsIO31, "Beperking", []string{"Categorie"}},
	{nsIO31, "BeperkingScore", []string{"Vraag"}},
	{nsIO31, "Client", []string{"Bsn"}},
	{nsIO31, "Contact", []string{"Soort"}},
	{nsIO31, "GeindiceerdZorgzwaartepakket", []string{"Ingangsdatum", "ZzpCode"}},
	{nsIO31, "GeindiceerdeFunctie", []string{"FunctieCode", "Ingangsdatum"}},
	{nsIO31, "Indicatie", []string{"Afgiftedatum", "Besluitnummer"}},
	{nsIO31, "Relatie", []string{"Nummer"}},
	{nsIO31, "Stoornis", []string{"DiagnoseCodelijst", "Grondslag", "ZiektebeeldStoornis"}},
	{nsIO31, "StoornisScore", []string{"Vraag"}},
}

// keyTypeOf returns the index in keyTypes of elements named local in
// namespace k, or -1.
func keyTypeOf(k nsKind, local string) int {
	switch local {
	case "Beperking", "BeperkingScore", "Client", "Contact", "GeindiceerdZorgzwaartepakket",
		"GeindiceerdeFunctie", "Indicatie", "Relatie", "Stoornis", "StoornisScore",
		"ToegewezenFunctie", "ToegewezenZorgzwaartepakket", "GeleverdZorgzwaartepakket",
		"GeleverdeFunctie", "Aanvraag", "AanvraagInstelling", "MutatieFunctie", "MutatieZorgzwaartepakket":
		for t := range keyTypes {
			if keyTypes[t].k == k && keyTypes[t].local == local {
				return t
			}
		}
	}
	return -1
}

// pairLimit is the number of keyed siblings up to which tr101 compares
// every pair; beyond it, it groups them by a hash of their key first.
const pairLimit = 64

// tr101: iWlz-XSLT 2.2 TR101 (checkDuplicateKeys): of the children of i
// of one key type, no two have the same key: the concatenation of
// "<" + normalize-space(text) + ">" of the first child (any namespace)
// named by each key field, an absent field counting as "". Every pair is
// one finding, at both elements.
//
// The key templates match *[aw33:Client] and so on, all at the same
// priority; for an element with children of more than one key type (no
// valid message has one) only one template runs: the last of them in the
// stylesheet, as libxslt chooses.
func (c *checker) tr101(i int32, keys uint64) {
	t := bits.Len64(keys) - 1 // the last key type present
	kt := &keyTypes[t]
	n := 0
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.is(ch, kt.k, kt.local) {
			n++
		}
	}
	if n < 2 {
		return
	}
	if n > pairLimit {
		c.tr101Many(i, kt, n)
		return
	}
	if n <= gatherLimit && len(kt.fields) <= maxKeyFields {
		c.tr101Gathered(i, kt, n)
		return
	}
	for a := c.el[i].FirstChild; a >= 0; a = c.el[a].NextSibling {
		if !c.is(a, kt.k, kt.local) {
			continue
		}
		for b := c.el[a].NextSibling; b >= 0; b = c.el[b].NextSibling {
			if c.is(b, kt.k, kt.local) && c.sameKey(a, b, kt.fields) {
				c.node(a)
				c.node(b)
				c.emit(rTR101)
				if c.rep.Full() {
					return
				}
			}
		}
	}
}

// gatherLimit and maxKeyFields bound tr101Gathered's table, which lives
// on the stack.
const (
	gatherLimit  = 16
	maxKeyFields = 6
)

// keyed is one element's TR101 key, gathered once: the text of each key
// field, whether every one is already in normalize-space form (so that
// two such keys are equal exactly when their texts are), and whether one
// holds '<' or '>' (which can make two different tuples one string).
type keyed struct {
	e      int32
	plain  bool
	angle  bool
	fields [maxKeyFields]string
}

// tr101Gathered is tr101 for a few siblings: it reads each one's key
// fields once (one pass over its children) and then compares the pairs
// in the stylesheet's order, as sameKey does.
func (c *checker) tr101Gathered(i int32, kt *keyType, n int) {
	var ks [gatherLimit]keyed
	m := 0
	for ch := c.el[i].FirstChild; ch >= 0 && m < n; ch = c.el[ch].NextSibling {
		if c.is(ch, kt.k, kt.local) {
			c.gatherKey(ch, kt.fields, &ks[m])
			m++
		}
	}
	nf := len(kt.fields)
	for x := 0; x < m; x++ {
		a := &ks[x]
		for y := x + 1; y < m; y++ {
			b := &ks[y]
			same := true
			for f := 0; f < nf; f++ {
				if a.fields[f] == b.fields[f] {
					continue
				}
				if a.plain && b.plain || !normEqual(a.fields[f], b.fields[f]) {
					same = false
					break
				}
			}
			if !same && (a.angle || b.angle) {
				same = c.keyString(a.e, kt.fields) == c.keyString(b.e, kt.fields)
			}
			if same {
				c.node(a.e)
				c.node(b.e)
				c.emit(rTR101)
				if c.rep.Full() {
					return
				}
			}
		}
	}
}

// gatherKey fills k with the key of element e: for each field the text
// of e's first child of that name (any namespace), "" when absent.
func (c *checker) gatherKey(e int32, fields []string, k *keyed) {
	k.e, k.plain, k.angle = e, true, false
	// A signature of each field (its length and first byte) turns most
	// name comparisons into one comparison of numbers.
	var sig [maxKeyFields]uint32
	for f, name := range fields {
		sig[f] = nameSig(name)
	}
	var seen uint8
	all := uint8(1)<<len(fields) - 1
	for ch := c.el[e].FirstChild; ch >= 0 && seen != all; ch = c.el[ch].NextSibling {
		l := c.el[ch].Local
		ls := nameSig(l)
		for f := range fields {
			if sig[f] == ls && seen&(1<<f) == 0 && l == fields[f] {
				seen |= 1 << f
				k.fields[f] = c.el[ch].Text
				break
			}
		}
	}
	for f := range fields {
		plain, angle := scanKeyText(k.fields[f])
		k.plain = k.plain && plain
		k.angle = k.angle || angle
	}
}

// nameSig is the length of a name and its first byte, as one number.
func nameSig(s string) uint32 {
	if s == "" {
		return 0
	}
	return uint32(len(s))<<8 | uint32(s[0])
}

// scanKeyText reports whether s equals normalize-space(s) (no XML white
// space but single spaces between other characters) and whether it holds
// '<' or '>'.
func scanKeyText(s string) (plain, angle bool) {
	plain = true
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r':
			plain = false
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				plain = false
			}
		case '<', '>':
			angle = true
		}
	}
	return plain, angle
}

// tr101Many is tr101 for many siblings: it sorts them by a hash of their
// key and compares within runs of equal hash, reporting the pairs in the
// stylesheet's order within each run.
func (c *checker) tr101Many(i int32, kt *keyType, n int) {
	type hashed struct {
		h uint64
		e int32
	}
	hs := make([]hashed, 0, n)
	seed := maphash.MakeSeed()
	var mh maphash.Hash
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if !c.is(ch, kt.k, kt.local) {
			continue
		}
		mh.SetSeed(seed)
		for _, f := range kt.fields {
			mh.WriteByte('<')
			writeNormalized(&mh, c.fieldText(ch, f))
			mh.WriteByte('>')
		}
		hs = append(hs, hashed{mh.Sum64(), ch})
	}
	slices.SortFunc(hs, func(a, b hashed) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return int(a.e - b.e)
	})
	for lo := 0; lo < len(hs); {
		hi := lo + 1
		for hi < len(hs) && hs[hi].h == hs[lo].h {
			hi++
		}
		for x := lo; x < hi; x++ {
			for y := x + 1; y < hi; y++ {
				if c.sameKey(hs[x].e, hs[y].e, kt.fields) {
					c.node(hs[x].e)
					c.node(hs[y].e)
					c.emit(rTR101)
					if c.rep.Full() {
						return
					}
				}
			}
		}
		lo = hi
	}
}

// field returns the first child of e named f (any namespace), or -1.
func (c *checker) field(e int32, f string) int32 {
	for ch := c.el[e].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.el[ch].Local == f {
			return ch
		}
	}
	return -1
}

// sameKey reports whether a and b have the same TR101 key string.
func (c *checker) sameKey(a, b int32, fields []string) bool {
	same, angle := true, false
	for _, f := range fields {
		va, vb := c.fieldText(a, f), c.fieldText(b, f)
		if !normEqual(va, vb) {
			same = false
		}
		angle = angle || strings.ContainsAny(va, "<>") || strings.ContainsAny(vb, "<>")
	}
	if same || !angle {
		return same
	}
	// A value with < or > can make two different tuples one string.
	return c.keyString(a, fields) == c.keyString(b, fields)
}

func (c *checker) fieldText(e int32, f string) string {
	if ch := c.field(e, f); ch >= 0 {
		return c.el[ch].Text
	}
	return ""
}

func (c *checker) keyString(e int32, fields []string) string {
	var sb strings.Builder
	for _, f := range fields {
		sb.WriteByte('<')
		sb.WriteString(normalize(c.fieldText(e, f)))
		sb.WriteByte('>')
	}
	return sb.String()
}

// writeNormalized writes normalize-space(s) to h.
func writeNormalized(h *maphash.Hash, s string) {
	sp, started := false, false
	for k := 0; k < len(s); k++ {
		if isXMLSpace(s[k]) {
			sp = started
			continue
		}
		if sp {
			h.WriteByte(' ')
			sp = false
		}
		h.WriteByte(s[k])
		started = true
	}
}
