package waitstatus

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// BatchEvent is one status change of one client, for Summarise.
type BatchEvent struct {
	Client          uint32 // the caller's client number
	Datum           calendar.Date
	Leveringsstatus Leveringsstatus
	Classificatie   Classificatie
}

// ClientSummary is a client's wachtstatus on the dagtekening and the days
// spent in each status and classificatie up to it.
type ClientSummary struct {
	Client          uint32
	Leveringsstatus Leveringsstatus // the status on the dagtekening (zero: none yet)
	Classificatie   Classificatie
	Wachtend        bool
	Days            Tally
}

// Summarise is the batch for zorgkantoor backends: from one slice of status
// histories, sorted by client and then by date (as a nightly export
// delivers them), it appends to out one summary per client: the wachtstatus
// on dagtekening and the days from the client's first event through the
// dagtekening in each status and classificatie (OP103). Events after the
// dagtekening are ignored. It allocates only when out must grow; pass a
// slice with enough capacity to allocate nothing.
//
// The events are the client-level statuses: when a client has several
// reguliere toewijzingen, combine them with Wachtstatus first. An unsorted
// slice or an unknown code is a violation (OP103, COD167, COD168) naming
// the offending event, and out is returned as far as it got.
func Summarise(events []BatchEvent, dagtekening calendar.Date, out []ClientSummary) ([]ClientSummary, error) {
	if dagtekening.IsZero() {
		return out, allocation.Violations{{Rule: allocation.InputMissing.In(0), Field: "Dagtekening", Message: "de dagtekening (de dag van de telling) is verplicht"}}
	}
	i := 0
	for i < len(events) {
		client := events[i].Client
		s := ClientSummary{Client: client}
		for ; i < len(events) && events[i].Client == client; i++ {
			e := &events[i]
			if e.Datum.IsZero() {
				return out, badEvent(i, allocation.InputMissing, "een gebeurtenis zonder datum telt niet (nooit vanaf 0001-01-01): de datum is verplicht")
			}
			if e.Leveringsstatus == 0 || e.Leveringsstatus > ActiefPlaatsen || e.Classificatie > 20 {
				return out, badEvent(i, allocation.COD167, "onbekende leveringsstatus of classificatie")
			}
			if i > 0 && events[i-1].Client == client && e.Datum.Before(events[i-1].Datum) {
				return out, badEvent(i, allocation.OP103, "de gebeurtenissen van een cliënt moeten op datum gesorteerd zijn")
			}
			if e.Datum.After(dagtekening) {
				continue
			}
			end := dagtekening
			if i+1 < len(events) && events[i+1].Client == client && !events[i+1].Datum.After(dagtekening) {
				end = events[i+1].Datum.AddDays(-1)
			}
			if !end.Before(e.Datum) {
				n := int32(e.Datum.DaysUntil(end) + 1)
				s.Days.Status[e.Leveringsstatus] += n
				s.Days.Classificatie[e.Classificatie] += n
			}
			s.Leveringsstatus, s.Classificatie = e.Leveringsstatus, e.Classificatie
		}
		if i < len(events) && events[i].Client < client {
			return out, badEvent(i, allocation.OP103, "de gebeurtenissen moeten op cliënt gesorteerd zijn")
		}
		s.Wachtend = Wachtend(s.Leveringsstatus, dagtekening)
		out = append(out, s)
	}
	return out, nil
}

func badEvent(i int, rule allocation.Rule, msg string) error {
	return allocation.Violations{{Rule: rule.In(0), Field: "events[" + strconv.Itoa(i) + "]", Message: msg}}
}
