package allocation_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// BenchmarkDecodeAW33 decodes the typical AW33 (about 4.9 KB: one client,
// one indicatie, three toewijzingen).
func BenchmarkDecodeAW33(b *testing.B) {
	data, err := sampleAW33().Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, rep, err := allocation.DecodeAW33(data); err != nil || len(rep.Findings) > 0 {
			b.Fatal(err, rep.String())
		}
	}
}

func BenchmarkEncodeAW33(b *testing.B) {
	m := sampleAW33()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Encode(); err != nil {
			b.Fatal(err)
		}
	}
}
