package kortverblijf

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Logeren is how logeeropvang is requested on a date.
type Logeren struct {
	// Toeslag is COD983 10 Logeren from 2023-01-01 (iWlz 2.4), else zero.
	Toeslag allocation.ToeslagOverig
	// Functie is 71 VBKD before 2023-01-01 (the werkwijzen of Bijlage C),
	// else zero: functies leave the standard with iWlz 2.4.
	Functie allocation.Functie
	// Classificatie16 reports whether a waiting client may carry
	// classificatie 16 Logeren (with Wacht op voorkeur, from 2021-01-01).
	Classificatie16 bool
}

// LogeerOpvang says how a client at home with VPT, MPT or PGB logeert on
// datum, the day the logeeropvang takes place (a domain date, not a
// dagtekening: like every code, toeslag 10 and classificatie 16 are judged
// on the date of what they are given for, as allocation judges a code on
// the ingangsdatum of its element): at most 3 etmalen a week
// (MLZ-kortdurend-verblijf); from 2023-01-01 with
// toeslag 10 Logeren, before with functie 71; classificatie 16 for a client
// who waits with Wacht op voorkeur, from 2021-01-01. Another leveringsvorm
// or more than 3 etmalen is a "Wlz logeeropvang" violation.
func LogeerOpvang(datum calendar.Date, lv allocation.Leveringsvorm, perWeek allocation.Aantal, wachtOpVoorkeur bool) (Logeren, error) {
	var vs allocation.Violations
	if datum.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Datum", "", "de datum is verplicht")
		return Logeren{}, vs
	}
	if lv != allocation.PGB && lv != allocation.VPT && lv != allocation.MPT {
		verdict.Add(&vs, allocation.Logeeropvang, 0, "Leveringsvorm", lv.Code(), "logeeropvang is er voor cliënten thuis met VPT, MPT of PGB")
	}
	if perWeek.IsZero() || perWeek.Cmp(drie) > 0 {
		verdict.Add(&vs, allocation.Logeeropvang, 0, "PerWeek", perWeek.String(), "logeeropvang is ten hoogste 3 etmalen per week")
	}
	if len(vs) > 0 {
		return Logeren{}, vs
	}
	var out Logeren
	if allocation.ToeslagLogeren.ValidOn(datum) {
		out.Toeslag = allocation.ToeslagLogeren
	} else {
		out.Functie = allocation.FunctieVBTYD
	}
	out.Classificatie16 = wachtOpVoorkeur && !datum.Before(classificatieStart)
	return out, nil
}

// classificatieStart is the day the classificaties (COD168) start.
var classificatieStart = func() calendar.Date {
	d, _ := calendar.NewDate(2021, 1, 1)
	return d
}()
