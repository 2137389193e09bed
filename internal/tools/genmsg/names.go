package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// elementName matches the name of an xs:element declaration.
var elementName = regexp.MustCompile(`<xs:element\b[^>]*\bname="([A-Za-z][A-Za-z0-9]*)"`)

// stylesheetNames are names the official iWlz 2.2 stylesheets look for
// that no iWlz 2.2 XSD declares: the Dagtekening template they share with
// the declaratie messages (iWlz-XSLT 2.2 TR002) also reads
// Header/DeclaratieFactuurIdentificatie/FactuurDagtekening.
var stylesheetNames = []string{"DeclaratieFactuurIdentificatie", "FactuurDagtekening"}

// namesFile writes internal/names/names_gen.go: an ID per element name
// declared in any XSD of the directory (every iWlz 2.2 message, not only
// those the library decodes) and per stylesheetNames, in sorted order.
func namesFile(xsd, module string) ([]byte, error) {
	paths, err := filepath.Glob(filepath.Join(xsd, "*.xsd"))
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		for _, m := range elementName.FindAllSubmatch(b, -1) {
			set[string(m[1])] = true
		}
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("genmsg: no element names in %s", xsd)
	}
	for _, n := range stylesheetNames {
		set[n] = true
	}
	var list []string
	for n := range set {
		list = append(list, n)
	}
	sort.Strings(list)
	g := newGen("names", "")
	g.p("// The element names of the iWlz 2.2 XSDs and the names the stylesheets\n// also look for (%d), each an ID.\n", len(list))
	g.p("const (\n\tNone ID = iota // a name that is not in the list\n")
	for _, n := range list {
		g.p("\t%s\n", n)
	}
	g.p("\tcount\n)\n\n")
	g.p("var strs = [count]string{\"\",\n")
	var line strings.Builder
	for _, n := range list {
		if line.Len()+len(n) > 90 {
			g.p("\t%s\n", strings.TrimSpace(line.String()))
			line.Reset()
		}
		fmt.Fprintf(&line, "%q, ", n)
	}
	g.p("\t%s\n}\n", strings.TrimSpace(line.String()))
	return g.source(module, nil)
}
