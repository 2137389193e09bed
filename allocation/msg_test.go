package allocation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/xsdtest"
)

type codec struct {
	name   string
	code   string
	sample func() any
	encode func(any) ([]byte, error)
	decode func([]byte) (any, allocation.Report, error)
	fresh  func() any
}

func mk[T any](name, code string, sample func() *T, enc func(*T) ([]byte, error), dec func([]byte) (*T, allocation.Report, error)) codec {
	return codec{
		name: name, code: code,
		sample: func() any { return sample() },
		encode: func(v any) ([]byte, error) { return enc(v.(*T)) },
		decode: func(b []byte) (any, allocation.Report, error) {
			m, rep, err := dec(b)
			if m == nil {
				return nil, rep, err
			}
			return m, rep, err
		},
		fresh: func() any { return new(T) },
	}
}

var codecs = []codec{
	mk("IO31", "388", sampleIO31, (*allocation.IO31).Encode, allocation.DecodeIO31),
	mk("AW33", "352", sampleAW33, (*allocation.AW33).Encode, allocation.DecodeAW33),
	mk("AW34", "353", sampleAW34, (*allocation.AW34).Encode, allocation.DecodeAW34),
}

func TestMessagesEncodeValidDecode(t *testing.T) {
	for _, c := range codecs {
		t.Run(c.name, func(t *testing.T) {
			m := c.sample()
			data, err := c.encode(m)
			require.NoError(t, err)
			got, rep, err := c.decode(data)
			require.NoError(t, err)
			assert.Equal(t, c.name, rep.Bericht)
			assert.Equal(t, allocation.IWlz22, rep.Release)
			require.Empty(t, rep.Findings, "%s\n%s", rep.String(), data)
			require.Empty(t, cmp.Diff(m, got))

			js, err := json.Marshal(m)
			require.NoError(t, err)
			back := c.fresh()
			require.NoError(t, json.Unmarshal(js, back))
			require.Empty(t, cmp.Diff(m, back))

			xsdtest.Validate(t, c.name, data)
		})
	}
}

func TestMessagesNotAMessage(t *testing.T) {
	for _, c := range codecs {
		t.Run(c.name, func(t *testing.T) {
			data, err := c.encode(c.sample())
			require.NoError(t, err)
			lower := strings.ToLower(c.name)
			other := "aw35"
			cases := map[string]string{
				"empty":         "",
				"not XML":       "<Bericht",
				"DTD":           `<?xml version="1.0"?><!DOCTYPE Bericht [<!ENTITY x "y">]><Bericht/>`,
				"wrong root":    strings.Replace(strings.Replace(string(data), "<Bericht ", "<Berichten ", 1), "</Bericht>", "</Berichten>", 1),
				"other message": strings.Replace(string(data), "/"+lower+"/schema", "/"+other+"/schema", 1),
				"iWlz 2.1":      strings.Replace(string(data), "/2_2/"+lower+"/", "/2_1/"+lower+"/", 1),
				"no namespace":  "<Bericht/>",
				"BerichtCode":   strings.Replace(string(data), ">"+c.code+"<", ">999<", 1),
			}
			for name, in := range cases {
				m, _, err := c.decode([]byte(in))
				assert.Nil(t, m, name)
				var me *allocation.MessageError
				if assert.True(t, errors.As(err, &me), "%s: %v", name, err) {
					assert.Equal(t, c.name, me.Bericht)
					assert.ErrorIs(t, err, allocation.ErrMessage)
				}
			}
		})
	}
}

// JSON of a message uses the element names.
func TestAW33JSONElementNames(t *testing.T) {
	js, err := json.Marshal(sampleAW33())
	require.NoError(t, err)
	s := string(js)
	for _, want := range []string{`"Release":"iWlz 2.2"`, `"BerichtCode":"352"`, `"Clienten":[{"Bsn":"999911120"`,
		`"ToegewezenZorgzwaartepakketten":[{"ZzpCode":"754"`, `"Dagtekening":"2021-03-04"`} {
		assert.Contains(t, s, want)
	}
	assert.NotContains(t, s, `"Einddatum":""`, "optional empty leaves are omitted")
}
