package docrules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

// fakeAGB is an AGB register for the tests: codes valid from a date, and
// instelling-zorgkantoor pairs.
type fakeAGB struct {
	validFrom map[string]calendar.Date
	regio     map[string]string
	calls     []string
}

func (f *fakeAGB) Geldig(code string, from, to calendar.Date) bool {
	f.calls = append(f.calls, "Geldig "+code+" "+from.String()+" "+to.String())
	d, ok := f.validFrom[code]
	return ok && !from.IsZero() && !from.Before(d)
}

func (f *fakeAGB) HoortBij(instelling, zorgkantoor string) bool {
	f.calls = append(f.calls, "HoortBij "+instelling+" "+zorgkantoor)
	return f.regio[instelling] == zorgkantoor
}

func TestAGBRegister(t *testing.T) {
	agb := &fakeAGB{
		validFrom: map[string]calendar.Date{"12345678": calendar.MustDate("2020-01-01"), "87654321": calendar.MustDate("2021-03-01")},
		regio:     map[string]string{"12345678": "5502"},
	}
	// Without a register TR042 and TR100 are skipped, as in the stylesheet.
	assert.Empty(t, check(t, "AW39", readTestdata(t, "aw39.xml"), docrules.Options{}))
	assert.Empty(t, check(t, "AW39", readTestdata(t, "aw39.xml"), docrules.Options{AGB: agb}))
	// The stylesheet's order: children before parents, the Header first.
	assert.Equal(t, []string{
		"HoortBij 12345678 5502",
		"Geldig 12345678 2021-03-31 ", // MutatieZorgzwaartepakket/Instelling: Mutatiedatum
		"Geldig 87654321 2021-03-31 ", // InstellingBestemming
		"Geldig 12345678 2021-02-01 ", // Aanvraag/Instelling: Afgiftedatum
		"Geldig 12345678 2021-04-01 ", // Aanvraag/Dossierhouder: Dagtekening
		"Geldig 87654321 2021-04-01 ", // AanvraagInstelling/Instelling: ToewijzingIngangsdatum
	}, trimZero(agb.calls))

	// An instelling not yet valid on the Mutatiedatum; an Afzender of
	// another region.
	agb.calls = nil
	agb.validFrom["87654321"] = calendar.MustDate("2021-04-02")
	agb.regio["12345678"] = "5503"
	got := check(t, "AW39", readTestdata(t, "aw39.xml"), docrules.Options{AGB: agb})
	assert.Equal(t, []string{
		"TR100 /Bericht/Header/Afzender, /Bericht/Header/Ontvanger",
		"TR042 /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/InstellingBestemming",
		"TR042 /Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling/Instelling",
	}, flat(got))

	// AW33: from and to of the toegewezen zorgeenheid; AW35: the
	// GeleverdeFunctie gets no date (the stylesheet's path is misspelt).
	agb.calls = nil
	check(t, "AW33", readTestdata(t, "aw33.xml"), docrules.Options{AGB: agb})
	assert.Equal(t, []string{"Geldig 12345678 2021-03-15 "}, trimZero(agb.calls))
	agb.calls = nil
	aw35 := strings.Replace(readTestdata(t, "aw35.xml"), "<aw35:GeleverdeZorgzwaartepakketten>",
		"<aw35:GeleverdeFuncties><aw35:GeleverdeFunctie><aw35:Begindatum>2021-01-01</aw35:Begindatum><aw35:Instelling> 12345678 </aw35:Instelling></aw35:GeleverdeFunctie></aw35:GeleverdeFuncties><aw35:GeleverdeZorgzwaartepakketten>", 1)
	got = check(t, "AW35", aw35, docrules.Options{AGB: agb})
	assert.Equal(t, []string{"HoortBij 12345678 5502", "Geldig 12345678  ", "Geldig 12345678 2021-03-16 ", "Geldig 12345678 2021-03-17 "}, trimZero(agb.calls))
	assert.Equal(t, []string{
		"TR100 /Bericht/Header/Afzender, /Bericht/Header/Ontvanger",
		"TR042 /Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie/Instelling",
	}, flat(got))
}

// trimZero shows a zero Date as "".
func trimZero(calls []string) []string {
	out := make([]string, len(calls))
	for i, c := range calls {
		out[i] = strings.ReplaceAll(c, calendar.Date{}.String(), "")
	}
	return out
}

func flat(fs []foutJSON) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Code+" "+strings.Join(f.Locaties, ", "))
	}
	return out
}

func TestCheckInputs(t *testing.T) {
	var d xmltree.Doc
	require.NoError(t, d.Parse([]byte(readTestdata(t, "aw33.xml"))))
	rep := allocation.Report{Bericht: "AW33", Release: allocation.IWlz22}
	assert.False(t, docrules.Check("ZK33", &d, &rep, docrules.Options{}), "unknown message")
	assert.True(t, docrules.Check("AW33", nil, &rep, docrules.Options{}))
	assert.True(t, docrules.Check("AW33", &d, nil, docrules.Options{}))
	assert.True(t, docrules.Check("AW33", &xmltree.Doc{}, &rep, docrules.Options{}))
	broken := xmltree.Doc{Elems: append([]xmltree.Elem(nil), d.Elems...)}
	broken.Elems[3].NextSibling = 2 // a cycle
	assert.True(t, docrules.Check("AW33", &broken, &rep, docrules.Options{}))
	assert.Empty(t, rep.Findings)
	assert.Nil(t, docrules.Rules("AW36"))
	assert.Equal(t, []string{"CD004", "CD005", "CD007", "CD025", "CD051", "CD072", "CS002", "CS023",
		"CS058", "CS062", "CS074", "CS088", "CS089", "CS127", "TR002", "TR008", "TR010", "TR034", "TR039",
		"TR042", "TR064", "TR097", "TR100", "TR101"}, docrules.Rules("AW35"))
}

// TestRootNotBericht: the stylesheet checks below an element named
// Bericht only.
func TestRootNotBericht(t *testing.T) {
	doc := `<x><aw33:Bsn xmlns:aw33="http://www.istandaarden.nl/iwlz/2_2/aw33/schema">1</aw33:Bsn>` +
		`<Bericht><a><aw33:Bsn xmlns:aw33="http://www.istandaarden.nl/iwlz/2_2/aw33/schema">1</aw33:Bsn></a></Bericht></x>`
	assert.Equal(t, []string{"CS002 /x/Bericht/a/Bsn"}, flat(check(t, "AW33", doc, docrules.Options{})))
	assert.Empty(t, check(t, "AW33", `<Bericht xmlns:aw33="http://www.istandaarden.nl/iwlz/2_2/aw33/schema"><aw33:Bsn>999999990</aw33:Bsn></Bericht>`, docrules.Options{}))
}

// TestReleaseGate: the report's release judges the rules (rep.Add).
func TestReleaseGate(t *testing.T) {
	var d xmltree.Doc
	require.NoError(t, d.Parse([]byte(strings.Replace(readTestdata(t, "aw33.xml"), "<aw33:Bsn>999999990<", "<aw33:Bsn>123456789<", 1))))
	rep := allocation.Report{Bericht: "AW33", Release: allocation.IWlz23}
	docrules.Check("AW33", &d, &rep, docrules.Options{})
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "CS002", rep.Findings[0].Rule.String())
	assert.Equal(t, []string{"/Bericht/Clienten/Client/Bsn"}, rep.Findings[0].Locaties)
	assert.NotEmpty(t, rep.Findings[0].Message)
}

// TestBounded: a message of many faulty elements yields at most
// MaxFindings findings, and many equal keys are grouped, not compared
// pairwise beyond the bound.
func TestBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<aw33:Bericht xmlns:aw33="http://www.istandaarden.nl/iwlz/2_2/aw33/schema"><aw33:Clienten>`)
	for range 20000 {
		b.WriteString(`<aw33:Client><aw33:Bsn>1</aw33:Bsn></aw33:Client>`)
	}
	b.WriteString(`</aw33:Clienten></aw33:Bericht>`)
	var d xmltree.Doc
	require.NoError(t, d.Parse([]byte(b.String())))
	rep := allocation.Report{Bericht: "AW33", Release: allocation.IWlz22}
	docrules.Check("AW33", &d, &rep, docrules.Options{})
	assert.Len(t, rep.Findings, allocation.MaxFindings)
	assert.True(t, rep.Truncated)
}

func TestTR101Many(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<aw39:Bericht xmlns:aw39="http://www.istandaarden.nl/iwlz/2_2/aw39/schema"><aw39:Clienten>`)
	for i := range 100 {
		bsn := "999999990"
		if i%40 == 7 {
			bsn = " 999999990"
		}
		if i%2 == 1 {
			bsn = "11122233" + string(rune('0'+i%3))
		}
		b.WriteString(`<aw39:Client><aw39:Bsn>` + bsn + `</aw39:Bsn><aw39:Aanvragen><aw39:Aanvraag/></aw39:Aanvragen></aw39:Client>`)
	}
	b.WriteString(`</aw39:Clienten></aw39:Bericht>`)
	got := check(t, "AW39", b.String(), docrules.Options{})
	n := map[string]int{}
	for _, f := range got {
		n[f.Code]++
	}
	// 50 equal Bsn: 1225 pairs; 17+17+16 of the others: 136+136+120.
	assert.Equal(t, 1225+136+136+120, n["TR101"])
	// CS002 for the odd ones that fail the 11-proef (1112223331, ...).
	assert.Equal(t, len(got)-n["TR101"], n["CS002"])
}
