package kortverblijf

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Berichtsoort is the kind of message a provider sends.
type Berichtsoort string

// The messages of a schedule: the kind of message, named Bericht… so that
// BerichtMUT20 does not read as waitstatus.MUT20, the mutatiecode it is
// sent with.
const (
	BerichtMAZ   Berichtsoort = "MAZ"   // melding aanvang zorg (AW35)
	BerichtMUT20 Berichtsoort = "MUT20" // levering beëindigd, toewijzing aanhouden
	BerichtMUT19 Berichtsoort = "MUT19" // levering beëindigd, toewijzing gesloten
)

// Bericht is one message of a schedule: its kind, the date it carries (the
// begindatum of a MAZ, the mutatiedatum of a MUT) and the klasse of a MAZ.
type Bericht struct {
	Soort  Berichtsoort
	Datum  calendar.Date
	Klasse allocation.Klasse
}

// SchemaA returns the messages of werkwijze A (VZ2013 Bijlage C) for a
// client with VBKD KE1 who stays the given periods: a MAZ (klasse KE1) on
// the first day of a stay; one week in zorg per day in zorg, so a MUT20 on
// begin + 7 × days (a weekend stay gives a MUT20 two weeks later). When the
// next stay begins on or before that date the client stays in zorg: no
// MUT20 and no new MAZ, and the MUT20 moves to the later end. After the
// last stay a MUT20 when the client comes back (terugkomst), a MUT19 when
// not. The stays must be in order and may not overlap ("VZ2013 Bijlage C
// werkwijze A").
func SchemaA(verblijven []calendar.Period, terugkomst bool) ([]Bericht, error) {
	bad := func(msg string) error {
		return verdict.One(allocation.VZBijlageCWerkwijzeA, 0, "Verblijven", "", msg)
	}
	if len(verblijven) == 0 {
		return nil, bad("ten minste één logeerperiode")
	}
	out := make([]Bericht, 0, 2*len(verblijven))
	var pending calendar.Date
	for i, v := range verblijven {
		days, closed := v.Days()
		if !closed {
			return nil, bad("een logeerperiode heeft een begin en een einde")
		}
		if i > 0 && !v.Start().After(verblijven[i-1].End()) {
			return nil, bad("de logeerperiodes moeten op volgorde liggen en mogen niet overlappen")
		}
		end := v.Start().AddDays(7 * days)
		if end.IsZero() {
			return nil, bad("de periode ligt buiten het bereik van de datums")
		}
		switch {
		case i == 0 || v.Start().After(pending):
			if i > 0 {
				out = append(out, Bericht{Soort: BerichtMUT20, Datum: pending})
			}
			out = append(out, Bericht{Soort: BerichtMAZ, Datum: v.Start(), Klasse: allocation.KE1})
			pending = end
		case end.After(pending):
			pending = end
		}
	}
	last := BerichtMUT20
	if !terugkomst {
		last = BerichtMUT19
	}
	return append(out, Bericht{Soort: last, Datum: pending}), nil
}
