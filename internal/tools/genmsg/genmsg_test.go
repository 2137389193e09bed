package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
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
func TestPatternsMatchRegexp(t *testing.T) {
	cases := []struct{ xsd, re2 string }{
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
	}
	alphabet := []rune("0123456789abf4-.:Z+ \t\n\rxÀỳỴé")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range cases {
		d, err := compile(c.xsd)
		require.NoError(t, err, c.xsd)
		re := regexp.MustCompile(c.re2)
		samples := []string{"", "0", "1.0.0", "01.0.0", "12345678", "123456789", "10000", "9050", "100", "00", "352",
			" a ", " ", "a\nb", "2021-01-01", "12:00:00", "12:00:00Z", "AbÀ", "Ỵ", "ab.", "bb", "abbb", "c",
			"123e4567-e89b-42d3-a456-426614174000"}
		for i := 0; i < 3000; i++ {
			n := rng.IntN(14)
			r := make([]rune, n)
			for j := range r {
				r[j] = alphabet[rng.IntN(len(alphabet))]
			}
			samples = append(samples, string(r))
		}
		for _, s := range samples {
			if d.match(s) != re.MatchString(s) {
				t.Errorf("pattern %s on %q: DFA %v, regexp %v", c.xsd, s, d.match(s), re.MatchString(s))
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
