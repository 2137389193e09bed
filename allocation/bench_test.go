package allocation_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

var (
	sinkZ   allocation.Zorgtoewijzing
	sinkSet allocation.ToewijzingSet
)

// BenchmarkNewZorgtoewijzing builds and validates one valid toewijzing.
func BenchmarkNewZorgtoewijzing(b *testing.B) {
	ind := mustIndicatie(b)
	spec := toewijzingSpec(b)
	c := ctx()
	b.ReportAllocs()
	for b.Loop() {
		z, err := allocation.NewZorgtoewijzing(spec, ind, c)
		if err != nil {
			b.Fatal(err)
		}
		sinkZ = z
	}
}

// BenchmarkNewZorgtoewijzingInvalid measures the path with violations.
func BenchmarkNewZorgtoewijzingInvalid(b *testing.B) {
	ind := mustIndicatie(b)
	spec := toewijzingSpec(b)
	spec.Dossierhouder = allocation.AGBCode{}
	spec.Klasse = allocation.KE1 // COD756 ended with iWlz 2.4
	c := ctx()
	b.ReportAllocs()
	for b.Loop() {
		_, err := allocation.NewZorgtoewijzing(spec, ind, c)
		if err == nil {
			b.Fatal("want violations")
		}
	}
}

// BenchmarkToewijzingSet10 validates a client's set of ten toewijzingen
// (ten consecutive monthly verblijf toewijzingen).
func BenchmarkToewijzingSet10(b *testing.B) {
	ind := mustIndicatie(b)
	var zs []allocation.Zorgtoewijzing
	for i := 0; i < 10; i++ {
		spec := toewijzingSpec(b)
		spec.Ingangsdatum = spec.Ingangsdatum.AddMonths(i)
		spec.Einddatum = spec.Ingangsdatum.AddMonths(1).AddDays(-1)
		z, err := allocation.NewZorgtoewijzing(spec, ind, ctx())
		if err != nil {
			b.Fatal(err)
		}
		zs = append(zs, z)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := allocation.NewToewijzingSet(zs, nil)
		if err != nil {
			b.Fatal(err)
		}
		sinkSet = s
	}
}

var sinkZZP allocation.ZZP

func benchParseZZP(b *testing.B, s string) {
	b.ReportAllocs()
	for b.Loop() {
		z, err := allocation.ParseZZP(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkZZP = z
	}
}

func BenchmarkParseZZPCode(b *testing.B)  { benchParseZZP(b, "753") }
func BenchmarkParseZZPLabel(b *testing.B) { benchParseZZP(b, "ZZP 4VV") }

var sinkInd allocation.Indicatie

// BenchmarkNewIndicatie validates the indicatie of a usual AW33: one
// grondslag, one ZZP, no functies.
func BenchmarkNewIndicatie(b *testing.B) {
	spec := indicatieSpec()
	c := ctx()
	b.ReportAllocs()
	for b.Loop() {
		ind, err := allocation.NewIndicatie(spec, c)
		if err != nil {
			b.Fatal(err)
		}
		sinkInd = ind
	}
}
