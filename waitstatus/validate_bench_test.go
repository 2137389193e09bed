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
