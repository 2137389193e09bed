package waitstatus_test

import (
	"fmt"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

var (
	sinkOutcome waitstatus.Outcome
	sinkSum     []waitstatus.ClientSummary
)

var sinkErr error

// BenchmarkCheck validates one valid MUT18 (Actief plaatsen, classificatie 09).
func BenchmarkCheck(b *testing.B) {
	z := fixtureToewijzing(b)
	m := waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.ActiefPlaatsen,
		Classificatie: 9, Leveringsvorm: z.Leveringsvorm()}
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-04"), Calendar: nl}
	b.ReportAllocs()
	for b.Loop() {
		if sinkErr = waitstatus.Check(z, waitstatus.State{}, m, ctx); sinkErr != nil {
			b.Fatal(sinkErr)
		}
	}
}

// BenchmarkApply judges one valid MUT18 (Actief plaatsen, classificatie 09).
func BenchmarkApply(b *testing.B) {
	z := fixtureToewijzing(b)
	m := waitstatus.Mutatie{Code: waitstatus.MUT18, Datum: calendar.MustDate("2026-03-02"), Leveringsstatus: waitstatus.ActiefPlaatsen,
		Classificatie: 9, Leveringsvorm: z.Leveringsvorm()}
	ctx := waitstatus.Context{Dagtekening: calendar.MustDate("2026-03-04"), Calendar: nl}
	b.ReportAllocs()
	for b.Loop() {
		o, err := waitstatus.Apply(z, waitstatus.State{}, m, ctx)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
	}
}

// batchEvents builds n clients with 10 status changes each.
func batchEvents(n int) []waitstatus.BatchEvent {
	statuses := []waitstatus.Leveringsstatus{waitstatus.ActiefPlaatsen, waitstatus.UrgentPlaatsen, waitstatus.WachtOpVoorkeur, waitstatus.InZorg, waitstatus.WachtUitVoorzorg}
	cls := []waitstatus.Classificatie{9, 3, 13, 0, 19}
	start := calendar.MustDate("2021-02-01")
	events := make([]waitstatus.BatchEvent, 0, n*10)
	for c := 0; c < n; c++ {
		d := start.AddDays(c % 97)
		for i := 0; i < 10; i++ {
			k := (c + i) % len(statuses)
			events = append(events, waitstatus.BatchEvent{Client: uint32(c), Datum: d, Leveringsstatus: statuses[k], Classificatie: cls[k]})
			d = d.AddDays(17 + (c+i)%23)
		}
	}
	return events
}

// BenchmarkSummarise summarises 100,000 clients with 10 mutations each
// (1 million mutations per op); mutations/s = 1e6 / (ns/op / 1e9).
func BenchmarkSummarise(b *testing.B) {
	events := batchEvents(100_000)
	out := make([]waitstatus.ClientSummary, 0, 100_000)
	peil := calendar.MustDate("2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		var err error
		sinkSum, err = waitstatus.Summarise(events, peil, out[:0])
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(events))/(float64(b.Elapsed().Nanoseconds())/float64(b.N))*1e3, "Mmut/s")
}

// BenchmarkHistoryAdd builds 1,000 client histories of 10 events each
// (a MAZ and a MUT20, five times), every event judged by ApplyMAZ or
// Apply; events/s = 10,000 / (ns/op / 1e9).
func BenchmarkHistoryAdd(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkHistories = buildHistories(b, 1_000)
	}
}

// BenchmarkSummariseHistories summarises 10,000 client histories of 10
// events each as of 2026-12-31.
func BenchmarkSummariseHistories(b *testing.B) {
	hs := buildHistories(b, 10_000)
	out := make([]waitstatus.ClientSummary, 0, len(hs))
	peil := calendar.MustDate("2026-12-31")
	b.ReportAllocs()
	for b.Loop() {
		var err error
		sinkSum, err = waitstatus.SummariseHistories(hs, peil, out[:0])
		if err != nil {
			b.Fatal(err)
		}
	}
}

var sinkHistories []waitstatus.History

// BenchmarkHistoryScaling builds one client history of n events (a MAZ
// and, the next day, a MUT20, every day from the toewijzing's start; the
// werkdag calendar ends in 2028) and counts its days in each status: the
// cost per event stays flat as n grows (linear in the events).
func BenchmarkHistoryScaling(b *testing.B) {
	z := fixtureToewijzing(b)
	for _, n := range []int{100, 400, 1_600} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var h waitstatus.History
				line, err := h.AddLine(z)
				if err != nil {
					b.Fatal(err)
				}
				first := calendar.MustDate("2026-02-02")
				d := first
				for i := 0; i < n/2; i++ {
					if _, err := h.AddMAZ(line, waitstatus.MAZMelding{Begindatum: d}, waitstatus.Context{Dagtekening: d, Calendar: nl}); err != nil {
						b.Fatal(err)
					}
					m := waitstatus.Mutatie{Code: waitstatus.MUT20, Datum: d.AddDays(1), Begindatum: d, Leveringsstatus: waitstatus.UrgentPlaatsen,
						Classificatie: 3, Leveringsvorm: allocation.Verblijf}
					if _, err := h.AddMutatie(line, m, waitstatus.Context{Dagtekening: d.AddDays(1), Calendar: nl}); err != nil {
						b.Fatal(err)
					}
					d = d.AddDays(1)
				}
				tally, err := h.DaysInStatus(first, d)
				if err != nil {
					b.Fatal(err)
				}
				sinkTally = tally
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
		})
	}
}

// BenchmarkSummariseScaling summarises 1,000, 10,000 and 100,000 clients
// of 10 status changes each: the cost per mutation stays flat.
func BenchmarkSummariseScaling(b *testing.B) {
	peil := calendar.MustDate("2026-11-23")
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("clients=%d", n), func(b *testing.B) {
			events := batchEvents(n)
			out := make([]waitstatus.ClientSummary, 0, n)
			b.ReportAllocs()
			for b.Loop() {
				var err error
				sinkSum, err = waitstatus.Summarise(events, peil, out[:0])
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(events)), "ns/mutation")
		})
	}
}

var sinkTally waitstatus.Tally
