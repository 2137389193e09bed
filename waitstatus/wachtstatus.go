package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
	"strconv"
)

// switch2021 is the day Urgent plaatsen and Actief plaatsen replaced Actief
// wachtend (iWlz 2.2).
var switch2021 = ymd(2021, 1, 1)

// Wachtend reports whether a client with leveringsstatus l counts as
// waiting on d. VZ2013 Bijlage A "Wachtstatus": a client is waiting when
// actief or wens wachtend. From 2021-01-01 Urgent plaatsen, Actief
// plaatsen and Wacht op voorkeur count, Wacht uit voorzorg does not
// (MLZ-actief-wachtend); the legacy Actief wachtend still counts.
func Wachtend(l Leveringsstatus, d calendar.Date) bool {
	switch l {
	case ActiefWachtend, WachtOpVoorkeur:
		return true
	case UrgentPlaatsen, ActiefPlaatsen:
		return !d.Before(switch2021)
	}
	return false
}

// precedence orders the statuses when a client's reguliere toewijzingen
// disagree: In zorg wins (a client in care is not waiting), then the most
// urgent waiting status, then Wacht uit voorzorg, then Einde zorgvraag.
var precedence = [...]Leveringsstatus{InZorg, UrgentPlaatsen, ActiefPlaatsen, ActiefWachtend, WachtOpVoorkeur, WachtUitVoorzorg, EindeZorgvraag}

// Toewijzingstatus is a toewijzing with its current state.
type Toewijzingstatus struct {
	Toewijzing allocation.Zorgtoewijzing
	State      State
}

// ClientWachtstatus is the wachtstatus of a client on a date.
type ClientWachtstatus struct {
	Leveringsstatus Leveringsstatus // zero when no reguliere toewijzing holds on the date
	Classificatie   Classificatie
	Wachtend        bool
}

// Wachtstatus returns the client's wachtstatus on d from the leveringsstatus
// of the reguliere ZZP toewijzingen that hold on d (not after an einddatum
// a closing mutation gave them; VZ2013 Bijlage A:
// determined per client at the level of the indicatiebesluit). When they
// disagree the first status of this order wins: In zorg, Urgent plaatsen,
// Actief plaatsen, Actief wachtend, Wacht op voorkeur, Wacht uit voorzorg,
// Einde zorgvraag.
//
// Each State is taken as the state on d: Wachtstatus has no history, so
// given today's states it answers with today's statuses whatever d is
// (only the period and einddatum of each line are read on d). For a date
// in the past use History.WachtstatusOn, which takes each line's state as
// it was on that date.
func Wachtstatus(d calendar.Date, ts []Toewijzingstatus) ClientWachtstatus {
	best, rank := ClientWachtstatus{}, len(precedence)
	for i := range ts {
		best, rank = combine(&ts[i].Toewijzing, &ts[i].State, d, best, rank)
	}
	best.Wachtend = Wachtend(best.Leveringsstatus, d)
	return best
}

// combine adds the status of toewijzing t in state s on d to best (of
// precedence rank), when t is a reguliere toewijzing that holds on d.
func combine(t *allocation.Zorgtoewijzing, s *State, d calendar.Date, best ClientWachtstatus, rank int) (ClientWachtstatus, int) {
	if t.Soort() != allocation.Regulier || !t.Period().Contains(d) || (!s.Einddatum.IsZero() && d.After(s.Einddatum)) {
		return best, rank
	}
	for r, l := range precedence {
		if l == s.Leveringsstatus && r < rank {
			return ClientWachtstatus{Leveringsstatus: l, Classificatie: s.Classificatie}, r
		}
	}
	return best, rank
}

// Event is one entry of a toewijzing's status history: from Datum on the
// status and classificatie hold, until the next event.
type Event struct {
	Datum           calendar.Date
	Leveringsstatus Leveringsstatus
	Classificatie   Classificatie
}

// Tally counts days per leveringsstatus and per classificatie (iWlz OP103:
// the zorgkantoor can count the days a client spent in each status and
// classificatie). Index by the status or classificatie value.
type Tally struct {
	Status        [8]int32
	Classificatie [21]int32
}

// DaysInStatus counts, for the days from through to (inclusive), the days
// in each status and classificatie of history: each event holds from its
// Datum through the day before the next event (the last through to); days
// before the first event count nowhere. history must be in date order
// (same-day events: the last one wins); otherwise the error is an OP103
// violation. It does not allocate.
func DaysInStatus(history []Event, from, to calendar.Date) (Tally, error) {
	var t Tally
	if from.IsZero() || to.IsZero() {
		return Tally{}, allocation.Violations{{Rule: allocation.InputMissing.In(0), Field: "Van/Tot",
			Message: "de telling heeft een begin- en een einddag: een lege datum telt nooit vanaf 0001-01-01"}}
	}
	if to.Before(from) {
		return Tally{}, allocation.Violations{{Rule: allocation.InputRange.In(0), Field: "Tot", Value: to.String(),
			Message: "de einddag van de telling ligt voor de begindag " + from.String()}}
	}
	for i := range history {
		if history[i].Datum.IsZero() {
			return Tally{}, allocation.Violations{{Rule: allocation.InputMissing.In(0), Field: "history[" + strconv.Itoa(i) + "].Datum",
				Message: "een gebeurtenis zonder datum telt niet: de datum is verplicht"}}
		}
		if i > 0 && history[i].Datum.Before(history[i-1].Datum) {
			return Tally{}, allocation.Violations{{Rule: allocation.OP103.In(0), Field: "Datum", Value: history[i].Datum.String(),
				Message: "de historie moet op datum gesorteerd zijn"}}
		}
		if history[i].Leveringsstatus > ActiefPlaatsen || history[i].Classificatie > 20 {
			return Tally{}, allocation.Violations{{Rule: allocation.COD167.In(0), Field: "Leveringsstatus", Value: history[i].Leveringsstatus.Code(),
				Message: "onbekende leveringsstatus of classificatie in de historie"}}
		}
		var next calendar.Date
		if i+1 < len(history) {
			next = history[i+1].Datum
		}
		addDays(&t, history[i], next, from, to)
	}
	return t, nil
}

// addDays adds the days e holds (until next, exclusive; zero: open) within
// from..to.
func addDays(t *Tally, e Event, next, from, to calendar.Date) {
	start := e.Datum
	if start.Before(from) {
		start = from
	}
	end := to
	if !next.IsZero() && next.AddDays(-1).Before(end) {
		end = next.AddDays(-1)
	}
	if end.Before(start) {
		return
	}
	n := int32(start.DaysUntil(end) + 1)
	t.Status[e.Leveringsstatus] += n
	t.Classificatie[e.Classificatie] += n
}

// Map2013 maps a 2013 (or pre-2021) leveringsstatus to the statuses of
// 2021 (MLZ-actief-wachtend): Actief wachtend becomes Urgent plaatsen or
// Actief plaatsen, and only the classificatie decides which, so it must be
// given; Wens wachtend and Slapend wachtend keep their code (Wacht op
// voorkeur, Wacht uit voorzorg) and need a classificatie too (CD090); In
// zorg and Einde zorgvraag take none. A missing or extra classificatie is
// CD090; one that does not fit the new status is CS131.
func Map2013(l Leveringsstatus, c Classificatie) (Leveringsstatus, Classificatie, error) {
	target := l
	if l == ActiefWachtend {
		switch allowedFor(c) {
		case Statuses(UrgentPlaatsen):
			target = UrgentPlaatsen
		case Statuses(ActiefPlaatsen):
			target = ActiefPlaatsen
		}
	}
	if l == 0 || l > EindeZorgvraag {
		return 0, 0, allocation.Violations{{Rule: allocation.COD167.In(0), Field: "Leveringsstatus", Value: l.Code(), Message: "geen leveringsstatus van 2013 (1-5)"}}
	}
	var vs allocation.Violations
	if (l == InZorg || l == EindeZorgvraag) != (c == 0) {
		verdict.Add(&vs, allocation.CD090, 0, "LeveringsstatusClassificatie", c.Code(),
			"kies een classificatie bij "+l.NameOn(ymd(2013, 1, 1))+"; bij In zorg en Einde zorgvraag hoort er geen")
	}
	if c != 0 && !allowedFor(c).Has(target) {
		verdict.Add(&vs, allocation.CS131, 0, "LeveringsstatusClassificatie", c.Code(), "classificatie "+c.String()+" past niet bij "+l.NameOn(ymd(2013, 1, 1)))
	}
	if len(vs) > 0 {
		return 0, 0, vs
	}
	return target, c, nil
}
