package docrules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// TestLeafChecked: leafChecked marks exactly the names check mentions,
// read from the source of check, so that a rule added to check for a new
// name cannot be skipped on a leaf by a list that was not updated.
func TestLeafChecked(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[names.ID]bool{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "check" || fn.Recv == nil {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "names" {
					id := names.Of(sel.Sel.Name)
					if id == names.None {
						t.Errorf("check mentions names.%s, which is no name", sel.Sel.Name)
					}
					want[id] = true
				}
			}
			return true
		})
	}
	if len(want) < 40 {
		t.Fatalf("found %d names in check: not the function meant", len(want))
	}
	for id := names.ID(0); int(id) < names.Count; id++ {
		if leafChecked[id] != want[id] {
			t.Errorf("leafChecked[%s] = %v, check mentions it: %v", id, leafChecked[id], want[id])
		}
	}
}
