package allocation

import (
	"strconv"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// RuleSet is a version of the rules: the Voorschrift Zorgtoewijzing 2013
// or an iWlz release. Rule sets are ordered: a later one compares greater.
// The zero RuleSet is "none" and selects by date where a rule set is asked.
type RuleSet uint8

// The rule sets and the first day each holds (root doc.go has the table).
const (
	// VZ2013 is the Voorschrift Zorgtoewijzing 2013 (AWBZ, AZR 3.0). It
	// stands for every date before iWlz 2.0.
	VZ2013 RuleSet = iota + 1
	// IWlz20 holds from 2018-04-01: MPT, Verblijf instead of ZIN, no
	// soort Alternatief or Transfer.
	IWlz20
	// IWlz21 holds from 2020-01-01: DTV with etmalen.
	IWlz21
	// IWlz22 holds from 2021-01-01: VKB, Urgent/Actief plaatsen, classificaties.
	IWlz22
	// IWlz23 holds from 2022-01-01: rules renumbered (TR046 -> CS137, ...).
	IWlz23
	// IWlz24 holds from 2023-01-01: functies and klassen no longer used.
	IWlz24
)

var ruleSetInfo = [...]struct {
	name  string
	start calendar.Date
}{
	VZ2013: {"VZ2013", calendar.Date{}},
	IWlz20: {"iWlz 2.0", mustYMD(2018, time.April, 1)},
	IWlz21: {"iWlz 2.1", mustYMD(2020, time.January, 1)},
	IWlz22: {"iWlz 2.2", mustYMD(2021, time.January, 1)},
	IWlz23: {"iWlz 2.3", mustYMD(2022, time.January, 1)},
	IWlz24: {"iWlz 2.4", mustYMD(2023, time.January, 1)},
}

// mustYMD builds a date literal of this package's tables; the literals are
// checked by the tests, so the error cannot happen.
func mustYMD(y int, m time.Month, d int) calendar.Date {
	date, _ := calendar.NewDate(y, m, d)
	return date
}

// RuleSetOn returns the rule set that holds on d. Every date before
// 2018-04-01 is VZ2013; a zero d gives the zero RuleSet.
func RuleSetOn(d calendar.Date) RuleSet {
	if d.IsZero() {
		return 0
	}
	for rs := IWlz24; rs > VZ2013; rs-- {
		if !d.Before(ruleSetInfo[rs].start) {
			return rs
		}
	}
	return VZ2013
}

// Start returns the first day the rule set holds (the zero Date for VZ2013,
// which holds for every earlier date).
func (rs RuleSet) Start() calendar.Date {
	if !rs.valid() {
		return calendar.Date{}
	}
	return ruleSetInfo[rs].start
}

// IWlz reports whether rs is an iWlz release (not the 2013 Voorschrift).
func (rs RuleSet) IWlz() bool { return rs >= IWlz20 && rs.valid() }

func (rs RuleSet) valid() bool { return rs >= VZ2013 && rs <= IWlz24 }

// String returns "VZ2013" or "iWlz 2.2".
func (rs RuleSet) String() string {
	if !rs.valid() {
		return "RuleSet(" + strconv.Itoa(int(rs)) + ")"
	}
	return ruleSetInfo[rs].name
}

// MarshalText implements encoding.TextMarshaler (the String form).
func (rs RuleSet) MarshalText() ([]byte, error) {
	if !rs.valid() {
		return nil, &CodeError{List: "RuleSet", Input: rs.String()}
	}
	return []byte(rs.String()), nil
}

// UnmarshalText accepts the String form ("iWlz 2.2").
func (rs *RuleSet) UnmarshalText(b []byte) error {
	for r := VZ2013; r <= IWlz24; r++ {
		if string(b) == ruleSetInfo[r].name {
			*rs = r
			return nil
		}
	}
	return &CodeError{List: "RuleSet", Input: string(b)}
}
