package allocation_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
)

func codes(rep allocation.Report, err error) ([]string, error) { return rep.Codes(), err }

// goldenAgrees: every XSD-valid golden message gets exactly the codes the
// official stylesheet gave it, compared as sets (the library reports a
// group of overlapping lines once, the stylesheet each pair).
func goldenAgrees(t *testing.T, file string, rules []string, validate func([]byte) ([]string, error)) {
	b, err := os.ReadFile("../testdata/iwlz/" + file)
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	res := golden.Compare(msgs, rules, validate)
	require.Greater(t, res.Compared, 300, "the golden file has its messages")
	for i, d := range res.Disagree {
		if i == 20 {
			break
		}
		t.Error(d)
	}
	t.Log(res.Summary())
}

func TestGoldenAW33(t *testing.T) {
	goldenAgrees(t, "aw33.json", golden.Rules["aw33.json"], func(b []byte) ([]string, error) { return codes(allocation.ValidateAW33(b)) })
}

func TestGoldenIO31(t *testing.T) {
	goldenAgrees(t, "io31.json", golden.Rules["io31.json"], func(b []byte) ([]string, error) { return codes(allocation.ValidateIO31(b)) })
}

// TestGoldenXSD: the decoders share xmllint's verdict (the official XSD)
// on every golden message, valid and deliberately broken.
func TestGoldenXSD(t *testing.T) {
	for _, f := range []string{"aw33.json", "io31.json"} {
		b, err := os.ReadFile("../testdata/iwlz/" + f)
		require.NoError(t, err)
		msgs, err := golden.Parse(b)
		require.NoError(t, err)
		faults := func(b []byte) bool {
			var rep allocation.Report
			if f == "aw33.json" {
				_, rep, err = allocation.DecodeAW33(b)
			} else {
				_, rep, err = allocation.DecodeIO31(b)
			}
			return err != nil || rep.Has(allocation.XSD)
		}
		for _, d := range golden.XSDDisagree(msgs, faults) {
			t.Error(f, d)
		}
	}
}
