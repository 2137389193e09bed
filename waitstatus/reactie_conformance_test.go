package waitstatus_test

import (
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// reactieIn is the input of op "reactie" (testdata/conformance/reacties.json):
// the message the zorgkantoor processes, the indicatie and the current lines.
type reactieIn struct {
	Bericht    string                      `json:"bericht"` // IO31, AAT, MUT, MAZ
	Indicatie  allocation.IndicatieSpec    `json:"indicatie"`
	Huidig     []allocation.ToewijzingSpec `json:"huidig"`
	Verwerking struct {
		Zorgkantoor      allocation.ZorgkantoorCode `json:"zorgkantoor"`
		Ontvangen        calendar.Date              `json:"ontvangen"`
		Toewijzingsdatum calendar.Date              `json:"toewijzingsdatum"`
		Toewijzingstijd  allocation.Tijd            `json:"toewijzingstijd"`
	} `json:"verwerking"`
	Leveringsvorm        allocation.Leveringsvorm  `json:"leveringsvorm"`
	Etmalen              allocation.Etmalen        `json:"etmalen"`
	Regels               []waitstatus.AATRegel     `json:"regels"`
	Aanvrager            allocation.AGBCode        `json:"aanvrager"`
	Dossierhouder        allocation.AGBCode        `json:"dossierhouder"`
	CoordinatorZorgThuis allocation.AGBCode        `json:"coordinatorZorgThuis"`
	MetUitloop           bool                      `json:"metUitloop"`
	Toewijzing           allocation.ToewijzingSpec `json:"toewijzing"`
	Mutatiecode          waitstatus.Mutatiecode    `json:"mutatiecode"`
	Mutatiedatum         calendar.Date             `json:"mutatiedatum"`
	InstellingBestemming allocation.AGBCode        `json:"instellingBestemming"`
	Begindatum           calendar.Date             `json:"begindatum"`
	Sleuteldatum         calendar.Date             `json:"sleuteldatum"`
	CAK                  []waitstatus.CAKStart     `json:"cak"`
	// PGB and Percentage are the IO31Invoer options, PGBOpnieuw the
	// AATInvoer option (testdata/conformance/pgb-combinatie.json).
	PGB        bool                  `json:"pgb"`
	Percentage allocation.Percentage `json:"percentage"`
	PGBOpnieuw bool                  `json:"pgbOpnieuw"`
	// ToonBeeindigd is the Verwerking option; AW33 adds the lines
	// Reactie.AW33 returns to the value as "aw33"
	// (testdata/conformance/aw33-beeindigd.json).
	ToonBeeindigd bool `json:"toonBeeindigd"`
	AW33          bool `json:"aw33"`
}

func runReactie(t *testing.T, in reactieIn) (any, error) {
	t.Helper()
	ind, err := allocation.NewIndicatie(in.Indicatie, allocation.Context{Dagtekening: in.Indicatie.Afgiftedatum})
	if err != nil {
		t.Fatalf("fixture indicatie: %v", err)
	}
	v := waitstatus.Verwerking{Zorgkantoor: in.Verwerking.Zorgkantoor, Ontvangen: in.Verwerking.Ontvangen,
		Toewijzingsdatum: in.Verwerking.Toewijzingsdatum, Toewijzingstijd: in.Verwerking.Toewijzingstijd, Calendar: nl,
		ToonBeeindigd: in.ToonBeeindigd}
	var r waitstatus.Reactie
	switch in.Bericht {
	case "IO31":
		r, err = waitstatus.ReactieIO31(ind, waitstatus.IO31Invoer{Verwerking: v, Leveringsvorm: in.Leveringsvorm, Etmalen: in.Etmalen,
			PGB: in.PGB, Percentage: in.Percentage})
	case "AAT":
		r, err = waitstatus.ReactieAAT(ind, in.Huidig, waitstatus.AATInvoer{Verwerking: v, Regels: in.Regels,
			Aanvrager: in.Aanvrager, Dossierhouder: in.Dossierhouder, CoordinatorZorgThuis: in.CoordinatorZorgThuis, MetUitloop: in.MetUitloop,
			PGBOpnieuw: in.PGBOpnieuw})
	case "MUT":
		r, err = waitstatus.ReactieMutatie(ind, in.Huidig, waitstatus.MutatieInvoer{Verwerking: v, Toewijzing: in.Toewijzing,
			Code: in.Mutatiecode, Mutatiedatum: in.Mutatiedatum, InstellingBestemming: in.InstellingBestemming})
	case "MAZ":
		r, err = waitstatus.ReactieMAZ(ind, in.Huidig, waitstatus.MAZInvoer{Verwerking: v, Toewijzing: in.Toewijzing,
			Begindatum: in.Begindatum, Sleuteldatum: in.Sleuteldatum, CAK: in.CAK})
	default:
		t.Fatalf("unknown bericht %q", in.Bericht)
	}
	if err != nil {
		return nil, err
	}
	out := reactieValue(r)
	if in.AW33 {
		aw33 := []any{}
		for _, x := range r.AW33() {
			m := specValue(x.Toewijzing)
			m["wijziging"] = x.Wijziging.String()
			aw33 = append(aw33, m)
		}
		out["aw33"] = aw33
	}
	return out, nil
}

// reactieValue is the JSON form of a Reactie in the conformance data:
// every line with its non-empty fields and its change.
func reactieValue(r waitstatus.Reactie) map[string]any {
	regels := []any{}
	for _, x := range r.Regels {
		m := specValue(x.Toewijzing)
		m["wijziging"] = x.Wijziging.String()
		regels = append(regels, m)
	}
	out := map[string]any{"regels": regels, "ontvangers": texts(r.Ontvangers)}
	if len(r.Vervangen) > 0 {
		var vv []any
		for _, s := range r.Vervangen {
			vv = append(vv, specValue(s))
		}
		out["vervangen"] = vv
	}
	if !r.Uiterlijk.IsZero() {
		out["uiterlijk"] = r.Uiterlijk.String()
	}
	if r.Taak == waitstatus.ContactClient {
		out["taak"] = "contact-client"
	}
	switch r.CAK.Status {
	case waitstatus.CAKNieuw, waitstatus.CAKGewijzigd:
		st := map[waitstatus.CAKStatus]string{waitstatus.CAKNieuw: "1", waitstatus.CAKGewijzigd: "2"}[r.CAK.Status]
		out["ca317"] = map[string]any{"statusAanlevering": st, "leveringsvorm": r.CAK.Leveringsvorm.Code(),
			"startdatum": r.CAK.Startdatum.String(), "datum": r.CAK.Datum.String()}
	}
	return out
}

func texts[T interface{ MarshalText() ([]byte, error) }](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		b, _ := x.MarshalText()
		out = append(out, string(b))
	}
	return out
}

func specValue(s allocation.ToewijzingSpec) map[string]any {
	m := map[string]any{}
	put := func(k string, zero bool, x interface{ MarshalText() ([]byte, error) }) {
		if !zero {
			b, _ := x.MarshalText()
			m[k] = string(b)
		}
	}
	put("zzp", s.ZZP == 0, s.ZZP)
	put("instelling", s.Instelling.IsZero(), s.Instelling)
	put("zorgkantoor", s.Zorgkantoor == 0, s.Zorgkantoor)
	put("soort", s.Soort == 0, s.Soort)
	put("leveringsvorm", s.Leveringsvorm == 0, s.Leveringsvorm)
	put("percentage", s.Percentage.IsZero(), s.Percentage)
	put("ingangsdatum", s.Ingangsdatum.IsZero(), s.Ingangsdatum)
	put("einddatum", s.Einddatum.IsZero(), s.Einddatum)
	put("toewijzingsdatum", s.Toewijzingsdatum.IsZero(), s.Toewijzingsdatum)
	put("toewijzingstijd", s.Toewijzingstijd.IsZero(), s.Toewijzingstijd)
	put("redenIntrekking", s.RedenIntrekking == 0, s.RedenIntrekking)
	put("instellingBestemming", s.InstellingBestemming.IsZero(), s.InstellingBestemming)
	put("dossierhouder", s.Dossierhouder.IsZero(), s.Dossierhouder)
	put("coordinatorZorgThuis", s.CoordinatorZorgThuis.IsZero(), s.CoordinatorZorgThuis)
	put("opname", s.Opname == 0, s.Opname)
	put("etmalen", s.Etmalen == 0, s.Etmalen)
	put("klasse", s.Klasse == 0, s.Klasse)
	return m
}
