package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

func loadModule(t *testing.T) (*File, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	root, module, err := moduleRoot(wd)
	require.NoError(t, err)
	f, err := load(root)
	require.NoError(t, err)
	return f, root, module
}

// The committed codes_gen.go of every target package is what the generator
// writes from the committed data file: editing one without the other fails.
func TestGeneratedFilesAreFresh(t *testing.T) {
	f, root, module := loadModule(t)
	for _, pkg := range f.packages() {
		want, err := render(f, module, pkg)
		require.NoError(t, err)
		path := filepath.Join(root, pkg, outName)
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run go generate ./%s", pkg)
		if !bytes.Equal(got, want) {
			gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
			for i := 0; i < len(gl) || i < len(wl); i++ {
				var g, w string
				if i < len(gl) {
					g = gl[i]
				}
				if i < len(wl) {
					w = wl[i]
				}
				if g != w {
					t.Errorf("%s is stale (run go generate ./%s): line %d is\n\t%s\nthe generator writes\n\t%s", path, pkg, i+1, g, w)
					break
				}
			}
		}
	}
}

// Each list is a registry row of kind code list that cites the same source,
// so a violation of a code names the list the data file describes.
func TestListsAreRegistryRows(t *testing.T) {
	f, _, _ := loadModule(t)
	for _, l := range f.Lists {
		r, ok := allocation.LookupRule(l.ID)
		if !assert.True(t, ok, "%s has no registry row", l.ID) {
			continue
		}
		info := r.Info()
		assert.Equal(t, allocation.KindCodeList, info.Kind, l.ID)
		assert.Equal(t, info.Source, l.Source, l.ID)
	}
}

// go generate in a target package runs the generator.
func TestGenerateDirectives(t *testing.T) {
	f, root, _ := loadModule(t)
	for _, pkg := range f.packages() {
		files, err := filepath.Glob(filepath.Join(root, pkg, "*.go"))
		require.NoError(t, err)
		found := false
		for _, name := range files {
			b, err := os.ReadFile(name)
			require.NoError(t, err)
			found = found || bytes.Contains(b, []byte("\n//go:generate go run ../internal/tools/gencodes\n"))
		}
		assert.True(t, found, "package %s has no //go:generate directive for gencodes", pkg)
	}
}

func TestVersionAndConstants(t *testing.T) {
	f, _, _ := loadModule(t)
	assert.Equal(t, f.Version, allocation.CodeListVersion)
	assert.Contains(t, f.Version, "iWlz-codelijsten-APiWlz 091ee8910bb8")
	// Spot checks that the data kept the values of the hand-written tables.
	assert.Equal(t, "753", allocation.ZZP4VV.Code())
	assert.Equal(t, "4", allocation.Verblijf.Code())
	v, err := allocation.ParseLeveringsvorm("zin")
	require.NoError(t, err)
	assert.Equal(t, allocation.Verblijf, v)
}

// check refuses data that would generate wrong or ambiguous Go.
func TestCheckRejects(t *testing.T) {
	good := func() *File {
		return &File{Version: "v", Lists: []List{{
			ID: "COD578", Name: "Leveringsvorm", Type: "Leveringsvorm", Package: "allocation",
			Source: "iWlz-codelijsten COD578", Doc: "how",
			Codes: []Code{
				{Code: "2", Name: "PGB", Const: "PGB"},
				{Code: "4", Name: "Verblijf", Const: "Verblijf", Aliases: []string{"ZIN"}, From: "2018-04-01"},
			},
		}}}
	}
	require.NoError(t, good().check())
	tests := []struct {
		name   string
		change func(f *File)
		want   string
	}{
		{"no version", func(f *File) { f.Version = "" }, "version is empty"},
		{"bad id", func(f *File) { f.Lists[0].ID = "578" }, "not CODnnn"},
		{"id twice", func(f *File) { f.Lists = append(f.Lists, f.Lists[0]) }, "id appears twice"},
		{"unexported type", func(f *File) { f.Lists[0].Type = "lv" }, "not an exported Go identifier"},
		{"code twice", func(f *File) { f.Lists[0].Codes[1].Code = "2" }, "code appears twice"},
		{"constant twice", func(f *File) { f.Lists[0].Codes[1].Const = "PGB" }, "is already constant"},
		{"constant is the type", func(f *File) { f.Lists[0].Codes[1].Const = "Leveringsvorm" }, "is already type"},
		{"some constants", func(f *File) { f.Lists[0].Codes[1].Const = "" }, "all or none"},
		{"bad date", func(f *File) { f.Lists[0].Codes[1].From = "2018-02-30" }, "2018-02-30"},
		{"until before from", func(f *File) { f.Lists[0].Codes[1].Until = "2018-04-01" }, "is not before until"},
		{"alias is a code", func(f *File) { f.Lists[0].Codes[1].Aliases = []string{"2"} }, "is a code of the list"},
		{"alias twice", func(f *File) { f.Lists[0].Codes[0].Aliases = []string{"zin"} }, "is also an alias"},
		{"doc and comment", func(f *File) { f.Lists[0].Codes[0].Doc, f.Lists[0].Codes[0].Comment = "PGB x", "x" }, "both set"},
		{"doc of another name", func(f *File) { f.Lists[0].Codes[0].Doc = "Verblijf is" }, "does not start with PGB"},
		{"type doc of another name", func(f *File) { f.Lists[0].TypeDoc = "It is" }, "typeDoc does not start"},
		{"method doc of another name", func(f *File) { f.Lists[0].MethodDocs = map[string]string{"Parse": "Parse parses"} }, "does not start with ParseLeveringsvorm"},
		{"unknown method", func(f *File) { f.Lists[0].HandWritten = []string{"NameOn"} }, "not a generated method"},
		{"doc of a hand-written method", func(f *File) {
			f.Lists[0].HandWritten = []string{"String"}
			f.Lists[0].MethodDocs = map[string]string{"String": "String returns"}
		}, "hand-written"},
		{"no codes", func(f *File) { f.Lists[0].Codes = nil }, "1 to 255 codes"},
		{"no source", func(f *File) { f.Lists[0].Source = "" }, "are required"},
	}
	for _, tt := range tests {
		f := good()
		tt.change(f)
		err := f.check()
		if assert.Error(t, err, tt.name) {
			assert.Contains(t, err.Error(), tt.want, tt.name)
		}
	}
}

func TestDecodeIsStrict(t *testing.T) {
	_, err := decode([]byte(`{"version": "v", "lists": [], "colour": 1}`))
	require.ErrorContains(t, err, "colour")
	b, err := json.Marshal(File{Version: "v"})
	require.NoError(t, err)
	_, err = decode(b)
	require.ErrorContains(t, err, "no lists")
}

// A list of another package imports allocation for CodeError; a
// hand-written method is left out.
func TestRenderOtherPackage(t *testing.T) {
	f := &File{Version: "v", Lists: []List{{
		ID: "COD588", Name: "Mutatiecode", Type: "Mutatiecode", Package: "waitstatus",
		Source: "iWlz-codelijsten COD588", Doc: "what changed", HandWritten: []string{"String"},
		Codes: []Code{{Code: "02", Name: "Overlijden", Const: "MUT02", Until: "2020-01-01", Comment: "Overlijden"}},
	}}}
	require.NoError(t, f.check())
	src, err := render(f, "example.org/m", "waitstatus")
	require.NoError(t, err)
	s := string(src)
	assert.True(t, strings.HasPrefix(s, "// Code generated by gencodes from internal/codelists/codelists.json; DO NOT EDIT.\n"))
	assert.Contains(t, s, `"example.org/m/allocation"`)
	assert.Contains(t, s, "&allocation.CodeError{")
	assert.Contains(t, s, "MUT02 Mutatiecode = iota + 1 // Overlijden\n")
	assert.Contains(t, s, "Until: codes.YMD(2020, time.January, 1)")
	assert.NotContains(t, s, ") String() string")
	assert.NotContains(t, s, "CodeListVersion")
	_, err = render(f, "example.org/m", "allocation")
	require.ErrorContains(t, err, "no code list for package allocation")
}
