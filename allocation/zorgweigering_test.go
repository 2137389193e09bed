package allocation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// stopzetting is a complete zorgbeëindiging (the conformance case
// zw-beeindiging-compleet).
func stopzetting() allocation.ZorgweigeringZaak {
	d := calendar.MustDate
	return allocation.ZorgweigeringZaak{
		Soort:                    allocation.Beeindiging,
		Gronden:                  []allocation.WeigeringGrond{allocation.GrondNietNakomen},
		Zorgstart:                d("2025-06-01"),
		Waarschuwingen:           []calendar.Date{d("2026-01-12"), d("2026-02-02")},
		MultidisciplinairOverleg: d("2026-02-09"),
		AfwegingGroepsbewoners:   true,
		AfwegingAandoening:       true,
		MededelingClient:         d("2026-02-16"),
		Verzoek:                  d("2026-02-16"),
		DossierBijgevoegd:        true,
		VoorstelContinuiteit:     true,
		ClientGehoord:            d("2026-02-20"),
		Besluit:                  d("2026-03-09"),
		Beslissing:               allocation.Toegestaan,
		BesluitAanClient:         d("2026-03-10"),
		ZorgGestopt:              d("2026-03-31"),
		Overdracht:               d("2026-04-01"),
	}
}

func TestCheckZorgweigeringComplete(t *testing.T) {
	u, err := allocation.CheckZorgweigering(stopzetting(), conformance.Netherlands(), calendar.MustDate("2026-04-02"))
	require.NoError(t, err)
	assert.True(t, u.Houdt)
	assert.Empty(t, u.Violations)
	assert.Equal(t, calendar.MustDate("2026-03-09"), u.BesluitUiterlijk)
	assert.Equal(t, calendar.MustDate("2026-04-20"), u.BezwaarUiterlijk)
	assert.True(t, u.ZorgVoortzetten)
	assert.Equal(t, calendar.MustDate("2026-03-31"), u.ZorgVoortzettenTot)
}

// TestCheckZorgweigeringInput: what is no case is an error, every input
// fault at once; nothing panics and nothing is skipped silently.
func TestCheckZorgweigeringInput(t *testing.T) {
	nl := conformance.Netherlands()
	today := calendar.MustDate("2026-04-02")

	_, err := allocation.CheckZorgweigering(stopzetting(), nil, today)
	require.Error(t, err)
	assert.ErrorIs(t, err, allocation.ErrInput)
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())

	_, err = allocation.CheckZorgweigering(allocation.ZorgweigeringZaak{}, nil, calendar.Date{})
	vs := allocation.AsViolations(err)
	require.Len(t, vs, 3, "cal, today and Soort")
	for _, v := range vs {
		assert.True(t, v.IsInput(), v.String())
	}

	z := stopzetting()
	z.Soort = allocation.WeigeringSoort(9)
	z.Gronden = append(z.Gronden, 0, allocation.WeigeringGrond(40))
	z.Beslissing = allocation.Beslissing(7)
	z.Bezwaar = calendar.MustDate("2026-04-03")
	_, err = allocation.CheckZorgweigering(z, nl, today)
	vs = allocation.AsViolations(err)
	assert.Equal(t, []string{"VZ2013 6.1", "range"}, vs.Rules())
	require.Len(t, vs, 5, "soort, two gronden, beslissing, bezwaar after today: %v", vs)
	assert.ErrorIs(t, err, allocation.ErrInvalid)
	assert.Equal(t, "Gronden[2]", vs[2].Field)

	// A step outside the calendar's years is the calendar's error.
	z = stopzetting()
	z.Verzoek = calendar.MustDate("2003-02-03")
	_, err = allocation.CheckZorgweigering(z, nl, today)
	assert.Equal(t, []string{"out-of-range"}, allocation.AsViolations(err).Rules())
}

// TestCheckZorgweigeringEveryViolation: a case that skips every step
// reports each, with a field and a Dutch message, and the outcome does not
// hold.
func TestCheckZorgweigeringEveryViolation(t *testing.T) {
	z := allocation.ZorgweigeringZaak{Soort: allocation.Beeindiging, ZorgGestopt: calendar.MustDate("2026-03-01")}
	u, err := allocation.CheckZorgweigering(z, conformance.Netherlands(), calendar.MustDate("2026-03-02"))
	require.NoError(t, err)
	assert.False(t, u.Houdt)
	assert.Equal(t, []string{
		"VZ2013 6.1", "VZ2013 6.1 continuiteit", "VZ2013 6.3", "VZ2013 6.3 afwegingen",
		"VZ2013 6.4 beslissing", "VZ2013 6.4 continuiteit", "VZ2013 6.4 dossier", "VZ2013 6.4 mededeling",
		"VZ2013 6.4 multidisciplinair", "VZ2013 6.4 verzoek", "VZ2013 6.4 waarschuwing",
	}, u.Violations.Rules())
	for _, v := range u.Violations {
		assert.NotEmpty(t, v.Field, v.String())
		assert.NotEmpty(t, v.Message, v.String())
		assert.Equal(t, allocation.KindVoorschrift, v.Rule.Kind(), v.String())
		assert.Contains(t, v.Rule.Source(), "VZ2013 6.", v.String())
	}
	assert.ErrorIs(t, u.Violations, allocation.ErrInvalid)
	assert.True(t, u.BesluitUiterlijk.IsZero(), "no verzoek, no term")
	assert.True(t, u.ZorgVoortzettenTot.IsZero(), "no overdracht, open")
}

// TestCheckZorgweigeringDoesNotChangeTheCase: the case's slices are the
// caller's; the check reads them only.
func TestCheckZorgweigeringDoesNotChangeTheCase(t *testing.T) {
	z := stopzetting()
	before := fmt.Sprint(z)
	_, err := allocation.CheckZorgweigering(z, conformance.Netherlands(), calendar.MustDate("2026-04-02"))
	require.NoError(t, err)
	assert.Equal(t, before, fmt.Sprint(z))
}

func TestWeigeringText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want allocation.WeigeringSoort
	}{{"", 0}, {"weigering", allocation.Weigering}, {"zorgweigering", allocation.Weigering},
		{"beeindiging", allocation.Beeindiging}, {"beëindiging", allocation.Beeindiging}, {"zorgbeëindiging", allocation.Beeindiging}} {
		s, err := allocation.ParseWeigeringSoort(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, s, c.in)
	}
	_, err := allocation.ParseWeigeringSoort("Weigering")
	var ce *allocation.CodeError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "VZ2013 6.1", ce.List)

	for g := allocation.GrondZwaarwegend; g <= allocation.GrondNietNakomen; g++ {
		text, err := g.MarshalText()
		require.NoError(t, err)
		back, err := allocation.ParseWeigeringGrond(string(text))
		require.NoError(t, err)
		assert.Equal(t, g, back)
		assert.NotContains(t, g.String(), "WeigeringGrond(")
	}
	for _, bad := range []string{"", "Bedreiging", "wraak"} {
		_, err := allocation.ParseWeigeringGrond(bad)
		assert.Equal(t, []string{"VZ2013 6.1"}, allocation.AsViolations(err).Rules(), bad)
	}
	_, err = allocation.WeigeringGrond(0).MarshalText()
	assert.Error(t, err)
	_, err = allocation.WeigeringSoort(3).MarshalText()
	assert.Error(t, err)

	// The case round-trips through JSON.
	raw, err := json.Marshal(stopzetting())
	require.NoError(t, err)
	var back allocation.ZorgweigeringZaak
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.Equal(t, fmt.Sprint(stopzetting()), fmt.Sprint(back))

	var b allocation.Beslissing
	err = b.UnmarshalText([]byte("misschien"))
	assert.Equal(t, []string{"unreadable"}, allocation.AsViolations(err).Rules())
	_, err = allocation.Beslissing(5).MarshalText()
	assert.True(t, errors.Is(err, allocation.ErrInput))
}

// FuzzWeigeringText: the text types of chapter 6 never panic, fail only
// with an error that names a rule, and round-trip what they accept.
func FuzzWeigeringText(f *testing.F) {
	for _, s := range []string{"", "weigering", "beeindiging", "beëindiging", "bedreiging", "niet-nakomen", "toegestaan", "afgewezen", "x\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}{new(allocation.WeigeringSoort), new(allocation.WeigeringGrond), new(allocation.Beslissing)} {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				if allocation.AsViolations(err) == nil {
					t.Fatalf("%T(%q): untyped error %v", v, s, err)
				}
				continue
			}
			text, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%T(%q) accepted but does not marshal: %v", v, s, err)
			}
			again := fmt.Sprint(v)
			if err := v.UnmarshalText(text); err != nil || fmt.Sprint(v) != again {
				t.Fatalf("%T(%q): %q does not round-trip (%v)", v, s, text, err)
			}
		}
	})
}

func ExampleCheckZorgweigering() {
	nl, err := calendar.Netherlands()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := calendar.MustDate
	// A zorgaanbieder asks to stop the care of a client who threatened
	// its staff; the zorgkantoor has not decided yet.
	zaak := allocation.ZorgweigeringZaak{
		Soort:                    allocation.Beeindiging,
		Gronden:                  []allocation.WeigeringGrond{allocation.GrondBedreiging},
		Zorgstart:                d("2025-09-01"),
		Waarschuwingen:           []calendar.Date{d("2026-02-02")},
		MultidisciplinairOverleg: d("2026-02-05"),
		AfwegingGroepsbewoners:   true,
		MededelingClient:         d("2026-02-09"),
		Verzoek:                  d("2026-02-10"),
		DossierBijgevoegd:        true,
	}
	u, err := allocation.CheckZorgweigering(zaak, nl, d("2026-02-12"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("procedure houdt:", u.Houdt)
	fmt.Println("besluit uiterlijk:", u.BesluitUiterlijk)
	fmt.Println("zorg voortzetten:", u.ZorgVoortzetten)
	for _, v := range u.Violations {
		fmt.Println(v.Rule, v.Field, "-", v.Message)
	}
	// Output:
	// procedure houdt: false
	// besluit uiterlijk: 2026-03-03
	// zorg voortzetten: true
	// VZ2013 6.3 afwegingen AfwegingAandoening - de besluitvorming weegt of het gedrag van de cliënt (mede) door zijn aandoening wordt veroorzaakt
	// VZ2013 6.4 continuiteit VoorstelContinuiteit - aan het verzoek is een voorstel toegevoegd hoe de continuïteit van de zorg is geregeld tot de beslissing
}

func ExampleParseWeigeringSoort() {
	for _, s := range []string{"weigering", "zorgbeëindiging", "opzegging"} {
		soort, err := allocation.ParseWeigeringSoort(s)
		if err != nil {
			fmt.Println(allocation.RuleOf(err))
			continue
		}
		fmt.Println(soort)
	}
	// Output:
	// zorgweigering
	// zorgbeëindiging
	// VZ2013 6.1 true
}

func ExampleParseWeigeringGrond() {
	for _, s := range []string{"instellingsvreemd-zzp", "hygiene", "wachtlijst-vol"} {
		g, err := allocation.ParseWeigeringGrond(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(g)
	}
	// Output:
	// instellingsvreemd ZZP
	// hygiënische omstandigheden
	// allocation: "wachtlijst-vol" is not a valid grond voor zorgweigering of zorgbeëindiging (VZ2013 6.1)
}
