package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// MutatieSet is a set of mutatiecodes (the codes sent so far).
type MutatieSet uint16

// Has reports whether c is in the set.
func (s MutatieSet) Has(c Mutatiecode) bool { return c < 16 && s&(1<<c) != 0 }

// With returns the set with c added.
func (s MutatieSet) With(c Mutatiecode) MutatieSet { return s | 1<<c }

// State is what a toewijzing has gone through: the current leveringsstatus
// and classificatie, the begindatum of the current melding aanvang zorg
// (MAZ, AW35) if any, whether a MUT20 followed that MAZ, which mutatiecodes
// were sent, and the einddatum a closing mutation gave. It is a plain value:
// Apply returns a new State and never changes the one it gets.
type State struct {
	Leveringsstatus Leveringsstatus
	Classificatie   Classificatie
	MAZ             calendar.Date // begindatum of the current MAZ; zero: none
	MUT20           bool          // a MUT20 followed the MAZ: delivery stopped, toewijzing kept
	Gezonden        MutatieSet
	Einddatum       calendar.Date // set when a mutation closed or withdrew the toewijzing
	// Gesloten: a mutation (MUT02, MUT12 with Einde zorgvraag, MUT17,
	// MUT19, MUT21) or an intrekking closed or withdrew the toewijzing;
	// no MAZ or mutation follows on it (rule "Toewijzing gesloten").
	// Apply and History set it; Closed also reads a hand-built State
	// with an Einddatum and a closing code in Gezonden as closed.
	Gesloten bool
}

// closing are the codes that close or withdraw a toewijzing (MUT12 only
// with Einde zorgvraag, which is when it sets an Einddatum).
var closing = mutSet(MUT02, MUT12, MUT17, MUT19, MUT21)

// Closed reports whether a mutation or an intrekking closed or withdrew
// the toewijzing: VZ2013 Bijlage D allows MUT17 only when "er is wel een
// MAZ aanwezig maar nog geen MUT", and a closed (MUT19: "zorgtoewijzing
// gesloten") or withdrawn toewijzing takes no further MAZ or MUT; a new
// one is needed.
func (s State) Closed() bool {
	return s.Gesloten || (!s.Einddatum.IsZero() && s.Gezonden&closing != 0)
}

// InZorg reports whether the client is in zorg: a MAZ is present and no
// MUT20 followed it ("Client in zorg (MAZ aanwezig)", VZ2013 Bijlage D).
func (s State) InZorg() bool { return !s.MAZ.IsZero() && !s.MUT20 }

// Mutatie is one AW39 MutatieZorgzwaartepakket as the aanbieder sends it,
// with the facts the rules need besides the message.
type Mutatie struct {
	Code  Mutatiecode   `json:"code"`
	Datum calendar.Date `json:"datum"` // mutatiedatum; its meaning depends on the row (Rij.Mutatiedatum)
	// Begindatum is the begindatum of the current MAZ; iff MUT17/19/20 (TR066).
	Begindatum      calendar.Date            `json:"begindatum"`
	Leveringsstatus Leveringsstatus          `json:"leveringsstatus"`
	Classificatie   Classificatie            `json:"classificatie"`
	Leveringsvorm   allocation.Leveringsvorm `json:"leveringsvorm"`
	// InstellingBestemming is the aanbieder that takes over; iff MUT17/21 (CD020).
	InstellingBestemming allocation.AGBCode `json:"instellingBestemming"`
	// MetAAT: an aanvraag aangepaste toewijzing goes in the same message
	// (TR041); AATSoort is its soort (VZ2013 Bijlage D: overbrugging,
	// alternatief or transfer; iWlz: the soort asked, kept in the
	// Outcome's AAT, required, never administratief: CS072).
	MetAAT   bool                       `json:"metAAT"`
	AATSoort allocation.SoortToewijzing `json:"aatSoort"`
	// Aansluitend: for a MUT17, the new dossierhouder delivers care straight
	// after; otherwise an AAT is needed instead (ZK-dossierhouderschap).
	Aansluitend bool `json:"aansluitend"`
	// Bekend is the day the change became known (zero: Datum); the MUT is
	// due 5 werkdagen after it (calendar.TermMutatie).
	Bekend calendar.Date `json:"bekend"`
	// StatusOnbekend: the leveringsstatus could not be set within 5
	// werkdagen of receiving the toewijzing; 10 werkdagen after the
	// toewijzingsdatum apply (iWlz OP181).
	StatusOnbekend bool `json:"statusOnbekend"`
	// BudgetOverschreden: the overbrugging care exceeds the ZZP budget (the
	// answer of the overbrugging package, taken as input).
	BudgetOverschreden bool `json:"budgetOverschreden"`
	// NazorgOpen: the client goes home after admission (MUT19) and nazorg
	// is needed but not yet arranged. The dossierhouderschap stops only
	// "op het moment dat de juiste meldingen in AZR zijn gedaan en
	// eventuele nazorg goed geregeld is" (VZ2013 5.3); until then it stays.
	// Zero: no nazorg is needed, or it is arranged.
	NazorgOpen bool `json:"nazorgOpen"`
	// DossierhouderWissel: the mutation is sent because the client changes
	// dossierhouder while receiving overbruggingszorg. The overbruggingszorg
	// is then not withdrawn (VZ2013 5.4): a mutation that would close or
	// withdraw an overbrugging toewijzing for it is rule "VZ2013 5.4".
	DossierhouderWissel bool `json:"dossierhouderWissel"`
}

// Context is what Apply needs besides the toewijzing and the mutation.
type Context struct {
	// Dagtekening is the day the mutation is judged on (the message date,
	// "today"); it selects the release. Required.
	Dagtekening calendar.Date
	// Calendar gives the werkdagen of the deadlines. Required.
	Calendar *calendar.Calendar
	// Release overrides the release in force on the dagtekening (for a
	// message that declares its own); an unknown release is an input error.
	Release allocation.Release
}

// AAT is the aanvraag aangepaste zorgtoewijzing that follows a mutation.
type AAT struct {
	Soort allocation.SoortToewijzing
	Regel EDRegel
	// Einddatum is the einddatum of the requested toewijzing (zero: open,
	// as the ZZP); VerlengdTot the latest einddatum after the one
	// extension met uitloop allows (zero: none). Met uitloop and transfer
	// are looptijden that begin on the mutatiedatum: Einddatum is their
	// last covered day (calendar.LastDayOf; 3 maanden from 2026-03-02
	// cover up to 2026-06-01, VZ2013 4.4.2), and the extension is a new
	// looptijd of 3 maanden from the day after. Both are capped at the
	// einddatum of the ZZP.
	Einddatum, VerlengdTot calendar.Date
}

// Dossierhouder is what a mutation does to the dossierhouderschap.
type Dossierhouder struct {
	Wijziging DHWijziging
	Naar      allocation.AGBCode // for DHNaar
	// OverbruggingBlijft (with DHNaar): the client's overbruggingszorg is
	// not withdrawn; the new dossierhouder asks the client whether it is as
	// wished and adapts it if not (VZ2013 5.4).
	OverbruggingBlijft bool
	Source             string
}

// String returns "blijft", "stopt" or "naar:12345678".
func (d Dossierhouder) String() string {
	switch d.Wijziging {
	case DHBlijft:
		return "blijft"
	case DHStopt:
		return "stopt"
	case DHNaar:
		return "naar:" + d.Naar.String()
	}
	return ""
}

// Outcome is the result of a valid mutation.
type Outcome struct {
	State State
	// Toewijzing is what happens to the toewijzing; Einddatum is its new
	// einddatum when it is closed or withdrawn (OP151: the ingangsdatum
	// when the mutatiedatum lies before it).
	Toewijzing Effect
	Einddatum  calendar.Date
	// AAT is the aanvraag that follows; AAT.Soort is zero when none.
	AAT AAT
	// Row is the VZ2013 Bijlage D row the mutation matched (VZ2013 only).
	Row           string
	Dossierhouder Dossierhouder
	// MutDeadline is the last day the MUT was due (5 werkdagen after the
	// change became known, ZK-dossierhouderschap / iWlz-IM 2.2 OP181; 10 after the toewijzing when
	// the status could not be set); Late reports whether the dagtekening is
	// after it. ZorgkantoorDeadline is when the zorgkantoor must have
	// processed it (2 werkdagen, ZK-dossierhouderschap).
	MutDeadline         calendar.Date
	ZorgkantoorDeadline calendar.Date
	Late                bool
	Release             allocation.Release
}

// The catalogue terms the transitions use, looked up once.
var (
	termMutatie               = mustTerm(calendar.TermMutatie)
	termMutatieStatusOnbekend = mustTerm(calendar.TermMutatieStatusOnbekend)
	termZorgkantoorMutatie    = mustTerm(calendar.TermZorgkantoorMutatie)
	termMetUitloop            = mustTerm(calendar.TermOverbruggingMetUitloop)
	termTransfer              = mustTerm(calendar.TermTransfer)
)

// mustTerm looks up a term of the catalogue; the ids are constants of the
// calendar package and the tests check every one, so the lookup cannot fail.
func mustTerm(id calendar.TermID) calendar.Term {
	t, _ := calendar.LookupTerm(id)
	return t
}

var (
	endCodes   = mutSet(MUT17, MUT19, MUT20) // Begindatum required (TR066), not before the ingangsdatum (IV101)
	beforeMAZ  = mutSet(MUT12, MUT18, MUT21) // only regulier (TR073), not after a MAZ (TR078)
	withAAT    = mutSet(MUT12, MUT18, MUT19) // may go with an AAT (TR041)
	bestemming = mutSet(MUT17, MUT21)        // InstellingBestemming (CD020)
)

func mutSet(cs ...Mutatiecode) MutatieSet {
	var s MutatieSet
	for _, c := range cs {
		s = s.With(c)
	}
	return s
}

// line is what the mutation rules need of the toewijzing a mutation or a
// MAZ is on: a ZZP toewijzing or, under VZ2013, a functie toewijzing.
type line struct {
	soort            allocation.SoortToewijzing
	period           calendar.Period
	toewijzingsdatum calendar.Date
	leveringsvorm    allocation.Leveringsvorm // zero for a functie
	functie          bool
	zero             bool
}

func zzpLine(t *allocation.Zorgtoewijzing) line {
	return line{soort: t.Soort(), period: t.Period(), toewijzingsdatum: t.Toewijzingsdatum(), leveringsvorm: t.Leveringsvorm(), zero: t.IsZero()}
}

func functieLine(f *allocation.FunctieToewijzing) line {
	s := f.Spec()
	return line{soort: s.Soort, period: f.Period(), toewijzingsdatum: s.Toewijzingsdatum, functie: true, zero: f.IsZero()}
}

// Apply judges mutation m on toewijzing t in state s, on ctx.Dagtekening
// under the release that date selects, and returns the new state and the
// outcome, or every violation at once. Nothing is changed in place. The
// rules are those of Check.
func Apply(t allocation.Zorgtoewijzing, s State, m Mutatie, ctx Context) (Outcome, error) {
	l := zzpLine(&t)
	return apply(&l, &s, &m, &ctx)
}

// ApplyFunctie is Apply for a mutation on a functie toewijzing. VZ2013
// Bijlage D gives most of its rows for "ZZP / functie": under the VZ2013
// rule set a MUT on a functie line is judged by those rows (a row for the
// ZZP only does not match a functie). Under iWlz the mutation rules of this
// package are those of the ZZP (AW39 MutatieZorgzwaartepakket); a functie
// line under an iWlz release is the input error "option" (the
// MutatieFunctie of an AW39 message is judged by ValidateAW39).
func ApplyFunctie(f allocation.FunctieToewijzing, s State, m Mutatie, ctx Context) (Outcome, error) {
	l := functieLine(&f)
	return apply(&l, &s, &m, &ctx)
}

func apply(l *line, s *State, m *Mutatie, ctx *Context) (Outcome, error) {
	rs, row, err := check(l, s, m, ctx)
	if err != nil {
		return Outcome{}, err
	}
	var o Outcome
	if err := outcome(&o, l, s, m, ctx, rs, row); err != nil {
		return Outcome{}, err
	}
	return o, nil
}

// Check validates mutation m on toewijzing t in state s, as Apply does, but
// computes no outcome: for a backend that only accepts or rejects incoming
// mutations. It returns nil or every violation at once.
//
// Every release: the input errors, the code lists (COD588, COD167, COD168) on the
// mutatiedatum, CS023 (TR134 from iWlz 2.3; no mutatiedatum after the dagtekening, which also
// enforces ZK-dossierhouderschap "geen mutatiedatum in de toekomst"), TR018, TR020,
// TR073, "VZ2013 Bijlage D MUT21" (no MUT21 after a MUT12 or MUT18) and
// the MUT17 rule of ZK-dossierhouderschap (a MUT17 only when the new
// dossierhouder delivers aansluitend) and "Toewijzing gesloten" (no
// mutation after one that closed or withdrew the toewijzing, State.Closed).
// VZ2013: the row of Bijlage D must match ("VZ2013 Bijlage
// D"; MUT17, MUT19 and MUT20 need a MAZ). iWlz: TR046, TR066, TR069 (the
// Begindatum of MUT17, MUT19 and MUT20 is State.MAZ, so they need a MAZ),
// IV101, TR078, OP161, TR041, CD020, CS127, TR019;
// from 2.2 CD090, CS131, CS133. Violations carry the id of the judged
// release (TR046 is CS137, TR066 CD094, TR018 CS136 from iWlz 2.3).
func Check(t allocation.Zorgtoewijzing, s State, m Mutatie, ctx Context) error {
	l := zzpLine(&t)
	_, _, err := check(&l, &s, &m, &ctx)
	return err
}

// check applies the rules and returns the release and, under VZ2013, the
// matched Bijlage D row.
func check(t *line, s *State, m *Mutatie, ctx *Context) (allocation.Release, *Rij, error) {
	var vs allocation.Violations
	if t.zero {
		verdict.Add(&vs, allocation.InputMissing, 0, "Toewijzing", "", "de mutatie hoort bij een gevalideerde toewijzing (allocation.NewZorgtoewijzing of NewFunctieToewijzing)")
	}
	if ctx.Dagtekening.IsZero() || ctx.Calendar == nil {
		verdict.Add(&vs, allocation.InputMissing, 0, "Context", "", "de dagtekening en de werkdagkalender zijn verplicht")
	}
	if m.Code == 0 {
		verdict.Add(&vs, allocation.InputMissing, 0, "Mutatiecode", "", "de mutatiecode ontbreekt")
	}
	if m.Datum.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Mutatiedatum", "", "de mutatiedatum ontbreekt")
	}
	if m.Leveringsstatus == 0 {
		verdict.Add(&vs, allocation.InputMissing, 0, "Leveringsstatus", "", "de leveringsstatus ontbreekt")
	}
	if len(vs) > 0 {
		return 0, nil, vs
	}
	rel, err := allocation.Judged(ctx.Release, ctx.Dagtekening)
	if err != nil {
		return 0, nil, err
	}
	if err := functieUnderIWlz(t, rel); err != nil {
		return 0, nil, err
	}
	verdict.Code(&vs, mutatiecodeList, uint8(m.Code), "Mutatiecode", m.Datum, rel)
	verdict.Code(&vs, leveringsstatusList, uint8(m.Leveringsstatus), "Leveringsstatus", m.Datum, rel)
	verdict.Code(&vs, classificatieList, uint8(m.Classificatie), "LeveringsstatusClassificatie", m.Datum, rel)
	checkDates(&vs, t, s, m, ctx.Dagtekening, rel)
	if beforeMAZ.Has(m.Code) && t.soort != allocation.Regulier {
		verdict.Add(&vs, allocation.TR073, rel, "Mutatiecode", m.Code.Code(), "MUT12, MUT18 en MUT21 zijn alleen toegestaan op een reguliere toewijzing")
	}
	if m.Code == MUT21 && (s.Gezonden.Has(MUT12) || s.Gezonden.Has(MUT18)) {
		verdict.Add(&vs, allocation.VZBijlageDMUT21, rel, "Mutatiecode", m.Code.Code(), "na een MUT12 of MUT18 kan geen MUT21 worden gedaan")
	}
	if m.Code == MUT17 && !m.Aansluitend {
		verdict.Add(&vs, allocation.ZKMUT17, rel, "Mutatiecode", m.Code.Code(),
			"MUT17 alleen als de nieuwe dossierhouder aansluitend zorg gaat leveren; anders een aanvraag aangepaste toewijzing (AAT)")
	}
	if m.DossierhouderWissel && t.soort == allocation.Overbrugging && effectOf(m) != Kept {
		verdict.Add(&vs, allocation.VZ54, rel, "Mutatiecode", m.Code.Code(),
			"bij een wisseling van dossierhouder wordt de overbruggingszorg niet ingetrokken: de nieuwe dossierhouder past haar zo nodig aan")
	}
	if s.Closed() {
		verdict.Add(&vs, allocation.Gesloten, rel, "Mutatiecode", m.Code.Code(),
			"de toewijzing is al gesloten of ingetrokken (einddatum "+s.Einddatum.String()+"): er volgt geen mutatie meer op")
	}
	var row *Rij
	if rel == allocation.VZ2013 {
		row = matchRow(&vs, s, m, t.functie)
	} else {
		checkIWlz(&vs, t, s, m, rel)
	}
	if len(vs) > 0 {
		return 0, nil, vs
	}
	return rel, row, nil
}

// checkDates applies CS023, TR018 and TR020.
func checkDates(vs *allocation.Violations, t *line, s *State, m *Mutatie, dagtekening calendar.Date, rel allocation.Release) {
	if m.Datum.After(dagtekening) {
		verdict.Add(vs, allocation.CS023, rel, "Mutatiedatum", m.Datum.String(),
			"de mutatiedatum mag niet in de toekomst liggen (na de dagtekening "+dagtekening.String()+"; ZK-dossierhouderschap)")
	}
	if !m.Begindatum.IsZero() && m.Datum.Before(m.Begindatum) {
		verdict.Add(vs, allocation.TR018, rel, "Mutatiedatum", m.Datum.String(), "de mutatiedatum ligt voor de begindatum van de zorg "+m.Begindatum.String())
	}
	end := t.period.End()
	if !s.Einddatum.IsZero() && (end.IsZero() || s.Einddatum.Before(end)) {
		end = s.Einddatum
	}
	if !end.IsZero() && m.Datum.After(end) {
		verdict.Add(vs, allocation.TR020, rel, "Mutatiedatum", m.Datum.String(), "de mutatiedatum ligt na de einddatum van de toewijzing "+end.String())
	}
}

// matchRow finds the VZ2013 Bijlage D row of m, or adds a violation.
func matchRow(vs *allocation.Violations, s *State, m *Mutatie, functie bool) *Rij {
	const rel = allocation.VZ2013
	inZorg := s.InZorg()
	aat := allocation.SoortToewijzing(0)
	if m.MetAAT || m.AATSoort != 0 {
		aat = m.AATSoort
	}
	for i := range bijlageD {
		r := &bijlageD[i]
		if r.Code != m.Code || !r.Statuses.Has(m.Leveringsstatus) || r.AAT != aat || (functie && r.Zorgeenheid == AlleenZZP) {
			continue
		}
		if (r.MAZ == MAZJa && !inZorg) || (r.MAZ == MAZNee && inZorg) {
			continue
		}
		if r.BudgetBinnenZZP && m.BudgetOverschreden {
			verdict.Add(vs, allocation.VZBijlageD, rel, "BudgetOverschreden", "ja", r.ID+": de zorg mag het budget van het ZZP niet overschrijden")
			return nil
		}
		return r
	}
	verdict.Add(vs, allocation.VZBijlageD, rel, "Mutatiecode", m.Code.Code(), "geen rij van Bijlage D past bij "+m.Code.String()+
		" met leveringsstatus "+m.Leveringsstatus.NameOn(m.Datum)+mazText(inZorg)+aatText(aat)+eenheidText(functie))
	return nil
}

func eenheidText(functie bool) string {
	if functie {
		return ", op een functie"
	}
	return ""
}

// functieUnderIWlz refuses a functie line under an iWlz release: the
// rules of Apply and ApplyMAZ for functies are those of VZ2013 Bijlage D.
func functieUnderIWlz(t *line, rel allocation.Release) error {
	if !t.functie || rel == allocation.VZ2013 {
		return nil
	}
	return verdict.One(allocation.InputOption, 0, "Toewijzing", rel.String(),
		"een mutatie of melding op een functie wordt hier alleen onder VZ2013 (Bijlage D) beoordeeld; onder iWlz beoordeelt ValidateAW39 de MutatieFunctie")
}

func mazText(inZorg bool) string {
	if inZorg {
		return ", cliënt in zorg (MAZ aanwezig)"
	}
	return ", cliënt niet in zorg (geen MAZ)"
}

func aatText(aat allocation.SoortToewijzing) string {
	if aat == 0 {
		return ", zonder AAT"
	}
	return ", met AAT " + aat.String()
}

// checkIWlz applies the iWlz AW39 rules.
func checkIWlz(vs *allocation.Violations, t *line, s *State, m *Mutatie, rel allocation.Release) {
	if m.AATSoort != 0 && !m.MetAAT {
		mm := *m // a soort means an aanvraag goes with the mutation (TR041)
		mm.MetAAT = true
		m = &mm
	}
	checkIWlzMessage(vs, m, rel)
	checkAATSoort(vs, m, rel)
	ingang := t.period.Start()
	if endCodes.Has(m.Code) && m.Datum.Before(ingang) {
		verdict.Add(vs, allocation.IV101, rel, "Mutatiedatum", m.Datum.String(), "MUT17, MUT19 en MUT20 mogen niet voor de ingangsdatum van de toewijzing "+ingang.String()+" liggen")
	}
	if endCodes.Has(m.Code) && !m.Begindatum.IsZero() {
		// TR069: the begindatum is that of the current AW35 on or before
		// the mutatiedatum; without a MAZ there is none, so MUT17, MUT19
		// and MUT20 need an admission first.
		switch {
		case s.MAZ.IsZero():
			verdict.Add(vs, allocation.TR069, rel, "Begindatum", m.Begindatum.String(),
				m.Code.String()+" zonder melding aanvang zorg: er is geen AW35 op of voor de mutatiedatum")
		case !m.Begindatum.Equal(s.MAZ):
			verdict.Add(vs, allocation.TR069, rel, "Begindatum", m.Begindatum.String(),
				"de begindatum is niet die van de actuele melding aanvang zorg "+s.MAZ.String())
		}
	}
	if beforeMAZ.Has(m.Code) && s.InZorg() && !s.MAZ.After(m.Datum) {
		verdict.Add(vs, allocation.TR078, rel, "Mutatiecode", m.Code.Code(), "MUT12, MUT18 en MUT21 mogen niet na een melding aanvang zorg, tenzij eerst een MUT20 is gestuurd")
	}
	if m.Code == MUT21 && s.InZorg() {
		verdict.Add(vs, allocation.OP161, rel, "Mutatiecode", m.Code.Code(), "een overdracht (MUT21) kan alleen zolang de levering niet (opnieuw) is gestart")
	}
	if m.Leveringsvorm != 0 && m.Leveringsvorm != t.leveringsvorm {
		verdict.Add(vs, allocation.TR019, rel, "Leveringsvorm", m.Leveringsvorm.Code(), "de mutatie past niet bij de toewijzing (leveringsvorm "+t.leveringsvorm.Code()+")")
	}
}

// checkAATSoort judges the soort of the aanvraag that goes with a
// mutation under iWlz: it is required (the AanvraagInstelling's Soort is
// mandatory, iWlz-XSD 2.2 AW39), a code of COD165 on the mutatiedatum
// (alternatief and transfer ended with iWlz 2.0) and not administratief
// (iWlz-XSLT 2.2 CS072). The soort asked is what the outcome's AAT keeps:
// it is never replaced.
func checkAATSoort(vs *allocation.Violations, m *Mutatie, rel allocation.Release) {
	if !m.MetAAT {
		return
	}
	switch {
	case m.AATSoort == 0:
		verdict.Add(vs, allocation.InputMissing, 0, "AATSoort", "", "de soort van de aanvraag aangepaste toewijzing ontbreekt (AanvraagInstelling/Soort is verplicht)")
	case !m.AATSoort.ValidOn(m.Datum):
		verdict.Add(vs, allocation.COD165, rel, "AATSoort", m.AATSoort.Code(), "geen soort toewijzing van COD165 op "+m.Datum.String())
	case m.AATSoort == allocation.Administratief:
		verdict.Add(vs, allocation.CS072, rel, "AATSoort", m.AATSoort.Code(), "een aanvraag kan niet administratief zijn")
	}
}

// checkIWlzMessage applies the iWlz AW39 rules that need nothing but the
// mutation itself (the rules the official stylesheet applies to a
// MutatieZorgzwaartepakket, iWlz-XSLT 2.2 AW39).
func checkIWlzMessage(vs *allocation.Violations, m *Mutatie, rel allocation.Release) {
	if allowed := tr046Allowed(m.Code, rel); allowed != 0 && !allowed.Has(m.Leveringsstatus) {
		verdict.Add(vs, allocation.TR046, rel, "Leveringsstatus", m.Leveringsstatus.Code(),
			"bij "+m.Code.String()+" hoort leveringsstatus "+allowed.String()+" ("+rel.String()+")")
	}
	if endCodes.Has(m.Code) == m.Begindatum.IsZero() {
		verdict.Add(vs, allocation.TR066, rel, "Begindatum", m.Begindatum.String(), "de begindatum is verplicht bij MUT17, MUT19 en MUT20 en moet anders leeg zijn")
	}
	if m.MetAAT && !withAAT.Has(m.Code) {
		verdict.Add(vs, allocation.TR041, rel, "Mutatiecode", m.Code.Code(), "samen met een aanvraag aangepaste toewijzing alleen MUT12, MUT18 of MUT19")
	}
	if bestemming.Has(m.Code) == m.InstellingBestemming.IsZero() {
		verdict.Add(vs, allocation.CD020, rel, "InstellingBestemming", m.InstellingBestemming.String(), "de instelling bestemming is verplicht bij MUT17 en MUT21 en moet anders leeg zijn")
	}
	if m.Leveringsvorm == 0 {
		verdict.Add(vs, allocation.InputMissing, 0, "Leveringsvorm", "", "de leveringsvorm ontbreekt")
	}
	if m.Leveringsvorm == allocation.PGB || m.Leveringsvorm == allocation.VKB {
		verdict.Add(vs, allocation.CS127, rel, "Leveringsvorm", m.Leveringsvorm.Code(), "een mutatie kan niet over PGB of verkeerde bed gaan")
	}
	if m.Leveringsstatus == ActiefWachtend {
		verdict.Add(vs, allocation.CS133, rel, "Leveringsstatus", "1", "leveringsstatus 1 (actief wachtend) bestaat niet meer: kies Urgent plaatsen of Actief plaatsen")
	}
	if classificatieRequired.Has(m.Leveringsstatus) == (m.Classificatie == 0) {
		verdict.Add(vs, allocation.CD090, rel, "LeveringsstatusClassificatie", m.Classificatie.Code(), "een classificatie is verplicht bij leveringsstatus 2, 3, 6 en 7 en moet anders leeg zijn")
	}
	// CS131 is judged from the status side, as the stylesheet does
	// (iWlz-XSLT 2.2 CS131: for Leveringsstatus 2, 3, 6 and 7 the
	// classificatie must be one of that status's codes, so a missing one
	// breaks CS131 as well as CD090); the prose ("een waarde die hoort bij
	// de waarde van Leveringsstatus") also reads as a check of a
	// classificatie given with status 4 or 5, which CD090 already refuses.
	if classificatieRequired.Has(m.Leveringsstatus) && (m.Classificatie == 0 || !allowedFor(m.Classificatie).Has(m.Leveringsstatus)) {
		what := "geen classificatie"
		if m.Classificatie != 0 {
			what = "classificatie " + m.Classificatie.String()
		}
		verdict.Add(vs, allocation.CS131, rel, "LeveringsstatusClassificatie", m.Classificatie.Code(),
			"bij leveringsstatus "+m.Leveringsstatus.Code()+" hoort een classificatie van die status, niet "+what)
	}
}

// outcome computes the new state, the effect, the AAT and the deadlines.
func outcome(o *Outcome, t *line, s *State, m *Mutatie, ctx *Context, rs allocation.Release, row *Rij) error {
	o.Release, o.Toewijzing, o.Dossierhouder = rs, effectOf(m), dossierhouderOf(m)
	if t.functie {
		o.Dossierhouder = Dossierhouder{Source: "VZ2013 5.1 (extramurale zorg: geen dossierhouderschap; de rol volgt uit de ZZP-toewijzing)"}
	}
	if rs.IWlz() && t.leveringsvorm == allocation.MPT && o.Dossierhouder.Wijziging == DHStopt {
		// An MPT line has no dossierhouder (iWlz-XSLT 2.2 CD073): closing
		// it ends its CZT role, not the dossierhouderschap, which follows
		// the regulier Verblijf, VPT or DTV line the aanbieder may still
		// hold (allocation.ToewijzingSet.Dossierhouders after
		// Zorgtoewijzing.EndedOn).
		o.Dossierhouder = Dossierhouder{Source: "iWlz-XSLT 2.2 CD073; iWlz-IM 2.2 OP162, OP329 (een MPT-toewijzing heeft geen dossierhouder; de rol volgt uit de reguliere Verblijf-, VPT- of DTV-toewijzing die de aanbieder nog heeft)"}
	}
	if row != nil {
		o.Row = row.ID
		o.Toewijzing = row.Toewijzing
	}
	ingang := t.period.Start()
	if o.Toewijzing != Kept {
		o.Einddatum = m.Datum
		if m.Datum.Before(ingang) {
			o.Einddatum = ingang // OP151
		}
	}
	if err := aatOf(&o.AAT, t, m, ctx, row); err != nil {
		return err
	}
	bekend := m.Bekend
	if bekend.IsZero() {
		bekend = m.Datum
	}
	var err error
	if m.StatusOnbekend {
		o.MutDeadline, err = ctx.Calendar.TermDeadline(t.toewijzingsdatum, termMutatieStatusOnbekend, 0)
	} else {
		o.MutDeadline, err = ctx.Calendar.TermDeadline(bekend, termMutatie, 0)
	}
	if err != nil {
		return err
	}
	if o.ZorgkantoorDeadline, err = ctx.Calendar.TermDeadline(ctx.Dagtekening, termZorgkantoorMutatie, 0); err != nil {
		return err
	}
	o.Late = ctx.Dagtekening.After(o.MutDeadline)
	o.State = State{
		Leveringsstatus: m.Leveringsstatus, Classificatie: m.Classificatie, MAZ: s.MAZ,
		MUT20: s.MUT20 || m.Code == MUT20, Gezonden: s.Gezonden.With(m.Code), Einddatum: o.Einddatum,
		Gesloten: s.Gesloten || o.Toewijzing != Kept,
	}
	if o.Einddatum.IsZero() {
		o.State.Einddatum = s.Einddatum
	}
	return nil
}

// effectOf is what the mutation does to the toewijzing (iWlz; CZ's
// overview in CZ-AW39: 12 with 5, 17, 19 and 21 end it).
func effectOf(m *Mutatie) Effect {
	switch m.Code {
	case MUT02, MUT17, MUT19:
		return Closed
	case MUT21:
		return Withdrawn
	case MUT12:
		if m.Leveringsstatus == EindeZorgvraag {
			return Withdrawn
		}
	}
	return Kept
}

// dossierhouderOf applies VZ2013 5.3-5.4 and Bijlage D.
func dossierhouderOf(m *Mutatie) Dossierhouder {
	switch m.Code {
	case MUT02:
		return Dossierhouder{Wijziging: DHStopt, Source: "VZ2013 Bijlage D, MUT02"}
	case MUT12:
		if m.Leveringsstatus == EindeZorgvraag {
			return Dossierhouder{Wijziging: DHStopt, Source: "VZ2013 5.3 (de cliënt wil niet opgenomen worden)"}
		}
		return Dossierhouder{Wijziging: DHBlijft, Source: "VZ2013 Bijlage D, MUT12 rij 2 (dossierhouder blijft verantwoordelijk)"}
	case MUT17:
		return Dossierhouder{Wijziging: DHNaar, Naar: m.InstellingBestemming, OverbruggingBlijft: true,
			Source: "VZ2013 5.3 (overplaatsing van A naar B), 5.4 (de overbruggingszorg wordt niet ingetrokken)"}
	case MUT19:
		if m.NazorgOpen {
			return Dossierhouder{Wijziging: DHBlijft, Source: "VZ2013 5.3 (terug naar huis na opname: het dossierhouderschap stopt pas als eventuele nazorg goed geregeld is)"}
		}
		return Dossierhouder{Wijziging: DHStopt, Source: "VZ2013 5.3 (terug naar huis na opname; meldingen gedaan, nazorg geregeld)"}
	case MUT21:
		return Dossierhouder{Wijziging: DHNaar, Naar: m.InstellingBestemming, OverbruggingBlijft: true,
			Source: "VZ2013 5.4 (de overbruggingszorg wordt niet ingetrokken); ZK-dossierhouderschap (Toewijzing overzetten naar dossierhouder: MUT21)"}
	}
	return Dossierhouder{Wijziging: DHBlijft, Source: "VZ2013 5.2"}
}

// aatOf computes the AAT that follows: from the Bijlage D row under VZ2013,
// an overbrugging under iWlz when the message carries one.
func aatOf(a *AAT, t *line, m *Mutatie, ctx *Context, row *Rij) error {
	switch {
	case row != nil && row.AAT != 0:
		*a = AAT{Soort: row.AAT, Regel: row.ED}
	case row == nil && m.AATSoort == allocation.Overbrugging:
		*a = AAT{Soort: allocation.Overbrugging, Regel: EDBudget}
	case row == nil && m.AATSoort != 0:
		// iWlz: the soort asked is kept (checkAATSoort judged it). A
		// regulier aanvraag is for the duration of the ZZP (VZ2013 Bijlage
		// D "Mag toegewezen worden voor de duur van de ZZP").
		*a = AAT{Soort: m.AATSoort, Regel: EDMaxZZP}
	default:
		return nil
	}
	if a.Regel == EDBudget {
		a.Regel = EDMaxZZP
		if m.BudgetOverschreden {
			a.Regel = EDMetUitloop
		}
	}
	zzpEnd := t.period.End()
	var err error
	switch a.Regel {
	case EDMaxZZP:
		a.Einddatum = zzpEnd
	case EDMetUitloop:
		// VZ2013 4.4.2: a looptijd of at most 3 maanden (the client's
		// admission is due within it), once extended by at most 3.
		if a.Einddatum, err = ctx.Calendar.TermLastDay(m.Datum, termMetUitloop, 0); err == nil {
			a.VerlengdTot, err = ctx.Calendar.TermLastDay(m.Datum, termMetUitloop, 1)
		}
	case EDTransfer:
		a.Einddatum, err = ctx.Calendar.TermLastDay(m.Datum, termTransfer, 0)
	}
	if err != nil {
		return err
	}
	if !zzpEnd.IsZero() {
		a.Einddatum = earliest(a.Einddatum, zzpEnd)
		if !a.VerlengdTot.IsZero() {
			a.VerlengdTot = earliest(a.VerlengdTot, zzpEnd)
		}
	}
	return nil
}

func earliest(a, b calendar.Date) calendar.Date {
	if a.IsZero() || b.Before(a) {
		return b
	}
	return a
}

// MAZMelding is a melding aanvang zorg (AW35): the day care starts and,
// for the VZ2013 MAZ table, on what and how fully it is delivered.
type MAZMelding struct {
	Begindatum calendar.Date
	// Sleuteldatum is the start of the eigen bijdrage when it lies before
	// the begindatum (zero: none, the usual case): Verblijf only (CD004),
	// before the begindatum (CS088), at most 14 days before it (OP044,
	// calendar.TermSleuteldatum) and inside the toewijzing (TR017).
	Sleuteldatum calendar.Date
	// Behandeling (iWlz 2.2 AW35, COD260): whether behandeling is delivered
	// with the verblijf. Required when the toewijzing is Verblijf with
	// Opname Ja, and absent otherwise (TR129, judged by CheckMAZ; ApplyMAZ
	// does not need it).
	Behandeling allocation.JaNee
	Functie     bool // the MAZ is on a functie (false: on the ZZP)
	Volledig    bool // the full toegewezen amount is delivered
	Akkoord     bool // the client accepts a (temporary) lower delivery
}

// termSleuteldatum is the 14 days of OP044, in kalenderdagen (so no
// werkdag calendar is needed: the Context's Calendar stays optional for a
// MAZ).
var termSleuteldatum = mustTerm(calendar.TermSleuteldatum)

// ApplyMAZ judges a melding aanvang zorg on toewijzing t and returns the
// new state: under VZ2013 the leveringsstatus of the MAZ table of Bijlage
// D; under iWlz always In zorg (CS062). Rules: XSD, CS023 (begindatum not
// after the dagtekening), TR017 (begindatum and sleuteldatum within the
// toewijzing, and the begindatum not after an einddatum a mutation gave
// it in s), "Toewijzing gesloten" (no MAZ on a closed or withdrawn
// toewijzing, s.Closed); iWlz: CD004, CS088 and OP044 on the sleuteldatum.
// Behandeling is not needed for the state: CheckMAZ judges it (TR129).
func ApplyMAZ(t allocation.Zorgtoewijzing, s State, maz MAZMelding, ctx Context) (State, error) {
	l := zzpLine(&t)
	return applyMAZ(&l, t.Opname(), &s, &maz, &ctx, false)
}

// CheckMAZ judges a melding aanvang zorg on toewijzing t as an AW35
// GeleverdZorgzwaartepakket carries it: the rules of ApplyMAZ and, from
// iWlz 2.2, TR129 (Behandeling is filled when the toewijzing is Verblijf
// with Opname Ja, and empty otherwise). It returns nil or every violation.
func CheckMAZ(t allocation.Zorgtoewijzing, maz MAZMelding, ctx Context) error {
	l := zzpLine(&t)
	_, err := applyMAZ(&l, t.Opname(), &State{}, &maz, &ctx, true)
	return err
}

// ApplyMAZFunctie is ApplyMAZ for a MAZ on a functie toewijzing: under
// VZ2013 the leveringsstatus of the rows "MAZ op functie" of Bijlage D
// (full delivery In zorg; part and accepted Slapend wachtend; part and not
// accepted Actief wachtend), whatever maz.Functie says. Under an iWlz
// release it is the input error "option" (see ApplyFunctie).
func ApplyMAZFunctie(f allocation.FunctieToewijzing, s State, maz MAZMelding, ctx Context) (State, error) {
	l := functieLine(&f)
	maz.Functie = true
	return applyMAZ(&l, 0, &s, &maz, &ctx, false)
}

func applyMAZ(t *line, opname allocation.JaNee, s *State, maz *MAZMelding, ctx *Context, behandeling bool) (State, error) {
	var vs allocation.Violations
	if t.zero || maz.Begindatum.IsZero() || ctx.Dagtekening.IsZero() {
		verdict.Add(&vs, allocation.InputMissing, 0, "Begindatum", maz.Begindatum.String(), "toewijzing, begindatum en dagtekening zijn verplicht")
		return State{}, vs
	}
	rel, err := allocation.Judged(ctx.Release, ctx.Dagtekening)
	if err != nil {
		return State{}, err
	}
	if err := functieUnderIWlz(t, rel); err != nil {
		return State{}, err
	}
	if maz.Begindatum.After(ctx.Dagtekening) {
		verdict.Add(&vs, allocation.CS023, rel, "Begindatum", maz.Begindatum.String(), "de begindatum mag niet na de dagtekening "+ctx.Dagtekening.String()+" liggen")
	}
	if !t.period.Contains(maz.Begindatum) {
		verdict.Add(&vs, allocation.TR017, rel, "Begindatum", maz.Begindatum.String(), "de begindatum ligt buiten de toewijzing "+t.period.String())
	} else if !s.Einddatum.IsZero() && maz.Begindatum.After(s.Einddatum) {
		verdict.Add(&vs, allocation.TR017, rel, "Begindatum", maz.Begindatum.String(), "de begindatum ligt na de einddatum "+s.Einddatum.String()+" die een mutatie de toewijzing gaf")
	}
	if s.Closed() {
		verdict.Add(&vs, allocation.Gesloten, rel, "Begindatum", maz.Begindatum.String(),
			"de toewijzing is al gesloten of ingetrokken (einddatum "+s.Einddatum.String()+"): een nieuwe opname vraagt een nieuwe toewijzing")
	}
	checkSleuteldatum(&vs, t, maz, rel)
	if behandeling && rel.IWlz() {
		required := t.leveringsvorm == allocation.Verblijf && opname == allocation.Ja
		if required == (maz.Behandeling == 0) {
			verdict.Add(&vs, allocation.TR129, rel, "Behandeling", maz.Behandeling.Code(),
				"behandeling is verplicht als de leveringsvorm verblijf is en de toewijzing opname Ja heeft, en moet anders leeg zijn")
		}
	}
	if len(vs) > 0 {
		return State{}, vs
	}
	status := InZorg
	if rel == allocation.VZ2013 {
		status = mazRow(maz.Functie, maz.Volledig, maz.Akkoord).Status
	}
	return State{Leveringsstatus: status, MAZ: maz.Begindatum, Gezonden: s.Gezonden, Einddatum: s.Einddatum, Gesloten: s.Gesloten}, nil
}

// checkSleuteldatum applies CD004, CS088, OP044 and TR017 to the
// sleuteldatum of a MAZ.
func checkSleuteldatum(vs *allocation.Violations, t *line, maz *MAZMelding, rel allocation.Release) {
	sd := maz.Sleuteldatum
	if sd.IsZero() {
		return
	}
	if t.leveringsvorm != allocation.Verblijf {
		verdict.Add(vs, allocation.CD004, rel, "Sleuteldatum", sd.String(), "een sleuteldatum alleen bij leveringsvorm verblijf (4)")
	}
	if !sd.Before(maz.Begindatum) {
		verdict.Add(vs, allocation.CS088, rel, "Sleuteldatum", sd.String(), "de sleuteldatum ligt voor de begindatum "+maz.Begindatum.String())
	} else if earliest := maz.Begindatum.AddDays(-termSleuteldatum.Termijn.N); sd.Before(earliest) {
		verdict.Add(vs, allocation.OP044, rel, "Sleuteldatum", sd.String(),
			"de sleuteldatum ligt ten hoogste 14 dagen voor de begindatum "+maz.Begindatum.String()+" (niet voor "+earliest.String()+")")
	}
	if !t.period.Contains(sd) {
		verdict.Add(vs, allocation.TR017, rel, "Sleuteldatum", sd.String(), "de sleuteldatum ligt buiten de toewijzing "+t.period.String())
	}
}

// mutatieMessage judges mutation m as an AW39 carries it, without the
// toewijzing or the state it applies to (those are outside the message):
// the code lists on the mutatiedatum, CS023, TR018 and the iWlz rules of
// checkIWlzMessage. It is the part of Check that the official stylesheet
// applies to a MutatieZorgzwaartepakket (iWlz-XSLT 2.2 AW39).
func mutatieMessage(m *Mutatie, dagtekening calendar.Date, rel allocation.Release) allocation.Violations {
	var vs allocation.Violations
	if m.Code != 0 {
		verdict.Code(&vs, mutatiecodeList, uint8(m.Code), "Mutatiecode", m.Datum, rel)
	}
	if m.Leveringsstatus != 0 {
		verdict.Code(&vs, leveringsstatusList, uint8(m.Leveringsstatus), "Leveringsstatus", m.Datum, rel)
	}
	verdict.Code(&vs, classificatieList, uint8(m.Classificatie), "LeveringsstatusClassificatie", m.Datum, rel)
	if m.Datum.After(dagtekening) {
		verdict.Add(&vs, allocation.CS023, rel, "Mutatiedatum", m.Datum.String(),
			"de mutatiedatum mag niet na de dagtekening "+dagtekening.String()+" liggen")
	}
	if !m.Begindatum.IsZero() && !m.Datum.IsZero() && m.Datum.Before(m.Begindatum) {
		verdict.Add(&vs, allocation.TR018, rel, "Mutatiedatum", m.Datum.String(), "de mutatiedatum ligt voor de begindatum van de zorg "+m.Begindatum.String())
	}
	if rel.IWlz() {
		checkIWlzMessage(&vs, m, rel)
	}
	return vs
}
