package aliascheck

import (
	"errors"
	"testing"
	"unsafe"
)

type inner struct{ S []string }

type outer struct {
	A   string
	In  *inner
	M   map[string]string
	Err error
}

func TestFind(t *testing.T) {
	data := []byte("hello world")
	borrowed := unsafe.String(&data[6], 5) // "world", in data
	own := string(data[6:])                // a copy

	cases := []struct {
		v    any
		want string
	}{
		{outer{A: own, In: &inner{S: []string{own}}, M: map[string]string{own: own}, Err: errors.New(own)}, ""},
		{outer{A: borrowed}, "v.A"},
		{outer{In: &inner{S: []string{own, borrowed}}}, "(*v.In).S[1]"},
		{outer{M: map[string]string{own: borrowed}}, "v.M[world]"},
		{outer{M: map[string]string{borrowed: own}}, "v.M{key}"},
		{&outer{Err: &wrapErr{borrowed}}, "(*(*v).Err).msg"},
		{borrowed[:0], ""},
	}
	for i, c := range cases {
		if got := Find(c.v, data); got != c.want {
			t.Errorf("case %d: Find = %q, want %q", i, got, c.want)
		}
	}
	if got := Find(borrowed, nil); got != "" {
		t.Errorf("Find with no data = %q", got)
	}
}

type wrapErr struct{ msg string }

func (e *wrapErr) Error() string { return e.msg }
