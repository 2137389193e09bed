package docrules

import (
	"math"
	"testing"
)

// TestDateNumFastPath checks dateNum's shortcut for YYYY-MM-DD against
// the general number reading it stands for.
func TestDateNumFastPath(t *testing.T) {
	for _, s := range []string{"2026-02-28", "0001-01-01", "9999-12-31", "2026-2-28", "2026-02-2x",
		" 2026-02-28", "2026-02-28 ", "2026--2-28", "x026-02-28", "2026-02-28Z", "", "20260228", "2026-0A-28"} {
		got, want := dateNum(s), number(s, true)
		if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("dateNum(%q) = %v, number = %v", s, got, want)
		}
	}
}

// xpathSamples are strings for the shortcuts of number and normEqual.
var xpathSamples = []string{"", " ", "0", "12", "012", "-12", "12-", "--", "-", "1-2-3", "2026-02-28", "999999999999999",
	"9999999999999999", "1234567890123456789", "1.5", " 12", "12 ", "1 2", "a", "KE4", "KE4 ", " KE4", "K E4",
	"K  E4", "\tKE4\n", "41000123", "41000123 ", "NL", "1e3", "\u00e9", "12\u00e9"}

// TestNumberShortcut: number's reading of plain digits (and dashes) is
// libxml2's, which numberXPath implements.
func TestNumberShortcut(t *testing.T) {
	for _, s := range xpathSamples {
		for _, dash := range []bool{false, true} {
			got, want := number(s, dash), numberXPath(s, dash)
			if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("number(%q, %v) = %v, numberXPath = %v", s, dash, got, want)
			}
		}
	}
}

// TestNormEqualShortcut: normEqual's shortcuts agree with normalizing.
func TestNormEqualShortcut(t *testing.T) {
	for _, a := range xpathSamples {
		for _, b := range xpathSamples {
			if got, want := normEqual(a, b), normEqualSpaced(a, b); got != want {
				t.Errorf("normEqual(%q, %q) = %v, normalized %v", a, b, got, want)
			}
		}
	}
}

func FuzzXPathShortcuts(f *testing.F) {
	for _, s := range xpathSamples {
		f.Add(s, "KE4", true)
	}
	f.Fuzz(func(t *testing.T, a, b string, dash bool) {
		if got, want := number(a, dash), numberXPath(a, dash); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("number(%q, %v) = %v, numberXPath = %v", a, dash, got, want)
		}
		if got, want := normEqual(a, b), normEqualSpaced(a, b); got != want {
			t.Fatalf("normEqual(%q, %q) = %v, normalized %v", a, b, got, want)
		}
	})
}
