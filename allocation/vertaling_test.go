package allocation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// tabel is a vertaaltabel of fixed pairs, van -> naar.
type tabel map[allocation.ZZP]allocation.ZZP

func (t tabel) Allows(van, naar allocation.ZZP) bool { n, ok := t[van]; return ok && n == naar }

// TestVertaaltabel checks the field and the message of "VZ2013 Bijlage A
// Reguliere zorg" on a regulier toewijzing of 5VV on the 4VV fixture:
// the message names the option when there is none, the pair when the
// table lacks it; the klasse stays bounded by the geïndiceerd klasse.
func TestVertaaltabel(t *testing.T) {
	ind := mustIndicatie(t)
	s := toewijzingSpec(t)
	s.ZZP = allocation.ZZP5VV
	tests := []struct {
		name  string
		tabel allocation.Vertalingen
		field string
		text  string
	}{
		{"no table", nil, "ZzpCode", "Context.Vertaaltabel"},
		{"pair missing", tabel{allocation.ZZP4VV: allocation.ZZP6VV}, "ZzpCode", "staat 4VV naar 5VV niet toe"},
		{"typed nil table", tabel(nil), "ZzpCode", "niet toe"},
		{"pair listed", tabel{allocation.ZZP4VV: allocation.ZZP5VV}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := allocation.NewZorgtoewijzing(s, ind, allocation.Context{Dagtekening: dag, Vertaaltabel: tt.tabel})
			if tt.field == "" {
				require.NoError(t, err)
				return
			}
			vs := allocation.AsViolations(err)
			require.Len(t, vs, 1)
			assert.Equal(t, "VZ2013 Bijlage A Reguliere zorg", vs[0].Rule.String())
			assert.Equal(t, tt.field, vs[0].Field)
			assert.Contains(t, vs[0].Message, tt.text)
		})
	}
}

// TestVertaaltabelAW33 passes the table through ValidateOptions: the
// sample AW33 with its Verblijf line as 6VV on the geïndiceerd 5VV has a
// Reguliere zorg finding without the table and none with it.
func TestVertaaltabelAW33(t *testing.T) {
	m := sampleAW33()
	m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0].ZzpCode = "755"
	data, err := m.Encode()
	require.NoError(t, err)
	rep, err := allocation.ValidateAW33(data)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1, rep.String())
	assert.Equal(t, "VZ2013 Bijlage A Reguliere zorg", rep.Findings[0].Rule.String())
	rep, err = allocation.ValidateAW33With(data, allocation.ValidateOptions{Vertaaltabel: tabel{allocation.ZZP5VV: allocation.ZZP6VV}})
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, rep.String())
}
