// Command gencodes writes the iWlz code types of the library from the one
// data file internal/codelists/codelists.json: for every list its Go type,
// constants, codes.List table and methods (ParseT, Code, String, ValidOn,
// MarshalText, UnmarshalText), into <package>/codes_gen.go, and
// allocation.CodeListVersion.
//
// It runs from go generate in a target package (//go:generate go run
// ../internal/tools/gencodes), which writes that package's file, or from
// anywhere in the module with -all, which writes every target's file:
//
//	go generate ./allocation ./waitstatus
//	go run ./internal/tools/gencodes -all
//
// With -check it writes nothing and fails when a committed file differs
// from what it would write. It is a tool, not part of the library: it reads
// and writes files.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	all := flag.Bool("all", false, "write the file of every target package (default: the package go generate runs in, $GOPACKAGE)")
	check := flag.Bool("check", false, "write nothing; fail when a committed file is stale")
	flag.Parse()
	if err := run(*all, *check); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(all, check bool) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root, module, err := moduleRoot(wd)
	if err != nil {
		return err
	}
	f, err := load(root)
	if err != nil {
		return err
	}
	pkgs := f.packages()
	if !all {
		pkg := os.Getenv("GOPACKAGE")
		if pkg == "" {
			return errors.New("gencodes: run it from go generate, or pass -all")
		}
		pkgs = []string{pkg}
	}
	var stale []string
	for _, pkg := range pkgs {
		src, err := render(f, module, pkg)
		if err != nil {
			return err
		}
		path := filepath.Join(root, pkg, outName)
		if check {
			old, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(old, src) {
				stale = append(stale, path)
			}
			continue
		}
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return err
		}
	}
	if len(stale) > 0 {
		return fmt.Errorf("gencodes: stale, run go generate: %s", strings.Join(stale, ", "))
	}
	return nil
}

// load reads and checks the data file of the module at root.
func load(root string) (*File, error) {
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(dataPath)))
	if err != nil {
		return nil, err
	}
	return decode(b)
}

// moduleRoot finds the directory of go.mod at or above dir, and the
// module path it declares.
func moduleRoot(dir string) (root, module string, err error) {
	for d := dir; ; {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
					return d, strings.Trim(strings.TrimSpace(rest), `"`), nil
				}
			}
			return "", "", fmt.Errorf("gencodes: %s/go.mod has no module line", d)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", "", fmt.Errorf("gencodes: no go.mod at or above %s", dir)
		}
		d = parent
	}
}
