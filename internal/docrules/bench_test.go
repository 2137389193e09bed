package docrules_test

import (
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

func benchCheck(b *testing.B, msg, doc string) {
	var d xmltree.Doc
	if err := d.Parse([]byte(doc)); err != nil {
		b.Fatal(err)
	}
	rep := allocation.Report{Bericht: msg, Release: allocation.IWlz22}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		rep.Findings, rep.Truncated = rep.Findings[:0], false
		docrules.Check(msg, &d, &rep, docrules.Options{})
	}
}

// BenchmarkCheckAW33 checks a typical AW33 (one client with partner,
// relaties, contact, Wzd, a stoornis and a toewijzing; about 6 KB) that
// keeps the rules: no findings, so no allocation.
func BenchmarkCheckAW33(b *testing.B) { benchCheck(b, "AW33", readTestdata(b, "aw33.xml")) }

// BenchmarkCheckAW33Findings is the same AW33 with four findings (CS002,
// CS089, TR101 and TR004): their locations are the only allocations.
func BenchmarkCheckAW33Findings(b *testing.B) {
	doc := readTestdata(b, "aw33.xml")
	doc = strings.Replace(doc, "<aw33:Bsn>999999990<", "<aw33:Bsn>123456789<", 1)
	doc = strings.Replace(doc, "<iwlz:Postcode>1234AB<", "<iwlz:Postcode>1234 AB<", 1)
	doc = strings.Replace(doc, "<aw33:Nummer>2<", "<aw33:Nummer>1<", 1)
	doc = strings.Replace(doc, "<aw33:Soort>12<", "<aw33:Soort>03<", 1)
	benchCheck(b, "AW33", doc)
}

func BenchmarkCheckAW39(b *testing.B) { benchCheck(b, "AW39", readTestdata(b, "aw39.xml")) }
