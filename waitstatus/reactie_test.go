package waitstatus_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func TestReactieZeroInputs(t *testing.T) {
	var ind allocation.Indicatie
	_, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ReactieIO31")
	_, err = waitstatus.ReactieAAT(ind, nil, waitstatus.AATInvoer{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ReactieAAT")
	_, err = waitstatus.ReactieMutatie(ind, nil, waitstatus.MutatieInvoer{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ReactieMutatie")
	_, err = waitstatus.ReactieMAZ(ind, nil, waitstatus.MAZInvoer{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ReactieMAZ")
	assert.False(t, waitstatus.Reactie{}.StuurtAW33())
	assert.Equal(t, "ongewijzigd", waitstatus.Wijziging(0).String())
	assert.Equal(t, "onbekend", waitstatus.Wijziging(9).String())
}

// The caller's lines are never changed: the reaction works on copies.
func TestReactieLeavesInputAlone(t *testing.T) {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	require.NoError(t, err)
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing}
	before := huidig[0]
	r, err := waitstatus.ReactieMutatie(ind, huidig, waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: huidig[0],
		Code: waitstatus.MUT19, Mutatiedatum: calendar.MustDate("2026-04-10")})
	require.NoError(t, err)
	assert.Equal(t, before, huidig[0])
	require.Len(t, r.Regels, 1)
	assert.Equal(t, calendar.MustDate("2026-04-10"), r.Regels[0].Toewijzing.Einddatum)
}

// A MUT other than 17, 19 or 21 is not a reaction this function makes.
func TestReactieMutatieCodes(t *testing.T) {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	require.NoError(t, err)
	line := first.Regels[0].Toewijzing
	_, err = waitstatus.ReactieMutatie(ind, []allocation.ToewijzingSpec{line}, waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: line,
		Code: waitstatus.MUT18, Mutatiedatum: calendar.MustDate("2026-04-10")})
	assert.Equal(t, []string{"option"}, allocation.AsViolations(err).Rules())
	_, err = waitstatus.ReactieMutatie(ind, []allocation.ToewijzingSpec{line}, waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: line,
		Code: waitstatus.MUT21, Mutatiedatum: calendar.MustDate("2026-04-10")})
	assert.Equal(t, []string{"missing"}, allocation.AsViolations(err).Rules())
}

// An unknown CAKMoment is refused, not read as the default.
func TestReactieMAZCAKMoment(t *testing.T) {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	require.NoError(t, err)
	line := first.Regels[0].Toewijzing
	in := waitstatus.MAZInvoer{Verwerking: v, Toewijzing: line, Begindatum: line.Ingangsdatum, CAKMoment: waitstatus.CAKNaAlleMAZ + 1}
	_, err = waitstatus.ReactieMAZ(ind, []allocation.ToewijzingSpec{line}, in)
	assert.Equal(t, []string{"option"}, allocation.AsViolations(err).Rules())
	// With one aanbieder there is no one to wait for.
	in.CAKMoment = waitstatus.CAKNaAlleMAZ
	r, err := waitstatus.ReactieMAZ(ind, []allocation.ToewijzingSpec{line}, in)
	require.NoError(t, err)
	assert.Equal(t, waitstatus.CAKNieuw, r.CAK.Status)
	assert.Equal(t, v.Toewijzingsdatum, r.CAK.Datum)
	// The CA317 may go out later than the AW33, never before the MAZ.
	in.CAKDatum = v.Ontvangen.AddDays(1)
	r, err = waitstatus.ReactieMAZ(ind, []allocation.ToewijzingSpec{line}, in)
	require.NoError(t, err)
	assert.Equal(t, v.Ontvangen.AddDays(1), r.CAK.Datum)
	in.CAKDatum = v.Ontvangen.AddDays(-1)
	_, err = waitstatus.ReactieMAZ(ind, []allocation.ToewijzingSpec{line}, in)
	assert.Equal(t, []string{"option"}, allocation.AsViolations(err).Rules())
}

// ReactieMutatieAAT combines only a mutation that ends a line.
func TestReactieMutatieAATCodes(t *testing.T) {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	require.NoError(t, err)
	line := first.Regels[0].Toewijzing
	_, err = waitstatus.ReactieMutatieAAT(ind, []allocation.ToewijzingSpec{line},
		waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: line, Code: waitstatus.MUT21, Mutatiedatum: v.Ontvangen},
		waitstatus.AATInvoer{Verwerking: v})
	assert.Equal(t, []string{"option"}, allocation.AsViolations(err).Rules())
	_, err = waitstatus.ReactieMutatieAAT(ind, nil, waitstatus.MutatieInvoer{Code: waitstatus.MUT19}, waitstatus.AATInvoer{})
	assert.ErrorIs(t, err, allocation.ErrInput)
}

// An AAT for another ZZP than the geïndiceerd 6VV (the aanbieder's
// instellingseigen 5VV) is refused without a vertaaltabel and assigned
// regulier with a table that lists 6VV -> 5VV (casus 07; VZ2013 4.3.2).
// The 6VV MPT line is not asked for again, so it is withdrawn the day
// before (OP152: the aanvraag is the whole MPT picture).
func TestReactieAATVertaaltabel(t *testing.T) {
	ind, v := reactieFixture(allocation.VoorkeurMPT, "2026-04-13", "2026-04-14")
	first, err := waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v})
	require.NoError(t, err)
	huidig := []allocation.ToewijzingSpec{first.Regels[0].Toewijzing}
	in := waitstatus.AATInvoer{Verwerking: v, Aanvrager: huidig[0].Instelling,
		Regels: []waitstatus.AATRegel{{ZZP: allocation.ZZP5VV, Leveringsvorm: allocation.MPT, Soort: allocation.Regulier,
			Instelling: huidig[0].Instelling, Percentage: huidig[0].Percentage, Ingangsdatum: calendar.MustDate("2026-04-13")}}}
	_, err = waitstatus.ReactieAAT(ind, huidig, in)
	assert.Equal(t, []string{"VZ2013 Bijlage A Reguliere zorg"}, allocation.AsViolations(err).Rules())

	in.Vertaaltabel = vertalingen{{allocation.ZZP6VV, allocation.ZZP5VV}}
	r, err := waitstatus.ReactieAAT(ind, huidig, in)
	require.NoError(t, err)
	got := r.AW33()
	require.Len(t, got, 2)
	assert.Equal(t, waitstatus.Ingetrokken, got[0].Wijziging)
	assert.Equal(t, calendar.MustDate("2026-04-12"), got[0].Toewijzing.Einddatum)
	assert.Equal(t, allocation.ZZP5VV, got[1].Toewijzing.ZZP)
	assert.Equal(t, allocation.Regulier, got[1].Toewijzing.Soort)
	assert.Equal(t, waitstatus.Nieuw, got[1].Wijziging)
}
