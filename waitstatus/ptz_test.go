package waitstatus_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// vv10Toewijzing is ZZP VV10 delivered as lv from 2026-02-02 by aanbieder
// 12345678, its dossierhouder when lv has one.
func vv10Toewijzing(t testing.TB, lv allocation.Leveringsvorm) allocation.Zorgtoewijzing {
	t.Helper()
	agb, _ := allocation.ParseAGBCode("12345678")
	start := calendar.MustDate("2026-01-15")
	ind := fixtureIndicatie(t, allocation.ZZP10VV, start)
	pct, _ := allocation.NewPercentage(100)
	spec := allocation.ToewijzingSpec{
		ZZP: allocation.ZZP10VV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: calendar.MustDate("2026-01-30"), Percentage: pct, Ingangsdatum: calendar.MustDate("2026-02-02"),
		Leveringsvorm: lv, Dossierhouder: agb, Opname: allocation.Ja,
	}
	switch lv {
	case allocation.MPT:
		spec.Dossierhouder, spec.CoordinatorZorgThuis, spec.Opname = allocation.AGBCode{}, agb, 0
	case allocation.VPT:
		spec.Opname = 0
	}
	z, err := allocation.NewZorgtoewijzing(spec, ind, allocation.Context{Dagtekening: calendar.MustDate("2026-01-30")})
	require.NoError(t, err)
	return z
}

func TestCheckPTZOmzetting(t *testing.T) {
	nl, err := calendar.Netherlands()
	require.NoError(t, err)
	agb, _ := allocation.ParseAGBCode("12345678")
	ander, _ := allocation.ParseAGBCode("87654321")
	vv10 := vv10Toewijzing(t, allocation.Verblijf)
	p := func(from, to string) calendar.Period {
		per, err := calendar.NewPeriod(calendar.MustDate(from), calendar.MustDate(to))
		require.NoError(t, err)
		return per
	}
	for _, tt := range []struct {
		name  string
		o     waitstatus.PTZOmzetting
		want  string   // the latest einddatum when valid
		rules []string // else the violations
	}{
		{"3 maanden", waitstatus.PTZOmzetting{Aanvrager: agb, Setting: waitstatus.PTZThuis, Periode: p("2026-03-02", "2026-06-01")}, "2026-06-01", nil},
		{"one day over", waitstatus.PTZOmzetting{Aanvrager: agb, Setting: waitstatus.PTZThuis, Periode: p("2026-03-02", "2026-06-02")}, "", []string{"VZ2013 4.6"}},
		{"verlengd", waitstatus.PTZOmzetting{Aanvrager: agb, Setting: waitstatus.PTZHospice, Periode: p("2026-03-02", "2026-09-01"), Verlengingen: 1}, "2026-09-01", nil},
		{"negative verlengingen", waitstatus.PTZOmzetting{Aanvrager: agb, Setting: waitstatus.PTZHospice, Periode: p("2026-03-02", "2026-04-01"), Verlengingen: -1}, "", []string{"VZ2013 4.6"}},
		{"unknown setting", waitstatus.PTZOmzetting{Aanvrager: agb, Setting: 9, Periode: p("2026-03-02", "2026-04-01")}, "", []string{"VZ2013 4.6"}},
		{"not the dossierhouder, too long", waitstatus.PTZOmzetting{Aanvrager: ander, Setting: waitstatus.PTZThuis, Periode: p("2026-03-02", "2026-12-31")}, "", []string{"VZ2013 4.6", "VZ2013 4.6 dossierhouder"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := waitstatus.CheckPTZOmzetting(vv10, tt.o, nl)
			if tt.rules == nil {
				require.NoError(t, err)
				assert.Equal(t, tt.want, got.String())
				return
			}
			assert.True(t, errors.Is(err, allocation.ErrInvalid))
			assert.Equal(t, tt.rules, allocation.AsViolations(err).Rules())
			assert.True(t, got.IsZero())
		})
	}
	// Without the dossierhouder's AGB the MPT toewijzing has no one who may ask.
	_, err = waitstatus.CheckPTZOmzetting(vv10Toewijzing(t, allocation.MPT),
		waitstatus.PTZOmzetting{Aanvrager: agb, Setting: waitstatus.PTZThuis, Periode: p("2026-03-02", "2026-04-01")}, nl)
	assert.Equal(t, []string{"VZ2013 4.6 dossierhouder"}, allocation.AsViolations(err).Rules())
	// Zero values are input errors, never a panic.
	_, err = waitstatus.CheckPTZOmzetting(allocation.Zorgtoewijzing{}, waitstatus.PTZOmzetting{}, nil)
	assert.True(t, errors.Is(err, allocation.ErrInput))
}

func TestPTZMetVerblijf(t *testing.T) {
	assert.True(t, waitstatus.PTZMetVerblijf(vv10Toewijzing(t, allocation.Verblijf)))
	assert.False(t, waitstatus.PTZMetVerblijf(vv10Toewijzing(t, allocation.VPT)))
	assert.False(t, waitstatus.PTZMetVerblijf(allocation.Zorgtoewijzing{}))
}

// TestPTZVormMatchesCodeLists: the dates PTZVormOp uses agree with the
// code lists' own validity where the library's lists carry one.
func TestPTZVormMatchesCodeLists(t *testing.T) {
	for _, d := range []string{"2020-12-31", "2021-01-01", "2026-06-01"} {
		v, err := waitstatus.PTZVormOp(calendar.MustDate(d))
		require.NoError(t, err)
		assert.Equal(t, waitstatus.Classificatie(6).ValidOn(calendar.MustDate(d)), v.Classificatie != 0, d)
		if v.Classificatie != 0 {
			assert.True(t, v.Leveringsstatus.ValidOn(calendar.MustDate(d)), d)
		}
	}
}

func TestPTZSettingText(t *testing.T) {
	for _, s := range []waitstatus.PTZSetting{0, waitstatus.PTZThuis, waitstatus.PTZHospice} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back waitstatus.PTZSetting
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := waitstatus.PTZSetting(7).MarshalText()
	assert.True(t, errors.Is(err, allocation.ErrInput))
	var s waitstatus.PTZSetting
	assert.True(t, errors.Is(s.UnmarshalText([]byte("ziekenhuis")), allocation.ErrInput))
}

// FuzzPTZSetting: UnmarshalText never panics, rejects with a typed error,
// and what it accepts round-trips.
func FuzzPTZSetting(f *testing.F) {
	for _, s := range []string{"", "thuis", "hospice", "Thuis", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var s waitstatus.PTZSetting
		if err := s.UnmarshalText([]byte(in)); err != nil {
			if allocation.AsViolations(err) == nil {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if b, _ := s.MarshalText(); string(b) != in {
			t.Fatalf("%q -> %q", in, b)
		}
	})
}

func ExamplePTZMetVerblijf() {
	vv10 := vv10Toewijzing(&testing.T{}, allocation.Verblijf)
	fmt.Println(vv10.ZZP().Code(), vv10.Leveringsvorm(), waitstatus.PTZMetVerblijf(vv10))
	// Output: 759 Verblijf true
}

func ExampleCheckPTZOmzetting() {
	nl, _ := calendar.Netherlands()
	vv10 := vv10Toewijzing(&testing.T{}, allocation.Verblijf) // dossierhouder 12345678
	dh, _ := allocation.ParseAGBCode("12345678")
	p, _ := calendar.NewPeriod(calendar.MustDate("2026-03-02"), calendar.MustDate("2026-06-01"))
	uiterlijk, err := waitstatus.CheckPTZOmzetting(vv10, waitstatus.PTZOmzetting{Aanvrager: dh, Setting: waitstatus.PTZThuis, Periode: p}, nl)
	fmt.Println(uiterlijk, err)
	ander, _ := allocation.ParseAGBCode("87654321")
	_, err = waitstatus.CheckPTZOmzetting(vv10, waitstatus.PTZOmzetting{Aanvrager: ander, Setting: waitstatus.PTZHospice, Periode: p}, nl)
	fmt.Println(allocation.AsViolations(err).Rules())
	// Output:
	// 2026-06-01 <nil>
	// [VZ2013 4.6 dossierhouder]
}

func ExamplePTZVormOp() {
	for _, d := range []string{"2014-06-01", "2018-06-01", "2021-06-01"} {
		v, _ := waitstatus.PTZVormOp(calendar.MustDate(d))
		fmt.Printf("%s: ZZP %s, toeslag %q, leveringsstatus %q, classificatie %q\n", d, v.ZZP.Code(), v.Toeslag.Code(), v.Leveringsstatus.Code(), v.Classificatie.Code())
	}
	// Output:
	// 2014-06-01: ZZP 759, toeslag "", leveringsstatus "", classificatie ""
	// 2018-06-01: ZZP 759, toeslag "2", leveringsstatus "", classificatie ""
	// 2021-06-01: ZZP 759, toeslag "2", leveringsstatus "6", classificatie "06"
}

func ExamplePartneropnameVormOp() {
	for _, d := range []string{"2013-06-01", "2021-06-01"} {
		v, _ := waitstatus.PartneropnameVormOp(calendar.MustDate(d))
		fmt.Printf("%s: ZZP %s, classificatie %q onder %v\n", d, v.ZZP.Code(), v.Classificatie.Code(), v.Leveringsstatussen)
	}
	// Output:
	// 2013-06-01: ZZP 999, classificatie "" onder {}
	// 2021-06-01: ZZP 999, classificatie "15" onder {2, 3}
}

func ExamplePTZSetting_UnmarshalText() {
	var s waitstatus.PTZSetting
	err := s.UnmarshalText([]byte("hospice"))
	fmt.Println(s, err)
	// Output: hospice <nil>
}
