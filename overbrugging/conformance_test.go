package overbrugging_test

import (
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
	"github.com/wlzregels/zorgtoewijzing/overbrugging"
)

var nl = conformance.Netherlands()

type caseIn struct {
	Op                          string                                          `json:"op"`
	Functie                     allocation.Functie                              `json:"functie"`
	Klasse                      allocation.Klasse                               `json:"klasse"`
	ZZP                         allocation.ZZP                                  `json:"zzp"`
	Dagbesteding                bool                                            `json:"dagbesteding"`
	Methode                     overbrugging.Methode                            `json:"methode"`
	Tarieven                    map[string]allocation.Bedrag                    `json:"tarieven"`
	Text                        *string                                         `json:"text"`
	Indicatie                   struct{ Ingangsdatum, Einddatum calendar.Date } `json:"indicatie"`
	ZZPToewijzingsdatum         calendar.Date                                   `json:"zzpToewijzingsdatum"`
	ZZPEinddatum                calendar.Date                                   `json:"zzpEinddatum"`
	Aanvraagdatum               calendar.Date                                   `json:"aanvraagdatum"`
	StatusOnbekend              bool                                            `json:"statusOnbekend"`
	Ingangsdatum                calendar.Date                                   `json:"ingangsdatum"`
	Einddatum                   calendar.Date                                   `json:"einddatum"`
	OpnameBinnen3Maanden        bool                                            `json:"opnameBinnen3Maanden"`
	Verlengingen                int                                             `json:"verlengingen"`
	ExtraBudget                 bool                                            `json:"extraBudget"`
	ToestemmingZorgkantoor      bool                                            `json:"toestemmingZorgkantoor"`
	NieuwBesluitIngang          calendar.Date                                   `json:"nieuwBesluitIngang"`
	IntramuraleToewijzingsdatum calendar.Date                                   `json:"intramuraleToewijzingsdatum"`
	EersteIngang                calendar.Date                                   `json:"eersteIngang"`
	Soort                       overbrugging.Arrangementsoort                   `json:"context"`
	Regels                      []overbrugging.ArrangementRegel                 `json:"regels"`
	Behandeling                 *overbrugging.Behandeling                       `json:"behandeling"`
	Dagbehandeling              []overbrugging.Dagbehandeling                   `json:"dagbehandeling"`
	Kosten                      allocation.Bedrag                               `json:"kosten"`
	Basis                       allocation.Bedrag                               `json:"basis"`
	Leveringsvorm               allocation.Leveringsvorm                        `json:"leveringsvorm"`
	Percentage                  allocation.Percentage                           `json:"percentage"`
	Meerzorg                    bool                                            `json:"meerzorg"`
	ZINEnPGB                    bool                                            `json:"zinEnPgb"`
	ToeslagOverig               allocation.ToeslagOverig                        `json:"toeslagOverig"`
	Beademing                   bool                                            `json:"beademing"`
	Leveringsstatus             string                                          `json:"leveringsstatus"`
}

func TestConformance(t *testing.T) {
	conformance.CheckInput(t, os.DirFS("testdata/conformance"), run, violations)
}

// violations maps an error to its rule ids; a refused amount is an input
// error of allocation ("unreadable", "range").
func violations(err error) []string { return allocation.AsViolations(err).Rules() }

func tarieven(t *testing.T, in map[string]allocation.Bedrag) overbrugging.Tarieven {
	per := map[allocation.Functie]allocation.Bedrag{}
	for code, b := range in {
		f, err := allocation.ParseFunctie(code)
		if err != nil {
			t.Fatalf("bad tariff functie %q", code)
		}
		per[f] = b
	}
	tt, err := overbrugging.NewTarieven(2026, per)
	if err != nil {
		t.Fatalf("tarieven: %v", err)
	}
	return tt
}

func period(t *testing.T, start, end calendar.Date) calendar.Period {
	p, err := calendar.NewPeriod(start, end)
	if err != nil {
		t.Fatalf("period: %v", err)
	}
	return p
}

func run(t *testing.T, in caseIn) (any, error) {
	switch in.Op {
	case "klasse":
		ku, err := overbrugging.LookupKlasse(in.Functie, in.Klasse)
		if err != nil {
			return nil, err
		}
		return map[string]string{"minimum": ku.Minimum.String(), "gemiddeld": ku.Gemiddeld.String(), "maximum": ku.Maximum.String()}, nil
	case "budget":
		b, err := overbrugging.WeekBudget(in.ZZP, in.Dagbesteding, in.Methode, nil, tarieven(t, in.Tarieven))
		if err != nil {
			return nil, err
		}
		regels := []map[string]string{}
		for _, r := range b.Regels {
			regels = append(regels, map[string]string{"functie": r.Functie.Code(), "klasse": r.Klasse.Code(), "uren": r.Uren.String()})
		}
		return map[string]any{"regels": regels, "totaal": b.Totaal.String()}, nil
	case "omzetting":
		fs, err := overbrugging.DefaultOmzettingstabel().Functies(in.ZZP, in.Dagbesteding)
		var geen *overbrugging.GeenOmzettingError
		if errors.As(err, &geen) {
			return map[string]string{"zzp": geen.ZZP.Code(), "reden": geen.Reden.String(), "bron": geen.Bron, "tabel": geen.Tabel}, nil
		}
		if err != nil {
			return nil, err
		}
		return map[string]any{"zzp": in.ZZP.Code(), "functies": len(fs)}, nil
	case "bedrag":
		b, err := allocation.ParseBedrag(*in.Text)
		if err != nil {
			return nil, err
		}
		return b.String(), nil
	case "regulier":
		uiterlijk, err := overbrugging.CheckRegulier(overbrugging.RegulierAanvraag{
			Indicatie: period(t, in.Indicatie.Ingangsdatum, in.Indicatie.Einddatum), ZZPToewijzingsdatum: in.ZZPToewijzingsdatum,
			ZZPEinddatum: in.ZZPEinddatum, Aanvraagdatum: in.Aanvraagdatum, StatusOnbekend: in.StatusOnbekend,
			Periode: period(t, in.Ingangsdatum, in.Einddatum),
		}, nl)
		if err != nil {
			return nil, err
		}
		return map[string]string{"aanvraagUiterlijk": uiterlijk.String()}, nil
	case "regulier-oordeel":
		// The verdict with its severity: a warning leaves the request valid.
		uiterlijk, err := overbrugging.CheckRegulier(overbrugging.RegulierAanvraag{
			Indicatie: period(t, in.Indicatie.Ingangsdatum, in.Indicatie.Einddatum), ZZPToewijzingsdatum: in.ZZPToewijzingsdatum,
			ZZPEinddatum: in.ZZPEinddatum, Aanvraagdatum: in.Aanvraagdatum, StatusOnbekend: in.StatusOnbekend,
			Periode: period(t, in.Ingangsdatum, in.Einddatum),
		}, nl)
		vs := allocation.AsViolations(err)
		if err != nil && len(vs) == 0 {
			return nil, err // not a verdict: an error of the calendar
		}
		waarschuwingen, fouten := []string{}, []string{}
		for _, v := range vs {
			if v.Rule.Severity() == allocation.Waarschuwing {
				waarschuwingen = append(waarschuwingen, v.Rule.String())
			} else {
				fouten = append(fouten, v.Rule.String())
			}
		}
		return map[string]any{"aanvraagUiterlijk": uiterlijk.String(), "geldig": !errors.Is(err, allocation.ErrInvalid),
			"waarschuwingen": waarschuwingen, "fouten": fouten}, nil
	case "met-uitloop":
		u, err := overbrugging.CheckMetUitloop(overbrugging.UitloopAanvraag{
			Periode: period(t, in.Ingangsdatum, in.Einddatum), OpnameBinnen3Maanden: in.OpnameBinnen3Maanden,
			Verlengingen: in.Verlengingen, ExtraBudget: in.ExtraBudget, ToestemmingZorgkantoor: in.ToestemmingZorgkantoor,
		}, nl)
		if err != nil {
			return nil, err
		}
		return map[string]string{"uiterlijk": u.Uiterlijk.String(), "daarnaRegulierVanaf": u.DaarnaRegulierVanaf.String()}, nil
	case "regelzorg":
		u, err := overbrugging.CheckRegelzorg(overbrugging.RegelzorgAanvraag{
			NieuwBesluitIngang: in.NieuwBesluitIngang, IntramuraleToewijzingsdatum: in.IntramuraleToewijzingsdatum,
			Periode: period(t, in.Ingangsdatum, in.Einddatum),
		}, nl)
		if err != nil {
			return nil, err
		}
		return map[string]any{"uiterlijk": u.Uiterlijk.String(), "dagen": u.Dagen}, nil
	case "tweede-termijn":
		vanaf, err := overbrugging.TweedeTermijn(in.EersteIngang, in.Aanvraagdatum, nl)
		if err != nil {
			return nil, err
		}
		return map[string]string{"vanaf": vanaf.String()}, nil
	case "arrangement":
		tt := tarieven(t, in.Tarieven)
		m := in.Methode
		if in.Soort == overbrugging.ArrangementAlternatief {
			m = overbrugging.MethodeRegulier
		}
		b, err := overbrugging.WeekBudget(in.ZZP, in.Dagbesteding, m, nil, tt)
		if err != nil {
			return nil, err
		}
		res, err := overbrugging.CheckArrangement(overbrugging.Arrangement{Soort: in.Soort, Regels: in.Regels,
			Behandeling: in.Behandeling, Dagbehandeling: in.Dagbehandeling}, b, tt, nl)
		if err != nil {
			return nil, err
		}
		return map[string]string{"budget": res.Budget.String(), "zin": res.ZIN.String(), "pgb": res.PGB.String(), "buitenBudget": res.BuitenBudget.String()}, nil
	case "percentage":
		p, err := overbrugging.PercentageVan(in.Kosten, in.Basis)
		if err != nil {
			return nil, err
		}
		return map[string]string{"percentage": strconv.Itoa(p.Hundredths())}, nil
	case "rekenmodule":
		nodig, redenen := overbrugging.RekenmoduleNodig(overbrugging.RekenmoduleInput{Leveringsvorm: in.Leveringsvorm, Percentage: in.Percentage,
			Meerzorg: in.Meerzorg, ZINEnPGB: in.ZINEnPGB, ToeslagOverig: in.ToeslagOverig, Beademing: in.Beademing})
		if redenen == nil {
			redenen = []string{}
		}
		return map[string]any{"nodig": nodig, "redenen": redenen}, nil
	case "toeslag-extra-overbrugging":
		if err := overbrugging.CheckToeslagExtraOverbrugging(in.Leveringsstatus == "6" || in.Leveringsstatus == "7"); err != nil {
			return nil, err
		}
		return true, nil
	}
	t.Fatalf("unknown op %q", in.Op)
	return nil, nil
}
