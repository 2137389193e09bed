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
