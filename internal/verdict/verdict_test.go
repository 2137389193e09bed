package verdict

import (
	"errors"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

func TestAddFollowsTheRegistry(t *testing.T) {
	var vs allocation.Violations
	Add(&vs, allocation.TR046, allocation.IWlz22, "Leveringsstatus", "3", "m")
	Add(&vs, allocation.TR046, allocation.IWlz24, "Leveringsstatus", "3", "m")
	Add(&vs, allocation.CD051, allocation.IWlz24, "Klasse", "", "not in 2.4: dropped")
	Add(&vs, allocation.InputMissing, allocation.IWlz24, "Dagtekening", "", "verplicht")
	if got, want := len(vs), 3; got != want {
		t.Fatalf("%d violations, want %d: %v", got, want, vs)
	}
	if vs[0].Rule.String() != "TR046" || vs[1].Rule.String() != "CS137" || vs[2].Rule.String() != "missing" {
		t.Fatalf("ids %v", vs.Rules())
	}
	if !errors.Is(vs, allocation.ErrInput) || !errors.Is(vs, allocation.ErrInvalid) {
		t.Fatal("ErrInput and ErrInvalid must match")
	}
	var warn allocation.Violations
	Add(&warn, allocation.VZ441Termijn, allocation.VZ2013, "Aanvraagdatum", "", "te laat")
	if errors.Is(warn, allocation.ErrInvalid) || !errors.Is(warn, allocation.ErrWaarschuwing) {
		t.Fatalf("a warning alone is no invalid value: %v", warn)
	}
}
