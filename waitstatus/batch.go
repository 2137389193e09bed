package waitstatus

import (
	"sort"
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
// delivers them; each event is the client-level status a mutation or MAZ
// gave), it appends to out one summary per client: the wachtstatus on
// dagtekening and the days from the client's first event through the
// dagtekening in each status and classificatie (OP103). Events after the
// dagtekening are ignored. It allocates only when out must grow or a
// client is bad; pass a slice with enough capacity to allocate nothing.
//
// The events are the client-level statuses: when a client has several
// reguliere toewijzingen, combine them with Wachtstatus first, or keep a
// History per client and use SummariseHistories.
//
// A bad client does not stop the batch: an event without a date (never
// counted from 0001-01-01), an unknown code (COD167, COD168) or an event
// dated before the one before it (OP103, never sorted silently) makes the
// client skipped with every violation of its events, and the rest of the
// batch goes on. A client whose events are not together (its number below
// the one before) is skipped too (OP103), and a summary this call already
// appended for it is taken out of out again. The error is then a
// BatchErrors, one entry per skipped client; allocation.AsViolations gives
// all their violations at once.
func Summarise(events []BatchEvent, dagtekening calendar.Date, out []ClientSummary) ([]ClientSummary, error) {
	if dagtekening.IsZero() {
		return out, allocation.Violations{{Rule: allocation.InputMissing.In(0), Field: "Dagtekening", Message: "de dagtekening (de dag van de telling) is verplicht"}}
	}
	start := len(out)
	var bad BatchErrors
	i := 0
	for i < len(events) {
		client, first := events[i].Client, i
		s := ClientSummary{Client: client}
		var vs allocation.Violations
		for ; i < len(events) && events[i].Client == client; i++ {
			e := &events[i]
			if e.Datum.IsZero() {
				vs = append(vs, badEvent(i, allocation.InputMissing, "een gebeurtenis zonder datum telt niet (nooit vanaf 0001-01-01): de datum is verplicht"))
				continue
			}
			if e.Leveringsstatus == 0 || e.Leveringsstatus > ActiefPlaatsen || e.Classificatie > 20 {
				vs = append(vs, badEvent(i, allocation.COD167, "onbekende leveringsstatus of classificatie"))
				continue
			}
			if i > first && e.Datum.Before(events[i-1].Datum) {
				vs = append(vs, badEvent(i, allocation.OP103, "de gebeurtenissen van een cliënt moeten op datum gesorteerd zijn"))
				continue
			}
			if len(vs) > 0 || e.Datum.After(dagtekening) {
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
		if first > 0 && client < events[first-1].Client {
			vs = append(vs, badEvent(first, allocation.OP103, "de gebeurtenissen moeten op cliënt gesorteerd zijn: deze cliënt komt na cliënt "+
				strconv.FormatUint(uint64(events[first-1].Client), 10)))
			out = dropSummary(out, start, client)
		}
		if len(vs) > 0 {
			bad = append(bad, ClientError{Client: client, Violations: vs})
			continue
		}
		s.Wachtend = Wachtend(s.Leveringsstatus, dagtekening)
		out = append(out, s)
	}
	if bad != nil {
		return out, bad
	}
	return out, nil
}

// dropSummary takes the summary of client out of out[start:] (sorted by
// client), if there is one.
func dropSummary(out []ClientSummary, start int, client uint32) []ClientSummary {
	part := out[start:]
	j := sort.Search(len(part), func(k int) bool { return part[k].Client >= client })
	if j < len(part) && part[j].Client == client {
		copy(part[j:], part[j+1:])
		out = out[:len(out)-1]
	}
	return out
}

// SummariseHistories is Summarise for clients kept as a History (one per
// client; Client is the index in hs): the wachtstatus on dagtekening as
// History.WachtstatusOn gives it, and the days from the client's first
// ingangsdatum or event through the dagtekening in each status and
// classificatie (History.DaysInStatus; days without a status under 0). A
// History holds only accepted events, so no client is bad; the only error
// is a missing dagtekening. It allocates when out must grow and for the
// largest number of lines of a client, once.
func SummariseHistories(hs []History, dagtekening calendar.Date, out []ClientSummary) ([]ClientSummary, error) {
	if dagtekening.IsZero() {
		return out, allocation.Violations{{Rule: allocation.InputMissing.In(0), Field: "Dagtekening", Message: "de dagtekening (de dag van de telling) is verplicht"}}
	}
	var next []int
	for c := range hs {
		h := &hs[c]
		w := h.WachtstatusOn(dagtekening)
		s := ClientSummary{Client: uint32(c), Leveringsstatus: w.Leveringsstatus, Classificatie: w.Classificatie, Wachtend: w.Wachtend}
		if from := h.first(dagtekening); from.Before(dagtekening) || from.Equal(dagtekening) {
			next = h.walk(next, from, dagtekening, func(a, b calendar.Date, w ClientWachtstatus) {
				n := int32(a.DaysUntil(b) + 1)
				s.Days.Status[w.Leveringsstatus] += n
				s.Days.Classificatie[w.Classificatie] += n
			})
		}
		out = append(out, s)
	}
	return out, nil
}

// ClientError is one client a batch skipped, with every violation of its
// events.
type ClientError struct {
	Client     uint32
	Violations allocation.Violations
}

// BatchErrors lists the clients a batch skipped, in batch order; the
// summaries of the other clients are in the returned slice.
type BatchErrors []ClientError

// Error reports how many clients were skipped and why.
func (b BatchErrors) Error() string {
	msg := strconv.Itoa(len(b)) + " cliënt(en) overgeslagen"
	for i := range b {
		msg += "; cliënt " + strconv.FormatUint(uint64(b[i].Client), 10) + ": " + b[i].Violations.Error()
	}
	return msg
}

// As lets allocation.AsViolations (errors.As with *allocation.Violations)
// see the violations of every skipped client at once.
func (b BatchErrors) As(target any) bool {
	p, ok := target.(*allocation.Violations)
	if !ok {
		return false
	}
	var vs allocation.Violations
	for i := range b {
		vs = append(vs, b[i].Violations...)
	}
	*p = vs
	return true
}

func badEvent(i int, rule allocation.Rule, msg string) allocation.Violation {
	return allocation.Violation{Rule: rule.In(0), Field: "events[" + strconv.Itoa(i) + "]", Message: msg}
}
