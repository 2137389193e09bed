package registrydoc

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

var update = flag.Bool("update", false, "rewrite the registry table of README.md")

// TestREADMEIsGenerated: the README's rule registry table is the registry,
// row for row; run go generate ./internal/registrydoc after a change.
func TestREADMEIsGenerated(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want, ok := Replace(string(raw))
	if !ok {
		t.Fatal("README.md lacks the registry markers")
	}
	if *update && want != string(raw) {
		if err := os.WriteFile("../../README.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		raw = []byte(want)
	}
	if want != string(raw) {
		t.Fatal("README.md's rule registry table is stale: run go generate ./internal/registrydoc")
	}
	for _, info := range allocation.Registry() {
		if !strings.Contains(string(raw), "| `"+info.Key+"` |") {
			t.Errorf("README.md lacks rule %s", info.Key)
		}
	}
}
