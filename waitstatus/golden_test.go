package waitstatus_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// TestGoldenAW39: every XSD-valid golden AW39 gets exactly the codes the
// official stylesheet gave it (as a set).
func TestGoldenAW39(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw39.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	res := golden.Compare(msgs, golden.Rules["aw39.json"], func(b []byte) ([]string, error) {
		rep, err := waitstatus.ValidateAW39(b)
		return rep.Codes(), err
	})
	require.Greater(t, res.Compared, 300, "the golden file has its messages")
	for i, d := range res.Disagree {
		if i == 20 {
			break
		}
		t.Error(d)
	}
	t.Log(res.Summary())
}

// TestGoldenXSD: DecodeAW39 shares xmllint's verdict (the official XSD)
// on every golden AW39, valid and deliberately broken.
func TestGoldenXSD(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw39.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	for _, d := range golden.XSDDisagree(msgs, func(b []byte) bool {
		_, rep, err := waitstatus.DecodeAW39(b)
		return err != nil || rep.Has(allocation.XSD)
	}) {
		t.Error(d)
	}
}
