package vertaaltabel_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

var sinkResult vertaaltabel.Result

// BenchmarkCheckAllowed checks an allowed translation (5VG -> 6VV, E.9a).
func BenchmarkCheckAllowed(b *testing.B) {
	ctx := exampleContext("2014-03-03")
	van := allocation.GeindiceerdZZP{ZZP: allocation.ZZP5VG}
	b.ReportAllocs()
	for b.Loop() {
		r, err := vertaaltabel.Check(van, allocation.ZZP6VV, ctx, nil)
		if err != nil || r.Oordeel != vertaaltabel.Toegestaan {
			b.Fatal(err, r.Oordeel)
		}
		sinkResult = r
	}
}

// BenchmarkCheckTemporary checks a temporary translation (VG7, E.8b).
func BenchmarkCheckTemporary(b *testing.B) {
	ctx := exampleContext("2014-03-03")
	van := allocation.GeindiceerdZZP{ZZP: allocation.ZZP7VG}
	b.ReportAllocs()
	for b.Loop() {
		r, err := vertaaltabel.Check(van, allocation.ZZP6VG, ctx, nil)
		if err != nil || r.Oordeel != vertaaltabel.Tijdelijk {
			b.Fatal(err, r.Oordeel)
		}
		sinkResult = r
	}
}
