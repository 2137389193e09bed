package allocation_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

func TestNewZorgtoewijzingValid(t *testing.T) {
	z, err := allocation.NewZorgtoewijzing(toewijzingSpec(t), mustIndicatie(t), ctx())
	require.NoError(t, err)
	assert.Equal(t, allocation.IWlz24, z.Release())
	assert.Equal(t, allocation.Besluitnummer(100200300), z.Besluitnummer())
	assert.Equal(t, "2026-01-20/", z.Period().String())
	assert.Equal(t, agbA, z.Dossierhouder())
	assert.Equal(t, toewijzingSpec(t), z.Spec())
}

// TestToewijzingRules changes one field of a valid 2026 toewijzing at a
// time and checks the rule that breaks; the conformance data covers every
// rule set.
func TestToewijzingRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(*allocation.ToewijzingSpec)
		want   []string
	}{
		{"no dossierhouder with verblijf", func(s *allocation.ToewijzingSpec) { s.Dossierhouder = allocation.AGBCode{} }, []string{"CD073"}},
		{"dossierhouder with MPT", func(s *allocation.ToewijzingSpec) {
			s.Leveringsvorm, s.CoordinatorZorgThuis, s.Opname = allocation.MPT, agbA, 0
		}, []string{"CD073"}},
		{"no CZT with MPT", func(s *allocation.ToewijzingSpec) {
			s.Leveringsvorm, s.Dossierhouder, s.Opname = allocation.MPT, allocation.AGBCode{}, 0
		}, []string{"CD050"}},
		{"PGB with instelling and percentage", func(s *allocation.ToewijzingSpec) {
			s.Leveringsvorm, s.Dossierhouder, s.Opname = allocation.PGB, allocation.AGBCode{}, 0
		}, []string{"CD040"}},
		{"no opname with verblijf", func(s *allocation.ToewijzingSpec) { s.Opname = 0 }, []string{"CD052"}},
		{"etmalen without DTV", func(s *allocation.ToewijzingSpec) { s.Etmalen = allocation.Etmalen40 }, []string{"CD072"}},
		{"VKB", func(s *allocation.ToewijzingSpec) {
			s.Leveringsvorm = allocation.VKB
			s.Opname = 0 // the dossierhouder stays: iWlz-XSLT 2.2 CD073 asks it for VKB too
		}, []string{"CS132"}},
		{"administratief opname nee", func(s *allocation.ToewijzingSpec) { s.Soort, s.Opname = allocation.Administratief, allocation.Nee }, []string{"CS140"}},
		{"klasse in 2.4", func(s *allocation.ToewijzingSpec) { s.Klasse = allocation.KE5 }, []string{"COD756"}},
		{"soort transfer after 2018", func(s *allocation.ToewijzingSpec) { s.Soort = allocation.Transfer }, []string{"COD165"}},
		{"einddatum before ingang", func(s *allocation.ToewijzingSpec) { s.Einddatum = calendar.MustDate("2026-01-19") }, []string{"CS003", "TR016"}},
		{"toewijzingsdatum after dagtekening", func(s *allocation.ToewijzingSpec) { s.Toewijzingsdatum = calendar.MustDate("2026-01-21") }, []string{"TR134"}},
		{"before the indicatie", func(s *allocation.ToewijzingSpec) { s.Ingangsdatum = calendar.MustDate("2026-01-14") }, []string{"TR016", "VZ2013 Bijlage A Reguliere zorg"}},
		{"regulier with another ZZP", func(s *allocation.ToewijzingSpec) { s.ZZP = allocation.ZZP5VV }, []string{"VZ2013 Bijlage A Reguliere zorg"}},
		{"overbrugging with another ZZP", func(s *allocation.ToewijzingSpec) { s.ZZP, s.Soort = allocation.ZZP5VV, allocation.Overbrugging }, nil},
		{"unknown zorgkantoor", func(s *allocation.ToewijzingSpec) { s.Zorgkantoor = 5522 }, []string{"COD001"}},
		{"missing fields", func(s *allocation.ToewijzingSpec) { s.ZZP, s.Soort = 0, 0 }, []string{"missing"}},
	}
	ind := mustIndicatie(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := toewijzingSpec(t)
			tt.change(&spec)
			_, err := allocation.NewZorgtoewijzing(spec, ind, ctx())
			assert.Equal(t, tt.want, rules(err))
			if err != nil {
				assert.True(t, errors.Is(err, allocation.ErrInvalid))
				var vs allocation.Violations
				require.ErrorAs(t, err, &vs)
				for _, v := range vs {
					assert.NotEmpty(t, v.Message)
					assert.NotEmpty(t, v.Field)
				}
			}
		})
	}
}

// TestToewijzingAllViolations: an invalid toewijzing gets every violation
// at once, with field, value and message.
func TestToewijzingAllViolations(t *testing.T) {
	spec := toewijzingSpec(t)
	spec.Dossierhouder = allocation.AGBCode{}
	spec.Opname = 0
	spec.Etmalen = allocation.Etmalen35
	spec.Einddatum = calendar.MustDate("2025-12-31")
	_, err := allocation.NewZorgtoewijzing(spec, mustIndicatie(t), ctx())
	vs := allocation.AsViolations(err)
	assert.Equal(t, []string{"CD052", "CD072", "CD073", "CS003", "TR016"}, vs.Rules())
	assert.True(t, vs.Has(allocation.CD073))
	assert.Contains(t, err.Error(), "CD073 Dossierhouder: Dossierhouder is verplicht bij leveringsvorm Verblijf, Volledig pakket thuis (VPT), Deeltijdverblijf (DTV)")
}

// TestReleaseDifferences: a toewijzing that started in 2014, carried by a
// message of 2014, of 2022, and one that declares iWlz 2.2. The message's
// dagtekening decides the iWlz release; the Voorschrift's 4.5 governs the
// 2014 period whatever the message date.
func TestReleaseDifferences(t *testing.T) {
	indSpec := indicatieSpec()
	indSpec.Afgiftedatum = calendar.MustDate("2014-01-10")
	indSpec.Ingangsdatum = calendar.MustDate("2014-01-15")
	indSpec.ZZPs[0].Ingangsdatum = indSpec.Ingangsdatum
	indSpec.ZZPs[0].Klasse = allocation.KE6
	ind, err := allocation.NewIndicatie(indSpec, allocation.Context{Dagtekening: calendar.MustDate("2022-06-01")})
	require.NoError(t, err)
	spec := toewijzingSpec(t)
	spec.Ingangsdatum = calendar.MustDate("2014-02-01")
	spec.Toewijzingsdatum = calendar.MustDate("2014-01-20")
	spec.Dossierhouder = allocation.AGBCode{} // no CD073 in 2013
	spec.Klasse = allocation.KE7              // above the geïndiceerde KE6
	c := allocation.Context{Dagtekening: calendar.MustDate("2014-01-20")}
	_, err = allocation.NewZorgtoewijzing(spec, ind, c)
	assert.Equal(t, []string{"VZ2013 Bijlage A Reguliere zorg"}, rules(err))

	c.Dagtekening = calendar.MustDate("2022-06-01") // a 2.3 message carrying the 2014 toewijzing
	_, err = allocation.NewZorgtoewijzing(spec, ind, c)
	assert.Equal(t, []string{"CD073", "VZ2013 Bijlage A Reguliere zorg"}, rules(err))

	c.Release = allocation.IWlz22 // judged as if iWlz 2.2 held
	_, err = allocation.NewZorgtoewijzing(spec, ind, c)
	assert.Equal(t, []string{"CD073", "VZ2013 Bijlage A Reguliere zorg"}, rules(err))

	spec.Klasse = allocation.KE6
	spec.Leveringsvorm, spec.Soort, spec.Opname = allocation.VPT, allocation.Overbrugging, 0
	c.Release, c.Dagtekening = 0, calendar.MustDate("2014-01-20")
	_, err = allocation.NewZorgtoewijzing(spec, ind, c)
	assert.Equal(t, []string{"VZ2013 4.5"}, rules(err), "a VPT is no overbrugging in 2013")

	c.Release = allocation.Release(7)
	_, err = allocation.NewZorgtoewijzing(spec, ind, c)
	assert.Equal(t, []string{"option"}, rules(err), "an unknown release is refused, not a release without rules")
	assert.ErrorIs(t, err, allocation.ErrInput)
}

func TestIndicatieRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(*allocation.IndicatieSpec)
		want   []string
	}{
		{"valid", func(*allocation.IndicatieSpec) {}, nil},
		{"afgifte after dagtekening", func(s *allocation.IndicatieSpec) { s.Afgiftedatum = calendar.MustDate("2026-01-21") }, []string{"TR134"}},
		{"ingang not the first zorgeenheid", func(s *allocation.IndicatieSpec) { s.Ingangsdatum = calendar.MustDate("2026-01-14") }, []string{"TR015"}},
		{"closed while the ZZP is open", func(s *allocation.IndicatieSpec) { s.Einddatum = calendar.MustDate("2027-01-14") }, []string{"TR014"}},
		{"two overlapping ZZPs", func(s *allocation.IndicatieSpec) {
			s.ZZPs = append(s.ZZPs, allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VV, Ingangsdatum: calendar.MustDate("2026-06-01")})
		}, []string{"TR057"}},
		{"no grondslag", func(s *allocation.IndicatieSpec) { s.Grondslagen = nil }, []string{"TR132"}}, // CD029 before iWlz 2.3
		{"three grondslagen", func(s *allocation.IndicatieSpec) {
			s.Grondslagen = []allocation.Grondslag{allocation.GrondslagSomatisch, allocation.GrondslagLichamelijk, allocation.GrondslagZintuiglijk}
		}, []string{"XSD"}},
		{"negatief besluit", func(s *allocation.IndicatieSpec) {
			s.ZZPs, s.Grondslagen, s.Ingangsdatum = nil, nil, calendar.MustDate("2026-01-11")
		}, nil},
		{"negatief besluit starting on the afgifte", func(s *allocation.IndicatieSpec) {
			s.ZZPs, s.Grondslagen, s.Ingangsdatum = nil, nil, calendar.MustDate("2026-01-10")
		}, []string{"OP021"}},
	}
	for _, tt := range tests {
		s := indicatieSpec()
		tt.change(&s)
		_, err := allocation.NewIndicatie(s, allocation.Context{Dagtekening: dag})
		assert.Equal(t, tt.want, rules(err), tt.name)
	}
}

func TestIndicatieFunctieRules(t *testing.T) {
	s := indicatieSpec()
	s.Ingangsdatum = calendar.MustDate("2022-01-01")
	s.Afgiftedatum = calendar.MustDate("2021-12-20")
	s.ZZPs[0].Ingangsdatum = s.Ingangsdatum
	s.ZZPs[0].Klasse = allocation.KE3
	s.Functies = []allocation.GeindiceerdeFunctie{
		{Functie: allocation.FunctiePV, Ingangsdatum: s.Ingangsdatum, Einddatum: calendar.MustDate("2022-06-30"), Klasse: allocation.K3, Opslag: 5},
		{Functie: allocation.FunctiePV, Ingangsdatum: calendar.MustDate("2022-06-30"), Einddatum: calendar.MustDate("2022-07-31"), Klasse: allocation.K8, Opslag: 5},
		{Functie: allocation.FunctieVBTYD, Ingangsdatum: s.Ingangsdatum, Einddatum: calendar.MustDate("2022-03-31"), Klasse: allocation.KE7, Opslag: 1},
	}
	_, err := allocation.NewIndicatie(s, allocation.Context{Dagtekening: calendar.MustDate("2022-01-01")})
	// iWlz 2.3 renamed TR010 to CD092 and TR034 to CD093.
	assert.Equal(t, []string{"CD092", "CD093", "CS074", "TR035"}, rules(err))
}

func TestEndedBy(t *testing.T) {
	prev := mustIndicatie(t)
	s := indicatieSpec()
	s.Besluitnummer = 100200301
	s.Afgiftedatum = calendar.MustDate("2026-05-01")
	s.Ingangsdatum = calendar.MustDate("2026-05-04")
	s.ZZPs[0].ZZP = allocation.ZZP6VV
	s.ZZPs[0].Ingangsdatum = s.Ingangsdatum
	next, err := allocation.NewIndicatie(s, allocation.Context{Dagtekening: calendar.MustDate("2026-05-01")})
	require.NoError(t, err)
	ended, err := prev.EndedBy(next)
	require.NoError(t, err)
	assert.Equal(t, "2026-01-15/2026-05-03", ended.Period().String(), "OP021: the day before the new ingangsdatum")
	assert.Equal(t, "2026-05-03", ended.ZZPs()[0].Einddatum.String())
	assert.Equal(t, "2026-01-15/", prev.Period().String(), "prev is unchanged")
	_, err = next.EndedBy(prev)
	assert.Equal(t, []string{"OP021"}, rules(err))
}

func TestSetAndRoles(t *testing.T) {
	ind := mustIndicatie(t)
	regular := toewijzingSpec(t)
	regular.Einddatum = calendar.MustDate("2026-06-30")
	next := toewijzingSpec(t)
	next.Instelling, next.Dossierhouder = agbB, agbB
	next.Ingangsdatum = calendar.MustDate("2026-06-30") // one day of overlap: allowed
	zs := []allocation.Zorgtoewijzing{build(t, regular, ind), build(t, next, ind)}
	set, err := allocation.NewToewijzingSet(zs, nil)
	require.NoError(t, err)
	assert.Equal(t, []allocation.AGBCode{agbA}, set.Dossierhouders(calendar.MustDate("2026-03-01")))
	assert.Equal(t, []allocation.AGBCode{agbA, agbB}, set.Dossierhouders(calendar.MustDate("2026-06-30")))
	assert.Equal(t, []allocation.AGBCode{agbB}, set.Dossierhouders(calendar.MustDate("2026-07-01")))
	assert.Empty(t, set.CoordinatorenZorgThuis(calendar.MustDate("2026-07-01")))
	assert.NoError(t, set.MayRequestAAT(agbA, allocation.Verblijf, calendar.MustDate("2026-03-01")))
	assert.Equal(t, []string{"OP162"}, rules(set.MayRequestAAT(agbA, allocation.Verblijf, calendar.MustDate("2026-07-01"))))
	assert.Equal(t, []string{"TR107"}, rules(set.MayRequestAAT(mustAGB("11111111"), allocation.Verblijf, calendar.MustDate("2026-03-01"))))
	assert.Equal(t, []string{"CS127"}, rules(set.MayRequestAAT(agbA, allocation.PGB, calendar.MustDate("2026-03-01"))))

	next.Ingangsdatum = calendar.MustDate("2026-06-29") // two days: too many
	_, err = allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{build(t, regular, ind), build(t, next, ind)}, nil)
	assert.Equal(t, []string{"RFC24016"}, rules(err))

	dup := toewijzingSpec(t)
	dup.Ingangsdatum = calendar.MustDate("2026-03-01")
	_, err = allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{build(t, regular, ind), build(t, dup, ind)}, nil)
	assert.Equal(t, []string{"TR106"}, rules(err))
}

func build(t *testing.T, spec allocation.ToewijzingSpec, ind allocation.Indicatie) allocation.Zorgtoewijzing {
	t.Helper()
	z, err := allocation.NewZorgtoewijzing(spec, ind, ctx())
	require.NoError(t, err)
	return z
}

// TestUnknownReleaseSwitchesNoRuleOff (hardening item 2): a Verblijf line
// without dossierhouder and opname under Release(7) or Release(200) is
// refused as an input error, not accepted without rules.
func TestUnknownReleaseSwitchesNoRuleOff(t *testing.T) {
	ind := mustIndicatie(t)
	spec := toewijzingSpec(t)
	spec.Dossierhouder, spec.Opname = allocation.AGBCode{}, 0
	for _, rel := range []allocation.Release{7, 200} {
		_, err := allocation.NewZorgtoewijzing(spec, ind, allocation.Context{Dagtekening: dag, Release: rel})
		require.Error(t, err, "release %d", rel)
		assert.Equal(t, []string{"option"}, rules(err))
		assert.ErrorIs(t, err, allocation.ErrInput)
	}
	_, err := allocation.NewZorgtoewijzing(spec, ind, ctx())
	assert.Equal(t, []string{"CD052", "CD073"}, rules(err), "the release of the dagtekening judges the same line")
}

// A zero FunctieToewijzing in a set is an input error, like a zero
// Zorgtoewijzing: it was never validated by NewFunctieToewijzing.
func TestSetRefusesZeroFunctieToewijzing(t *testing.T) {
	_, err := allocation.NewToewijzingSet(nil, []allocation.FunctieToewijzing{{}})
	require.Error(t, err)
	vs := allocation.AsViolations(err)
	require.Len(t, vs, 1)
	assert.Equal(t, "missing", vs[0].Rule.String())
	assert.Equal(t, "Functie[1]", vs[0].Field)
	assert.True(t, errors.Is(err, allocation.ErrInput))

	_, err = allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{{}}, nil)
	assert.Equal(t, []string{"missing"}, rules(err))
	assert.True(t, allocation.FunctieToewijzing{}.IsZero())
}
