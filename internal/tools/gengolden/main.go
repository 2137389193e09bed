// Command gengolden writes the golden verdicts of the official iWlz 2.2
// validation (schemas and stylesheets) on generated messages, for the
// differential test of the library's message validator.
//
// Run it from the repository root:
//
//	go run ./internal/tools/gengolden
//
// It needs xmllint and xsltproc (libxml2/libxslt) on the PATH and the
// official material next to the repository: the stylesheets
// (-xslt, default ../shared/iwlz-xslt-2.2) and the schemas (-xsd, default
// ../shared/iwlz-xsd-2.2). It builds each message as XML text, validates it
// with xmllint against the message XSD (via a temporary directory of
// symlinks, since the XSDs import "basisschema.xsd" in lowercase; nothing is
// copied), runs xsltproc with the message's stylesheet, and writes one JSON
// file per message type into testdata/iwlz (aw33.json, aw35.json,
// aw39.json, io31.json) plus testdata/iwlz/README.md with the counts. The
// random messages come from fixed seeds, so a rerun writes byte-identical
// files. It is a tool, not part of the library: it reads and writes files
// and runs programs.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	xslt := flag.String("xslt", "../shared/iwlz-xslt-2.2", "the iWlz 2.2 stylesheets (iWlz-Xslt checkout)")
	xsd := flag.String("xsd", "../shared/iwlz-xsd-2.2", "the iWlz 2.2 schemas (XSD-iWlz checkout)")
	out := flag.String("out", "testdata/iwlz", "output directory")
	only := flag.String("only", "", "generate only this message type (AW33, AW39, IO31, AW35); the README is then not written")
	flag.Parse()
	if err := run(*xslt, *xsd, *out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "gengolden:", err)
		os.Exit(1)
	}
}

// suite is one message type: how to build its cases.
type suite struct {
	msg   string
	build func() []Entry
}

func suites() []suite {
	return []suite{
		{"AW33", func() []Entry { return buildAW33(33, 520) }},
		{"AW35", func() []Entry { return buildAW35(35, 330) }},
		{"AW39", func() []Entry { return buildAW39(39, 420) }},
		{"IO31", func() []Entry { return build33("IO31", append(clientCases("IO31"), io31Cases()...), 31, 320) }},
	}
}

func run(xslt, xsd, out, only string) error {
	t, err := newTools(xslt, xsd)
	if err != nil {
		return err
	}
	defer t.close()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var summaries []string
	for _, s := range suites() {
		if only != "" && s.msg != only {
			continue
		}
		cases := s.build()
		if len(cases) == 0 {
			continue
		}
		if err := checkNames(cases); err != nil {
			return fmt.Errorf("%s: %w", s.msg, err)
		}
		if err := t.judge(s.msg, cases); err != nil {
			return fmt.Errorf("%s: %w", s.msg, err)
		}
		rules, err := includedRules(filepath.Join(t.xsltDir, s.msg+".xsl"))
		if err != nil {
			return err
		}
		b, err := json.MarshalIndent(cases, "", "  ")
		if err != nil {
			return err
		}
		b = append(b, '\n')
		if err := os.WriteFile(filepath.Join(out, strings.ToLower(s.msg)+".json"), b, 0o644); err != nil {
			return err
		}
		sum := summarize(s.msg, cases, rules)
		fmt.Print(sum)
		summaries = append(summaries, sum)
	}
	if only != "" {
		return nil
	}
	return os.WriteFile(filepath.Join(out, "README.md"), []byte(readme(summaries)), 0o644)
}

func checkNames(cases []Entry) error {
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.Name] {
			return fmt.Errorf("duplicate case name %s", c.Name)
		}
		seen[c.Name] = true
	}
	return nil
}

var includeRE = regexp.MustCompile(`<xsl:include href="[a-z]+/([A-Z]{2}[0-9]{3})\.xsl"`)

// includedRules lists the rule codes a message stylesheet includes.
func includedRules(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range includeRE.FindAllSubmatch(b, -1) {
		out = append(out, string(m[1]))
	}
	return out, nil
}

// summarize counts, per rule, the messages it fires in (all messages and
// the XSD-valid ones), and lists included rules that never fire.
func summarize(msg string, cases []Entry, rules []string) string {
	valid := 0
	all := map[string]int{}
	ok := map[string]int{}
	clean := 0
	for _, c := range cases {
		if c.XSD {
			valid++
			if len(c.Fouten) == 0 {
				clean++
			}
		}
		seen := map[string]bool{}
		for _, f := range c.Fouten {
			if seen[f.Code] {
				continue
			}
			seen[f.Code] = true
			all[f.Code]++
			if c.XSD {
				ok[f.Code]++
			}
		}
	}
	codes := append([]string(nil), rules...)
	inc := map[string]bool{}
	for _, r := range rules {
		inc[r] = true
	}
	for c := range all {
		if !inc[c] {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	var b bytes.Buffer
	fmt.Fprintf(&b, "### %s\n\n", msg)
	fmt.Fprintf(&b, "%d messages, %d XSD-valid (%d of them without fouten), %d XSD-invalid.\n\n", len(cases), valid, clean, len(cases)-valid)
	fmt.Fprintf(&b, "| Rule | Included | Messages it fires in | XSD-valid messages it fires in |\n|---|---|---|---|\n")
	var never []string
	for _, c := range codes {
		in := "yes"
		if !inc[c] {
			in = "no"
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d |\n", c, in, all[c], ok[c])
		if inc[c] && ok[c] == 0 {
			never = append(never, c)
		}
	}
	if len(never) > 0 {
		fmt.Fprintf(&b, "\nIncluded but never firing on an XSD-valid message: %s (see below).\n", strings.Join(never, ", "))
	}
	b.WriteString("\n")
	return b.String()
}
