package vertaaltabel

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Paar is one allowed translation of a vertaaltabel: the indicated ZZP Van
// may be delivered as the instellingseigen ZZP Naar.
type Paar struct {
	Van, Naar allocation.ZZP
}

// Tabel is the caller's vertaaltabel for one year: the pairs ZN and the
// zorgkantoren publish as allowed (VZ2013 Bijlage E, "op basis van deze
// uitgangspunten is een vertaaltabel opgesteld"). The library ships none
// (the 2013-2026 tables were not found). It is immutable once built. It
// is an allocation.Vertalingen: given as allocation.Context.Vertaaltabel
// (or waitstatus.Verwerking.Vertaaltabel) it makes a regulier toewijzing
// of an instellingseigen ZZP it lists reguliere zorg (VZ2013 4.3.2).
type Tabel struct {
	jaar  int
	pairs map[Paar]struct{}
}

// NewTabel builds the vertaaltabel of jaar; every ZZP must be a COD163 code.
func NewTabel(jaar int, pairs []Paar) (*Tabel, error) {
	var vs allocation.Violations
	t := &Tabel{jaar: jaar, pairs: make(map[Paar]struct{}, len(pairs))}
	for _, p := range pairs {
		if !p.Van.Known() || !p.Naar.Known() {
			verdict.Add(&vs, allocation.COD163, 0, "Paar", p.Van.Code()+"->"+p.Naar.Code(), "geen ZZP van COD163")
			continue
		}
		t.pairs[p] = struct{}{}
	}
	if len(vs) > 0 {
		return nil, vs
	}
	return t, nil
}

// Jaar returns the year of the table.
func (t *Tabel) Jaar() int {
	if t == nil {
		return 0
	}
	return t.jaar
}

// Allows reports whether the table lists van -> naar. The zero Tabel and
// a nil *Tabel list nothing.
func (t *Tabel) Allows(van, naar allocation.ZZP) bool {
	if t == nil {
		return false
	}
	_, ok := t.pairs[Paar{van, naar}]
	return ok
}

// compareTable reports a disagreement between the rules and the table: a
// pair the table lists that a rule forbids, or a pair the rules allow that
// the table does not list. Then the verdict is Tegenstrijdig.
func compareTable(r *Result, van, naar allocation.ZZP, t *Tabel) error {
	if t == nil {
		return nil
	}
	listed := t.Allows(van, naar) || van == naar
	switch {
	case listed && r.Oordeel == Verboden:
		r.add(allocation.Vertaaltabel, "de vertaaltabel staat dit paar toe, maar een regel van Bijlage E verbiedt het", false)
		r.Oordeel = Tegenstrijdig
	case !listed && r.Oordeel != Verboden:
		r.add(allocation.Vertaaltabel, "de regels van Bijlage E laten dit paar toe, maar de vertaaltabel noemt het niet", false)
		r.Oordeel = Tegenstrijdig
	}
	return nil
}
