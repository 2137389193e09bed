package waitstatus_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func endMutatie(t *testing.T, code waitstatus.Mutatiecode, datum, begin string) waitstatus.Mutatie {
	m := waitstatus.Mutatie{Code: code, Datum: calendar.MustDate(datum), Begindatum: calendar.MustDate(begin),
		Leveringsstatus: waitstatus.EindeZorgvraag, Leveringsvorm: allocation.Verblijf}
	switch code {
	case waitstatus.MUT17:
		m.InstellingBestemming, m.Aansluitend = mustAGB(t, "87654321"), true
	case waitstatus.MUT20:
		m.Leveringsstatus, m.Classificatie = waitstatus.UrgentPlaatsen, 3
	}
	return m
}

// The faults of issue 12, on Apply and ApplyMAZ themselves: MUT17, MUT19
// and MUT20 need the current admission (TR069 under iWlz, the Bijlage D
// row under VZ2013), and nothing follows a closing MUT.
func TestIssue12ApplyRefusesImpossibleSequences(t *testing.T) {
	z := fixtureToewijzing(t)
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-03"), Calendar: nl}
	for _, code := range []waitstatus.Mutatiecode{waitstatus.MUT17, waitstatus.MUT19, waitstatus.MUT20} {
		_, err := waitstatus.Apply(z, waitstatus.State{}, endMutatie(t, code, "2026-03-02", "2026-02-10"), ctx)
		assert.Equal(t, []string{"TR069"}, allocation.AsViolations(err).Rules(), code.String())
	}
	s, err := waitstatus.ApplyMAZ(z, waitstatus.State{}, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-02-10")}, ctx)
	require.NoError(t, err)
	_, err = waitstatus.Apply(z, s, endMutatie(t, waitstatus.MUT19, "2026-03-02", "2026-02-11"), ctx)
	assert.Equal(t, []string{"TR069"}, allocation.AsViolations(err).Rules())
	o, err := waitstatus.Apply(z, s, endMutatie(t, waitstatus.MUT19, "2026-03-02", "2026-02-10"), ctx)
	require.NoError(t, err)
	assert.True(t, o.State.Gesloten)
	assert.True(t, o.State.Closed())
	_, err = waitstatus.Apply(z, o.State, endMutatie(t, waitstatus.MUT17, "2026-03-02", "2026-02-10"), ctx)
	assert.Equal(t, []string{"Toewijzing gesloten"}, allocation.AsViolations(err).Rules())
	_, err = waitstatus.ApplyMAZ(z, o.State, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-03-02")}, ctx)
	assert.Equal(t, []string{"Toewijzing gesloten"}, allocation.AsViolations(err).Rules(), "a MAZ on the einddatum itself")
	// A MUT20 keeps the toewijzing: a new admission may follow.
	o, err = waitstatus.Apply(z, s, endMutatie(t, waitstatus.MUT20, "2026-03-02", "2026-02-10"), ctx)
	require.NoError(t, err)
	assert.False(t, o.State.Closed())
	_, err = waitstatus.ApplyMAZ(z, o.State, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-03-03")}, ctx)
	assert.NoError(t, err)
}

func TestHistoryRefusalLeavesItUnchanged(t *testing.T) {
	var h waitstatus.History
	line, err := h.AddLine(fixtureToewijzing(t))
	require.NoError(t, err)
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-03"), Calendar: nl}
	_, err = h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: calendar.MustDate("2026-02-10")}, ctx)
	require.NoError(t, err)
	_, err = h.AddMutatie(line, endMutatie(t, waitstatus.MUT20, "2026-03-02", "2026-02-10"), ctx)
	require.NoError(t, err)
	before := h.Events(line)
	// Out of order and with the wrong begindatum: every violation at once.
	_, err = h.AddMutatie(line, endMutatie(t, waitstatus.MUT19, "2026-03-01", "2026-02-11"), ctx)
	assert.ElementsMatch(t, []string{"OP103", "TR069"}, allocation.AsViolations(err).Rules())
	assert.Equal(t, before, h.Events(line))
	// Events returns a copy.
	ev := h.Events(line)
	ev[0].Datum = calendar.Date{}
	assert.Equal(t, before, h.Events(line))
}

func TestHistoryZeroAndBadInput(t *testing.T) {
	var h waitstatus.History
	d := calendar.MustDate("2026-03-02")
	assert.Zero(t, h.WachtstatusOn(d))
	assert.Zero(t, h.StateOn(0, d))
	assert.Nil(t, h.Events(0))
	assert.True(t, h.WachtendSinds(d).IsZero())
	dh, czt := h.RolesOn(d)
	assert.True(t, dh.IsZero() && czt.IsZero())
	_, err := h.AddMAZ(0, waitstatus.MAZMelding{Begindatum: d}, waitstatus.Context{Dagtekening: d})
	assert.Equal(t, []string{"range"}, allocation.AsViolations(err).Rules())
	_, err = h.AddLine(allocation.Zorgtoewijzing{})
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
	_, err = h.DaysInStatus(calendar.Date{}, d)
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
	_, err = h.DaysInStatus(d, d.AddDays(-1))
	assert.Equal(t, []string{"range"}, allocation.AsViolations(err).Rules())
	tally, err := h.DaysInStatus(d, d.AddDays(9))
	require.NoError(t, err)
	assert.Equal(t, int32(10), tally.Status[0])
	line, err := h.AddLine(fixtureToewijzing(t))
	require.NoError(t, err)
	err = h.AddIntrekking(line, calendar.Date{}, 0, waitstatus.Context{Dagtekening: d})
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
	err = h.AddAAT(line, allocation.Overbrugging, waitstatus.Context{})
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
	_, err = waitstatus.SummariseHistories([]waitstatus.History{h}, calendar.Date{}, nil)
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
}

// Every day of the span is counted once, across the 2021 switch of the
// waiting statuses.
func TestHistoryDaysCoverTheSpan(t *testing.T) {
	h := exampleHistory()
	from, to := calendar.MustDate("2020-12-01"), calendar.MustDate("2026-12-31")
	tally, err := h.DaysInStatus(from, to)
	require.NoError(t, err)
	var n int32
	for _, c := range tally.Status {
		n += c
	}
	assert.Equal(t, int32(from.DaysUntil(to)+1), n)
}

// Summarise reports bad clients one by one, keeps the others, and does
// not allocate on good data when out has room.
func TestSummariseBadClientsOneByOne(t *testing.T) {
	d := calendar.MustDate("2026-03-31")
	events := []waitstatus.BatchEvent{
		{Client: 1, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.InZorg},
		{Client: 2, Leveringsstatus: waitstatus.InZorg},
		{Client: 2, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: 9},
		{Client: 3, Datum: calendar.MustDate("2026-03-10"), Leveringsstatus: waitstatus.InZorg},
		{Client: 3, Datum: calendar.MustDate("2026-03-01"), Leveringsstatus: waitstatus.InZorg},
		{Client: 4, Datum: calendar.MustDate("2026-03-01"), Leveringsstatus: waitstatus.InZorg},
	}
	out, err := waitstatus.Summarise(events, d, nil)
	var be waitstatus.BatchErrors
	require.ErrorAs(t, err, &be)
	require.Len(t, be, 2)
	assert.Equal(t, uint32(2), be[0].Client)
	assert.ElementsMatch(t, []string{"missing", "COD167"}, be[0].Violations.Rules())
	assert.Equal(t, uint32(3), be[1].Client)
	assert.Equal(t, []string{"OP103"}, be[1].Violations.Rules())
	assert.ElementsMatch(t, []string{"missing", "COD167", "OP103"}, allocation.AsViolations(err).Rules())
	require.Len(t, out, 2)
	assert.Equal(t, []uint32{1, 4}, []uint32{out[0].Client, out[1].Client})
	assert.Contains(t, err.Error(), "2 cliënt(en) overgeslagen")

	good := batchEvents(20)
	buf := make([]waitstatus.ClientSummary, 0, 20)
	allocs := testing.AllocsPerRun(10, func() {
		_, _ = waitstatus.Summarise(good, d, buf[:0])
	})
	assert.Zero(t, allocs)
}

// buildHistories gives n clients, each with one Verblijf line and ten
// events: a MAZ and a MUT20 (Urgent plaatsen) five times, 17 days apart.
func buildHistories(tb testing.TB, n int) []waitstatus.History {
	z := fixtureToewijzing(tb)
	hs := make([]waitstatus.History, n)
	for c := range hs {
		line, err := hs[c].AddLine(z)
		if err != nil {
			tb.Fatal(err)
		}
		d := calendar.MustDate("2026-02-02").AddDays(c % 7)
		for i := 0; i < 5; i++ {
			if _, err := hs[c].AddMAZ(line, waitstatus.MAZMelding{Begindatum: d}, waitstatus.Context{Dagtekening: d, Calendar: nl}); err != nil {
				tb.Fatal(err)
			}
			m := waitstatus.Mutatie{Code: waitstatus.MUT20, Datum: d.AddDays(17), Begindatum: d, Leveringsstatus: waitstatus.UrgentPlaatsen,
				Classificatie: 3, Leveringsvorm: allocation.Verblijf}
			if _, err := hs[c].AddMutatie(line, m, waitstatus.Context{Dagtekening: d.AddDays(17), Calendar: nl}); err != nil {
				tb.Fatal(err)
			}
			d = d.AddDays(34)
		}
	}
	return hs
}

func TestSummariseHistoriesMatchesDaysInStatus(t *testing.T) {
	hs := buildHistories(t, 3)
	peil := calendar.MustDate("2026-12-31")
	out, err := waitstatus.SummariseHistories(hs, peil, nil)
	require.NoError(t, err)
	require.Len(t, out, 3)
	for c := range hs {
		require.Len(t, hs[c].Events(0), 10)
		tally, err := hs[c].DaysInStatus(calendar.MustDate("2026-02-02"), peil)
		require.NoError(t, err)
		assert.Equal(t, tally, out[c].Days, "client %d", c)
		assert.Equal(t, waitstatus.UrgentPlaatsen, out[c].Leveringsstatus)
		assert.Equal(t, int32(5*17), out[c].Days.Status[waitstatus.InZorg])
	}
	// One allocation per call: the per-line indexes, reused for every client.
	allocs := testing.AllocsPerRun(10, func() { _, _ = waitstatus.SummariseHistories(hs, peil, out[:0]) })
	assert.LessOrEqual(t, allocs, 1.0)
}

// A line's own days: before the line, before its first event and after
// the einddatum a MUT19 gave it count under 0.
func TestLineDaysInStatus(t *testing.T) {
	var h waitstatus.History
	z := fixtureToewijzing(t)
	line, err := h.AddLine(z)
	require.NoError(t, err)
	d := calendar.MustDate("2026-02-10")
	_, err = h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: d}, waitstatus.Context{Dagtekening: d})
	require.NoError(t, err)
	_, err = h.AddMutatie(line, endMutatie(t, waitstatus.MUT19, "2026-03-02", "2026-02-10"), waitstatus.Context{Dagtekening: d.AddDays(21), Calendar: nl})
	require.NoError(t, err)
	tally, err := h.LineDaysInStatus(line, calendar.MustDate("2026-02-01"), calendar.MustDate("2026-03-31"))
	require.NoError(t, err)
	// 01-02 (before the line) and 02-02..09-02 (no MAZ yet): 9; in zorg
	// 10-02..01-03: 20; einde zorgvraag on the einddatum 02-03: 1; closed
	// after it: 29.
	assert.Equal(t, int32(9+29), tally.Status[0])
	assert.Equal(t, int32(20), tally.Status[waitstatus.InZorg])
	assert.Equal(t, int32(1), tally.Status[waitstatus.EindeZorgvraag])
	_, err = h.LineDaysInStatus(5, d, d)
	assert.Equal(t, []string{"range"}, allocation.AsViolations(err).Rules())
	_, err = h.LineDaysInStatus(line, calendar.Date{}, d)
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
}
