package waitstatus_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// aanvraagRules are the rules NewAanvraag shares with the stylesheet's
// AW39 (iWlz-XSLT 2.2 AW39), judged by both on the same aanvraag.
var aanvraagRules = []string{"CD040", "CD047", "CD048", "CD050", "CD051", "CD052", "CD072", "CD073", "CD074",
	"CS003", "CS072", "CS074", "CS127", "TR041", "TR120", "TR127"}

func onlyAanvraagRules(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		if slices.Contains(aanvraagRules, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// TestAanvraagAgreesWithValidateAW39 builds AW39 messages, judges each
// whole message with ValidateAW39 (the stylesheet-faithful rules) and its
// aanvraag with NewAanvraag, and asks the same aanvraag rule ids of both.
func TestAanvraagAgreesWithValidateAW39(t *testing.T) {
	for name, tc := range map[string]struct {
		edit func(m *waitstatus.AW39)
		want []string
	}{
		"dtv geldig":             {func(*waitstatus.AW39) {}, []string{}},
		"dtv zonder verantwoord": {func(m *waitstatus.AW39) { m.Clienten[0].Aanvragen[0].Verantwoord = "" }, []string{"CD074"}},
		"dtv zonder etmalen":     {func(m *waitstatus.AW39) { m.Clienten[0].Aanvragen[0].Etmalen = "" }, []string{"CD072"}},
		"dtv opnames overlappen": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.AanvraagInstellingen[1].Opname = "1"
		}, []string{"TR127"}},
		"dtv nee niet gedekt": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.AanvraagInstellingen[0].ToewijzingEinddatum = "2021-06-30"
		}, []string{"TR127"}},
		"administratief":                {func(m *waitstatus.AW39) { m.Clienten[0].Aanvragen[0].AanvraagInstellingen[1].Soort = "5" }, []string{"CS072"}},
		"doelmatig nee zonder situatie": {func(m *waitstatus.AW39) { m.Clienten[0].Aanvragen[0].Doelmatig = "2" }, []string{"CD047"}},
		"situatie ekt en overig": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.Doelmatig = "2"
			a.BijzondereSituatie = &allocation.BijzondereSituatie{ExtraKostenThuis: "5", ToeslagOverig: "3"}
		}, []string{"CD048"}},
		"situatie alleen overig": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.Doelmatig = "2"
			a.BijzondereSituatie = &allocation.BijzondereSituatie{ToeslagOverig: "3"}
		}, []string{}},
		"mpt als dtv ingevuld": {func(m *waitstatus.AW39) { m.Clienten[0].Aanvragen[0].Leveringsvorm = "7" }, []string{"CD050", "CD052", "CD072", "CD073"}},
		"mpt geldig": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.Leveringsvorm, a.Etmalen, a.Dossierhouder, a.CoordinatorZorgThuis = "7", "", "", "41000123"
			a.AanvraagInstellingen = a.AanvraagInstellingen[:1]
			a.AanvraagInstellingen[0].Opname = ""
		}, []string{}},
		"verblijf twee opnames": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.Leveringsvorm, a.Etmalen, a.Doelmatig, a.Verantwoord, a.Klasse = "4", "", "", "", "KE7"
			a.AanvraagInstellingen[1].Opname = "1"
			a.AanvraagInstellingen[1].ToewijzingEinddatum = ""
		}, []string{"TR120"}},
		"verblijf zonder klasse": {func(m *waitstatus.AW39) {
			a := &m.Clienten[0].Aanvragen[0]
			a.Leveringsvorm, a.Etmalen, a.Doelmatig, a.Verantwoord = "4", "", "", ""
		}, []string{"CD051"}},
		"einde voor ingang": {func(m *waitstatus.AW39) {
			m.Clienten[0].Aanvragen[0].AanvraagInstellingen[1].ToewijzingEinddatum = "2021-03-31"
		}, []string{"CS003"}},
		"met MUT20": {func(m *waitstatus.AW39) {
			x := &m.Clienten[0].MutatieZorgzwaartepakketten[1]
			x.Mutatiecode = "20"
		}, []string{"TR041"}},
	} {
		t.Run(name, func(t *testing.T) {
			m := sampleAW39()
			tc.edit(m)
			data, err := m.Encode()
			require.NoError(t, err)
			rep, err := waitstatus.ValidateAW39(data)
			require.NoError(t, err)
			var ids []string
			for _, f := range rep.Findings {
				ids = append(ids, f.Rule.String())
			}
			assert.Equal(t, tc.want, onlyAanvraagRules(ids), "ValidateAW39")

			c := m.Clienten[0]
			spec, err := c.Aanvragen[0].Spec()
			require.NoError(t, err)
			var muts []waitstatus.Mutatiecode
			for _, x := range c.MutatieZorgzwaartepakketten {
				code, err := waitstatus.ParseMutatiecode(x.Mutatiecode)
				require.NoError(t, err)
				muts = append(muts, code)
			}
			_, err = waitstatus.NewAanvraag(spec, waitstatus.AanvraagContext{Dagtekening: calendar.MustDate("2021-03-10"), Mutaties: muts})
			assert.Equal(t, tc.want, onlyAanvraagRules(allocation.AsViolations(err).Rules()), "NewAanvraag")
		})
	}
}

func TestAanvraagSpecUnreadable(t *testing.T) {
	a := sampleAW39().Clienten[0].Aanvragen[0]
	a.Leveringsvorm = "x"
	_, err := a.Spec()
	var me *allocation.MessageError
	assert.ErrorAs(t, err, &me)
}

func TestAanvraagZeroAndCopies(t *testing.T) {
	var z waitstatus.Aanvraag
	assert.True(t, z.IsZero())
	_, err := waitstatus.NewAanvraag(waitstatus.AanvraagSpec{}, waitstatus.AanvraagContext{})
	assert.Error(t, err)

	spec, err := sampleAW39().Clienten[0].Aanvragen[0].Spec()
	require.NoError(t, err)
	a, err := waitstatus.NewAanvraag(spec, waitstatus.AanvraagContext{Dagtekening: calendar.MustDate("2021-03-10")})
	require.NoError(t, err)
	got := a.Instellingen()
	got[0].Soort = allocation.Administratief
	assert.Equal(t, allocation.Regulier, a.Instellingen()[0].Soort)
	assert.Equal(t, allocation.IWlz22, a.Release())
}
