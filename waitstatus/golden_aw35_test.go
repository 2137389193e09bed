package waitstatus_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// TestGoldenAW35: every XSD-valid golden AW35 gets exactly the codes the
// official stylesheet gave it (as a set).
func TestGoldenAW35(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw35.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	res := golden.Compare(msgs, golden.Rules["aw35.json"], func(b []byte) ([]string, error) {
		rep, err := waitstatus.ValidateAW35(b)
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

// TestGoldenXSDAW35: DecodeAW35 shares xmllint's verdict (the official
// XSD) on every golden AW35, valid and deliberately broken.
func TestGoldenXSDAW35(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw35.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	invalid := 0
	for _, m := range msgs {
		if !m.XSD {
			invalid++
		}
	}
	require.Greater(t, invalid, 20, "the golden file has schema-invalid messages")
	for _, d := range golden.XSDDisagree(msgs, func(b []byte) bool {
		_, rep, err := waitstatus.DecodeAW35(b)
		return err != nil || rep.Has(allocation.XSD)
	}) {
		t.Error(d)
	}
}
