package waitstatus_test

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// TestRuleCoverage: every rule the waitstatus issue names has a passing and
// a violating conformance case.
func TestRuleCoverage(t *testing.T) {
	conformance.RequireCoverage(t, os.DirFS("testdata/conformance"),
		"TR046", "TR066", "TR073", "TR078", "TR041", "CD020", "CD090", "CS131", "CS133", "CS127", "CS023", "TR018", "TR020",
		"IV101", "OP161", "TR019", "TR017", "OP103", "VZ2013 Bijlage D", "VZ2013 Bijlage D MUT21", "seed 003 MUT17",
		"COD167", "COD168", "COD588")
}
