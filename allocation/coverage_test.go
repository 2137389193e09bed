package allocation_test

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// TestRuleCoverage: every rule the allocation issue names has a passing and
// a violating conformance case.
func TestRuleCoverage(t *testing.T) {
	conformance.RequireCoverage(t, os.DirFS("testdata/conformance"),
		"CD040", "CD050", "CD051", "CS074", "CD052", "CD072", "CD073", "CS132", "TR119", "TR124", "CS003", "TR016", "CS023",
		"TR014", "TR015", "TR035", "TR057", "TR010", "TR034", "OP021", "TR106", "TR120", "TR127", "TR077", "OP162", "OP329",
		"TR107", "RFC24016", "CD029", "CS130", "VZ2013 4.8", "VZ2013 4.5", "VZ2013 5.2", "VZ2013 Bijlage A Reguliere zorg",
		"VZ2013 Bijlage A Transferzorg", "COD163", "COD578", "COD165", "COD172", "COD755", "COD756", "COD732", "COD736",
		"COD999", "COD260", "COD981", "COD982", "COD983", "COD001", "AGB", "LDT_Besluitnummer")
}
