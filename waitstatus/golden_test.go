package waitstatus_test

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/internal/golden"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// aw39Rules are the rules the official AW39 stylesheet includes
// (iWlz-XSLT 2.2 AW39): the golden verdicts are compared on these.
var aw39Rules = strings.Fields(`CD005 CD007 CD020 CD025 CD040 CD047 CD048 CD050 CD051 CD052 CD072
CD073 CD074 CD090 CS002 CS003 CS023 CS050 CS058 CS072 CS074 CS089 CS127 CS131 CS133 TR002 TR018
TR040 TR041 TR042 TR046 TR064 TR066 TR097 TR100 TR101 TR106 TR120 TR127`)

// TestGoldenAW39: every golden AW39 gets exactly the codes the official
// stylesheet gave it (as a set).
func TestGoldenAW39(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw39.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	keep := map[string]bool{}
	for _, r := range aw39Rules {
		keep[r] = true
	}
	perRule := map[string]int{}
	bad := 0
	for _, m := range msgs {
		rep, err := waitstatus.ValidateAW39([]byte(m.XML))
		if !m.XSD {
			continue
		}
		require.NoError(t, err, m.Name)
		want := golden.Codes(m.Fouten)
		got := golden.Only(golden.Distinct(rep.Codes()), keep)
		if d := golden.Diff(want, got); d != "" {
			bad++
			for _, c := range strings.FieldsFunc(d, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
				if len(c) == 5 {
					perRule[c]++
				}
			}
			if bad <= 15 {
				t.Errorf("%s (%s): %s", m.Name, m.About, d)
			}
		}
	}
	var rs []string
	for r, n := range perRule {
		rs = append(rs, r+":"+strconv.Itoa(n))
	}
	sort.Strings(rs)
	if bad > 0 {
		t.Logf("%d of %d messages disagree; per rule: %s", bad, len(msgs), strings.Join(rs, " "))
	}
}
