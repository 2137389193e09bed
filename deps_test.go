package zorgtoewijzing_test

import (
	"bufio"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// This test pins the import order of the library, as Go's own
// go/build/deps_test.go pins the standard library's: it parses the imports
// of every non-test .go file of the module and checks them against the
// graph doc.go describes ("Imports run one way"):
//
//	calendar      imports no package of the module
//	allocation    calendar, and internal packages that import only calendar
//	              and other such internal packages (internal/msgxml and
//	              internal/xmltree, under the generated message codecs)
//	waitstatus, overbrugging, vertaaltabel, kortverblijf
//	              calendar, allocation, internal packages; never each other
//	internal/...  calendar, allocation, other internal packages
//	examples/...  anything
//	the root      nothing (it is doc.go only)
//
// internal/conformance is imported by tests only. A package the rules do
// not name fails the test, so a new package gets its place here first.
// Outside the module, library code imports the standard library and
// shopspring/decimal only; internal/conformance (test machinery) may use
// go-cmp as well.

// leaves are the four rule packages that build on allocation.
var leaves = []string{"waitstatus", "overbrugging", "vertaaltabel", "kortverblijf"}

// testOnly are module packages that only _test.go files may import.
var testOnly = []string{"internal/conformance", "internal/xsdtest"}

// thirdParty are the packages outside the module and the standard library
// that non-test code may import, by importing package.
var thirdParty = map[string][]string{
	"":                     {"github.com/shopspring/decimal"},
	"internal/conformance": {"github.com/shopspring/decimal", "github.com/google/go-cmp/cmp"},
}

// depsPkg is one package of the module: its directory relative to the
// module root ("" for the root) and the imports of its non-test files.
type depsPkg struct {
	dir     string
	imports map[string][]string // import path -> files that import it
}

// modulePath reads the module line of go.mod.
func modulePath(t *testing.T) string {
	t.Helper()
	f, err := os.Open("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	t.Fatal("go.mod has no module line")
	return ""
}

// loadPackages parses the imports of every non-test .go file under the
// module root, skipping testdata, hidden directories and nested modules.
func loadPackages(t *testing.T) map[string]*depsPkg {
	t.Helper()
	pkgs := map[string]*depsPkg{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if p != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if p != "." {
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(p))
		if dir == "." {
			dir = ""
		}
		pkg := pkgs[dir]
		if pkg == nil {
			pkg = &depsPkg{dir: dir, imports: map[string][]string{}}
			pkgs[dir] = pkg
		}
		for _, spec := range f.Imports {
			imp, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return err
			}
			pkg.imports[imp] = append(pkg.imports[imp], filepath.ToSlash(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// isStd reports whether imp is a standard-library path (no dot in its
// first element).
func isStd(imp string) bool {
	first, _, _ := strings.Cut(imp, "/")
	return !strings.Contains(first, ".")
}

func isInternal(dir string) bool { return dir == "internal" || strings.HasPrefix(dir, "internal/") }

func isExample(dir string) bool { return dir == "examples" || strings.HasPrefix(dir, "examples/") }

// moduleImports returns the module packages pkg imports, as directories.
func moduleImports(mod string, pkg *depsPkg) []string {
	var out []string
	for imp := range pkg.imports {
		if imp == mod {
			out = append(out, "")
		} else if rest, ok := strings.CutPrefix(imp, mod+"/"); ok {
			out = append(out, rest)
		}
	}
	sort.Strings(out)
	return out
}

// importOK reports whether package dir may import module package dep; why
// says what the rule is when it may not.
func importOK(pkgs map[string]*depsPkg, mod, dir, dep string) (ok bool, why string) {
	if slices.Contains(testOnly, dep) {
		return false, dep + " is imported by tests only"
	}
	switch {
	case dir == "":
		return false, "the root package is documentation only and imports nothing of the module"
	case dir == "calendar":
		return false, "calendar imports no package of the module"
	case dir == "allocation":
		if dep == "calendar" {
			return true, ""
		}
		if isInternal(dep) {
			if d := belowAllocation(pkgs, mod, dep, 0); d != "" {
				return false, "allocation may import an internal package only if that imports calendar and such internal packages alone, and " + dep + " (through) imports " + d
			}
			if pkgs[dep] != nil {
				return true, ""
			}
		}
		return false, "allocation imports only calendar (and internal packages that import only calendar)"
	case slices.Contains(leaves, dir):
		if dep == "calendar" || dep == "allocation" || isInternal(dep) {
			return true, ""
		}
		if slices.Contains(leaves, dep) {
			return false, "the rule packages " + strings.Join(leaves, ", ") + " do not import each other: take the other's answer as an input value"
		}
		return false, dir + " imports only calendar, allocation and internal packages"
	case isInternal(dir):
		if dep == "calendar" || dep == "allocation" || isInternal(dep) {
			return true, ""
		}
		return false, "internal packages import only calendar, allocation and other internal packages"
	case isExample(dir):
		return true, ""
	}
	return false, "package " + dir + " has no place in the import rules of deps_test.go: add it there first"
}

// belowAllocation returns "" when internal package dep imports nothing of
// the module but calendar and internal packages that obey the same rule,
// else the first import that breaks it.
func belowAllocation(pkgs map[string]*depsPkg, mod, dep string, depth int) string {
	p := pkgs[dep]
	if p == nil || depth > 16 {
		return dep
	}
	for _, d := range moduleImports(mod, p) {
		if d == "calendar" {
			continue
		}
		if !isInternal(d) || slices.Contains(testOnly, d) {
			return d
		}
		if bad := belowAllocation(pkgs, mod, d, depth+1); bad != "" {
			return bad
		}
	}
	return ""
}

func TestDependencies(t *testing.T) {
	mod := modulePath(t)
	pkgs := loadPackages(t)
	for _, want := range append([]string{"", "calendar", "allocation"}, leaves...) {
		if pkgs[want] == nil {
			t.Fatalf("package %q not found: is the test run from the module root?", want)
		}
	}
	dirs := make([]string, 0, len(pkgs))
	for dir := range pkgs {
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	for _, dir := range dirs {
		pkg := pkgs[dir]
		name := dir
		if name == "" {
			name = "(root)"
		}
		for _, dep := range moduleImports(mod, pkg) {
			if ok, why := importOK(pkgs, mod, dir, dep); !ok {
				t.Errorf("%s imports %s (%s): %s", name, path.Join(mod, dep), strings.Join(pkg.imports[path.Join(mod, dep)], ", "), why)
			}
		}
		if isExample(dir) {
			continue
		}
		for imp, files := range pkg.imports {
			if isStd(imp) || imp == mod || strings.HasPrefix(imp, mod+"/") {
				continue
			}
			allowed := thirdParty[""]
			if extra, ok := thirdParty[dir]; ok {
				allowed = extra
			}
			if !slices.Contains(allowed, imp) {
				t.Errorf("%s imports %s (%s): library code imports only the standard library and %s", name, imp, strings.Join(files, ", "), strings.Join(allowed, ", "))
			}
		}
	}
}
