package kortverblijf_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
	"github.com/wlzregels/zorgtoewijzing/kortverblijf"
)

type caseIn struct {
	Op      string             `json:"op"`
	Etmalen int                `json:"etmalen"`
	Per     kortverblijf.Per   `json:"per"`
	Soort   kortverblijf.Soort `json:"soort"`
	PerWeek json.RawMessage    `json:"perWeek"`
	kortverblijf.Situatie
	Verblijven []struct {
		Begin calendar.Date `json:"begin"`
		Eind  calendar.Date `json:"eind"`
	} `json:"verblijven"`
	Terugkomst      bool                     `json:"terugkomst"`
	Klasse          allocation.Klasse        `json:"klasse"`
	Instelling      int                      `json:"instelling"`
	Thuis           int                      `json:"thuis"`
	Datum           calendar.Date            `json:"datum"`
	Leveringsvorm   allocation.Leveringsvorm `json:"leveringsvorm"`
	WachtOpVoorkeur bool                     `json:"wachtOpVoorkeur"`
}

func TestConformance(t *testing.T) {
	conformance.CheckInput(t, os.DirFS("testdata/conformance"), run, func(err error) []string { return allocation.AsViolations(err).Rules() })
}

// perWeek reads a JSON number or string as an allocation.Aantal; text it
// cannot read is the case's error.
func perWeek(raw json.RawMessage) (allocation.Aantal, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		s = string(raw)
	}
	return allocation.ParseAantal(s)
}

func run(t *testing.T, in caseIn) (any, error) {
	switch in.Op {
	case "klasse":
		e := kortverblijf.Gemiddelde{N: in.Etmalen, Per: in.Per}
		n, err := e.PerJaar()
		if err != nil {
			return nil, err
		}
		k, err := kortverblijf.KlasseVoor(e)
		if err != nil {
			return nil, err
		}
		return map[string]any{"perJaar": n, "klasse": k.Code()}, nil
	case "limiet":
		pw, err := perWeek(in.PerWeek)
		if err != nil {
			return nil, err
		}
		d, err := kortverblijf.LimietPerWeek(in.Soort, pw)
		if err != nil {
			return nil, err
		}
		return map[string]string{"perTweeWeken": d.String()}, nil
	case "opsparen":
		return kortverblijf.OpsparenToegestaan(in.Afgiftedatum), nil
	case "werkwijze":
		w, err := kortverblijf.Kies(in.Situatie)
		if err != nil {
			return nil, err
		}
		return map[string]any{"werkwijze": w.ID, "mazKlasse": w.MAZKlasse.Code(), "mazPerVerblijf": w.MAZPerVerblijf,
			"mut20PerVerblijf": w.MUT20PerVerblijf, "mut19BijEinde": w.MUT19BijEinde, "aatSoort": w.AATSoort.Code(),
			"nieuweIndicatiePerOpname": w.NieuweIndicatiePerOpname, "aanvraagPerOpname": w.AanvraagPerOpname,
			"reguliereToewijzing": w.ReguliereToewijzing}, nil
	case "schema":
		var ps []calendar.Period
		for _, v := range in.Verblijven {
			p, err := calendar.NewPeriod(v.Begin, v.Eind)
			if err != nil {
				return nil, allocation.Violations{{Rule: allocation.VZBijlageCWerkwijzeA.In(0), Message: err.Error()}}
			}
			ps = append(ps, p)
		}
		bs, err := kortverblijf.SchemaA(ps, in.Terugkomst)
		if err != nil {
			return nil, err
		}
		out := []map[string]string{}
		for _, b := range bs {
			out = append(out, map[string]string{"soort": string(b.Soort), "datum": b.Datum.String(), "klasse": b.Klasse.Code()})
		}
		return map[string]any{"berichten": out}, nil
	case "zorgthuis":
		z, err := kortverblijf.VerblijfMetZorgThuis(in.Klasse, in.Instelling, in.Thuis)
		if err != nil {
			return nil, err
		}
		return map[string]any{"maz": z.MAZ, "declareren": z.Declareren, "mazKlasse": z.MAZKlasse.Code(),
			"eigenBijdrage": z.EigenBijdrage, "dossierhouderOrganiseertZorgThuis": z.DossierhouderOrganiseertZorgThuis}, nil
	case "logeren":
		pw, err := perWeek(in.PerWeek)
		if err != nil {
			return nil, err
		}
		l, err := kortverblijf.LogeerOpvang(in.Datum, in.Leveringsvorm, pw, in.WachtOpVoorkeur)
		if err != nil {
			return nil, err
		}
		cls := ""
		if l.Classificatie16 {
			cls = "16"
		}
		return map[string]string{"toeslag": l.Toeslag.Code(), "functie": l.Functie.Code(), "classificatie": cls}, nil
	}
	t.Fatalf("unknown op %q", in.Op)
	return nil, nil
}
