package allocation

import (
	"slices"
	"testing"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// withFakeNextRelease swaps the registry for one with an iWlz 2.5 from
// 2027-01-01 that renames CD073 to CD173 and ends TR119: one release row
// plus the rows of the rules it changes, nothing else.
func withFakeNextRelease(t *testing.T) Release {
	t.Helper()
	saved := std
	t.Cleanup(func() { std = saved })
	iwlz25 := Release(len(releaseRows))
	releases := append(slices.Clone(releaseRows[:]), ReleaseInfo{
		Name: "iWlz 2.5", Start: ymd(2027, time.January, 1), IWlz: true, Namespace: "2_5", Source: "test: a fake next release"})
	rules := slices.Clone(ruleRows[:])
	rules[CD073].Renames = []Rename{{From: iwlz25, ID: "CD173"}}
	rules[TR119].Until = iwlz25
	std = newRegistry(releases, rules)
	return iwlz25
}

// TestFakeNextRelease: adding a release is a row; rules that do not change
// keep applying, renamed ids follow, an ended rule stops, and the release
// of a date and of a name come from the table.
func TestFakeNextRelease(t *testing.T) {
	judge := func(dagtekening string) []string {
		d := mustDate(t, dagtekening)
		ind, err := NewIndicatie(IndicatieSpec{Besluitnummer: 1, Afgiftedatum: d, Ingangsdatum: d, Grondslagen: []Grondslag{1},
			ZZPs: []GeindiceerdZZP{{ZZP: ZZP4VV, Ingangsdatum: d}}}, Context{Dagtekening: d})
		if err != nil {
			t.Fatalf("indicatie: %v", err)
		}
		instelling, _ := ParseAGBCode("12345678")
		pct, _ := ParsePercentage("10000")
		spec := ToewijzingSpec{ZZP: ZZP4VV, Instelling: instelling, Zorgkantoor: 5501, Soort: Administratief,
			Toewijzingsdatum: d.AddDays(1), Percentage: pct, Ingangsdatum: d, Leveringsvorm: Verblijf, Opname: Nee}
		_, err = NewZorgtoewijzing(spec, ind, Context{Dagtekening: d})
		return AsViolations(err).Rules()
	}
	// The real table: a 2027 message is judged by iWlz 2.4.
	if got, want := judge("2027-03-01"), []string{"CD073", "CS140", "TR134"}; !slices.Equal(got, want) {
		t.Fatalf("iWlz 2.4: got %v, want %v", got, want)
	}
	iwlz25 := withFakeNextRelease(t)
	if got := ReleaseOn(mustDate(t, "2027-03-01")); got != iwlz25 || got.String() != "iWlz 2.5" {
		t.Fatalf("ReleaseOn(2027-03-01) = %v", got)
	}
	if r, err := ParseRelease("iWlz 2.5"); err != nil || r != iwlz25 {
		t.Fatalf("ParseRelease = %v, %v", r, err)
	}
	if ReleaseOn(mustDate(t, "2026-12-31")) != IWlz24 {
		t.Fatal("2026-12-31 must stay iWlz 2.4")
	}
	// CD073 renamed, TR119 (CS140) ended, CS023 keeps its 2.3 id TR134.
	if got, want := judge("2027-03-01"), []string{"CD173", "TR134"}; !slices.Equal(got, want) {
		t.Fatalf("iWlz 2.5: got %v, want %v", got, want)
	}
	// A 2026 message is still judged by 2.4, with 2.4's ids.
	if got, want := judge("2026-03-02"), []string{"CD073", "CS140", "TR134"}; !slices.Equal(got, want) {
		t.Fatalf("iWlz 2.4 under the fake table: got %v, want %v", got, want)
	}
	// Every rule without an end keeps applying in 2.5.
	for r := Rule(1); int(r) < len(std.rules); r++ {
		if info := std.rules[r]; info.Until == 0 && !r.Applies(iwlz25) {
			t.Errorf("%s does not apply in iWlz 2.5", info.Key)
		}
	}
}

func mustDate(t *testing.T, s string) calendar.Date {
	t.Helper()
	var d calendar.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		t.Fatal(err)
	}
	return d
}
