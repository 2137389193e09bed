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

// Result is the outcome of comparing a validator with the golden verdicts
// of one file.
type Result struct {
	Messages, Compared int            // messages in the file, XSD-valid ones compared
	Disagree           []string       // "name (about): missing ...; extra ..."
	PerRule            map[string]int // messages disagreeing on each rule
}

// Compare runs validate (the codes of a message's findings, or an error)
// on every XSD-valid message of msgs and compares the distinct codes it
// gives on rules with the stylesheet's distinct codes. An error counts as
// a disagreement.
func Compare(msgs []Message, rules []string, validate func([]byte) ([]string, error)) Result {
	keep := map[string]bool{}
	for _, r := range rules {
		keep[r] = true
	}
	res := Result{Messages: len(msgs), PerRule: map[string]int{}}
	for _, m := range msgs {
		if !m.XSD {
			continue
		}
		res.Compared++
		codes, err := validate([]byte(m.XML))
		if err != nil {
			res.Disagree = append(res.Disagree, m.Name+": "+err.Error())
			continue
		}
		want := Codes(m.Fouten)
		got := Only(Distinct(codes), keep)
		if d := Diff(want, got); d != "" {
			res.Disagree = append(res.Disagree, m.Name+" ("+m.About+"): "+d)
			for _, f := range strings.FieldsFunc(d, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
				if keep[f] {
					res.PerRule[f]++
				}
			}
		}
	}
	return res
}

// Summary is one line: counts and the disagreements per rule.
func (r Result) Summary() string {
	var rs []string
	for k, n := range r.PerRule {
		rs = append(rs, fmt.Sprintf("%s:%d", k, n))
	}
	sort.Strings(rs)
	return fmt.Sprintf("%d of %d XSD-valid messages (of %d) disagree; per rule: %s", len(r.Disagree), r.Compared, r.Messages, strings.Join(rs, " "))
}

// XSDDisagree lists the messages whose schema verdict (xmllint against the
// official XSD) the decoder does not share: xsdFaults tells whether the
// decoder found a schema fault (an error counts as one).
func XSDDisagree(msgs []Message, xsdFaults func([]byte) bool) []string {
	var out []string
	for _, m := range msgs {
		if got := xsdFaults([]byte(m.XML)); got == m.XSD {
			verdict := "accepts"
			if !m.XSD {
				verdict = "refuses"
			}
			out = append(out, m.Name+": xmllint "+verdict+" it, the decoder does not")
		}
	}
	return out
}

// Rules are the rules each official stylesheet includes (iWlz-XSLT 2.2
// AW33, AW39, IO31, AW35: their xsl:include lists), keyed by the golden
// file of the message.
var Rules = map[string][]string{
	"aw33.json": strings.Fields(`CD005 CD007 CD009 CD016 CD017 CD022 CD025 CD029 CD034 CD040 CD050 CD051
CD052 CD070 CD072 CD073 CS002 CS003 CS012 CS014 CS023 CS035 CS050 CS069 CS072 CS074 CS089 CS092
CS107 CS123 CS132 TR002 TR004 TR005 TR006 TR008 TR010 TR014 TR015 TR016 TR021 TR034 TR035 TR037
TR042 TR057 TR061 TR065 TR077 TR082 TR097 TR101 TR106 TR119 TR124`),
	"aw35.json": strings.Fields(`CD004 CD005 CD007 CD025 CD051 CD072 CS002 CS023 CS058 CS062 CS074 CS088
CS089 CS127 TR002 TR008 TR010 TR034 TR039 TR042 TR064 TR097 TR100 TR101`),
	"aw39.json": strings.Fields(`CD005 CD007 CD020 CD025 CD040 CD047 CD048 CD050 CD051 CD052 CD072
CD073 CD074 CD090 CS002 CS003 CS023 CS050 CS058 CS072 CS074 CS089 CS127 CS131 CS133 TR002 TR018
TR040 TR041 TR042 TR046 TR064 TR066 TR097 TR100 TR101 TR106 TR120 TR127`),
	"io31.json": strings.Fields(`CD005 CD007 CD009 CD016 CD017 CD022 CD025 CD029 CD034 CD070 CS002 CS003
CS012 CS014 CS023 CS035 CS050 CS069 CS074 CS089 CS092 CS107 CS113 CS123 TR002 TR004 TR005 TR006
TR008 TR010 TR014 TR015 TR034 TR035 TR042 TR057 TR061 TR097 TR101`),
}

// Coverage reports, for rule id, whether some XSD-valid message of msgs
// breaks it by the stylesheet's verdict (violating) and whether some
// XSD-valid message does not (passing).
func Coverage(msgs []Message, id string) (violating, passing bool) {
	for _, m := range msgs {
		if !m.XSD {
			continue
		}
		has := false
		for _, f := range m.Fouten {
			has = has || f.Code == id
		}
		violating, passing = violating || has, passing || !has
	}
	return violating, passing
}
