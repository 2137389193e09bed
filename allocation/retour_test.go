package allocation_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/internal/xsdtest"
)

func goldenMessage(t *testing.T, file, name string) []byte {
	b, err := os.ReadFile("../testdata/iwlz/" + file)
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	for _, m := range msgs {
		if m.Name == name {
			return []byte(m.XML)
		}
	}
	t.Fatalf("no golden message %s", name)
	return nil
}

// TestRetourAW34: the retour carries each finding's retourcode on the
// record it is located in, 0200 on the others, the AW33's identification
// as the retour's, and the XSD accepts it.
func TestRetourAW34(t *testing.T) {
	data := goldenMessage(t, "aw33.json", "CD050-mpt-without-czt")
	m, _, err := allocation.DecodeAW33(data)
	require.NoError(t, err)
	rep, err := allocation.ValidateAW33(data)
	require.NoError(t, err)
	require.True(t, rep.Has(allocation.CD050), rep.String())
	r, err := allocation.RetourAW34(m, rep, allocation.RetourHeader{Identificatie: "AW34-1", Dagtekening: calendar.MustDate("2021-03-16")})
	require.NoError(t, err)
	assert.Equal(t, m.Header.BerichtIdentificatie.Identificatie, r.Header.IdentificatieRetour)
	assert.Equal(t, m.Header.Afzender, r.Header.Afzender) // the retour repeats the heenbericht's parties (iWlz-XSD 2.2 AW34 Header)
	assert.Equal(t, []string{"0200"}, r.Header.RetourCodes)
	c := r.Clienten[0]
	assert.Equal(t, []string{"0200"}, c.RetourCodes)
	assert.Equal(t, []string{"0200"}, c.Indicatie.RetourCodes)
	var codes []string
	for _, z := range c.Indicatie.ToegewezenZorgzwaartepakketten {
		codes = append(codes, z.RetourCodes...)
	}
	assert.Contains(t, codes, "D050")
	out, err := r.Encode()
	require.NoError(t, err)
	xsdtest.Validate(t, "AW34", out)
	back, brep, err := allocation.DecodeAW34(out)
	require.NoError(t, err)
	assert.Empty(t, brep.Findings)
	assert.Equal(t, r, back)

	// A message that breaks its XSD is refused in the header (0001).
	rep.Findings = append(rep.Findings, allocation.Finding{Rule: allocation.XSD.In(allocation.IWlz22), Locaties: []string{"/Bericht/Clienten/Client/Bsn"}})
	r, err = allocation.RetourAW34(m, rep, allocation.RetourHeader{Identificatie: "AW34-2", Dagtekening: calendar.MustDate("2021-03-16")})
	require.NoError(t, err)
	assert.Equal(t, []string{"0001"}, r.Header.RetourCodes)

	_, err = allocation.RetourAW34(m, rep, allocation.RetourHeader{})
	require.ErrorIs(t, err, allocation.ErrMessage)
	_, err = allocation.RetourAW34(nil, rep, allocation.RetourHeader{Identificatie: "x", Dagtekening: calendar.MustDate("2021-03-16")})
	require.ErrorIs(t, err, allocation.ErrMessage)
}
