package conformance

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyRow is a row of a table in SOURCES.md whose first cell is a key in
// backquotes: "| `VZ2013` | Voorschrift Zorgtoewijzing 2013 | ...".
var keyRow = regexp.MustCompile("^\\| `([^`]+)` \\|")

// sourcesKeys reads the keys of the root SOURCES.md, in the order of the file.
func sourcesKeys(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(moduleRoot, "SOURCES.md"))
	require.NoError(t, err)
	defer f.Close()
	var keys []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := keyRow.FindStringSubmatch(sc.Text()); m != nil {
			require.False(t, seen[m[1]], "SOURCES.md lists key %q twice", m[1])
			seen[m[1]] = true
			keys = append(keys, m[1])
		}
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, keys, "no keys in SOURCES.md")
	return keys
}

// citesKey reports whether source starts with one of keys, followed by the
// end of the text or by a separator (" ", ";", ",", "(" or ":"), so that
// "Atw art. 1" cites Atw and "Atwood" does not.
func citesKey(source string, keys []string) bool {
	for _, k := range keys {
		if rest, ok := strings.CutPrefix(source, k); ok && (rest == "" || strings.ContainsRune(" ;,(:", rune(rest[0]))) {
			return true
		}
	}
	return false
}

// sourcePattern is the pattern schema.json must give "source": the keys,
// quoted, followed by a separator or the end.
func sourcePattern(keys []string) string {
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = regexp.QuoteMeta(k)
	}
	return "^(?:" + strings.Join(quoted, "|") + ")(?:$|[ ;,(:])"
}

// TestSourcesCiteSourcesKeys fails when a conformance case's source does
// not start with a key of SOURCES.md.
func TestSourcesCiteSourcesKeys(t *testing.T) {
	keys := sourcesKeys(t)
	dirs := map[string]bool{}
	for _, f := range conformanceFiles(t) {
		dirs[filepath.Dir(f)] = true
	}
	n := 0
	for dir := range dirs {
		for _, f := range Load(t, os.DirFS(dir)) {
			for _, c := range f.Cases {
				n++
				assert.True(t, citesKey(c.Source, keys), "%s %s: source %q does not start with a key of SOURCES.md",
					filepath.Join(dir, f.Name), c.ID, c.Source)
			}
		}
	}
	assert.Greater(t, n, 1000, "cases checked")
}

func TestCitesKey(t *testing.T) {
	keys := []string{"Atw", "Rlz 2015", "Stcrt. 2025, 24713", "iWlz-XSLT"}
	for source, want := range map[string]bool{
		"Atw art. 3 lid 1":                  true,
		"Atw":                               true,
		"Atw; Rlz 2015":                     true,
		"Rlz 2015 Bijlage C":                true,
		"Stcrt. 2025, 24713 (de 2026-2028)": true,
		"iWlz-XSLT 2.2 TR046":               true,
		"Atwood":                            false,
		"iWlz-XSLT2.2":                      false,
		"Rlz 2016 Bijlage C":                false,
		"iWlz TR046":                        false,
		"notes.md section 3":                false,
		"note 003 (Dossierhouderschap)":     false,
		"":                                  false,
	} {
		assert.Equal(t, want, citesKey(source, keys), source)
	}
}

// TestSchemaSourcePattern keeps the source pattern of schema.json in step
// with the keys of SOURCES.md.
func TestSchemaSourcePattern(t *testing.T) {
	var schema struct {
		Properties struct {
			Cases struct {
				Items struct {
					Properties struct {
						Source struct {
							Pattern string `json:"pattern"`
						} `json:"source"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"cases"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(readSchema(t), &schema))
	keys := sourcesKeys(t)
	got := schema.Properties.Cases.Items.Properties.Source.Pattern
	assert.Equal(t, sourcePattern(keys), got, "set the source pattern of %s to the keys of SOURCES.md", schemaPath)

	re := regexp.MustCompile(got)
	for _, k := range keys {
		assert.True(t, re.MatchString(k+" 1"), k)
	}
	assert.False(t, re.MatchString("notes.md section 3"))
}
