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
