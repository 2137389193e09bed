// Package pooltest holds the message validators' pooled values to what a
// new value gives. The validators decode into a value from a pool
// (get<M>), which a previous message filled and put<M> scrubbed: zero but
// for the storage of its slices. Agrees shows, for every golden message,
// after every other, that such a value decodes exactly as a new one, and
// that scrubbing leaves no string or pointer of the message anywhere in
// its storage. It is used by tests only.
package pooltest

import (
	"fmt"
	"io/fs"
	"reflect"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// Messages returns the XML of the golden messages in file, read from
// dir (the caller's view of testdata/iwlz: the package opens no file).
func Messages(t testing.TB, dir fs.FS, file string) [][]byte {
	t.Helper()
	b, err := fs.ReadFile(dir, file)
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := golden.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]byte, len(msgs))
	for i, m := range msgs {
		out[i] = []byte(m.XML)
	}
	return out
}

// Agrees decodes each message into one reused holder p (decodeInto,
// then scrub), a validator's pooled value with its spares, and into a new
// value (decodeNew), in order and then in reverse, so that each message
// follows a different one, and fails t where the two differ (value,
// report or error) or where scrub leaves anything but slice storage
// behind anywhere in p. A slice the pooled value holds empty and the new
// one nil counts as equal: nothing reads the difference.
func Agrees[P, M, R any](t *testing.T, msgs [][]byte, p *P,
	decodeInto func([]byte, *P) (*M, R, error), decodeNew func([]byte) (*M, R, error), scrub func(*P)) {
	t.Helper()
	order := make([]int, 0, 2*len(msgs))
	for i := range msgs {
		order = append(order, i)
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		order = append(order, i)
	}
	decoded := 0
	for _, i := range order {
		got, grep, gerr := decodeInto(msgs[i], p)
		want, wrep, werr := decodeNew(msgs[i])
		if fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("message %d: pooled error %v, new error %v", i, gerr, werr)
		}
		if p := differ(reflect.ValueOf(wrep), reflect.ValueOf(grep), "report"); p != "" {
			t.Fatalf("message %d: the reports of a new and a pooled value differ at %s", i, p)
		}
		if werr == nil {
			decoded++
			if p := differ(reflect.ValueOf(want), reflect.ValueOf(got), "v"); p != "" {
				t.Fatalf("message %d: a new and a pooled value differ at %s", i, p)
			}
		}
		scrub(p)
		if at := Leftover(p); at != "" {
			t.Fatalf("message %d: after scrub, %s is not zero", i, at)
		}
	}
	if decoded < len(msgs) {
		t.Fatalf("only %d of %d decodes without error: the golden file is not read as meant", decoded, 2*len(msgs))
	}
}

// Into returns the decodeInto of Agrees for a pooled holder P whose
// spares and message parts returns: each message is decoded by decode
// (a generated decode<M>) on a decoder of its own whose Spare holds the
// holder's spares, as a validator's get<M> sets it.
func Into[P, M, R any](decode func(*msgxml.Decoder, []byte, *M) (*M, R, error), parts func(*P) (spares any, m *M)) func([]byte, *P) (*M, R, error) {
	return func(b []byte, p *P) (*M, R, error) {
		d := msgxml.Get()
		defer msgxml.Put(d) // Put clears d.Spare
		var m *M
		d.Spare, m = parts(p)
		return decode(d, b, m)
	}
}

// differ returns the path (from "v") of the first place where a and b
// differ, "" where they do not: reflect.DeepEqual for the values decoders
// build (pointers, structs, slices, strings, numbers, booleans), but with
// a nil and an empty slice equal, which nothing reads apart.
func differ(a, b reflect.Value, path string) string {
	if a.Type() != b.Type() {
		return path + " (type)"
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return path
			}
			return ""
		}
		return differ(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if p := differ(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Slice:
		if a.Len() != b.Len() {
			return path + " (length)"
		}
		for i := 0; i < a.Len(); i++ {
			if p := differ(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
		return ""
	case reflect.String:
		if a.String() != b.String() {
			return fmt.Sprintf("%s (%q, %q)", path, a.String(), b.String())
		}
		return ""
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return path
		}
		return ""
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return path
		}
		return ""
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if a.Uint() != b.Uint() {
			return path
		}
		return ""
	}
	return path + " (a kind no decoder builds)"
}

// Leftover returns the path of the first thing in v, followed through
// pointers, structs and every element of a slice's storage (up to its
// capacity, not its length), that is not zero; a slice header itself may
// hold storage. "" when there is none.
func Leftover(v any) string {
	return leftover(reflect.ValueOf(v), "v")
}

func leftover(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Pointer:
		if path == "v" {
			return leftover(v.Elem(), path)
		}
		if !v.IsNil() {
			return path
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if p := leftover(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Slice:
		if v.Len() != 0 {
			return path + " (length)"
		}
		all := v.Slice(0, v.Cap())
		for i := 0; i < all.Len(); i++ {
			if p := leftover(all.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	default:
		if !v.IsZero() {
			return path
		}
	}
	return ""
}

// Storage returns the capacity of every slice in v, followed through
// pointers and structs (not into the slices' elements): zero when v holds
// no storage, so that a test can show a pooled decode used its spares.
func Storage(v any) int {
	return storage(reflect.ValueOf(v))
}

func storage(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			return storage(v.Elem())
		}
	case reflect.Struct:
		n := 0
		for i := 0; i < v.NumField(); i++ {
			n += storage(v.Field(i))
		}
		return n
	case reflect.Slice:
		return v.Cap()
	}
	return 0
}
