package docrules

import (
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
)

// keyType is a TR101 key: the elements (children named local in
// namespace k of one parent) that may not repeat the same key fields.
type keyType struct {
	k      nsKind
	local  names.ID
	fields []names.ID
}

// keyFieldOf maps, for each key type, a name to 1 + its index in the
// type's fields, 0 for any other name.
var keyFieldOf = func() [][names.Count]int8 {
	tables := make([][names.Count]int8, len(keyTypes))
	for t := range keyTypes {
		for f, n := range keyTypes[t].fields {
			tables[t][n] = int8(f + 1)
		}
	}
	return tables
}()

// keyTypes are the keys of iWlz-XSLT 2.2 TR101 (checkDuplicateKeys) for the
// AW33, AW35, AW39 and IO31, in the stylesheet's order.
var keyTypes = []keyType{
	// AW33
	{nsAW33, names.Beperking, []names.ID{names.Categorie}},
	{nsAW33, names.BeperkingScore, []names.ID{names.Vraag}},
	{nsAW33, names.Client, []names.ID{names.Bsn}},
	{nsAW33, names.Contact, []names.ID{names.Soort}},
	{nsAW33, names.GeindiceerdZorgzwaartepakket, []names.ID{names.Ingangsdatum, names.ZzpCode}},
	{nsAW33, names.GeindiceerdeFunctie, []names.ID{names.FunctieCode, names.Ingangsdatum}},
	{nsAW33, names.Indicatie, []names.ID{names.Afgiftedatum, names.Besluitnummer}},
	{nsAW33, names.Relatie, []names.ID{names.Nummer}},
	{nsAW33, names.Stoornis, []names.ID{names.DiagnoseCodelijst, names.Grondslag, names.ZiektebeeldStoornis}},
	{nsAW33, names.StoornisScore, []names.ID{names.Vraag}},
	{nsAW33, names.ToegewezenFunctie, []names.ID{names.FunctieCode, names.Ingangsdatum, names.Instelling}},
	{nsAW33, names.ToegewezenZorgzwaartepakket, []names.ID{names.Ingangsdatum, names.Instelling, names.Leveringsvorm, names.ZzpCode}},
	// AW35
	{nsAW35, names.Client, []names.ID{names.Bsn}},
	{nsAW35, names.GeleverdZorgzwaartepakket, []names.ID{names.Begindatum, names.Besluitnummer, names.Instelling, names.Leveringsvorm, names.ToewijzingIngangsdatum, names.ZzpCode}},
	{nsAW35, names.GeleverdeFunctie, []names.ID{names.Begindatum, names.Besluitnummer, names.FunctieCode, names.Instelling, names.ToewijzingIngangsdatum}},
	// AW39
	{nsAW39, names.Aanvraag, []names.ID{names.Afgiftedatum, names.Besluitnummer, names.Instelling, names.ZzpCode}},
	{nsAW39, names.AanvraagInstelling, []names.ID{names.Instelling, names.ToewijzingIngangsdatum}},
	{nsAW39, names.Client, []names.ID{names.Bsn}},
	{nsAW39, names.MutatieFunctie, []names.ID{names.Besluitnummer, names.FunctieCode, names.Instelling, names.Mutatiedatum, names.ToewijzingIngangsdatum}},
	{nsAW39, names.MutatieZorgzwaartepakket, []names.ID{names.Besluitnummer, names.Instelling, names.Leveringsvorm, names.Mutatiedatum, names.ToewijzingIngangsdatum, names.ZzpCode}},
	// IO31
	{nsIO31, names.Beperking, []names.ID{names.Categorie}},
	{nsIO31, names.BeperkingScore, []names.ID{names.Vraag}},
	{nsIO31, names.Client, []names.ID{names.Bsn}},
	{nsIO31, names.Contact, []names.ID{names.Soort}},
	{nsIO31, names.GeindiceerdZorgzwaartepakket, []names.ID{names.Ingangsdatum, names.ZzpCode}},
	{nsIO31, names.GeindiceerdeFunctie, []names.ID{names.FunctieCode, names.Ingangsdatum}},
	{nsIO31, names.Indicatie, []names.ID{names.Afgiftedatum, names.Besluitnummer}},
	{nsIO31, names.Relatie, []names.ID{names.Nummer}},
	{nsIO31, names.Stoornis, []names.ID{names.DiagnoseCodelijst, names.Grondslag, names.ZiektebeeldStoornis}},
	{nsIO31, names.StoornisScore, []names.ID{names.Vraag}},
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
		c.tr101Gathered(i, t, n)
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
				if c.full {
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
func (c *checker) tr101Gathered(i int32, t, n int) {
	kt := &keyTypes[t]
	var ks [gatherLimit]keyed
	m := 0
	for ch := c.el[i].FirstChild; ch >= 0 && m < n; ch = c.el[ch].NextSibling {
		if c.is(ch, kt.k, kt.local) {
			c.gatherKey(ch, t, &ks[m])
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
				if c.full {
					return
				}
			}
		}
	}
}

// gatherKey fills k with the key of element e: for each field the text
// of e's first child of that name (any namespace), "" when absent.
func (c *checker) gatherKey(e int32, t int, k *keyed) {
	k.e, k.plain, k.angle = e, true, false
	nf, fieldOf := len(keyTypes[t].fields), &keyFieldOf[t]
	var seen uint8
	all := uint8(1)<<nf - 1
	for ch := c.el[e].FirstChild; ch >= 0 && seen != all; ch = c.el[ch].NextSibling {
		if f := fieldOf[c.el[ch].Name] - 1; f >= 0 && seen&(1<<f) == 0 {
			seen |= 1 << f
			k.fields[f] = c.el[ch].Text
		}
	}
	// Most keys hold neither white space nor an angle bracket: plain,
	// without the closer look of scanKeyText.
	var class uint8
	for f := 0; f < nf; f++ {
		s := k.fields[f]
		for i := 0; i < len(s); i++ {
			class |= keyByte[s[i]]
		}
	}
	if class == 0 {
		return
	}
	for f := 0; f < nf; f++ {
		plain, angle := scanKeyText(k.fields[f])
		k.plain = k.plain && plain
		k.angle = k.angle || angle
	}
}

// keyByte is nonzero for the bytes scanKeyText looks at: XML white space
// and '<' and '>'.
var keyByte = func() (t [256]uint8) {
	for _, c := range " \t\n\r<>" {
		t[c] = 1
	}
	return t
}()

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
					if c.full {
						return
					}
				}
			}
		}
		lo = hi
	}
}

// field returns the first child of e named f (any namespace), or -1.
func (c *checker) field(e int32, f names.ID) int32 {
	for ch := c.el[e].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.el[ch].Name == f {
			return ch
		}
	}
	return -1
}

// sameKey reports whether a and b have the same TR101 key string.
func (c *checker) sameKey(a, b int32, fields []names.ID) bool {
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

func (c *checker) fieldText(e int32, f names.ID) string {
	if ch := c.field(e, f); ch >= 0 {
		return c.el[ch].Text
	}
	return ""
}

func (c *checker) keyString(e int32, fields []names.ID) string {
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
