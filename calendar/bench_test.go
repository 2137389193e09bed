package calendar_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

var (
	sinkDate calendar.Date
	sinkInt  int
	sinkBool bool
)

func benchAdd(b *testing.B, n int) {
	nl := mustNL(b)
	d := calendar.MustDate("2026-05-13")
	b.ReportAllocs()
	for b.Loop() {
		r, err := nl.AddWerkdagen(d, n)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = r
	}
}

func BenchmarkAddWerkdagen5(b *testing.B)   { benchAdd(b, 5) }
func BenchmarkAddWerkdagen250(b *testing.B) { benchAdd(b, 250) }

func benchTussen(b *testing.B, from, to string) {
	nl := mustNL(b)
	f, t := calendar.MustDate(from), calendar.MustDate(to)
	b.ReportAllocs()
	for b.Loop() {
		n, err := nl.WerkdagenTussen(f, t)
		if err != nil {
			b.Fatal(err)
		}
		sinkInt = n
	}
}

func BenchmarkWerkdagenTussen1Year(b *testing.B)   { benchTussen(b, "2025-12-31", "2026-12-31") }
func BenchmarkWerkdagenTussen10Years(b *testing.B) { benchTussen(b, "2016-12-31", "2026-12-31") }

func BenchmarkIsWerkdag(b *testing.B) {
	nl := mustNL(b)
	d := calendar.MustDate("2026-05-15")
	b.ReportAllocs()
	for b.Loop() {
		ok, err := nl.IsWerkdag(d)
		if err != nil {
			b.Fatal(err)
		}
		sinkBool = ok
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := calendar.ParseDate("2026-05-19")
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}

func BenchmarkDeadline5Werkdagen(b *testing.B) {
	nl := mustNL(b)
	d := calendar.MustDate("2026-12-24")
	t := calendar.Termijn{N: 5, Unit: calendar.Werkdagen}
	b.ReportAllocs()
	for b.Loop() {
		r, err := nl.Deadline(d, t)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = r
	}
}

func BenchmarkNetherlands(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.Netherlands()
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = c.ValidThrough()
	}
}
