package pooltest

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

type inner struct {
	S  string
	N  int32
	U  uint8
	B  bool
	Xs []string
}

type outer struct {
	P  *inner
	In inner
	Is []inner
}

func TestDiffer(t *testing.T) {
	a := outer{P: &inner{S: "x"}, Is: []inner{{Xs: nil}}}
	b := outer{P: &inner{S: "x"}, Is: []inner{{Xs: []string{}}}}
	assert.Equal(t, "", differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"), "nil and empty slices are equal")
	b.Is[0].N = 1
	assert.Equal(t, "v.Is[0].N", differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"))
	b.Is[0].N, b.P = 0, nil
	assert.Equal(t, "v.P", differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"))
	b.P = &inner{S: "y"}
	assert.Equal(t, `v.P.S ("x", "y")`, differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"))
	b.P, b.Is = a.P, append(b.Is, inner{})
	assert.Equal(t, "v.Is (length)", differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"))
	b.Is, b.In.B, b.In.U = b.Is[:1], true, 0
	assert.Equal(t, "v.In.B", differ(reflect.ValueOf(a), reflect.ValueOf(b), "v"))
}

func TestLeftover(t *testing.T) {
	v := &outer{Is: make([]inner, 0, 3)}
	assert.Equal(t, "", Leftover(v))
	full := v.Is[:2]
	full[1].Xs = make([]string, 0, 2) // storage alone: scrubbed
	assert.Equal(t, "", Leftover(v))
	full[1].U = 7 // past the length, in the storage
	assert.Equal(t, "v.Is[1].U", Leftover(v))
	full[1].U = 0
	v.P = &inner{}
	assert.Equal(t, "v.P", Leftover(v))
	v.P, v.Is = nil, full
	assert.Equal(t, "v.Is (length)", Leftover(v))
}

func TestStorage(t *testing.T) {
	assert.Equal(t, 0, Storage(&outer{}))
	assert.Equal(t, 5, Storage(&outer{P: &inner{Xs: make([]string, 1, 2)}, Is: make([]inner, 0, 3)}))
}
