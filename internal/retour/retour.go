// Package retour fills the retourcodes of an iWlz retour message (AW34,
// AW36, AW310): each record of the retour (a struct with a RetourCodes
// field: Client, Indicatie, a toegewezen zorgeenheid, ...) gets the
// retourcodes of the findings located in it, or the code for "geen
// opmerking" when none is.
package retour

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Finding is what the retour needs of a finding: its retourcode and its
// locations (XPaths as the validation report writes them).
type Finding struct {
	Code     string
	Locaties []string
}

// Fill walks root (a pointer to the retour message value, whose record
// types are named prefix+element, "AW34Client") and sets the RetourCodes
// of every record under /Bericht: the codes of the findings whose location
// lies in it (the deepest record on the location's path), each once in the
// order met, or geen when none. It returns the codes of findings located
// in no record (the header, or a location outside the message).
func Fill(root any, prefix string, findings []Finding, geen string) []string {
	records := map[string]reflect.Value{}
	walk(reflect.ValueOf(root).Elem(), "/Bericht", prefix, records, true)
	var rest []string
	for _, f := range findings {
		if f.Code == "" {
			continue
		}
		placed := false
		for _, loc := range f.Locaties {
			if rc, ok := deepest(records, loc); ok {
				add(rc, f.Code)
				placed = true
			}
		}
		if !placed && !slices.Contains(rest, f.Code) {
			rest = append(rest, f.Code)
		}
	}
	for _, rc := range records {
		if rc.Len() == 0 {
			rc.Set(reflect.ValueOf([]string{geen}))
		}
	}
	return rest
}

// deepest returns the RetourCodes of the record with the longest path that
// is a prefix of loc (step by step).
func deepest(records map[string]reflect.Value, loc string) (reflect.Value, bool) {
	for p := loc; p != "" && p != "/Bericht"; {
		if rc, ok := records[p]; ok {
			return rc, true
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return reflect.Value{}, false
}

func add(rc reflect.Value, code string) {
	cur := rc.Interface().([]string)
	if !slices.Contains(cur, code) {
		rc.Set(reflect.ValueOf(append(cur, code)))
	}
}

// walk records every struct under v (at path p) that has a RetourCodes
// field. top: v is the message root (its Header is not a record).
func walk(v reflect.Value, p, prefix string, records map[string]reflect.Value, top bool) {
	t := v.Type()
	if !top {
		if rc := v.FieldByName("RetourCodes"); rc.IsValid() && rc.Kind() == reflect.Slice {
			records[p] = rc
		}
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || (top && f.Name == "Header") {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Struct:
			walk(fv, p+"/"+f.Name, prefix, records, false)
		case reflect.Pointer:
			if !fv.IsNil() && fv.Elem().Kind() == reflect.Struct {
				walk(fv.Elem(), p+"/"+f.Name, prefix, records, false)
			}
		case reflect.Slice:
			et := f.Type.Elem()
			if et.Kind() != reflect.Struct {
				continue
			}
			// A flattened list: the wrapper element, then the item
			// element named by the item type ("AW34Client" is Client).
			item := strings.TrimPrefix(et.Name(), prefix)
			n := fv.Len()
			for j := 0; j < n; j++ {
				s := ""
				if n > 1 {
					s = "[" + strconv.Itoa(j+1) + "]"
				}
				walk(fv.Index(j), p+"/"+f.Name+"/"+item+s, prefix, records, false)
			}
		}
	}
}
