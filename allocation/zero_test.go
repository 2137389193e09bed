package allocation_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// zeroValues holds the zero value of every exported type of the package.
var zeroValues = []any{
	allocation.Aantal{}, allocation.Bedrag{}, allocation.CodeError{}, allocation.Leveringsvorm(0),
	allocation.SoortToewijzing(0), allocation.RedenIntrekking(0), allocation.Etmalen(0), allocation.Klasse(0),
	allocation.Functie(0), allocation.Grondslag(0), allocation.VoorkeurClient(0), allocation.JaNee(0),
	allocation.ExtraKostenThuis(0), allocation.ToeslagBeademing(0), allocation.ToeslagOverig(0),
	allocation.GeindiceerdZZP{}, allocation.GeindiceerdeFunctie{}, allocation.IndicatieSpec{}, allocation.Indicatie{},
	allocation.NumberError{}, allocation.Rule(0), allocation.Kind(0), allocation.Severity(0), allocation.Peildatum(0),
	allocation.Rename{}, allocation.RuleInfo{}, allocation.RuleID{}, allocation.Release(0), allocation.ReleaseInfo{},
	allocation.ReleaseError{}, allocation.FunctieSpec{}, allocation.FunctieToewijzing{}, allocation.ToewijzingSet{},
	allocation.ToewijzingSpec{}, allocation.Context{}, allocation.Zorgtoewijzing{}, allocation.KlasseSoort(0),
	allocation.AGBCode{}, allocation.ZorgkantoorCode(0), allocation.Besluitnummer(0), allocation.Percentage{},
	allocation.Tijd{}, allocation.Violation{}, allocation.Violations(nil), allocation.ZZP(0), allocation.Sector(0),
	allocation.MessageError{}, allocation.IO31{}, allocation.AW33{}, allocation.AW34{}, allocation.VolledigeNaam{},
	allocation.Report{}, allocation.Finding{}, allocation.WeigeringSoort(0), allocation.WeigeringGrond(0),
	allocation.Beslissing(0), allocation.ZorgweigeringZaak{}, allocation.ZorgweigeringUitkomst{},
}

// TestZeroValues calls every exported method of every exported type on
// its zero value (through a pointer to it, so pointer methods run too),
// with zero arguments and with the zero value of each type as argument
// where one fits: none may panic. A zero value either works (means
// "absent") or returns an error.
func TestZeroValues(t *testing.T) {
	var args []reflect.Value
	called := 0
	for _, z := range zeroValues {
		args = append(args, reflect.ValueOf(z))
	}
	for _, z := range zeroValues {
		p := reflect.New(reflect.TypeOf(z))
		typ := p.Type()
		for m := 0; m < typ.NumMethod(); m++ {
			method := typ.Method(m)
			mt := method.Type
			// Try every combination: zero arguments, and each zero value of
			// the package where the argument type fits.
			calls := [][]reflect.Value{zeroArgs(mt)}
			for _, a := range args {
				if mt.NumIn() == 2 && a.Type().AssignableTo(mt.In(1)) {
					calls = append(calls, []reflect.Value{a})
				}
			}
			for _, in := range calls {
				name := fmt.Sprintf("(*%s).%s(%v)", typ.Elem().Name(), method.Name, in)
				p := reflect.New(reflect.TypeOf(z)) // a fresh zero value for every call
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s panics: %v", name, r)
						}
					}()
					p.Method(m).Call(in)
					called++
				}()
			}
		}
	}
	if called < 200 {
		t.Fatalf("only %d calls: the reflection missed the methods", called)
	}
	t.Logf("%d calls on zero values", called)

	// The constructors refuse zero input as an input error; none panics.
	for name, err := range map[string]error{
		"NewIndicatie":         second(allocation.NewIndicatie(allocation.IndicatieSpec{}, allocation.Context{})),
		"NewZorgtoewijzing":    second(allocation.NewZorgtoewijzing(allocation.ToewijzingSpec{}, allocation.Indicatie{}, allocation.Context{})),
		"NewFunctieToewijzing": second(allocation.NewFunctieToewijzing(allocation.FunctieSpec{}, allocation.Indicatie{}, allocation.Context{})),
		"NewToewijzingSet":     second(allocation.NewToewijzingSet([]allocation.Zorgtoewijzing{{}}, nil)),
		"NewToewijzingSet(f)":  second(allocation.NewToewijzingSet(nil, []allocation.FunctieToewijzing{{}})),
		"EndedBy":              second(allocation.Indicatie{}.EndedBy(allocation.Indicatie{})),
		"MayRequestAAT":        allocation.ToewijzingSet{}.MayRequestAAT(allocation.AGBCode{}, allocation.Verblijf, calendar.Date{}),
		"CheckZorgweigering":   second(allocation.CheckZorgweigering(allocation.ZorgweigeringZaak{}, nil, calendar.Date{})),
	} {
		if !errors.Is(err, allocation.ErrInvalid) {
			t.Errorf("%s of zero values: %v, want an error", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// zeroArgs returns the zero value of each argument of method type mt
// (the receiver excluded). A variadic method gets no variadic arguments.
func zeroArgs(mt reflect.Type) []reflect.Value {
	var in []reflect.Value
	n := mt.NumIn()
	if mt.IsVariadic() {
		n--
	}
	for i := 1; i < n; i++ {
		in = append(in, reflect.Zero(mt.In(i)))
	}
	return in
}
