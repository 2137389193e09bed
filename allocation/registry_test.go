package allocation_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
)

// suites loads the conformance data of every package of the library.
func suites(t *testing.T) []conformance.File {
	dirs, err := filepath.Glob("../*/testdata/conformance")
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	var all []conformance.File
	for _, d := range dirs {
		all = append(all, conformance.Load(t, os.DirFS(d))...)
	}
	return all
}

// goldenFiles reads the golden messages with the official verdicts.
func goldenFiles(t *testing.T) map[string][]golden.Message {
	out := map[string][]golden.Message{}
	for file := range golden.Rules {
		b, err := os.ReadFile("../testdata/iwlz/" + file)
		require.NoError(t, err)
		msgs, err := golden.Parse(b)
		require.NoError(t, err)
		out[file] = msgs
	}
	return out
}

// reasonOnly are registry rows that are reasons of a vertaaltabel verdict
// (permit or forbid), not violations: they need a case, not a violating one.
func reasonOnly(info allocation.RuleInfo) bool {
	return strings.HasPrefix(info.Source, "VZ2013 Bijlage E")
}

// TestRegistryCoverage takes its list from the registry: every rule and
// code list, under every id it has in some release, has a violating and a
// passing conformance case somewhere in the library's suites.
func TestRegistryCoverage(t *testing.T) {
	files := suites(t)
	gold := goldenFiles(t)
	for _, info := range allocation.Registry() {
		if info.Kind == allocation.KindInput {
			continue
		}
		ids := []string{info.Key}
		for _, n := range info.Renames {
			ids = append(ids, n.ID)
		}
		for _, id := range ids {
			violating, passing := false, false
			for _, f := range files {
				for _, c := range f.Cases {
					v, p := conformance.Mentions(c, id)
					violating, passing = violating || v, passing || p
				}
			}
			// The golden messages count too: their verdicts are the
			// official stylesheets', and the golden tests hold the
			// library to them (TestGoldenAW33, TestGoldenIO31,
			// waitstatus TestGoldenAW39).
			for file, msgs := range gold {
				if !slices.Contains(golden.Rules[file], id) {
					continue
				}
				v, p := golden.Coverage(msgs, id)
				violating, passing = violating || v, passing || p
			}
			if reasonOnly(info) {
				violating = violating || passing
			}
			assert.True(t, violating && passing, "rule %s (%s): violating case %v, passing case %v", id, info.Key, violating, passing)
		}
	}
}

// TestRegistryRows: every row is complete and cites a public source; ids
// are unique over all releases; retourcodes follow LDT_RetourCode.
func TestRegistryRows(t *testing.T) {
	seen := map[string]string{}
	for _, info := range allocation.Registry() {
		assert.NotEmpty(t, info.Key)
		assert.NotZero(t, info.Kind, info.Key)
		assert.NotEmpty(t, info.Source, info.Key)
		assert.NotEmpty(t, info.Message, info.Key)
		assert.True(t, info.From.Valid(), info.Key)
		assert.True(t, info.Until == 0 || info.Until > info.From, info.Key)
		assert.NotContains(t, info.Source, ".md", info.Key)
		ids := []string{info.Key}
		for _, n := range info.Renames {
			ids = append(ids, n.ID)
			assert.True(t, n.From > info.From, info.Key)
		}
		for _, id := range ids {
			if prev, dup := seen[id]; dup {
				t.Errorf("id %s in both %s and %s", id, prev, info.Key)
			}
			seen[id] = info.Key
			r, ok := allocation.LookupRule(id)
			require.True(t, ok, id)
			assert.Equal(t, info.Key, r.Key())
		}
	}
	assert.Equal(t, "9046", allocation.Retourcode("TR046"))
	// A renamed rule keeps its first retourcode (iWlz-codelijsten COD910:
	// 9010 is CD092, 9046 is CS137, S023 is TR134, D029 is TR132).
	assert.Equal(t, "9010", allocation.Retourcode("CD092"))
	assert.Equal(t, "9046", allocation.Retourcode("CS137"))
	assert.Equal(t, "S023", allocation.Retourcode("TR134"))
	assert.Equal(t, "D029", allocation.Retourcode("TR132"))
	assert.Equal(t, "9046", allocation.TR046.In(allocation.IWlz24).Retourcode())
	assert.Equal(t, "D073", allocation.Retourcode("CD073"))
	assert.Equal(t, "", allocation.Retourcode("OP162"))
	assert.Equal(t, "", allocation.VZ48.In(allocation.IWlz24).Retourcode())
}

// TestRenamedIDs: the 2.3 renumbering, each id in each release.
func TestRenamedIDs(t *testing.T) {
	renamed := map[allocation.Rule]string{
		allocation.TR010: "CD092", allocation.TR018: "CS136", allocation.TR034: "CD093", allocation.TR046: "CS137",
		allocation.TR066: "CD094", allocation.TR119: "CS140", allocation.CD029: "TR132", allocation.CS023: "TR134",
	}
	for r, later := range renamed {
		for rel := allocation.IWlz20; rel <= allocation.IWlz24; rel++ {
			want := r.Key()
			if rel >= allocation.IWlz23 {
				want = later
			}
			assert.Equal(t, want, r.ID(rel), "%s in %s", r, rel)
			assert.Equal(t, want, r.In(rel).String())
		}
	}
}

// TestReleaseTable: production dates, the release of a date, names and
// refusal of an unknown release.
func TestReleaseTable(t *testing.T) {
	rows := allocation.Releases()
	require.Len(t, rows, 6)
	for i, want := range []struct{ name, start string }{
		{"VZ2013", ""}, {"iWlz 2.0", "2018-04-01"}, {"iWlz 2.1", "2020-01-01"},
		{"iWlz 2.2", "2021-01-01"}, {"iWlz 2.3", "2022-01-01"}, {"iWlz 2.4", "2023-01-01"},
	} {
		assert.Equal(t, want.name, rows[i].Name)
		assert.Equal(t, want.start, rows[i].Start.String())
		rel := allocation.Release(i + 1)
		if want.start != "" {
			start := calendar.MustDate(want.start)
			assert.Equal(t, rel, allocation.ReleaseOn(start))
			assert.Equal(t, rel-1, allocation.ReleaseOn(start.AddDays(-1)))
		}
		parsed, err := allocation.ParseRelease(want.name)
		require.NoError(t, err)
		assert.Equal(t, rel, parsed)
	}
	assert.Equal(t, allocation.IWlz24, allocation.ReleaseOn(calendar.MustDate("2026-11-30")))
	_, err := allocation.ParseRelease("iWlz 2.5")
	assert.ErrorIs(t, err, allocation.ErrRelease)
	_, err = allocation.Judged(allocation.Release(7), calendar.MustDate("2026-01-01"))
	assert.ErrorIs(t, err, allocation.ErrRelease)
	_, err = allocation.Release(200).MarshalText()
	assert.Error(t, err)
	id, ok := allocation.RuleOf(err)
	assert.True(t, ok)
	assert.Equal(t, "option", id.String())
}

// TestRegistryCitesSources: every rule and release row cites a key of the
// library's SOURCES.md.
func TestRegistryCitesSources(t *testing.T) {
	raw, err := os.ReadFile("../SOURCES.md")
	require.NoError(t, err)
	var keys []string
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "| `"); ok {
			if k, _, found := strings.Cut(rest, "` |"); found {
				keys = append(keys, k)
			}
		}
	}
	require.NotEmpty(t, keys)
	cites := func(s string) bool {
		for _, k := range keys {
			if rest, ok := strings.CutPrefix(s, k); ok && (rest == "" || strings.ContainsRune(" ;,(:", rune(rest[0]))) {
				return true
			}
		}
		return false
	}
	for _, info := range allocation.Registry() {
		assert.True(t, cites(info.Source), "rule %s cites %q, no SOURCES.md key", info.Key, info.Source)
	}
	for _, rel := range allocation.Releases() {
		assert.True(t, cites(rel.Source), "release %s cites %q, no SOURCES.md key", rel.Name, rel.Source)
	}
}

// TestReleaseOfNamespace: a decoded message is judged by the release its
// namespace declares.
func TestReleaseOfNamespace(t *testing.T) {
	r, err := allocation.ReleaseOfNamespace("http://www.istandaarden.nl/iwlz/2_2/aw33/schema")
	require.NoError(t, err)
	assert.Equal(t, allocation.IWlz22, r)
	r, err = allocation.ReleaseOfNamespace("http://www.istandaarden.nl/iwlz/2_4/aw39/schema")
	require.NoError(t, err)
	assert.Equal(t, allocation.IWlz24, r)
	for _, bad := range []string{"", "http://www.istandaarden.nl/iwlz/2_5/aw33/schema", "http://example.org/iwlz/2_2/aw33/schema", "http://www.istandaarden.nl/iwlz/2_2"} {
		_, err := allocation.ReleaseOfNamespace(bad)
		assert.ErrorIs(t, err, allocation.ErrRelease, bad)
	}
}

// TestErrorLanguage: an error's Error() is English for programmers, with
// its package's prefix; the violation AsViolations makes of it is Dutch,
// with the offending value.
func TestErrorLanguage(t *testing.T) {
	nl, err := calendar.Netherlands()
	require.NoError(t, err)
	_, rangeErr := nl.AddWerkdagen(calendar.MustDate("2040-01-02"), 5)
	_, periodErr := calendar.NewPeriod(calendar.MustDate("2026-05-13"), calendar.MustDate("2026-05-12"))
	_, syntaxErr := calendar.ParseDate("13-05-2026")
	_, codeErr := allocation.ParseZZP("11VV")
	_, relErr := allocation.ParseRelease("iWlz 9")
	_, numErr := allocation.ParseBedrag("12.505")
	for _, c := range []struct {
		err           error
		prefix        string
		rule, value   string
		dutchFragment string
	}{
		{rangeErr, "calendar: ", "out-of-range", "2040-01-02", "buiten de jaren"},
		{periodErr, "calendar: ", "CS003", "2026-05-13/2026-05-12", "einddatum"},
		{syntaxErr, "calendar: ", "syntax", "13-05-2026", "JJJJ-MM-DD"},
		{codeErr, "allocation: ", "COD163", "11VV", "geen geldige"},
		{relErr, "allocation: ", "option", "iWlz 9", "geen bekende release"},
		{numErr, "allocation: ", "unreadable", "12.505", "decimalen"},
	} {
		require.Error(t, c.err)
		assert.True(t, strings.HasPrefix(c.err.Error(), c.prefix), c.err.Error())
		vs := allocation.AsViolations(c.err)
		require.Len(t, vs, 1, c.err.Error())
		assert.Equal(t, c.rule, vs[0].Rule.String())
		assert.Equal(t, c.value, vs[0].Value)
		assert.Contains(t, vs[0].Message, c.dutchFragment)
	}
}

// TestErrorQuotesEveryValue (hardening item 13): whatever a value holds, it
// cannot forge a line or a violation in Error(), from any package's error.
func TestErrorQuotesEveryValue(t *testing.T) {
	const forged = "x\nCS003 Einddatum: vals; TR046 Leveringsstatus"
	vs := allocation.Violations{{Rule: allocation.CS003.In(allocation.IWlz24), Field: "Einddatum", Value: forged, Message: "m"}}
	assert.NotContains(t, vs.Error(), "\n")
	assert.Contains(t, vs.Error(), strconv.Quote(forged))
	_, numErr := allocation.ParseBedrag(forged)
	_, codeErr := allocation.ParseFunctie(forged)
	_, dateErr := calendar.ParseDate(forged)
	for _, err := range []error{numErr, codeErr, dateErr} {
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "\n")
		assert.NotContains(t, allocation.AsViolations(err).Error(), "\n")
	}
}
