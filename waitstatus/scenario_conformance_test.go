package waitstatus_test

import (
	"slices"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// scenarioIn is the input of op "scenario"
// (testdata/conformance/casuistiek.json): a worked scenario of the
// casuïstiek replayed message by message. Only the messages of the CIZ
// and the aanbieders are input; every reaction of the zorgkantoor is
// computed by the library and its lines feed the next step.
type scenarioIn struct {
	Indicatie   allocation.IndicatieSpec   `json:"indicatie"`
	Zorgkantoor allocation.ZorgkantoorCode `json:"zorgkantoor"`
	Stappen     []scenarioStap             `json:"stappen"`
	// CAKNaAlleMAZ replays with MAZInvoer.CAKMoment CAKNaAlleMAZ.
	CAKNaAlleMAZ bool `json:"cakNaAlleMAZ"`
	// Vertaaltabel is the zorgkantoor's vertaaltabel
	// (Verwerking.Vertaaltabel) as the pairs it allows, [geïndiceerd,
	// instellingseigen]; absent: none.
	Vertaaltabel vertalingen `json:"vertaaltabel"`
	// ToonBeeindigd replays with Verwerking.ToonBeeindigd: the AW33
	// carries the lines a reaction ended (casus 4B, 10B).
	ToonBeeindigd bool `json:"toonBeeindigd"`
}

// vertalingen is a vertaaltabel given as its allowed pairs.
type vertalingen [][2]allocation.ZZP

// Allows reports whether the pair van -> naar is listed.
func (p vertalingen) Allows(van, naar allocation.ZZP) bool {
	return slices.Contains(p, [2]allocation.ZZP{van, naar})
}

// scenarioStap is one incoming message: an IO31, an AAT (AW39 Aanvraag),
// a MUT (AW39 Mutatie, with Regels when the AW39 also holds an Aanvraag)
// or a MAZ (AW35), and the moment the zorgkantoor processes it.
type scenarioStap struct {
	Stap    string `json:"stap"`    // the step of the casus
	Bericht string `json:"bericht"` // IO31, AAT, MUT, MAZ
	// Dagtekening of the AW35 or AW39 (the History's Context).
	Dagtekening      calendar.Date   `json:"dagtekening"`
	Ontvangen        calendar.Date   `json:"ontvangen"`
	Toewijzingsdatum calendar.Date   `json:"toewijzingsdatum"`
	Toewijzingstijd  allocation.Tijd `json:"toewijzingstijd"`
	// IO31
	Leveringsvorm allocation.Leveringsvorm `json:"leveringsvorm"`
	Etmalen       allocation.Etmalen       `json:"etmalen"`
	PGB           bool                     `json:"pgb"`
	Percentage    allocation.Percentage    `json:"percentage"`
	// PGBOpnieuw is the AATInvoer option of an AAT.
	PGBOpnieuw bool `json:"pgbOpnieuw"`
	// AAT
	Regels               []waitstatus.AATRegel `json:"regels"`
	Aanvrager            allocation.AGBCode    `json:"aanvrager"`
	Dossierhouder        allocation.AGBCode    `json:"dossierhouder"`
	CoordinatorZorgThuis allocation.AGBCode    `json:"coordinatorZorgThuis"`
	MetUitloop           bool                  `json:"metUitloop"`
	// MUT and MAZ: the line (ZZP, leveringsvorm, instelling,
	// ingangsdatum, iWlz TR019) among the lines the zorgkantoor sent.
	Toewijzing allocation.ToewijzingSpec `json:"toewijzing"`
	Mutatie    waitstatus.Mutatie        `json:"mutatie"`
	MAZ        mazIn                     `json:"maz"`
	// CAKDatum is the day the CA317 goes out (MAZInvoer.CAKDatum).
	CAKDatum calendar.Date `json:"cakDatum"`
}

// scenarioRun is the zorgkantoor's picture during a replay: the lines it
// sent (huidig), their line in the client's History, and the starts it
// reported to the CAK.
type scenarioRun struct {
	t       *testing.T
	ind     allocation.Indicatie
	huidig  []allocation.ToewijzingSpec
	lijn    []int // History line of huidig[i]
	history waitstatus.History
	cak     []waitstatus.CAKStart
	maz     []waitstatus.EerdereMAZ // the MAZ received so far
	moment  waitstatus.CAKMoment
	// eindeGemeld are the lines closed by a MUT17 or MUT19.
	eindeGemeld []allocation.ToewijzingSpec
	// tabel is the vertaaltabel of the replay (nil: none).
	tabel allocation.Vertalingen
	// toonBeeindigd is Verwerking.ToonBeeindigd of every step.
	toonBeeindigd bool
}

func runScenario(t *testing.T, in scenarioIn) (any, error) {
	t.Helper()
	ind, err := allocation.NewIndicatie(in.Indicatie, allocation.Context{Dagtekening: in.Indicatie.Afgiftedatum})
	if err != nil {
		t.Fatalf("fixture indicatie: %v", err)
	}
	run := &scenarioRun{t: t, ind: ind, toonBeeindigd: in.ToonBeeindigd}
	if in.Vertaaltabel != nil {
		run.tabel = in.Vertaaltabel
	}
	if in.CAKNaAlleMAZ {
		run.moment = waitstatus.CAKNaAlleMAZ
	}
	out := []any{}
	for _, st := range in.Stappen {
		v, err := run.step(in.Zorgkantoor, st)
		if err != nil {
			t.Logf("stap %s: %v", st.Stap, err)
			return nil, err
		}
		v["stap"] = st.Stap
		out = append(out, v)
	}
	return map[string]any{"stappen": out}, nil
}

// find returns the index in huidig of the line with the key of s (ZZP,
// leveringsvorm, instelling, ingangsdatum; the last when several share
// it), or -1.
func (r *scenarioRun) find(s allocation.ToewijzingSpec) int {
	for i := len(r.huidig) - 1; i >= 0; i-- {
		h := r.huidig[i]
		if h.ZZP == s.ZZP && h.Leveringsvorm == s.Leveringsvorm && h.Instelling == s.Instelling && h.Ingangsdatum == s.Ingangsdatum {
			return i
		}
	}
	return -1
}

func (r *scenarioRun) step(zk allocation.ZorgkantoorCode, st scenarioStap) (map[string]any, error) {
	v := waitstatus.Verwerking{Zorgkantoor: zk, Ontvangen: st.Ontvangen, Toewijzingsdatum: st.Toewijzingsdatum,
		Toewijzingstijd: st.Toewijzingstijd, Calendar: nl, EindeGemeld: slices.Clone(r.eindeGemeld), Vertaaltabel: r.tabel,
		ToonBeeindigd: r.toonBeeindigd}
	ctx := waitstatus.Context{Dagtekening: st.Dagtekening, Calendar: nl}
	huidig := slices.Clone(r.huidig)
	extra := map[string]any{}
	var re waitstatus.Reactie
	var err error
	switch st.Bericht {
	case "IO31":
		re, err = waitstatus.ReactieIO31(r.ind, waitstatus.IO31Invoer{Verwerking: v, Leveringsvorm: st.Leveringsvorm, Etmalen: st.Etmalen,
			PGB: st.PGB, Percentage: st.Percentage})
	case "AAT":
		re, err = waitstatus.ReactieAAT(r.ind, huidig, waitstatus.AATInvoer{Verwerking: v, Regels: st.Regels,
			Aanvrager: st.Aanvrager, Dossierhouder: st.Dossierhouder, CoordinatorZorgThuis: st.CoordinatorZorgThuis, MetUitloop: st.MetUitloop, PGBOpnieuw: st.PGBOpnieuw})
	case "MUT":
		i := r.find(st.Toewijzing)
		if i < 0 {
			r.t.Fatalf("stap %s: MUT op een onbekende toewijzing", st.Stap)
		}
		o, herr := r.history.AddMutatie(r.lijn[i], st.Mutatie, ctx)
		if herr != nil {
			return nil, herr
		}
		extra["leveringsstatus"] = o.State.Leveringsstatus.Code()
		if st.Mutatie.Code == waitstatus.MUT17 || st.Mutatie.Code == waitstatus.MUT19 {
			r.eindeGemeld = append(r.eindeGemeld, st.Toewijzing)
		}
		switch st.Mutatie.Code {
		case waitstatus.MUT17, waitstatus.MUT19:
			mi := waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: st.Toewijzing,
				Code: st.Mutatie.Code, Mutatiedatum: st.Mutatie.Datum, InstellingBestemming: st.Mutatie.InstellingBestemming}
			if len(st.Regels) > 0 {
				// One AW39 with the MUT and an Aanvraag: one reaction.
				re, err = waitstatus.ReactieMutatieAAT(r.ind, huidig, mi, waitstatus.AATInvoer{Verwerking: v, Regels: st.Regels,
					Aanvrager: st.Aanvrager, Dossierhouder: st.Dossierhouder, CoordinatorZorgThuis: st.CoordinatorZorgThuis, MetUitloop: st.MetUitloop, PGBOpnieuw: st.PGBOpnieuw})
				break
			}
			re, err = waitstatus.ReactieMutatie(r.ind, huidig, mi)
		case waitstatus.MUT21:
			re, err = waitstatus.ReactieMutatie(r.ind, huidig, waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: st.Toewijzing,
				Code: st.Mutatie.Code, Mutatiedatum: st.Mutatie.Datum, InstellingBestemming: st.Mutatie.InstellingBestemming})
		}
		if err == nil && len(st.Regels) > 0 && st.Mutatie.Code != waitstatus.MUT17 && st.Mutatie.Code != waitstatus.MUT19 {
			// A MUT with an Aanvraag in the same AW39: the mutation's
			// lines first, then the aanvraag on the lines that follow.
			if re.StuurtAW33() {
				r.t.Fatalf("stap %s: een MUT met AW33 en een aanvraag in één AW39 wordt niet nagespeeld", st.Stap)
			}
			if err := r.apply(re, ctx); err != nil {
				return nil, err
			}
			re, err = waitstatus.ReactieAAT(r.ind, slices.Clone(r.huidig), waitstatus.AATInvoer{Verwerking: v, Regels: st.Regels,
				Aanvrager: st.Aanvrager, Dossierhouder: st.Dossierhouder, CoordinatorZorgThuis: st.CoordinatorZorgThuis, MetUitloop: st.MetUitloop, PGBOpnieuw: st.PGBOpnieuw})
		}
	case "MAZ":
		i := r.find(st.Toewijzing)
		if i < 0 {
			r.t.Fatalf("stap %s: MAZ op een onbekende toewijzing", st.Stap)
		}
		s, herr := r.history.AddMAZ(r.lijn[i], waitstatus.MAZMelding{Begindatum: st.MAZ.Begindatum,
			Sleuteldatum: st.MAZ.Sleuteldatum, Behandeling: st.MAZ.Behandeling, Volledig: st.MAZ.Volledig}, ctx)
		if herr != nil {
			return nil, herr
		}
		extra["leveringsstatus"] = s.Leveringsstatus.Code()
		re, err = waitstatus.ReactieMAZ(r.ind, huidig, waitstatus.MAZInvoer{Verwerking: v, Toewijzing: st.Toewijzing,
			Begindatum: st.MAZ.Begindatum, Sleuteldatum: st.MAZ.Sleuteldatum, CAK: slices.Clone(r.cak),
			CAKMoment: r.moment, Eerder: slices.Clone(r.maz), CAKDatum: st.CAKDatum})
		r.maz = append(r.maz, waitstatus.EerdereMAZ{Instelling: st.Toewijzing.Instelling, Leveringsvorm: st.Toewijzing.Leveringsvorm,
			Begindatum: st.MAZ.Begindatum, Sleuteldatum: st.MAZ.Sleuteldatum})
	default:
		r.t.Fatalf("stap %s: onbekend bericht %q", st.Stap, st.Bericht)
	}
	if err != nil {
		return nil, err
	}
	if err := r.apply(re, ctx); err != nil {
		return nil, err
	}
	out := reactieValue(re)
	// The casus shows what the zorgkantoor sends: the lines of the AW33.
	regels := []any{}
	for _, x := range re.AW33() {
		m := specValue(x.Toewijzing)
		m["wijziging"] = x.Wijziging.String()
		regels = append(regels, m)
	}
	out["regels"] = regels
	for k, x := range extra {
		out[k] = x
	}
	return out, nil
}

// apply takes the lines of a reaction into the zorgkantoor's picture and
// the client's History: a new line is added, a changed line replaces its
// earlier version (an intrekking or an einde is recorded in the History), a replaced
// line leaves the picture; a CA317 is remembered as a start at the CAK.
func (r *scenarioRun) apply(re waitstatus.Reactie, ctx waitstatus.Context) error {
	for _, x := range re.Vervangen {
		if i := r.find(x); i >= 0 {
			r.huidig = slices.Delete(r.huidig, i, i+1)
			r.lijn = slices.Delete(r.lijn, i, i+1)
		}
	}
	for _, x := range re.Regels {
		s := x.Toewijzing
		switch x.Wijziging {
		case waitstatus.Nieuw:
			z, err := allocation.NewZorgtoewijzing(s, r.ind, allocation.Context{Dagtekening: s.Toewijzingsdatum, Vertaaltabel: r.tabel})
			if err != nil {
				return err
			}
			n, err := r.history.AddLine(z)
			if err != nil {
				return err
			}
			r.huidig, r.lijn = append(r.huidig, s), append(r.lijn, n)
		case waitstatus.Beeindigd, waitstatus.Ingetrokken:
			i := r.find(s)
			if i < 0 {
				r.t.Fatalf("reactie wijzigt een onbekende toewijzing %v", s)
			}
			r.huidig[i] = s
			if x.Wijziging == waitstatus.Ingetrokken {
				if err := r.history.AddIntrekking(r.lijn[i], s.Einddatum, s.RedenIntrekking, ctx); err != nil {
					return err
				}
			} else if ev := r.history.Events(r.lijn[i]); len(ev) == 0 || !ev[len(ev)-1].State.Closed() {
				// Ended by the zorgkantoor (not by the aanbieder's own
				// closing MUT, which the History holds already).
				if err := r.history.AddEinde(r.lijn[i], s.Einddatum, ctx); err != nil {
					return err
				}
			}
		}
	}
	switch m := re.CAK; m.Status {
	case waitstatus.CAKNieuw:
		r.cak = append(r.cak, waitstatus.CAKStart{Leveringsvorm: m.Leveringsvorm, Instelling: m.Instelling, Startdatum: m.Startdatum})
	case waitstatus.CAKGewijzigd:
		for i := range r.cak {
			if r.cak[i].Leveringsvorm == m.Leveringsvorm && r.cak[i].Einddatum.IsZero() {
				r.cak[i].Startdatum = m.Startdatum
			}
		}
	}
	return nil
}
