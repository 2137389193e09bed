package waitstatus

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Palliatief terminale zorg (PTZ), VZ2013 4.6: a client in the palliatief
// terminale fase who cannot or will not stay at home gets PTZ met verblijf
// as ZZP VV10. When the client wants to stay at home or go to a hospice
// after all, the dossierhouder may ask the zorgkantoor to convert the VV10
// into PTZ zonder verblijf, valid for at most 3 maanden with possibly one
// extension of at most 3 maanden (calendar.TermPTZZonderVerblijf).

// PTZMetVerblijf reports whether toewijzing t is PTZ met verblijf: ZZP
// VV10 (759) delivered as Verblijf (VZ2013 4.6). The zero toewijzing is
// not.
func PTZMetVerblijf(t allocation.Zorgtoewijzing) bool {
	return t.ZZP() == allocation.ZZP10VV && t.Leveringsvorm() == allocation.Verblijf
}

// PTZSetting is where PTZ zonder verblijf is given: at home or in a
// hospice (VZ2013 4.6: "alsnog thuis blijven of naar een hospice"). The
// zero value is absent.
type PTZSetting uint8

// The settings of PTZ zonder verblijf.
const (
	// PTZThuis: the client stays at home ("thuis").
	PTZThuis PTZSetting = iota + 1
	// PTZHospice: the client goes to a hospice ("hospice").
	PTZHospice
)

var ptzSettingNames = [...]string{PTZThuis: "thuis", PTZHospice: "hospice"}

// String returns "thuis" or "hospice".
func (s PTZSetting) String() string {
	if s == PTZThuis || s == PTZHospice {
		return ptzSettingNames[s]
	}
	return "PTZSetting(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "thuis", "hospice", or
// empty for the zero value.
func (s PTZSetting) MarshalText() ([]byte, error) {
	switch s {
	case 0:
		return []byte{}, nil
	case PTZThuis, PTZHospice:
		return []byte(ptzSettingNames[s]), nil
	}
	return nil, verdict.One(allocation.InputUnreadable, 0, "Setting", s.String(), "geen setting van PTZ zonder verblijf (thuis, hospice)")
}

// UnmarshalText accepts "thuis", "hospice" and the empty text (absent).
func (s *PTZSetting) UnmarshalText(text []byte) error {
	switch string(text) {
	case "":
		*s = 0
	case "thuis":
		*s = PTZThuis
	case "hospice":
		*s = PTZHospice
	default:
		return verdict.One(allocation.InputUnreadable, 0, "Setting", string(text), "geen setting van PTZ zonder verblijf (thuis, hospice)")
	}
	return nil
}

// PTZOmzetting is a request to convert ZZP VV10 into PTZ zonder verblijf
// (VZ2013 4.6).
type PTZOmzetting struct {
	// Aanvrager is the aanbieder that asks: it must be the dossierhouder
	// of the VV10 toewijzing.
	Aanvrager allocation.AGBCode
	// Setting is where the PTZ zonder verblijf is given: thuis or hospice.
	Setting PTZSetting
	// Periode is the requested period; it needs an einddatum.
	Periode calendar.Period
	// Verlengingen is 0, or 1 for the one extension of at most 3 maanden.
	Verlengingen int
}

// CheckPTZOmzetting checks a request to convert the VV10 toewijzing vv10
// into PTZ zonder verblijf and returns the latest einddatum the request
// may have: the last day of a looptijd of 3 maanden that begins on the
// requested ingangsdatum, or with the extension of 3 more from the day
// after (calendar.LastDayOf with calendar.TermPTZZonderVerblijf; from
// 2027-11-30 up to 2028-02-29, extended up to 2028-05-31).
//
// Violations, all at once: "VZ2013 4.6 dossierhouder" when the aanvrager
// is not the dossierhouder of vv10 (or vv10 has none); "VZ2013 4.6" when
// vv10 is not a ZZP VV10, when the setting is neither thuis nor hospice,
// when the period starts before the VV10 toewijzing, has no einddatum or
// ends after the latest einddatum, and for more than one extension. A
// missing toewijzing, aanvrager, period or calendar is an input error.
func CheckPTZOmzetting(vv10 allocation.Zorgtoewijzing, o PTZOmzetting, cal *calendar.Calendar) (calendar.Date, error) {
	var vs allocation.Violations
	if cal == nil || vv10.IsZero() || o.Periode.IsZero() || o.Aanvrager.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Omzetting", "", "kalender, VV10-toewijzing, aanvrager en periode zijn verplicht")
		return calendar.Date{}, vs
	}
	if dh := vv10.Dossierhouder(); dh.IsZero() || dh != o.Aanvrager {
		verdict.Add(&vs, allocation.VZ46Dossierhouder, 0, "Aanvrager", o.Aanvrager.String(),
			"de omzetting naar PTZ zonder verblijf vraagt de dossierhouder ("+dh.String()+") aan bij het zorgkantoor")
	}
	if vv10.ZZP() != allocation.ZZP10VV {
		verdict.Add(&vs, allocation.VZ46, 0, "ZzpCode", vv10.ZZP().Code(), "alleen een ZZP VV10 (PTZ met verblijf) wordt omgezet naar PTZ zonder verblijf")
	}
	if o.Setting != PTZThuis && o.Setting != PTZHospice {
		verdict.Add(&vs, allocation.VZ46, 0, "Setting", strconv.Itoa(int(o.Setting)), "PTZ zonder verblijf is thuis of in een hospice")
	}
	if o.Periode.Start().Before(vv10.Period().Start()) {
		verdict.Add(&vs, allocation.VZ46, 0, "Ingangsdatum", o.Periode.Start().String(),
			"de omzetting volgt op de toewijzing van ZZP VV10 ("+vv10.Period().Start().String()+")")
	}
	n := o.Verlengingen
	if n < 0 || n > 1 {
		verdict.Add(&vs, allocation.VZ46, 0, "Verlengingen", strconv.Itoa(n), "eventueel een verlenging van maximaal 3 maanden")
		n = 1
	}
	uiterlijk, err := cal.LastDayOf(o.Periode.Start(), calendar.TermPTZZonderVerblijf, n)
	if err != nil {
		return calendar.Date{}, err
	}
	if o.Periode.IsOpen() || o.Periode.End().After(uiterlijk) {
		verdict.Add(&vs, allocation.VZ46, 0, "Einddatum", o.Periode.End().String(),
			"PTZ zonder verblijf geldt ten hoogste 3 maanden, met de verlenging 6: uiterlijk "+uiterlijk.String())
	}
	if len(vs) > 0 {
		return calendar.Date{}, vs
	}
	return uiterlijk, nil
}

// PTZVorm is how PTZ is expressed in the allocation traffic on a date.
type PTZVorm struct {
	// ZZP is ZZP VV10 (759): PTZ met verblijf, on every date (VZ2013 4.6).
	ZZP allocation.ZZP
	// Toeslag is COD983 code 2 Palliatief terminale zorg (PTZ) from its
	// ingangsdatum 2015-01-01 (the Wlz), zero before: under the AWBZ the
	// Voorschrift knows PTZ only as VV10 and its omzetting.
	Toeslag allocation.ToeslagOverig
	// Leveringsstatus and Classificatie are Urgent plaatsen (6) with
	// classificatie 06 Palliatief terminale zorg (COD168) for a client who
	// waits, from 2021-01-01 (iWlz 2.2), zero before.
	Leveringsstatus Leveringsstatus
	Classificatie   Classificatie
	// Source cites the sources of the reading.
	Source string
}

// The days the PTZ codes begin (their ingangsdatum in the code lists).
var (
	ptzToeslagVanaf       = calendar.MustDate("2015-01-01") // iWlz-codelijsten COD983, code 2
	ptzClassificatieVanaf = calendar.MustDate("2021-01-01") // iWlz-codelijsten COD168, code 06
)

// PTZVormOp returns how PTZ is expressed on day d: before 2015-01-01 by
// ZZP VV10 alone (the VZ2013 reading: VV10 is PTZ met verblijf, its
// omzetting PTZ zonder verblijf); from 2015-01-01 also by toeslag 2 PTZ
// of COD983; from 2021-01-01 in addition by classificatie 06 with Urgent
// plaatsen for a waiting client (COD168, CS131). A zero d is an input
// error.
func PTZVormOp(d calendar.Date) (PTZVorm, error) {
	if d.IsZero() {
		return PTZVorm{}, verdict.One(allocation.InputZeroDate, 0, "Datum", "", "de datum is verplicht")
	}
	v := PTZVorm{ZZP: allocation.ZZP10VV, Source: "VZ2013 4.6"}
	if !d.Before(ptzToeslagVanaf) {
		v.Toeslag = allocation.ToeslagPTZ
		v.Source += "; iWlz-codelijsten COD983 (code 2, ingangsdatum 2015-01-01)"
	}
	if !d.Before(ptzClassificatieVanaf) {
		v.Leveringsstatus, v.Classificatie = UrgentPlaatsen, 6
		v.Source += "; iWlz-codelijsten COD168 (code 06, ingangsdatum 2021-01-01); iWlz-XSLT 2.2 CS131"
	}
	return v, nil
}
