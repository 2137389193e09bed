package overbrugging_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

// FuzzArrangementRegelJSON: decoding an arrangement line never panics;
// a refusal names a rule or input error (or is a JSON syntax error); an
// accepted line marshals and decodes back to the same line.
func FuzzArrangementRegelJSON(f *testing.F) {
	for _, s := range []string{`{"functie":"31","klasse":"K3","uren":"5,5"}`, `{"uren":""}`, `{"uren":"-1"}`, `{"uren":5}`, `null`, `{"pgb":true,"klasse":"KE1"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var r overbrugging.ArrangementRegel
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			var syn *json.SyntaxError
			var typ *json.UnmarshalTypeError
			if allocation.AsViolations(err) == nil && !errors.As(err, &syn) && !errors.As(err, &typ) {
				t.Fatalf("%q: untyped error %v", s, err)
			}
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%q accepted but does not marshal: %v", s, err)
		}
		var back overbrugging.ArrangementRegel
		if err := json.Unmarshal(out, &back); err != nil || back != r {
			t.Fatalf("%q -> %s does not round-trip: %v", s, out, err)
		}
	})
}

// FuzzArrangement: random arrangements on random profiles never panic; a
// failure lists violations; an accepted one fits its budget.
func FuzzArrangement(f *testing.F) {
	f.Add(uint16(753), true, uint8(1), []byte{3, 5, 0, 8, 4, 1, 7, 2, 1})
	f.Add(uint16(808), false, uint8(2), []byte{7, 30, 1, 6, 12, 0})
	f.Fuzz(func(t *testing.T, zzp uint16, dag bool, soort uint8, raw []byte) {
		tt := exampleTarieven(t)
		m := overbrugging.MethodeRegulier
		c := overbrugging.Arrangementsoort(soort % 3)
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
		a.Soort = c
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

// FuzzNewTarieven: any map never panics; the same map gives the same
// answer twice; an accepted one has only COD732 functies and no negative
// tariff, each readable with Tarief.
func FuzzNewTarieven(f *testing.F) {
	f.Add([]byte{2, 50, 0, 12, 1, 0, 13, 0, 1})
	f.Add([]byte{0, 0, 0, 255, 255, 255})
	f.Fuzz(func(t *testing.T, raw []byte) {
		per := map[allocation.Functie]allocation.Bedrag{}
		for i := 0; i+2 < len(raw); i += 3 {
			b, err := allocation.Cents(int64(int16(uint16(raw[i+1])<<8 | uint16(raw[i+2]))))
			if err != nil {
				t.Fatal(err)
			}
			per[allocation.Functie(raw[i])] = b
		}
		tt, err := overbrugging.NewTarieven(2026, per)
		_, err2 := overbrugging.NewTarieven(2026, per)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("not deterministic: %v / %v", err, err2)
		}
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		for f, b := range per {
			got, ok := tt.Tarief(f)
			if f.Code() == "" || b.IsNegative() || !ok || !got.Equal(b) {
				t.Fatalf("accepted %d = %s: got %s, %v", int(f), b, got, ok)
			}
		}
	})
}

// FuzzUnmarshalText: Methode and Arrangementsoort never panic; a refusal
// is one input violation whose Error() has no raw newline of the input;
// an accepted Arrangementsoort marshals back to the same text.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"regulier", "met-uitloop", "alternatief", "x\nCS003 vals", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m overbrugging.Methode
		var s overbrugging.Arrangementsoort
		errS := s.UnmarshalText(b)
		for _, err := range []error{m.UnmarshalText(b), errS} {
			if err == nil {
				continue
			}
			if len(allocation.AsViolations(err)) != 1 || strings.Contains(err.Error(), "\n") {
				t.Fatalf("%q: %v", b, err)
			}
		}
		if errS == nil {
			if out, err := s.MarshalText(); err != nil || string(out) != string(b) {
				t.Fatalf("%q -> %q, %v", b, out, err)
			}
		}
	})
}
