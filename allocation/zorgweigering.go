package allocation

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// Zorgweigering and zorgbeëindiging (VZ2013 6): a zorgaanbieder may refuse
// care before it starts (zorgweigering, 6.2) or stop care it delivers
// (zorgbeëindiging, 6.3) only on zwaarwegende redenen and only through the
// procedure of 6.4, in which the zorgkantoor decides.

// WeigeringSoort says whether a case is a zorgweigering or a
// zorgbeëindiging (VZ2013 6.2, 6.3). The zero value is absent.
type WeigeringSoort uint8

// The two kinds of case.
const (
	// Weigering: zorg weigeren voordat de zorglevering is begonnen (VZ2013 6.2).
	Weigering WeigeringSoort = iota + 1
	// Beeindiging: ingezette zorg eenzijdig stopzetten terwijl de zorgvraag
	// nog actueel is (VZ2013 6.3).
	Beeindiging
)

var soortNames = [...]struct{ code, name string }{
	Weigering:   {"weigering", "zorgweigering"},
	Beeindiging: {"beeindiging", "zorgbeëindiging"},
}

func (s WeigeringSoort) valid() bool { return s == Weigering || s == Beeindiging }

// String returns the Dutch name ("zorgweigering", "zorgbeëindiging").
func (s WeigeringSoort) String() string {
	if !s.valid() {
		return "WeigeringSoort(" + strconv.Itoa(int(s)) + ")"
	}
	return soortNames[s].name
}

// MarshalText gives the code "weigering" or "beeindiging", and "" for the
// zero value (absent); an unknown value is an error naming VZ2013 6.1.
func (s WeigeringSoort) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.valid() {
		return nil, soortError(s.String())
	}
	return []byte(soortNames[s].code), nil
}

// UnmarshalText reads "weigering" or "beeindiging" (also the Dutch names
// "zorgweigering", "zorgbeëindiging" and "beëindiging"); empty text is the
// zero value (absent), other text a *CodeError naming VZ2013 6.1.
func (s *WeigeringSoort) UnmarshalText(text []byte) error {
	v, err := ParseWeigeringSoort(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseWeigeringSoort reads a WeigeringSoort from its code or Dutch name;
// empty text is the zero value, other text a *CodeError naming VZ2013 6.1.
func ParseWeigeringSoort(s string) (WeigeringSoort, error) {
	switch s {
	case "":
		return 0, nil
	case "weigering", "zorgweigering":
		return Weigering, nil
	case "beeindiging", "beëindiging", "zorgbeëindiging", "zorgbeeindiging":
		return Beeindiging, nil
	}
	return 0, soortError(s)
}

func soortError(input string) *CodeError {
	return &CodeError{List: "VZ2013 6.1", Name: "soort (zorgweigering of zorgbeëindiging)", Input: clipText(input)}
}

// WeigeringGrond is a ground on which a zorgaanbieder refuses or ends
// care: the three reasons of VZ2013 6.2 for a weigering, the examples of
// zwaarwegende redenen of VZ2013 6.3 for a beëindiging. The zero value is
// absent.
type WeigeringGrond uint8

// The grounds of VZ2013 6.2 and 6.3.
const (
	// GrondZwaarwegend: zwaarwegende redenen op grond waarvan de
	// zorgverlening in redelijkheid niet van de zorgaanbieder kan worden
	// gevraagd, bijvoorbeeld eerdere ervaringen met de cliënt (VZ2013 6.1,
	// 6.2 eerste reden). A ground for both kinds: 6.3 gives its reasons as
	// examples of zwaarwegende redenen.
	GrondZwaarwegend WeigeringGrond = iota + 1
	// GrondInstellingsvreemdZZP: een instellingsvreemd ZZP toegewezen en de
	// vereiste kwaliteit van zorg kan niet worden geleverd (VZ2013 6.2).
	GrondInstellingsvreemdZZP
	// GrondDubbeldiagnostiek: uitzonderlijk complexe dubbeldiagnostiek
	// (VZ2013 6.2).
	GrondDubbeldiagnostiek
	// GrondBedreiging: een ernstige mate van bedreiging of intimidatie, door
	// de cliënt of zijn familie, die de persoonlijke veiligheid of vrijheid
	// van de zorgverlener in gevaar brengt (VZ2013 6.3).
	GrondBedreiging
	// GrondVertrouwensrelatie: een onherstelbaar verstoorde
	// vertrouwensrelatie (VZ2013 6.3).
	GrondVertrouwensrelatie
	// GrondHygiene: hygiënische omstandigheden die ernstige
	// gezondheidsrisico's opleveren voor de zorgverlener (VZ2013 6.3).
	GrondHygiene
	// GrondNietNakomen: het niet nakomen van essentiële verplichtingen of
	// regels, ook niet na herhaaldelijk (schriftelijk) aandringen of
	// waarschuwen (VZ2013 6.3).
	GrondNietNakomen
)

var grondNames = [...]struct{ code, name string }{
	GrondZwaarwegend:          {"zwaarwegend", "zwaarwegende redenen"},
	GrondInstellingsvreemdZZP: {"instellingsvreemd-zzp", "instellingsvreemd ZZP"},
	GrondDubbeldiagnostiek:    {"dubbeldiagnostiek", "uitzonderlijk complexe dubbeldiagnostiek"},
	GrondBedreiging:           {"bedreiging", "bedreiging of intimidatie"},
	GrondVertrouwensrelatie:   {"vertrouwensrelatie", "onherstelbaar verstoorde vertrouwensrelatie"},
	GrondHygiene:              {"hygiene", "hygiënische omstandigheden"},
	GrondNietNakomen:          {"niet-nakomen", "niet nakomen van essentiële verplichtingen"},
}

func (g WeigeringGrond) valid() bool { return g >= GrondZwaarwegend && g <= GrondNietNakomen }

// String returns the Dutch name.
func (g WeigeringGrond) String() string {
	if !g.valid() {
		return "WeigeringGrond(" + strconv.Itoa(int(g)) + ")"
	}
	return grondNames[g].name
}

// MarshalText gives the code ("bedreiging"); the zero or an unknown value
// is an error naming VZ2013 6.1.
func (g WeigeringGrond) MarshalText() ([]byte, error) {
	if !g.valid() {
		return nil, grondError(g.String())
	}
	return []byte(grondNames[g].code), nil
}

// UnmarshalText reads a code of ParseWeigeringGrond.
func (g *WeigeringGrond) UnmarshalText(text []byte) error {
	v, err := ParseWeigeringGrond(string(text))
	if err != nil {
		return err
	}
	*g = v
	return nil
}

// ParseWeigeringGrond reads a ground from its code: "zwaarwegend",
// "instellingsvreemd-zzp", "dubbeldiagnostiek", "bedreiging",
// "vertrouwensrelatie", "hygiene" or "niet-nakomen". Any other text, the
// empty text included (a ground is never absent from a list of grounds),
// is a *CodeError naming VZ2013 6.1: care is refused or ended only on the
// grounds the Voorschrift allows.
func ParseWeigeringGrond(s string) (WeigeringGrond, error) {
	for g := GrondZwaarwegend; g <= GrondNietNakomen; g++ {
		if s == grondNames[g].code {
			return g, nil
		}
	}
	return 0, grondError(s)
}

func grondError(input string) *CodeError {
	return &CodeError{List: "VZ2013 6.1", Name: "grond voor zorgweigering of zorgbeëindiging", Input: clipText(input)}
}

// forSoort reports whether the Voorschrift names g for a case of kind s:
// 6.2 lists the three reasons for a weigering; 6.3 gives examples of
// zwaarwegende redenen for a beëindiging, so there GrondZwaarwegend stands
// for a zwaarwegende reden the examples do not name.
func (g WeigeringGrond) forSoort(s WeigeringSoort) bool {
	switch s {
	case Weigering:
		return g == GrondZwaarwegend || g == GrondInstellingsvreemdZZP || g == GrondDubbeldiagnostiek
	case Beeindiging:
		return g == GrondZwaarwegend || (g >= GrondBedreiging && g <= GrondNietNakomen)
	}
	return false
}

// Beslissing is the zorgkantoor's decision on the request (VZ2013 6.4).
// The zero value is absent (no decision yet).
type Beslissing uint8

// The decisions.
const (
	// Toegestaan: the zorgkantoor allows the weigering or the stopzetting
	// (on the conditions it sets).
	Toegestaan Beslissing = iota + 1
	// Afgewezen: the zorgkantoor refuses it; the zorgaanbieder delivers
	// the care.
	Afgewezen
)

func (b Beslissing) valid() bool { return b == Toegestaan || b == Afgewezen }

// String returns "toegestaan" or "afgewezen".
func (b Beslissing) String() string {
	switch b {
	case Toegestaan:
		return "toegestaan"
	case Afgewezen:
		return "afgewezen"
	}
	return "Beslissing(" + strconv.Itoa(int(b)) + ")"
}

// MarshalText gives "toegestaan", "afgewezen", or "" for the zero value;
// an unknown value is an input error ("range").
func (b Beslissing) MarshalText() ([]byte, error) {
	if b == 0 {
		return []byte{}, nil
	}
	if !b.valid() {
		return nil, Violations{{Rule: InputRange.In(0), Field: "Beslissing", Value: b.String(), Message: "de beslissing is toegestaan of afgewezen"}}
	}
	return []byte(b.String()), nil
}

// UnmarshalText reads "toegestaan" or "afgewezen"; empty text is the zero
// value (no decision); other text is an input error ("unreadable").
func (b *Beslissing) UnmarshalText(text []byte) error {
	switch string(text) {
	case "":
		*b = 0
	case "toegestaan":
		*b = Toegestaan
	case "afgewezen":
		*b = Afgewezen
	default:
		return Violations{{Rule: InputUnreadable.In(0), Field: "Beslissing", Value: clipText(string(text)), Message: "de beslissing is toegestaan of afgewezen"}}
	}
	return nil
}

// clipText bounds a value echoed in an error.
func clipText(s string) string {
	const limit = 64
	if len(s) <= limit {
		return s
	}
	return s[:limit] + "…"
}

// ZorgweigeringZaak is one case of zorgweigering or zorgbeëindiging: the
// steps taken so far, each as the day it was taken (zero: not taken). It
// is a plain value with JSON names; CheckZorgweigering judges it.
type ZorgweigeringZaak struct {
	// Soort: Weigering (before care starts) or Beeindiging (after).
	Soort WeigeringSoort `json:"soort"`
	// Gronden are the grounds the zorgaanbieder gives (VZ2013 6.2, 6.3).
	Gronden []WeigeringGrond `json:"gronden"`
	// Zorgstart is the first day this zorgaanbieder delivered the care;
	// zero when care never started (a weigering).
	Zorgstart calendar.Date `json:"zorgstart"`
	// Waarschuwingen are the days the zorgaanbieder warned the client in
	// writing that stopzetting follows if the situation does not change
	// (VZ2013 6.4; for GrondNietNakomen "herhaaldelijk", VZ2013 6.3).
	Waarschuwingen []calendar.Date `json:"waarschuwingen"`
	// MultidisciplinairOverleg is the day the case was discussed with other
	// disciplines or deskundigheidsniveaus, such as an arts or a
	// casemanager (VZ2013 6.4).
	MultidisciplinairOverleg calendar.Date `json:"multidisciplinairOverleg"`
	// AfwegingGroepsbewoners and AfwegingAandoening: the decision weighed
	// the client's interest against the other groepsbewoners', and whether
	// the client's behaviour is (partly) caused by the condition (VZ2013
	// 6.3, for a beëindiging).
	AfwegingGroepsbewoners bool `json:"afwegingGroepsbewoners"`
	AfwegingAandoening     bool `json:"afwegingAandoening"`
	// MededelingClient is the day the zorgaanbieder told the client, in
	// writing and with reasons, of the intended weigering or stopzetting
	// (VZ2013 6.1, 6.4).
	MededelingClient calendar.Date `json:"mededelingClient"`
	// Verzoek is the day the zorgkantoor received the written request (the
	// zorgweigering or the verzoek stopzetting zorg); its terms run from
	// it (VZ2013 6.4).
	Verzoek calendar.Date `json:"verzoek"`
	// DossierBijgevoegd: the request has the dossier attached, showing the
	// circumstances and the steps taken, recorded in the zorgleefplan
	// (VZ2013 6.4).
	DossierBijgevoegd bool `json:"dossierBijgevoegd"`
	// VoorstelContinuiteit: the request has a proposal for how the care
	// continues until the zorgkantoor decides (VZ2013 6.4).
	VoorstelContinuiteit bool `json:"voorstelContinuiteit"`
	// ClientGehoord is the day the zorgkantoor heard the client or the
	// wettelijk vertegenwoordiger (wederhoor, VZ2013 6.4).
	ClientGehoord calendar.Date `json:"clientGehoord"`
	// Besluit is the day of the zorgkantoor's written decision to the
	// zorgaanbieder, Beslissing what it decided (both or neither).
	Besluit    calendar.Date `json:"besluit"`
	Beslissing Beslissing    `json:"beslissing"`
	// BesluitAanClient is the day the zorgaanbieder told the client of the
	// decision (VZ2013 6.4).
	BesluitAanClient calendar.Date `json:"besluitAanClient"`
	// Bezwaar is the day the zorgaanbieder lodged bezwaar against the
	// decision; zero for none (VZ2013 6.4).
	Bezwaar calendar.Date `json:"bezwaar"`
	// ZorgGestopt is the last day this zorgaanbieder delivers the care (a
	// beëindiging), also when it is still planned (after today); zero
	// while no end is set.
	ZorgGestopt calendar.Date `json:"zorgGestopt"`
	// Overdracht is the first day another zorgaanbieder (or another
	// definitive solution) takes the care over, also when still planned
	// (after today); zero for none yet.
	Overdracht calendar.Date `json:"overdracht"`
	// Publiciteit: a party went public about the case (VZ2013 6.4).
	Publiciteit bool `json:"publiciteit"`
}

// ZorgweigeringUitkomst is the verdict on a case as of a day.
type ZorgweigeringUitkomst struct {
	// Houdt: the procedure holds so far, no rule is broken (false in the
	// zero value: nothing was checked).
	Houdt bool
	// Violations lists every broken rule of VZ2013 6, each with its id.
	Violations Violations
	// BesluitUiterlijk is the last day for the zorgkantoor's decision: 1
	// week after receipt of a zorgweigering, 3 weken after receipt of a
	// verzoek stopzetting zorg (calendar.TermZorgweigeringBesluit,
	// calendar.TermStopzettingBesluit); zero without a Verzoek.
	BesluitUiterlijk calendar.Date
	// BezwaarUiterlijk is the last day for the zorgaanbieder's bezwaar, 6
	// weken after the decision (calendar.TermBezwaar); zero without one.
	BezwaarUiterlijk calendar.Date
	// ZorgVoortzetten: the zorgaanbieder keeps delivering the care it
	// started until it is handed over (VZ2013 6.1, 6.4): true for a
	// beëindiging.
	ZorgVoortzetten bool
	// ZorgVoortzettenTot is the last day the care must go on: the day
	// before the Overdracht; zero while no overdracht is set (open).
	ZorgVoortzettenTot calendar.Date
}

// CheckZorgweigering judges case z as of today against chapter 6 of the
// Voorschrift and computes the terms that follow from it with cal (the
// terms are those of calendar's catalogue). Every broken rule is a
// violation in the outcome, citing its section:
//
//   - "VZ2013 6.1": at least one ground (zwaarwegende redenen);
//   - "VZ2013 6.2": a weigering is before care starts, on a ground of 6.2;
//   - "VZ2013 6.3": a beëindiging stops care that started, on a ground of
//     6.3; "VZ2013 6.3 niet nakomen": that ground needs at least two
//     written warnings; "VZ2013 6.3 afwegingen": both weighings recorded;
//   - "VZ2013 6.4 mededeling", "... verzoek", "... dossier", "...
//     waarschuwing" (a beëindiging only), "... multidisciplinair", "...
//     continuiteit": the zorgaanbieder's steps, each on or before the
//     request;
//   - "VZ2013 6.4 wederhoor", "VZ2013 6.4 besluit" (in time, as of today),
//     "VZ2013 6.4 besluit aan client", "VZ2013 6.4 bezwaar" (within 6
//     weken), "VZ2013 6.4 publiciteit";
//   - "VZ2013 6.4 beslissing": care stops only after the zorgkantoor
//     allowed it; "VZ2013 6.1 continuiteit": and only with an overdracht
//     the next day at the latest.
//
// A step that has no term yet to run (no decision and the term not past)
// is open, not broken. Input errors are the error: a nil cal or a zero
// today or Soort ("missing"), an unknown Soort or ground (a *CodeError's
// violation naming "VZ2013 6.1"), a Besluit without Beslissing or the
// reverse ("missing"), an unknown Beslissing or a step dated after today
// ("range"; ZorgGestopt and Overdracht may be planned days after today). A
// step or a term's last day outside cal's years is the calendar's error
// ("out-of-range"), never a guessed date.
func CheckZorgweigering(z ZorgweigeringZaak, cal *calendar.Calendar, today calendar.Date) (ZorgweigeringUitkomst, error) {
	if err := z.checkInput(cal, today); err != nil {
		return ZorgweigeringUitkomst{}, err
	}
	var out ZorgweigeringUitkomst
	var vs Violations
	term := calendar.TermZorgweigeringBesluit
	if z.Soort == Beeindiging {
		term = calendar.TermStopzettingBesluit
	}
	if !z.Verzoek.IsZero() {
		d, err := cal.DeadlineOf(z.Verzoek, term, 0)
		if err != nil {
			return ZorgweigeringUitkomst{}, err
		}
		out.BesluitUiterlijk = d
	}
	if !z.Besluit.IsZero() {
		d, err := cal.DeadlineOf(z.Besluit, calendar.TermBezwaar, 0)
		if err != nil {
			return ZorgweigeringUitkomst{}, err
		}
		out.BezwaarUiterlijk = d
	}
	z.checkGronden(&vs)
	z.checkAanbieder(&vs)
	z.checkZorgkantoor(&vs, out.BesluitUiterlijk, out.BezwaarUiterlijk, today)
	z.checkContinuiteit(&vs)
	if z.Soort == Beeindiging {
		out.ZorgVoortzetten = true
		if !z.Overdracht.IsZero() {
			out.ZorgVoortzettenTot = z.Overdracht.AddDays(-1)
		}
	}
	out.Violations = vs
	out.Houdt = len(vs) == 0
	return out, nil
}

// checkInput refuses what is no case: every input error at once.
func (z *ZorgweigeringZaak) checkInput(cal *calendar.Calendar, today calendar.Date) error {
	var vs Violations
	if cal == nil {
		vs.add(InputMissing, 0, "cal", "", "de werkdagkalender is verplicht")
	}
	if today.IsZero() {
		vs.add(InputMissing, 0, "today", "", "de peildatum (vandaag) is verplicht")
	}
	switch {
	case z.Soort == 0:
		vs.add(InputMissing, 0, "Soort", "", "de soort (zorgweigering of zorgbeëindiging) is verplicht")
	case !z.Soort.valid():
		vs = append(vs, soortError(z.Soort.String()).violation())
	}
	for i, g := range z.Gronden {
		if !g.valid() {
			v := grondError(g.String()).violation()
			v.Field = "Gronden[" + strconv.Itoa(i) + "]"
			vs = append(vs, v)
		}
	}
	switch {
	case !z.Beslissing.valid() && z.Beslissing != 0:
		vs.add(InputRange, 0, "Beslissing", z.Beslissing.String(), "de beslissing is toegestaan of afgewezen")
	case z.Besluit.IsZero() != (z.Beslissing == 0):
		vs.add(InputMissing, 0, "Besluit", z.Besluit.String(), "een besluit heeft een datum en een beslissing (toegestaan of afgewezen), of geen van beide")
	}
	if !today.IsZero() {
		// ZorgGestopt and Overdracht may be planned; every other day is a
		// step taken, so not after today.
		for _, d := range z.dates() {
			if d.day.After(today) && d.field != "ZorgGestopt" && d.field != "Overdracht" {
				vs.add(InputRange, 0, d.field, d.day.String(), "een genomen stap ligt niet na de peildatum "+today.String())
			}
		}
	}
	return vs.err()
}

type namedDate struct {
	field string
	day   calendar.Date
}

// dates lists every day of the case, in field order.
func (z *ZorgweigeringZaak) dates() []namedDate {
	out := []namedDate{{"Zorgstart", z.Zorgstart}}
	for i, w := range z.Waarschuwingen {
		out = append(out, namedDate{"Waarschuwingen[" + strconv.Itoa(i) + "]", w})
	}
	return append(out,
		namedDate{"MultidisciplinairOverleg", z.MultidisciplinairOverleg},
		namedDate{"MededelingClient", z.MededelingClient},
		namedDate{"Verzoek", z.Verzoek},
		namedDate{"ClientGehoord", z.ClientGehoord},
		namedDate{"Besluit", z.Besluit},
		namedDate{"BesluitAanClient", z.BesluitAanClient},
		namedDate{"Bezwaar", z.Bezwaar},
		namedDate{"ZorgGestopt", z.ZorgGestopt},
		namedDate{"Overdracht", z.Overdracht})
}

// checkGronden: the grounds and what makes a case a weigering or a
// beëindiging (VZ2013 6.1, 6.2, 6.3).
func (z *ZorgweigeringZaak) checkGronden(vs *Violations) {
	if len(z.Gronden) == 0 {
		vs.add(VZ61, 0, "Gronden", "", "zorg weigeren of beëindigen kan alleen op grond van zwaarwegende redenen; er is geen grond opgegeven")
	}
	rule, soort := VZ62, "een zorgweigering (VZ2013 6.2)"
	if z.Soort == Beeindiging {
		rule, soort = VZ63, "een zorgbeëindiging (VZ2013 6.3)"
	}
	for i, g := range z.Gronden {
		if !g.forSoort(z.Soort) {
			vs.add(rule, 0, "Gronden["+strconv.Itoa(i)+"]", grondNames[g].code, g.String()+" is geen grond voor "+soort)
		}
	}
	switch z.Soort {
	case Weigering:
		// Care that started before the zorgaanbieder announced or asked
		// is no longer refused but ended.
		if first := firstOf(z.MededelingClient, z.Verzoek); !z.Zorgstart.IsZero() && (first.IsZero() || !z.Zorgstart.After(first)) {
			vs.add(VZ62, 0, "Zorgstart", z.Zorgstart.String(), "zorgweigering is het weigeren van zorg voordat de zorglevering is begonnen; gestarte zorg stoppen is zorgbeëindiging")
		}
		if !z.ZorgGestopt.IsZero() {
			vs.add(VZ62, 0, "ZorgGestopt", z.ZorgGestopt.String(), "bij een zorgweigering is geen zorg geleverd die kan stoppen")
		}
	case Beeindiging:
		if z.Zorgstart.IsZero() {
			vs.add(VZ63, 0, "Zorgstart", "", "zorgbeëindiging stopt ingezette zorg; zonder zorgstart is het een zorgweigering")
		}
		if first := firstOf(z.MededelingClient, z.Verzoek); !z.Zorgstart.IsZero() && !first.IsZero() && first.Before(z.Zorgstart) {
			vs.add(VZ63, 0, "Zorgstart", z.Zorgstart.String(), "de stopzetting is aangekondigd of gevraagd ("+first.String()+") voordat de zorg begon")
		}
		if !z.ZorgGestopt.IsZero() && !z.Zorgstart.IsZero() && z.ZorgGestopt.Before(z.Zorgstart) {
			vs.add(VZ63, 0, "ZorgGestopt", z.ZorgGestopt.String(), "de zorg stopt niet voordat zij begon ("+z.Zorgstart.String()+")")
		}
		if containsGrond(z.Gronden, GrondNietNakomen) {
			if n := len(z.waarschuwingenVoorVerzoek()); n < 2 {
				vs.add(VZ63NietNakomen, 0, "Waarschuwingen", strconv.Itoa(n),
					"niet nakomen van verplichtingen is alleen een grond na herhaaldelijk schriftelijk aandringen of waarschuwen (ten minste twee waarschuwingen vóór het verzoek)")
			}
		}
		if !z.AfwegingGroepsbewoners {
			vs.add(VZ63Afwegingen, 0, "AfwegingGroepsbewoners", "", "de besluitvorming weegt het belang van de cliënt tegen de belangen van andere groepsbewoners")
		}
		if !z.AfwegingAandoening {
			vs.add(VZ63Afwegingen, 0, "AfwegingAandoening", "", "de besluitvorming weegt of het gedrag van de cliënt (mede) door zijn aandoening wordt veroorzaakt")
		}
	}
}

// checkAanbieder: the zorgaanbieder's steps before and with its request
// (VZ2013 6.4).
func (z *ZorgweigeringZaak) checkAanbieder(vs *Violations) {
	switch {
	case z.MededelingClient.IsZero():
		vs.add(VZ64Mededeling, 0, "MededelingClient", "", "de zorgaanbieder doet de cliënt schriftelijk en met redenen omkleed mededeling van de voorgenomen weigering of stopzetting")
	case !z.Verzoek.IsZero() && z.MededelingClient.After(z.Verzoek):
		vs.add(VZ64Mededeling, 0, "MededelingClient", z.MededelingClient.String(), "de mededeling aan de cliënt is tijdig: niet na het verzoek aan het zorgkantoor ("+z.Verzoek.String()+")")
	}
	if z.Verzoek.IsZero() {
		vs.add(VZ64Verzoek, 0, "Verzoek", "", "de zorgaanbieder doet een schriftelijk, met redenen omkleed verzoek aan het zorgkantoor")
	}
	if !z.DossierBijgevoegd {
		vs.add(VZ64Dossier, 0, "DossierBijgevoegd", "", "aan het schriftelijk verzoek is een dossier bijgevoegd met de omstandigheden en de genomen stappen (zorgleefplan)")
	}
	if z.Soort == Beeindiging {
		if len(z.waarschuwingenVoorVerzoek()) == 0 {
			vs.add(VZ64Waarschuwing, 0, "Waarschuwingen", "", "uit het dossier blijkt dat de cliënt ten minste eenmaal schriftelijk is gewaarschuwd dat stopzetting volgt, vóór het verzoek")
		}
		for i, w := range z.Waarschuwingen {
			field := "Waarschuwingen[" + strconv.Itoa(i) + "]"
			switch {
			case w.IsZero():
				vs.add(VZ64Waarschuwing, 0, field, "", "een schriftelijke waarschuwing heeft een datum")
			case !z.Zorgstart.IsZero() && w.Before(z.Zorgstart):
				vs.add(VZ64Waarschuwing, 0, field, w.String(), "de waarschuwing over de stopzetting ligt niet vóór de zorgstart ("+z.Zorgstart.String()+")")
			case !z.Verzoek.IsZero() && w.After(z.Verzoek):
				vs.add(VZ64Waarschuwing, 0, field, w.String(), "de waarschuwing ligt niet na het verzoek ("+z.Verzoek.String()+"): het dossier bij het verzoek toont haar")
			}
		}
	}
	switch {
	case z.MultidisciplinairOverleg.IsZero():
		vs.add(VZ64Multidisciplinair, 0, "MultidisciplinairOverleg", "", "uit het dossier blijkt dat de casus is besproken met andere disciplines of deskundigheidsniveaus (bijvoorbeeld arts of casemanager)")
	case !z.Verzoek.IsZero() && z.MultidisciplinairOverleg.After(z.Verzoek):
		vs.add(VZ64Multidisciplinair, 0, "MultidisciplinairOverleg", z.MultidisciplinairOverleg.String(), "het overleg met andere disciplines ligt niet na het verzoek ("+z.Verzoek.String()+"): het dossier bij het verzoek toont het")
	}
	if !z.VoorstelContinuiteit {
		vs.add(VZ64Continuiteit, 0, "VoorstelContinuiteit", "", "aan het verzoek is een voorstel toegevoegd hoe de continuïteit van de zorg is geregeld tot de beslissing")
	}
}

// checkZorgkantoor: wederhoor, the decision in time, the client told,
// bezwaar in time, no publicity (VZ2013 6.4).
func (z *ZorgweigeringZaak) checkZorgkantoor(vs *Violations, besluitUiterlijk, bezwaarUiterlijk, today calendar.Date) {
	switch {
	case !z.ClientGehoord.IsZero() && !z.Verzoek.IsZero() && z.ClientGehoord.Before(z.Verzoek):
		vs.add(VZ64Wederhoor, 0, "ClientGehoord", z.ClientGehoord.String(), "het zorgkantoor hoort de cliënt over het verzoek, dus niet vóór de ontvangst ervan ("+z.Verzoek.String()+")")
	case !z.Besluit.IsZero() && z.ClientGehoord.IsZero():
		vs.add(VZ64Wederhoor, 0, "ClientGehoord", "", "het zorgkantoor neemt voor wederhoor contact op met de cliënt of diens wettelijk vertegenwoordiger, vóór het besluit")
	case !z.Besluit.IsZero() && z.ClientGehoord.After(z.Besluit):
		vs.add(VZ64Wederhoor, 0, "ClientGehoord", z.ClientGehoord.String(), "de wederhoor gaat aan het besluit ("+z.Besluit.String()+") vooraf")
	}
	wat := "1 week na ontvangst van de zorgweigering"
	if z.Soort == Beeindiging {
		wat = "3 weken na ontvangst van het verzoek stopzetting zorg"
	}
	switch {
	case z.Besluit.IsZero() && !besluitUiterlijk.IsZero() && today.After(besluitUiterlijk):
		vs.add(VZ64Besluit, 0, "Besluit", "", "het zorgkantoor besluit binnen "+wat+", uiterlijk "+besluitUiterlijk.String()+"; op "+today.String()+" is er geen besluit")
	case !z.Besluit.IsZero() && z.Verzoek.IsZero():
		vs.add(VZ64Besluit, 0, "Besluit", z.Besluit.String(), "het zorgkantoor besluit op een verzoek; er is geen verzoek")
	case !z.Besluit.IsZero() && z.Besluit.Before(z.Verzoek):
		vs.add(VZ64Besluit, 0, "Besluit", z.Besluit.String(), "het besluit ligt niet vóór de ontvangst van het verzoek ("+z.Verzoek.String()+")")
	case !z.Besluit.IsZero() && z.Besluit.After(besluitUiterlijk):
		vs.add(VZ64Besluit, 0, "Besluit", z.Besluit.String(), "het zorgkantoor besluit binnen "+wat+", uiterlijk "+besluitUiterlijk.String())
	}
	switch {
	case !z.BesluitAanClient.IsZero() && z.Besluit.IsZero():
		vs.add(VZ64BesluitAanClient, 0, "BesluitAanClient", z.BesluitAanClient.String(), "de zorgaanbieder brengt de cliënt op de hoogte van het besluit; er is nog geen besluit")
	case !z.BesluitAanClient.IsZero() && z.BesluitAanClient.Before(z.Besluit):
		vs.add(VZ64BesluitAanClient, 0, "BesluitAanClient", z.BesluitAanClient.String(), "de zorgaanbieder brengt de cliënt op de hoogte van het besluit, dus niet vóór het besluit ("+z.Besluit.String()+")")
	case z.Beslissing == Toegestaan:
		// The decision takes effect with the end of the care or the
		// overdracht: the client knows it by then.
		effect := firstOf(z.ZorgGestopt, z.Overdracht)
		if !effect.IsZero() && (z.BesluitAanClient.IsZero() || z.BesluitAanClient.After(effect)) {
			vs.add(VZ64BesluitAanClient, 0, "BesluitAanClient", z.BesluitAanClient.String(), "de zorgaanbieder brengt de cliënt op de hoogte van het besluit voordat het wordt uitgevoerd ("+effect.String()+")")
		}
	}
	switch {
	case !z.Bezwaar.IsZero() && z.Besluit.IsZero():
		vs.add(VZ64Bezwaar, 0, "Bezwaar", z.Bezwaar.String(), "bezwaar richt zich tegen het besluit van het zorgkantoor; er is nog geen besluit")
	case !z.Bezwaar.IsZero() && z.Bezwaar.Before(z.Besluit):
		vs.add(VZ64Bezwaar, 0, "Bezwaar", z.Bezwaar.String(), "bezwaar richt zich tegen het besluit van het zorgkantoor en ligt niet vóór het besluit ("+z.Besluit.String()+")")
	case !z.Bezwaar.IsZero() && z.Bezwaar.After(bezwaarUiterlijk):
		vs.add(VZ64Bezwaar, 0, "Bezwaar", z.Bezwaar.String(), "de termijn voor het bezwaarschrift is 6 weken na de formele beslissing, tot en met "+bezwaarUiterlijk.String())
	}
	if z.Publiciteit {
		vs.add(VZ64Publiciteit, 0, "Publiciteit", "ja", "partijen treden niet in de publiciteit met betrekking tot zorgweigering en zorgbeëindiging")
	}
}

// checkContinuiteit: started care stops only when the zorgkantoor allowed
// it, and is handed over without a gap (VZ2013 6.1, 6.4).
func (z *ZorgweigeringZaak) checkContinuiteit(vs *Violations) {
	if z.Soort != Beeindiging || z.ZorgGestopt.IsZero() {
		return
	}
	switch {
	case z.Beslissing != Toegestaan:
		vs.add(VZ64Beslissing, 0, "ZorgGestopt", z.ZorgGestopt.String(), "de beslissing over stopzetting ligt bij het zorgkantoor; het heeft de stopzetting niet toegestaan")
	case z.ZorgGestopt.Before(z.Besluit):
		vs.add(VZ64Beslissing, 0, "ZorgGestopt", z.ZorgGestopt.String(), "de zorg stopt niet vóór het besluit van het zorgkantoor ("+z.Besluit.String()+")")
	}
	if z.Overdracht.IsZero() || z.Overdracht.After(z.ZorgGestopt.AddDays(1)) {
		vs.add(VZ61Continuiteit, 0, "Overdracht", z.Overdracht.String(), "gestarte zorg wordt voortgezet of overgedragen totdat er een definitieve oplossing is: de overdracht volgt uiterlijk de dag na het einde van de zorg ("+z.ZorgGestopt.AddDays(1).String()+")")
	}
}

// waarschuwingenVoorVerzoek returns the written warnings on or before the
// request (all of them while there is none) and after the start of care.
func (z *ZorgweigeringZaak) waarschuwingenVoorVerzoek() []calendar.Date {
	var out []calendar.Date
	for _, w := range z.Waarschuwingen {
		if w.IsZero() || (!z.Verzoek.IsZero() && w.After(z.Verzoek)) || (!z.Zorgstart.IsZero() && w.Before(z.Zorgstart)) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func containsGrond(gs []WeigeringGrond, g WeigeringGrond) bool {
	for _, x := range gs {
		if x == g {
			return true
		}
	}
	return false
}

// firstOf returns the earliest non-zero day, or zero.
func firstOf(days ...calendar.Date) calendar.Date {
	var first calendar.Date
	for _, d := range days {
		if !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}
