// Package aliascheck finds strings that point into a byte slice. The
// message validators parse their input without copying it
// (xmltree.Doc.ParseBorrowed); their tests use Find to show that what they
// return (a report, an error) holds no string of that input, which the
// caller may change as soon as the call returns.
package aliascheck

import (
	"fmt"
	"reflect"
	"testing"
	"unsafe"
)

// Find returns the path (in Go syntax, from "v") of the first string in
// v, followed through structs, arrays, slices, maps, pointers and
// interfaces, whose bytes lie in data; "" if there is none.
func Find(v any, data []byte) string {
	if len(data) == 0 {
		return ""
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	w := walker{lo: lo, hi: lo + uintptr(len(data)), seen: map[uintptr]bool{}}
	return w.walk(reflect.ValueOf(v), "v")
}

type walker struct {
	lo, hi uintptr
	seen   map[uintptr]bool
}

func (w *walker) walk(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if len(s) > 0 {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			if p+uintptr(len(s)) > w.lo && p < w.hi {
				return path
			}
		}
	case reflect.Pointer:
		if v.IsNil() || w.seen[v.Pointer()] {
			return ""
		}
		w.seen[v.Pointer()] = true
		return w.walk(v.Elem(), "(*"+path+")")
	case reflect.Interface:
		if !v.IsNil() {
			return w.walk(v.Elem(), path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if p := w.walk(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if p := w.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if p := w.walk(it.Key(), path+"{key}"); p != "" {
				return p
			}
			if p := w.walk(it.Value(), fmt.Sprintf("%s[%v]", path, it.Key())); p != "" {
				return p
			}
		}
	}
	return ""
}

// KeepsNoInput runs validate on each input and fails t when what it
// returns (a report and an error) holds a string of the input, or changes
// when the input is overwritten afterwards. It returns the sum of count
// over the reports, so that the caller can require that the inputs gave
// findings to check.
func KeepsNoInput[R any](t testing.TB, inputs []string, validate func([]byte) (R, error), count func(R) int) int {
	t.Helper()
	total := 0
	for _, in := range inputs {
		data := []byte(in)
		rep, err := validate(data)
		total += count(rep)
		if p := Find([]any{rep, err}, data); p != "" {
			t.Fatalf("%s holds a string of the input\n%s", p, in)
		}
		want := fmt.Sprintf("%+v %v", rep, err)
		for i := range data {
			data[i] = 'X'
		}
		if got := fmt.Sprintf("%+v %v", rep, err); got != want {
			t.Fatalf("the result changed with its input\n%s", in)
		}
	}
	return total
}

// Check fails t when any of vs holds a string of data.
func Check(t testing.TB, data []byte, vs ...any) {
	t.Helper()
	if p := Find(vs, data); p != "" {
		t.Fatalf("%s holds a string of the input", p)
	}
}
