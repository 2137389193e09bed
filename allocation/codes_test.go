package allocation_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// codeValue is what every code list type offers.
type codeValue interface {
	Code() string
	String() string
	ValidOn(calendar.Date) bool
	encoding.TextMarshaler
}

// roundTrip checks every value 1..n of a code type: it has a code and a
// name, and its code parses back to itself through UnmarshalText.
func roundTrip[T codeValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, list string, n int, conv func(int) T) {
	t.Helper()
	for i := 1; i <= n; i++ {
		v := conv(i)
		require.NotEmpty(t, v.Code(), "%s value %d", list, i)
		require.NotEmpty(t, v.String())
		text, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(text), "%s %s", list, text)
		assert.Equal(t, v, back, "%s %s", list, text)
	}
	out := conv(n + 1)
	_, err := out.MarshalText()
	require.Error(t, err, "%s value %d is outside the list", list, n+1)
	var zero T
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text, "the zero value is absent")
	var back T
	require.NoError(t, P(&back).UnmarshalText(nil))
	err = P(&back).UnmarshalText([]byte("nonsense"))
	var ce *allocation.CodeError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, list, ce.List)
	assert.ErrorIs(t, err, allocation.ErrInvalid)
}

func TestCodeListsRoundTrip(t *testing.T) {
	roundTrip(t, "COD578", 6, func(i int) allocation.Leveringsvorm { return allocation.Leveringsvorm(i) })
	roundTrip(t, "COD165", 5, func(i int) allocation.SoortToewijzing { return allocation.SoortToewijzing(i) })
	roundTrip(t, "COD172", 8, func(i int) allocation.RedenIntrekking { return allocation.RedenIntrekking(i) })
	roundTrip(t, "COD755", 3, func(i int) allocation.Etmalen { return allocation.Etmalen(i) })
	roundTrip(t, "COD756", 32, func(i int) allocation.Klasse { return allocation.Klasse(i) })
	roundTrip(t, "COD732", 11, func(i int) allocation.Functie { return allocation.Functie(i) })
	roundTrip(t, "COD736", 7, func(i int) allocation.Grondslag { return allocation.Grondslag(i) })
	roundTrip(t, "COD999", 10, func(i int) allocation.VoorkeurClient { return allocation.VoorkeurClient(i) })
	roundTrip(t, "COD260", 2, func(i int) allocation.JaNee { return allocation.JaNee(i) })
	roundTrip(t, "COD981", 1, func(i int) allocation.ExtraKostenThuis { return allocation.ExtraKostenThuis(i) })
	roundTrip(t, "COD982", 2, func(i int) allocation.ToeslagBeademing { return allocation.ToeslagBeademing(i) })
	roundTrip(t, "COD983", 10, func(i int) allocation.ToeslagOverig { return allocation.ToeslagOverig(i) })
}

func TestCodeConstants(t *testing.T) {
	// The constants carry the official codes of iWlz-codelijsten.
	for v, code := range map[fmt.Stringer]string{
		allocation.PGB: "2", allocation.Verblijf: "4", allocation.VPT: "5", allocation.MPT: "7", allocation.DTV: "8", allocation.VKB: "9",
		allocation.Regulier: "1", allocation.Alternatief: "2", allocation.Overbrugging: "3", allocation.Transfer: "4", allocation.Administratief: "5",
		allocation.IntrekkingVerhuizing: "8", allocation.Etmalen45: "4,5", allocation.KlasseNVT: "99", allocation.K0: "K0", allocation.K8: "K8",
		allocation.KD01: "KD01", allocation.KD15: "KD15", allocation.KE1: "KE1", allocation.KE7: "KE7", allocation.FunctieVBTYD: "71",
		allocation.FunctieADL: "91", allocation.GrondslagPsychosociaal: "07", allocation.VoorkeurDTV: "10", allocation.Nee: "2",
		allocation.EKT: "5", allocation.BeademingInvasief: "2", allocation.ToeslagLogeren: "10",
	} {
		assert.Equal(t, code, v.(interface{ Code() string }).Code(), v.String())
	}
	assert.Equal(t, "Verblijf", allocation.Verblijf.String())
	assert.Equal(t, "Leveringsvorm(99)", allocation.Leveringsvorm(99).String())
	assert.Equal(t, "", allocation.Leveringsvorm(99).Code())
}

func TestCodeValidity(t *testing.T) {
	d := calendar.MustDate
	tests := []struct {
		v    codeValue
		date string
		want bool
	}{
		{allocation.MPT, "2018-03-31", false}, {allocation.MPT, "2018-04-01", true},
		{allocation.DTV, "2019-12-31", false}, {allocation.DTV, "2020-01-01", true},
		{allocation.VKB, "2020-12-31", false}, {allocation.VKB, "2021-01-01", true},
		{allocation.Alternatief, "2018-03-31", true}, {allocation.Alternatief, "2018-04-01", false},
		{allocation.Transfer, "2018-04-01", false}, {allocation.Etmalen35, "2019-12-31", false},
		{allocation.KE5, "2022-12-31", true}, {allocation.KE5, "2023-01-01", false},
		{allocation.FunctiePV, "2023-01-01", false}, {allocation.ToeslagLogeren, "2022-12-31", false},
		{allocation.ToeslagLogeren, "2023-01-01", true}, {allocation.VoorkeurFunctieInNatura, "2018-04-01", false},
		{allocation.Leveringsvorm(0), "2026-01-01", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.ValidOn(d(tt.date)), "%s on %s", tt.v, tt.date)
	}
	f, err := allocation.ParseFunctie("VBKD")
	require.NoError(t, err)
	assert.Equal(t, allocation.FunctieVBTYD, f, "VBKD is the Voorschrift's name of functie 71")
	e, err := allocation.ParseEtmalen("4,5")
	require.NoError(t, err)
	assert.Equal(t, allocation.Etmalen45, e)
	assert.Equal(t, 9, e.PerTweeWeken())
	_, err = allocation.ParseEtmalen("4.5")
	require.Error(t, err, "the code has a decimal comma; a point is not guessed")
}

func TestZZP(t *testing.T) {
	tests := []struct {
		in     string
		code   string
		sector string
		level  int
	}{
		{"753", "753", "VV", 4}, {"4VV", "753", "VV", 4}, {"4 VV", "753", "VV", 4}, {"VV4", "753", "VV", 4},
		{"ZZP 4VV", "753", "VV", 4}, {"zzp4vv", "753", "VV", 4}, {"9VV", "758", "VV", 9}, {"9VV A", "190", "VV", 9},
		{"VV9b", "191", "VV", 9}, {"10VV", "759", "VV", 10}, {"1GGZ-C", "760", "GGZ-C", 1}, {"GGZ-B 7", "772", "GGZ-B", 7},
		{"3ZGaud", "854", "ZGaud", 3}, {"SGLVG1", "790", "SGLVG", 1}, {"1LVG", "780", "LVG", 1}, {"7VG", "812", "VG", 7},
		{"ZZP0", "999", "", 0}, {"ZZPX", "998", "", 0}, {"5GGZ W", "888", "GGZ-W", 5},
	}
	for _, tt := range tests {
		z, err := allocation.ParseZZP(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.code, z.Code(), tt.in)
		assert.Equal(t, tt.sector, z.Sector().String(), tt.in)
		assert.Equal(t, tt.level, z.Level(), tt.in)
	}
	for _, bad := range []string{"", "0", "754x", "11VV", "VV", "761", "+753", "9VVC", "1000"} {
		_, err := allocation.ParseZZP(bad)
		var ce *allocation.CodeError
		require.ErrorAs(t, err, &ce, bad)
		assert.Equal(t, "COD163", ce.List)
	}
	assert.Equal(t, allocation.ZZP(753), allocation.ZZP4VV)
	assert.Equal(t, "4VV Beschut wonen met intensieve begeleiding en uitgebreide verzorging", allocation.ZZP4VV.String())
	assert.Equal(t, "ZZP(761)", allocation.ZZP(761).String())
	assert.False(t, allocation.ZZP1GGZW.ValidOn(calendar.MustDate("2020-12-31")))
	assert.True(t, allocation.ZZP1GGZW.ValidOn(calendar.MustDate("2021-01-01")))
	assert.False(t, allocation.ZZPWlzIndiceerbaar.ValidOn(calendar.MustDate("2021-01-01")))

	// Every one of the 64 codes round-trips, and every label parses back.
	n := 0
	for c := 1; c < 1000; c++ {
		z := allocation.ZZP(c)
		if !z.Known() {
			continue
		}
		n++
		text, err := z.MarshalText()
		require.NoError(t, err)
		var back allocation.ZZP
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, z, back)
		byLabel, err := allocation.ParseZZP(z.Label())
		require.NoError(t, err, z.Label())
		assert.Equal(t, z, byLabel, z.Label())
	}
	assert.Equal(t, 64, n, "COD163 has 64 codes")
}

func TestValueTypes(t *testing.T) {
	p, err := allocation.ParsePercentage("9000")
	require.NoError(t, err)
	assert.Equal(t, 90, p.Percent())
	assert.Equal(t, "90%", p.String())
	assert.Equal(t, "90", p.Decimal().String())
	assert.Equal(t, "0.9", p.Fraction().String())
	for _, bad := range []string{"9050", "0", "00100", "100000", "-100", "+100", "1e3", "99"} {
		_, err := allocation.ParsePercentage(bad)
		var ce *allocation.CodeError
		require.ErrorAs(t, err, &ce, bad)
		assert.Equal(t, "CS130", ce.List)
	}
	_, err = allocation.NewPercentage(1000)
	require.Error(t, err)
	big, _ := allocation.ParsePercentage("17500")
	assert.Equal(t, 175, big.Percent(), "shares above 100 % exist")

	a, err := allocation.ParseAGBCode("01234567")
	require.NoError(t, err)
	assert.Equal(t, "01234567", a.String(), "leading zero kept")
	for _, bad := range []string{"1234567", "123456789", "1234567a", ""} {
		_, err := allocation.ParseAGBCode(bad)
		require.ErrorIs(t, err, allocation.ErrInvalid, bad)
	}
	for _, s := range []string{"5501", "5533"} {
		z, err := allocation.ParseZorgkantoorCode(s)
		require.NoError(t, err)
		assert.Equal(t, s, z.String())
	}
	for _, bad := range []string{"5522", "5500", "5534", "05501", "abcd"} {
		_, err := allocation.ParseZorgkantoorCode(bad)
		require.Error(t, err, bad)
	}
	b, err := allocation.ParseBesluitnummer("999999999")
	require.NoError(t, err)
	assert.Equal(t, "999999999", b.String())
	for _, bad := range []string{"0", "1000000000", "12a", ""} {
		_, err := allocation.ParseBesluitnummer(bad)
		require.Error(t, err, bad)
	}
	tijd, err := allocation.ParseTijd("23:59:59")
	require.NoError(t, err)
	assert.Equal(t, "23:59:59", tijd.String())
	for _, bad := range []string{"24:00:00", "12:60:00", "1:00:00", "+1:00:00", "12:00"} {
		_, err := allocation.ParseTijd(bad)
		require.Error(t, err, bad)
	}
	var rs allocation.Release
	require.NoError(t, rs.UnmarshalText([]byte("iWlz 2.2")))
	assert.Equal(t, allocation.IWlz22, rs)
	require.Error(t, rs.UnmarshalText([]byte("iWlz 9")))
	assert.True(t, errors.Is(rs.UnmarshalText([]byte("x")), allocation.ErrInvalid))
}

func TestReleaseOn(t *testing.T) {
	for d, want := range map[string]allocation.Release{
		"2013-06-01": allocation.VZ2013, "2018-03-31": allocation.VZ2013, "2018-04-01": allocation.IWlz20,
		"2019-12-31": allocation.IWlz20, "2020-01-01": allocation.IWlz21, "2021-01-01": allocation.IWlz22,
		"2022-01-01": allocation.IWlz23, "2023-01-01": allocation.IWlz24, "2026-11-23": allocation.IWlz24,
	} {
		assert.Equal(t, want, allocation.ReleaseOn(calendar.MustDate(d)), d)
	}
	assert.Equal(t, allocation.Release(0), allocation.ReleaseOn(calendar.Date{}))
	assert.Equal(t, "2021-01-01", allocation.IWlz22.Start().String())
	assert.True(t, allocation.IWlz20.IWlz())
	assert.False(t, allocation.VZ2013.IWlz())
	assert.Equal(t, "Release(9)", allocation.Release(9).String())
}
