package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// Entry is one golden case: a message and the verdicts of the official
// schema (xmllint) and stylesheet (xsltproc) on it.
type Entry struct {
	Name      string   `json:"name"`
	About     string   `json:"about"`
	XML       string   `json:"xml"`
	XSD       bool     `json:"xsd"`
	XSDErrors []string `json:"xsdErrors,omitempty"`
	Fouten    []Fout   `json:"fouten"`
}

// Fout is one r:Fout of the stylesheet's rapport: its rule code and its
// r:Locatie paths, in report order.
type Fout struct {
	Code     string   `json:"code"`
	Locaties []string `json:"locaties"`
}

// tools holds the locations of the official material and of the schema
// directory with the lowercase basisschema.xsd link.
type tools struct {
	xsltDir   string // .../xslt-validatie/wlz/2_2
	schemaDir string // temporary directory with symlinks to the XSDs
	workDir   string // temporary directory for message files
}

// newTools makes the temporary schema directory: a symlink per XSD plus
// basisschema.xsd (the message schemas import the basisschema in lowercase).
// Nothing is copied.
func newTools(xsltRoot, xsdRoot string) (*tools, error) {
	xsdDir := filepath.Join(xsdRoot, "XSD")
	xsltDir := filepath.Join(xsltRoot, "xslt-validatie", "wlz", "2_2")
	for _, p := range []string{xsdDir, xsltDir} {
		if _, err := os.Stat(p); err != nil {
			return nil, err
		}
	}
	for _, prog := range []string{"xmllint", "xsltproc"} {
		if _, err := exec.LookPath(prog); err != nil {
			return nil, fmt.Errorf("%s is needed: %w", prog, err)
		}
	}
	sd, err := os.MkdirTemp("", "gengolden-xsd-")
	if err != nil {
		return nil, err
	}
	wd, err := os.MkdirTemp("", "gengolden-msg-")
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(xsdDir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(abs, "*.xsd"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := os.Symlink(f, filepath.Join(sd, filepath.Base(f))); err != nil {
			return nil, err
		}
	}
	if err := os.Symlink(filepath.Join(abs, "Basisschema.xsd"), filepath.Join(sd, "basisschema.xsd")); err != nil {
		return nil, err
	}
	xa, err := filepath.Abs(xsltDir)
	if err != nil {
		return nil, err
	}
	return &tools{xsltDir: xa, schemaDir: sd, workDir: wd}, nil
}

func (t *tools) close() {
	os.RemoveAll(t.schemaDir)
	os.RemoveAll(t.workDir)
}

// judge runs xmllint and xsltproc on every case and fills in the
// verdicts. Each program runs once over a batch of message files (the
// stylesheet is compiled once per batch); the files are named cNNNNN.xml
// and xmllint's messages are given with the file name msg.xml.
func (t *tools) judge(msg string, cases []Entry) error {
	const batch = 100
	var wg sync.WaitGroup
	var errs []error
	var mu sync.Mutex
	sem := make(chan struct{}, max(2, runtime.NumCPU()))
	for lo := 0; lo < len(cases); lo += batch {
		hi := min(lo+batch, len(cases))
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := t.judgeBatch(msg, lo, cases[lo:hi]); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

func (t *tools) judgeBatch(msg string, off int, cases []Entry) error {
	dir := filepath.Join(t.workDir, fmt.Sprintf("%s-%05d", msg, off))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	names := make([]string, len(cases))
	for i := range cases {
		names[i] = fmt.Sprintf("c%05d.xml", i)
		if err := os.WriteFile(filepath.Join(dir, names[i]), []byte(cases[i].XML), 0o644); err != nil {
			return err
		}
	}
	// Schema verdicts.
	cmd := exec.Command("xmllint", append([]string{"--noout", "--schema", filepath.Join(t.schemaDir, msg+".xsd")}, names...)...)
	cmd.Dir = dir
	var lint bytes.Buffer
	cmd.Stderr = &lint
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			return err
		}
	}
	verdict := map[string]string{}
	msgs := map[string][]string{}
	for _, line := range strings.Split(lint.String(), "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, t.schemaDir+"/", ""))
		if line == "" {
			continue
		}
		name, rest, ok := strings.Cut(line, ":")
		if f, v, ok2 := strings.Cut(line, " "); ok2 && (v == "validates" || v == "fails to validate") {
			verdict[f] = v
			continue
		}
		if !ok {
			return fmt.Errorf("xmllint: unexpected line %q", line)
		}
		msgs[name] = append(msgs[name], "msg.xml:"+rest)
	}
	for i, n := range names {
		e := &cases[i]
		switch verdict[n] {
		case "validates":
			e.XSD, e.XSDErrors = true, nil
			if len(msgs[n]) > 0 {
				return fmt.Errorf("%s: xmllint validated with messages %q", e.Name, msgs[n])
			}
		case "fails to validate":
			e.XSD, e.XSDErrors = false, msgs[n]
			if len(e.XSDErrors) == 0 {
				return fmt.Errorf("%s: xmllint failed without a message", e.Name)
			}
		default:
			return fmt.Errorf("%s: no verdict from xmllint", e.Name)
		}
	}
	// Stylesheet verdicts: xsltproc writes one rapport per input to stdout,
	// in input order, each starting with an XML declaration.
	xs := exec.Command("xsltproc", append([]string{filepath.Join(t.xsltDir, msg+".xsl")}, names...)...)
	xs.Dir = dir
	var xout, xerr bytes.Buffer
	xs.Stdout, xs.Stderr = &xout, &xerr
	if err := xs.Run(); err != nil {
		return fmt.Errorf("xsltproc: %v: %s", err, xerr.String())
	}
	docs := strings.Split(xout.String(), "<?xml ")[1:]
	if len(docs) != len(names) {
		return fmt.Errorf("xsltproc wrote %d rapports for %d messages: %s", len(docs), len(names), xerr.String())
	}
	for i, d := range docs {
		f, err := parseRapport([]byte("<?xml " + d))
		if err != nil {
			return fmt.Errorf("%s: %w", cases[i].Name, err)
		}
		cases[i].Fouten = f
	}
	return nil
}

// parseRapport reads the r:Fout elements of a rapport (rapport.xsd 1.1).
func parseRapport(b []byte) ([]Fout, error) {
	var r struct {
		Fouten []struct {
			Code     string   `xml:"Code"`
			Locaties []string `xml:"Locatie"`
		} `xml:"Fouten>Fout"`
	}
	if err := xml.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("rapport: %w", err)
	}
	out := []Fout{}
	for _, f := range r.Fouten {
		locs := []string{}
		for _, l := range f.Locaties {
			locs = append(locs, strings.TrimSpace(l))
		}
		out = append(out, Fout{Code: strings.TrimSpace(f.Code), Locaties: locs})
	}
	return out, nil
}
