package zorgtoewijzing_test

import (
	"errors"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// TestOneWayToTheRule: allocation.RuleOf and AsViolations read the rule
// out of an error of every package of the library, and every such error
// matches allocation.ErrInvalid (or, for a calendar error, its sentinel).
func TestOneWayToTheRule(t *testing.T) {
	_, calErr := calendar.ParseDate("2026-02-30")
	_, zzpErr := allocation.ParseZZP("11VV")
	_, mutErr := waitstatus.Apply(allocation.Zorgtoewijzing{}, waitstatus.State{}, waitstatus.Mutatie{}, waitstatus.Context{})
	_, budErr := overbrugging.WeekBudget(allocation.ZZP(999), false, overbrugging.MethodeRegulier, nil, overbrugging.Tarieven{})
	_, vtErr := vertaaltabel.Check(allocation.GeindiceerdZZP{}, 0, vertaaltabel.Context{}, nil)
	_, kvErr := kortverblijf.Kies(kortverblijf.Situatie{PerJaar: -1})
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"calendar", calErr, "invalid-date"},
		{"allocation", zzpErr, "COD163"},
		{"waitstatus", mutErr, "missing"},
		{"overbrugging", budErr, ""},
		{"vertaaltabel", vtErr, ""},
		{"kortverblijf", kvErr, ""},
	} {
		if c.err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		id, ok := allocation.RuleOf(c.err)
		if !ok || id.String() == "" {
			t.Errorf("%s: no rule in %v", c.name, c.err)
			continue
		}
		if c.want != "" && id.String() != c.want {
			t.Errorf("%s: rule %s, want %s", c.name, id, c.want)
		}
		if c.name != "calendar" && !errors.Is(c.err, allocation.ErrInvalid) {
			t.Errorf("%s: %v does not match ErrInvalid", c.name, c.err)
		}
	}
	if allocation.AsViolations(errors.New("not ours")) != nil {
		t.Error("an error from outside the library names no rule")
	}
}
