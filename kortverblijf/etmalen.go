package kortverblijf

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Per is the period an average number of etmalen is given in.
type Per uint8

// The periods.
const (
	PerWeek Per = iota + 1
	PerMaand
	PerJaar
)

// UnmarshalText accepts "week", "maand" and "jaar".
func (p *Per) UnmarshalText(b []byte) error {
	switch string(b) {
	case "week":
		*p = PerWeek
	case "maand":
		*p = PerMaand
	case "jaar":
		*p = PerJaar
	default:
		return verdict.One(allocation.InputUnreadable, 0, "Per", string(b), "per week, maand of jaar")
	}
	return nil
}

// Gemiddelde is an average number of etmalen (nights in the instelling)
// per week, month or year. (allocation.Etmalen is another thing: the COD755
// code of a deeltijdverblijf.)
type Gemiddelde struct {
	N   int `json:"etmalen"`
	Per Per `json:"per"`
}

// PerJaar returns the etmalen per year: × 52 per week, × 12 per month (13
// a month = 156 a year, VZ2013 Bijlage C werkwijze B).
// N is bounded (1 to 366) before any multiplication, so that nothing
// wraps around.
func (e Gemiddelde) PerJaar() (int, error) {
	if e.Per != PerWeek && e.Per != PerMaand && e.Per != PerJaar {
		return 0, verdict.One(allocation.InputUnreadable, 0, "Per", "", "per week, maand of jaar")
	}
	if e.N < 1 || e.N > 366 {
		return 0, verdict.One(allocation.InputRange, 0, "Etmalen", strconv.Itoa(e.N),
			"gemiddeld ten minste 1 en ten hoogste 7 etmalen per week")
	}
	var n int
	switch e.Per {
	case PerWeek:
		n = e.N * 52
	case PerMaand:
		n = e.N * 12
	default:
		n = e.N
	}
	if n > 366 {
		return 0, verdict.One(allocation.InputRange, 0, "Etmalen", strconv.Itoa(e.N),
			"gemiddeld ten minste 1 en ten hoogste 7 etmalen per week")
	}
	return n, nil
}

// KlasseVoor returns the KE klasse of an average: the etmalen per year
// divided by 52, rounded half up to whole etmalen per week, at least KE1
// ("minimale klasse", werkwijze A) and at most KE7. The rounding is the
// library's choice: the Voorschrift gives only whole averages. It is the
// klasse of an average, not a werkwijze: 182 a year (3,5 a week) is KE4
// here, but Kies refuses it, as it fits neither werkwijze F nor G.
func KlasseVoor(e Gemiddelde) (allocation.Klasse, error) {
	n, err := e.PerJaar()
	if err != nil {
		return 0, err
	}
	return klasseFromPerJaar(n), nil
}

func klasseFromPerJaar(perJaar int) allocation.Klasse {
	k := (perJaar + 26) / 52 // half up
	if k < 1 {
		k = 1
	}
	if k > 7 {
		k = 7
	}
	return allocation.KE1 + allocation.Klasse(k-1)
}

// Soort is the kind of stay whose limit LimietPerWeek checks.
type Soort uint8

// The kinds of stay.
const (
	// Kortdurend verblijf (logeren): at most 3 etmalen per week.
	Kortdurend Soort = iota + 1
	// Verblijf: at least 4 etmalen per week.
	Verblijf
	// DTV deeltijdverblijf: 3,5, 4,0 or 4,5 per week (7, 8 or 9 per 14 days).
	DTV
)

// UnmarshalText accepts "kortdurend", "verblijf" and "dtv".
func (s *Soort) UnmarshalText(b []byte) error {
	switch string(b) {
	case "kortdurend":
		*s = Kortdurend
	case "verblijf":
		*s = Verblijf
	case "dtv":
		*s = DTV
	default:
		return verdict.One(allocation.InputUnreadable, 0, "Soort", string(b), "de soort verblijf is kortdurend, verblijf of dtv")
	}
	return nil
}

// Etmalen per week as counts, built once (the literals cannot fail).
var (
	drie, vier, zeven = etmalen(300), etmalen(400), etmalen(700)
	dtv35, dtv45      = etmalen(350), etmalen(450)
)

func etmalen(hundredths int64) allocation.Aantal {
	a, _ := allocation.Hundredths(hundredths)
	return a
}

// LimietPerWeek checks the etmalen per week of a kind of stay and returns
// the etmalen per 14 days: kortdurend verblijf at most 3 a week ("VZ2013
// Bijlage C werkwijze F"), verblijf at least 4 ("VZ2013 Bijlage C werkwijze
// G"; MLZ-verblijf), DTV exactly 3,5, 4,0 or 4,5 ("COD755"; 7, 8 or 9
// per 14 days, ZZ-deeltijdverblijf). A week has at most 7 etmalen (input
// error "range").
func LimietPerWeek(s Soort, perWeek allocation.Aantal) (allocation.Aantal, error) {
	var vs allocation.Violations
	switch s {
	case Kortdurend:
		if perWeek.Cmp(drie) > 0 {
			verdict.Add(&vs, allocation.VZBijlageCWerkwijzeF, 0, "PerWeek", perWeek.String(), "kortdurend verblijf (logeren) is ten hoogste 3 etmalen per week")
		}
	case Verblijf:
		if perWeek.Cmp(vier) < 0 {
			verdict.Add(&vs, allocation.VZBijlageCWerkwijzeG, 0, "PerWeek", perWeek.String(), "verblijf is ten minste 4 etmalen per week; minder is kortdurend verblijf")
		}
	case DTV:
		if perWeek != dtv35 && perWeek != vier && perWeek != dtv45 {
			verdict.Add(&vs, allocation.COD755, 0, "PerWeek", perWeek.String(), "deeltijdverblijf is 3,5, 4,0 of 4,5 etmalen per week (7, 8 of 9 per 14 dagen)")
		}
	default:
		verdict.Add(&vs, allocation.InputUnreadable, 0, "Soort", "", "de soort verblijf is kortdurend, verblijf of dtv")
	}
	if perWeek.Cmp(zeven) > 0 {
		verdict.Add(&vs, allocation.InputRange, 0, "PerWeek", perWeek.String(), "een week heeft ten hoogste 7 etmalen")
	}
	if len(vs) > 0 {
		return allocation.Aantal{}, vs
	}
	return allocation.Hundredths(2 * perWeek.Hundredths()) // at most 14
}

// grens2011 is the day from which logeerdagen can no longer be saved up.
var grens2011 = func() calendar.Date {
	d, _ := calendar.NewDate(2011, 1, 1)
	return d
}()

// OpsparenToegestaan reports whether an indicatie for kortdurend verblijf
// allows saving logeerdagen up: only when it was issued before 2011-01-01
// (VZ2013 3.3 Kortdurend verblijf).
func OpsparenToegestaan(afgiftedatum calendar.Date) bool {
	return !afgiftedatum.IsZero() && afgiftedatum.Before(grens2011)
}
