package vertaaltabel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
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
