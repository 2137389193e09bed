package allocation_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/aliascheck"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
)

// TestValidateKeepsNoInput: the validators parse their input without
// copying it, so what they return must hold no string of it (the caller
// may change data once the call returns). Every golden message, valid and
// broken, and a few that are no message at all, are checked string by
// string, report and error, before and after the input is overwritten.
func TestValidateKeepsNoInput(t *testing.T) {
	validators := map[string]func([]byte) (allocation.Report, error){
		"aw33.json": allocation.ValidateAW33,
		"io31.json": allocation.ValidateIO31,
	}
	for file, validate := range validators {
		b, err := os.ReadFile("../testdata/iwlz/" + file)
		require.NoError(t, err)
		msgs, err := golden.Parse(b)
		require.NoError(t, err)
		inputs := []string{"", "<Bericht/>", "<Bericht xmlns='urn:x'/>", "<a><b></a>", "<Bericht xmlns=\"http://www.istandaarden.nl/iwlz/2_9/aw33/schema\"/>"}
		for _, m := range msgs {
			inputs = append(inputs, m.XML)
		}
		findings := aliascheck.KeepsNoInput(t, inputs, validate, func(r allocation.Report) int { return len(r.Findings) })
		require.Greater(t, findings, 300, "%s: the messages have findings to check", file)
	}
}
