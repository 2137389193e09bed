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
// indicatie, three toewijzingen) costs at most 7: the decoded message
// comes from a pool with the storage of its slices, the input is not
// copied, and what is left is the message's optional parts (pointers),
// the indicatie's spec and the report; a change that adds one shows up
// here first.
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
	if allocs > 7 {
		t.Errorf("ValidateAW33 of the typical AW33: %v allocations, want at most 7", allocs)
	}
}
