//go:build docrulesdev

package docrules

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// The generator of testdata/cases.json: go test -tags docrulesdev -run
// TestDevWriteCases with IWLZ_XSLT set to the directory of the iWlz 2.2
// message stylesheets (iWlz-Xslt, xslt-validatie/wlz/2_2) and xsltproc on
// the PATH. TestDevAW33 and friends compare without writing.

// xsltDir returns the stylesheet directory, skipping the test without one.
func xsltDir(t *testing.T) string {
	d := os.Getenv("IWLZ_XSLT")
	if d == "" {
		t.Skip("IWLZ_XSLT not set")
	}
	return d
}

type xfout struct {
	Code     string   `xml:"Code"`
	Locaties []string `xml:"Locatie"`
}

func xsltproc(t *testing.T, msg, doc string) []xfout {
	t.Helper()
	f := filepath.Join(t.TempDir(), "m.xml")
	os.WriteFile(f, []byte(doc), 0o644)
	cmd := exec.Command("xsltproc", filepath.Join(xsltDir(t), msg+".xsl"), f)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		t.Fatalf("xsltproc: %v %s", err, stderr.String())
	}
	var r struct {
		Fouten []xfout `xml:"Fouten>Fout"`
	}
	if err := xml.Unmarshal(out, &r); err != nil {
		t.Fatalf("rapport: %v\n%s", err, out)
	}
	return r.Fouten
}

func key(code string, locs []string) string { return code + " " + strings.Join(locs, ", ") }

// compareXSLT checks doc against xsltproc for the ported rules.
func compareXSLT(t *testing.T, msg, doc string) (got, want []string) {
	t.Helper()
	for _, f := range xsltproc(t, msg, doc) {
		if Covers(msg, f.Code, f.Locaties) {
			want = append(want, key(f.Code, f.Locaties))
		}
	}
	var d xmltree.Doc
	if err := d.Parse([]byte(doc)); err != nil {
		t.Fatalf("parse: %v", err)
	}
	var rep devSink
	Check(msg, &d, &rep, Options{})
	got = rep.keys
	sort.Strings(got)
	sort.Strings(want)
	return got, want
}

type mutation struct {
	name     string
	old, new string
	n        int
}

func applyMut(t *testing.T, base string, m mutation) string {
	if m.old == "" {
		return base
	}
	if !strings.Contains(base, m.old) {
		t.Fatalf("%s: %q not in base", m.name, m.old)
	}
	return strings.Replace(base, m.old, m.new, m.n)
}

func runMutations(t *testing.T, msg, file string, muts []mutation) {
	base, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range muts {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			doc := applyMut(t, string(base), m)
			got, want := compareXSLT(t, msg, doc)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s %s:\n got %q\nwant %q", msg, m.name, got, want)
			} else if len(want) > 0 {
				t.Logf("%s %s: ok %q", msg, m.name, want)
			}
		})
	}
}

func TestDevAW33(t *testing.T) {
	runMutations(t, "AW33", "testdata/aw33.xml", aw33Mutations)
}

func TestDevAW35(t *testing.T) { runMutations(t, "AW35", "testdata/aw35.xml", aw35Mutations) }
func TestDevAW39(t *testing.T) { runMutations(t, "AW39", "testdata/aw39.xml", aw39Mutations) }

// TestDevWriteCases runs every mutation through xsltproc and writes
// testdata/cases.json, the expected findings of the ported rules.
func TestDevWriteCases(t *testing.T) {
	type job struct {
		msg, file string
		muts      []mutation
	}
	io31 := make([]mutation, 0, len(aw33Mutations))
	for _, m := range aw33Mutations {
		m.old = strings.ReplaceAll(m.old, "aw33", "io31")
		m.new = strings.ReplaceAll(m.new, "aw33", "io31")
		io31 = append(io31, m)
	}
	jobs := []job{{"AW33", "aw33.xml", aw33Mutations}, {"IO31", "io31.xml", io31}, {"AW35", "aw35.xml", aw35Mutations}, {"AW39", "aw39.xml", aw39Mutations}}
	var cases []devCase
	var mu sync.Mutex
	for _, j := range jobs {
		base, err := os.ReadFile(filepath.Join("testdata", j.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range j.muts {
			if m.old != "" && !strings.Contains(string(base), m.old) {
				continue
			}
			t.Run(j.msg+"/"+m.name, func(t *testing.T) {
				t.Parallel()
				doc := applyMut(t, string(base), m)
				cs := devCase{Message: j.msg, Name: m.name, Base: j.file, Old: m.old, New: m.new, N: m.n, Fouten: []devFout{}}
				for _, f := range xsltproc(t, j.msg, doc) {
					if Covers(j.msg, f.Code, f.Locaties) {
						cs.Fouten = append(cs.Fouten, devFout{f.Code, f.Locaties})
					}
				}
				mu.Lock()
				cases = append(cases, cs)
				mu.Unlock()
			})
		}
	}
	t.Cleanup(func() {
		sort.Slice(cases, func(a, b int) bool {
			if cases[a].Message != cases[b].Message {
				return cases[a].Message < cases[b].Message
			}
			return cases[a].Name < cases[b].Name
		})
		out, _ := json.MarshalIndent(cases, "", "\t")
		os.WriteFile("testdata/cases.json", append(out, '\n'), 0o644)
	})
}

// devSink collects findings as keys. It stands in for allocation.Report,
// which this package's own tests cannot import (allocation imports
// docrules); every rule counts as judged in iWlz 2.2.
type devSink struct{ keys []string }

func (s *devSink) Judges(string) bool { return true }
func (s *devSink) Full() bool         { return false }
func (s *devSink) AddByID(id, _ string, locaties ...string) bool {
	s.keys = append(s.keys, key(id, locaties))
	return true
}

// devCase and devFout are the JSON of testdata/cases.json (caseJSON and
// foutJSON of the external tests, which this package's tests cannot use).
type devCase struct {
	Message string    `json:"message"`
	Name    string    `json:"name"`
	Base    string    `json:"base"`
	Old     string    `json:"old,omitempty"`
	New     string    `json:"new,omitempty"`
	N       int       `json:"n,omitempty"`
	Fouten  []devFout `json:"fouten"`
}

type devFout struct {
	Code     string   `json:"code"`
	Locaties []string `json:"locaties"`
}
