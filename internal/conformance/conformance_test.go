package conformance

import (
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompare(t *testing.T) {
	v := Expect{Value: json.RawMessage(`{"a":[1,"x"]}`)}
	assert.Empty(t, Compare(v, Result{Value: map[string]any{"a": []any{1, "x"}}}))
	assert.Contains(t, Compare(v, Result{Value: map[string]any{"a": []any{2, "x"}}}), "-want +got")
	assert.Contains(t, Compare(v, Result{Violations: []string{"CS003"}}), "got violations")

	e := Expect{Violations: []string{"TR046", "CD073"}}
	assert.Empty(t, Compare(e, Result{Violations: []string{"CD073", "TR046"}}), "violations are a set")
	assert.Contains(t, Compare(e, Result{Violations: []string{"CD073"}}), "violations: want")
	assert.Contains(t, Compare(e, Result{Value: 3}), "violations: want")
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json": {Data: []byte(`{"suite":"s","description":"d","cases":[
			{"id":"x","description":"d","source":"VZ2013 4.2","input":{"op":"o"},"expect":{"value":1}}]}`)},
	}
	files := Load(t, fsys)
	require.Len(t, files, 1)
	assert.Equal(t, "a.json", files[0].Name)
	assert.Equal(t, "x", files[0].Cases[0].ID)
	var in struct{ Op string }
	Decode(t, files[0].Cases[0], &in)
	assert.Equal(t, "o", in.Op)
}
