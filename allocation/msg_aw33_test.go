package allocation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/xsdtest"
)

func TestAW33EncodeValidDecode(t *testing.T) {
	m := sampleAW33()
	data, err := m.Encode()
	require.NoError(t, err)
	got, rep, err := allocation.DecodeAW33(data)
	require.NoError(t, err)
	require.Empty(t, rep.Findings, "%s\n%s", rep.String(), data)
	require.Empty(t, cmp.Diff(m, got))
	xsdtest.Validate(t, "AW33", data)
}
