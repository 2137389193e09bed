package waitstatus_test

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
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// codec is one message type under test.
type codec struct {
	name   string
	code   string
	sample func() any
	encode func(any) ([]byte, error)
	decode func([]byte) (any, allocation.Report, error)
	fresh  func() any // a zero value for JSON
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
	mk("AW35", "354", sampleAW35, (*waitstatus.AW35).Encode, waitstatus.DecodeAW35),
	mk("AW36", "355", sampleAW36, (*waitstatus.AW36).Encode, waitstatus.DecodeAW36),
	mk("AW39", "358", sampleAW39, (*waitstatus.AW39).Encode, waitstatus.DecodeAW39),
	mk("AW310", "359", sampleAW310, (*waitstatus.AW310).Encode, waitstatus.DecodeAW310),
}

// Each sample encodes to XML that xmllint accepts against the official XSD
// and that decodes, without findings, to the same value; JSON with the
// element names round-trips too.
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

// Bytes that are no message of the type are an error and no message.
func TestMessagesNotAMessage(t *testing.T) {
	for _, c := range codecs {
		t.Run(c.name, func(t *testing.T) {
			data, err := c.encode(c.sample())
			require.NoError(t, err)
			lower := strings.ToLower(c.name)
			other := "aw33"
			if lower == other {
				other = "aw35"
			}
			cases := map[string]string{
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

// The 2.3 and 2.4 namespaces are read (inferred from 2.2); in 2.4 the
// functie elements and Klasse are findings and a missing Klasse is not.
func TestMessagesLaterReleases(t *testing.T) {
	m := sampleAW39()
	for _, rel := range []allocation.Release{allocation.IWlz23, allocation.IWlz24} {
		m.Release = rel
		data, err := m.Encode()
		require.NoError(t, err)
		assert.Contains(t, string(data), rel.MessageNamespace("aw39"))
		got, rep, err := waitstatus.DecodeAW39(data)
		require.NoError(t, err)
		assert.Equal(t, rel, rep.Release)
		assert.Empty(t, rep.Findings)
		assert.Empty(t, cmp.Diff(m, got))
	}
	m.Clienten[0].MutatieFuncties = []waitstatus.AW39MutatieFunctie{{
		Besluitnummer: "1", FunctieCode: "21", ToewijzingIngangsdatum: "2021-01-01", Instelling: "41000123",
		Mutatiecode: "12", Mutatiedatum: "2021-01-02", StatusAanlevering: "1",
	}}
	m.Clienten[0].Aanvragen[0].Klasse = "KE4"
	data, err := m.Encode()
	require.NoError(t, err)
	_, rep, err := waitstatus.DecodeAW39(data)
	require.NoError(t, err)
	var locs []string
	for _, f := range rep.Findings {
		assert.Equal(t, "XSD", f.Rule.String())
		locs = append(locs, f.Locaties...)
	}
	assert.Equal(t, []string{
		"/Bericht/Clienten/Client/MutatieFuncties",
		"/Bericht/Clienten/Client/Aanvragen/Aanvraag/Klasse",
	}, locs)
}

func TestMessagesEncodeRefuses(t *testing.T) {
	m := sampleAW39()
	m.Release = 0
	_, err := m.Encode()
	var re *allocation.ReleaseError
	assert.True(t, errors.As(err, &re), "%v", err)
	m.Release = allocation.IWlz21
	_, err = m.Encode()
	assert.ErrorIs(t, err, allocation.ErrMessage)
	m.Release = allocation.IWlz22
	m.Clienten[0].Naam.Voorletters = "M\x01"
	_, err = m.Encode()
	var me *allocation.MessageError
	require.True(t, errors.As(err, &me), "%v", err)
	assert.Equal(t, "/Bericht/Clienten/Client/Naam/Voorletters", me.Path)
	m.Clienten[0].Naam.Voorletters = "M\xff"
	_, err = m.Encode()
	assert.ErrorIs(t, err, allocation.ErrMessage)
	var nilMsg *waitstatus.AW39
	_, err = nilMsg.Encode()
	assert.ErrorIs(t, err, allocation.ErrMessage)
}

// AW39 faults at exact XPaths, decoding going on.
func TestAW39Findings(t *testing.T) {
	data, err := sampleAW39().Encode()
	require.NoError(t, err)
	in := string(data)
	in = strings.Replace(in, "<Mutatiecode>18</Mutatiecode>", "<Mutatiecode>02</Mutatiecode>", 1)
	in = strings.Replace(in, "<ToewijzingPercentage>2500</ToewijzingPercentage>", "<ToewijzingPercentage>2550</ToewijzingPercentage>", 1)
	in = strings.Replace(in, "<Etmalen>3,5</Etmalen>", "<Etmalen>3.5</Etmalen>", 1)
	in = strings.Replace(in, "<Instelling>41000123</Instelling>", "<Instelling>4100012</Instelling>", 1)
	in = strings.Replace(in, "<iwlz:Voorletters>MJ</iwlz:Voorletters>", "<iwlz:Voorletters>MJ</iwlz:Voorletters><iwlz:Voornamen>M</iwlz:Voornamen>", 1)
	m, rep, err := waitstatus.DecodeAW39([]byte(in))
	require.NoError(t, err)
	const c = "/Bericht/Clienten/Client"
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Locaties[0]+" | "+f.Message)
	}
	assert.Equal(t, []string{
		c + "/Naam/Voornamen | element Voornamen staat niet op zijn plaats in de volgorde van het schema (xs:sequence)",
		c + "/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket[1]/Instelling | element Instelling: waarde \"4100012\" voldoet niet aan facet pattern [0-9]{8}",
		c + "/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket[1]/Mutatiecode | element Mutatiecode: waarde \"02\" voldoet niet aan facet enumeration van LDT_MutatieCode",
		c + "/Aanvragen/Aanvraag/Etmalen | element Etmalen: waarde \"3.5\" voldoet niet aan facet enumeration van LDT_Etmalen",
		c + "/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling[2]/ToewijzingPercentage | element ToewijzingPercentage: waarde \"2550\" voldoet niet aan facet pattern [1-9][0-9]*00",
	}, got)
	assert.Equal(t, "M", m.Clienten[0].Naam.Voornamen)
	if valid, ran := xsdtest.Valid(t, "AW39", []byte(in)); ran {
		assert.False(t, valid)
	}
}
