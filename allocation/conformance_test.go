package allocation_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/aliascheck"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
)

type caseInput struct {
	Op           string                   `json:"op"`
	Date         calendar.Date            `json:"date"`
	List         string                   `json:"list"`
	Code         string                   `json:"code"`
	Dagtekening  calendar.Date            `json:"dagtekening"`
	Release      allocation.Release       `json:"release"`
	Indicatie    json.RawMessage          `json:"indicatie"`
	Previous     json.RawMessage          `json:"previous"`
	Next         json.RawMessage          `json:"next"`
	Toewijzing   json.RawMessage          `json:"toewijzing"`
	Toewijzingen []json.RawMessage        `json:"toewijzingen"`
	Functies     []json.RawMessage        `json:"functies"`
	Instelling   allocation.AGBCode       `json:"instelling"`
	Lv           allocation.Leveringsvorm `json:"leveringsvorm"`
	Text         *string                  `json:"text"`
	Bericht      string                   `json:"bericht"`
	XML          string                   `json:"xml"`
	AGB          *conformance.AGB         `json:"agb"`
	// Besluiten are the besluiten of one client, each with its own
	// toewijzingen and functies, judged as one set (op "set-besluiten").
	Besluiten []struct {
		Indicatie    json.RawMessage   `json:"indicatie"`
		Toewijzingen []json.RawMessage `json:"toewijzingen"`
		Functies     []json.RawMessage `json:"functies"`
	} `json:"besluiten"`
	// Einden are closing mutations on the toewijzingen (ops "rollen" and
	// "aat"): toewijzing Index (from 0) ends on Einddatum (EndedOn).
	Einden []struct {
		Index     int           `json:"index"`
		Einddatum calendar.Date `json:"einddatum"`
	} `json:"einden"`
	Zaak  json.RawMessage `json:"zaak"`
	Today calendar.Date   `json:"today"`
	// Vertaaltabel is the caller's vertaaltabel (Context.Vertaaltabel) as
	// the pairs it allows, [geïndiceerd, instellingseigen]; absent: nil.
	Vertaaltabel *paren `json:"vertaaltabel"`
}

// paren is a vertaaltabel given as its allowed pairs.
type paren [][2]allocation.ZZP

// Allows reports whether the pair van -> naar is listed.
func (p paren) Allows(van, naar allocation.ZZP) bool {
	return slices.Contains(p, [2]allocation.ZZP{van, naar})
}

// context is the allocation.Context of the case.
func (in caseInput) context() allocation.Context {
	ctx := allocation.Context{Dagtekening: in.Dagtekening, Release: in.Release}
	if in.Vertaaltabel != nil {
		ctx.Vertaaltabel = *in.Vertaaltabel
	}
	return ctx
}

func TestConformance(t *testing.T) {
	conformance.CheckInput(t, os.DirFS("testdata/conformance"), runCase, ruleIDs)
}

// ruleIDs maps an error to the rule ids of its violations.
func ruleIDs(err error) []string { return allocation.AsViolations(err).Rules() }

// decode unmarshals raw into v; a code error becomes the error result.
func decode(raw json.RawMessage, v any) error {
	if len(raw) == 0 {
		return nil
	}
	return json.Unmarshal(raw, v)
}

func buildIndicatie(raw json.RawMessage, dagtekening calendar.Date) (allocation.Indicatie, error) {
	var spec allocation.IndicatieSpec
	if err := decode(raw, &spec); err != nil {
		return allocation.Indicatie{}, err
	}
	return allocation.NewIndicatie(spec, allocation.Context{Dagtekening: dagtekening})
}

// buildSet decodes and validates the indicatie, toewijzingen and functies.
func buildSet(in caseInput) (allocation.ToewijzingSet, error) {
	zs, fs, err := buildLines(in.Indicatie, in.Toewijzingen, in.Functies, in)
	if err != nil {
		return allocation.ToewijzingSet{}, err
	}
	for _, e := range in.Einden {
		if e.Index < 0 || e.Index >= len(zs) {
			return allocation.ToewijzingSet{}, allocation.Violations{{Rule: allocation.InputOption.In(0), Field: "einden", Value: strconv.Itoa(e.Index)}}
		}
		if zs[e.Index], err = zs[e.Index].EndedOn(e.Einddatum); err != nil {
			return allocation.ToewijzingSet{}, err
		}
	}
	return allocation.NewToewijzingSet(zs, fs)
}

// buildLines decodes and validates one besluit and its toewijzingen.
func buildLines(rawInd json.RawMessage, rawZ, rawF []json.RawMessage, in caseInput) ([]allocation.Zorgtoewijzing, []allocation.FunctieToewijzing, error) {
	ind, err := buildIndicatie(rawInd, in.Dagtekening)
	if err != nil {
		return nil, nil, err
	}
	ctx := in.context()
	var zs []allocation.Zorgtoewijzing
	for _, raw := range rawZ {
		var spec allocation.ToewijzingSpec
		if err := decode(raw, &spec); err != nil {
			return nil, nil, err
		}
		z, err := allocation.NewZorgtoewijzing(spec, ind, ctx)
		if err != nil {
			return nil, nil, err
		}
		zs = append(zs, z)
	}
	var fs []allocation.FunctieToewijzing
	for _, raw := range rawF {
		var spec allocation.FunctieSpec
		if err := decode(raw, &spec); err != nil {
			return nil, nil, err
		}
		f, err := allocation.NewFunctieToewijzing(spec, ind, ctx)
		if err != nil {
			return nil, nil, err
		}
		fs = append(fs, f)
	}
	return zs, fs, nil
}

func runCase(t *testing.T, in caseInput) (any, error) {
	switch in.Op {
	case "release":
		return allocation.ReleaseOn(in.Date).String(), nil
	case "bericht":
		var opt allocation.ValidateOptions
		if in.AGB != nil {
			opt.AGB = in.AGB
		}
		var rep allocation.Report
		var err error
		switch in.Bericht {
		case "AW33":
			data := []byte(in.XML)
			rep, err = allocation.ValidateAW33With(data, opt)
			aliascheck.Check(t, data, rep, err)
		case "IO31":
			data := []byte(in.XML)
			rep, err = allocation.ValidateIO31With(data, opt)
			aliascheck.Check(t, data, rep, err)
		default:
			t.Fatalf("bericht %q is not validated by package allocation", in.Bericht)
		}
		if err != nil {
			return nil, err
		}
		if vs := rep.Violations(); vs != nil {
			return nil, vs
		}
		return "geaccepteerd", nil
	case "code":
		return runCode(t, in)
	case "indicatie":
		ind, err := buildIndicatie(in.Indicatie, in.Dagtekening)
		if err != nil {
			return nil, err
		}
		p := ind.Period()
		return map[string]string{"ingangsdatum": p.Start().String(), "einddatum": p.End().String()}, nil
	case "supersede":
		prev, err := buildIndicatie(in.Previous, in.Dagtekening)
		if err != nil {
			return nil, err
		}
		next, err := buildIndicatie(in.Next, in.Dagtekening)
		if err != nil {
			return nil, err
		}
		ended, err := prev.EndedBy(next)
		if err != nil {
			return nil, err
		}
		zzps := []map[string]string{}
		for _, g := range ended.ZZPs() {
			zzps = append(zzps, map[string]string{"zzp": g.ZZP.Code(), "ingangsdatum": g.Ingangsdatum.String(), "einddatum": g.Einddatum.String()})
		}
		return map[string]any{"einddatum": ended.Period().End().String(), "zzps": zzps}, nil
	case "toewijzing":
		ind, err := buildIndicatie(in.Indicatie, in.Dagtekening)
		if err != nil {
			return nil, err
		}
		var spec allocation.ToewijzingSpec
		if err := decode(in.Toewijzing, &spec); err != nil {
			return nil, err
		}
		z, err := allocation.NewZorgtoewijzing(spec, ind, in.context())
		if err != nil {
			return nil, err
		}
		return map[string]string{"release": z.Release().String()}, nil
	case "set":
		if _, err := buildSet(in); err != nil {
			return nil, err
		}
		return true, nil
	case "set-besluiten":
		var zs []allocation.Zorgtoewijzing
		var fs []allocation.FunctieToewijzing
		for _, b := range in.Besluiten {
			z, f, err := buildLines(b.Indicatie, b.Toewijzingen, b.Functies, in)
			if err != nil {
				return nil, err
			}
			zs, fs = append(zs, z...), append(fs, f...)
		}
		if _, err := allocation.NewToewijzingSet(zs, fs); err != nil {
			return nil, err
		}
		return true, nil
	case "partneropname":
		ind, err := buildIndicatie(in.Indicatie, in.Dagtekening)
		if err != nil {
			return nil, err
		}
		if err := ind.PartneropnameMogelijk(in.Date); err != nil {
			return nil, err
		}
		return true, nil
	case "rollen":
		set, err := buildSet(in)
		if err != nil {
			return nil, err
		}
		return map[string][]string{
			"dossierhouders":         agbStrings(set.Dossierhouders(in.Date)),
			"coordinatorenZorgThuis": agbStrings(set.CoordinatorenZorgThuis(in.Date)),
		}, nil
	case "aat":
		set, err := buildSet(in)
		if err != nil {
			return nil, err
		}
		if err := set.MayRequestAAT(in.Instelling, in.Lv, in.Date); err != nil {
			return nil, err
		}
		return true, nil
	case "zorgweigering":
		return runZorgweigering(in)
	case "bedrag":
		b, err := allocation.ParseBedrag(*in.Text)
		if err != nil {
			return nil, err
		}
		return b.String(), nil
	case "aantal":
		a, err := allocation.ParseAantal(*in.Text)
		if err != nil {
			return nil, err
		}
		return a.String(), nil
	}
	t.Fatalf("unknown op %q", in.Op)
	return nil, nil
}

func agbStrings(as []allocation.AGBCode) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.String())
	}
	return out
}

// runCode parses a code of a list and checks it on the date.
func runCode(t *testing.T, in caseInput) (any, error) {
	type coded interface {
		Code() string
		ValidOn(calendar.Date) bool
	}
	list, ok := allocation.LookupRule(in.List)
	if !ok {
		t.Fatalf("unknown list %q", in.List)
	}
	bad := allocation.Violations{{Rule: list.In(0), Value: in.Code, Message: "not valid on " + in.Date.String()}}
	var v coded
	var err error
	switch in.List {
	case "COD163":
		z, err := allocation.ParseZZP(in.Code)
		if err != nil {
			return nil, err
		}
		if !in.Date.IsZero() && !z.ValidOn(in.Date) {
			return nil, bad
		}
		return map[string]any{"code": z.Code(), "sector": z.Sector().String(), "level": z.Level()}, nil
	case "COD578":
		v, err = parseAs(allocation.ParseLeveringsvorm, in.Code)
	case "COD165":
		v, err = parseAs(allocation.ParseSoortToewijzing, in.Code)
	case "COD172":
		v, err = parseAs(allocation.ParseRedenIntrekking, in.Code)
	case "COD755":
		v, err = parseAs(allocation.ParseEtmalen, in.Code)
	case "COD756":
		v, err = parseAs(allocation.ParseKlasse, in.Code)
	case "COD732":
		v, err = parseAs(allocation.ParseFunctie, in.Code)
	case "COD736":
		v, err = parseAs(allocation.ParseGrondslag, in.Code)
	case "COD999":
		v, err = parseAs(allocation.ParseVoorkeurClient, in.Code)
	case "COD260":
		v, err = parseAs(allocation.ParseJaNee, in.Code)
	case "COD981":
		v, err = parseAs(allocation.ParseExtraKostenThuis, in.Code)
	case "COD982":
		v, err = parseAs(allocation.ParseToeslagBeademing, in.Code)
	case "COD983":
		v, err = parseAs(allocation.ParseToeslagOverig, in.Code)
	case "COD001":
		z, err := allocation.ParseZorgkantoorCode(in.Code)
		return map[string]string{"code": z.String()}, err
	case "AGB":
		a, err := allocation.ParseAGBCode(in.Code)
		return map[string]string{"code": a.String()}, err
	case "LDT_Besluitnummer":
		b, err := allocation.ParseBesluitnummer(in.Code)
		return map[string]string{"code": b.String()}, err
	case "CS130":
		p, err := allocation.ParsePercentage(in.Code)
		return map[string]string{"code": strconv.Itoa(p.Hundredths())}, err
	default:
		t.Fatalf("unknown list %q", in.List)
	}
	if err != nil {
		return nil, err
	}
	if !in.Date.IsZero() && !v.ValidOn(in.Date) {
		return nil, bad
	}
	return map[string]string{"code": v.Code()}, nil
}

func parseAs[T interface {
	Code() string
	ValidOn(calendar.Date) bool
}](parse func(string) (T, error), s string) (interface {
	Code() string
	ValidOn(calendar.Date) bool
}, error) {
	v, err := parse(s)
	return v, err
}

// runZorgweigering judges a case of VZ2013 6 as of in.Today with the
// default werkdag calendar: its violations, or the terms that follow.
func runZorgweigering(in caseInput) (any, error) {
	var z allocation.ZorgweigeringZaak
	dec := json.NewDecoder(bytes.NewReader(in.Zaak))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&z); err != nil {
		return nil, err
	}
	u, err := allocation.CheckZorgweigering(z, conformance.Netherlands(), in.Today)
	if err != nil {
		return nil, err
	}
	if len(u.Violations) > 0 {
		return nil, u.Violations
	}
	return map[string]any{
		"houdt":              u.Houdt,
		"besluitUiterlijk":   u.BesluitUiterlijk.String(),
		"bezwaarUiterlijk":   u.BezwaarUiterlijk.String(),
		"zorgVoortzetten":    u.ZorgVoortzetten,
		"zorgVoortzettenTot": u.ZorgVoortzettenTot.String(),
	}, nil
}
