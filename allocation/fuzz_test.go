package allocation_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// FuzzParse: every parser and UnmarshalText never panics, rejects with a
// typed *CodeError, and an accepted text round-trips to the same value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"753", "4VV", "VV 9b", "ZZP0", "4", "3,5", "KE7", "KD15", "71", "VBKD", "01", "10",
		"9000", "12345678", "5501", "999999999", "10:15:00", "", "-1", "0", "1234,56", "12.5", "168", "007.05",
		"0753", "VB\u212aD", "1\u017fGLVG", "zzp 9vv-a", "vbkd", strings.Repeat("0", 64) + "753"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		targets := []interface {
			encoding.TextUnmarshaler
			encoding.TextMarshaler
		}{
			new(allocation.ZZP), new(allocation.Leveringsvorm), new(allocation.SoortToewijzing), new(allocation.RedenIntrekking),
			new(allocation.Etmalen), new(allocation.Klasse), new(allocation.Functie), new(allocation.Grondslag),
			new(allocation.VoorkeurClient), new(allocation.JaNee), new(allocation.ExtraKostenThuis),
			new(allocation.ToeslagBeademing), new(allocation.ToeslagOverig), new(allocation.Percentage),
			new(allocation.AGBCode), new(allocation.ZorgkantoorCode), new(allocation.Besluitnummer), new(allocation.Tijd),
			new(allocation.Release), new(allocation.Bedrag), new(allocation.Aantal),
		}
		for k, v := range targets {
			err := v.UnmarshalText([]byte(s))
			if err != nil {
				if allocation.AsViolations(err) == nil {
					t.Fatalf("%T(%q): untyped error %v", v, s, err)
				}
				continue
			}
			text, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%T(%q) accepted but does not marshal: %v", v, s, err)
			}
			// A code type (ZZP .. ToeslagOverig, ZorgkantoorCode) accepts
			// only ASCII, short text, and digits only as the official code.
			if k <= 12 || k == 15 {
				for i := 0; i < len(s); i++ {
					if s[i] > 0x7e {
						t.Fatalf("%T accepted non-ASCII %q", v, s)
					}
				}
				if len(s) > 26 {
					t.Fatalf("%T accepted %d bytes: %q", v, len(s), s)
				}
				if strings.Trim(s, "0123456789") == "" && string(text) != s {
					t.Fatalf("%T accepted %q, which the standard spells %q", v, s, text)
				}
			}
			again := newLike(v)
			if err := again.UnmarshalText(text); err != nil {
				t.Fatalf("%T: %q -> %q does not parse back: %v", v, s, text, err)
			}
			text2, _ := again.MarshalText()
			if string(text2) != string(text) {
				t.Fatalf("%T: %q -> %q -> %q", v, s, text, text2)
			}
		}
	})
}

// newLike returns a new zero value of the same type as v.
func newLike(v encoding.TextMarshaler) interface {
	encoding.TextUnmarshaler
	encoding.TextMarshaler
} {
	switch v.(type) {
	case *allocation.ZZP:
		return new(allocation.ZZP)
	case *allocation.Leveringsvorm:
		return new(allocation.Leveringsvorm)
	case *allocation.SoortToewijzing:
		return new(allocation.SoortToewijzing)
	case *allocation.RedenIntrekking:
		return new(allocation.RedenIntrekking)
	case *allocation.Etmalen:
		return new(allocation.Etmalen)
	case *allocation.Klasse:
		return new(allocation.Klasse)
	case *allocation.Functie:
		return new(allocation.Functie)
	case *allocation.Grondslag:
		return new(allocation.Grondslag)
	case *allocation.VoorkeurClient:
		return new(allocation.VoorkeurClient)
	case *allocation.JaNee:
		return new(allocation.JaNee)
	case *allocation.ExtraKostenThuis:
		return new(allocation.ExtraKostenThuis)
	case *allocation.ToeslagBeademing:
		return new(allocation.ToeslagBeademing)
	case *allocation.ToeslagOverig:
		return new(allocation.ToeslagOverig)
	case *allocation.Percentage:
		return new(allocation.Percentage)
	case *allocation.AGBCode:
		return new(allocation.AGBCode)
	case *allocation.ZorgkantoorCode:
		return new(allocation.ZorgkantoorCode)
	case *allocation.Besluitnummer:
		return new(allocation.Besluitnummer)
	case *allocation.Tijd:
		return new(allocation.Tijd)
	case *allocation.Bedrag:
		return new(allocation.Bedrag)
	case *allocation.Aantal:
		return new(allocation.Aantal)
	}
	return new(allocation.Release)
}

// FuzzNewZorgtoewijzing builds toewijzingen from random field combinations:
// never a panic; every failure is a list of violations with rule ids; a
// valid toewijzing gives its fields back and rebuilds to the same value.
func FuzzNewZorgtoewijzing(f *testing.F) {
	f.Add(uint16(753), uint8(2), uint8(1), uint8(0), uint8(1), int32(5), int32(0), true, true, false, uint16(5501), uint8(0), uint8(0), int32(0))
	f.Add(uint16(753), uint8(4), uint8(1), uint8(0), uint8(0), int32(5), int32(30), true, false, true, uint16(5501), uint8(0), uint8(0), int32(-3000))
	f.Add(uint16(999), uint8(5), uint8(3), uint8(3), uint8(2), int32(-20), int32(-1), false, true, true, uint16(5522), uint8(30), uint8(8), int32(-4500))
	f.Fuzz(func(t *testing.T, zzp uint16, lv, soort, etmalen, opname uint8, ingang, eind int32,
		instelling, dh, czt bool, zk uint16, klasse, reden uint8, shift int32) {
		dagtekening := calendar.MustDate("2026-01-20").AddDays(int(shift))
		indSpec := indicatieSpec()
		indSpec.Afgiftedatum = indSpec.Afgiftedatum.AddDays(int(shift))
		indSpec.Ingangsdatum = indSpec.Ingangsdatum.AddDays(int(shift))
		indSpec.ZZPs[0].Ingangsdatum = indSpec.Ingangsdatum
		ind, err := allocation.NewIndicatie(indSpec, allocation.Context{Dagtekening: dagtekening})
		if err != nil {
			if allocation.AsViolations(err) == nil {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		spec := allocation.ToewijzingSpec{
			ZZP: allocation.ZZP(zzp), Zorgkantoor: allocation.ZorgkantoorCode(zk), Soort: allocation.SoortToewijzing(soort),
			Toewijzingsdatum: dagtekening, Ingangsdatum: indSpec.Ingangsdatum.AddDays(int(ingang)),
			Leveringsvorm: allocation.Leveringsvorm(lv), Etmalen: allocation.Etmalen(etmalen), Opname: allocation.JaNee(opname),
			Klasse: allocation.Klasse(klasse), RedenIntrekking: allocation.RedenIntrekking(reden),
		}
		if eind != 0 {
			spec.Einddatum = spec.Ingangsdatum.AddDays(int(eind))
		}
		if instelling {
			spec.Instelling = agbA
			spec.Percentage, _ = allocation.NewPercentage(100)
		}
		if dh {
			spec.Dossierhouder = agbA
		}
		if czt {
			spec.CoordinatorZorgThuis = agbB
		}
		z, err := allocation.NewZorgtoewijzing(spec, ind, allocation.Context{Dagtekening: dagtekening})
		if err != nil {
			requireViolations(t, err)
			return
		}
		if z.Spec() != spec {
			t.Fatalf("Spec() differs from the input")
		}
		again, err := allocation.NewZorgtoewijzing(z.Spec(), ind, allocation.Context{Dagtekening: dagtekening})
		if err != nil || again != z {
			t.Fatalf("rebuild: %v", err)
		}
		if _, err := allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{z, z}, nil); err == nil && z.Release().IWlz() {
			t.Fatalf("a toewijzing twice is a TR106 overlap")
		}
	})
}

// FuzzNewIndicatie builds indicaties from random zorgeenheden: never a
// panic; a failure lists violations with rule ids; a valid indicatie gives
// its spec back, rebuilds to the same periods, and EndedBy on a later
// besluit never panics.
func FuzzNewIndicatie(f *testing.F) {
	f.Add(uint16(753), uint16(754), uint8(0), uint8(31), int32(0), int32(0), int32(100), int32(-1), uint8(0), uint8(1), int32(0), false)
	f.Add(uint16(999), uint16(0), uint8(30), uint8(71), int32(5), int32(-3), int32(2), int32(40), uint8(3), uint8(0), int32(-4000), true)
	f.Fuzz(func(t *testing.T, z1, z2 uint16, klasse, functie uint8, s1, e1, s2, e2 int32, opslag, grondslag uint8, shift int32, closed bool) {
		base := calendar.MustDate("2022-03-01").AddDays(int(shift))
		spec := allocation.IndicatieSpec{Besluitnummer: 42, Afgiftedatum: base, Ingangsdatum: base.AddDays(int(s1))}
		if grondslag > 0 {
			spec.Grondslagen = []allocation.Grondslag{allocation.Grondslag(grondslag % 9)}
		}
		add := func(z uint16, s, e int32) {
			if z == 0 {
				return
			}
			g := allocation.GeindiceerdZZP{ZZP: allocation.ZZP(z), Ingangsdatum: base.AddDays(int(s)), Klasse: allocation.Klasse(klasse)}
			if e >= 0 {
				g.Einddatum = g.Ingangsdatum.AddDays(int(e))
			}
			spec.ZZPs = append(spec.ZZPs, g)
		}
		add(z1, s1, e1)
		add(z2, s2, e2)
		if functie > 0 {
			spec.Functies = []allocation.GeindiceerdeFunctie{{Functie: allocation.Functie(functie % 13), Ingangsdatum: base.AddDays(int(s2)),
				Einddatum: base.AddDays(int(s2) + 30), Klasse: allocation.Klasse(klasse), Opslag: int(opslag) - 10}}
		}
		if closed {
			spec.Einddatum = base.AddDays(int(e2))
		}
		ind, err := allocation.NewIndicatie(spec, allocation.Context{Dagtekening: base.AddDays(3)})
		if err != nil {
			requireViolations(t, err)
			return
		}
		again, err := allocation.NewIndicatie(ind.Spec(), allocation.Context{Dagtekening: base.AddDays(3)})
		if err != nil || !again.Period().Equal(ind.Period()) {
			t.Fatalf("rebuild: %v", err)
		}
		next := spec
		next.Besluitnummer, next.Ingangsdatum = 43, spec.Ingangsdatum.AddDays(10)
		if n, err := allocation.NewIndicatie(next, allocation.Context{Dagtekening: base.AddDays(3)}); err == nil {
			if _, err := ind.EndedBy(n); err != nil && allocation.AsViolations(err) == nil {
				t.Fatalf("EndedBy: untyped error %v", err)
			}
		}
	})
}

// requireViolations fails unless err is a list of violations, each with a
// rule id and a message.
func requireViolations(t *testing.T, err error) {
	t.Helper()
	vs := allocation.AsViolations(err)
	if len(vs) == 0 {
		t.Fatalf("error without violations: %v", err)
	}
	for _, v := range vs {
		if v.Rule == (allocation.RuleID{}) || v.Message == "" {
			t.Fatalf("violation without rule or message: %+v", v)
		}
	}
}

// FuzzReleaseOfNamespace: a namespace gives a release of the table or a
// *ReleaseError, and an accepted namespace names that release's version.
func FuzzReleaseOfNamespace(f *testing.F) {
	for _, s := range []string{"http://www.istandaarden.nl/iwlz/2_2/aw33/schema", "http://www.istandaarden.nl/iwlz/2_5/x", "", "/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := allocation.ReleaseOfNamespace(s)
		if err != nil {
			if !errors.Is(err, allocation.ErrRelease) || allocation.AsViolations(err) == nil {
				t.Fatalf("%q: untyped error %v", s, err)
			}
			return
		}
		if !r.Valid() || !strings.Contains(s, "/"+r.Info().Namespace+"/") {
			t.Fatalf("%q gave %v", s, r)
		}
		if id, ok := allocation.LookupRule(s); ok && id.Key() == "" {
			t.Fatalf("LookupRule(%q) found a row without key", s)
		}
	})
}
