package vertaaltabel_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

var nl = conformance.Netherlands()

type caseIn struct {
	Op      string                    `json:"op"`
	Van     allocation.GeindiceerdZZP `json:"van"`
	Naar    allocation.ZZP            `json:"naar"`
	Context struct {
		Dagtekening                       calendar.Date            `json:"datum"` // the key keeps its earlier name
		Ingangsdatum                      calendar.Date            `json:"ingangsdatum"`
		ToegelatenVGBehandeling           bool                     `json:"toegelatenVGBehandeling"`
		TariefGeindiceerd                 string                   `json:"tariefGeindiceerd"`
		TariefGeindiceerdExclDagbesteding string                   `json:"tariefGeindiceerdExclDagbesteding"`
		TariefInstellingseigen            string                   `json:"tariefInstellingseigen"`
		Verlengd                          bool                     `json:"verlengd"`
		BehandelingAfspraak               bool                     `json:"behandelingAfspraak"`
		Uitgerevalideerd                  bool                     `json:"uitgerevalideerd"`
		Intramuraal                       bool                     `json:"intramuraal"`
		VervolgZZP                        allocation.ZZP           `json:"vervolgZZP"`
		VorigZZP                          allocation.ZZP           `json:"vorigZZP"`
		Bestaand                          bool                     `json:"bestaand"`
		Leveringsvorm                     allocation.Leveringsvorm `json:"leveringsvorm"`
	} `json:"context"`
	Tabel *struct {
		Jaar  int                 `json:"jaar"`
		Paren [][2]allocation.ZZP `json:"paren"`
	} `json:"tabel"`
}

// tarief reads a tariff; "" is not given (the zero Bedrag).
func tarief(t *testing.T, s string) allocation.Bedrag {
	if s == "" {
		return allocation.Bedrag{}
	}
	b, err := allocation.ParseBedrag(s)
	if err != nil {
		t.Fatalf("bad tariff %q: %v", s, err)
	}
	return b
}

func TestConformance(t *testing.T) {
	conformance.Check(t, os.DirFS("testdata/conformance"), func(t *testing.T, c conformance.Case) (any, error) {
		var in caseIn
		if err := json.Unmarshal(c.Input, &in); err != nil {
			return nil, err
		}
		x := in.Context
		ctx := vertaaltabel.Context{Dagtekening: x.Dagtekening, Ingangsdatum: x.Ingangsdatum, Calendar: nl, Leveringsvorm: x.Leveringsvorm,
			ToegelatenVGBehandeling: x.ToegelatenVGBehandeling, TariefGeindiceerd: tarief(t, x.TariefGeindiceerd),
			TariefGeindiceerdExclDagbesteding: tarief(t, x.TariefGeindiceerdExclDagbesteding), TariefInstellingseigen: tarief(t, x.TariefInstellingseigen),
			Verlengd: x.Verlengd, BehandelingAfspraak: x.BehandelingAfspraak, Uitgerevalideerd: x.Uitgerevalideerd, Intramuraal: x.Intramuraal,
			VervolgZZP: x.VervolgZZP, VorigZZP: x.VorigZZP, Bestaand: x.Bestaand}
		var tabel *vertaaltabel.Tabel
		if in.Tabel != nil {
			var pairs []vertaaltabel.Paar
			for _, p := range in.Tabel.Paren {
				pairs = append(pairs, vertaaltabel.Paar{Van: p[0], Naar: p[1]})
			}
			var err error
			if tabel, err = vertaaltabel.NewTabel(in.Tabel.Jaar, pairs); err != nil {
				return nil, err
			}
		}
		r, err := vertaaltabel.Check(in.Van, in.Naar, ctx, tabel)
		if err != nil {
			return nil, err
		}
		return map[string]any{
			"oordeel": r.Oordeel.String(), "tot": r.Tot.String(), "verlengdTot": r.VerlengdTot.String(),
			"behandelingVertaald": r.BehandelingVertaald, "regels": r.Rules(),
		}, nil
	}, func(err error) []string { return allocation.AsViolations(err).Rules() })
}
