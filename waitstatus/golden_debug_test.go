package waitstatus_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

func TestGoldenDebug(t *testing.T) {
	focus := map[string]bool{}
	for _, r := range strings.Split(os.Getenv("FOCUS"), ",") {
		focus[r] = true
	}
	b, _ := os.ReadFile("../testdata/iwlz/aw39.json")
	msgs, _ := golden.Parse(b)
	n := 0
	for _, m := range msgs {
		if !m.XSD {
			continue
		}
		rep, _ := waitstatus.ValidateAW39([]byte(m.XML))
		want := golden.Only(golden.Codes(m.Fouten), focus)
		got := golden.Only(golden.Distinct(rep.Codes()), focus)
		if d := golden.Diff(want, got); d != "" {
			n++
			if n > 6 {
				continue
			}
			t.Logf("== %s (%s): %s", m.Name, m.About, d)
			for _, f := range m.Fouten {
				if focus[f.Code] {
					t.Logf("   XSLT %s %v", f.Code, f.Locaties)
				}
			}
			for _, f := range rep.Findings {
				if focus[f.Rule.String()] {
					t.Logf("   LIB  %s", f.String())
				}
			}
		}
	}
	t.Logf("%d differ", n)
}
