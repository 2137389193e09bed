// Package aliascheck finds strings that point into a byte slice. The
// message validators parse their input without copying it
// (xmltree.Doc.ParseBorrowed); their tests use Find to show that what they
// return (a report, an error) holds no string of that input, which the
// caller may change as soon as the call returns.
package aliascheck

import (
	"fmt"
	"reflect"
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
