package docrules_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
)

// goldenDir is the repository's golden verdicts of the official
// validation (testdata/iwlz, see its README); GOLDEN_DIR overrides it.
func goldenDir() string {
	if d := os.Getenv("GOLDEN_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "testdata", "iwlz")
}

type goldenCase struct {
	Name   string     `json:"name"`
	XML    string     `json:"xml"`
	XSD    bool       `json:"xsd"`
	Fouten []foutJSON `json:"fouten"`
}

// TestGolden: on every schema-valid golden message (every message with
// GOLDEN_ALL=1), the findings of the ported rules (code and locations, as
// a multiset) are the stylesheet's fouten of the same rules; of a rule
// ported in part (CS003, CS023, CS127), those on the elements of that
// part (Covers).
func TestGolden(t *testing.T) {
	for _, msg := range []string{"IO31", "AW33", "AW35", "AW39"} {
		t.Run(msg, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(goldenDir(), strings.ToLower(msg)+".json"))
			if os.IsNotExist(err) {
				t.Skipf("no golden data for %s yet", msg)
			}
			require.NoError(t, err)
			var cases []goldenCase
			require.NoError(t, json.Unmarshal(data, &cases))
			agree, total := map[string]int{}, map[string]int{}
			n := 0
			for _, gc := range cases {
				if !gc.XSD && os.Getenv("GOLDEN_ALL") == "" {
					continue
				}
				n++
				var want []foutJSON
				for _, f := range gc.Fouten {
					if docrules.Covers(msg, f.Code, f.Locaties) {
						want = append(want, f)
					}
				}
				got := check(t, msg, gc.XML, docrules.Options{})
				wk, gk := findingKeys(want), findingKeys(got)
				for _, k := range wk {
					total[strings.Fields(k)[0]]++
					if slices.Contains(gk, k) {
						agree[strings.Fields(k)[0]]++
					}
				}
				if diff := cmp.Diff(wk, gk); diff != "" {
					t.Errorf("%s (-stylesheet +docrules):\n%s", gc.Name, diff)
				}
			}
			var b strings.Builder
			for _, r := range docrules.Rules(msg) {
				fmt.Fprintf(&b, " %s %d/%d", r, agree[r], total[r])
			}
			t.Logf("%d messages; stylesheet findings matched per rule:%s", n, b.String())
		})
	}
}
