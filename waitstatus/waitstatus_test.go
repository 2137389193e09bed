package waitstatus_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func TestTables(t *testing.T) {
	rows := waitstatus.BijlageD()
	require.Len(t, rows, 14, "VZ2013 Bijlage D has 14 MUT rows")
	ids := map[string]bool{}
	for _, r := range rows {
		assert.False(t, ids[r.ID], r.ID)
		ids[r.ID] = true
		assert.NotZero(t, r.Statuses, r.ID)
		assert.NotEmpty(t, r.Beschrijving, r.ID)
		assert.NotEmpty(t, r.Actie, r.ID)
		assert.NotEmpty(t, r.Mutatiedatum, r.ID)
		assert.Equal(t, r.AAT != 0, r.ED != 0, r.ID)
	}
	assert.Len(t, waitstatus.MAZTable(), 4)
	cls := waitstatus.ClassificatieRules()
	require.Len(t, cls, 20)
	for i, r := range cls {
		assert.Equal(t, waitstatus.Classificatie(i+1), r.Classificatie)
		assert.NotZero(t, r.Statuses)
	}
	// Returned tables are copies.
	rows[0].ID = "changed"
	assert.Equal(t, "VZ2013 Bijlage D, MUT02", waitstatus.BijlageD()[0].ID)
}

func TestApplyIsPure(t *testing.T) {
	z := fixtureToewijzing(t)
	s := waitstatus.State{Leveringsstatus: waitstatus.ActiefPlaatsen, Classificatie: 9}
	m := waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.UrgentPlaatsen,
		Classificatie: 3, Leveringsvorm: allocation.Verblijf}
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-20"), Calendar: nl}
	o, err := waitstatus.Apply(z, s, m, ctx)
	require.NoError(t, err)
	assert.Equal(t, waitstatus.ActiefPlaatsen, s.Leveringsstatus, "the input state is unchanged")
	assert.Equal(t, waitstatus.UrgentPlaatsen, o.State.Leveringsstatus)
	assert.True(t, o.State.Gezonden.Has(waitstatus.MUT18))
	assert.True(t, o.Late, "sent after the 5 werkdagen")
	again, err := waitstatus.Apply(z, s, m, ctx)
	require.NoError(t, err)
	assert.Equal(t, o, again, "deterministic")
}

func TestApplyEndsToewijzing(t *testing.T) {
	z := fixtureToewijzing(t) // from 2026-02-02
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-04"), Calendar: nl}
	// A MUT21 dated before the ingangsdatum ends the toewijzing on its ingangsdatum (OP151).
	o, err := waitstatus.Apply(z, waitstatus.State{}, waitstatus.Mutatie{Code: waitstatus.MUT21, Datum: calendar.MustDate("2026-01-28"),
		Leveringsstatus: waitstatus.EindeZorgvraag, Leveringsvorm: allocation.Verblijf, InstellingBestemming: mustAGB(t, "87654321")}, ctx)
	require.NoError(t, err)
	assert.Equal(t, waitstatus.Withdrawn, o.Toewijzing)
	assert.Equal(t, "2026-02-02", o.Einddatum.String())
	assert.Equal(t, "naar:87654321", o.Dossierhouder.String())
	// Nothing can follow after the einddatum (TR020), nor on a withdrawn
	// toewijzing at all (Toewijzing gesloten).
	err = waitstatus.Check(z, o.State, waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"),
		Leveringsstatus: waitstatus.WachtOpVoorkeur, Classificatie: 13, Leveringsvorm: allocation.Verblijf}, ctx)
	assert.Equal(t, []string{"TR020", "Toewijzing gesloten"}, allocation.AsViolations(err).Rules())
}

func TestSummariseMatchesDaysInStatus(t *testing.T) {
	events := batchEvents(50)
	peil := calendar.MustDate("2022-06-30")
	out, err := waitstatus.Summarise(events, peil, nil)
	require.NoError(t, err)
	require.Len(t, out, 50)
	for _, s := range out {
		var h []waitstatus.Event
		for _, e := range events {
			if e.Client == s.Client {
				h = append(h, waitstatus.Event{Datum: e.Datum, Leveringsstatus: e.Leveringsstatus, Classificatie: e.Classificatie})
			}
		}
		tally, err := waitstatus.DaysInStatus(h, h[0].Datum, peil)
		require.NoError(t, err)
		assert.Equal(t, tally, s.Days, "client %d", s.Client)
		want := waitstatus.Wachtend(s.Leveringsstatus, peil)
		assert.Equal(t, want, s.Wachtend)
	}
	_, err = waitstatus.Summarise([]waitstatus.BatchEvent{
		{Client: 2, Datum: peil, Leveringsstatus: waitstatus.InZorg},
		{Client: 1, Datum: peil, Leveringsstatus: waitstatus.InZorg},
	}, peil, nil)
	assert.Equal(t, []string{"OP103"}, allocation.AsViolations(err).Rules())
	_, err = waitstatus.Summarise(nil, calendar.Date{}, nil)
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
}

func TestNameOnAndMap2013(t *testing.T) {
	assert.Equal(t, "Slapend wachtend", waitstatus.WachtUitVoorzorg.NameOn(calendar.MustDate("2017-12-31")))
	assert.Equal(t, "Niet wachtend", waitstatus.WachtUitVoorzorg.NameOn(calendar.MustDate("2018-04-01")))
	assert.Equal(t, "Wacht uit voorzorg", waitstatus.WachtUitVoorzorg.NameOn(calendar.MustDate("2021-01-01")))
	assert.Equal(t, "Urgent plaatsen", waitstatus.UrgentPlaatsen.NameOn(calendar.MustDate("2013-01-01")))
	for c := waitstatus.Classificatie(1); c <= 12; c++ {
		l, _, err := waitstatus.Map2013(waitstatus.ActiefWachtend, c)
		require.NoError(t, err)
		if c <= 8 {
			assert.Equal(t, waitstatus.UrgentPlaatsen, l)
		} else {
			assert.Equal(t, waitstatus.ActiefPlaatsen, l)
		}
	}
	_, _, err := waitstatus.Map2013(waitstatus.ActiefWachtend, 13)
	assert.Equal(t, []string{"CS131"}, allocation.AsViolations(err).Rules())
	_, _, err = waitstatus.Map2013(waitstatus.WachtUitVoorzorg, 16)
	assert.Equal(t, []string{"CS131"}, allocation.AsViolations(err).Rules(), "16 Logeren goes with 2 only (the library's choice)")
}

func mustAGB(t *testing.T, s string) allocation.AGBCode {
	t.Helper()
	a, err := allocation.ParseAGBCode(s)
	require.NoError(t, err)
	return a
}

// TestUnknownReleaseIsRefused: a Release outside the table switches no
// rule off; it is the input error "option" (Apply, Check and ApplyMAZ).
func TestUnknownReleaseIsRefused(t *testing.T) {
	z := fixtureToewijzing(t)
	m := waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.InZorg,
		Leveringsvorm: allocation.Verblijf}
	for _, rel := range []allocation.Release{7, 200} {
		ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-03"), Calendar: nl, Release: rel}
		_, err := waitstatus.Apply(z, waitstatus.State{}, m, ctx)
		assert.Equal(t, []string{"option"}, allocation.AsViolations(err).Rules(), "Apply %v", rel)
		assert.ErrorIs(t, waitstatus.Check(z, waitstatus.State{}, m, ctx), allocation.ErrRelease)
		_, err = waitstatus.ApplyMAZ(z, waitstatus.State{}, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-03-02")}, ctx)
		assert.ErrorIs(t, err, allocation.ErrRelease)
	}
	// The same mutation under the real release is judged, and fails TR046 as CS137.
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-03"), Calendar: nl}
	assert.Contains(t, allocation.AsViolations(waitstatus.Check(z, waitstatus.State{}, m, ctx)).Rules(), "CS137")
}

// TestZeroDatesAreRefused (hardening item 1): a count never starts at
// 0001-01-01 because a date was missing.
func TestZeroDatesAreRefused(t *testing.T) {
	d := calendar.MustDate("2026-03-01")
	history := []waitstatus.Event{{Datum: d, Leveringsstatus: waitstatus.UrgentPlaatsen, Classificatie: 1}}
	for _, c := range []struct {
		name     string
		history  []waitstatus.Event
		from, to calendar.Date
		want     string
	}{
		{"zero from", history, calendar.Date{}, d.AddDays(10), "missing"},
		{"zero to", history, d, calendar.Date{}, "missing"},
		{"to before from", history, d.AddDays(10), d, "range"},
		{"event without a date", []waitstatus.Event{{Leveringsstatus: waitstatus.UrgentPlaatsen, Classificatie: 1}}, d, d.AddDays(10), "missing"},
	} {
		_, err := waitstatus.DaysInStatus(c.history, c.from, c.to)
		assert.Equal(t, []string{c.want}, allocation.AsViolations(err).Rules(), c.name)
	}
	tally, err := waitstatus.DaysInStatus(history, d, d.AddDays(9))
	require.NoError(t, err)
	assert.NotZero(t, tally)

	_, err = waitstatus.Summarise([]waitstatus.BatchEvent{
		{Client: 1, Datum: d, Leveringsstatus: waitstatus.UrgentPlaatsen, Classificatie: 1},
		{Client: 2, Leveringsstatus: waitstatus.UrgentPlaatsen, Classificatie: 1},
	}, d.AddDays(30), nil)
	vs := allocation.AsViolations(err)
	require.Len(t, vs, 1)
	assert.Equal(t, "missing", vs[0].Rule.String())
	assert.Equal(t, "events[1]", vs[0].Field)
}

// The MAZ and contact rules compute their dates without a werkdag
// calendar, which holds only while their catalogue terms keep these units.
func TestTermUnitsWithoutCalendar(t *testing.T) {
	sd, err := calendar.LookupTerm(calendar.TermSleuteldatum)
	require.NoError(t, err)
	assert.Equal(t, calendar.Termijn{N: 14, Unit: calendar.Kalenderdagen}, sd.Termijn)
	assert.Equal(t, calendar.Voor, sd.Richting)
	ct, err := calendar.LookupTerm(calendar.TermContactWachtlijstclient)
	require.NoError(t, err)
	assert.Equal(t, calendar.Termijn{N: 6, Unit: calendar.Maanden}, ct.Termijn)
	assert.Equal(t, calendar.Na, ct.Richting)
}
