package allocation_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/xsdtest"
)

func sampleAW33XML(t testing.TB) string {
	data, err := sampleAW33().Encode()
	require.NoError(t, err)
	return string(data)
}

// replace replaces the n-th (1-based) occurrence of old in s.
func replace(t *testing.T, s, old, new string, n int) string {
	t.Helper()
	i := -1
	for k := 0; k < n; k++ {
		j := strings.Index(s[i+1:], old)
		require.GreaterOrEqual(t, j, 0, "%q occurs fewer than %d times", old, n)
		i += 1 + j
	}
	return s[:i] + new + s[i+len(old):]
}

// Every kind of schema fault is one XSD finding at the XPath of the
// element (for a missing element: its parent's path plus its name), and
// decoding goes on. xmllint rejects every one of the mutated messages.
func TestAW33Findings(t *testing.T) {
	const client = "/Bericht/Clienten/Client"
	const tzp = client + "/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket"
	tests := []struct {
		name       string
		old, new   string
		n          int
		loc, msgIn string
	}{
		{"wrong namespace", "<iwlz:Identificatie>AW33-000123</iwlz:Identificatie>", "<Identificatie>AW33-000123</Identificatie>", 1,
			"/Bericht/Header/BerichtIdentificatie/Identificatie", "hoort in namespace \"http://www.istandaarden.nl/iwlz/2_2/basisschema/schema\""},
		{"unknown element", "<GeheimeClient>", "<Foo>1</Foo><GeheimeClient>", 1, client + "/Foo", "is hier niet toegestaan"},
		{"out of order", "<Bsn>999911120</Bsn>\n      <GeheimeClient>2</GeheimeClient>", "<GeheimeClient>2</GeheimeClient><Bsn>999911120</Bsn>", 1,
			client + "/Bsn", "niet op zijn plaats"},
		{"missing", "<Leefeenheid>1</Leefeenheid>", "", 1, client + "/Leefeenheid", "verplicht element Leefeenheid ontbreekt"},
		{"missing in a basis type", "<iwlz:NaamGebruik>1</iwlz:NaamGebruik>", "", 1, client + "/Naam/NaamGebruik", "ontbreekt"},
		{"missing item of a wrapper", "<Contactgegevens>", "<Contactgegevens/><X>", 1, client + "/Contactgegevens/Contact", "ontbreekt"},
		{"too many", "<Geslacht>2</Geslacht>", "<Geslacht>2</Geslacht><Geslacht>1</Geslacht>", 1, client + "/Geslacht[2]", "maxOccurs 1"},
		{"text in a complex element", "<Indicatie>", "<Indicatie>tekst", 1, client + "/Indicatie", "bevat tekst \"tekst"},
		{"element in a leaf", "<Bsn>999911120</Bsn>", "<Bsn>999911120<b/></Bsn>", 1, client + "/Bsn/b", "mag geen kindelementen"},
		{"pattern", "<Bsn>999911120</Bsn>", "<Bsn>99991112</Bsn>", 1, client + "/Bsn", `waarde "99991112" voldoet niet aan facet pattern [0-9]{9}`},
		{"enumeration", "<Geslacht>2</Geslacht>", "<Geslacht>7</Geslacht>", 1, client + "/Geslacht", "facet enumeration van LDT_Geslacht"},
		{"enumeration is not trimmed", "<Geslacht>2</Geslacht>", "<Geslacht> 2</Geslacht>", 1, client + "/Geslacht", "facet enumeration"},
		{"maxLength", "<iwlz:Postcode>3511AB</iwlz:Postcode>", "<iwlz:Postcode>3511AB NL</iwlz:Postcode>", 1, client + "/Contactgegevens/Contact/Adres/Postcode", "facet maxLength 8"},
		{"date", "<Ingangsdatum>2021-02-01</Ingangsdatum>", "<Ingangsdatum>2021-02-29</Ingangsdatum>", 1, client + "/Indicatie/Ingangsdatum", "xs:date"},
		{"date with a timezone", "<Ingangsdatum>2021-02-01</Ingangsdatum>", "<Ingangsdatum>2021-02-01Z</Ingangsdatum>", 1, client + "/Indicatie/Ingangsdatum", "facet pattern [^:Z]*"},
		{"time", "<Toewijzingstijd>10:15:00</Toewijzingstijd>", "<Toewijzingstijd>10:60:00</Toewijzingstijd>", 1, tzp + "[1]/Toewijzingstijd", "xs:time"},
		{"percentage pattern", "<ToewijzingPercentage>5000</ToewijzingPercentage>", "<ToewijzingPercentage>5050</ToewijzingPercentage>", 2,
			tzp + "[3]/ToewijzingPercentage", "facet pattern [1-9][0-9]*00"},
		{"integer", "<Besluitnummer>123456789</Besluitnummer>", "<Besluitnummer>12a</Besluitnummer>", 1, client + "/Indicatie/Besluitnummer", "xs:integer"},
		{"minInclusive", "<Besluitnummer>123456789</Besluitnummer>", "<Besluitnummer>0</Besluitnummer>", 1, client + "/Indicatie/Besluitnummer", "facet minInclusive 1"},
		{"maxInclusive", "<ToewijzingPercentage>10000</ToewijzingPercentage>", "<ToewijzingPercentage>100000</ToewijzingPercentage>", 1, tzp + "[1]/ToewijzingPercentage", "facet maxInclusive 99999"},
		{"BerichtVersie pinned", "<BerichtVersie>5</BerichtVersie>", "<BerichtVersie>05</BerichtVersie>", 1, "/Bericht/Header/BerichtVersie", "facet pattern 5"},
		{"BerichtSubversie pinned", "<BerichtSubversie>2</BerichtSubversie>", "<BerichtSubversie>3</BerichtSubversie>", 1, "/Bericht/Header/BerichtSubversie", "facet pattern 2"},
		{"Voorletters", "<iwlz:Voorletters>MJ</iwlz:Voorletters>", "<iwlz:Voorletters>M.J.</iwlz:Voorletters>", 1, client + "/Naam/Voorletters", "facet pattern ([a-zA-ZÀ-ỳ])+"},
		{"newline where . forbids it", "<iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>", "<iwlz:Plaatsnaam>Utr\necht</iwlz:Plaatsnaam>", 1, client + "/Contactgegevens/Contact/Adres/Plaatsnaam", "facet pattern .*[^\\s].*"},
		{"empty required", "<Leefeenheid>1</Leefeenheid>", "<Leefeenheid/>", 1, client + "/Leefeenheid", `waarde "" voldoet niet aan facet enumeration`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := replace(t, sampleAW33XML(t), tt.old, tt.new, tt.n)
			if tt.name == "missing item of a wrapper" {
				in = replace(t, in, "</Contactgegevens>", "</X>", 1)
				in = strings.Replace(in, "<X>", "", 1)
				in = strings.Replace(in, "</X>", "", 1)
				// Leaves the contact's children directly in Client: expect
				// them as unknown too; only the wrapper finding is checked.
			}
			m, rep, err := allocation.DecodeAW33([]byte(in))
			require.NoError(t, err)
			require.NotNil(t, m)
			require.NotEmpty(t, rep.Findings)
			found := false
			for _, f := range rep.Findings {
				assert.Equal(t, "XSD", f.Rule.String())
				assert.Equal(t, allocation.XSD, f.Rule.Rule())
				if len(f.Locaties) == 1 && f.Locaties[0] == tt.loc && strings.Contains(f.Message, tt.msgIn) {
					found = true
				}
			}
			assert.True(t, found, "want a finding at %s containing %q, got\n%s", tt.loc, tt.msgIn, rep.String())
			if tt.name != "missing item of a wrapper" {
				assert.Len(t, rep.Findings, 1, rep.String())
			}
			if valid, ran := xsdtest.Valid(t, "AW33", []byte(in)); ran {
				assert.False(t, valid, "xmllint accepts the message")
			}
		})
	}
}

// Decoding goes on after a fault: every fault of one message is reported,
// in document order, and the values around them are kept.
func TestAW33FindingsAllAtOnce(t *testing.T) {
	in := sampleAW33XML(t)
	in = strings.Replace(in, "<Geslacht>2</Geslacht>", "<Geslacht>7</Geslacht>", 1)
	in = strings.Replace(in, "<ZzpCode>754</ZzpCode>", "<ZzpCode>7540</ZzpCode>", 3)
	m, rep, err := allocation.DecodeAW33([]byte(in))
	require.NoError(t, err)
	var locs []string
	for _, f := range rep.Findings {
		locs = append(locs, f.Locaties...)
	}
	const ind = "/Bericht/Clienten/Client/Indicatie"
	assert.Equal(t, []string{
		"/Bericht/Clienten/Client/Geslacht",
		ind + "/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket/ZzpCode",
		ind + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/ZzpCode",
		ind + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[2]/ZzpCode",
	}, locs)
	assert.Equal(t, "7", m.Clienten[0].Geslacht)
	assert.Equal(t, "41000456", m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[1].Instelling)
}

// A hostile message of many faults yields MaxFindings findings and
// Truncated.
func TestAW33FindingsBounded(t *testing.T) {
	in := sampleAW33XML(t)
	in = strings.Replace(in, "<GeheimeClient>", strings.Repeat("<Foo/>", allocation.MaxFindings+10)+"<GeheimeClient>", 1)
	_, rep, err := allocation.DecodeAW33([]byte(in))
	require.NoError(t, err)
	assert.Len(t, rep.Findings, allocation.MaxFindings)
	assert.True(t, rep.Truncated)
}

// A 2.4 message: Klasse and the functie elements are findings; a missing
// Klasse (required in 2.2 GeindiceerdZorgzwaartepakket) is none.
func TestAW33Release24(t *testing.T) {
	m := sampleAW33()
	m.Release = allocation.IWlz24
	m.Clienten[0].Indicatie.GeindiceerdeZorgzwaartepakketten[0].Klasse = ""
	m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0].Klasse = ""
	data, err := m.Encode()
	require.NoError(t, err)
	got, rep, err := allocation.DecodeAW33(data)
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, rep.String())
	assert.Equal(t, allocation.IWlz24, got.Release)

	m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0].Klasse = "KE7"
	data, err = m.Encode()
	require.NoError(t, err)
	_, rep, err = allocation.DecodeAW33(data)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, []string{"/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/Klasse"}, rep.Findings[0].Locaties)
	assert.Contains(t, rep.Findings[0].Message, "iWlz 2.4")
}
