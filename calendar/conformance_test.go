package calendar_test

import (
	"os"
	"testing"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

// conformanceInput is the union of the inputs of the calendar suites.
type conformanceInput struct {
	Op      string          `json:"op"`
	Options []optionInput   `json:"options"`
	Year    int             `json:"year"`
	Month   int             `json:"month"`
	Day     int             `json:"day"`
	Date    string          `json:"date"`
	N       int             `json:"n"`
	From    string          `json:"from"`
	To      string          `json:"to"`
	Text    *string         `json:"text"`
	Start   string          `json:"start"`
	End     string          `json:"end"`
	Other   *periodInput    `json:"other"`
	Termijn *termijnInput   `json:"termijn"`
	Atw     bool            `json:"atw"`
	Term    calendar.TermID `json:"term"`
	Verleng int             `json:"verlengingen"`
}

type optionInput struct {
	Name string   `json:"name"`
	Days []string `json:"days"`
}

type periodInput struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

type termijnInput struct {
	N    int    `json:"n"`
	Unit string `json:"unit"`
}

type holidayOut struct {
	Date     string `json:"date"`
	Name     string `json:"name"`
	Category string `json:"category"`
	Source   string `json:"source"`
}

func TestConformance(t *testing.T) {
	conformance.Check(t, os.DirFS("testdata/conformance"), func(t *testing.T, c conformance.Case) (any, error) {
		var in conformanceInput
		conformance.Decode(t, c, &in)
		return runCase(t, in)
	}, func(err error) []string {
		if code := calendar.Code(err); code != "" {
			return []string{code}
		}
		return nil
	})
}

// parse parses a date of the input; the empty string is the zero Date.
func parse(t *testing.T, s string) calendar.Date {
	t.Helper()
	var d calendar.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		t.Fatalf("bad date in input: %v", err)
	}
	return d
}

func runCase(t *testing.T, in conformanceInput) (any, error) {
	var opts []calendar.Option
	for _, o := range in.Options {
		switch o.Name {
		case "BevrijdingsdagLustrum":
			opts = append(opts, calendar.BevrijdingsdagLustrum())
		case "WithoutGoedeVrijdag":
			opts = append(opts, calendar.WithoutGoedeVrijdag())
		case "WithoutGelijkgesteldeDagen":
			opts = append(opts, calendar.WithoutGelijkgesteldeDagen())
		case "WithSluitingsdagen":
			var days []calendar.Date
			for _, s := range o.Days {
				days = append(days, parse(t, s))
			}
			opts = append(opts, calendar.WithSluitingsdagen(days...))
		default:
			t.Fatalf("unknown option %q", o.Name)
		}
	}
	cal, err := calendar.Netherlands(opts...)
	if err != nil {
		return nil, err
	}
	switch in.Op {
	case "holidays":
		hs, err := cal.Holidays(in.Year)
		if err != nil {
			return nil, err
		}
		out := make([]holidayOut, len(hs))
		for i, h := range hs {
			out[i] = holidayOut{h.Date.String(), h.Name, string(h.Category), h.Source}
		}
		return out, nil
	case "is_werkdag":
		return cal.IsWerkdag(parse(t, in.Date))
	case "add_werkdagen":
		d, err := cal.AddWerkdagen(parse(t, in.Date), in.N)
		return d.String(), err
	case "werkdagen_tussen":
		return cal.WerkdagenTussen(parse(t, in.From), parse(t, in.To))
	case "parse_date":
		d, err := calendar.ParseDate(*in.Text)
		return d.String(), err
	case "new_date":
		d, err := calendar.NewDate(in.Year, time.Month(in.Month), in.Day)
		return d.String(), err
	case "add_months":
		return parse(t, in.Date).AddMonths(in.N).String(), nil
	case "weekday":
		return parse(t, in.Date).Weekday().String(), nil
	case "period":
		return runPeriod(t, in)
	case "deadline":
		var u calendar.Unit
		if err := u.UnmarshalText([]byte(in.Termijn.Unit)); err != nil {
			return nil, err
		}
		var dopts []calendar.DeadlineOption
		if in.Atw {
			dopts = append(dopts, calendar.ApplyAtw())
		}
		d, err := cal.Deadline(parse(t, in.Date), calendar.Termijn{N: in.Termijn.N, Unit: u}, dopts...)
		return d.String(), err
	case "deadline_of":
		d, err := cal.DeadlineOf(parse(t, in.Date), in.Term, in.Verleng)
		return d.String(), err
	case "last_day":
		var u calendar.Unit
		if err := u.UnmarshalText([]byte(in.Termijn.Unit)); err != nil {
			return nil, err
		}
		d, err := cal.LastDay(parse(t, in.Date), calendar.Termijn{N: in.Termijn.N, Unit: u})
		return d.String(), err
	case "last_day_of":
		d, err := cal.LastDayOf(parse(t, in.Date), in.Term, in.Verleng)
		return d.String(), err
	}
	t.Fatalf("unknown op %q", in.Op)
	return nil, nil
}

// runPeriod builds a period and answers days, contains, overlaps or intersect.
func runPeriod(t *testing.T, in conformanceInput) (any, error) {
	p, err := calendar.NewPeriod(parse(t, in.Start), parse(t, in.End))
	if err != nil {
		return nil, err
	}
	type out struct {
		Days      *int    `json:"days,omitempty"`
		Contains  *bool   `json:"contains,omitempty"`
		Overlaps  *bool   `json:"overlaps,omitempty"`
		Intersect *string `json:"intersect,omitempty"`
		Open      bool    `json:"open"`
	}
	o := out{Open: p.IsOpen()}
	if n, ok := p.Days(); ok {
		o.Days = &n
	}
	if in.Date != "" {
		c := p.Contains(parse(t, in.Date))
		o.Contains = &c
	}
	if in.Other != nil {
		q, err := calendar.NewPeriod(parse(t, in.Other.Start), parse(t, in.Other.End))
		if err != nil {
			return nil, err
		}
		ov := p.Overlaps(q)
		o.Overlaps = &ov
		s := ""
		if x, ok := p.Intersect(q); ok {
			s = x.String()
		}
		o.Intersect = &s
	}
	return o, nil
}
