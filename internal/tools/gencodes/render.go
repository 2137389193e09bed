package main

import (
	"bytes"
	"fmt"
	"go/format"
	"slices"
	"strconv"
	"strings"
	"text/template"
)

// dataPath is the data file, relative to the module root; the generated
// header names it.
const dataPath = "internal/codelists/codelists.json"

// outName is the file written in each target package.
const outName = "codes_gen.go"

// allocationPkg owns CodeError and CodeListVersion.
const allocationPkg = "allocation"

// render returns the generated Go file of package pkg, gofmt-ed.
func render(f *File, module, pkg string) ([]byte, error) {
	page := pageData{Version: f.Version, Package: pkg, Qual: allocationPkg + "."}
	if pkg == allocationPkg {
		page.Qual = ""
	}
	for i := range f.Lists {
		l := &f.Lists[i]
		if l.Package != pkg {
			continue
		}
		page.IDs = append(page.IDs, l.ID)
		ld, err := newListData(l)
		if err != nil {
			return nil, err
		}
		page.Lists = append(page.Lists, ld)
	}
	if len(page.Lists) == 0 {
		return nil, fmt.Errorf("gencodes: no code list for package %s", pkg)
	}
	page.Header = wrap("The iWlz code lists "+strings.Join(page.IDs, ", ")+": their types, constants, tables and methods. Source: "+
		f.Version+". To change a list, edit the data file and run go generate.", 74)
	some := func(pred func(l listData) bool) bool { return slices.ContainsFunc(page.Lists, pred) }
	var imports []string
	if some(func(l listData) bool { return !l.Hand["MarshalText"] }) {
		imports = append(imports, "strconv")
	}
	if some(func(l listData) bool { return l.usesTime }) {
		imports = append(imports, "time")
	}
	imports = append(imports, "")
	if pkg != allocationPkg {
		imports = append(imports, module+"/"+allocationPkg)
	}
	if some(func(l listData) bool { return !l.Hand["ValidOn"] }) {
		imports = append(imports, module+"/calendar")
	}
	page.Imports = append(imports, module+"/internal/codes")

	var buf bytes.Buffer
	if err := fileTemplate.Execute(&buf, page); err != nil {
		return nil, fmt.Errorf("gencodes: %w", err)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("gencodes: generated Go for %s does not parse: %w", pkg, err)
	}
	return src, nil
}

type pageData struct {
	Header  string // what the file holds, wrapped
	Version string
	Package string
	Qual    string // "allocation." outside package allocation
	IDs     []string
	Imports []string // "" is a blank line between groups
	Lists   []listData
}

type listData struct {
	*List
	Var      string // "leveringsvormList"
	Recv     string // "l"
	TypeDoc  string
	ConstDoc string
	Consts   []constData
	Entries  []string // the rows of the table after {}
	Docs     map[string]string
	Hand     map[string]bool
	usesTime bool
}

type constData struct {
	Name, Doc, Comment string
}

func newListData(l *List) (listData, error) {
	d := listData{
		List: l,
		Var:  strings.ToLower(l.Type[:1]) + l.Type[1:] + "List",
		Recv: strings.ToLower(l.Type[:1]),
		Docs: map[string]string{},
		Hand: map[string]bool{},
	}
	if strings.Contains("bd", d.Recv) { // the names of a parameter and a variable of the methods
		d.Recv = "x"
	}
	d.TypeDoc = l.TypeDoc
	if d.TypeDoc == "" {
		d.TypeDoc = fmt.Sprintf("%s is an iWlz %s %s: %s.\nThe zero value is absent. It marshals to the official code.", l.Type, l.ID, l.Name, l.Doc)
	}
	d.ConstDoc = l.ConstDoc
	if d.ConstDoc == "" {
		d.ConstDoc = "The " + l.ID + " codes."
	}
	defaults := map[string]string{
		"Parse":         fmt.Sprintf("Parse%s parses an iWlz %s code.", l.Type, l.ID),
		"Code":          fmt.Sprintf("Code returns the official %s code (\"\" when absent).", l.ID),
		"String":        "String returns the Dutch name.",
		"ValidOn":       "ValidOn reports whether the code exists and is valid on d.",
		"MarshalText":   "MarshalText implements encoding.TextMarshaler (the code; empty when absent).",
		"UnmarshalText": "UnmarshalText implements encoding.TextUnmarshaler; empty text is absent.",
	}
	for _, m := range methods {
		d.Docs[m] = defaults[m]
		if doc, ok := l.MethodDocs[m]; ok {
			d.Docs[m] = doc
		}
	}
	for _, m := range l.HandWritten {
		d.Hand[m] = true
	}
	for _, c := range l.Codes {
		if c.Const != "" {
			cd := constData{Name: c.Const, Doc: c.Doc, Comment: c.Comment}
			if cd.Doc == "" && cd.Comment == "" {
				cd.Doc = fmt.Sprintf("%s is code %s: %s%s.", c.Const, c.Code, c.Name, validity(c.From, c.Until))
			}
			d.Consts = append(d.Consts, cd)
		}
		e := fmt.Sprintf("Code: %s, Name: %s", strconv.Quote(c.Code), strconv.Quote(c.Name))
		for _, bound := range []struct{ name, iso string }{{"From", c.From}, {"Until", c.Until}} {
			if bound.iso == "" {
				continue
			}
			lit, err := ymd(bound.iso)
			if err != nil {
				return listData{}, err
			}
			e += ", " + bound.name + ": " + lit
			d.usesTime = true
		}
		if len(c.Aliases) > 0 {
			q := make([]string, len(c.Aliases))
			for i, a := range c.Aliases {
				q[i] = strconv.Quote(a)
			}
			e += ", Aliases: []string{" + strings.Join(q, ", ") + "}"
		}
		d.Entries = append(d.Entries, "{"+e+"}")
	}
	return d, nil
}

// validity is the tail of a constant's default comment.
func validity(from, until string) string {
	switch {
	case from != "" && until != "":
		return ", valid from " + from + " until " + until
	case from != "":
		return ", valid from " + from
	case until != "":
		return ", valid until " + until
	}
	return ""
}

// ymd writes a checked ISO date as a codes.YMD literal; a bad date (which
// decode already refuses) stops the template with its error.
func ymd(iso string) (string, error) {
	d, err := optDate(iso)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("codes.YMD(%d, time.%s, %d)", d.Year(), d.Month(), d.Day()), nil
}

// wrap breaks text into lines of at most width bytes, at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// comment writes text as // lines.
func comment(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("// "+l, " ")
	}
	return strings.Join(lines, "\n")
}

var fileTemplate = template.Must(template.New("file").Funcs(template.FuncMap{
	"comment": comment,
	"quote":   strconv.Quote,
}).Parse(`// Code generated by gencodes from ` + dataPath + `; DO NOT EDIT.

{{comment .Header}}

package {{.Package}}

import (
{{- range .Imports}}
{{if .}}	{{quote .}}{{end}}
{{- end}}
)
{{if not .Qual}}
// CodeListVersion names the release of the iWlz code lists (iWlz-codelijsten)
// that the code types of this module follow: the repository, its commit and
// date, and the tagged release.
const CodeListVersion = {{quote .Version}}
{{end}}
{{- range .Lists}}{{$l := .}}
{{comment .TypeDoc}}
type {{.Type}} uint8
{{if .Consts}}
{{comment .ConstDoc}}
const (
{{- range $i, $c := .Consts}}
{{- if .Doc}}
{{comment .Doc}}{{end}}
	{{.Name}}{{if eq $i 0}} {{$l.Type}} = iota + 1{{end}}{{if .Comment}} // {{.Comment}}{{end}}
{{- end}}
)
{{end}}
// {{.Var}} is {{.ID}} {{.Name}}: {{.Doc}} ({{.Source}}).
var {{.Var}} = codes.Indexed(&codes.List{ID: {{quote .ID}}, Name: {{quote .Name}}, Source: {{quote .Source}}, Rule: uint16({{$.Qual}}{{.ID}}), Entries: []codes.Entry{
	{},
{{- range .Entries}}
	{{.}},
{{- end}}
}})
{{if not (index .Hand "Parse")}}
{{comment (index .Docs "Parse")}}
func Parse{{.Type}}(s string) ({{.Type}}, error) {
	i, ok := {{.Var}}.Parse(s)
	if !ok {
		return 0, listError({{.Var}}, s)
	}
	return {{.Type}}(i), nil
}
{{end}}
{{- if not (index .Hand "Code")}}
{{comment (index .Docs "Code")}}
func ({{.Recv}} {{.Type}}) Code() string { return {{.Var}}.Code(uint8({{.Recv}})) }
{{end}}
{{- if not (index .Hand "String")}}
{{comment (index .Docs "String")}}
func ({{.Recv}} {{.Type}}) String() string { return {{.Var}}.Label(uint8({{.Recv}})) }
{{end}}
{{- if not (index .Hand "ValidOn")}}
{{comment (index .Docs "ValidOn")}}
func ({{.Recv}} {{.Type}}) ValidOn(d calendar.Date) bool { return {{.Var}}.ValidOn(uint8({{.Recv}}), d) }
{{end}}
{{- if not (index .Hand "MarshalText")}}
{{comment (index .Docs "MarshalText")}}
func ({{.Recv}} {{.Type}}) MarshalText() ([]byte, error) {
	if b, ok := {{.Var}}.Marshal(uint8({{.Recv}})); ok {
		return b, nil
	}
	return nil, listError({{.Var}}, strconv.Itoa(int({{.Recv}})))
}
{{end}}
{{- if not (index .Hand "UnmarshalText")}}
{{comment (index .Docs "UnmarshalText")}}
func ({{.Recv}} *{{.Type}}) UnmarshalText(b []byte) error {
	if !{{.Var}}.Unmarshal(b, (*uint8)({{.Recv}})) {
		return listError({{.Var}}, codes.Clip(b))
	}
	return nil
}
{{end}}
{{- end}}
// listError reports text that is no code of list l, or a Go value outside it.
func listError(l *codes.List, input string) error {
	return &{{.Qual}}CodeError{List: l.ID, Name: l.Name, Input: codes.ClipString(input)}
}
`))
