package kortverblijf_test

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// TestRuleCoverage: every limit and rule has a passing and a violating case.
func TestRuleCoverage(t *testing.T) {
	conformance.RequireCoverage(t, os.DirFS("testdata/conformance"),
		"Etmalen", "VZ2013 Bijlage C werkwijze F", "VZ2013 Bijlage C werkwijze G", "COD755", "VZ2013 Bijlage C",
		"VZ2013 Bijlage C werkwijze E", "VZ2013 Bijlage C werkwijze A", "CS074", "VZ2013 3.3", "Wlz logeeropvang")
}
