package waitstatus_test

import (
	"errors"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// FuzzParseCodes: the code parsers never panic, reject with a typed error,
// and what they accept round-trips.
func FuzzParseCodes(f *testing.F) {
	for _, s := range []string{"1", "7", "8", "01", "20", "21", "02", "12", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if l, err := waitstatus.ParseLeveringsstatus(s); err == nil {
			if b, _ := l.MarshalText(); string(b) != s {
				t.Fatalf("COD167 %q -> %q", s, b)
			}
		} else if allocation.AsViolations(err) == nil {
			t.Fatalf("untyped error %v", err)
		}
		if c, err := waitstatus.ParseClassificatie(s); err == nil {
			if b, _ := c.MarshalText(); string(b) != s {
				t.Fatalf("COD168 %q -> %q", s, b)
			}
		} else if allocation.AsViolations(err) == nil {
			t.Fatalf("untyped error %v", err)
		}
		if m, err := waitstatus.ParseMutatiecode(s); err == nil {
			if b, _ := m.MarshalText(); string(b) != s {
				t.Fatalf("COD588 %q -> %q", s, b)
			}
		} else if allocation.AsViolations(err) == nil {
			t.Fatalf("untyped error %v", err)
		}
	})
}

// FuzzApply runs random mutations on random states across the rule sets:
// never a panic; invalid input gives violations with rule ids; Check and
// Apply agree; a valid outcome has a state with the mutation's status and
// deadlines on or after the day the change became known.
func FuzzApply(f *testing.F) {
	f.Add(uint8(4), int32(0), int32(30), uint8(7), uint8(9), uint8(2), int32(-1), false, uint16(0), false, true, uint8(0), int32(2))
	f.Add(uint8(5), int32(3), int32(3), uint8(5), uint8(0), uint8(2), int32(0), true, uint16(1<<4), true, false, uint8(3), int32(-4000))
	f.Add(uint8(2), int32(-10), int32(0), uint8(1), uint8(0), uint8(2), int32(5), false, uint16(0), false, true, uint8(4), int32(-4700))
	f.Fuzz(func(t *testing.T, code uint8, datum, maz int32, status, cls, lv uint8, begin int32,
		mut20 bool, gezonden uint16, aat, aansluitend bool, aatSoort uint8, shift int32) {
		z := fixtureToewijzing(t)
		dag := calendar.MustDate("2026-03-04").AddDays(int(shift))
		s := waitstatus.State{MUT20: mut20, Gezonden: waitstatus.MutatieSet(gezonden)}
		if maz != 0 {
			s.MAZ = z.Period().Start().AddDays(int(maz))
		}
		m := waitstatus.Mutatie{
			Code: waitstatus.Mutatiecode(code % 9), Datum: dag.AddDays(-int(datum)), Leveringsstatus: waitstatus.Leveringsstatus(status % 9),
			Classificatie: waitstatus.Classificatie(cls % 22), Leveringsvorm: allocation.Leveringsvorm(lv % 8),
			MetAAT: aat, AATSoort: allocation.SoortToewijzing(aatSoort % 7), Aansluitend: aansluitend,
		}
		if begin >= 0 {
			m.Begindatum = z.Period().Start().AddDays(int(begin))
		}
		ctx := waitstatus.Context{Dagtekening: dag, Calendar: nl}
		o, err := waitstatus.Apply(z, s, m, ctx)
		cerr := waitstatus.Check(z, s, m, ctx)
		if err != nil {
			vs := allocation.AsViolations(err)
			if len(vs) == 0 {
				// Only a deadline outside the calendar's years may fail without violations.
				if calendar.Code(err) == "" {
					t.Fatalf("error without violations: %v", err)
				}
				return
			}
			if cerr == nil {
				t.Fatalf("Apply rejects what Check accepts: %v", err)
			}
			return
		}
		if cerr != nil {
			t.Fatalf("Check rejects what Apply accepts: %v", cerr)
		}
		if o.State.Leveringsstatus != m.Leveringsstatus || !o.State.Gezonden.Has(m.Code) {
			t.Fatalf("state does not follow the mutation: %+v", o.State)
		}
		if o.MutDeadline.Before(m.Datum) || o.Toewijzing == 0 {
			t.Fatalf("bad outcome %+v", o)
		}
	})
}

// FuzzSummarise: arbitrary event slices never panic; when accepted, every
// client's days add up to at most the days to the dagtekening.
func FuzzSummarise(f *testing.F) {
	f.Add([]byte{1, 0, 7, 9, 1, 30, 4, 0, 2, 5, 2, 13})
	f.Fuzz(func(t *testing.T, raw []byte) {
		var events []waitstatus.BatchEvent
		start := calendar.MustDate("2024-01-01")
		for i := 0; i+3 < len(raw); i += 4 {
			datum := start.AddDays(int(raw[i+1]) * 3)
			if raw[i+1] == 255 {
				datum = calendar.Date{} // a missing date must be refused, never counted from year 1
			}
			events = append(events, waitstatus.BatchEvent{Client: uint32(raw[i] % 4), Datum: datum,
				Leveringsstatus: waitstatus.Leveringsstatus(raw[i+2] % 9), Classificatie: waitstatus.Classificatie(raw[i+3] % 22)})
		}
		history := make([]waitstatus.Event, len(events))
		for i, e := range events {
			history[i] = waitstatus.Event{Datum: e.Datum, Leveringsstatus: e.Leveringsstatus, Classificatie: e.Classificatie}
		}
		if tally, err := waitstatus.DaysInStatus(history, start, calendar.MustDate("2025-06-30")); err == nil {
			var total int32
			for _, n := range tally.Status {
				total += n
			}
			if total < 0 || int(total) > start.DaysUntil(calendar.MustDate("2025-06-30"))+1 {
				t.Fatalf("DaysInStatus: %d days", total)
			}
		} else if allocation.AsViolations(err) == nil {
			t.Fatalf("DaysInStatus: untyped error %v", err)
		}
		peil := calendar.MustDate("2025-06-30")
		out, err := waitstatus.Summarise(events, peil, nil)
		if err != nil {
			if allocation.AsViolations(err) == nil {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, s := range out {
			var total int32
			for _, n := range s.Days.Status {
				total += n
			}
			if total < 0 || int(total) > start.DaysUntil(peil)+1 {
				t.Fatalf("client %d: %d days", s.Client, total)
			}
		}
	})
}

// FuzzNewAanvraag reads random AW39 aanvragen: Spec never panics and
// fails with a *allocation.MessageError; NewAanvraag never panics,
// refuses with violations that carry a rule id, and an accepted aanvraag
// keeps every soort asked.
func FuzzNewAanvraag(f *testing.F) {
	f.Add("8", "4,0", "1", "1", "1", "2021-04-01", "", "2", "2021-04-01", "2021-12-31", "", "19")
	f.Add("7", "", "", "3", "", "2021-04-01", "2021-06-30", "", "", "", "2", "20")
	f.Add("4", "", "KE7", "5", "1", "2021-04-01", "", "1", "2021-04-01", "", "", "12")
	f.Fuzz(func(t *testing.T, lv, etmalen, klasse, soort, opname, ingang, eind, opname2, ingang2, eind2, doelmatig, mut string) {
		a := waitstatus.AW39Aanvraag{
			Besluitnummer: "123456789", Afgiftedatum: "2021-02-01", Instelling: "41000123", ZzpCode: "754",
			Etmalen: etmalen, Klasse: klasse, Leveringsvorm: lv, Dossierhouder: "41000123", CoordinatorZorgThuis: "41000123",
			Doelmatig: doelmatig, Verantwoord: "1",
			AanvraagInstellingen: []waitstatus.AW39AanvraagInstelling{
				{Instelling: "41000123", Soort: soort, ToewijzingIngangsdatum: ingang, ToewijzingEinddatum: eind, ToewijzingPercentage: "10000", Opname: opname},
				{Instelling: "41000456", Soort: soort, ToewijzingIngangsdatum: ingang2, ToewijzingEinddatum: eind2, ToewijzingPercentage: "2500", Opname: opname2},
			},
		}
		spec, err := a.Spec()
		if err != nil {
			var me *allocation.MessageError
			if !errors.As(err, &me) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		var muts []waitstatus.Mutatiecode
		if c, err := waitstatus.ParseMutatiecode(mut); err == nil {
			muts = append(muts, c)
		}
		got, err := waitstatus.NewAanvraag(spec, waitstatus.AanvraagContext{Dagtekening: calendar.MustDate("2021-03-10"), Mutaties: muts})
		if err != nil {
			vs := allocation.AsViolations(err)
			if len(vs) == 0 {
				t.Fatalf("error without violations: %v", err)
			}
			return
		}
		for i, in := range got.Instellingen() {
			if in.Soort != spec.Instellingen[i].Soort {
				t.Fatalf("soort %v replaced by %v", spec.Instellingen[i].Soort, in.Soort)
			}
		}
	})
}
