// Package golden reads the golden iWlz messages and the official
// stylesheets' verdicts on them (testdata/iwlz, made by
// internal/tools/gengolden) and compares a validator's findings with
// those verdicts. It is used by tests only.
package golden

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Fout is one finding of the official stylesheet.
type Fout struct {
	Code     string   `json:"code"`
	Locaties []string `json:"locaties"`
}

// Message is one golden message with its verdicts.
type Message struct {
	Name      string   `json:"name"`
	About     string   `json:"about"`
	XML       string   `json:"xml"`
	XSD       bool     `json:"xsd"`
	XSDErrors []string `json:"xsdErrors,omitempty"`
	Fouten    []Fout   `json:"fouten"`
}

// Parse reads the content of a golden file (the caller reads the file:
// the package does no I/O).
func Parse(b []byte) ([]Message, error) {
	var ms []Message
	if err := json.Unmarshal(b, &ms); err != nil {
		return nil, fmt.Errorf("golden: %w", err)
	}
	return ms, nil
}

// Codes returns the distinct codes of fouten, sorted.
func Codes(fouten []Fout) []string {
	var out []string
	for _, f := range fouten {
		out = append(out, f.Code)
	}
	return Distinct(out)
}

// Distinct returns the distinct strings of s, sorted.
func Distinct(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return slices.Compact(out)
}

// Only keeps the codes that are in keep.
func Only(codes []string, keep map[string]bool) []string {
	var out []string
	for _, c := range codes {
		if keep[c] {
			out = append(out, c)
		}
	}
	return out
}

// Diff describes how got differs from want ("" when equal): the codes
// missing and the codes extra.
func Diff(want, got []string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, c := range want {
		w[c] = true
	}
	for _, c := range got {
		g[c] = true
	}
	var missing, extra []string
	for c := range w {
		if !g[c] {
			missing = append(missing, c)
		}
	}
	for c := range g {
		if !w[c] {
			extra = append(extra, c)
		}
	}
	if len(missing)+len(extra) == 0 {
		return ""
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return "missing " + strings.Join(missing, ",") + "; extra " + strings.Join(extra, ",")
}
