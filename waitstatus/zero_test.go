package waitstatus_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// TestZeroValues (hardening item 10): every exported method of every
// exported type of waitstatus runs on the zero value without a panic, and
// every function refuses zero input with an error or answers "nothing".
func TestZeroValues(t *testing.T) {
	zeros := []any{
		waitstatus.BatchEvent{}, waitstatus.ClientSummary{}, waitstatus.MAZ(0), waitstatus.Zorgeenheid(0),
		waitstatus.EDRegel(0), waitstatus.Effect(0), waitstatus.DHWijziging(0), waitstatus.Mutatiedatum(""),
		waitstatus.Rij{}, waitstatus.MAZRij{}, waitstatus.Leveringsstatus(0), waitstatus.Classificatie(0),
		waitstatus.Mutatiecode(0), waitstatus.MutatieSet(0), waitstatus.State{}, waitstatus.Mutatie{},
		waitstatus.Context{}, waitstatus.AAT{}, waitstatus.Dossierhouder{}, waitstatus.Outcome{},
		waitstatus.MAZMelding{}, waitstatus.StatusSet(0), waitstatus.ClassificatieRule{}, waitstatus.MutatieRule{},
		waitstatus.Toewijzingstatus{}, waitstatus.ClientWachtstatus{}, waitstatus.Event{}, waitstatus.Tally{},
		waitstatus.AW35{}, waitstatus.AW36{}, waitstatus.AW39{}, waitstatus.AW310{},
		waitstatus.Aanvraag{}, waitstatus.AanvraagSpec{}, waitstatus.AanvraagInstelling{}, waitstatus.AanvraagContext{},
		waitstatus.BijzondereSituatie{}, waitstatus.AW39Aanvraag{},
		waitstatus.History{}, waitstatus.HistoryEvent{}, waitstatus.EventKind(0), waitstatus.BatchErrors(nil), waitstatus.ClientError{},
	}
	called := 0
	for _, z := range zeros {
		typ := reflect.PointerTo(reflect.TypeOf(z))
		for m := 0; m < typ.NumMethod(); m++ {
			method := typ.Method(m)
			in := make([]reflect.Value, method.Type.NumIn()-1)
			for i := range in {
				in[i] = reflect.Zero(method.Type.In(i + 1))
			}
			name := fmt.Sprintf("(*%s).%s", typ.Elem().Name(), method.Name)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s panics on the zero value: %v", name, r)
					}
				}()
				reflect.New(reflect.TypeOf(z)).Method(m).Call(in)
				called++
			}()
		}
	}
	if called < 20 {
		t.Fatalf("only %d calls: the reflection missed the methods", called)
	}
	var z allocation.Zorgtoewijzing
	_, err := waitstatus.Apply(z, waitstatus.State{}, waitstatus.Mutatie{}, waitstatus.Context{})
	assert.ErrorIs(t, err, allocation.ErrInput, "Apply")
	assert.ErrorIs(t, waitstatus.Check(z, waitstatus.State{}, waitstatus.Mutatie{}, waitstatus.Context{}), allocation.ErrInput, "Check")
	_, err = waitstatus.ApplyMAZ(z, waitstatus.State{}, waitstatus.MAZMelding{}, waitstatus.Context{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ApplyMAZ")
	var f allocation.FunctieToewijzing
	_, err = waitstatus.ApplyFunctie(f, waitstatus.State{}, waitstatus.Mutatie{}, waitstatus.Context{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ApplyFunctie")
	_, err = waitstatus.ApplyMAZFunctie(f, waitstatus.State{}, waitstatus.MAZMelding{}, waitstatus.Context{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ApplyMAZFunctie")
	_, err = waitstatus.ContactDeadline(calendar.Date{}, calendar.Date{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ContactDeadline")
	_, err = waitstatus.ContactDeadline(calendar.MustDate("9999-08-01"), calendar.Date{})
	assert.ErrorIs(t, err, allocation.ErrInput, "ContactDeadline past 9999")
	_, err = waitstatus.DaysInStatus(nil, calendar.Date{}, calendar.Date{})
	assert.ErrorIs(t, err, allocation.ErrInput, "DaysInStatus")
	_, err = waitstatus.Summarise(nil, calendar.Date{}, nil)
	assert.ErrorIs(t, err, allocation.ErrInput, "Summarise")
	_, _, err = waitstatus.Map2013(0, 0)
	assert.Error(t, err, "Map2013")
	assert.Equal(t, waitstatus.ClientWachtstatus{}, waitstatus.Wachtstatus(calendar.Date{}, nil), "no toewijzingen: no wachtstatus")
	assert.False(t, waitstatus.Wachtend(0, calendar.Date{}))
}
