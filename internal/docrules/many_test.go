package docrules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// manyAW39 is the testdata AW39 with one Aanvraag (Leveringsvorm lv) of n
// AanvraagInstellingen: all alike (same) or each with its own Instelling
// and consecutive one-day periods (distinct keys for TR101, TR106, TR120
// and no overlap for TR127), where every tenth has Opname 2 and a period
// of five days that the next five cover (a walk of five for TR127).
func manyAW39(t testing.TB, n int, same bool, lv string) string {
	doc := readTestdata(t, "aw39.xml")
	a := strings.Index(doc, "<aw39:AanvraagInstelling>")
	b := strings.Index(doc, "</aw39:AanvraagInstellingen>")
	var sb strings.Builder
	for k := range n {
		inst, ing, eind, opname := "87654321", "2021-04-01", "2022-03-31", "1"
		if !same {
			inst = fmt.Sprintf("%08d", 10000000+k)
			ing, eind = dayAfter(k), dayAfter(k)
			if k%10 == 0 {
				ing, eind, opname = dayAfter(k+1), dayAfter(k+5), "2"
			}
		}
		fmt.Fprintf(&sb, `<aw39:AanvraagInstelling><aw39:Instelling>%s</aw39:Instelling><aw39:Soort>1</aw39:Soort><aw39:ToewijzingIngangsdatum>%s</aw39:ToewijzingIngangsdatum><aw39:ToewijzingEinddatum>%s</aw39:ToewijzingEinddatum><aw39:ToewijzingPercentage>100</aw39:ToewijzingPercentage><aw39:Opname>%s</aw39:Opname></aw39:AanvraagInstelling>
`, inst, ing, eind, opname)
	}
	doc = doc[:a] + sb.String() + doc[b:]
	return strings.Replace(doc, "<aw39:Leveringsvorm>4</aw39:Leveringsvorm>\n          <aw39:Dossierhouder>",
		"<aw39:Leveringsvorm>"+lv+"</aw39:Leveringsvorm>\n          <aw39:Dossierhouder>", 1)
}

// dayAfter returns the date k days after 2000-01-01 as yyyy-mm-dd.
func dayAfter(k int) string {
	y, m, d := 2000, 1, 1
	for range k {
		d++
		if d > daysIn(y, m) {
			d, m = 1, m+1
			if m > 12 {
				m, y = 1, y+1
			}
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// countingSink is an allocation.Report that counts the calls of Full: the
// rules ask it after each finding and the traversal before each element,
// so the count bounds the work done.
type countingSink struct {
	*allocation.Report
	full int
}

func (s *countingSink) Full() bool {
	s.full++
	return s.Report.Full()
}

func checkReport(t testing.TB, doc string) (allocation.Report, int) {
	var d xmltree.Doc
	require.NoError(t, d.Parse([]byte(doc)))
	rep := allocation.Report{Bericht: "AW39", Release: allocation.IWlz22}
	s := &countingSink{Report: &rep}
	docrules.Check("AW39", &d, s, docrules.Options{})
	return rep, s.full
}

// TestCheckAW39ManyInstellingen: an Aanvraag of 5,000 alike
// AanvraagInstellingen has a TR106 and a TR120 finding per pair; the
// report stops at MaxFindings and Check stops soon after. With distinct
// keys there is none, and the work is a few steps per element.
func TestCheckAW39ManyInstellingen(t *testing.T) {
	const n = 5000
	for _, lv := range []string{"4", "8"} {
		rep, full := checkReport(t, manyAW39(t, n, true, lv))
		assert.Len(t, rep.Findings, allocation.MaxFindings, lv)
		assert.True(t, rep.Truncated, lv)
		assert.Less(t, full, 3*allocation.MaxFindings, lv)

		doc := manyAW39(t, n, false, lv)
		rep, full = checkReport(t, doc)
		assert.False(t, rep.Truncated, lv)
		for _, f := range rep.Findings {
			assert.NotContains(t, []string{"TR101", "TR106", "TR120", "TR127"}, f.Rule.String(), lv)
		}
		elems := strings.Count(doc, "</")
		assert.Less(t, full, elems+100, lv)
	}
}

// BenchmarkCheckAW39ManyInstellingen checks an AW39 of one Aanvraag of
// 1,000 and 10,000 AanvraagInstellingen with distinct keys: the time
// grows with n, not n².
func BenchmarkCheckAW39ManyInstellingen(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, lv := range []string{"4", "8"} {
			b.Run(fmt.Sprintf("n=%d/lv=%s", n, lv), func(b *testing.B) {
				benchCheck(b, "AW39", manyAW39(b, n, false, lv))
			})
		}
	}
}

// BenchmarkCheckAW39ManyAlike is the same with 3,000 alike instellingen:
// MaxFindings findings, then Check stops.
func BenchmarkCheckAW39ManyAlike(b *testing.B) {
	benchCheck(b, "AW39", manyAW39(b, 3000, true, "4"))
}
