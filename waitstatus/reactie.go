package waitstatus

import (
	"slices"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// This file holds the zorgkantoor's reactions: pure functions from an
// incoming message (IO31, an aanvraag aangepaste toewijzing, a MUT, a MAZ)
// and the toewijzingen the zorgkantoor holds to the AW33 lines it sends
// next, who receives them, and whether it reports a start to the CAK
// (CA317). They read no clock: the processing moment is an input.

// Verwerking is the zorgkantoor's processing of one incoming message:
// who processes it, when it arrived and the moment the new toewijzingen
// are set (their Toewijzingsdatum and -tijd: the moment the zorgkantoor
// settles a toewijzing, not the moment it sends it, iWlz-IM 2.2 IV013).
// Every field is required.
type Verwerking struct {
	Zorgkantoor allocation.ZorgkantoorCode
	// Ontvangen is the day the message arrived; the deadline of the
	// reaction counts from it.
	Ontvangen calendar.Date
	// Toewijzingsdatum and Toewijzingstijd are the moment the zorgkantoor
	// settles the reaction; not before Ontvangen.
	Toewijzingsdatum calendar.Date
	Toewijzingstijd  allocation.Tijd
	// Calendar gives the werkdagen of the deadlines.
	Calendar *calendar.Calendar
	// EindeGemeld are the lines whose aanbieder reported the end of care
	// with a MUT17 or MUT19 (matched as in ReactieMutatie). Once such a
	// line ends on or before the Toewijzingsdatum the aanbieder is no
	// longer "bij de zorglevering betrokken" for it (iWlz-IM 2.2 OP087,
	// OP126): the reaction does not carry it and does not send its
	// aanbieder the AW33 for it (casus 13D-1 stap 2 and 4). Nil: every
	// line valid on the Toewijzingsdatum counts (OP087 read literally).
	EindeGemeld []allocation.ToewijzingSpec
	// Vertaaltabel is the zorgkantoor's vertaaltabel, passed to
	// allocation.NewZorgtoewijzing for every line the reaction creates
	// (allocation.Context.Vertaaltabel): with it an AAT for the
	// instellingseigen ZZP of the aanbieder that the table allows for the
	// geïndiceerd ZZP gets a regulier line of that ZZP (VZ2013 4.3.2,
	// Bijlage E; CZ-AAT; iWlz-IM 2.2 casus 07 stap 5-6). Nil: no
	// conversion is known and such a line is refused ("VZ2013 Bijlage A
	// Reguliere zorg").
	Vertaaltabel allocation.Vertalingen
	// ToonBeeindigd: the AW33 also carries the lines the reaction ended
	// without an intrekking (Beeindigd) on or before the
	// Toewijzingsdatum, with their new einddatum and the toewijzingsdatum
	// and -tijd of the reaction, as iWlz-IM 2.2 casus 10B stap 2 shows
	// (the minority reading). False, the default: the AW33 leaves them
	// out, as casus 12, 13B, 13C and 13D-1 show. A line ended after the
	// Toewijzingsdatum is carried either way (OP087; casus 4B stap 2), and
	// Reactie.Regels holds every ended line either way. It is copied to
	// Reactie.ToonBeeindigd (see Reactie.AW33).
	ToonBeeindigd bool
}

// Wijziging says what a reaction did to one AW33 line.
type Wijziging uint8

// The Wijziging values.
const (
	// Ongewijzigd: the line is sent as it was (an AW33 always carries
	// every toewijzing valid on or after its date, iWlz-IM 2.2 OP087).
	Ongewijzigd Wijziging = iota
	// Nieuw: a line the reaction creates.
	Nieuw
	// Beeindigd: an existing line that now ends (its einddatum is set
	// or brought forward) without an intrekking: a new line of the same
	// key takes over, an overbrugging ends the day before the opname an
	// aanvraag names (VZ2013 4.4; iWlz-IM 2.2 casus 4B), or the aanbieder
	// reported the end itself.
	Beeindigd
	// Ingetrokken: an existing line the zorgkantoor withdraws, with a
	// RedenIntrekking and, when known, the InstellingBestemming.
	Ingetrokken
)

var wijzigingNames = [...]string{"ongewijzigd", "nieuw", "beëindigd", "ingetrokken"}

// String returns the Dutch name of the change.
func (w Wijziging) String() string {
	if int(w) < len(wijzigingNames) {
		return wijzigingNames[w]
	}
	return "onbekend"
}

// Taak is work the zorgkantoor must do outside the message traffic.
type Taak uint8

// The Taak values.
const (
	// GeenTaak: nothing beyond the messages.
	GeenTaak Taak = iota
	// ContactClient: no voorkeuraanbieder is known; the zorgkantoor
	// contacts the client to find one (iWlz-IM 2.2 OP088;
	// calendar.TermZorgkantoorContactGeenVoorkeur).
	ContactClient
)

// Regel is one AW33 ToegewezenZorgzwaartepakket line of a reaction.
type Regel struct {
	Toewijzing allocation.ToewijzingSpec
	Wijziging  Wijziging
	// Source cites the rule that made the change (empty for Ongewijzigd).
	Source string
}

// CAKStatus is the status aanlevering of a CA317 berichtklasse.
type CAKStatus uint8

// The CAKStatus values (the status aanlevering of the CA317; 2 is
// allowed only towards the CAK, iWlz-IM 2.2 OP033x2).
const (
	// CAKGeen: no CA317.
	CAKGeen CAKStatus = iota
	// CAKNieuw: a new melding aanvang zorg (status aanlevering 1).
	CAKNieuw
	// CAKGewijzigd: the start already reported changes (status
	// aanlevering 2): an earlier startdatum of the same leveringsvorm.
	CAKGewijzigd
)

// CAKStart is a start of care the zorgkantoor has reported to the CAK
// (a CA317 sent earlier for the client).
type CAKStart struct {
	Leveringsvorm allocation.Leveringsvorm `json:"leveringsvorm"`
	Instelling    allocation.AGBCode       `json:"instelling"`
	Startdatum    calendar.Date            `json:"startdatum"`
	Einddatum     calendar.Date            `json:"einddatum"` // zero: still running
}

// CAKMelding is the zorgkantoor's decision on a CA317 melding aanvang
// zorg to the CAK (the start of the eigen bijdrage).
type CAKMelding struct {
	Status        CAKStatus
	Leveringsvorm allocation.Leveringsvorm
	Instelling    allocation.AGBCode
	// Startdatum is the Sleuteldatum when there is one, otherwise the
	// Begindatum; with several aanbieders in one leveringsvorm the
	// earliest (iWlz-IM 2.2 IV050, OP074).
	Startdatum calendar.Date
	// Datum is the day the zorgkantoor sends it: the processing day ("zo
	// spoedig mogelijk", iWlz-IM 2.2 OP074; the Rlz terms that bound it
	// are not in the sources this library holds), or MAZInvoer.CAKDatum.
	Datum  calendar.Date
	Source string
}

// Reactie is what the zorgkantoor sends after one incoming message.
type Reactie struct {
	// Regels is the whole picture: every toewijzing of the indicatie that
	// is valid on or after the Toewijzingsdatum, and every line the
	// reaction changed (iWlz-IM 2.2 OP087). Empty when nothing changed;
	// it holds the changed lines also when no aanbieder receives them (a
	// MUT19 on the sender's only line), so the caller can update its state.
	Regels []Regel
	// Vervangen are the lines a new line with the same key replaces
	// (the most recent toewijzingsdatum and -tijd counts, iWlz-IM 2.2
	// OP033x1, IV013); they are not sent again.
	Vervangen []allocation.ToewijzingSpec
	// Ontvangers are the aanbieders that receive the AW33, each the whole
	// picture (iWlz-IM 2.2 OP087), sorted; none when no AW33 follows.
	Ontvangers []allocation.AGBCode
	// Uiterlijk is the last day to send the AW33 (or to contact the
	// client); zero when nothing is sent.
	Uiterlijk calendar.Date
	Taak      Taak
	CAK       CAKMelding
	// ToonBeeindigd is Verwerking.ToonBeeindigd of the processing: AW33
	// then carries the Beeindigd lines too.
	ToonBeeindigd bool
}

// StuurtAW33 reports whether the reaction sends an AW33 to anyone.
func (r Reactie) StuurtAW33() bool { return len(r.Ontvangers) > 0 }

// AW33 returns the lines the AW33 carries (a copy; none when no AW33
// follows): the Regels without the lines the reaction ended without an
// intrekking (Beeindigd) on or before its toewijzingsdatum. Those the
// zorgkantoor does not send: after a MUT the aanbieder reported the end
// itself and no intrekking follows (iWlz-IM 2.2 OP126; casus 03B-2,
// 06B-2, 07 stap 6, 13D-1 stap 2), and a line that a new line of the
// same key follows up is ended "op basis van de nieuwe toewijzing" (casus
// 13C stap 2; casus 12 and 13B send only the new line). Regels keeps
// them, with their einddatum, for the caller's own administration. A
// Beeindigd line that ends after the toewijzingsdatum is still valid
// after the day of the AW33, which carries every such toewijzing (OP087),
// and is sent with its new einddatum (casus 4B stap 2: the lines ended on
// 1 juli in the AW33 of 26 juni). With r.ToonBeeindigd
// (Verwerking.ToonBeeindigd) the AW33 carries every line of Regels, also
// those ended earlier (casus 10B stap 2: the lines ended on 31 mei in the
// AW33 of 5 juni).
func (r Reactie) AW33() []Regel {
	if !r.StuurtAW33() {
		return nil
	}
	out := make([]Regel, 0, len(r.Regels))
	for _, x := range r.Regels {
		if x.Wijziging != Beeindigd || r.ToonBeeindigd || x.Toewijzing.Einddatum.After(x.Toewijzing.Toewijzingsdatum) {
			out = append(out, x)
		}
	}
	return out
}

// check validates the processing and returns the release that judges it.
func (v *Verwerking) check(vs *allocation.Violations) allocation.Release {
	if v.Zorgkantoor == 0 {
		verdict.Add(vs, allocation.InputMissing, 0, "Zorgkantoor", "", "het zorgkantoor dat de toewijzing afgeeft ontbreekt")
	}
	if v.Calendar == nil {
		verdict.Add(vs, allocation.InputMissing, 0, "Calendar", "", "de werkdagkalender ontbreekt")
	}
	if v.Toewijzingstijd.IsZero() {
		verdict.Add(vs, allocation.InputMissing, 0, "Toewijzingstijd", "", "de toewijzingstijd ontbreekt (iWlz-IM 2.2 IV013)")
	}
	if v.Ontvangen.IsZero() || v.Toewijzingsdatum.IsZero() {
		verdict.Add(vs, allocation.InputMissing, 0, "Toewijzingsdatum", "", "de ontvangstdatum en de toewijzingsdatum zijn verplicht")
		return 0
	}
	if v.Toewijzingsdatum.Before(v.Ontvangen) {
		verdict.Add(vs, allocation.InputOption, 0, "Toewijzingsdatum", v.Toewijzingsdatum.String(), "de toewijzingsdatum ligt voor de ontvangst van het bericht ("+v.Ontvangen.String()+")")
	}
	rel, err := allocation.Judged(0, v.Toewijzingsdatum)
	if err != nil {
		verdict.Add(vs, allocation.InputOption, 0, "Toewijzingsdatum", v.Toewijzingsdatum.String(), "geen release van de tabel op deze datum")
	}
	return rel
}

func (v *Verwerking) stamp(s *allocation.ToewijzingSpec) {
	s.Toewijzingsdatum, s.Toewijzingstijd = v.Toewijzingsdatum, v.Toewijzingstijd
}

func (v *Verwerking) deadline(id calendar.TermID, vs *allocation.Violations) calendar.Date {
	d, err := v.Calendar.DeadlineOf(v.Ontvangen, id, 0)
	if err != nil {
		verdict.Add(vs, allocation.InputOption, 0, "Ontvangen", v.Ontvangen.String(), err.Error())
	}
	return d
}

// picture collects the lines of a reaction.
type picture struct {
	regels    []Regel
	vervangen []allocation.ToewijzingSpec
}

func newPicture(huidig []allocation.ToewijzingSpec) *picture {
	p := &picture{regels: make([]Regel, len(huidig))}
	for i, s := range huidig {
		p.regels[i] = Regel{Toewijzing: s}
	}
	return p
}

// end sets the einddatum of line i: never before its ingangsdatum (a
// line that never started ends on its ingangsdatum, iWlz-IM 2.2 OP151x1).
func (p *picture) end(i int, einddatum calendar.Date, w Wijziging, v *Verwerking, src string) {
	r := &p.regels[i]
	if einddatum.Before(r.Toewijzing.Ingangsdatum) {
		einddatum = r.Toewijzing.Ingangsdatum
	}
	r.Toewijzing.Einddatum, r.Wijziging, r.Source = einddatum, w, src
	v.stamp(&r.Toewijzing)
}

// reactie builds the Reactie: the lines valid on or after the
// toewijzingsdatum or changed now, and their aanbieders as recipients
// (iWlz-IM 2.2 OP087). skip is an aanbieder that gets no AW33 unless it
// still holds a line (iWlz-IM 2.2 OP126).
func (p *picture) reactie(v *Verwerking, skip allocation.AGBCode) Reactie {
	changed := len(p.vervangen) > 0
	for _, r := range p.regels {
		changed = changed || r.Wijziging != Ongewijzigd
	}
	if !changed {
		return Reactie{}
	}
	var out Reactie
	for _, r := range p.regels {
		open := r.Toewijzing.Einddatum.IsZero() || !r.Toewijzing.Einddatum.Before(v.Toewijzingsdatum)
		if !open && r.Wijziging == Ongewijzigd {
			continue
		}
		if r.Wijziging == Ongewijzigd && !r.Toewijzing.Einddatum.IsZero() && !r.Toewijzing.Einddatum.After(v.Toewijzingsdatum) &&
			findLine(v.EindeGemeld, &r.Toewijzing) >= 0 {
			// The aanbieder reported the end itself (casus 13D-1).
			continue
		}
		out.Regels = append(out.Regels, r)
		a := r.Toewijzing.Instelling
		if a.IsZero() || (a == skip && !open) || (a == skip && r.Wijziging == Beeindigd) {
			continue
		}
		if !slices.Contains(out.Ontvangers, a) {
			out.Ontvangers = append(out.Ontvangers, a)
		}
	}
	slices.SortFunc(out.Ontvangers, func(a, b allocation.AGBCode) int {
		as, bs := a.String(), b.String()
		switch {
		case as < bs:
			return -1
		case as > bs:
			return 1
		}
		return 0
	})
	out.Vervangen = slices.Clone(p.vervangen)
	out.ToonBeeindigd = v.ToonBeeindigd
	return out
}

// sameKey is the key of TR106: the same ZZP, leveringsvorm and soort for
// the same aanbieder may not overlap.
func sameKey(a, b *allocation.ToewijzingSpec) bool {
	return a.ZZP == b.ZZP && a.Leveringsvorm == b.Leveringsvorm && a.Soort == b.Soort && a.Instelling == b.Instelling
}

// validOnOrAfter reports whether s is valid on d or later.
func validOnOrAfter(s *allocation.ToewijzingSpec, d calendar.Date) bool {
	return s.Einddatum.IsZero() || !s.Einddatum.Before(d)
}

// checkLine validates a new line against the indicatie under the release
// of the toewijzingsdatum and adds its violations, prefixed.
func checkLine(vs *allocation.Violations, s allocation.ToewijzingSpec, ind allocation.Indicatie, v *Verwerking, field string) {
	if _, err := allocation.NewZorgtoewijzing(s, ind, allocation.Context{Dagtekening: v.Toewijzingsdatum, Vertaaltabel: v.Vertaaltabel}); err != nil {
		for _, x := range allocation.AsViolations(err) {
			x.Field = field + "." + x.Field
			*vs = append(*vs, x)
		}
	}
}

func requireIndicatie(vs *allocation.Violations, ind allocation.Indicatie) {
	if ind.IsZero() {
		verdict.Add(vs, allocation.InputMissing, 0, "Indicatie", "", "het indicatiebesluit ontbreekt (allocation.NewIndicatie)")
	}
}
