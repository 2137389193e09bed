package waitstatus_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// fuzzDecode checks a decoder on any input: no panic, a bounded report,
// and a message decoded without findings encodes to XML that decodes to
// the same value.
func fuzzDecode[T any](f *testing.F, seed []byte, decode func([]byte) (*T, allocation.Report, error), encode func(*T) ([]byte, error)) {
	f.Add(seed)
	f.Add([]byte("<Bericht/>"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) { checkDecode(t, data, decode, encode) })
}

// checkDecode is the property of the fuzz targets.
func checkDecode[T any](t *testing.T, data []byte, decode func([]byte) (*T, allocation.Report, error), encode func(*T) ([]byte, error)) {
	t.Helper()
	{
		m, rep, err := decode(data)
		if err != nil {
			if m != nil {
				t.Fatal("a message with an error")
			}
			return
		}
		if len(rep.Findings) > allocation.MaxFindings {
			t.Fatalf("%d findings", len(rep.Findings))
		}
		if len(rep.Findings) > 0 {
			return
		}
		out, err := encode(m)
		if err != nil {
			t.Fatalf("a clean message does not encode: %v", err)
		}
		back, rep2, err := decode(out)
		if err != nil || len(rep2.Findings) > 0 {
			t.Fatalf("the encoding does not decode clean: %v %s\n%s", err, rep2.String(), out)
		}
		if d := cmp.Diff(m, back); d != "" {
			t.Fatalf("round trip differs:\n%s", d)
		}
	}
}

// mutateLines applies n random line edits (delete, duplicate, swap with
// the next, or a byte change) to the sample's lines, so that most results
// stay well-formed and reach the decoder's structural checks.
func mutateLines(rng *rand.Rand, data []byte, n int) []byte {
	lines := strings.Split(string(data), "\n")
	for k := 0; k < n && len(lines) > 3; k++ {
		i := 2 + rng.IntN(len(lines)-3)
		switch rng.IntN(4) {
		case 0:
			lines = append(lines[:i], lines[i+1:]...)
		case 1:
			lines = append(lines[:i+1], lines[i:]...)
		case 2:
			lines[i], lines[i+1] = lines[i+1], lines[i]
		case 3:
			if l := lines[i]; len(l) > 0 {
				b := []byte(l)
				b[rng.IntN(len(b))] = "0a<>/ Z:-9"[rng.IntN(10)]
				lines[i] = string(b)
			}
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

func seed(f *testing.F, enc func() ([]byte, error)) []byte {
	b, err := enc()
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func FuzzDecodeAW35(f *testing.F) {
	fuzzDecode(f, seed(f, sampleAW35().Encode), waitstatus.DecodeAW35, (*waitstatus.AW35).Encode)
}

func FuzzDecodeAW36(f *testing.F) {
	fuzzDecode(f, seed(f, sampleAW36().Encode), waitstatus.DecodeAW36, (*waitstatus.AW36).Encode)
}

func FuzzDecodeAW39(f *testing.F) {
	fuzzDecode(f, seed(f, sampleAW39().Encode), waitstatus.DecodeAW39, (*waitstatus.AW39).Encode)
}

func FuzzDecodeAW310(f *testing.F) {
	fuzzDecode(f, seed(f, sampleAW310().Encode), waitstatus.DecodeAW310, (*waitstatus.AW310).Encode)
}

// The fuzz property on thousands of line mutations of the AW39 sample.
func TestDecodeAW39Mutations(t *testing.T) {
	data := seedT(t, sampleAW39().Encode)
	rng := rand.New(rand.NewPCG(39, 1))
	for i := 0; i < 3000; i++ {
		checkDecode(t, mutateLines(rng, data, 1+rng.IntN(3)), waitstatus.DecodeAW39, (*waitstatus.AW39).Encode)
	}
}

func seedT(t *testing.T, enc func() ([]byte, error)) []byte {
	b, err := enc()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
