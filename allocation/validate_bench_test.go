package allocation_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// BenchmarkValidateAW33 is the whole path, bytes to Report, of a typical
// AW33 (one client, one indicatie, three toewijzingen).
func BenchmarkValidateAW33(b *testing.B) {
	data, err := sampleAW33().Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if rep, err := allocation.ValidateAW33(data); err != nil || len(rep.Findings) > 0 {
			b.Fatal(err, rep.String())
		}
	}
}

// TestValidateAW33Allocations pins the issue's "bounded number of
// allocations per typical AW33": the valid sample (one client, one
// indicatie, three toewijzingen) costs none. The decoded message, the
// spares of its optional parts and the report the document rules fill
// come from a pool, the input is not copied, and the indicatie's spec
// is built in storage on the stack; a change that adds an allocation
// shows up here first.
func TestValidateAW33Allocations(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("allocation counts differ under -cover and -race")
	}
	data, err := sampleAW33().Encode()
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(50, func() {
		if rep, err := allocation.ValidateAW33(data); err != nil || len(rep.Findings) > 0 {
			t.Fatal(err, rep.String())
		}
	})
	if allocs > 0 {
		t.Errorf("ValidateAW33 of the typical AW33: %v allocations, want none", allocs)
	}
}
