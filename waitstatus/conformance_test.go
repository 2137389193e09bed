package waitstatus_test

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/aliascheck"
	"github.com/wlzregels/zorgtoewijzing/internal/conformance"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// toewijzingIn is the compact toewijzing of the conformance data; the
// runner completes it to a valid 4VV toewijzing (newToewijzing).
type toewijzingIn struct {
	Soort            allocation.SoortToewijzing `json:"soort"`
	Leveringsvorm    allocation.Leveringsvorm   `json:"leveringsvorm"`
	Ingangsdatum     calendar.Date              `json:"ingangsdatum"`
	Einddatum        calendar.Date              `json:"einddatum"`
	Toewijzingsdatum calendar.Date              `json:"toewijzingsdatum"`
	Instelling       allocation.AGBCode         `json:"instelling"`
	// ZZP is the toegewezen (and geïndiceerde) ZZP; absent: 4VV.
	ZZP allocation.ZZP `json:"zzp,omitempty"`
	// Functie: a functie toewijzing (with klasse K3) instead of the ZZP.
	Functie allocation.Functie `json:"functie"`
}

// ptzIn is a request to convert VV10 into PTZ zonder verblijf.
type ptzIn struct {
	Aanvrager    allocation.AGBCode    `json:"aanvrager"`
	Setting      waitstatus.PTZSetting `json:"setting"`
	Ingangsdatum calendar.Date         `json:"ingangsdatum"`
	Einddatum    calendar.Date         `json:"einddatum"`
	Verlengingen int                   `json:"verlengingen"`
}

type stateIn struct {
	Leveringsstatus waitstatus.Leveringsstatus `json:"leveringsstatus"`
	Classificatie   waitstatus.Classificatie   `json:"classificatie"`
	MAZ             calendar.Date              `json:"maz"`
	MUT20           bool                       `json:"mut20"`
	Gezonden        []waitstatus.Mutatiecode   `json:"gezonden"`
	Einddatum       calendar.Date              `json:"einddatum"`
}

func (s stateIn) state() waitstatus.State {
	st := waitstatus.State{Leveringsstatus: s.Leveringsstatus, Classificatie: s.Classificatie, MAZ: s.MAZ, MUT20: s.MUT20, Einddatum: s.Einddatum}
	for _, c := range s.Gezonden {
		st.Gezonden = st.Gezonden.With(c)
	}
	return st
}

type caseIn struct {
	Op           string             `json:"op"`
	Bericht      string             `json:"bericht"`
	XML          string             `json:"xml"`
	AGB          *conformance.AGB   `json:"agb"`
	Dagtekening  calendar.Date      `json:"dagtekening"`
	Release      allocation.Release `json:"release"`
	Toewijzing   toewijzingIn       `json:"toewijzing"`
	State        stateIn            `json:"state"`
	Mutatie      waitstatus.Mutatie `json:"mutatie"`
	MAZ          mazIn              `json:"maz"`
	Date         calendar.Date      `json:"date"`
	Toewijzingen []struct {
		Toewijzing toewijzingIn `json:"toewijzing"`
		State      stateIn      `json:"state"`
	} `json:"toewijzingen"`
	History []struct {
		Datum           calendar.Date              `json:"datum"`
		Leveringsstatus waitstatus.Leveringsstatus `json:"leveringsstatus"`
		Classificatie   waitstatus.Classificatie   `json:"classificatie"`
	} `json:"history"`
	From            calendar.Date `json:"from"`
	To              calendar.Date `json:"to"`
	Leveringsstatus string        `json:"leveringsstatus"`
	Classificatie   string        `json:"classificatie"`
	List            string        `json:"list"`
	Code            string        `json:"code"`
	PTZ             ptzIn         `json:"ptz"`
	Reactie         reactieIn     `json:"reactie"`
	// Aanvraag and Mutaties: op "aanvraag" (NewAanvraag); the
	// Toewijzingen (their toewijzing only) are then the set TR107 reads.
	Aanvraag waitstatus.AanvraagSpec  `json:"aanvraag"`
	Mutaties []waitstatus.Mutatiecode `json:"mutaties"`
	// history: the lines (AW33) and the events to replay, the dates to ask
	// about, and from/to for the days per status.
	Lines  []toewijzingIn   `json:"lines"`
	Events []historyEventIn `json:"events"`
	Dates  []calendar.Date  `json:"dates"`
	// summarise: the batch.
	Batch []waitstatus.BatchEvent `json:"batch"`
	// scenario: a worked scenario of the casuïstiek.
	Scenario scenarioIn `json:"scenario"`
}

// historyEventIn is one event of a "history" case.
type historyEventIn struct {
	Line        int                        `json:"line"`
	Kind        string                     `json:"kind"` // MAZ, MUT, AAT, intrekking
	Dagtekening calendar.Date              `json:"dagtekening"`
	MAZ         mazIn                      `json:"maz"`
	Mutatie     waitstatus.Mutatie         `json:"mutatie"`
	Einddatum   calendar.Date              `json:"einddatum"`
	Reden       allocation.RedenIntrekking `json:"reden"`
	AATSoort    allocation.SoortToewijzing `json:"aatSoort"`
}

type mazIn struct {
	Begindatum   calendar.Date    `json:"begindatum"`
	Sleuteldatum calendar.Date    `json:"sleuteldatum"`
	Behandeling  allocation.JaNee `json:"behandeling"`
	Eenheid      string           `json:"eenheid"`
	Volledig     bool             `json:"volledig"`
	Akkoord      bool             `json:"akkoord"`
}

var nl = conformance.Netherlands()

// newToewijzing completes a compact toewijzing to a valid 4VV toewijzing on
// an open indicatie that starts 30 days before it.
func newToewijzing(t *testing.T, in toewijzingIn, dagtekening calendar.Date) allocation.Zorgtoewijzing {
	t.Helper()
	start := in.Ingangsdatum.AddDays(-30)
	zzp := in.ZZP
	if zzp == 0 {
		zzp = allocation.ZZP4VV
	}
	klasse := allocation.Klasse(0)
	if in.Ingangsdatum.Before(calendar.MustDate("2023-01-01")) {
		klasse = allocation.KE7
	}
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 1, Afgiftedatum: start, Ingangsdatum: start,
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs:        []allocation.GeindiceerdZZP{{ZZP: zzp, Ingangsdatum: start, Klasse: klasse}},
	}, allocation.Context{Dagtekening: start})
	if err != nil {
		t.Fatalf("fixture indicatie: %v", err)
	}
	pct, _ := allocation.NewPercentage(100)
	spec := allocation.ToewijzingSpec{
		ZZP: zzp, Instelling: in.Instelling, Zorgkantoor: 5501, Soort: in.Soort,
		Toewijzingsdatum: in.Toewijzingsdatum, Percentage: pct, Ingangsdatum: in.Ingangsdatum, Einddatum: in.Einddatum,
		Leveringsvorm: in.Leveringsvorm,
	}
	switch in.Leveringsvorm {
	case allocation.Verblijf, allocation.VPT:
		spec.Dossierhouder, spec.Klasse = in.Instelling, klasse
	case allocation.DTV:
		spec.Dossierhouder, spec.Etmalen = in.Instelling, allocation.Etmalen40
	case allocation.MPT:
		spec.CoordinatorZorgThuis = in.Instelling
	}
	if in.Leveringsvorm == allocation.Verblijf || in.Leveringsvorm == allocation.DTV {
		spec.Opname = allocation.Ja
	}
	if spec.Toewijzingsdatum.IsZero() {
		spec.Toewijzingsdatum = start
	}
	ctxDate := dagtekening
	if ctxDate.Before(spec.Toewijzingsdatum) {
		ctxDate = spec.Toewijzingsdatum
	}
	z, err := allocation.NewZorgtoewijzing(spec, ind, allocation.Context{Dagtekening: ctxDate})
	if err != nil {
		t.Fatalf("fixture toewijzing: %v", err)
	}
	return z
}

// newFunctieToewijzing completes a compact toewijzing with a functie to a
// valid functie toewijzing (klasse K3) on the indicatie of newToewijzing.
func newFunctieToewijzing(t *testing.T, in toewijzingIn, dagtekening calendar.Date) allocation.FunctieToewijzing {
	t.Helper()
	start := in.Ingangsdatum.AddDays(-30)
	var k allocation.Klasse
	if err := k.UnmarshalText([]byte("K3")); err != nil {
		t.Fatal(err)
	}
	// A functie indicatie without a ZZP: next to a ZZP a regulier functie
	// has no ground of its own (VZ2013 3.1).
	ind, err := allocation.NewIndicatie(allocation.IndicatieSpec{
		Besluitnummer: 1, Afgiftedatum: start, Ingangsdatum: start,
		Grondslagen: []allocation.Grondslag{allocation.GrondslagSomatisch},
		Functies:    []allocation.GeindiceerdeFunctie{{Functie: in.Functie, Ingangsdatum: start, Klasse: k}},
	}, allocation.Context{Dagtekening: start})
	if err != nil {
		t.Fatalf("fixture indicatie: %v", err)
	}
	spec := allocation.FunctieSpec{Functie: in.Functie, Instelling: in.Instelling, Zorgkantoor: 5501, Soort: in.Soort,
		Toewijzingsdatum: in.Toewijzingsdatum, Ingangsdatum: in.Ingangsdatum, Einddatum: in.Einddatum, Klasse: k}
	if spec.Toewijzingsdatum.IsZero() {
		spec.Toewijzingsdatum = start
	}
	ctxDate := dagtekening
	if ctxDate.Before(spec.Toewijzingsdatum) {
		ctxDate = spec.Toewijzingsdatum
	}
	f, err := allocation.NewFunctieToewijzing(spec, ind, allocation.Context{Dagtekening: ctxDate})
	if err != nil {
		t.Fatalf("fixture functie toewijzing: %v", err)
	}
	return f
}

func applyIn(t *testing.T, in caseIn, ctx waitstatus.Context) (waitstatus.Outcome, error) {
	if in.Toewijzing.Functie != 0 {
		return waitstatus.ApplyFunctie(newFunctieToewijzing(t, in.Toewijzing, in.Dagtekening), in.State.state(), in.Mutatie, ctx)
	}
	return waitstatus.Apply(newToewijzing(t, in.Toewijzing, in.Dagtekening), in.State.state(), in.Mutatie, ctx)
}

func TestConformance(t *testing.T) {
	conformance.CheckInput(t, os.DirFS("testdata/conformance"), run, func(err error) []string { return allocation.AsViolations(err).Rules() })
}

func run(t *testing.T, in caseIn) (any, error) {
	ctx := waitstatus.Context{Dagtekening: in.Dagtekening, Calendar: nl, Release: in.Release}
	switch in.Op {
	case "reactie":
		return runReactie(t, in.Reactie)
	case "scenario":
		return runScenario(t, in.Scenario)
	case "bericht":
		var opt allocation.ValidateOptions
		if in.AGB != nil {
			opt.AGB = in.AGB
		}
		var rep allocation.Report
		var err error
		switch in.Bericht {
		case "AW39":
			data := []byte(in.XML)
			rep, err = waitstatus.ValidateAW39With(data, opt)
			aliascheck.Check(t, data, rep, err)
		case "AW35":
			data := []byte(in.XML)
			rep, err = waitstatus.ValidateAW35With(data, opt)
			aliascheck.Check(t, data, rep, err)
		default:
			t.Fatalf("bericht %q is not validated by package waitstatus", in.Bericht)
		}
		if err != nil {
			return nil, err
		}
		if vs := rep.Violations(); vs != nil {
			return nil, vs
		}
		return "geaccepteerd", nil
	case "aanvraag":
		return runAanvraag(t, in)
	case "dossierhouder":
		o, err := applyIn(t, in, ctx)
		if err != nil {
			return nil, err
		}
		return map[string]any{"toewijzing": o.Toewijzing.String(), "dossierhouder": o.Dossierhouder.String(),
			"overbruggingBlijft": o.Dossierhouder.OverbruggingBlijft}, nil
	case "contact":
		d, err := waitstatus.ContactDeadline(in.From, in.Date)
		if err != nil {
			return nil, err
		}
		return map[string]string{"uiterlijk": d.String()}, nil
	case "checkmaz":
		m := waitstatus.MAZMelding{Begindatum: in.MAZ.Begindatum, Sleuteldatum: in.MAZ.Sleuteldatum, Behandeling: in.MAZ.Behandeling}
		if err := waitstatus.CheckMAZ(newToewijzing(t, in.Toewijzing, in.Dagtekening), m, ctx); err != nil {
			return nil, err
		}
		return "geaccepteerd", nil
	case "mutatie":
		o, err := applyIn(t, in, ctx)
		if err != nil {
			return nil, err
		}
		var aat any
		if o.AAT.Soort != 0 {
			aat = map[string]string{"soort": o.AAT.Soort.Code(), "einddatumRegel": o.AAT.Regel.String(),
				"einddatum": o.AAT.Einddatum.String(), "verlengdTot": o.AAT.VerlengdTot.String()}
		}
		return map[string]any{
			"leveringsstatus": o.State.Leveringsstatus.Code(), "classificatie": o.State.Classificatie.Code(),
			"toewijzing": o.Toewijzing.String(), "einddatum": o.Einddatum.String(), "aat": aat, "row": o.Row,
			"mutDeadline": o.MutDeadline.String(), "zorgkantoorDeadline": o.ZorgkantoorDeadline.String(),
			"late": o.Late, "dossierhouder": o.Dossierhouder.String(),
		}, nil
	case "ptz_met_verblijf":
		return waitstatus.PTZMetVerblijf(newToewijzing(t, in.Toewijzing, in.Dagtekening)), nil
	case "ptz_omzetting":
		var p calendar.Period
		if !in.PTZ.Ingangsdatum.IsZero() {
			var err error
			if p, err = calendar.NewPeriod(in.PTZ.Ingangsdatum, in.PTZ.Einddatum); err != nil {
				return nil, err
			}
		}
		uiterlijk, err := waitstatus.CheckPTZOmzetting(newToewijzing(t, in.Toewijzing, in.Dagtekening), waitstatus.PTZOmzetting{
			Aanvrager: in.PTZ.Aanvrager, Setting: in.PTZ.Setting, Periode: p, Verlengingen: in.PTZ.Verlengingen,
		}, nl)
		if err != nil {
			return nil, err
		}
		return map[string]string{"uiterlijk": uiterlijk.String()}, nil
	case "ptz_vorm":
		v, err := waitstatus.PTZVormOp(in.Date)
		if err != nil {
			return nil, err
		}
		return map[string]string{"zzp": v.ZZP.Code(), "toeslagOverig": v.Toeslag.Code(),
			"leveringsstatus": v.Leveringsstatus.Code(), "classificatie": v.Classificatie.Code()}, nil
	case "partneropname_vorm":
		v, err := waitstatus.PartneropnameVormOp(in.Date)
		if err != nil {
			return nil, err
		}
		statuses := []string{}
		for l := waitstatus.Leveringsstatus(1); l < 16; l++ {
			if v.Leveringsstatussen.Has(l) {
				statuses = append(statuses, l.Code())
			}
		}
		return map[string]any{"zzp": v.ZZP.Code(), "classificatie": v.Classificatie.Code(), "leveringsstatussen": statuses}, nil
	case "maz":
		m := waitstatus.MAZMelding{Begindatum: in.MAZ.Begindatum, Sleuteldatum: in.MAZ.Sleuteldatum, Behandeling: in.MAZ.Behandeling,
			Functie: in.MAZ.Eenheid == "functie", Volledig: in.MAZ.Volledig, Akkoord: in.MAZ.Akkoord}
		var s waitstatus.State
		var err error
		if in.Toewijzing.Functie != 0 {
			s, err = waitstatus.ApplyMAZFunctie(newFunctieToewijzing(t, in.Toewijzing, in.Dagtekening), in.State.state(), m, ctx)
		} else {
			s, err = waitstatus.ApplyMAZ(newToewijzing(t, in.Toewijzing, in.Dagtekening), in.State.state(), m, ctx)
		}
		if err != nil {
			return nil, err
		}
		return map[string]string{"leveringsstatus": s.Leveringsstatus.Code()}, nil
	case "wachtstatus":
		var ts []waitstatus.Toewijzingstatus
		for _, x := range in.Toewijzingen {
			ts = append(ts, waitstatus.Toewijzingstatus{Toewijzing: newToewijzing(t, x.Toewijzing, in.Date), State: x.State.state()})
		}
		w := waitstatus.Wachtstatus(in.Date, ts)
		return map[string]any{"leveringsstatus": w.Leveringsstatus.Code(), "classificatie": w.Classificatie.Code(), "wachtend": w.Wachtend}, nil
	case "days":
		var h []waitstatus.Event
		for _, e := range in.History {
			h = append(h, waitstatus.Event{Datum: e.Datum, Leveringsstatus: e.Leveringsstatus, Classificatie: e.Classificatie})
		}
		tally, err := waitstatus.DaysInStatus(h, in.From, in.To)
		if err != nil {
			return nil, err
		}
		st, cl := map[string]int32{}, map[string]int32{}
		for i, n := range tally.Status {
			if n != 0 {
				st[waitstatus.Leveringsstatus(i).Code()] = n
			}
		}
		for i, n := range tally.Classificatie {
			if n != 0 && i > 0 {
				cl[waitstatus.Classificatie(i).Code()] = n
			}
		}
		return map[string]any{"statussen": st, "classificaties": cl}, nil
	case "history":
		return runHistory(t, in)
	case "summarise":
		out, err := waitstatus.Summarise(in.Batch, in.Dagtekening, nil)
		var skipped []map[string]any
		if be, ok := err.(waitstatus.BatchErrors); ok {
			for _, c := range be {
				skipped = append(skipped, map[string]any{"client": c.Client, "violations": c.Violations.Rules()})
			}
		} else if err != nil {
			return nil, err
		}
		sums := []map[string]any{}
		for _, c := range out {
			sums = append(sums, map[string]any{"client": c.Client, "leveringsstatus": c.Leveringsstatus.Code(),
				"classificatie": c.Classificatie.Code(), "wachtend": c.Wachtend, "dagen": tallyOut(c.Days)})
		}
		return map[string]any{"summaries": sums, "skipped": skipped}, nil
	case "map2013":
		l, err := waitstatus.ParseLeveringsstatus(in.Leveringsstatus)
		if err != nil {
			return nil, err
		}
		var c waitstatus.Classificatie
		if err := c.UnmarshalText([]byte(in.Classificatie)); err != nil {
			return nil, err
		}
		nl, nc, err := waitstatus.Map2013(l, c)
		if err != nil {
			return nil, err
		}
		return map[string]string{"leveringsstatus": nl.Code(), "classificatie": nc.Code()}, nil
	case "code":
		return runCode(t, in)
	case "naam":
		l, err := waitstatus.ParseLeveringsstatus(in.Leveringsstatus)
		if err != nil {
			return nil, err
		}
		return l.NameOn(in.Date), nil
	}
	t.Fatalf("unknown op %q", in.Op)
	return nil, nil
}

func runCode(t *testing.T, in caseIn) (any, error) {
	var code string
	var valid bool
	switch in.List {
	case "COD167":
		v, err := waitstatus.ParseLeveringsstatus(in.Code)
		if err != nil {
			return nil, err
		}
		code, valid = v.Code(), v.ValidOn(in.Date)
	case "COD168":
		v, err := waitstatus.ParseClassificatie(in.Code)
		if err != nil {
			return nil, err
		}
		code, valid = v.Code(), v.ValidOn(in.Date)
	case "COD588":
		v, err := waitstatus.ParseMutatiecode(in.Code)
		if err != nil {
			return nil, err
		}
		code, valid = v.Code(), v.ValidOn(in.Date)
	default:
		t.Fatalf("unknown list %q", in.List)
	}
	if !in.Date.IsZero() && !valid {
		list, _ := allocation.LookupRule(in.List)
		return nil, allocation.Violations{{Rule: list.In(0), Value: in.Code}}
	}
	return map[string]string{"code": code}, nil
}

// runAanvraag validates the aanvraag of in; with toewijzingen, TR107 reads
// their set on the dagtekening. The value is the soort asked per
// instelling, as the Aanvraag keeps it.
func runAanvraag(t *testing.T, in caseIn) (any, error) {
	actx := waitstatus.AanvraagContext{Dagtekening: in.Dagtekening, Release: in.Release, Mutaties: in.Mutaties}
	if len(in.Toewijzingen) > 0 {
		var zs []allocation.Zorgtoewijzing
		for _, x := range in.Toewijzingen {
			zs = append(zs, newToewijzing(t, x.Toewijzing, in.Dagtekening))
		}
		set, err := allocation.NewToewijzingSet(zs, nil)
		if err != nil {
			t.Fatalf("fixture set: %v", err)
		}
		actx.Toewijzingen = &set
	}
	a, err := waitstatus.NewAanvraag(in.Aanvraag, actx)
	if err != nil {
		return nil, err
	}
	soorten := []string{}
	for _, x := range a.Instellingen() {
		soorten = append(soorten, x.Soort.Code())
	}
	return map[string]any{"leveringsvorm": a.Leveringsvorm().Code(), "soorten": soorten}, nil
}

// runHistory replays the events of a "history" case on a History; the
// first refused event ends the case with its violations. It then answers
// for every date of the case and counts the days from..to.
func runHistory(t *testing.T, in caseIn) (any, error) {
	var h waitstatus.History
	for _, l := range in.Lines {
		var err error
		if l.Functie != 0 {
			_, err = h.AddFunctieLine(newFunctieToewijzing(t, l, l.Ingangsdatum))
		} else {
			_, err = h.AddLine(newToewijzing(t, l, l.Ingangsdatum))
		}
		if err != nil {
			return nil, err
		}
	}
	for _, e := range in.Events {
		ctx := waitstatus.Context{Dagtekening: e.Dagtekening, Calendar: nl, Release: in.Release}
		var err error
		switch e.Kind {
		case "MAZ":
			_, err = h.AddMAZ(e.Line, waitstatus.MAZMelding{Begindatum: e.MAZ.Begindatum, Sleuteldatum: e.MAZ.Sleuteldatum,
				Functie: e.MAZ.Eenheid == "functie", Volledig: e.MAZ.Volledig, Akkoord: e.MAZ.Akkoord}, ctx)
		case "MUT":
			_, err = h.AddMutatie(e.Line, e.Mutatie, ctx)
		case "AAT":
			err = h.AddAAT(e.Line, e.AATSoort, ctx)
		case "intrekking":
			err = h.AddIntrekking(e.Line, e.Einddatum, e.Reden, ctx)
		case "einde":
			err = h.AddEinde(e.Line, e.Einddatum, ctx)
		default:
			t.Fatalf("unknown event kind %q", e.Kind)
		}
		if err != nil {
			return nil, err
		}
	}
	answers := []map[string]any{}
	for _, d := range in.Dates {
		w := h.WachtstatusOn(d)
		dh, czt := h.RolesOn(d)
		lines := []string{}
		for i := 0; i < h.Lines(); i++ {
			lines = append(lines, h.StateOn(i, d).Leveringsstatus.Code())
		}
		answers = append(answers, map[string]any{"date": d.String(), "leveringsstatus": w.Leveringsstatus.Code(),
			"classificatie": w.Classificatie.Code(), "wachtend": w.Wachtend, "wachtendSinds": h.WachtendSinds(d).String(),
			"dossierhouder": dh.String(), "czt": czt.String(), "lines": lines})
	}
	out := map[string]any{"answers": answers}
	if !in.From.IsZero() || !in.To.IsZero() {
		tally, err := h.DaysInStatus(in.From, in.To)
		if err != nil {
			return nil, err
		}
		out["dagen"] = tallyOut(tally)
	}
	return out, nil
}

// tallyOut writes a Tally with its non-zero counts; status and
// classificatie 0 (no status) as "geen".
func tallyOut(tally waitstatus.Tally) map[string]any {
	st, cl := map[string]int32{}, map[string]int32{}
	for i, n := range tally.Status {
		if n != 0 {
			k := waitstatus.Leveringsstatus(i).Code()
			if i == 0 {
				k = "geen"
			}
			st[k] = n
		}
	}
	for i, n := range tally.Classificatie {
		if n != 0 && i > 0 {
			cl[waitstatus.Classificatie(i).Code()] = n
		}
	}
	return map[string]any{"statussen": st, "classificaties": cl}
}
