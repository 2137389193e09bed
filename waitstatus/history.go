package waitstatus

import (
	"sort"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// EventKind is what a history event is.
type EventKind uint8

// The kinds of history event. The AW33 line itself is not an event: it
// is the toewijzing a line of the History holds (AddLine).
const (
	// EventMAZ is a melding aanvang zorg (AW35).
	EventMAZ EventKind = iota + 1
	// EventMUT is a mutation (AW39 MutatieZorgzwaartepakket), with or
	// without an AAT in the same message (Mutatie.MetAAT).
	EventMUT
	// EventAAT is an aanvraag aangepaste toewijzing sent on its own
	// (AW39 Aanvraag). It is kept as a dated event and changes no state;
	// its content is judged elsewhere.
	EventAAT
	// EventIntrekking is the zorgkantoor's withdrawal of the line (AW33
	// with an einddatum and a reden intrekking).
	EventIntrekking
	// EventEinde is an einddatum the zorgkantoor gave the line without
	// withdrawing it (AW33 with the line ending earlier: a new line of
	// the same key takes over, an overbrugging ends before the opname;
	// Reactie's Beeindigd).
	EventEinde
)

// String returns "MAZ", "MUT", "AAT", "intrekking" or "einde".
func (k EventKind) String() string {
	switch k {
	case EventMAZ:
		return "MAZ"
	case EventMUT:
		return "MUT"
	case EventAAT:
		return "AAT"
	case EventIntrekking:
		return "intrekking"
	case EventEinde:
		return "einde"
	}
	return ""
}

// HistoryEvent is one accepted event of a line and the state after it.
type HistoryEvent struct {
	Kind EventKind
	// Datum orders the history and is the day the event takes effect: the
	// begindatum of a MAZ, the mutatiedatum of a MUT, the dagtekening of
	// an AAT, the einddatum of an intrekking or an einde.
	Datum       calendar.Date
	Dagtekening calendar.Date
	MAZ         MAZMelding // EventMAZ
	Mutatie     Mutatie    // EventMUT; EventAAT: the AAT fields (MetAAT, AATSoort)
	Reden       allocation.RedenIntrekking
	// State is the state of the line from Datum on (until the next event).
	State State
}

// historyLine is one toewijzing of a client and its events: a ZZP
// toewijzing t, or (functie) the functie toewijzing f.
type historyLine struct {
	t       allocation.Zorgtoewijzing
	f       allocation.FunctieToewijzing
	functie bool
	period  calendar.Period
	events  []HistoryEvent
}

// History is the history of one client: the toewijzingen (AW33 lines,
// AddLine and AddFunctieLine) and, per line, its events in date order,
// each with the state it leaves. It
// accepts an event only when the standard allows it in the line's state
// (Apply, ApplyMAZ and their rules, and the sequence rules: no event
// before the previous one, OP103; nothing on a closed or withdrawn line,
// "Toewijzing gesloten"; TR069, TR017) and otherwise returns every
// violation, leaving the history unchanged. It answers for any date.
//
// Events of a line must come in order of Datum: an event dated before the
// line's last event is refused (OP103), never sorted or dropped. Events on
// the same day are accepted in the order given; on that day the state of
// the last one holds. Memory grows with the events; adding is O(1)
// (amortised), a question about one date O(log n) per line, and the
// counts over a span O(n·k) for n events on k lines.
//
// The zero History holds no lines and answers "no status" for every date.
// A History shares its events with its copies: after the first Add, keep
// one History per client and pass a pointer to it.
type History struct {
	lines []historyLine
}

// AddLine adds a toewijzing (an AW33 line) and returns its index, the
// line argument of the other methods. A zero toewijzing is an input error.
func (h *History) AddLine(t allocation.Zorgtoewijzing) (int, error) {
	if t.IsZero() {
		return 0, verdict.One(allocation.InputMissing, 0, "Toewijzing", "", "de historie hoort bij een gevalideerde toewijzing (allocation.NewZorgtoewijzing)")
	}
	h.lines = append(h.lines, historyLine{t: t, period: t.Period()})
	return len(h.lines) - 1, nil
}

// AddFunctieLine adds a functie toewijzing and returns its index. Its
// MAZ and MUT events are judged by ApplyMAZFunctie and ApplyFunctie (the
// rows of VZ2013 Bijlage D for "ZZP / functie"; under iWlz the input
// error "option"). A functie line has no leveringsstatus of the client's
// wachtstatus (that comes from the reguliere ZZP toewijzingen) and no
// dossierhouder or coördinator zorg thuis. A zero functie toewijzing is
// an input error.
func (h *History) AddFunctieLine(f allocation.FunctieToewijzing) (int, error) {
	if f.IsZero() {
		return 0, verdict.One(allocation.InputMissing, 0, "Toewijzing", "", "de historie hoort bij een gevalideerde functie toewijzing (allocation.NewFunctieToewijzing)")
	}
	h.lines = append(h.lines, historyLine{f: f, functie: true, period: f.Period()})
	return len(h.lines) - 1, nil
}

// Lines returns the number of lines.
func (h *History) Lines() int { return len(h.lines) }

// Events returns a copy of the events of line i (nil for an unknown line).
func (h *History) Events(i int) []HistoryEvent {
	if i < 0 || i >= len(h.lines) {
		return nil
	}
	return append([]HistoryEvent(nil), h.lines[i].events...)
}

// line returns line i or an input error.
func (h *History) line(i int) (*historyLine, error) {
	if i < 0 || i >= len(h.lines) {
		return nil, verdict.One(allocation.InputRange, 0, "Line", strconv.Itoa(i), "de historie heeft geen regel "+strconv.Itoa(i))
	}
	return &h.lines[i], nil
}

// last returns the state after the last event of the line (zero: none).
func (l *historyLine) last() State {
	if len(l.events) == 0 {
		return State{}
	}
	return l.events[len(l.events)-1].State
}

// order refuses an event dated before the line's last event (OP103) or
// without a date.
func (l *historyLine) order(vs *allocation.Violations, d calendar.Date, field string) {
	if d.IsZero() {
		verdict.Add(vs, allocation.InputMissing, 0, field, "", "een gebeurtenis zonder datum kan niet in de historie: de datum is verplicht")
		return
	}
	if n := len(l.events); n > 0 && d.Before(l.events[n-1].Datum) {
		verdict.Add(vs, allocation.OP103, 0, field, d.String(),
			"de gebeurtenis ligt voor de vorige van deze toewijzing ("+l.events[n-1].Datum.String()+"): de historie wordt niet stil gesorteerd")
	}
}

// AddMAZ judges a melding aanvang zorg on line i with ApplyMAZ (CS023,
// TR017 on the toewijzing and on the einddatum a mutation gave it, CD004,
// CS088, OP044, "Toewijzing gesloten") after the sequence rule OP103, and
// appends it. It returns the new state or every violation.
func (h *History) AddMAZ(i int, maz MAZMelding, ctx Context) (State, error) {
	l, err := h.line(i)
	if err != nil {
		return State{}, err
	}
	var vs allocation.Violations
	l.order(&vs, maz.Begindatum, "Begindatum")
	var s State
	if l.functie {
		s, err = ApplyMAZFunctie(l.f, l.last(), maz, ctx)
	} else {
		s, err = ApplyMAZ(l.t, l.last(), maz, ctx)
	}
	if err != nil {
		av := allocation.AsViolations(err)
		if len(av) == 0 {
			return State{}, err
		}
		vs = append(vs, av...)
	}
	if len(vs) > 0 {
		return State{}, vs
	}
	l.events = append(l.events, HistoryEvent{Kind: EventMAZ, Datum: maz.Begindatum, Dagtekening: ctx.Dagtekening, MAZ: maz, State: s})
	return s, nil
}

// AddMutatie judges mutation m on line i with Apply (so every rule of
// Check: TR069 and "Toewijzing gesloten" among them) after the sequence
// rule OP103, and appends it. It returns the outcome or every violation.
func (h *History) AddMutatie(i int, m Mutatie, ctx Context) (Outcome, error) {
	l, err := h.line(i)
	if err != nil {
		return Outcome{}, err
	}
	var vs allocation.Violations
	l.order(&vs, m.Datum, "Mutatiedatum")
	var o Outcome
	if l.functie {
		o, err = ApplyFunctie(l.f, l.last(), m, ctx)
	} else {
		o, err = Apply(l.t, l.last(), m, ctx)
	}
	if err != nil {
		av := allocation.AsViolations(err)
		if len(av) == 0 {
			return Outcome{}, err
		}
		vs = append(vs, av...)
	}
	if len(vs) > 0 {
		return Outcome{}, vs
	}
	l.events = append(l.events, HistoryEvent{Kind: EventMUT, Datum: m.Datum, Dagtekening: ctx.Dagtekening, Mutatie: m, State: o.State})
	return o, nil
}

// AddAAT records an aanvraag aangepaste toewijzing sent on its own on
// ctx.Dagtekening for the client of line i. The aanvraag itself is judged
// elsewhere; here only its place in the history: a dagtekening (required)
// not before the line's last event (OP103). The state does not change.
func (h *History) AddAAT(i int, soort allocation.SoortToewijzing, ctx Context) error {
	l, err := h.line(i)
	if err != nil {
		return err
	}
	var vs allocation.Violations
	l.order(&vs, ctx.Dagtekening, "Dagtekening")
	if len(vs) > 0 {
		return vs
	}
	l.events = append(l.events, HistoryEvent{Kind: EventAAT, Datum: ctx.Dagtekening, Dagtekening: ctx.Dagtekening,
		Mutatie: Mutatie{MetAAT: true, AATSoort: soort}, State: l.last()})
	return nil
}

// AddIntrekking records that the zorgkantoor withdrew line i with
// einddatum einde (the last day of the line) for reden. Rules: a date
// (required), OP103, the einddatum within the toewijzing ("range"), the
// reden from COD172 when one is given, and "Toewijzing gesloten" (a line
// is withdrawn once). The reden may be absent (0): RedenIntrekking is
// optional in the AW33 (iWlz-XSD 2.2), and the lines the zorgkantoor
// withdraws under OP152 carry none (ReactieAAT: COD172 has no code for
// it).
func (h *History) AddIntrekking(i int, einde calendar.Date, reden allocation.RedenIntrekking, ctx Context) error {
	l, err := h.line(i)
	if err != nil {
		return err
	}
	var vs allocation.Violations
	l.order(&vs, einde, "Einddatum")
	if reden != 0 && (reden.Code() == "" || (!einde.IsZero() && !reden.ValidOn(einde))) {
		verdict.Add(&vs, allocation.COD172, 0, "RedenIntrekking", strconv.Itoa(int(reden)), "geen code van COD172 die geldt op de einddatum")
	}
	s := l.last()
	if !einde.IsZero() && !l.period.Contains(einde) {
		verdict.Add(&vs, allocation.InputRange, 0, "Einddatum", einde.String(), "de einddatum van de intrekking ligt buiten de toewijzing "+l.period.String())
	}
	if s.Closed() {
		verdict.Add(&vs, allocation.Gesloten, 0, "Einddatum", einde.String(), "de toewijzing is al gesloten of ingetrokken (einddatum "+s.Einddatum.String()+")")
	}
	if len(vs) > 0 {
		return vs
	}
	s.Einddatum, s.Gesloten = einde, true
	l.events = append(l.events, HistoryEvent{Kind: EventIntrekking, Datum: einde, Dagtekening: ctx.Dagtekening, Reden: reden, State: s})
	return nil
}

// AddEinde records that the zorgkantoor ended line i on einde (its last
// day) without withdrawing it: the AW33 carries the line with that
// einddatum because a new line of the same key takes over or an
// overbrugging ends before the opname (Reactie's Beeindigd; iWlz-IM 2.2
// casus 4A, 4B, 12). From then on the line holds no role (RolesOn) and
// counts for no wachtstatus after einde, and a MAZ that begins after it
// is TR017. Unlike an intrekking the line is not closed: the aanbieder
// still reports on it (a MUT19 up to einde). Rules: a date (required),
// OP103, the einddatum within the toewijzing ("range"), no later than an
// einddatum it already has ("range": an end is brought forward, never
// moved back) and "Toewijzing gesloten".
func (h *History) AddEinde(i int, einde calendar.Date, ctx Context) error {
	l, err := h.line(i)
	if err != nil {
		return err
	}
	var vs allocation.Violations
	l.order(&vs, einde, "Einddatum")
	s := l.last()
	switch {
	case s.Closed():
		verdict.Add(&vs, allocation.Gesloten, 0, "Einddatum", einde.String(), "de toewijzing is al gesloten of ingetrokken (einddatum "+s.Einddatum.String()+")")
	case einde.IsZero():
	case !l.period.Contains(einde):
		verdict.Add(&vs, allocation.InputRange, 0, "Einddatum", einde.String(), "de nieuwe einddatum ligt buiten de toewijzing "+l.period.String())
	case !s.Einddatum.IsZero() && einde.After(s.Einddatum):
		verdict.Add(&vs, allocation.InputRange, 0, "Einddatum", einde.String(), "de toewijzing eindigt al op "+s.Einddatum.String()+": een einddatum wordt vervroegd, niet verlaat")
	}
	if len(vs) > 0 {
		return vs
	}
	s.Einddatum = einde
	l.events = append(l.events, HistoryEvent{Kind: EventEinde, Datum: einde, Dagtekening: ctx.Dagtekening, State: s})
	return nil
}

// stateOn returns the state of line l on d: that of its last event dated
// on or before d (the zero State before the first).
func (l *historyLine) stateOn(d calendar.Date) State {
	n := sort.Search(len(l.events), func(j int) bool { return l.events[j].Datum.After(d) })
	if n == 0 {
		return State{}
	}
	return l.events[n-1].State
}

// open reports whether line l holds on d in state s: within its period
// and not after an einddatum a mutation or intrekking gave it.
func (l *historyLine) open(d calendar.Date, s *State) bool {
	return l.period.Contains(d) && (s.Einddatum.IsZero() || !d.After(s.Einddatum))
}

// StateOn returns the state of line i on d: that of the last event dated
// on or before d; the zero State before the first event or for an
// unknown line.
func (h *History) StateOn(i int, d calendar.Date) State {
	if i < 0 || i >= len(h.lines) {
		return State{}
	}
	return h.lines[i].stateOn(d)
}

// WachtstatusOn returns the client's wachtstatus on d, as Wachtstatus
// combines the reguliere lines, from the state each line had on d (not
// today's).
func (h *History) WachtstatusOn(d calendar.Date) ClientWachtstatus {
	best, rank := ClientWachtstatus{}, len(precedence)
	for i := range h.lines {
		s := h.lines[i].stateOn(d)
		best, rank = combine(&h.lines[i].t, &s, d, best, rank)
	}
	best.Wachtend = Wachtend(best.Leveringsstatus, d)
	return best
}

// RolesOn returns the dossierhouder and the coördinator zorg thuis of
// the client on d, from the lines that hold on d (not after an einddatum
// a mutation or intrekking gave them): the first line in order of AddLine
// that names the role, reguliere lines before the others. Zero when no
// line that holds names it.
func (h *History) RolesOn(d calendar.Date) (dossierhouder, czt allocation.AGBCode) {
	for pass := 0; pass < 2; pass++ {
		for i := range h.lines {
			l := &h.lines[i]
			if l.functie || (l.t.Soort() == allocation.Regulier) != (pass == 0) {
				continue
			}
			s := l.stateOn(d)
			if !l.open(d, &s) {
				continue
			}
			if dossierhouder.IsZero() {
				dossierhouder = l.t.Dossierhouder()
			}
			if czt.IsZero() {
				czt = l.t.CoordinatorZorgThuis()
			}
		}
	}
	return dossierhouder, czt
}

// walk calls fn for the consecutive spans from..to in which the client's
// wachtstatus does not change (a span may repeat the status of the one
// before). next holds one index per line (the first event after the
// current day); walk grows it when needed and returns it for reuse.
func (h *History) walk(next []int, from, to calendar.Date, fn func(start, end calendar.Date, w ClientWachtstatus)) []int {
	if cap(next) < len(h.lines) {
		next = make([]int, len(h.lines))
	}
	next = next[:len(h.lines)]
	for i := range next {
		next[i] = 0
	}
	for cur := from; !cur.After(to); {
		best, rank := ClientWachtstatus{}, len(precedence)
		end := to
		for i := range h.lines {
			l := &h.lines[i]
			for next[i] < len(l.events) && !l.events[next[i]].Datum.After(cur) {
				next[i]++
			}
			var s State
			if next[i] > 0 {
				s = l.events[next[i]-1].State
			}
			best, rank = combine(&l.t, &s, cur, best, rank)
			if next[i] < len(l.events) {
				end = before(end, l.events[next[i]].Datum.AddDays(-1), cur)
			}
			p := l.period
			end = before(end, p.Start().AddDays(-1), cur)
			if !p.End().IsZero() {
				end = before(end, p.End(), cur)
			}
			if !s.Einddatum.IsZero() {
				end = before(end, s.Einddatum, cur)
			}
		}
		best.Wachtend = Wachtend(best.Leveringsstatus, cur)
		if cur.Before(switch2021) {
			end = before(end, switch2021.AddDays(-1), cur)
		}
		fn(cur, end, best)
		cur = end.AddDays(1)
	}
	return next
}

// before returns the earlier of end and limit when limit is on or after
// cur (a span ends the day before something changes).
func before(end, limit, cur calendar.Date) calendar.Date {
	if !limit.Before(cur) && limit.Before(end) {
		return limit
	}
	return end
}

// spanCheck refuses a zero or reversed span.
func spanCheck(from, to calendar.Date) error {
	if from.IsZero() || to.IsZero() {
		return verdict.One(allocation.InputMissing, 0, "Van/Tot", "", "de telling heeft een begin- en een einddag: een lege datum telt nooit vanaf 0001-01-01")
	}
	if to.Before(from) {
		return verdict.One(allocation.InputRange, 0, "Tot", to.String(), "de einddag van de telling ligt voor de begindag "+from.String())
	}
	return nil
}

// DaysInStatus counts the days from through to (inclusive) in each
// leveringsstatus and classificatie of the client's wachtstatus (OP103),
// as WachtstatusOn gives it for each day. Days without a status count
// under status and classificatie 0.
func (h *History) DaysInStatus(from, to calendar.Date) (Tally, error) {
	if err := spanCheck(from, to); err != nil {
		return Tally{}, err
	}
	var t Tally
	h.walk(nil, from, to, func(start, end calendar.Date, w ClientWachtstatus) {
		n := int32(start.DaysUntil(end) + 1)
		t.Status[w.Leveringsstatus] += n
		t.Classificatie[w.Classificatie] += n
	})
	return t, nil
}

// LineDaysInStatus counts the days from through to (inclusive) in each
// leveringsstatus and classificatie of line i itself (OP103), whatever
// its soort: days before its first event, outside its period or after an
// einddatum a mutation or intrekking gave it count under 0.
func (h *History) LineDaysInStatus(i int, from, to calendar.Date) (Tally, error) {
	l, err := h.line(i)
	if err != nil {
		return Tally{}, err
	}
	if err := spanCheck(from, to); err != nil {
		return Tally{}, err
	}
	var t Tally
	j := 0
	for cur := from; !cur.After(to); {
		for j < len(l.events) && !l.events[j].Datum.After(cur) {
			j++
		}
		var s State
		if j > 0 {
			s = l.events[j-1].State
		}
		end := to
		if j < len(l.events) {
			end = before(end, l.events[j].Datum.AddDays(-1), cur)
		}
		end = before(end, l.period.Start().AddDays(-1), cur)
		if !l.period.End().IsZero() {
			end = before(end, l.period.End(), cur)
		}
		if !s.Einddatum.IsZero() {
			end = before(end, s.Einddatum, cur)
		}
		st, cl := s.Leveringsstatus, s.Classificatie
		if !l.open(cur, &s) {
			st, cl = 0, 0
		}
		n := int32(cur.DaysUntil(end) + 1)
		t.Status[st] += n
		t.Classificatie[cl] += n
		cur = end.AddDays(1)
	}
	return t, nil
}

// WachtendSinds returns the first day of the uninterrupted run of waiting
// days (Wachtend, whatever the waiting status) that includes d, or the
// zero Date when the client is not waiting on d. The run is looked for
// from the earliest ingangsdatum or event of the lines.
func (h *History) WachtendSinds(d calendar.Date) calendar.Date {
	if d.IsZero() {
		return calendar.Date{}
	}
	first := h.first(d)
	var since calendar.Date
	h.walk(nil, first, d, func(start, _ calendar.Date, w ClientWachtstatus) {
		switch {
		case !w.Wachtend:
			since = calendar.Date{}
		case since.IsZero():
			since = start
		}
	})
	return since
}

// first returns the earliest ingangsdatum or event of the lines, or d
// when that is earlier.
func (h *History) first(d calendar.Date) calendar.Date {
	first := d
	for i := range h.lines {
		l := &h.lines[i]
		if s := l.period.Start(); s.Before(first) {
			first = s
		}
		if len(l.events) > 0 && l.events[0].Datum.Before(first) {
			first = l.events[0].Datum
		}
	}
	return first
}
