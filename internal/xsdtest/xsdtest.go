// Package xsdtest validates generated messages against the official iWlz
// XSD with xmllint, for the tests of allocation and waitstatus. It is test
// machinery: only _test.go files import it. The XSD files are not part of
// the repository (licence); they are read from ../shared/iwlz-xsd-2.2/XSD
// next to the module root, or from $IWLZ_XSD.
package xsdtest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the XSD directory, or "" when it is not there.
func Dir() string {
	if d := os.Getenv("IWLZ_XSD"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			x := filepath.Join(d, "..", "shared", "iwlz-xsd-2.2", "XSD")
			if _, err := os.Stat(filepath.Join(x, "Basisschema.xsd")); err == nil {
				return x
			}
			return ""
		}
		p := filepath.Dir(d)
		if p == d {
			return ""
		}
		d = p
	}
}

// Validate runs xmllint --schema <message>.xsd on data and fails t when
// the schema rejects it. It skips t, saying what is missing, when xmllint
// or the XSD directory is not there.
func Validate(t testing.TB, message string, data []byte) {
	t.Helper()
	lint, err := exec.LookPath("xmllint")
	dir := Dir()
	switch {
	case err != nil && dir == "":
		t.Skip("xmllint not installed and the iWlz XSD (../shared/iwlz-xsd-2.2/XSD) not present")
	case err != nil:
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	case dir == "":
		t.Skip("the iWlz XSD (../shared/iwlz-xsd-2.2/XSD or $IWLZ_XSD) not present")
	}
	// The message schemas import "basisschema.xsd" in lower case: link the
	// files into a temporary directory under both spellings.
	tmp := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".xsd") {
			continue
		}
		abs, err := filepath.Abs(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(tmp, e.Name())); err != nil {
			t.Fatal(err)
		}
		if e.Name() == "Basisschema.xsd" {
			if err := os.Symlink(abs, filepath.Join(tmp, "basisschema.xsd")); err != nil {
				t.Fatal(err)
			}
		}
	}
	file := filepath.Join(tmp, "message.xml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(lint, "--noout", "--nonet", "--schema", filepath.Join(tmp, message+".xsd"), file)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("xmllint rejects the %s message: %v\n%s\n%s", message, err, out.String(), data)
	}
}

// Valid reports whether xmllint accepts data against <message>.xsd, and
// whether it could run at all (ran is false when xmllint or the XSD are
// missing).
func Valid(t testing.TB, message string, data []byte) (valid, ran bool) {
	t.Helper()
	lint, err := exec.LookPath("xmllint")
	dir := Dir()
	if err != nil || dir == "" {
		return false, false
	}
	tmp := t.TempDir()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		abs, _ := filepath.Abs(filepath.Join(dir, e.Name()))
		_ = os.Symlink(abs, filepath.Join(tmp, e.Name()))
		if e.Name() == "Basisschema.xsd" {
			_ = os.Symlink(abs, filepath.Join(tmp, "basisschema.xsd"))
		}
	}
	file := filepath.Join(tmp, "message.xml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err = exec.Command(lint, "--noout", "--nonet", "--schema", filepath.Join(tmp, message+".xsd"), file).Run()
	return err == nil, true
}
