package calendar

import "strconv"

// Unit is the unit of a Termijn.
type Unit uint8

// The units of a term.
const (
	// Werkdagen counts werkdagen of the Calendar.
	Werkdagen Unit = iota + 1
	// Kalenderdagen counts every day.
	Kalenderdagen
	// Weken counts weeks of 7 days.
	Weken
	// Maanden counts calendar months (see Date.AddMonths for the end of a month).
	Maanden
)

var unitNames = [...][2]string{
	Werkdagen:     {"werkdag", "werkdagen"},
	Kalenderdagen: {"kalenderdag", "kalenderdagen"},
	Weken:         {"week", "weken"},
	Maanden:       {"maand", "maanden"},
}

// String returns the Dutch plural name ("werkdagen").
func (u Unit) String() string {
	if !u.valid() {
		return "Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return unitNames[u][1]
}

func (u Unit) valid() bool { return u >= Werkdagen && u <= Maanden }

// MarshalText implements encoding.TextMarshaler ("werkdagen").
func (u Unit) MarshalText() ([]byte, error) {
	if !u.valid() {
		return nil, &TermijnError{Reason: "unknown unit " + u.String()}
	}
	return []byte(u.String()), nil
}

// UnmarshalText accepts the singular or plural Dutch name.
func (u *Unit) UnmarshalText(text []byte) error {
	s := string(text)
	for i := Werkdagen; i <= Maanden; i++ {
		if s == unitNames[i][0] || s == unitNames[i][1] {
			*u = i
			return nil
		}
	}
	return &TermijnError{Reason: strconv.Quote(s) + " is not a unit (werkdagen, kalenderdagen, weken, maanden)"}
}

// Termijn is a term: N units. A negative N counts back from the event (as
// "uiterlijk 14 dagen vóór de begindatum").
type Termijn struct {
	N    int
	Unit Unit
}

// String returns "5 werkdagen", "1 werkdag", "3 maanden".
func (t Termijn) String() string {
	if !t.Unit.valid() {
		return strconv.Itoa(t.N) + " " + t.Unit.String()
	}
	name := unitNames[t.Unit][1]
	if t.N == 1 || t.N == -1 {
		name = unitNames[t.Unit][0]
	}
	return strconv.Itoa(t.N) + " " + name
}

// MaxTermijnN bounds the N of a Termijn that Deadline applies: the number
// of days from 0001-01-01 to 9999-12-31, so that a longer term in any unit
// lies past every date. Deadline refuses a larger |N| before any
// arithmetic (ErrInvalidTermijn).
const MaxTermijnN = rdMax

// DeadlineOption changes how Deadline applies a term.
type DeadlineOption struct{ atw bool }

// ApplyAtw marks the term as statutory, so that the Algemene termijnenwet
// applies to it:
//   - art. 1 lid 1: a term that ends on a Saturday, Sunday or algemeen
//     erkende feestdag ends on the next day that is none of these;
//   - art. 2: a term of at least 3 days is extended so that it contains at
//     least 2 such days (the event day does not count);
//   - art. 1 lid 2: neither applies to a term counted back (N < 0);
//   - art. 4: neither applies to a term of more than 90 days, 12 weeks or
//     3 months.
//
// The feestdagen are those of the Atw itself (art. 3 lid 1-3), whatever
// options the Calendar has: a closing day or a lustrum choice does not move
// a statutory term. Without ApplyAtw no term is ever extended: the contractual
// terms of the Voorschrift are outside the Atw (Atw art. 1 lid 1: terms set by law).
func ApplyAtw() DeadlineOption { return DeadlineOption{atw: true} }

// Deadline returns the last day of term t that starts with event: the event
// day does not count, so "binnen 5 werkdagen na ontvangst" on a Monday with
// no feestdagen is the next Monday, and "binnen 2 weken" is event + 14
// days. Maanden follow Date.AddMonths. With ApplyAtw the Atw extensions
// apply (see there); otherwise none.
//
// event and the answer must lie in the calendar's covered years
// (ErrOutOfRange), also for units that need no werkdag data, so that one
// rule holds for every term; a zero event is ErrZeroDate; an unknown unit
// is ErrInvalidTermijn, and so is an N beyond ±MaxTermijnN, which no
// arithmetic sees (7 × N weken would wrap around).
func (c *Calendar) Deadline(event Date, t Termijn, opts ...DeadlineOption) (Date, error) {
	if _, err := c.offset(event); err != nil {
		return Date{}, err
	}
	if t.N > MaxTermijnN || t.N < -MaxTermijnN {
		return Date{}, &TermijnError{Termijn: t, Reason: "N lies beyond ±" + strconv.Itoa(MaxTermijnN) + ", past every date"}
	}
	var end Date
	switch t.Unit {
	case Werkdagen:
		var err error
		if end, err = c.AddWerkdagen(event, t.N); err != nil {
			return Date{}, err
		}
	case Kalenderdagen:
		end = event.AddDays(t.N)
	case Weken:
		end = event.AddDays(7 * t.N)
	case Maanden:
		end = event.AddMonths(t.N)
	default:
		return Date{}, &TermijnError{Termijn: t, Reason: "unknown unit"}
	}
	if _, err := c.offset(end); err != nil {
		return Date{}, &RangeError{Date: end, From: c.first, To: c.last}
	}
	atw := false
	for _, o := range opts {
		atw = atw || o.atw
	}
	if !atw || t.N <= 0 || atwArt4Excludes(t) {
		return end, nil
	}
	return c.applyAtw(event, end)
}

// applyAtw extends the end of a statutory term under Atw art. 1 and 2.
func (c *Calendar) applyAtw(event, end Date) (Date, error) {
	// Art. 2: a term of at least 3 days contains at least 2 Atw werkdagen.
	if event.DaysUntil(end) >= 3 {
		eo, _ := c.offset(event)
		xo, _ := c.offset(end)
		if int(c.atw.prefix[xo+1])-int(c.atw.prefix[eo+1]) < 2 {
			var err error
			if end, err = c.atw.add(c, event, 2); err != nil {
				return Date{}, err
			}
		}
	}
	// Art. 1 lid 1: an end on a Saturday, Sunday or feestdag moves to the
	// next Atw werkdag.
	xo, _ := c.offset(end)
	if c.atw.prefix[xo+1] == c.atw.prefix[xo] {
		return c.atw.add(c, end, 1)
	}
	return end, nil
}

// atwArt4Excludes reports whether Atw art. 4 takes the term out of the
// Atw: more than 90 days, 12 weeks or 3 months.
func atwArt4Excludes(t Termijn) bool {
	switch t.Unit {
	case Werkdagen, Kalenderdagen:
		return t.N > 90
	case Weken:
		return t.N > 12
	case Maanden:
		return t.N > 3
	}
	return false
}

// LastDay returns the last day covered by a looptijd of term t that begins
// on start: start itself is the first day of the looptijd and counts, so
// the answer is the day before start + t. "Maximaal 3 maanden" from
// 2016-01-01 covers up to 2016-03-31, not 2016-04-01; 2 weken from a
// Monday end on the Sunday a fortnight on; 1 kalenderdag is start itself;
// N werkdagen end on the N-th werkdag from start on (start counts when it
// is a werkdag).
//
// Maanden: the looptijd ends the day before the same day of the month N
// months on; when that day does not exist in the last month, on that
// month's last day. From 2015-11-30, 3 maanden cover up to 2016-02-29 (30
// februari does not exist); from 2015-11-29 up to 2016-02-28; from
// 2016-01-31, 1 maand covers up to 2016-02-29.
//
// This is not Deadline: a deadline ("binnen 5 werkdagen na ontvangst",
// "2 maanden na de start") is a day by which something must happen and
// the event day does not count; a looptijd ("maximaal 3 maanden") is a
// run of days that begins on start. The Atw never moves the end of a
// looptijd (it governs terms within which something must be done).
//
// start and the answer must lie in the calendar's covered years
// (ErrOutOfRange), as for Deadline; a zero start is ErrZeroDate; an N
// below 1 (a looptijd has at least one unit), an N beyond MaxTermijnN or
// an unknown unit is ErrInvalidTermijn.
func (c *Calendar) LastDay(start Date, t Termijn) (Date, error) {
	if _, err := c.offset(start); err != nil {
		return Date{}, err
	}
	if t.N < 1 || t.N > MaxTermijnN {
		return Date{}, &TermijnError{Termijn: t, Reason: "a looptijd has at least 1 and at most " + strconv.Itoa(MaxTermijnN) + " units"}
	}
	var end Date
	switch t.Unit {
	case Werkdagen:
		n := t.N
		if ok, err := c.IsWerkdag(start); err != nil {
			return Date{}, err
		} else if ok {
			n-- // start is the first werkdag of the looptijd
		}
		var err error
		if end, err = c.AddWerkdagen(start, n); err != nil {
			return Date{}, err
		}
	case Kalenderdagen:
		end = start.AddDays(t.N - 1)
	case Weken:
		end = start.AddDays(7*t.N - 1)
	case Maanden:
		end = lastDayOfMonths(start, t.N)
	default:
		return Date{}, &TermijnError{Termijn: t, Reason: "unknown unit"}
	}
	if _, err := c.offset(end); err != nil {
		return Date{}, &RangeError{Date: end, From: c.first, To: c.last}
	}
	return end, nil
}

// lastDayOfMonths is the last day covered by n >= 1 months from start:
// the day before the same day of the month n months on, or the last day
// of that month when the same day does not exist there. The zero Date when
// the answer lies outside 0001..9999.
func lastDayOfMonths(start Date, n int) Date {
	same := start.AddMonths(n) // clamped to the month's last day when the day does not exist
	if same.IsZero() {
		return Date{}
	}
	if same.Day() < start.Day() {
		return same // the same day does not exist: the month's last day
	}
	return same.AddDays(-1)
}
