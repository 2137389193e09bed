package overbrugging_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

// TestCheckArrangementNilCalendar: a nil calendar is refused as missing
// input, like every other function of the package; it never skips the
// 6-maanden rule of behandeling individueel (VZ2013 4.4.3).
func TestCheckArrangementNilCalendar(t *testing.T) {
	tt := exampleTarieven(t)
	b, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
	require.NoError(t, err)
	beh := &overbrugging.Behandeling{ZZPMetBehandeling: true, Diagnose: true, Arts: true, Methodiek: true,
		ResultaatInZorgleefplan: true, GeenZvw: true, UrenOnderbouwd: true,
		Ingangsdatum: calendar.MustDate("2026-01-01"), Einddatum: calendar.MustDate("2027-12-31")} // 2 jaar: too long
	a := overbrugging.Arrangement{Soort: overbrugging.ArrangementOverbrugging, Behandeling: beh, Regels: []overbrugging.ArrangementRegel{
		{Functie: allocation.FunctieBHIND, Klasse: allocation.K1, AparteAanvraag: true},
	}}
	_, err = overbrugging.CheckArrangement(a, b, tt, nl)
	require.Error(t, err)
	assert.True(t, allocation.AsViolations(err).Has(allocation.VZ443Behandeling), "with a calendar: too long")

	_, err = overbrugging.CheckArrangement(a, b, tt, nil)
	require.Error(t, err, "a nil calendar must not skip the 6-maanden rule")
	assert.True(t, allocation.AsViolations(err).Has(allocation.InputMissing), "%v", err)

	// Without behandeling too: the calendar is a required argument.
	a.Regels, a.Behandeling = []overbrugging.ArrangementRegel{{Functie: allocation.FunctiePV, Klasse: allocation.K1}}, nil
	_, err = overbrugging.CheckArrangement(a, b, tt, nil)
	assert.True(t, allocation.AsViolations(err).Has(allocation.InputMissing), "%v", err)
}

// TestNewTarievenUnknownFunctie: a Functie outside COD732 (Functie(12),
// which fits the internal array) is refused, as is the zero Functie.
func TestNewTarievenUnknownFunctie(t *testing.T) {
	one, err := allocation.ParseBedrag("1.00")
	require.NoError(t, err)
	for _, f := range []allocation.Functie{0, 12, 15, 16, 255} {
		_, err := overbrugging.NewTarieven(2026, map[allocation.Functie]allocation.Bedrag{f: one})
		require.Error(t, err, "Functie(%d)", int(f))
		assert.True(t, allocation.AsViolations(err).Has(allocation.COD732), "%v", err)
	}
	tt, err := overbrugging.NewTarieven(2026, map[allocation.Functie]allocation.Bedrag{allocation.FunctieADL: one})
	require.NoError(t, err)
	got, ok := tt.Tarief(allocation.FunctieADL)
	assert.True(t, ok && got.Equal(one))
}

// TestNewTarievenEveryErrorStable: every bad entry is reported, in the
// order of the functie, the same on every call (a map has no order).
func TestNewTarievenEveryErrorStable(t *testing.T) {
	neg, err := allocation.ParseBedrag("-1.00")
	require.NoError(t, err)
	one, err := allocation.ParseBedrag("1.00")
	require.NoError(t, err)
	per := map[allocation.Functie]allocation.Bedrag{
		allocation.FunctiePV: neg, allocation.FunctieVP: one, allocation.FunctieBGIND: neg,
		allocation.FunctieHV: neg, 12: one, 13: neg, 0: one,
	}
	_, err = overbrugging.NewTarieven(2026, per)
	require.Error(t, err)
	first := err.Error()
	vs := allocation.AsViolations(err)
	require.Len(t, vs, 6, "%v", err) // 0, HV, PV, BG-IND negative, 12, 13
	for i := 0; i < 50; i++ {
		_, err := overbrugging.NewTarieven(2026, per)
		require.Equal(t, first, err.Error())
	}
}

// TestZeroValues calls the methods of each exported type's zero value
// (and a nil *Omzettingstabel): each works or returns an error, none panics.
func TestZeroValues(t *testing.T) {
	require.NotPanics(t, func() {
		for _, tab := range []*overbrugging.Omzettingstabel{{}, nil} {
			_ = tab.Naam() + tab.Bron()
			_ = tab.Jaar()
			_, err := tab.Functies(allocation.ZZP4VV, true)
			assert.Error(t, err)
			_, err = overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, tab, exampleTarieven(t))
			if tab != nil {
				assert.Error(t, err, "the zero table has no rows")
			}
		}
		var tt overbrugging.Tarieven
		_ = tt.Jaar()
		_, ok := tt.Tarief(allocation.FunctiePV)
		assert.False(t, ok)
		_, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
		assert.Error(t, err)
		var m overbrugging.Methode
		_ = m.String()
		_, err = overbrugging.WeekBudget(allocation.ZZP4VV, false, m, nil, exampleTarieven(t))
		assert.Error(t, err)
		var s overbrugging.Arrangementsoort
		_ = s.String()
		_, err = s.MarshalText()
		assert.Error(t, err)
		var r overbrugging.ArrangementRegel
		_, _ = json.Marshal(r)
		_, err = overbrugging.CheckArrangement(overbrugging.Arrangement{}, overbrugging.Budget{}, tt, nl)
		assert.Error(t, err)
		_, err = overbrugging.CheckArrangement(overbrugging.Arrangement{Soort: overbrugging.ArrangementOverbrugging,
			Regels: []overbrugging.ArrangementRegel{{}}, Behandeling: &overbrugging.Behandeling{}, Dagbehandeling: []overbrugging.Dagbehandeling{""}},
			overbrugging.Budget{}, tt, nl)
		assert.Error(t, err)
		_, err = overbrugging.CheckRegulier(overbrugging.RegulierAanvraag{}, nl)
		assert.Error(t, err)
		_, err = overbrugging.CheckMetUitloop(overbrugging.UitloopAanvraag{}, nl)
		assert.Error(t, err)
		_, err = overbrugging.CheckRegelzorg(overbrugging.RegelzorgAanvraag{}, nl)
		assert.Error(t, err)
		_, err = overbrugging.TweedeTermijn(calendar.Date{}, calendar.Date{}, nl)
		assert.Error(t, err)
		_, err = overbrugging.PercentageVan(allocation.Bedrag{}, allocation.Bedrag{})
		assert.Error(t, err)
		_, _ = overbrugging.RekenmoduleNodig(overbrugging.RekenmoduleInput{})
		_, err = overbrugging.LookupKlasse(0, 0)
		assert.Error(t, err)
		var empty calendar.Calendar
		_, err = overbrugging.CheckRegulier(overbrugging.RegulierAanvraag{}, &empty)
		assert.Error(t, err)
	})
}

// TestEchoedInputQuoted: refused text (Methode, Arrangementsoort, a
// Dagbehandeling) is echoed quoted in Error() (Violation.String quotes every value), so it cannot forge a line of Error().
func TestEchoedInputQuoted(t *testing.T) {
	const forged = "x\nCS003 Einddatum: vals; VZ2013 4.4.3 Regels"
	var m overbrugging.Methode
	var s overbrugging.Arrangementsoort
	tt := exampleTarieven(t)
	b, err := overbrugging.WeekBudget(allocation.ZZP4VV, false, overbrugging.MethodeRegulier, nil, tt)
	require.NoError(t, err)
	_, errArr := overbrugging.CheckArrangement(overbrugging.Arrangement{Soort: overbrugging.ArrangementOverbrugging,
		Dagbehandeling: []overbrugging.Dagbehandeling{forged}}, b, tt, nl)
	for _, err := range []error{m.UnmarshalText([]byte(forged)), s.UnmarshalText([]byte(forged)), errArr} {
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "\n")
		vs := allocation.AsViolations(err)
		require.Len(t, vs, 1)
		assert.Equal(t, forged, vs[0].Value, "the violation keeps the exact input")
		assert.Contains(t, err.Error(), strconv.Quote(forged), "Error() quotes it")
	}
}
