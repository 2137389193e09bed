package msgxml

import (
	"strings"
	"testing"
)

var trimSamples = []string{"", " ", "a", " a", "a ", "\ta\n", "754", "2021-03-04", "\u00a0754", "754\u00a0", "\u0085x",
	"x\u2003", "~", "\x7f", "\x7fa\x7f", "a b", "\v1\f"}

// TestTrimSpace: TrimSpace is strings.TrimSpace.
func TestTrimSpace(t *testing.T) {
	for _, s := range trimSamples {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("TrimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
		}
	}
}

func FuzzTrimSpace(f *testing.F) {
	for _, s := range trimSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("TrimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
		}
	})
}
