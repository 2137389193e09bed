package waitstatus_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// BenchmarkValidateAW39 is the whole path, bytes to Report, of a typical
// AW39 (two mutaties, one aanvraag with two aanvraaginstellingen).
func BenchmarkValidateAW39(b *testing.B) {
	data, err := sampleAW39().Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if rep, err := waitstatus.ValidateAW39(data); err != nil || len(rep.Findings) > 0 {
			b.Fatal(err, rep.String())
		}
	}
}

// TestValidateAW39Allocations pins the allocations of the typical AW39
// (two mutaties, one aanvraag with two aanvraaginstellingen) at none: the
// decoded message, its optional parts and the report come from a pool,
// the aanvraag rules compare a few instellingen pairwise instead of
// indexing them, and a mutation's path is built only for a finding. A
// change that adds an allocation shows up here first.
func TestValidateAW39Allocations(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("allocation counts differ under -cover and -race")
	}
	data, err := sampleAW39().Encode()
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(50, func() {
		if rep, err := waitstatus.ValidateAW39(data); err != nil || len(rep.Findings) > 0 {
			t.Fatal(err, rep.String())
		}
	})
	if allocs > 0 {
		t.Errorf("ValidateAW39 of the typical AW39: %v allocations, want none", allocs)
	}
}
