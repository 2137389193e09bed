package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func xsdDir(t *testing.T) (string, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	root, module, err := moduleRoot(wd)
	require.NoError(t, err)
	dir := filepath.Join(root, filepath.FromSlash(defaultXSD))
	if _, err := os.Stat(filepath.Join(dir, "Basisschema.xsd")); err != nil {
		t.Skip("the iWlz XSD 2.2 is not present at " + dir)
	}
	return dir, root, module
}

// The committed generated files are what the generator writes from the XSD.
func TestGeneratedFilesAreFresh(t *testing.T) {
	dir, root, module := xsdDir(t)
	files, err := generate(dir, module)
	require.NoError(t, err)
	for path, want := range files {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
		require.NoError(t, err, "run go generate ./allocation")
		assert.True(t, bytes.Equal(got, want), "%s is stale: run go generate ./allocation", path)
	}
}

// The DFA of each pattern accepts what Go's regexp accepts for the same
// pattern written in RE2 syntax (XSD's . is [^\n\r], \s is [ \t\n\r]).
var patternCases = []struct{ xsd, re2 string }{
	{`[0-9]{8}`, `^[0-9]{8}$`},
	{`[0-9]{9}`, `^[0-9]{9}$`},
	{`[1-9][0-9]*00`, `^[1-9][0-9]*00$`},
	{`352`, `^352$`},
	{`([.\s]*\S+[.\s]*)+`, `^(?:[. \t\n\r]*[^ \t\n\r]+[. \t\n\r]*)+$`},
	{`.*[^\s].*`, `^[^\n\r]*[^ \t\n\r][^\n\r]*$`},
	{`[0-9]*`, `^[0-9]*$`},
	{`[^:Z]*`, `^[^:Z]*$`},
	{`[^Z+-]+`, `^[^Z+\-]+$`},
	{`(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)`, `^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$`},
	{`([a-zA-ZÀ-ỳ])+`, `^[a-zA-ZÀ-ỳ]+$`},
	{`[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`},
	{`a?b{2,3}|c`, `^(?:a?b{2,3}|c)$`},
	// Chains (see chain): one class per position, all of them ASCII.
	{`5`, `^5$`},
	{`[0-9]{3}`, `^[0-9]{3}$`},
	{`[A-Z]{2}[0-9]-`, `^[A-Z]{2}[0-9]-$`},
	{`[^0-9]{2}`, `^[^0-9]{2}$`},
	{`[0-9]{2,3}`, `^[0-9]{2,3}$`},
	{`[a-zé]{2}`, `^[a-zé]{2}$`},
}

// patternSamples are the strings the pattern tests try: fixed ones, and
// random strings over an alphabet with the patterns' edges.
func patternSamples() []string {
	alphabet := []rune("0123456789abf4-.:Z+ \t\n\rxÀỳỴéA")
	rng := rand.New(rand.NewPCG(1, 2))
	samples := []string{"", "0", "1.0.0", "01.0.0", "12345678", "123456789", "10000", "9050", "100", "00", "352",
		" a ", " ", "a\nb", "2021-01-01", "12:00:00", "12:00:00Z", "AbÀ", "Ỵ", "ab.", "bb", "abbb", "c",
		"123e4567-e89b-42d3-a456-426614174000", "5", "AB1-", "é1", "éé", "\xff", "1234567\xff", "\xff\xff", "a\xffb", "ab", "ABA-", "AB1A", "aB1-", "A\xff1-"}
	for i := 0; i < 3000; i++ {
		n := rng.IntN(14)
		r := make([]rune, n)
		for j := range r {
			r[j] = alphabet[rng.IntN(len(alphabet))]
		}
		samples = append(samples, string(r))
	}
	return samples
}

func TestPatternsMatchRegexp(t *testing.T) {
	samples := patternSamples()
	for _, c := range patternCases {
		d, err := compile(c.xsd)
		require.NoError(t, err, c.xsd)
		re := regexp.MustCompile(c.re2)
		for _, s := range samples {
			if d.match(s) != re.MatchString(s) {
				t.Errorf("pattern %s on %q: DFA %v, regexp %v", c.xsd, s, d.match(s), re.MatchString(s))
			}
		}
	}
}

// TestEmittedPatterns runs the Go code goFunc emits for each pattern (a
// DFA or a chain) on every sample, in a program built here, and holds
// its answers to the DFA's.
func TestEmittedPatterns(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	samples := patternSamples()
	var src strings.Builder
	src.WriteString("package main\n\nimport \"fmt\"\n\n")
	var fns []string
	chains := 0
	for i, c := range patternCases {
		d, err := compile(c.xsd)
		require.NoError(t, err, c.xsd)
		if d.chain() != nil {
			chains++
		}
		name := fmt.Sprintf("pat%d", i)
		fns = append(fns, name)
		src.WriteString(d.goFunc(name, c.xsd) + "\n")
	}
	require.GreaterOrEqual(t, chains, 6, "the cases must hold chains")
	src.WriteString("var samples = []string{\n")
	for _, s := range samples {
		src.WriteString("\t" + strconv.Quote(s) + ",\n")
	}
	src.WriteString("}\n\nfunc main() {\n\tfor _, f := range []func(string) bool{" + strings.Join(fns, ", ") + "} {\n")
	src.WriteString("\t\tb := make([]byte, len(samples))\n\t\tfor i, s := range samples {\n\t\t\tb[i] = '0'\n\t\t\tif f(s) {\n\t\t\t\tb[i] = '1'\n\t\t\t}\n\t\t}\n\t\tfmt.Println(string(b))\n\t}\n}\n")
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	require.NoError(t, os.WriteFile(file, []byte(src.String()), 0o644))
	cmd := exec.Command(goBin, "run", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, len(patternCases))
	for i, c := range patternCases {
		d, _ := compile(c.xsd)
		for j, s := range samples {
			if got := lines[i][j] == '1'; got != d.match(s) {
				t.Errorf("pattern %s on %q: emitted code %v, DFA %v", c.xsd, s, got, d.match(s))
			}
		}
	}
}

// Constructs the generator cannot translate exactly are refused.
func TestPatternsRefused(t *testing.T) {
	for _, p := range []string{`[a-z-[aeiou]]`, `\i\c*`, `\p{L}`, `(a`, `a{2,1}`, `[b-a]`, `a**`} {
		_, err := compile(p)
		assert.Error(t, err, p)
	}
}

// TestAcceptsTimeForm: the proof that lets a time skip its pattern.
func TestAcceptsTimeForm(t *testing.T) {
	for src, want := range map[string]bool{
		"[^Z+-]+": true, "[0-9]{2}:[0-9]{2}:[0-9]{2}": true, ".*": true,
		"[^:]*": false, "[0-9]{2}:[0-5][0-9]:[0-9]{2}": false, "[0-9:]{9}": false,
	} {
		d, err := compile(src)
		require.NoError(t, err, src)
		assert.Equal(t, want, d.acceptsTimeForm(), src)
	}
}

// TestAcceptsDateForm: the proof that lets a date skip its pattern.
func TestAcceptsDateForm(t *testing.T) {
	for src, want := range map[string]bool{
		"[^:Z]*": true, "[0-9]{4}-[0-9]{2}-[0-9]{2}": true, ".*": true, "[0-9\\-]{10}": true,
		".*Z": false, "[0-9]{4}-0[1-9]-[0-9]{2}": false, "[0-9]{8}": false, "[^5]*": false, "[0-9\\-]{11}": false,
	} {
		d, err := compile(src)
		require.NoError(t, err, src)
		assert.Equal(t, want, d.acceptsDateForm(), src)
	}
}
