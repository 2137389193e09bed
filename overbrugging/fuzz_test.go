package overbrugging_test

import (
	"errors"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

// FuzzParseBedrag: never a panic; a rejected text is a *BedragError; an
// accepted one round-trips through String to an Equal amount.
func FuzzParseBedrag(f *testing.F) {
	for _, s := range []string{"12.50", "0", "-3.1", "12,50", "1e3", "", "999999999999.99", "1000000000001", ".5", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := overbrugging.ParseBedrag(s)
		if err != nil {
			var be *overbrugging.BedragError
			if !errors.As(err, &be) || !errors.Is(err, overbrugging.ErrBedrag) {
				t.Fatalf("untyped error %v", err)
			}
		} else {
			back, err := overbrugging.ParseBedrag(b.String())
			if err != nil || !back.Equal(b) {
				t.Fatalf("%q -> %s does not round-trip: %v", s, b, err)
			}
		}
		if _, err := overbrugging.ParseUren(s); err != nil && !errors.Is(err, overbrugging.ErrBedrag) {
			t.Fatalf("untyped error %v", err)
		}
	})
}

// FuzzArrangement: random arrangements on random profiles never panic; a
// failure lists violations; an accepted one fits its budget.
func FuzzArrangement(f *testing.F) {
	f.Add(uint16(753), true, uint8(1), []byte{3, 5, 0, 8, 4, 1, 7, 2, 1})
	f.Add(uint16(808), false, uint8(2), []byte{7, 30, 1, 6, 12, 0})
	f.Fuzz(func(t *testing.T, zzp uint16, dag bool, ctx uint8, raw []byte) {
		tt := exampleTarieven(t)
		m := overbrugging.Regulier
		c := overbrugging.Context(ctx%3 + 0)
		b, err := overbrugging.WeekBudget(allocation.ZZP(zzp), dag, m, nil, tt)
		if err != nil {
			if allocation.AsViolations(err) == nil {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		functies := []allocation.Functie{allocation.FunctiePV, allocation.FunctieVP, allocation.FunctieBGIND, allocation.FunctieBGGRP,
			allocation.FunctieVBTYD, allocation.FunctieBHIND, allocation.FunctieHV}
		var a overbrugging.Arrangement
		a.Context = c
		for i := 0; i+2 < len(raw); i += 3 {
			a.Regels = append(a.Regels, overbrugging.ArrangementRegel{Functie: functies[int(raw[i])%len(functies)],
				Klasse: allocation.Klasse(raw[i+1] % 34), PGB: raw[i+2]&1 == 1, AparteAanvraag: raw[i+2]&2 == 2})
		}
		res, err := overbrugging.CheckArrangement(a, b, tt, nl)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		sum, _ := res.ZIN.Add(res.PGB)
		if sum.Cmp(b.Totaal) > 0 {
			t.Fatalf("accepted %s + %s above budget %s", res.ZIN, res.PGB, b.Totaal)
		}
	})
}
