package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// File is the data file: every iWlz code list the library uses.
type File struct {
	// About describes the file for a reader of the JSON.
	About []string `json:"about"`
	// Version names the release of the code lists the rows follow; it
	// becomes allocation.CodeListVersion.
	Version string `json:"version"`
	Lists   []List `json:"lists"`
}

// List is one iWlz code list and the Go type generated for it.
type List struct {
	ID      string `json:"id"`      // "COD578"
	Name    string `json:"name"`    // "Leveringsvorm": in messages and errors
	Type    string `json:"type"`    // the Go type, "Leveringsvorm"
	Package string `json:"package"` // the package that owns the type, "allocation"
	Source  string `json:"source"`  // "iWlz-codelijsten COD578": a SOURCES.md key and the list
	// Doc says what the type is: the type comment reads "T is an iWlz ID
	// Name: Doc." and the table's comment repeats it.
	Doc string `json:"doc"`
	// TypeDoc, when set, is the whole type comment instead.
	TypeDoc string `json:"typeDoc,omitempty"`
	// ConstDoc, when set, replaces "The ID codes." above the constants.
	ConstDoc string `json:"constDoc,omitempty"`
	// MethodDocs replaces the default comment of a generated method
	// ("Parse" for the Parse function), keyed by method name.
	MethodDocs map[string]string `json:"methodDocs,omitempty"`
	// HandWritten names generated methods the package writes by hand
	// instead, because they have logic (Mutatiecode.String).
	HandWritten []string `json:"handWritten,omitempty"`
	// Codes are the rows; the Go value of a code is its position, from 1.
	Codes []Code `json:"codes"`
}

// Code is one row of a code list.
type Code struct {
	Code  string `json:"code"`            // the official code, "4"
	Name  string `json:"name"`            // the Dutch name, "Verblijf"
	Const string `json:"const,omitempty"` // the Go constant, "Verblijf"; every code of a list has one, or none has
	// From is the first day the code is valid, Until the first day it is
	// no longer valid (ISO dates; empty is unbounded).
	From  string `json:"from,omitempty"`
	Until string `json:"until,omitempty"`
	// Aliases are other spellings the parser accepts, ignoring case.
	Aliases []string `json:"aliases,omitempty"`
	// Doc replaces the constant's default comment ("C is code X: Name,
	// valid from F until U.").
	Doc string `json:"doc,omitempty"`
	// Comment puts a line comment after the constant instead of a doc
	// comment above it.
	Comment string `json:"comment,omitempty"`
}

// methods are the generated methods of every code type, in file order;
// "Parse" stands for the function ParseT.
var methods = []string{"Parse", "Code", "String", "ValidOn", "MarshalText", "UnmarshalText"}

var listID = regexp.MustCompile(`^COD[0-9]{3,4}$`)

// decode reads the data file strictly (an unknown field is an error) and
// checks it (check).
func decode(b []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("codelists: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("codelists: data after the top-level object")
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	return &f, nil
}

// check rejects data the generator would turn into wrong or ambiguous Go:
// duplicate ids, types, constants, codes or aliases; an alias that is
// another spelling of a code; bad dates; comments that do not start with
// the name they document.
func (f *File) check() error {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if f.Version == "" {
		fail("version is empty")
	}
	if len(f.Lists) == 0 {
		fail("no lists")
	}
	ids := map[string]bool{}
	idents := map[string]string{} // package.identifier -> what declares it
	for li := range f.Lists {
		l := &f.Lists[li]
		at := fmt.Sprintf("lists[%d] %s", li, l.ID)
		if !listID.MatchString(l.ID) {
			fail("%s: id is not CODnnn", at)
		}
		if ids[l.ID] {
			fail("%s: id appears twice", at)
		}
		ids[l.ID] = true
		if !token.IsIdentifier(l.Package) {
			fail("%s: package %q is not a Go package name", at, l.Package)
		}
		declare := func(name, what string) {
			if !token.IsIdentifier(name) || !token.IsExported(name) {
				fail("%s: %s %q is not an exported Go identifier", at, what, name)
			}
			key := l.Package + "." + name
			if prev, ok := idents[key]; ok {
				fail("%s: %s %s is already %s", at, what, key, prev)
			}
			idents[key] = what + " of " + l.ID
		}
		declare(l.Type, "type")
		declare("Parse"+l.Type, "function")
		if l.Name == "" || l.Source == "" || l.Doc == "" {
			fail("%s: name, source and doc are required", at)
		}
		if l.TypeDoc != "" && !startsWithName(l.TypeDoc, l.Type) {
			fail("%s: typeDoc does not start with %s", at, l.Type)
		}
		for _, m := range l.HandWritten {
			if !slices.Contains(methods, m) {
				fail("%s: handWritten %q is not a generated method", at, m)
			}
		}
		for m, doc := range l.MethodDocs {
			name := m
			if m == "Parse" {
				name = "Parse" + l.Type
			}
			switch {
			case !slices.Contains(methods, m):
				fail("%s: methodDocs %q is not a generated method", at, m)
			case slices.Contains(l.HandWritten, m):
				fail("%s: methodDocs %q is for a hand-written method", at, m)
			case !startsWithName(doc, name):
				fail("%s: methodDocs %q does not start with %s", at, m, name)
			}
		}
		if len(l.Codes) == 0 || len(l.Codes) > 255 {
			fail("%s: a list has 1 to 255 codes, not %d", at, len(l.Codes))
		}
		withConst := 0
		codes := map[string]bool{} // upper-case code
		for _, c := range l.Codes {
			codes[strings.ToUpper(c.Code)] = true
		}
		spellings := map[string]string{} // upper-case alias -> code
		seen := map[string]bool{}
		for ci, c := range l.Codes {
			at := fmt.Sprintf("%s code[%d] %q", at, ci, c.Code)
			if c.Code == "" || c.Name == "" {
				fail("%s: code and name are required", at)
			}
			if seen[c.Code] {
				fail("%s: code appears twice", at)
			}
			seen[c.Code] = true
			if c.Const != "" {
				withConst++
				declare(c.Const, "constant")
			}
			if c.Const == "" && (c.Doc != "" || c.Comment != "") {
				fail("%s: doc or comment without a constant", at)
			}
			if c.Doc != "" && c.Comment != "" {
				fail("%s: doc and comment both set", at)
			}
			if c.Doc != "" && !startsWithName(c.Doc, c.Const) {
				fail("%s: doc does not start with %s", at, c.Const)
			}
			if strings.Contains(c.Comment, "\n") {
				fail("%s: a line comment has one line", at)
			}
			from, err1 := optDate(c.From)
			until, err2 := optDate(c.Until)
			for _, err := range []error{err1, err2} {
				if err != nil {
					fail("%s: %v", at, err)
				}
			}
			if !from.IsZero() && !until.IsZero() && !from.Before(until) {
				fail("%s: from %s is not before until %s", at, c.From, c.Until)
			}
			for _, a := range c.Aliases {
				up := strings.ToUpper(a)
				switch {
				case a == "":
					fail("%s: empty alias", at)
				case codes[up]:
					fail("%s: alias %q is a code of the list", at, a)
				case spellings[up] != "":
					fail("%s: alias %q is also an alias of %q", at, a, spellings[up])
				}
				spellings[up] = c.Code
			}
		}
		if withConst != 0 && withConst != len(l.Codes) {
			fail("%s: %d of %d codes have a constant: all or none", at, withConst, len(l.Codes))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("codelists:\n\t%s", strings.Join(errs, "\n\t"))
	}
	return nil
}

// startsWithName reports whether a comment starts with the name it
// documents, followed by a space (the Go doc convention).
func startsWithName(doc, name string) bool { return strings.HasPrefix(doc, name+" ") }

// optDate parses an ISO date; empty is the zero (unbounded) date.
func optDate(s string) (calendar.Date, error) {
	if s == "" {
		return calendar.Date{}, nil
	}
	return calendar.ParseDate(s)
}

// packages returns the packages the lists go to, in order of first use.
func (f *File) packages() []string {
	var out []string
	for _, l := range f.Lists {
		if !slices.Contains(out, l.Package) {
			out = append(out, l.Package)
		}
	}
	return out
}
