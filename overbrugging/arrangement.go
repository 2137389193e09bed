package overbrugging

import (
	"encoding/json"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Arrangementsoort says what an arrangement is for: overbrugging while the
// client waits, or extramural care as an alternative to the ZZP. (It is
// not allocation.SoortToewijzing, although the AAT for each has the soort
// of the same name.)
type Arrangementsoort uint8

// The kinds of arrangement.
const (
	// ArrangementOverbrugging: care while the client waits for admission
	// (VZ2013 4.4).
	ArrangementOverbrugging Arrangementsoort = iota + 1
	// ArrangementAlternatief: extramural care as an alternative to the ZZP
	// for a client without opnamewens (VZ2013 4.5), within the regulier
	// budget.
	ArrangementAlternatief
)

// String returns "overbrugging" or "alternatief".
func (s Arrangementsoort) String() string {
	switch s {
	case ArrangementOverbrugging:
		return "overbrugging"
	case ArrangementAlternatief:
		return "alternatief"
	}
	return "Arrangementsoort(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler; a value outside the two
// kinds is an input error ("option").
func (s Arrangementsoort) MarshalText() ([]byte, error) {
	if s != ArrangementOverbrugging && s != ArrangementAlternatief {
		return nil, verdict.One(allocation.InputOption, 0, "Soort", s.String(), "de soort arrangement is overbrugging of alternatief")
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts "overbrugging" and "alternatief".
func (s *Arrangementsoort) UnmarshalText(b []byte) error {
	switch string(b) {
	case "overbrugging":
		*s = ArrangementOverbrugging
	case "alternatief":
		*s = ArrangementAlternatief
	default:
		return verdict.One(allocation.InputOption, 0, "Soort", string(b), "de soort arrangement is overbrugging of alternatief")
	}
	return nil
}

// ArrangementRegel is one function of an arrangement.
type ArrangementRegel struct {
	Functie allocation.Functie `json:"functie"`
	Klasse  allocation.Klasse  `json:"klasse"`
	// Uren, when not zero, are the hours (dagdelen, etmalen) per week
	// actually requested; otherwise the klasse counts by the method. In
	// JSON "uren" may be absent or "": not given.
	Uren allocation.Aantal `json:"uren"`
	// PGB: the function is taken as persoonsgebonden budget, not in natura.
	PGB bool `json:"pgb"`
	// AparteAanvraag: requested on its own in the AAT (VBKD and BH-IND
	// must be, VZ2013 4.4.3).
	AparteAanvraag bool `json:"aparteAanvraag"`
}

// UnmarshalJSON decodes the JSON form of the struct tags, reading "uren"
// with allocation.ParseAantal; an absent or empty "uren" is not given
// (zero), which an allocation.Aantal alone refuses.
func (r *ArrangementRegel) UnmarshalJSON(b []byte) error {
	type plain ArrangementRegel
	var in struct {
		plain
		Uren *string `json:"uren"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	out := ArrangementRegel(in.plain)
	out.Uren = allocation.Aantal{}
	if in.Uren != nil && *in.Uren != "" {
		u, err := allocation.ParseAantal(*in.Uren)
		if err != nil {
			return err
		}
		out.Uren = u
	}
	*r = out
	return nil
}

// Behandeling is a request for behandeling individueel in overbrugging,
// with every condition of VZ2013 4.4.3.
type Behandeling struct {
	ZZPMetBehandeling       bool          `json:"zzpMetBehandeling"` // the geïndiceerde ZZP includes behandeling
	Diagnose                bool          `json:"diagnose"`          // a diagnosis that needs behandeling
	Arts                    bool          `json:"arts"`              // a physician or behandelaar is responsible
	Methodiek               bool          `json:"methodiek"`         // applied by a given method
	ResultaatInZorgleefplan bool          `json:"resultaatInZorgleefplan"`
	GeenZvw                 bool          `json:"geenZvw"`        // not care of the Zorgverzekeringswet
	UrenOnderbouwd          bool          `json:"urenOnderbouwd"` // the hours per week are justified
	Ingangsdatum            calendar.Date `json:"ingangsdatum"`
	Einddatum               calendar.Date `json:"einddatum"` // at most the last day of a looptijd of 6 maanden (TermBehandelingInOverbrugging)
}

// Dagbehandeling is an NZa prestatie of dagbehandeling. Only those of
// VZ2013 4.4.3 may be part of overbrugging.
type Dagbehandeling string

// The dagbehandeling prestaties VZ2013 4.4.3 allows.
const (
	DagbehandelingOuderenSomPg  Dagbehandeling = "ouderen-som-pg"
	DagbehandelingVGEmg         Dagbehandeling = "vg-emg"
	DagbehandelingVGKindMidden  Dagbehandeling = "vg-kind-midden"
	DagbehandelingVGKindZwaar   Dagbehandeling = "vg-kind-zwaar"
	DagbehandelingVGKindEmg     Dagbehandeling = "vg-kind-emg"
	DagbehandelingVGKindGedrag  Dagbehandeling = "vg-kind-gedrag"
	DagbehandelingLGLicht       Dagbehandeling = "lg-licht"
	DagbehandelingLGMidden      Dagbehandeling = "lg-midden"
	DagbehandelingLGZwaar       Dagbehandeling = "lg-zwaar"
	dagbehandelingAllowedSource                = "VZ2013 4.4.3 (dagbehandeling ouderen som en pg; VG emg; VG kind midden, zwaar, emg, gedrag; LG licht, midden, zwaar)"
)

func (d Dagbehandeling) allowed() bool {
	switch d {
	case DagbehandelingOuderenSomPg, DagbehandelingVGEmg, DagbehandelingVGKindMidden, DagbehandelingVGKindZwaar,
		DagbehandelingVGKindEmg, DagbehandelingVGKindGedrag, DagbehandelingLGLicht, DagbehandelingLGMidden, DagbehandelingLGZwaar:
		return true
	}
	return false
}

// Arrangement is the care an AAT requests: functions with klassen, each in
// natura or as PGB, and optionally behandeling and dagbehandeling.
type Arrangement struct {
	// Soort is what the arrangement is for (the JSON key keeps its
	// earlier name, "context").
	Soort          Arrangementsoort   `json:"context"`
	Regels         []ArrangementRegel `json:"regels"`
	Behandeling    *Behandeling       `json:"behandeling"`
	Dagbehandeling []Dagbehandeling   `json:"dagbehandeling"`
}

// Toets is the outcome of a valid arrangement.
type Toets struct {
	Budget allocation.Bedrag // the weekly budget it was checked against
	ZIN    allocation.Bedrag // in natura, within the budget
	PGB    allocation.Bedrag // taken as PGB, within the budget
	// BuitenBudget is kortdurend verblijf (VBKD) and behandeling
	// individueel, which the budget does not count (VZ2013 4.4.3).
	BuitenBudget allocation.Bedrag
}

// CheckArrangement checks arrangement a against the weekly budget b (for
// ArrangementAlternatief, b must be the MethodeRegulier budget) and returns the
// totals, or every violation at once:
//   - "VZ2013 4.2 punt 3": the ZIN exceeds the budget minus what is taken as PGB;
//   - "VZ2013 4.5" (ArrangementAlternatief): a function above the average of its klasse;
//   - "VZ2013 4.4.3": VBKD or behandeling individueel not requested on its own
//     (they are outside the budget);
//   - "VZ2013 4.4.3 behandeling": behandeling individueel without every
//     condition of 4.4.3, or longer than 6 maanden;
//   - "VZ2013 4.4.3 dagbehandeling": a prestatie 4.4.3 does not list;
//   - "VZ2013 Bijlage C werkwijze E": VBKD in overbrugging while a function is PGB;
//   - "VZ2013 Bijlage C werkwijze F": the same for ArrangementAlternatief;
//   - "Tarieven", "Klasse": a line the tariffs or klassen cannot price.
//
// The calendar is required, as everywhere in the package: a nil cal is
// an input error ("missing"), never a reason to skip the 6-maanden rule.
func CheckArrangement(a Arrangement, b Budget, t Tarieven, cal *calendar.Calendar) (Toets, error) {
	var vs allocation.Violations
	if cal == nil {
		verdict.Add(&vs, allocation.InputMissing, 0, "Kalender", "", "de kalender is verplicht")
		return Toets{}, vs
	}
	if a.Soort != ArrangementOverbrugging && a.Soort != ArrangementAlternatief {
		verdict.Add(&vs, allocation.InputOption, 0, "Soort", "", "de soort arrangement is overbrugging of alternatief")
		return Toets{}, vs
	}
	m := b.Methode
	if a.Soort == ArrangementAlternatief && m != MethodeRegulier {
		verdict.Add(&vs, allocation.VZ45, 0, "Methode", m.String(), "extramurale zorg als alternatief past binnen de financiële grens van reguliere overbruggingszorg")
	}
	var zin, pgb, buiten allocation.Bedrag
	var anyPGB, vbkd, behandeling bool
	for i, r := range a.Regels {
		field := "Regels[" + strconv.Itoa(i) + "]"
		ku, err := LookupKlasse(r.Functie, r.Klasse)
		if err != nil {
			vs = append(vs, allocation.AsViolations(err)...)
			continue
		}
		tarief, err := t.tarief(r.Functie)
		if err != nil {
			vs = append(vs, allocation.AsViolations(err)...)
			continue
		}
		h := m.hours(ku)
		if !r.Uren.IsZero() {
			h = r.Uren
			if a.Soort == ArrangementAlternatief && r.Uren.Cmp(ku.Gemiddeld) > 0 {
				verdict.Add(&vs, allocation.VZ45, 0, field+".Uren", r.Uren.String(),
					"extramurale zorg als alternatief is per functie ten hoogste het gemiddelde van de klasse: "+ku.Gemiddeld.String())
			}
		}
		anyPGB = anyPGB || r.PGB
		total := &zin
		switch r.Functie {
		case allocation.FunctieVBTYD, allocation.FunctieBHIND:
			vbkd = vbkd || r.Functie == allocation.FunctieVBTYD
			behandeling = behandeling || r.Functie == allocation.FunctieBHIND
			total = &buiten
			if !r.AparteAanvraag {
				verdict.Add(&vs, allocation.VZ443, 0, field+".AparteAanvraag", r.Functie.Code(),
					"kortdurend verblijf en behandeling individueel tellen niet mee in het budget en worden apart aangevraagd")
			}
		default:
			if r.PGB {
				total = &pgb
			}
		}
		cost, err := tarief.Mul(h)
		if err == nil {
			*total, err = total.Add(cost)
		}
		if err != nil {
			vs = append(vs, allocation.AsViolations(err)...)
		}
	}
	switch {
	case vbkd && anyPGB && a.Soort == ArrangementOverbrugging:
		verdict.Add(&vs, allocation.VZBijlageCWerkwijzeE, 0, "Regels", "71",
			"geen kortdurend verblijf (VBKD) in overbrugging als één of meer overbruggingsfuncties via een PGB worden verzilverd")
	case vbkd && anyPGB && a.Soort == ArrangementAlternatief:
		verdict.Add(&vs, allocation.VZBijlageCWerkwijzeF, 0, "Regels", "71",
			"geen kortdurend verblijf (VBKD) als één of meer alternatief toegewezen functies via een PGB worden verzilverd")
	}
	if behandeling {
		checkBehandeling(&vs, a.Behandeling, cal)
	}
	for i, d := range a.Dagbehandeling {
		if !d.allowed() {
			verdict.Add(&vs, allocation.VZ443Dagbehandeling, 0, "Dagbehandeling["+strconv.Itoa(i)+"]", string(d),
				"dagbehandeling in overbrugging alleen binnen de NZa-prestaties van "+dagbehandelingAllowedSource)
		}
	}
	out := Toets{Budget: b.Totaal, ZIN: zin.RoundCents(), PGB: pgb.RoundCents(), BuitenBudget: buiten.RoundCents()}
	room, err := b.Totaal.Sub(out.PGB)
	if err != nil {
		vs = append(vs, allocation.AsViolations(err)...)
	} else if out.ZIN.Cmp(room) > 0 {
		verdict.Add(&vs, allocation.VZ42Punt3, 0, "ZIN", out.ZIN.String(),
			"de zorg in natura ("+out.ZIN.String()+") past niet in het budget ("+b.Totaal.String()+") min het deel in PGB ("+out.PGB.String()+")")
	}
	if len(vs) > 0 {
		return Toets{}, vs
	}
	return out, nil
}

// checkBehandeling applies the conditions of VZ2013 4.4.3 to behandeling
// individueel; all failures are one violation listing them.
func checkBehandeling(vs *allocation.Violations, b *Behandeling, cal *calendar.Calendar) {
	const rule = allocation.VZ443Behandeling
	if b == nil {
		verdict.Add(vs, rule, 0, "Behandeling", "", "behandeling individueel vraagt een onderbouwde aanvraag met alle voorwaarden van 4.4.3")
		return
	}
	var missing []string
	for _, c := range []struct {
		ok   bool
		name string
	}{
		{b.ZZPMetBehandeling, "het geïndiceerde ZZP omvat behandeling"},
		{b.Diagnose, "er is een diagnose"},
		{b.Arts, "eindverantwoordelijkheid bij een arts/behandelaar"},
		{b.Methodiek, "een methodiek"},
		{b.ResultaatInZorgleefplan, "het resultaat in het zorgleefplan"},
		{b.GeenZvw, "geen Zvw-zorg"},
		{b.UrenOnderbouwd, "de uren per week onderbouwd"},
	} {
		if !c.ok {
			missing = append(missing, c.name)
		}
	}
	if b.Ingangsdatum.IsZero() || b.Einddatum.IsZero() || b.Einddatum.Before(b.Ingangsdatum) {
		missing = append(missing, "een periode met begin en einde")
	} else {
		limit, err := cal.LastDayOf(b.Ingangsdatum, calendar.TermBehandelingInOverbrugging, 0)
		if err != nil || b.Einddatum.After(limit) {
			missing = append(missing, "kortdurend: maximaal 3 tot 6 maanden")
		}
	}
	if len(missing) > 0 {
		msg := "voorwaarden niet vervuld:"
		for i, m := range missing {
			if i > 0 {
				msg += ";"
			}
			msg += " " + m
		}
		verdict.Add(vs, rule, 0, "Behandeling", "", msg)
	}
}
