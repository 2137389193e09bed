package overbrugging_test

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// TestRuleCoverage: every rule of the overbrugging issue has a passing and
// a violating conformance case.
func TestRuleCoverage(t *testing.T) {
	conformance.RequireCoverage(t, os.DirFS("testdata/conformance"),
		"VZ2013 4.4.1", "OP182", "VZ2013 Bijlage D", "VZ2013 4.4.2", "VZ2013 4.4.2 extra budget", "VZ2013 4.4.4", "OP183",
		"VZ2013 4.2 punt 3", "VZ2013 4.5", "VZ2013 4.4.3", "VZ2013 4.4.3 behandeling", "VZ2013 4.4.3 dagbehandeling",
		"VZ2013 Bijlage C werkwijze E", "VZ2013 Bijlage C werkwijze F", "CS130", "seed 002", "Omzettingstabel", "Tarieven",
		"Klasse", "Bedrag")
}
