package waitstatus_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/internal/xsdtest"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// TestRetourAW310: the retour of an AW39 carries each finding's
// retourcode on its mutatie, 0200 elsewhere, and the XSD accepts it.
func TestRetourAW310(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw39.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	var data []byte
	for _, m := range msgs {
		if m.Name == "CD090-status2-without-classificatie" {
			data = []byte(m.XML)
		}
	}
	require.NotNil(t, data)
	m, _, err := waitstatus.DecodeAW39(data)
	require.NoError(t, err)
	rep, err := waitstatus.ValidateAW39(data)
	require.NoError(t, err)
	require.True(t, rep.Has(allocation.CD090), rep.String())
	r, err := waitstatus.RetourAW310(m, rep, allocation.RetourHeader{Identificatie: "AW310-1", Dagtekening: calendar.MustDate("2021-03-16")})
	require.NoError(t, err)
	mut := r.Clienten[0].MutatieZorgzwaartepakketten[0]
	assert.Contains(t, mut.RetourCodes, "D090")
	assert.Contains(t, mut.RetourCodes, "S131", "CS131 from the status side")
	assert.Equal(t, []string{"0200"}, r.Clienten[0].RetourCodes)
	out, err := r.Encode()
	require.NoError(t, err)
	xsdtest.Validate(t, "AW310", out)
	back, brep, err := waitstatus.DecodeAW310(out)
	require.NoError(t, err)
	assert.Empty(t, brep.Findings)
	assert.Equal(t, r, back)

	_, err = waitstatus.RetourAW310(nil, rep, allocation.RetourHeader{})
	require.ErrorIs(t, err, allocation.ErrMessage)
}

// TestRetourAW36: the retour of an AW35 whose geleverde zorgeenheid has
// leveringsstatus 3 (CS062 wants 4) and the XSD accepts it.
func TestRetourAW36(t *testing.T) {
	b, err := os.ReadFile("../internal/docrules/testdata/aw35.xml")
	require.NoError(t, err)
	data := []byte(strings.Replace(string(b), "<aw35:Leveringsstatus>4</aw35:Leveringsstatus>", "<aw35:Leveringsstatus>3</aw35:Leveringsstatus>", 1))
	m, _, err := waitstatus.DecodeAW35(data)
	require.NoError(t, err)
	rep, err := waitstatus.ValidateAW35(data)
	require.NoError(t, err)
	require.True(t, rep.Has(allocation.CS062), rep.String())
	r, err := waitstatus.RetourAW36(m, rep, allocation.RetourHeader{Identificatie: "AW36-1", Dagtekening: calendar.MustDate("2021-03-20")})
	require.NoError(t, err)
	assert.Contains(t, r.Clienten[0].GeleverdeZorgzwaartepakketten[0].RetourCodes, "S062")
	out, err := r.Encode()
	require.NoError(t, err)
	xsdtest.Validate(t, "AW36", out)
}
