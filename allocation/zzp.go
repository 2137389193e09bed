package allocation

import (
	"strconv"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/codes"
)

// ZZP is a zorgzwaartepakket of iWlz code list COD163; its value is the
// official code, so ZZP4VV == 753. The zero value is absent.
//
// The 2013 Voorschrift distinguishes a ZZP with or without behandeling
// and with dagbesteding; those are attributes of the geïndiceerd ZZP
// (GeindiceerdZZP.Behandeling, .Dagbesteding), not codes.
type ZZP uint16

// Sector is the client group of a ZZP.
type Sector uint8

// The sectors of COD163.
const (
	SectorGeen  Sector = iota // the special codes 996-999
	SectorVV                  // verpleging en verzorging
	SectorVG                  // verstandelijk gehandicapten
	SectorLVG                 // licht verstandelijk gehandicapten
	SectorSGLVG               // sterk gedragsgestoorde licht verstandelijk gehandicapten
	SectorLG                  // lichamelijk gehandicapten
	SectorZGvis               // zintuiglijk gehandicapten, visueel
	SectorZGaud               // zintuiglijk gehandicapten, auditief
	SectorGGZB                // GGZ behandeling (voortgezet verblijf)
	SectorGGZC                // GGZ care (beschermd wonen)
	SectorGGZW                // GGZ wonen (from 2021)
)

var sectorNames = [...]string{"", "VV", "VG", "LVG", "SGLVG", "LG", "ZGvis", "ZGaud", "GGZ-B", "GGZ-C", "GGZ-W"}

// String returns the sector as iWlz writes it ("VV", "GGZ-B"; "" for none).
func (s Sector) String() string {
	if int(s) >= len(sectorNames) {
		return "Sector(" + strconv.Itoa(int(s)) + ")"
	}
	return sectorNames[s]
}

// zzpRow is one row of COD163.
type zzpRow struct {
	code        ZZP
	sector      Sector
	level       int
	label, name string
	from, until calendar.Date
}

// zzpIndex maps a code to 1 + its row in zzpRows (0: not a code).
var zzpIndex = func() (idx [1000]uint8) {
	for i, r := range zzpRows {
		idx[r.code] = uint8(i + 1)
	}
	return idx
}()

// zzpLabels maps a normalised label ("4VV", "9VVA", "1GGZC") to its code.
var zzpLabels = func() map[string]ZZP {
	m := make(map[string]ZZP, 2*len(zzpRows))
	for _, r := range zzpRows {
		key, _ := normaliseLabel(r.label)
		m[strings.TrimPrefix(key, "ZZP")] = r.code
	}
	return m
}()

func (z ZZP) row() *zzpRow {
	if z == 0 || z >= 1000 || zzpIndex[z] == 0 {
		return nil
	}
	return &zzpRows[zzpIndex[z]-1]
}

// maxZZPText is the length of the longest text ParseZZP reads: the
// longest label, a "ZZP " in front and two more separators. Longer text is
// refused before any work.
var maxZZPText = func() int {
	n := 0
	for _, r := range zzpRows {
		n = max(n, len(r.label))
	}
	return len("ZZP ") + n + 2
}()

// ParseZZP parses a COD163 code as the standard spells it ("753": no sign,
// no leading zero) or a usual label: "4VV", "4 VV", "VV4", "ZZP 4VV",
// "zzp4vv", "9VV A", "VV9b", "1GGZ-C", "GGZ-C 1", "ZZP0", "ZZPX". ASCII
// case, spaces, hyphens and underscores do not matter; other characters
// (any non-ASCII letter, even one that folds to an ASCII letter in Unicode)
// are refused, and so is text longer than the longest label with a "ZZP "
// in front and two more separators.
func ParseZZP(s string) (ZZP, error) {
	if len(s) > maxZZPText {
		return 0, &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: codes.ClipString(s)}
	}
	if n, ok := decimalDigits(s); ok {
		if z := ZZP(n); s[0] != '0' && n < 1000 && z.row() != nil {
			return z, nil
		}
		return 0, &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: s}
	}
	key, ok := normaliseLabel(s)
	if !ok {
		return 0, &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: s}
	}
	key = strings.TrimPrefix(key, "ZZP")
	if z, ok := zzpLabels[key]; ok {
		return z, nil
	}
	// Sector first ("VV4", "VV9A", "GGZC1"): move the level to the front.
	if i := strings.IndexAny(key, "0123456789"); i > 0 {
		j := i
		for j < len(key) && key[j] >= '0' && key[j] <= '9' {
			j++
		}
		if z, ok := zzpLabels[key[i:j]+key[:i]+key[j:]]; ok {
			return z, nil
		}
	}
	return 0, &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: s}
}

// normaliseLabel returns s in ASCII upper case without spaces, hyphens and
// underscores; false when s holds a byte outside printable ASCII.
func normaliseLabel(s string) (string, bool) {
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x21 && c != ' ' || c > 0x7e:
			return "", false
		case c == ' ' || c == '-' || c == '_':
		default:
			b = append(b, codes.UpperASCII(c))
		}
	}
	return string(b), true
}

// Code returns the official code ("753"), or "" for the zero ZZP.
func (z ZZP) Code() string {
	if z == 0 {
		return ""
	}
	return strconv.Itoa(int(z))
}

// Label returns the short label ("4VV", "9VV B", "ZZP0").
func (z ZZP) Label() string {
	if r := z.row(); r != nil {
		return r.label
	}
	return ""
}

// Name returns the Dutch description of the profile.
func (z ZZP) Name() string {
	if r := z.row(); r != nil {
		return r.name
	}
	return ""
}

// String returns "4VV Beschut wonen met intensieve begeleiding en
// uitgebreide verzorging", or "ZZP(123)" for a value that is no code.
func (z ZZP) String() string {
	if r := z.row(); r != nil {
		return r.label + " " + r.name
	}
	return "ZZP(" + strconv.Itoa(int(z)) + ")"
}

// Sector returns the client group (SectorGeen for 996-999).
func (z ZZP) Sector() Sector {
	if r := z.row(); r != nil {
		return r.sector
	}
	return SectorGeen
}

// Level returns the number of the profile within its sector (4 for 4VV;
// 0 for 996-999).
func (z ZZP) Level() int {
	if r := z.row(); r != nil {
		return r.level
	}
	return 0
}

// Known reports whether z is a COD163 code.
func (z ZZP) Known() bool { return z.row() != nil }

// ValidOn reports whether z is a code valid on d (996 from 2018-04-01;
// 996 and 997 until 2021-01-01; the GGZ W codes 880-888 from 2021-01-01).
func (z ZZP) ValidOn(d calendar.Date) bool {
	r := z.row()
	return r != nil && codes.Covers(r.from, r.until, d)
}

// MarshalText implements encoding.TextMarshaler: the code, empty when absent.
func (z ZZP) MarshalText() ([]byte, error) {
	if z == 0 {
		return []byte{}, nil
	}
	if z.row() == nil {
		return nil, &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: strconv.Itoa(int(z))}
	}
	return []byte(z.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseZZP; empty
// text is absent.
func (z *ZZP) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*z = 0
		return nil
	}
	if len(b) > maxZZPText { // refused before the text is copied
		return &CodeError{List: "COD163", Name: "Zorgzwaartepakket", Input: codes.Clip(b)}
	}
	v, err := ParseZZP(string(b))
	if err != nil {
		return err
	}
	*z = v
	return nil
}

// check adds a COD163 violation when z is present but not valid on d.
func (z ZZP) check(vs *Violations, field string, d calendar.Date, rel Release) {
	if z == 0 || z.ValidOn(d) {
		return
	}
	r := z.row()
	if r == nil {
		vs.add(COD163, rel, field, strconv.Itoa(int(z)), "geen zorgzwaartepakket van COD163")
		return
	}
	vs.add(COD163, rel, field, z.Code(), "zorgzwaartepakket "+r.label+" is op "+d.String()+" niet geldig"+codes.ValidityText(r.from, r.until))
}
