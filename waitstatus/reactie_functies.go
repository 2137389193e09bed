package waitstatus

import (
	"slices"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

var (
	termZKToewijzing = mustTerm(calendar.TermZorgkantoorToewijzing)
	termZKAAT        = mustTerm(calendar.TermZorgkantoorAAT)
	termZKMutatie    = mustTerm(calendar.TermZorgkantoorMutatie)
	termZKContact    = mustTerm(calendar.TermZorgkantoorContactGeenVoorkeur)
)

// IO31Invoer is what ReactieIO31 needs besides the indicatie.
type IO31Invoer struct {
	Verwerking
	// Leveringsvorm of the first toewijzing. Zero: the client's voorkeur
	// of the geïndiceerd ZZP (or of the besluit) when it names one
	// leveringsvorm (Verblijf, VPT, MPT, DTV, or such a leveringsvorm
	// combined with PGB); otherwise the reaction asks for it.
	Leveringsvorm allocation.Leveringsvorm
	// Etmalen for a DTV toewijzing (iWlz CD072).
	Etmalen allocation.Etmalen
	// PGB: the client combines zorg in natura with PGB (iWlz-IM 2.2
	// OP318): next to each line in natura the AW33 carries an informative
	// PGB line of the same ZZP and period, without instelling, percentage
	// or roles (CD040, CD050, CD073). The voorkeur of the CIZ (PGB/MPT,
	// VPT/PGB, Verblijf/PGB) names such a wish, but whether PGB is granted
	// next to the care in natura is the zorgkantoor's decision, so the
	// library does not derive it from the voorkeur. With leveringsvorm
	// PGB itself it is the input error "option".
	PGB bool
	// Percentage is the share of each first line in natura; zero: 100 %
	// (OP088). Casus 14 of iWlz-IM 2.2 starts an MPT next to PGB at 1 %
	// until the aanbieder asks its share with an AAT (stap 2-4).
	Percentage allocation.Percentage
}

// voorkeurVorm maps COD999 VoorkeurClient to the leveringsvorm in natura
// it names (0 when it names none).
func voorkeurVorm(v allocation.VoorkeurClient) allocation.Leveringsvorm {
	switch v {
	case allocation.VoorkeurVerblijf, allocation.VoorkeurVerblijfPGB:
		return allocation.Verblijf
	case allocation.VoorkeurVPT, allocation.VoorkeurVPTPGB:
		return allocation.VPT
	case allocation.VoorkeurMPT, allocation.VoorkeurPGBMPT:
		return allocation.MPT
	case allocation.VoorkeurDTV:
		return allocation.DTV
	}
	return 0
}

// ReactieIO31 is the zorgkantoor's reaction to a new indicatiebesluit: a
// regulier toewijzing of 100 % to the voorkeuraanbieder, within 1 werkdag
// (iWlz-IM 2.2 OP088), one line per geïndiceerd ZZP still valid on the
// toewijzingsdatum, from the ZZP's ingangsdatum to its einddatum. With
// Verblijf or DTV it carries Opname = Ja (CD052); the voorkeuraanbieder
// is dossierhouder for Verblijf, VPT and DTV and coördinator zorg thuis
// for MPT (iWlz-IM 2.2 OP055). Without a voorkeuraanbieder no toewijzing
// follows: the Taak is ContactClient, within 1 werkdag
// (ZK-dossierhouderschap; iWlz-IM 2.2 OP088). Every line is validated as
// an AW33 line (allocation.NewZorgtoewijzing). Options: a share other
// than 100 % (in.Percentage) and the informative PGB line of a client who
// combines zorg in natura with PGB (in.PGB, OP318), each line in natura
// followed by its PGB line.
func ReactieIO31(ind allocation.Indicatie, in IO31Invoer) (Reactie, error) {
	var vs allocation.Violations
	requireIndicatie(&vs, ind)
	in.check(&vs)
	if in.PGB && in.Leveringsvorm == allocation.PGB {
		verdict.Add(&vs, allocation.InputOption, 0, "PGB", in.Leveringsvorm.Code(),
			"een informatieve PGB-regel hoort naast zorg in natura (iWlz-IM 2.2 OP318), niet naast leveringsvorm PGB")
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	aanbieder := ind.Voorkeuraanbieder()
	if aanbieder.IsZero() {
		r := Reactie{Taak: ContactClient, Uiterlijk: in.deadline(termZKContact.ID, &vs)}
		if len(vs) > 0 {
			return Reactie{}, vs
		}
		return r, nil
	}
	p := newPicture(nil)
	for _, g := range ind.ZZPs() {
		if !g.Einddatum.IsZero() && g.Einddatum.Before(in.Toewijzingsdatum) {
			continue
		}
		lv := in.Leveringsvorm
		if lv == 0 {
			lv = voorkeurVorm(g.VoorkeurClient)
		}
		if lv == 0 {
			lv = voorkeurVorm(ind.VoorkeurLeveringsvorm())
		}
		if lv == 0 {
			verdict.Add(&vs, allocation.InputMissing, 0, "Leveringsvorm", "",
				"de voorkeur van de cliënt noemt geen leveringsvorm in natura: geef de leveringsvorm van de eerste toewijzing op")
			return Reactie{}, vs
		}
		pct := in.Percentage
		if pct.IsZero() {
			var err error
			if pct, err = allocation.NewPercentage(100); err != nil { // the first toewijzing: regulier, 100 %
				return Reactie{}, err
			}
		}
		s := allocation.ToewijzingSpec{
			ZZP: g.ZZP, Instelling: aanbieder, Zorgkantoor: in.Zorgkantoor, Soort: allocation.Regulier,
			Percentage: pct, Ingangsdatum: g.Ingangsdatum, Einddatum: g.Einddatum, Leveringsvorm: lv,
		}
		in.stamp(&s)
		switch lv {
		case allocation.Verblijf, allocation.DTV:
			s.Opname, s.Dossierhouder = allocation.Ja, aanbieder
		case allocation.VPT:
			s.Dossierhouder = aanbieder
		case allocation.MPT:
			s.CoordinatorZorgThuis = aanbieder
		}
		if lv == allocation.DTV {
			s.Etmalen = in.Etmalen
		}
		if lv == allocation.Verblijf || lv == allocation.VPT {
			s.Klasse = g.Klasse
		}
		checkLine(&vs, s, ind, &in.Verwerking, "Toewijzing["+strconv.Itoa(len(p.regels)+1)+"]")
		p.regels = append(p.regels, Regel{Toewijzing: s, Wijziging: Nieuw, Source: "iWlz-IM 2.2 OP088; OP055"})
		if in.PGB {
			pgb := pgbRegel(&s)
			checkLine(&vs, pgb, ind, &in.Verwerking, "Toewijzing["+strconv.Itoa(len(p.regels)+1)+"]")
			p.regels = append(p.regels, Regel{Toewijzing: pgb, Wijziging: Nieuw, Source: "iWlz-IM 2.2 OP318"})
		}
	}
	r := p.reactie(&in.Verwerking, allocation.AGBCode{})
	if r.StuurtAW33() {
		r.Uiterlijk = in.deadline(termZKToewijzing.ID, &vs)
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	return r, nil
}

// pgbRegel returns the informative PGB line next to the line in natura s
// (iWlz-IM 2.2 OP318): the same ZZP, zorgkantoor, soort, period and
// toewijzingsmoment, leveringsvorm PGB, and none of the fields PGB leaves
// empty (instelling and percentage, CD040; roles, CD050 and CD073; opname,
// klasse, etmalen).
func pgbRegel(s *allocation.ToewijzingSpec) allocation.ToewijzingSpec {
	return allocation.ToewijzingSpec{ZZP: s.ZZP, Zorgkantoor: s.Zorgkantoor, Soort: s.Soort,
		Toewijzingsdatum: s.Toewijzingsdatum, Toewijzingstijd: s.Toewijzingstijd,
		Ingangsdatum: s.Ingangsdatum, Einddatum: s.Einddatum, Leveringsvorm: allocation.PGB}
}

// AATRegel is one requested line of an aanvraag aangepaste toewijzing
// (the fields of the AW39 Aanvraag and AanvraagInstelling that make an
// AW33 line). Einddatum zero: the rule of the soort decides (see
// ReactieAAT).
type AATRegel struct {
	ZZP           allocation.ZZP             `json:"zzp"`
	Leveringsvorm allocation.Leveringsvorm   `json:"leveringsvorm"`
	Soort         allocation.SoortToewijzing `json:"soort"`
	Instelling    allocation.AGBCode         `json:"instelling"`
	Percentage    allocation.Percentage      `json:"percentage"`
	Ingangsdatum  calendar.Date              `json:"ingangsdatum"`
	Einddatum     calendar.Date              `json:"einddatum"`
	Opname        allocation.JaNee           `json:"opname"`
	Etmalen       allocation.Etmalen         `json:"etmalen"`
	Klasse        allocation.Klasse          `json:"klasse"`
}

// AATInvoer is an approved aanvraag aangepaste toewijzing as ReactieAAT
// needs it.
type AATInvoer struct {
	Verwerking
	Regels []AATRegel
	// Dossierhouder and CoordinatorZorgThuis are the role holders the
	// aanvraag names for the new lines (casus 11 of the Informatiemodel
	// names a new coördinator zorg thuis). Zero: the holder of the role on
	// the current lines, else the aanvrager.
	Dossierhouder        allocation.AGBCode
	CoordinatorZorgThuis allocation.AGBCode
	Aanvrager            allocation.AGBCode
	// MetUitloop: the overbrugging exceeds the budget of the ZZP, so its
	// looptijd is at most 3 maanden (VZ2013 4.4.2).
	MetUitloop bool
	// PGBOpnieuw: the aanvraag changes the share in natura of a client
	// who combines it with PGB, so the PGB share, which the informative
	// PGB line does not show (iWlz-IM 2.2 OP318), changes with it
	// (OP033x1: "aanpassen van het toewijzingpercentage"). The zorgkantoor
	// issues every PGB line valid on the earliest requested start again,
	// from that start, with the toewijzingsdatum and -tijd of the reaction;
	// the old PGB line is replaced or, when it began earlier, ends the day
	// before (casus 14 stap 4 of iWlz-IM 2.2, where the AW33 of 10 mei
	// carries the PGB line with toewijzingsdatum 10 mei). False: a PGB
	// line goes along unchanged (OP152: an aanvraag does not touch another
	// leveringsvorm).
	PGBOpnieuw bool
}

// ReactieAAT is the zorgkantoor's reaction to an approved aanvraag
// aangepaste toewijzing (within 2 werkdagen, iWlz-IM 2.2 OP037):
//
//   - every requested line becomes a new line with the toewijzingsdatum
//     and -tijd of the processing; the percentages are taken as requested,
//     also when they add up to more than 100 % (an MPT split of 70, 40 and
//     20 %, iWlz-IM 2.2 casus 11; 110 % or 120 % for one aanbieder, casus
//     13B and 9);
//   - a requested overbrugging without einddatum ends with the geïndiceerd
//     ZZP, or, MetUitloop, after a looptijd of 3 maanden
//     (calendar.TermOverbruggingMetUitloop, capped at the ZZP; VZ2013
//     4.4.2); a regulier line without einddatum ends with the ZZP;
//   - a current line with the same ZZP, leveringsvorm, soort and aanbieder
//     (iWlz TR106) ends the day before the new line starts (no day of
//     overlap: iWlz-IM 2.2 casus 4A), or, when it starts on or after the
//     new line, is replaced by it (Vervangen; iWlz-IM 2.2 OP033x1, IV013);
//   - for MPT, VPT and DTV the aanvraag is the complete picture of its
//     leveringsvorm from the earliest requested start: a current line of
//     that leveringsvorm that is not requested is withdrawn the day before
//     (iWlz-IM 2.2 OP152); for Verblijf unchanged lines stay (OP335);
//   - a PGB line stays as it is (OP152), unless in.PGBOpnieuw: then it is
//     issued again from the earliest requested start (OP318, OP033x1;
//     casus 14 stap 4).
func ReactieAAT(ind allocation.Indicatie, huidig []allocation.ToewijzingSpec, in AATInvoer) (Reactie, error) {
	var vs allocation.Violations
	requireIndicatie(&vs, ind)
	in.check(&vs)
	if len(in.Regels) == 0 {
		verdict.Add(&vs, allocation.InputMissing, 0, "Regels", "", "de aanvraag bevat geen regels")
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	p := newPicture(huidig)
	touched := make([]bool, len(huidig))
	earliestStart := map[allocation.Leveringsvorm]calendar.Date{}
	for k, a := range in.Regels {
		field := "Aanvraag[" + strconv.Itoa(k+1) + "]"
		s := allocation.ToewijzingSpec{
			ZZP: a.ZZP, Instelling: a.Instelling, Zorgkantoor: in.Zorgkantoor, Soort: a.Soort,
			Percentage: a.Percentage, Ingangsdatum: a.Ingangsdatum, Einddatum: a.Einddatum,
			Leveringsvorm: a.Leveringsvorm, Opname: a.Opname, Etmalen: a.Etmalen, Klasse: a.Klasse,
		}
		in.stamp(&s)
		src := "iWlz-IM 2.2 OP037"
		if s.Einddatum.IsZero() && !s.Ingangsdatum.IsZero() {
			src += "; " + aatEinddatum(&s, ind, &in, &vs, field)
		}
		in.roles(&s, huidig)
		if d, ok := earliestStart[s.Leveringsvorm]; !ok || s.Ingangsdatum.Before(d) {
			earliestStart[s.Leveringsvorm] = s.Ingangsdatum
		}
		for i := range huidig {
			h := &huidig[i]
			if !sameKey(h, &s) || !validOnOrAfter(h, s.Ingangsdatum) || (!s.Einddatum.IsZero() && s.Einddatum.Before(h.Ingangsdatum)) {
				continue
			}
			touched[i] = true
			if !h.Ingangsdatum.Before(s.Ingangsdatum) {
				p.vervangen = append(p.vervangen, *h)
				p.regels[i].Wijziging = vervangenMark
				continue
			}
			p.end(i, s.Ingangsdatum.AddDays(-1), Beeindigd, &in.Verwerking,
				"iWlz TR106 (geen overlap met de nieuwe toewijzing "+field+"); iWlz-IM 2.2 casus 4A")
		}
		checkLine(&vs, s, ind, &in.Verwerking, field)
		p.regels = append(p.regels, Regel{Toewijzing: s, Wijziging: Nieuw, Source: src})
	}
	if in.PGBOpnieuw {
		in.pgbOpnieuw(p, huidig, ind, &vs)
	}
	endOverbrugging(p, huidig, touched, in.Regels, &in.Verwerking)
	for i := range huidig {
		h := &huidig[i]
		start, ok := earliestStart[h.Leveringsvorm]
		if touched[i] || !ok || h.Instelling.IsZero() || !validOnOrAfter(h, start) {
			continue
		}
		switch h.Leveringsvorm {
		case allocation.MPT, allocation.VPT, allocation.DTV:
			p.end(i, start.AddDays(-1), Ingetrokken, &in.Verwerking,
				"iWlz-IM 2.2 OP152 (niet aangevraagd vanaf de kleinste gewenste startdatum)")
		}
	}
	p.dropReplaced()
	r := p.reactie(&in.Verwerking, allocation.AGBCode{})
	if r.StuurtAW33() {
		r.Uiterlijk = in.deadline(termZKAAT.ID, &vs)
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	return r, nil
}

// endOverbrugging ends the overbrugging lines of huidig once the aanvraag
// names the day of the opname: overbrugging bridges "de wachtperiode tot
// opname" (VZ2013 4.4), so a requested regulier Verblijf line with Opname
// Ja ends every overbrugging line still valid on its ingangsdatum the day
// before (the earliest such line counts). The AW33 of iWlz-IM 2.2 casus 4B
// stap 2 shows it: the overbrugging MPT ends on 1 juli, the day before
// the opname, without RedenIntrekking, "op grond van de overlapregels"
// like the line of the same key, so it is Beeindigd, not Ingetrokken. The
// MAZ of the opname then withdraws nothing (ReactieMAZ skips a line that
// ends before its begindatum). Lines the aanvraag itself touches are left
// to it.
func endOverbrugging(p *picture, huidig []allocation.ToewijzingSpec, touched []bool, regels []AATRegel, v *Verwerking) {
	var opname calendar.Date
	for _, a := range regels {
		if a.Soort == allocation.Regulier && a.Leveringsvorm == allocation.Verblijf && a.Opname == allocation.Ja &&
			!a.Ingangsdatum.IsZero() && (opname.IsZero() || a.Ingangsdatum.Before(opname)) {
			opname = a.Ingangsdatum
		}
	}
	if opname.IsZero() {
		return
	}
	for i := range huidig {
		h := &huidig[i]
		if touched[i] || p.regels[i].Wijziging != Ongewijzigd || h.Soort != allocation.Overbrugging || !validOnOrAfter(h, opname) {
			continue
		}
		touched[i] = true
		p.end(i, opname.AddDays(-1), Beeindigd, v,
			"VZ2013 4.4 (overbrugging tot de opname); iWlz-IM 2.2 casus 4B stap 2")
	}
}

// pgbOpnieuw issues every PGB line of huidig valid on the earliest
// requested start again from that start (AATInvoer.PGBOpnieuw): the old
// line is replaced when it starts on or after it, and otherwise ends the
// day before, as a line of the same key (casus 4A: no day of overlap).
func (in *AATInvoer) pgbOpnieuw(p *picture, huidig []allocation.ToewijzingSpec, ind allocation.Indicatie, vs *allocation.Violations) {
	first := in.Regels[0].Ingangsdatum
	for _, a := range in.Regels[1:] {
		if a.Ingangsdatum.Before(first) {
			first = a.Ingangsdatum
		}
	}
	if first.IsZero() {
		return // NewZorgtoewijzing reports the missing ingangsdatum
	}
	const src = "iWlz-IM 2.2 OP318; OP033x1; casus 14 stap 4 (AATInvoer.PGBOpnieuw)"
	for i := range huidig {
		h := &huidig[i]
		if h.Leveringsvorm != allocation.PGB || !validOnOrAfter(h, first) || p.regels[i].Wijziging != Ongewijzigd {
			continue
		}
		s := *h
		in.stamp(&s)
		if h.Ingangsdatum.Before(first) {
			s.Ingangsdatum = first
			p.end(i, first.AddDays(-1), Beeindigd, &in.Verwerking, src)
		} else {
			p.vervangen = append(p.vervangen, *h)
			p.regels[i].Wijziging = vervangenMark
		}
		checkLine(vs, s, ind, &in.Verwerking, "PGB")
		p.regels = append(p.regels, Regel{Toewijzing: s, Wijziging: Nieuw, Source: src})
	}
}

// vervangenMark marks a current line a new line replaces; dropReplaced
// removes it from the picture.
const vervangenMark Wijziging = 255

func (p *picture) dropReplaced() {
	out := p.regels[:0]
	for _, r := range p.regels {
		if r.Wijziging != vervangenMark {
			out = append(out, r)
		}
	}
	p.regels = out
}

// aatEinddatum sets the einddatum of a requested line without one and
// returns its source.
func aatEinddatum(s *allocation.ToewijzingSpec, ind allocation.Indicatie, in *AATInvoer, vs *allocation.Violations, field string) string {
	g, ok := ind.ZZPOn(s.Ingangsdatum)
	if !ok {
		// NewZorgtoewijzing reports the line outside the indicatie.
		return ""
	}
	s.Einddatum = g.Einddatum
	if s.Soort != allocation.Overbrugging || !in.MetUitloop {
		return "VZ2013 4.4.2 (overbrugging tot de einddatum van het ZZP)"
	}
	end, err := in.Calendar.TermLastDay(s.Ingangsdatum, termMetUitloop, 0)
	if err != nil {
		verdict.Add(vs, allocation.InputOption, 0, field+".Ingangsdatum", s.Ingangsdatum.String(), err.Error())
		return ""
	}
	if g.Einddatum.IsZero() || end.Before(g.Einddatum) {
		s.Einddatum = end
	}
	return "VZ2013 4.4.2 (met uitloop: looptijd van ten hoogste 3 maanden)"
}

// roles fills the dossierhouder (Verblijf, VPT, DTV; CD073) or the
// coördinator zorg thuis (MPT; CD050) of a new line: the one the aanvraag
// names, else the holder on the current lines, else the aanvrager.
func (in *AATInvoer) roles(s *allocation.ToewijzingSpec, huidig []allocation.ToewijzingSpec) {
	switch s.Leveringsvorm {
	case allocation.Verblijf, allocation.VPT, allocation.DTV:
		s.Dossierhouder = in.Dossierhouder
		for i := len(huidig) - 1; i >= 0 && s.Dossierhouder.IsZero(); i-- {
			if h := &huidig[i]; h.Soort == allocation.Regulier && validOnOrAfter(h, s.Ingangsdatum) {
				s.Dossierhouder = h.Dossierhouder
			}
		}
		if s.Dossierhouder.IsZero() {
			s.Dossierhouder = in.Aanvrager
		}
	case allocation.MPT:
		s.CoordinatorZorgThuis = in.CoordinatorZorgThuis
		for i := len(huidig) - 1; i >= 0 && s.CoordinatorZorgThuis.IsZero(); i-- {
			if h := &huidig[i]; h.Leveringsvorm == allocation.MPT && validOnOrAfter(h, s.Ingangsdatum) {
				s.CoordinatorZorgThuis = h.CoordinatorZorgThuis
			}
		}
		if s.CoordinatorZorgThuis.IsZero() {
			s.CoordinatorZorgThuis = in.Aanvrager
		}
	}
}

// MutatieInvoer is a MUT17, MUT19 or MUT21 (AW39) as ReactieMutatie needs
// it.
type MutatieInvoer struct {
	Verwerking
	// Toewijzing is the line the mutation is on (matched on ZZP,
	// leveringsvorm, instelling and ingangsdatum, iWlz TR019).
	Toewijzing   allocation.ToewijzingSpec
	Code         Mutatiecode
	Mutatiedatum calendar.Date
	// InstellingBestemming is the aanbieder that takes over (MUT17,
	// MUT21; iWlz CD020, OP160).
	InstellingBestemming allocation.AGBCode
}

// ReactieMutatie is the zorgkantoor's reaction to a mutation that ends or
// transfers a line (within 2 werkdagen, calendar.TermZorgkantoorMutatie):
//
//   - MUT19 and MUT17: the line ends on the mutatiedatum, the last day of
//     care (iWlz-IM 2.2 OP151), or on its ingangsdatum when the
//     mutatiedatum lies before it (OP151x1); no intrekking follows
//     (OP126) and no AW33 is sent, also not when the sender or another
//     aanbieder holds further lines (casus 03B-2, 06B-2): the Reactie holds
//     the closed line in Regels, without Ontvangers; MUT17 names the
//     InstellingBestemming on the line (OP107);
//   - MUT21 (overdracht, regulier only, before care started, OP161): the
//     line ends in the same way with the InstellingBestemming, and a new
//     line with the same fields for the InstellingBestemming starts the
//     day after (the roles held by the sender pass to it, VZ2013 5.4).
func ReactieMutatie(ind allocation.Indicatie, huidig []allocation.ToewijzingSpec, in MutatieInvoer) (Reactie, error) {
	var vs allocation.Violations
	requireIndicatie(&vs, ind)
	in.check(&vs)
	if in.Mutatiedatum.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Mutatiedatum", "", "de mutatiedatum ontbreekt")
	}
	switch in.Code {
	case MUT17, MUT19, MUT21:
	default:
		verdict.Add(&vs, allocation.InputOption, 0, "Mutatiecode", in.Code.Code(), "ReactieMutatie behandelt MUT17, MUT19 en MUT21")
	}
	if (in.Code == MUT17 || in.Code == MUT21) && in.InstellingBestemming.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "InstellingBestemming", "", "bij MUT17 en MUT21 is de nieuwe aanbieder verplicht (iWlz CD020)")
	}
	idx := findLine(huidig, &in.Toewijzing)
	if idx < 0 && len(vs) == 0 {
		verdict.Add(&vs, allocation.TR019, 0, "Toewijzing", in.Toewijzing.ZZP.Code(), "de mutatie hoort niet bij een toewijzing van het zorgkantoor")
	}
	if idx >= 0 && in.Code == MUT21 && huidig[idx].Soort != allocation.Regulier {
		verdict.Add(&vs, allocation.InputOption, 0, "Toewijzing.Soort", huidig[idx].Soort.Code(), "alleen een reguliere toewijzing kan worden overgedragen (iWlz-IM 2.2 OP161)")
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	p := newPicture(huidig)
	src := "iWlz-IM 2.2 OP151; OP151x1; OP126"
	p.end(idx, in.Mutatiedatum, Beeindigd, &in.Verwerking, src)
	old := p.regels[idx].Toewijzing
	if in.Code != MUT19 {
		p.regels[idx].Toewijzing.InstellingBestemming = in.InstellingBestemming
		p.regels[idx].Source += "; OP107"
	}
	if in.Code == MUT21 {
		s := huidig[idx]
		s.Instelling, s.Ingangsdatum = in.InstellingBestemming, old.Einddatum.AddDays(1)
		if s.Dossierhouder == old.Instelling {
			s.Dossierhouder = in.InstellingBestemming
		}
		if s.CoordinatorZorgThuis == old.Instelling {
			s.CoordinatorZorgThuis = in.InstellingBestemming
		}
		in.stamp(&s)
		checkLine(&vs, s, ind, &in.Verwerking, "Overdracht")
		p.regels = append(p.regels, Regel{Toewijzing: s, Wijziging: Nieuw, Source: "iWlz-IM 2.2 OP161; VZ2013 5.4; ZK-dossierhouderschap (Toewijzing overzetten naar dossierhouder)"})
	}
	r := p.reactie(&in.Verwerking, old.Instelling)
	if in.Code != MUT21 {
		// After MUT17 and MUT19 the zorgkantoor sends nothing: "Het
		// zorgkantoor stuurt (behalve een retourbericht) geen reactie op
		// de ontvangen MAZ (AW35) en MUT (AW39)" (iWlz-IM 2.2 casus 03B-2;
		// casus 06B-2; OP126). Regels keep the closed line.
		r.Ontvangers = nil
	}
	if r.StuurtAW33() {
		r.Uiterlijk = in.deadline(termZKMutatie.ID, &vs)
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	return r, nil
}

// ReactieMutatieAAT is the zorgkantoor's reaction to one AW39 that holds
// both a MUT17 or MUT19 and an Aanvraag (iWlz-IM 2.2 casus 13D-1 stap
// 1-2): the mutation ends the sender's line as ReactieMutatie does, then
// the aanvraag is judged on the lines that follow, as ReactieAAT does,
// with the ended line among the EindeGemeld. One AW33 follows: the
// aanvraag's picture without the ended line, to the aanbieders with a
// line in it; the sender receives it only while it holds another line
// (OP126; casus 13D-1: "stuurt alleen De Kersentuin de volledige
// zorgtoewijzing"). Regels holds the ended line too (Beeindigd), for the
// caller's administration. MUT21 is not combined: it sends its own AW33.
func ReactieMutatieAAT(ind allocation.Indicatie, huidig []allocation.ToewijzingSpec, mut MutatieInvoer, aat AATInvoer) (Reactie, error) {
	if mut.Code != MUT17 && mut.Code != MUT19 {
		var vs allocation.Violations
		verdict.Add(&vs, allocation.InputOption, 0, "Mutatiecode", mut.Code.Code(), "ReactieMutatieAAT combineert MUT17 of MUT19 met een aanvraag")
		return Reactie{}, vs
	}
	rm, err := ReactieMutatie(ind, huidig, mut)
	if err != nil {
		// Report the aanvraag's faults too, judged on the lines as they are.
		vs := allocation.AsViolations(err)
		if _, aerr := ReactieAAT(ind, huidig, aat); aerr != nil {
			vs = append(vs, allocation.AsViolations(aerr)...)
		}
		return Reactie{}, vs
	}
	idx := findLine(huidig, &mut.Toewijzing)
	na := slices.Clone(huidig)
	var ended Regel
	for _, x := range rm.Regels {
		if x.Wijziging == Beeindigd {
			ended = x
		}
	}
	na[idx] = ended.Toewijzing
	aat.EindeGemeld = append(slices.Clone(aat.EindeGemeld), ended.Toewijzing)
	ra, err := ReactieAAT(ind, na, aat)
	if err != nil {
		return Reactie{}, err
	}
	ra.Regels = append([]Regel{ended}, ra.Regels...)
	return ra, nil
}

// findLine returns the index of the current line with the key of t (ZZP,
// leveringsvorm, instelling, ingangsdatum; the last when several share
// it: the most recent), or -1.
func findLine(huidig []allocation.ToewijzingSpec, t *allocation.ToewijzingSpec) int {
	for i := len(huidig) - 1; i >= 0; i-- {
		h := &huidig[i]
		if h.ZZP == t.ZZP && h.Leveringsvorm == t.Leveringsvorm && h.Instelling == t.Instelling && h.Ingangsdatum == t.Ingangsdatum {
			return i
		}
	}
	return -1
}

// MAZInvoer is a melding aanvang zorg (AW35) as ReactieMAZ needs it.
type MAZInvoer struct {
	Verwerking
	// Toewijzing is the line the MAZ is on (matched as in ReactieMutatie).
	Toewijzing   allocation.ToewijzingSpec
	Begindatum   calendar.Date
	Sleuteldatum calendar.Date // zero: none
	// CAK are the starts reported to the CAK for the client so far.
	CAK []CAKStart
	// CAKMoment says when a new start of a leveringsvorm that several
	// aanbieders deliver goes to the CAK; the zero value reports it at
	// the first MAZ (casus 10A).
	CAKMoment CAKMoment
	// CAKDatum is the day the zorgkantoor sends the CA317, when that is
	// not the Toewijzingsdatum (casus 13D-2 sends the AW33 on the day of
	// the MAZ and the CA317 the day after, stap 4-5; OP074: "zo spoedig
	// mogelijk"); zero: the Toewijzingsdatum. Not before Ontvangen.
	CAKDatum calendar.Date
	// Eerder are the meldingen aanvang zorg the zorgkantoor received
	// before on the client's other lines; only CAKNaAlleMAZ reads them.
	Eerder []EerdereMAZ
}

// CAKMoment is the zorgkantoor's choice of the moment it reports a new
// start to the CAK when several aanbieders deliver one leveringsvorm
// (an MPT split). The casuïstiek shows both: casus 10A reports the MPT at
// the first MAZ "zonder te wachten", casus 11 reports it "op basis van de
// ontvangen meldingen aanvang zorg van de drie aanbieders" with the
// earliest begindatum (iWlz-IM 2.2 casus 10A stap 6; casus 11 stap 5;
// IV050: "de vroegste datum"). OP074 says only "zo spoedig mogelijk".
type CAKMoment uint8

// The CAKMoment values.
const (
	// CAKBijEersteMAZ: the first MAZ of the leveringsvorm is reported;
	// a later MAZ with an earlier begindatum changes it (status 2).
	CAKBijEersteMAZ CAKMoment = iota
	// CAKNaAlleMAZ: the zorgkantoor waits until every aanbieder with a
	// line of the leveringsvorm (regulier, valid on the begindatum) has
	// sent its MAZ, then reports the earliest begindatum (or
	// sleuteldatum) once (iWlz-IM 2.2 casus 11 stap 5).
	CAKNaAlleMAZ
)

// EerdereMAZ is a melding aanvang zorg received earlier on another line
// of the client.
type EerdereMAZ struct {
	Instelling    allocation.AGBCode       `json:"instelling"`
	Leveringsvorm allocation.Leveringsvorm `json:"leveringsvorm"`
	Begindatum    calendar.Date            `json:"begindatum"`
	Sleuteldatum  calendar.Date            `json:"sleuteldatum"` // zero: none
}

// ReactieMAZ is the zorgkantoor's reaction to a melding aanvang zorg.
//
// Intrekking: when care starts on a regulier VPT line or a Verblijf or
// DTV line with Opname Ja, the zorgkantoor withdraws (iWlz-IM 2.2 casus
// 3B-1, 6B-1, 13D, 15B):
// every overbrugging line, and every line in natura of another
// leveringsvorm (MPT, VPT, Verblijf, DTV) still valid on the begindatum.
// A line that already ends on or before the begindatum (closed by a
// MUT19) is left alone (casus 03B-2: no reaction to the MAZ).
// Their einddatum is the begindatum of the MAZ (never before their own
// ingangsdatum, OP151x1); RedenIntrekking is 7 (Andere aanbieder heeft de
// cliënt in zorg genomen) with the InstellingBestemming when another
// aanbieder starts (OP107, IV010), 5 (Wijziging leveringsvorm) when the
// same aanbieder does. The AW33 goes to every aanbieder in the picture
// and the ones withdrawn (OP087), within 1 werkdag (OP088).
//
// CA317: the zorgkantoor reports a start to the CAK only when it bears
// on the eigen bijdrage (OP035): not for an administratief line (OP035),
// nor for PGB; not when a start of the same leveringsvorm is running at
// the CAK (casus 13C, 15B: "de melding voor het MPT eerder al heeft
// plaatsgevonden"), except, for VPT and Verblijf or DTV with Opname Ja,
// at another aanbieder (OP035, OP327); a MAZ on a Verblijf line with
// Opname Nee (dagbesteding) never adds a melding, also before the opname:
// the zorgkantoor waits for the MAZ on the opname (casus 02 stap 5a, 15B
// stap 6). The Startdatum is the
// Sleuteldatum, else the Begindatum; a running start of the same leveringsvorm that began later
// is changed to the earlier date (status 2, IV050, OP033x2, OP074).
// With CAKNaAlleMAZ the new start waits for the MAZ of every aanbieder of
// the leveringsvorm (MAZInvoer.Eerder) and carries the earliest date
// (casus 11 stap 5).
func ReactieMAZ(ind allocation.Indicatie, huidig []allocation.ToewijzingSpec, in MAZInvoer) (Reactie, error) {
	var vs allocation.Violations
	requireIndicatie(&vs, ind)
	rel := in.check(&vs)
	if in.Begindatum.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Begindatum", "", "de begindatum ontbreekt")
	}
	if !in.CAKDatum.IsZero() && in.CAKDatum.Before(in.Ontvangen) {
		verdict.Add(&vs, allocation.InputOption, 0, "CAKDatum", in.CAKDatum.String(), "de CA317 gaat niet uit voor de ontvangst van de melding aanvang zorg ("+in.Ontvangen.String()+")")
	}
	if in.CAKMoment > CAKNaAlleMAZ {
		verdict.Add(&vs, allocation.InputOption, 0, "CAKMoment", "", "onbekend moment van de melding aan het CAK")
	}
	idx := findLine(huidig, &in.Toewijzing)
	if idx < 0 && len(vs) == 0 {
		verdict.Add(&vs, allocation.TR019, 0, "Toewijzing", in.Toewijzing.ZZP.Code(), "de melding aanvang zorg hoort niet bij een toewijzing van het zorgkantoor")
	}
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	t := huidig[idx]
	p := newPicture(huidig)
	if t.Soort == allocation.Regulier && opname(&t) {
		for i := range huidig {
			h := &huidig[i]
			if i == idx || h.Instelling.IsZero() || h.Leveringsvorm == allocation.PGB || !validOnOrAfter(h, in.Begindatum) {
				continue
			}
			if h.Soort != allocation.Overbrugging && h.Leveringsvorm == t.Leveringsvorm {
				continue
			}
			if !h.Einddatum.IsZero() && !h.Einddatum.After(in.Begindatum) {
				// It ends on the begindatum already (a MUT19 closed it):
				// nothing to withdraw (iWlz-IM 2.2 casus 03B-2 stap 2).
				continue
			}
			p.end(i, in.Begindatum, Ingetrokken, &in.Verwerking, "iWlz-IM 2.2 casus 3B-1, 6B-1, 13D, 15B; OP107")
			r := &p.regels[i].Toewijzing
			if h.Instelling != t.Instelling {
				r.RedenIntrekking, r.InstellingBestemming = allocation.IntrekkingAndereAanbieder, t.Instelling
				if !rel.IWlz() {
					// Code 7 exists from 2018-04-01 (COD172).
					r.RedenIntrekking = allocation.IntrekkingOverplaatsing
				}
			} else {
				r.RedenIntrekking = allocation.IntrekkingWijzigingLeveringsvorm
			}
		}
	}
	r := p.reactie(&in.Verwerking, allocation.AGBCode{})
	if r.StuurtAW33() {
		r.Uiterlijk = in.deadline(termZKToewijzing.ID, &vs)
	}
	r.CAK = cakMelding(&t, &in, huidig)
	if len(vs) > 0 {
		return Reactie{}, vs
	}
	return r, nil
}

// opname reports whether care on t means the client lives with its
// aanbieder: VPT, or Verblijf and DTV with Opname Ja.
func opname(t *allocation.ToewijzingSpec) bool {
	switch t.Leveringsvorm {
	case allocation.VPT:
		return true
	case allocation.Verblijf, allocation.DTV:
		return t.Opname == allocation.Ja
	}
	return false
}

func cakMelding(t *allocation.ToewijzingSpec, in *MAZInvoer, huidig []allocation.ToewijzingSpec) CAKMelding {
	if t.Soort == allocation.Administratief || t.Leveringsvorm == allocation.PGB {
		return CAKMelding{Source: "iWlz-IM 2.2 OP035"}
	}
	if t.Leveringsvorm == allocation.Verblijf && t.Opname == allocation.Nee {
		// Dagbesteding under Verblijf without opname: the zorgkantoor
		// "wacht op de MAZ van De Molen. Die melding aanvang zorg bevat
		// de opnamedatum en een eventuele sleuteldatum" (casus 02 stap 5a);
		// casus 15B stap 6.
		return CAKMelding{Source: "iWlz-IM 2.2 casus 02 stap 5a; casus 15B stap 6; OP035"}
	}
	start := in.Begindatum
	if !in.Sleuteldatum.IsZero() {
		start = in.Sleuteldatum
	}
	if in.CAKMoment == CAKNaAlleMAZ {
		var wacht bool
		if start, wacht = alleMAZ(t, in, huidig, start); wacht {
			return CAKMelding{Source: "iWlz-IM 2.2 casus 11 stap 5 (CAKNaAlleMAZ: nog niet alle aanbieders van de leveringsvorm hebben de aanvang gemeld)"}
		}
	}
	m := CAKMelding{Leveringsvorm: t.Leveringsvorm, Instelling: t.Instelling, Startdatum: start, Datum: in.Toewijzingsdatum}
	if !in.CAKDatum.IsZero() {
		m.Datum = in.CAKDatum
	}
	// A new aanbieder is a new melding for VPT and (deeltijd)verblijf
	// (OP327): the aanbieder that admits the client, not one that adds
	// dagbesteding under Verblijf with Opname Nee (casus 15B stap 6).
	perAanbieder := opname(t)
	for _, c := range in.CAK {
		if c.Leveringsvorm != t.Leveringsvorm || (!c.Einddatum.IsZero() && c.Einddatum.Before(start)) ||
			(perAanbieder && c.Instelling != t.Instelling) {
			continue
		}
		if start.Before(c.Startdatum) {
			m.Status, m.Source = CAKGewijzigd, "iWlz-IM 2.2 IV050; OP033x2; OP074"
			return m
		}
		return CAKMelding{Source: "iWlz-IM 2.2 OP035 (de start van deze leveringsvorm is al gemeld)"}
	}
	m.Status, m.Source = CAKNieuw, "iWlz-IM 2.2 OP035; IV050; OP074"
	return m
}

// alleMAZ applies CAKNaAlleMAZ: it reports whether an aanbieder with a
// regulier line of t's leveringsvorm, valid on the begindatum, has not
// yet sent its MAZ (wacht), and otherwise the earliest start among the
// MAZ of those aanbieders (iWlz-IM 2.2 casus 11 stap 5; IV050).
func alleMAZ(t *allocation.ToewijzingSpec, in *MAZInvoer, huidig []allocation.ToewijzingSpec, start calendar.Date) (calendar.Date, bool) {
	for i := range huidig {
		h := &huidig[i]
		if h.Leveringsvorm != t.Leveringsvorm || h.Soort != allocation.Regulier || h.Instelling.IsZero() ||
			h.Instelling == t.Instelling || !validOnOrAfter(h, in.Begindatum) {
			continue
		}
		gemeld := false
		for _, e := range in.Eerder {
			if e.Instelling != h.Instelling || e.Leveringsvorm != h.Leveringsvorm || e.Begindatum.IsZero() {
				continue
			}
			s := e.Begindatum
			if !e.Sleuteldatum.IsZero() {
				s = e.Sleuteldatum
			}
			if s.Before(start) {
				start = s
			}
			gemeld = true
		}
		if !gemeld {
			return start, true
		}
	}
	return start, false
}
