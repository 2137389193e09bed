package kortverblijf_test

import (
	"math"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
)

// FuzzKies: any situation gives a werkwijze or violations, never a panic;
// a VBKD werkwijze never has a klasse above KE3, G never below KE4.
func FuzzKies(f *testing.F) {
	f.Add(uint8(1), 24, true, int32(0), false, false)
	f.Add(uint8(2), 300, false, int32(-800), false, true)
	f.Fuzz(func(t *testing.T, ind uint8, perJaar int, regelmatig bool, shift int32, opname, pgb bool) {
		s := kortverblijf.Situatie{Indicatiesoort: kortverblijf.Indicatiesoort(ind % 3), PerJaar: perJaar, Regelmatig: regelmatig,
			Afgiftedatum: calendar.MustDate("2011-01-01").AddDays(int(shift)), Opnamewens: opname, PGB: pgb}
		w, err := kortverblijf.Kies(s)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		if s.Indicatiesoort == kortverblijf.IndicatieVBKD && w.MAZKlasse > allocation.KE3 {
			t.Fatalf("VBKD with %s", w.MAZKlasse.Code())
		}
		if w.ID == "G" && w.MAZKlasse < allocation.KE4 {
			t.Fatalf("G with %s", w.MAZKlasse.Code())
		}
	})
}

// FuzzSchemaA: random stays never panic; an accepted schedule starts with a
// MAZ, ends with a MUT19 or MUT20, and its dates never go back.
func FuzzSchemaA(f *testing.F) {
	f.Add([]byte{0, 1, 30, 1, 33, 0}, true)
	f.Fuzz(func(t *testing.T, raw []byte, terug bool) {
		var stays []calendar.Period
		d := calendar.MustDate("2014-01-04")
		for i := 0; i+1 < len(raw); i += 2 {
			start := d.AddDays(int(raw[i]))
			p, err := calendar.NewPeriod(start, start.AddDays(int(raw[i+1]%5)))
			if err != nil {
				return
			}
			stays = append(stays, p)
			d = start
		}
		bs, err := kortverblijf.SchemaA(stays, terug)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		if bs[0].Soort != kortverblijf.BerichtMAZ || (bs[len(bs)-1].Soort != kortverblijf.BerichtMUT19 && bs[len(bs)-1].Soort != kortverblijf.BerichtMUT20) {
			t.Fatalf("bad schedule %v", bs)
		}
		for i := 1; i < len(bs); i++ {
			if bs[i].Datum.Before(bs[i-1].Datum) {
				t.Fatalf("dates go back: %v", bs)
			}
		}
	})
}

// FuzzKlasseVoor: any average never panics; an accepted one is KE1-KE7
// from at most 366 etmalen a year.
func FuzzKlasseVoor(f *testing.F) {
	f.Add(3, uint8(1))
	f.Add(1<<62+1, uint8(1))
	f.Add(math.MaxInt, uint8(2))
	f.Fuzz(func(t *testing.T, n int, per uint8) {
		g := kortverblijf.Gemiddelde{N: n, Per: kortverblijf.Per(per % 5)}
		k, err := kortverblijf.KlasseVoor(g)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		perJaar, _ := g.PerJaar()
		if n < 1 || perJaar > 366 || k < allocation.KE1 || k > allocation.KE7 {
			t.Fatalf("%+v accepted as %s (%d a year)", g, k.Code(), perJaar)
		}
	})
}

// FuzzVerblijfMetZorgThuis: any numbers never panic; an accepted answer
// has a MAZ of 4 to the klasse's etmalen.
func FuzzVerblijfMetZorgThuis(f *testing.F) {
	f.Add(uint8(allocation.KE7), 4, 2)
	f.Add(uint8(allocation.KE7), 4, math.MaxInt-2)
	f.Fuzz(func(t *testing.T, k uint8, instelling, thuis int) {
		klasse := allocation.Klasse(k)
		z, err := kortverblijf.VerblijfMetZorgThuis(klasse, instelling, thuis)
		if err != nil {
			if len(allocation.AsViolations(err)) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		if z.MAZ < 4 || z.MAZ > klasse.Number() || z.MAZ != instelling+thuis || z.MAZKlasse > klasse {
			t.Fatalf("(%s, %d, %d) accepted as %+v", klasse.Code(), instelling, thuis, z)
		}
	})
}

// FuzzUnmarshalText: Per, Soort and Indicatiesoort never panic; a refusal
// is one input violation whose Error() has no raw newline of the input.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"week", "dtv", "zzp", "x\nCS003 vals", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p kortverblijf.Per
		var s kortverblijf.Soort
		var i kortverblijf.Indicatiesoort
		for _, err := range []error{p.UnmarshalText(b), s.UnmarshalText(b), i.UnmarshalText(b)} {
			if err == nil {
				continue
			}
			if len(allocation.AsViolations(err)) != 1 || strings.Contains(err.Error(), "\n") {
				t.Fatalf("%q: %v", b, err)
			}
		}
	})
}

var sinkW kortverblijf.Werkwijze

func BenchmarkKies(b *testing.B) {
	s := kortverblijf.Situatie{Indicatiesoort: kortverblijf.IndicatieZZP, PerJaar: 104, Afgiftedatum: calendar.MustDate("2014-01-01")}
	b.ReportAllocs()
	for b.Loop() {
		w, err := kortverblijf.Kies(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkW = w
	}
}

func BenchmarkSchemaA12(b *testing.B) {
	var stays []calendar.Period
	d := calendar.MustDate("2014-01-04")
	for i := 0; i < 12; i++ {
		p, _ := calendar.NewPeriod(d, d.AddDays(1))
		stays = append(stays, p)
		d = d.AddDays(35)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kortverblijf.SchemaA(stays, false); err != nil {
			b.Fatal(err)
		}
	}
}
