// Package conformance loads and runs the library's conformance data: the
// JSON files in <package>/testdata/conformance that any implementation, in
// any language, can run.
//
// File format (the JSON Schema testdata/conformance/schema.json at the root
// of the module describes it; a test validates every file against it):
//
//	{"suite": "calendar/werkdagen", "description": "...", "cases": [
//	  {"id": "check-2026-05-13-plus-2",          // stable, never reused
//	   "description": "...",
//	   "source": "Atw art. 3 lid 3; ...",          // a SOURCES.md key, then section, row or rule id
//	   "rules": ["Atw art. 3 lid 1", ...],         // optional: the rules a passing case exercises
//	   "release": "iWlz 2.2",                      // optional: the rule set the case is judged by
//	   "input": {"op": "add_werkdagen", ...},
//	   "expect": {"value": "2026-05-19"}}          // or {"violations": ["CODE", ...]}
//	]}
//
// Dates and money are strings. Violations are stable codes (rule ids such
// as "CS003" or error codes such as "out-of-range"), compared as sets.
// Sources cite the public documents listed in SOURCES.md at the root of
// the module by their key.
//
// The package only reads from an fs.FS the test hands it (os.DirFS in the
// test file), so it does no I/O of its own.
package conformance

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// File is one conformance file.
type File struct {
	Name        string `json:"-"`
	Suite       string `json:"suite"`
	Description string `json:"description"`
	Cases       []Case `json:"cases"`
}

// Case is one conformance case.
type Case struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Source      string `json:"source"`
	// Rules lists the rule ids a passing case exercises, spelled as the
	// violating cases of the suite spell them ("TR046", "VZ2013 4.4.1").
	Rules []string `json:"rules,omitempty"`
	// Release optionally names the rule set the case is judged by.
	Release string          `json:"release,omitempty"`
	Input   json.RawMessage `json:"input"`
	Expect  Expect          `json:"expect"`
}

// Expect holds either the expected value or the expected violations.
type Expect struct {
	Value      json.RawMessage `json:"value,omitempty"`
	Violations []string        `json:"violations,omitempty"`
}

// Result is what an implementation produced for a case: a value (any
// JSON-marshalable Go value) or violation codes.
type Result struct {
	Value      any
	Violations []string
}

// Load reads every *.json file at the root of fsys and checks the format:
// a suite name, every case with an id unique over all files, a description,
// a source, an input, and exactly one of value and violations.
func Load(t testing.TB, fsys fs.FS) []File {
	t.Helper()
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		t.Fatalf("conformance: %v", err)
	}
	if len(names) == 0 {
		t.Fatalf("conformance: no *.json files")
	}
	seen := map[string]string{}
	var files []File
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatalf("conformance: %v", err)
		}
		var f File
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("conformance: %s: %v", name, err)
		}
		f.Name = path.Base(name)
		if f.Suite == "" || f.Description == "" || len(f.Cases) == 0 {
			t.Fatalf("conformance: %s: needs suite, description and cases", name)
		}
		for _, c := range f.Cases {
			switch {
			case c.ID == "":
				t.Fatalf("conformance: %s: a case without id", name)
			case seen[c.ID] != "":
				t.Fatalf("conformance: id %q in both %s and %s", c.ID, seen[c.ID], name)
			case c.Description == "" || c.Source == "":
				t.Fatalf("conformance: %s %s: needs description and source", name, c.ID)
			case len(c.Input) == 0:
				t.Fatalf("conformance: %s %s: needs input", name, c.ID)
			case (len(c.Expect.Value) == 0) == (len(c.Expect.Violations) == 0):
				t.Fatalf("conformance: %s %s: expect needs exactly one of value and violations", name, c.ID)
			}
			seen[c.ID] = name
		}
		files = append(files, f)
	}
	return files
}

// Run runs every case of files as a subtest named suite/id. run computes
// the implementation's Result for a case. skip maps case ids to the reason
// they are skipped; a skipped case that passes fails the test, so the
// list never goes stale.
func Run(t *testing.T, files []File, skip map[string]string, run func(t *testing.T, c Case) Result) {
	t.Helper()
	for _, f := range files {
		for _, c := range f.Cases {
			t.Run(f.Suite+"/"+c.ID, func(t *testing.T) {
				got := run(t, c)
				diff := Compare(c.Expect, got)
				reason, skipped := skip[c.ID]
				switch {
				case skipped && diff == "":
					t.Fatalf("case %s passes but is in the skip list (%s): remove it", c.ID, reason)
				case skipped:
					t.Skipf("skipped: %s", reason)
				case diff != "":
					t.Errorf("%s (%s)\nsource: %s\n%s", c.ID, c.Description, c.Source, diff)
				}
			})
		}
	}
}

// Compare returns "" when got matches want, or a readable difference.
// Values are compared as JSON; violations as sets of codes.
func Compare(want Expect, got Result) string {
	if len(want.Violations) > 0 {
		w, g := sorted(want.Violations), sorted(got.Violations)
		if !slices.Equal(w, g) {
			return fmt.Sprintf("violations: want %v, got %v (value %v)", w, g, got.Value)
		}
		return ""
	}
	if len(got.Violations) > 0 {
		return fmt.Sprintf("want value %s, got violations %v", want.Value, got.Violations)
	}
	gotJSON, err := json.Marshal(got.Value)
	if err != nil {
		return fmt.Sprintf("cannot marshal the result: %v", err)
	}
	var w, g any
	if err := json.Unmarshal(want.Value, &w); err != nil {
		return fmt.Sprintf("bad expected value: %v", err)
	}
	if err := json.Unmarshal(gotJSON, &g); err != nil {
		return fmt.Sprintf("bad result: %v", err)
	}
	if d := cmp.Diff(w, g); d != "" {
		return "value (-want +got):\n" + d
	}
	return ""
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return out
}

// Decode unmarshals a case's input into v, failing the test on error.
func Decode(t testing.TB, c Case, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(c.Input)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("case %s: bad input: %v", c.ID, err)
	}
}

// Check loads the files of fsys and runs every case: run computes the
// value or returns an error (a JSON decoding error of the input included),
// and codes maps an error to its violation codes. An error codes cannot map
// (no codes) fails the test: every error the library returns must name a rule.
func Check(t *testing.T, fsys fs.FS, run func(t *testing.T, c Case) (any, error), codes func(error) []string) {
	t.Helper()
	Run(t, Load(t, fsys), nil, func(t *testing.T, c Case) Result {
		v, err := run(t, c)
		if err == nil {
			return Result{Value: v}
		}
		vs := codes(err)
		if len(vs) == 0 {
			t.Fatalf("an error that names no rule: %v", err)
		}
		return Result{Violations: vs}
	})
}

// Netherlands returns the default werkdag calendar the suites compute their
// deadlines with (calendar.Netherlands without options, which cannot fail).
func Netherlands() *calendar.Calendar {
	c, _ := calendar.Netherlands()
	return c
}

// RequireCoverage fails the test unless every rule id has at least one
// violating case (the id among its violations) and one passing case (a
// value case that lists the id in its rules).
func RequireCoverage(t *testing.T, fsys fs.FS, rules ...string) {
	t.Helper()
	files := Load(t, fsys)
	for _, rule := range rules {
		violating, passing := false, false
		for _, f := range files {
			for _, c := range f.Cases {
				if len(c.Expect.Violations) > 0 {
					violating = violating || slices.Contains(c.Expect.Violations, rule)
				} else {
					passing = passing || slices.Contains(c.Rules, rule)
				}
			}
		}
		if !violating || !passing {
			t.Errorf("rule %s: violating case %v, passing case %v", rule, violating, passing)
		}
	}
}

// CheckInput is Check for suites whose inputs decode into one Go type: it
// decodes each case's input into a T (a decoding error, such as an unknown
// code, is the case's error) and hands it to run.
func CheckInput[T any](t *testing.T, fsys fs.FS, run func(t *testing.T, in T) (any, error), codes func(error) []string) {
	t.Helper()
	Check(t, fsys, func(t *testing.T, c Case) (any, error) {
		var in T
		if err := json.Unmarshal(c.Input, &in); err != nil {
			return nil, err
		}
		return run(t, in)
	}, codes)
}

// Mentions reports whether case c exercises rule id: a violating case
// among its violations, a passing case in its rules field.
func Mentions(c Case, id string) (violating, passing bool) {
	if len(c.Expect.Violations) > 0 {
		return slices.Contains(c.Expect.Violations, id), false
	}
	return false, slices.Contains(c.Rules, id)
}

// AGB is a conformance case's AGB register (the "agb" of a "bericht"
// input): the codes that are valid, and the instelling-zorgkantoor pairs
// that belong together. It answers every date alike.
type AGB struct {
	Codes []string    `json:"geldig"`
	Pairs [][2]string `json:"hoortBij"`
}

// Geldig reports whether code is in the register.
func (a *AGB) Geldig(code string, _, _ calendar.Date) bool { return slices.Contains(a.Codes, code) }

// HoortBij reports whether the pair is in the register.
func (a *AGB) HoortBij(instelling, zorgkantoor string) bool {
	return slices.Contains(a.Pairs, [2]string{instelling, zorgkantoor})
}
