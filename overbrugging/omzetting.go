package overbrugging

import (
	"maps"
	"slices"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Omzetting is one function of a ZZP in the omzettingstabel.
type Omzetting struct {
	Functie allocation.Functie
	Klasse  allocation.Klasse
	// AlleenMetDagbesteding: the function counts only for the variant of
	// the ZZP with dagbesteding ("ook begeleiding groep").
	AlleenMetDagbesteding bool
}

// OmzettingRij is the row of one ZZP.
type OmzettingRij struct {
	ZZP      allocation.ZZP
	Functies []Omzetting
}

// Omzettingstabel maps a ZZP to functions with klassen (VZ2013 Bijlage A
// "Omzettingstabel"; 4.4.1). It is immutable once built and safe to share.
// The zero table has no rows; a nil *Omzettingstabel has no name and
// Functies refuses it (WeekBudget reads nil as the default table).
type Omzettingstabel struct {
	naam, bron string
	jaar       int
	rows       map[allocation.ZZP][]Omzetting
}

// NewOmzettingstabel builds a table the caller supplies (a zorgkantoor's
// own, or a newer year). Every ZZP must be a COD163 code and appear once,
// every functie/klasse pair must exist (LookupKlasse).
func NewOmzettingstabel(naam, bron string, jaar int, rows []OmzettingRij) (*Omzettingstabel, error) {
	var vs allocation.Violations
	t := &Omzettingstabel{naam: naam, bron: bron, jaar: jaar, rows: make(map[allocation.ZZP][]Omzetting, len(rows))}
	for i, r := range rows {
		field := "Omzettingstabel[" + strconv.Itoa(i) + "]"
		if !r.ZZP.Known() {
			verdict.Add(&vs, allocation.COD163, 0, field, r.ZZP.Code(), "geen ZZP van COD163")
		}
		if _, dup := t.rows[r.ZZP]; dup {
			verdict.Add(&vs, allocation.Omzettingstabel, 0, field, r.ZZP.Code(), "dit ZZP staat twee keer in de tabel")
		}
		for _, o := range r.Functies {
			if _, err := LookupKlasse(o.Functie, o.Klasse); err != nil {
				vs = append(vs, allocation.AsViolations(err)...)
			}
		}
		t.rows[r.ZZP] = append([]Omzetting(nil), r.Functies...)
	}
	if len(vs) > 0 {
		return nil, vs
	}
	return t, nil
}

// defaultTabel is built once from rlz2015BijlageC; the tests check that it
// builds without violations.
var defaultTabel = func() *Omzettingstabel {
	var rows []OmzettingRij
	for _, r := range rlz2015BijlageC {
		var fs []Omzetting
		add := func(f allocation.Functie, base allocation.Klasse, n int8, dag bool) {
			if n >= 0 {
				fs = append(fs, Omzetting{Functie: f, Klasse: base + allocation.Klasse(n), AlleenMetDagbesteding: dag})
			}
		}
		sector := r.zzp.Sector()
		add(allocation.FunctiePV, allocation.K0, r.pv, false)
		add(allocation.FunctieVP, allocation.K0, r.vp, false)
		add(allocation.FunctieBGIND, allocation.K0, r.bgi, false)
		add(allocation.FunctieBGGRP, allocation.KD01-1, r.bgg, sector != allocation.SectorLVG && sector != allocation.SectorSGLVG)
		rows = append(rows, OmzettingRij{ZZP: r.zzp, Functies: fs})
	}
	t, _ := NewOmzettingstabel("Omzettingstabel Rlz 2015 Bijlage C", "Rlz 2015 Bijlage C", 2015, rows)
	return t
}()

// DefaultOmzettingstabel returns the omzettingstabel the library ships:
// Regeling langdurige zorg 2015 Bijlage C (every ZZP to PV/VP/BG-IND/BG-GRP
// klassen). The 2013 Voorschrift's own table was not found; this is the
// nearest official one. GGZ-C, GGZ-W, 9VV A and 996-999 have no row.
func DefaultOmzettingstabel() *Omzettingstabel { return defaultTabel }

// Naam, Bron and Jaar label the table.
func (t *Omzettingstabel) Naam() string {
	if t == nil {
		return ""
	}
	return t.naam
}

// Bron returns the source of the table.
func (t *Omzettingstabel) Bron() string {
	if t == nil {
		return ""
	}
	return t.bron
}

// Jaar returns the year the table holds for.
func (t *Omzettingstabel) Jaar() int {
	if t == nil {
		return 0
	}
	return t.jaar
}

// Functies returns the functions with klassen of z (a copy), for the
// variant with or without dagbesteding. A ZZP without a row is a
// *GeenOmzettingError.
func (t *Omzettingstabel) Functies(z allocation.ZZP, dagbesteding bool) ([]Omzetting, error) {
	if t == nil {
		return nil, verdict.One(allocation.InputMissing, 0, "Omzettingstabel", "", "de omzettingstabel is verplicht")
	}
	row, ok := t.rows[z]
	if !ok {
		return nil, noRow(z, t)
	}
	var out []Omzetting
	for _, o := range row {
		if !o.AlleenMetDagbesteding || dagbesteding {
			out = append(out, o)
		}
	}
	return out, nil
}

// noRow is the answer for a ZZP t has no row for: a *GeenOmzettingError
// that says why and what to do (VZ2013 4.4.1, 4.7, 3.3).
func noRow(z allocation.ZZP, t *Omzettingstabel) error { return geenOmzetting(z, t) }

// Tarieven are the tariffs per function for one year: per hour (PV, VP,
// BG-IND, BH-IND), per dagdeel (BG-GRP) or per etmaal (VBTYD). The caller
// supplies them (NZa or contract tariffs); the library ships none.
type Tarieven struct {
	jaar int
	t    [16]allocation.Bedrag
	set  uint16
}

// NewTarieven returns the tariffs of jaar. Every functie must be a COD732
// code and every tariff not negative; a refusal lists every bad entry, in
// the order of the functie, so that the same input gives the same error.
func NewTarieven(jaar int, per map[allocation.Functie]allocation.Bedrag) (Tarieven, error) {
	out := Tarieven{jaar: jaar}
	var vs allocation.Violations
	for _, f := range slices.Sorted(maps.Keys(per)) {
		b := per[f]
		if f.Code() == "" || int(f) >= len(out.t) {
			verdict.Add(&vs, allocation.COD732, 0, "Functie", strconv.Itoa(int(f)), "onbekende functie: geen code van COD732")
			continue
		}
		if b.IsNegative() {
			verdict.Add(&vs, allocation.Tarieven, 0, f.Code(), b.String(), "een tarief is niet negatief")
			continue
		}
		out.t[f], out.set = b, out.set|1<<f
	}
	if len(vs) > 0 {
		return Tarieven{}, vs
	}
	return out, nil
}

// Jaar returns the year of the tariffs.
func (t Tarieven) Jaar() int { return t.jaar }

// Tarief returns the tariff of f.
func (t Tarieven) Tarief(f allocation.Functie) (allocation.Bedrag, bool) {
	if int(f) >= len(t.t) || t.set&(1<<f) == 0 {
		return allocation.Bedrag{}, false
	}
	return t.t[f], true
}

func (t Tarieven) tarief(f allocation.Functie) (allocation.Bedrag, error) {
	if int(f) >= len(t.t) || t.set&(1<<f) == 0 {
		return allocation.Bedrag{}, verdict.One(allocation.Tarieven, 0, "Functie", f.Code(),
			"geen tarief voor functie "+f.String()+" in "+strconv.Itoa(t.jaar))
	}
	return t.t[f], nil
}
