package vertaaltabel_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// TestRuleCoverage: every point of Bijlage E (and the caller's table) has a
// case that shows it passing and one that shows it failing (the verdicts are
// values, so the cases say which in their description),.
func TestRuleCoverage(t *testing.T) {
	files := conformance.Load(t, os.DirFS("testdata/conformance"))
	for _, rule := range []string{"VZ2013 E.6a", "VZ2013 E.6b", "VZ2013 E.6c", "VZ2013 E.7a", "VZ2013 E.7b", "VZ2013 E.7c",
		"VZ2013 E.7d", "VZ2013 E.7e", "VZ2013 E.8a", "VZ2013 E.8b", "VZ2013 E.9a", "VZ2013 E.9b", "VZ2013 E.9c", "VZ2013 E.9d", "Vertaaltabel"} {
		pass, fail := false, false
		for _, f := range files {
			for _, c := range f.Cases {
				pass = pass || strings.Contains(c.Description, "Shows rule "+rule+" passing")
				fail = fail || strings.Contains(c.Description, "Shows rule "+rule+" failing")
			}
		}
		if !pass || !fail {
			t.Errorf("rule %s: passing case %v, failing case %v", rule, pass, fail)
		}
	}
}
