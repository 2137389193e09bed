package names

import (
	"strings"
	"testing"
)

func TestOf(t *testing.T) {
	for id := ID(1); id < count; id++ {
		s := id.String()
		if got := Of(s); got != id {
			t.Errorf("Of(%q) = %d (%s), want %d", s, got, got, id)
		}
		// Near misses: each byte changed, one byte more or less.
		for k := 0; k < len(s); k++ {
			b := []byte(s)
			b[k] ^= 0x20
			if got := Of(string(b)); got != None && got.String() != string(b) {
				t.Errorf("Of(%q) = %s", b, got)
			}
		}
		for _, m := range []string{s[:len(s)-1], s + "x", "x" + s, strings.ToLower(s)} {
			if got := Of(m); got != None && got.String() != m {
				t.Errorf("Of(%q) = %s", m, got)
			}
		}
	}
	for _, s := range []string{"", "x", "Bericht ", "Zorgzwaartepakketten", strings.Repeat("A", 33), "Bericht\x00"} {
		if got := Of(s); got != None {
			t.Errorf("Of(%q) = %s, want None", s, got)
		}
	}
	if Of("Bericht") != Bericht || Bericht.String() != "Bericht" || None.String() != "" || ID(60000).String() != "" {
		t.Error("Bericht does not round-trip")
	}
}

func TestTable(t *testing.T) {
	used := 0
	for _, sl := range Slots {
		if sl.N != 0 {
			used++
		}
	}
	if used != int(count)-1 {
		t.Errorf("%d slots used, want %d", used, count-1)
	}
}

func FuzzOf(f *testing.F) {
	f.Add("Bericht")
	f.Add("GeindiceerdeZorgzwaartepakketten")
	f.Fuzz(func(t *testing.T, s string) {
		if id := Of(s); id != None && id.String() != s {
			t.Fatalf("Of(%q) = %s", s, id)
		}
	})
}
