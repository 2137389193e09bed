package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleRoot is the root of the module, seen from this package's directory
// (go test runs in it).
const moduleRoot = "../.."

// schemaPath is the JSON Schema of the conformance files.
var schemaPath = filepath.Join(moduleRoot, "testdata", "conformance", "schema.json")

// A schemaValidator checks a JSON value against a JSON Schema (draft
// 2020-12), restricted to the keywords testdata/conformance/schema.json
// uses: type, required, properties, additionalProperties, items, pattern,
// enum, oneOf, anyOf and minItems. The annotations $schema, $id, $comment,
// title and description are ignored; any other keyword is reported as an
// error, so the schema cannot come to rely on a keyword nobody checks.
type schemaValidator struct {
	patterns map[string]*regexp.Regexp
	errs     []string
}

// validateJSON decodes doc and schema (numbers kept as json.Number) and
// returns every violation, each as "path: message".
func validateJSON(schema, doc []byte) ([]string, error) {
	s, err := decodeJSON(schema)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	v, err := decodeJSON(doc)
	if err != nil {
		return nil, err
	}
	sv := &schemaValidator{patterns: map[string]*regexp.Regexp{}}
	sv.validate(s, v, "$")
	return sv.errs, nil
}

func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("trailing data after the JSON value")
	}
	return v, nil
}

func (sv *schemaValidator) fail(path, format string, args ...any) {
	sv.errs = append(sv.errs, path+": "+fmt.Sprintf(format, args...))
}

// valid reports whether v matches schema, without recording errors (for
// oneOf and anyOf).
func (sv *schemaValidator) valid(schema, v any, path string) bool {
	sub := &schemaValidator{patterns: sv.patterns}
	sub.validate(schema, v, path)
	return len(sub.errs) == 0
}

// validate records every way v fails schema. Keywords are applied in a
// fixed order so that the messages are stable.
func (sv *schemaValidator) validate(schema, v any, path string) {
	switch s := schema.(type) {
	case bool:
		if !s {
			sv.fail(path, "no value is allowed here")
		}
		return
	case map[string]any:
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sv.keyword(s, k, v, path)
		}
	default:
		sv.fail(path, "schema must be an object or a boolean, not %T", schema)
	}
}

func (sv *schemaValidator) keyword(s map[string]any, k string, v any, path string) {
	arg := s[k]
	obj, isObj := v.(map[string]any)
	arr, isArr := v.([]any)
	str, isStr := v.(string)
	switch k {
	case "$schema", "$id", "$comment", "title", "description":
		// Annotations.
	case "type":
		var types []string
		switch t := arg.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				if name, ok := x.(string); ok {
					types = append(types, name)
				}
			}
		}
		if len(types) == 0 {
			sv.fail(path, "schema: type must be a string or an array of strings")
			return
		}
		for _, t := range types {
			if hasType(v, t) {
				return
			}
		}
		sv.fail(path, "%s is not of type %s", jsonKind(v), strings.Join(types, " or "))
	case "required":
		names, ok := arg.([]any)
		if !ok {
			sv.fail(path, "schema: required must be an array")
			return
		}
		if !isObj {
			return
		}
		for _, n := range names {
			name, _ := n.(string)
			if _, present := obj[name]; !present {
				sv.fail(path, "missing required property %q", name)
			}
		}
	case "properties":
		props, ok := arg.(map[string]any)
		if !ok {
			sv.fail(path, "schema: properties must be an object")
			return
		}
		if !isObj {
			return
		}
		for _, name := range sortedKeys(obj) {
			if sub, declared := props[name]; declared {
				sv.validate(sub, obj[name], path+"."+name)
			}
		}
	case "additionalProperties":
		if !isObj {
			return
		}
		props, _ := s["properties"].(map[string]any)
		for _, name := range sortedKeys(obj) {
			if _, declared := props[name]; declared {
				continue
			}
			if b, ok := arg.(bool); ok && !b {
				sv.fail(path, "property %q is not allowed", name)
				continue
			}
			sv.validate(arg, obj[name], path+"."+name)
		}
	case "items":
		if !isArr {
			return
		}
		for i, x := range arr {
			sv.validate(arg, x, fmt.Sprintf("%s[%d]", path, i))
		}
	case "minItems":
		n, ok := arg.(json.Number)
		min, err := n.Int64()
		if !ok || err != nil {
			sv.fail(path, "schema: minItems must be an integer")
			return
		}
		if isArr && int64(len(arr)) < min {
			sv.fail(path, "array has %d items, fewer than %d", len(arr), min)
		}
	case "pattern":
		p, ok := arg.(string)
		if !ok {
			sv.fail(path, "schema: pattern must be a string")
			return
		}
		re, err := sv.pattern(p)
		if err != nil {
			sv.fail(path, "schema: pattern %q: %v", p, err)
			return
		}
		if isStr && !re.MatchString(str) {
			sv.fail(path, "%q does not match pattern %q", shorten(str), shorten(p))
		}
	case "enum":
		values, ok := arg.([]any)
		if !ok {
			sv.fail(path, "schema: enum must be an array")
			return
		}
		for _, e := range values {
			if reflect.DeepEqual(e, v) {
				return
			}
		}
		sv.fail(path, "%v is not one of %v", v, values)
	case "oneOf", "anyOf":
		subs, ok := arg.([]any)
		if !ok || len(subs) == 0 {
			sv.fail(path, "schema: %s must be a non-empty array", k)
			return
		}
		n := 0
		for _, sub := range subs {
			if sv.valid(sub, v, path) {
				n++
			}
		}
		switch {
		case k == "oneOf" && n != 1:
			sv.fail(path, "matches %d of the oneOf schemas, not exactly 1", n)
		case k == "anyOf" && n == 0:
			sv.fail(path, "matches none of the anyOf schemas")
		}
	default:
		sv.fail(path, "schema: unsupported keyword %q", k)
	}
}

func (sv *schemaValidator) pattern(p string) (*regexp.Regexp, error) {
	if re, ok := sv.patterns[p]; ok {
		return re, nil
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return nil, err
	}
	sv.patterns[p] = re
	return re, nil
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		if _, err := n.Int64(); err == nil {
			return true
		}
		f, err := n.Float64()
		return err == nil && f == float64(int64(f))
	}
	return false
}

func jsonKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func shorten(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// conformanceFiles returns every conformance file of the module.
func conformanceFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(moduleRoot, "*", "testdata", "conformance", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no conformance files under %s", moduleRoot)
	return files
}

func readSchema(t *testing.T) []byte {
	t.Helper()
	schema, err := os.ReadFile(schemaPath)
	require.NoError(t, err)
	return schema
}

// TestConformanceFilesMatchSchema validates every conformance file of the
// module against testdata/conformance/schema.json.
func TestConformanceFilesMatchSchema(t *testing.T) {
	schema := readSchema(t)
	for _, f := range conformanceFiles(t) {
		doc, err := os.ReadFile(f)
		require.NoError(t, err)
		errs, err := validateJSON(schema, doc)
		require.NoError(t, err, f)
		if len(errs) > 10 {
			errs = append(errs[:10], fmt.Sprintf("... and %d more", len(errs)-10))
		}
		assert.Empty(t, errs, "%s does not match the schema", f)
	}
}

// validFile is a conformance file that matches the schema; the broken
// samples below change one thing each.
const validFile = `{
  "suite": "calendar/werkdagen",
  "description": "a sample",
  "cases": [
    {"id": "ok-1", "description": "d", "source": "Atw art. 3 lid 1", "rules": ["Atw art. 3 lid 1"],
     "input": {"op": "is_werkdag", "date": "2026-05-14"}, "expect": {"value": false}},
    {"id": "ok-2", "description": "d", "source": "iWlz-XSLT 2.2 TR046", "release": "iWlz 2.2",
     "input": {"op": "mutatie"}, "expect": {"violations": ["TR046"]}}
  ]
}`

func TestSchemaRejectsBrokenFiles(t *testing.T) {
	schema := readSchema(t)
	errs, err := validateJSON(schema, []byte(validFile))
	require.NoError(t, err)
	require.Empty(t, errs, "the valid sample must pass")

	for name, tc := range map[string]struct{ from, to, want string }{
		"no suite":              {`"suite": "calendar/werkdagen",`, ``, `missing required property "suite"`},
		"suite without package": {`"calendar/werkdagen"`, `"werkdagen"`, `does not match pattern`},
		"unknown file field":    {`"description": "a sample",`, `"description": "a sample", "version": 2,`, `property "version" is not allowed`},
		"no cases":              {`"cases": [`, `"cases": [], "x": [`, `fewer than 1`},
		"unknown case field":    {`"id": "ok-1",`, `"id": "ok-1", "note": "x",`, `property "note" is not allowed`},
		"bad id":                {`"ok-1"`, `"OK 1"`, `does not match pattern`},
		"no source":             {`"source": "Atw art. 3 lid 1", `, ``, `missing required property "source"`},
		"source without key":    {`"source": "Atw art. 3 lid 1"`, `"source": "notes.md section 3"`, `does not match pattern`},
		"key without boundary":  {`"source": "Atw art. 3 lid 1"`, `"source": "Atwood 3"`, `does not match pattern`},
		"empty description":     {`"description": "d", "source": "Atw`, `"description": " ", "source": "Atw`, `does not match pattern`},
		"value case, no rules":  {`"rules": ["Atw art. 3 lid 1"],`, ``, `matches none of the anyOf schemas`},
		"rules not strings":     {`"rules": ["Atw art. 3 lid 1"]`, `"rules": [3]`, `is not of type string`},
		"rules not an array":    {`"rules": ["Atw art. 3 lid 1"]`, `"rules": "Atw"`, `is not of type array`},
		"unknown release":       {`"release": "iWlz 2.2"`, `"release": "iWlz 9.9"`, `is not one of`},
		"input not an object":   {`"input": {"op": "is_werkdag", "date": "2026-05-14"}`, `"input": "x"`, `is not of type object`},
		"value and violations":  {`"expect": {"value": false}`, `"expect": {"value": false, "violations": ["X"]}`, `matches 0 of the oneOf schemas`},
		"empty violations":      {`"expect": {"violations": ["TR046"]}`, `"expect": {"violations": []}`, `matches 0 of the oneOf schemas`},
		"empty expect":          {`"expect": {"value": false}`, `"expect": {}`, `matches 0 of the oneOf schemas`},
	} {
		t.Run(name, func(t *testing.T) {
			require.Equal(t, 1, strings.Count(validFile, tc.from), "the sample has %q once", tc.from)
			errs, err := validateJSON(schema, []byte(strings.Replace(validFile, tc.from, tc.to, 1)))
			require.NoError(t, err)
			require.NotEmpty(t, errs, "the broken sample must fail")
			assert.Contains(t, strings.Join(errs, "\n"), tc.want)
		})
	}
}

// TestSchemaValidator checks each keyword of the validator on its own.
func TestSchemaValidator(t *testing.T) {
	for _, tc := range []struct {
		schema, doc string
		ok          bool
	}{
		{`{"type": "string"}`, `"x"`, true},
		{`{"type": "string"}`, `3`, false},
		{`{"type": ["string", "null"]}`, `null`, true},
		{`{"type": "integer"}`, `3`, true},
		{`{"type": "integer"}`, `3.5`, false},
		{`{"type": "number"}`, `3.5`, true},
		{`{"type": "boolean"}`, `false`, true},
		{`{"type": "object"}`, `[]`, false},
		{`{"required": ["a"]}`, `{"a": 1}`, true},
		{`{"required": ["a"]}`, `{"b": 1}`, false},
		{`{"required": ["a"]}`, `"not an object"`, true},
		{`{"properties": {"a": {"type": "string"}}}`, `{"a": 1}`, false},
		{`{"properties": {"a": {"type": "string"}}}`, `{"b": 1}`, true},
		{`{"properties": {"a": {}}, "additionalProperties": false}`, `{"a": 1}`, true},
		{`{"properties": {"a": {}}, "additionalProperties": false}`, `{"b": 1}`, false},
		{`{"additionalProperties": {"type": "string"}}`, `{"b": "x"}`, true},
		{`{"additionalProperties": {"type": "string"}}`, `{"b": 1}`, false},
		{`{"items": {"type": "string"}}`, `["a", "b"]`, true},
		{`{"items": {"type": "string"}}`, `["a", 2]`, false},
		{`{"minItems": 2}`, `[1]`, false},
		{`{"minItems": 2}`, `[1, 2]`, true},
		{`{"pattern": "^a+$"}`, `"aaa"`, true},
		{`{"pattern": "^a+$"}`, `"ab"`, false},
		{`{"pattern": "b"}`, `"abc"`, true},
		{`{"enum": ["x", 2]}`, `"x"`, true},
		{`{"enum": ["x", 2]}`, `2`, true},
		{`{"enum": ["x", 2]}`, `"y"`, false},
		{`{"oneOf": [{"type": "string"}, {"pattern": "a"}]}`, `"a"`, false},
		{`{"oneOf": [{"type": "string"}, {"type": "null"}]}`, `"a"`, true},
		{`{"oneOf": [{"type": "string"}, {"type": "null"}]}`, `1`, false},
		{`{"anyOf": [{"type": "string"}, {"pattern": "a"}]}`, `"a"`, true},
		{`{"anyOf": [{"type": "string"}, {"type": "null"}]}`, `1`, false},
		{`false`, `1`, false},
		{`true`, `1`, true},
		{`{}`, `{"anything": [1, null]}`, true},
		{`{"title": "t", "description": "d", "$comment": "c"}`, `1`, true},
		{`{"minLength": 1}`, `"x"`, false}, // unsupported keyword: reported, never ignored
		{`{"pattern": "("}`, `"x"`, false}, // a broken pattern is reported
	} {
		errs, err := validateJSON([]byte(tc.schema), []byte(tc.doc))
		require.NoError(t, err)
		assert.Equal(t, tc.ok, len(errs) == 0, "schema %s, value %s: %v", tc.schema, tc.doc, errs)
	}
}
