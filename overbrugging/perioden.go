package overbrugging

import (
	"errors"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// RegulierAanvraag is a request for reguliere overbruggingszorg.
type RegulierAanvraag struct {
	// Indicatie is the period of the current indicatiebesluit: regulier
	// overbrugging may cover all of it and nothing beyond (VZ2013 4.4.1).
	Indicatie calendar.Period
	// ZZPToewijzingsdatum is the toewijzingsdatum of the ZZP toewijzing;
	// ZZPEinddatum its einddatum (zero: open) — the maximum ED of the
	// overbrugging when the care stays within the ZZP budget (Bijlage D).
	ZZPToewijzingsdatum, ZZPEinddatum calendar.Date
	Aanvraagdatum                     calendar.Date
	// StatusOnbekend: the leveringsstatus cannot be set yet, so 10
	// werkdagen apply instead of 5 (iWlz OP182).
	StatusOnbekend bool
	// Periode is the requested period (open end allowed).
	Periode calendar.Period
}

// RegulierVoor fills a request from the indicatie and the ZZP toewijzing.
func RegulierVoor(ind allocation.Indicatie, zzp allocation.Zorgtoewijzing, aanvraagdatum calendar.Date, periode calendar.Period) RegulierAanvraag {
	return RegulierAanvraag{Indicatie: ind.Period(), ZZPToewijzingsdatum: zzp.Toewijzingsdatum(), ZZPEinddatum: zzp.Period().End(),
		Aanvraagdatum: aanvraagdatum, Periode: periode}
}

// CheckRegulier checks a request for reguliere overbruggingszorg and
// returns the last day it could be requested: the 5th werkdag after the ZZP
// toewijzing (calendar.TermOverbruggingAanvraag, VZ2013 4.4.1), the 10th
// when the status cannot be set yet (TermOverbruggingAanvraagStatusOnbekend,
// OP182). Violations: a later request ("VZ2013 4.4.1", or "OP182"); a
// period outside the indicatiebesluit ("VZ2013 4.4.1"); an einddatum after
// the ZZP's ("VZ2013 Bijlage D": ED = max. ED van het ZZP).
//
// VZ2013 4.4.1 calls the 5 werkdagen an "uitgangspunt": a later request
// is a warning ("VZ2013 4.4.1 termijn", severity allocation.Waarschuwing),
// not a violation, and the request stays valid. When the only findings
// are warnings, CheckRegulier returns the date together with them: the
// error then matches allocation.ErrWaarschuwing and not
// allocation.ErrInvalid, so a caller tells the two apart with errors.Is.
// OP182's 10 werkdagen (status onbekend) are a hard rule of iWlz.
func CheckRegulier(a RegulierAanvraag, cal *calendar.Calendar) (calendar.Date, error) {
	var vs allocation.Violations
	if cal == nil || a.ZZPToewijzingsdatum.IsZero() || a.Aanvraagdatum.IsZero() || a.Periode.IsZero() || a.Indicatie.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Aanvraag", "", "kalender, toewijzingsdatum, aanvraagdatum, periode en indicatie zijn verplicht")
		return calendar.Date{}, vs
	}
	term, rule := calendar.TermOverbruggingAanvraag, allocation.VZ441Termijn // an uitgangspunt: a warning
	if a.StatusOnbekend {
		term, rule = calendar.TermOverbruggingAanvraagStatusOnbekend, allocation.OP182
	}
	uiterlijk, err := cal.DeadlineOf(a.ZZPToewijzingsdatum, term, 0)
	if err != nil {
		return calendar.Date{}, err
	}
	if a.Aanvraagdatum.After(uiterlijk) {
		verdict.Add(&vs, rule, 0, "Aanvraagdatum", a.Aanvraagdatum.String(), "overbruggingszorg wordt uiterlijk "+uiterlijk.String()+" aangevraagd")
	}
	if !a.Indicatie.ContainsPeriod(a.Periode) {
		verdict.Add(&vs, allocation.VZ441, 0, "Periode", a.Periode.String(),
			"reguliere overbruggingszorg kan voor de looptijd van het indicatiebesluit ("+a.Indicatie.String()+") en niet daarbuiten")
	}
	if !a.ZZPEinddatum.IsZero() && (a.Periode.IsOpen() || a.Periode.End().After(a.ZZPEinddatum)) {
		verdict.Add(&vs, allocation.VZBijlageD, 0, "Einddatum", a.Periode.End().String(),
			"de einddatum is ten hoogste de einddatum van het ZZP, "+a.ZZPEinddatum.String())
	}
	switch {
	case len(vs) == 0:
		return uiterlijk, nil
	case !errors.Is(vs, allocation.ErrInvalid):
		return uiterlijk, vs // warnings only: the request is valid
	}
	return calendar.Date{}, vs
}

// UitloopAanvraag is a request for overbruggingszorg met uitloop.
type UitloopAanvraag struct {
	Periode calendar.Period // must have an einddatum
	// OpnameBinnen3Maanden: the client needs admission within 3 maanden,
	// the only case met uitloop is for.
	OpnameBinnen3Maanden bool
	// Verlengingen is 0, or 1 for the one extension of at most 3 maanden.
	Verlengingen int
	// ExtraBudget above met uitloop needs the zorgkantoor's prior consent.
	ExtraBudget, ToestemmingZorgkantoor bool
}

// UitloopUitkomst is the outcome of a valid request met uitloop.
type UitloopUitkomst struct {
	// Uiterlijk is the latest einddatum: the last day of a looptijd of 3
	// maanden from the ingangsdatum (from 2016-01-01 up to 2016-03-31), or
	// with the extension the last day of 3 more from the day after.
	Uiterlijk calendar.Date
	// DaarnaRegulierVanaf is the day the budget falls back to regulier.
	DaarnaRegulierVanaf calendar.Date
}

// CheckMetUitloop checks a request met uitloop (VZ2013 4.4.2,
// calendar.TermOverbruggingMetUitloop): only for a client who needs
// admission within 3 maanden, for at most 3 maanden with one extension of
// at most 3; after it the regulier budget applies again. Violations:
// "VZ2013 4.4.2", and "VZ2013 4.4.2 extra budget" for extra budget without
// the zorgkantoor's prior consent.
func CheckMetUitloop(a UitloopAanvraag, cal *calendar.Calendar) (UitloopUitkomst, error) {
	var vs allocation.Violations
	if cal == nil || a.Periode.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Periode", "", "kalender en periode zijn verplicht")
		return UitloopUitkomst{}, vs
	}
	if !a.OpnameBinnen3Maanden {
		verdict.Add(&vs, allocation.VZ442, 0, "OpnameBinnen3Maanden", "nee", "overbrugging met uitloop is er alleen voor cliënten met de noodzaak tot opname binnen 3 maanden")
	}
	n := a.Verlengingen
	if n < 0 || n > 1 {
		verdict.Add(&vs, allocation.VZ442, 0, "Verlengingen", strconv.Itoa(n), "eenmalig verlenging met maximaal 3 maanden")
		n = 1
	}
	uiterlijk, err := cal.LastDayOf(a.Periode.Start(), calendar.TermOverbruggingMetUitloop, n)
	if err != nil {
		return UitloopUitkomst{}, err
	}
	if a.Periode.IsOpen() || a.Periode.End().After(uiterlijk) {
		verdict.Add(&vs, allocation.VZ442, 0, "Einddatum", a.Periode.End().String(), "met uitloop loopt ten hoogste tot "+uiterlijk.String())
	}
	if a.ExtraBudget && !a.ToestemmingZorgkantoor {
		verdict.Add(&vs, allocation.VZ442ExtraBudget, 0, "ExtraBudget", "ja", "extra budget boven overbruggingszorg met uitloop alleen met voorafgaande toestemming van het zorgkantoor")
	}
	if len(vs) > 0 {
		return UitloopUitkomst{}, vs
	}
	return UitloopUitkomst{Uiterlijk: uiterlijk, DaarnaRegulierVanaf: a.Periode.End().AddDays(1)}, nil
}

// RegelzorgAanvraag is a request for regelzorg: the extramural provider
// continues care after a herindicatie to intramural care elsewhere.
type RegelzorgAanvraag struct {
	NieuwBesluitIngang          calendar.Date // ingangsdatum of the new indicatiebesluit
	IntramuraleToewijzingsdatum calendar.Date
	Periode                     calendar.Period
}

// RegelzorgUitkomst is the outcome of a valid regelzorg request.
type RegelzorgUitkomst struct {
	Uiterlijk calendar.Date // the 5th werkdag after the intramural toewijzing
	Dagen     int           // calendar days of the period
}

// CheckRegelzorg checks regelzorg (VZ2013 4.4.4, calendar.TermRegelzorg):
// it starts on the ingangsdatum of the new besluit and lasts until at most
// 5 werkdagen after the intramural toewijzing — longer than 5 werkdagen
// when the besluit was given with retroactive effect. Violations "VZ2013 4.4.4".
func CheckRegelzorg(a RegelzorgAanvraag, cal *calendar.Calendar) (RegelzorgUitkomst, error) {
	var vs allocation.Violations
	if cal == nil || a.NieuwBesluitIngang.IsZero() || a.IntramuraleToewijzingsdatum.IsZero() || a.Periode.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Aanvraag", "", "kalender, ingangsdatum besluit, toewijzingsdatum en periode zijn verplicht")
		return RegelzorgUitkomst{}, vs
	}
	uiterlijk, err := cal.DeadlineOf(a.IntramuraleToewijzingsdatum, calendar.TermRegelzorg, 0)
	if err != nil {
		return RegelzorgUitkomst{}, err
	}
	if a.Periode.Start() != a.NieuwBesluitIngang {
		verdict.Add(&vs, allocation.VZ444, 0, "Ingangsdatum", a.Periode.Start().String(), "regelzorg gaat in per de ingangsdatum van het nieuwe indicatiebesluit, "+a.NieuwBesluitIngang.String())
	}
	if a.Periode.IsOpen() || a.Periode.End().After(uiterlijk) {
		verdict.Add(&vs, allocation.VZ444, 0, "Einddatum", a.Periode.End().String(), "regelzorg duurt tot uiterlijk 5 werkdagen na de intramurale zorgtoewijzing: "+uiterlijk.String())
	}
	if len(vs) > 0 {
		return RegelzorgUitkomst{}, vs
	}
	n, _ := a.Periode.Days()
	return RegelzorgUitkomst{Uiterlijk: uiterlijk, Dagen: n}, nil
}

// TweedeTermijn returns the first day a second overbrugging term may be
// requested: 2 maanden after the first starts (iWlz OP183,
// calendar.TermOverbruggingTweedeTermijn). A request before it is an OP183
// violation.
func TweedeTermijn(eersteIngang, aanvraagdatum calendar.Date, cal *calendar.Calendar) (calendar.Date, error) {
	if cal == nil || eersteIngang.IsZero() || aanvraagdatum.IsZero() {
		return calendar.Date{}, verdict.One(allocation.InputMissing, 0, "Aanvraag", "", "kalender, ingangsdatum en aanvraagdatum zijn verplicht")
	}
	vanaf, err := cal.DeadlineOf(eersteIngang, calendar.TermOverbruggingTweedeTermijn, 0)
	if err != nil {
		return calendar.Date{}, err
	}
	if aanvraagdatum.Before(vanaf) {
		return calendar.Date{}, verdict.One(allocation.OP183, 0, "Aanvraagdatum", aanvraagdatum.String(),
			"een tweede termijn overbruggingszorg wordt 2 maanden na de start van de eerste aangevraagd, vanaf "+vanaf.String())
	}
	return vanaf, nil
}
