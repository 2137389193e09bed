package vertaaltabel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

func bedrag(t *testing.T, s string) allocation.Bedrag {
	t.Helper()
	b, err := allocation.ParseBedrag(s)
	require.NoError(t, err)
	return b
}

// TestCheckNegativeTariffs: every tariff of the Context is refused when
// negative (input error "range"), as overbrugging.NewTarieven refuses a
// negative tariff; -100 against -200 is no toegestaan.
func TestCheckNegativeTariffs(t *testing.T) {
	van := allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VG, Dagbesteding: true}
	for _, tc := range []struct {
		name string
		set  func(*vertaaltabel.Context)
	}{
		{"both", func(c *vertaaltabel.Context) {
			c.TariefGeindiceerd, c.TariefInstellingseigen = bedrag(t, "-200"), bedrag(t, "-100")
		}},
		{"geindiceerd", func(c *vertaaltabel.Context) { c.TariefGeindiceerd = bedrag(t, "-0.01") }},
		{"instellingseigen", func(c *vertaaltabel.Context) { c.TariefInstellingseigen = bedrag(t, "-170") }},
		{"exclDagbesteding", func(c *vertaaltabel.Context) { c.TariefGeindiceerdExclDagbesteding = bedrag(t, "-1") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := exampleContext("2014-03-03")
			ctx.TariefGeindiceerdExclDagbesteding = bedrag(t, "150")
			tc.set(&ctx)
			r, err := vertaaltabel.Check(van, allocation.ZZP6VV, ctx, nil)
			require.Error(t, err, "got %s", r.Oordeel)
			assert.True(t, allocation.AsViolations(err).Has(allocation.InputRange), "%v", err)
		})
	}
}

// TestZeroValues calls the methods of each exported type's zero value
// (and a nil *Tabel): each works or returns an error, none panics.
func TestZeroValues(t *testing.T) {
	require.NotPanics(t, func() {
		var r vertaaltabel.Result
		assert.Empty(t, r.Reasons())
		assert.Empty(t, r.Rules())
		var o vertaaltabel.Oordeel
		_ = o.String() + vertaaltabel.Oordeel(200).String()
		for _, tab := range []*vertaaltabel.Tabel{{}, nil} {
			_ = tab.Jaar()
			assert.False(t, tab.Allows(allocation.ZZP5VG, allocation.ZZP6VV))
			_, err := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VG}, allocation.ZZP6VV, exampleContext("2014-03-03"), tab)
			assert.NoError(t, err)
		}
		_, err := vertaaltabel.Check(allocation.GeindiceerdZZP{}, 0, vertaaltabel.Context{}, nil)
		assert.Error(t, err)
		ctx := exampleContext("2014-03-03")
		ctx.Calendar = &calendar.Calendar{}
		_, err = vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP3LVG}, allocation.ZZP5VG, ctx, nil)
		assert.Error(t, err, "a temporary translation needs a calendar with data")
	})
}

// TestReasonsIsACopy: changing the slice Reasons returns changes nothing
// the Result answers later.
func TestReasonsIsACopy(t *testing.T) {
	r, err := vertaaltabel.Check(allocation.GeindiceerdZZP{ZZP: allocation.ZZP4VG}, allocation.ZZP3LVG, exampleContext("2014-03-03"), nil)
	require.NoError(t, err)
	first := r.Reasons()
	require.NotEmpty(t, first)
	want := first[0]
	first[0] = vertaaltabel.Reason{Message: "changed"}
	_ = append(first[:0:len(first)], vertaaltabel.Reason{Message: "appended"})
	assert.Equal(t, want, r.Reasons()[0])
	assert.NotEqual(t, "changed", r.Rules()[0])
}
