package docrules_test

import (
	"strings"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

type anyAGB struct{}

func (anyAGB) Geldig(code string, from, to calendar.Date) bool { return len(code)%2 == 0 }
func (anyAGB) HoortBij(instelling, zorgkantoor string) bool    { return instelling < zorgkantoor }

// FuzzCheck: Check never panics, stays within MaxFindings and reports
// locations that are paths, on any message that parses.
func FuzzCheck(f *testing.F) {
	for _, name := range []string{"aw33.xml", "aw35.xml", "aw39.xml", "io31.xml"} {
		f.Add([]byte(readTestdata(f, name)))
	}
	f.Add([]byte(`<Bericht><Bericht><a xmlns="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema"><Datum>1e3</Datum><DatumGebruik>2</DatumGebruik><Taal/></a></Bericht></Bericht>`))
	f.Add([]byte(`<x:Bericht xmlns:x="http://www.istandaarden.nl/iwlz/2_2/aw33/schema"><x:Clienten><x:Client><x:Bsn>-</x:Bsn></x:Client><x:Client><x:Bsn>.5e9</x:Bsn></x:Client></x:Clienten></x:Bericht>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d xmltree.Doc
		if d.Parse(data) != nil {
			return
		}
		for _, msg := range []string{"IO31", "AW33", "AW35", "AW39"} {
			rep := allocation.Report{Bericht: msg, Release: allocation.IWlz22}
			if !docrules.Check(msg, &d, &rep, docrules.Options{AGB: anyAGB{}}) {
				t.Fatalf("%s not known", msg)
			}
			if len(rep.Findings) > allocation.MaxFindings {
				t.Fatalf("%d findings", len(rep.Findings))
			}
			for _, fd := range rep.Findings {
				for _, l := range fd.Locaties {
					if !strings.HasPrefix(l, "/") {
						t.Fatalf("location %q", l)
					}
				}
			}
		}
	})
}
