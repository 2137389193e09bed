package allocation

import (
	"strconv"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// The domain rules of a whole AW33: every indicatie, toewijzing and set of
// toewijzingen judged by the same functions as NewIndicatie,
// NewZorgtoewijzing, NewFunctieToewijzing and NewToewijzingSet, each with
// every finding even when another element of the message is faulty.

// aw33Domain adds the findings of the library's domain rules on m to rep,
// with the caller's vertaaltabel (nil: none). Elements whose text the XSD
// reading refused (an XSD finding already) are left out of the rules that
// need their value.
func aw33Domain(m *AW33, rep *Report, tabel Vertalingen) {
	dag, err := calendar.ParseDate(msgxml.TrimSpace(m.Header.BerichtIdentificatie.Dagtekening))
	if err != nil {
		return // the XSD reading reported it; nothing can be judged against it
	}
	ctx := Context{Dagtekening: dag, Release: rep.Release, Vertaaltabel: tabel}
	for ci := range m.Clienten {
		c := &m.Clienten[ci]
		aw33Client(&c.Indicatie, lazyPath{parent: "/Bericht/Clienten/Client", i: ci, n: len(m.Clienten), child: "/Indicatie"}, ctx, rep)
	}
}

// lazyPath is the XPath parent + step(i, n) + child, built only when a
// finding names it (most elements have none).
type lazyPath struct {
	parent, child string
	i, n          int
}

func (l lazyPath) String() string { return l.parent + step(l.i, l.n) + l.child }

// step returns the XPath predicate of element i of n same-named siblings:
// "" for a single one, "[i+1]" otherwise (as the validation report writes
// it).
func step(i, n int) string {
	if n <= 1 {
		return ""
	}
	return "[" + strconv.Itoa(i+1) + "]"
}

// aw33Client judges one client's indicatie, toewijzingen and their set.
func aw33Client(in *AW33Indicatie, lp lazyPath, ctx Context, rep *Report) {
	var buf specBuf // the spec is dropped with ind, before return
	spec, ok := aw33IndicatieSpec(in, &buf)
	var ind Indicatie
	if ok {
		var vs Violations
		ind, vs = indicatieVerdict(spec, ctx)
		if len(vs) > 0 {
			p := lp.String()
			addViolations(rep, vs, func(field string) []string { return indicatieLocaties(in, p, field) })
		}
	}
	if len(in.GeindiceerdeZorgzwaartepakketten)+len(in.GeindiceerdeFuncties) == 0 &&
		len(in.ToegewezenZorgzwaartepakketten)+len(in.ToegewezenFuncties) > 0 && in.Einddatum == "" {
		// A besluit without geïndiceerde zorgeenheden (TR037) that carries
		// toewijzingen and no einddatum breaks TR014 as well: the
		// stylesheet compares the count of einddatums (0) with the count of
		// ingangsdatums (0) and reports it, at no element (iWlz-XSLT 2.2
		// TR014); the library names the Indicatie.
		rep.Add(TR014, "een besluit met toewijzingen maar zonder geïndiceerde zorgeenheden heeft geen einddatum die bij een zorgeenheid past", lp.String())
	}
	if ind.IsZero() {
		return // the toewijzingen cannot be judged without a besluit
	}
	// The lines of a usual indicatie fit the arrays on the stack.
	var lineBuf [8]Zorgtoewijzing
	var lineAtBuf, functieAtBuf [8]int
	var functieBuf [4]FunctieToewijzing
	zps := in.ToegewezenZorgzwaartepakketten
	lines, lineAt := lineBuf[:0], lineAtBuf[:0]
	for j := range zps {
		s, ok := aw33ToewijzingSpec(&zps[j])
		if !ok {
			continue
		}
		z, vs := toewijzingVerdict(s, ind, ctx)
		if len(vs) > 0 {
			zp := lp.String() + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket" + step(j, len(zps))
			addViolations(rep, vs, func(field string) []string { return toewijzingLocaties(zp, field) })
		}
		if !z.IsZero() {
			lines = append(lines, z)
			lineAt = append(lineAt, j)
		}
	}
	fs := in.ToegewezenFuncties
	functies, functieAt := functieBuf[:0], functieAtBuf[:0]
	for k := range fs {
		s, ok := aw33FunctieSpec(&fs[k])
		if !ok {
			continue
		}
		f, vs := functieVerdict(s, ind, ctx)
		if len(vs) > 0 {
			fp := lp.String() + "/ToegewezenFuncties/ToegewezenFunctie" + step(k, len(fs))
			addViolations(rep, vs, func(field string) []string { return toewijzingLocaties(fp, field) })
		}
		if !f.IsZero() {
			functies = append(functies, f)
			functieAt = append(functieAt, k)
		}
	}
	if vs := setViolations(lines, functies); len(vs) > 0 {
		p := lp.String()
		addViolations(rep, vs, func(field string) []string {
			return setLocaties(p, field, lineAt, len(zps), functieAt, len(fs))
		})
	}
}

// addViolations turns violations into findings at the locations loc gives
// for their field. TR127 is an aanvraag rule of the AW39 and is not judged
// on an AW33 (iWlz-XSLT 2.2: AW33 does not include TR127).
func addViolations(rep *Report, vs Violations, loc func(field string) []string) {
	for i := range vs {
		v := &vs[i]
		r := v.Rule.Rule()
		if r == TR127 || r.row().Kind == KindInput {
			continue
		}
		msg := v.Message
		if v.Value != "" {
			msg += " (" + msgxml.QuoteClip(v.Value) + ")"
		}
		rep.Add(r, msg, loc(v.Field)...)
	}
}

// parse helpers: each returns the zero value for an absent or unreadable
// text (the XSD reading reports unreadable text).
func date(s string) calendar.Date {
	if s == "" {
		return calendar.Date{} // absent: no DateError to build and drop
	}
	d, err := calendar.ParseDate(msgxml.TrimSpace(s))
	if err != nil {
		return calendar.Date{}
	}
	return d
}

func agb(s string) AGBCode {
	if s == "" {
		return AGBCode{} // absent: no CodeError to build and drop
	}
	a, _ := ParseAGBCode(msgxml.TrimSpace(s))
	return a
}

// specBuf is storage for the slices of an IndicatieSpec that a validator
// builds and drops: an indicatie with no more zorgeenheden and grondslagen
// than it holds needs no allocation.
type specBuf struct {
	grondslagen [2]Grondslag
	zzps        [4]GeindiceerdZZP
	functies    [4]GeindiceerdeFunctie
}

// aw33IndicatieSpec reads in as an IndicatieSpec whose slices start in
// buf's storage (nil: new storage, for a spec the caller keeps).
func aw33IndicatieSpec(in *AW33Indicatie, buf *specBuf) (IndicatieSpec, bool) {
	var s IndicatieSpec
	if buf != nil {
		s.Grondslagen, s.ZZPs, s.Functies = buf.grondslagen[:0], buf.zzps[:0], buf.functies[:0]
	}
	var err error
	if s.Besluitnummer, err = ParseBesluitnummer(msgxml.TrimSpace(in.Besluitnummer)); err != nil {
		return s, false
	}
	s.Afgiftedatum, s.Ingangsdatum, s.Einddatum = date(in.Afgiftedatum), date(in.Ingangsdatum), date(in.Einddatum)
	if s.Afgiftedatum.IsZero() || s.Ingangsdatum.IsZero() || (in.Einddatum != "" && s.Einddatum.IsZero()) {
		return s, false
	}
	if g := in.Grondslagen; g != nil {
		for _, t := range []string{g.Grondslag01, g.Grondslag02} {
			if t == "" {
				continue
			}
			if v, err := ParseGrondslag(msgxml.TrimSpace(t)); err == nil {
				s.Grondslagen = append(s.Grondslagen, v)
			}
		}
	}
	for _, g := range in.GeindiceerdeZorgzwaartepakketten {
		z := GeindiceerdZZP{Ingangsdatum: date(g.Ingangsdatum), Einddatum: date(g.Einddatum)}
		z.ZZP, _ = ParseZZP(msgxml.TrimSpace(g.ZzpCode))
		if g.Klasse != "" {
			z.Klasse, _ = ParseKlasse(msgxml.TrimSpace(g.Klasse))
		}
		if g.VoorkeurClient != "" {
			z.VoorkeurClient, _ = ParseVoorkeurClient(msgxml.TrimSpace(g.VoorkeurClient))
		}
		if cap(s.ZZPs) == 0 {
			s.ZZPs = make([]GeindiceerdZZP, 0, len(in.GeindiceerdeZorgzwaartepakketten))
		}
		s.ZZPs = append(s.ZZPs, z)
	}
	for _, f := range in.GeindiceerdeFuncties {
		g := GeindiceerdeFunctie{Ingangsdatum: date(f.Ingangsdatum), Einddatum: date(f.Einddatum)}
		g.Functie, _ = ParseFunctie(msgxml.TrimSpace(f.FunctieCode))
		g.Klasse, _ = ParseKlasse(msgxml.TrimSpace(f.Klasse))
		if o := msgxml.TrimSpace(f.Opslag); o != "" {
			g.Opslag, _ = strconv.Atoi(o)
			g.opslagSet = true
		}
		s.Functies = append(s.Functies, g)
	}
	return s, true
}

func aw33ToewijzingSpec(t *AW33ToegewezenZorgzwaartepakket) (ToewijzingSpec, bool) {
	var s ToewijzingSpec
	var err error
	if s.ZZP, err = ParseZZP(msgxml.TrimSpace(t.ZzpCode)); err != nil {
		return s, false
	}
	if s.Leveringsvorm, err = ParseLeveringsvorm(msgxml.TrimSpace(t.Leveringsvorm)); err != nil {
		return s, false
	}
	if s.Soort, err = ParseSoortToewijzing(msgxml.TrimSpace(t.Soort)); err != nil {
		return s, false
	}
	if s.Zorgkantoor, err = ParseZorgkantoorCode(msgxml.TrimSpace(t.Zorgkantoor)); err != nil {
		return s, false
	}
	s.Toewijzingsdatum, s.Ingangsdatum, s.Einddatum = date(t.Toewijzingsdatum), date(t.Ingangsdatum), date(t.Einddatum)
	if s.Toewijzingsdatum.IsZero() || s.Ingangsdatum.IsZero() || (t.Einddatum != "" && s.Einddatum.IsZero()) {
		return s, false
	}
	s.Toewijzingstijd, _ = ParseTijd(msgxml.TrimSpace(t.Toewijzingstijd))
	s.Instelling = agb(t.Instelling)
	if t.ToewijzingPercentage != "" {
		s.Percentage, _ = ParsePercentage(msgxml.TrimSpace(t.ToewijzingPercentage))
	}
	if t.RedenIntrekking != "" {
		s.RedenIntrekking, _ = ParseRedenIntrekking(msgxml.TrimSpace(t.RedenIntrekking))
	}
	if t.Etmalen != "" {
		s.Etmalen, _ = ParseEtmalen(msgxml.TrimSpace(t.Etmalen))
	}
	if t.Klasse != "" {
		s.Klasse, _ = ParseKlasse(msgxml.TrimSpace(t.Klasse))
	}
	s.InstellingBestemming = agb(t.InstellingBestemming)
	s.Dossierhouder = agb(t.Dossierhouder)
	s.CoordinatorZorgThuis = agb(t.CoordinatorZorgThuis)
	if t.Opname != "" {
		s.Opname, _ = ParseJaNee(msgxml.TrimSpace(t.Opname))
	}
	return s, true
}

func aw33FunctieSpec(t *AW33ToegewezenFunctie) (FunctieSpec, bool) {
	var s FunctieSpec
	var err error
	if s.Functie, err = ParseFunctie(msgxml.TrimSpace(t.FunctieCode)); err != nil {
		return s, false
	}
	if s.Soort, err = ParseSoortToewijzing(msgxml.TrimSpace(t.Soort)); err != nil {
		return s, false
	}
	if s.Zorgkantoor, err = ParseZorgkantoorCode(msgxml.TrimSpace(t.Zorgkantoor)); err != nil {
		return s, false
	}
	s.Toewijzingsdatum, s.Ingangsdatum, s.Einddatum = date(t.Toewijzingsdatum), date(t.Ingangsdatum), date(t.Einddatum)
	if s.Toewijzingsdatum.IsZero() || s.Ingangsdatum.IsZero() || (t.Einddatum != "" && s.Einddatum.IsZero()) {
		return s, false
	}
	s.Instelling = agb(t.Instelling)
	s.Klasse, _ = ParseKlasse(msgxml.TrimSpace(t.Klasse))
	if o := msgxml.TrimSpace(t.Opslag); o != "" {
		s.Opslag, _ = strconv.Atoi(o)
		s.opslagSet = true
	}
	return s, true
}

// indexOf splits "Name[3].Rest" into "Name", 2 (0-based) and "Rest".
func indexOf(field string) (name string, i int, rest string) {
	name, rest, _ = strings.Cut(field, ".")
	i = -1
	if a := strings.IndexByte(name, '['); a > 0 && strings.HasSuffix(name, "]") {
		if n, err := strconv.Atoi(name[a+1 : len(name)-1]); err == nil {
			name, i = name[:a], n-1
		}
	}
	return name, i, rest
}

// periodLocaties names the ingangs- and einddatum of element p.
func periodLocaties(p string) []string { return []string{p + "/Ingangsdatum", p + "/Einddatum"} }

// indicatieLocaties maps a field of NewIndicatie's violations to elements
// of the Indicatie at p.
func indicatieLocaties(in *AW33Indicatie, p, field string) []string {
	name, i, rest := indexOf(field)
	var el string
	switch name {
	case "Indicatie":
		return periodLocaties(p)
	case "Zorgzwaartepakket":
		el = p + "/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket" + step(i, len(in.GeindiceerdeZorgzwaartepakketten))
	case "Zorgzwaartepakketten":
		return []string{p + "/GeindiceerdeZorgzwaartepakketten"}
	case "Functie":
		el = p + "/GeindiceerdeFuncties/GeindiceerdeFunctie" + step(i, len(in.GeindiceerdeFuncties))
	case "Functies":
		return []string{p + "/GeindiceerdeFuncties"}
	case "Grondslag":
		return []string{p + "/Grondslagen/Grondslag0" + strconv.Itoa(i+1)}
	case "Grondslagen", "Grondslag01":
		return []string{p + "/Grondslagen"}
	default:
		return []string{p + "/" + name}
	}
	if i < 0 {
		return []string{el}
	}
	if rest == "" {
		return periodLocaties(el)
	}
	return []string{el + "/" + rest}
}

// toewijzingLocaties maps a field of a toewijzing's violations to elements
// of the toegewezen zorgeenheid at p.
func toewijzingLocaties(p, field string) []string {
	if rest, ok := strings.CutPrefix(field, "Toewijzing."); ok {
		// CS003 names the period's einddatum; the stylesheet locates both
		// dates (checkafter: pThis | pOther).
		if rest == "Einddatum" {
			return periodLocaties(p)
		}
		field = rest
	}
	switch field {
	case "Toewijzing", "Transferzorg":
		return periodLocaties(p)
	case "Indicatie", "Dagtekening", "Release":
		return []string{p}
	}
	return []string{p + "/" + field}
}

// setLocaties maps a field of NewToewijzingSet's violations ("Toewijzing[3]",
// "Functie[2]") to the element of the message it came from.
func setLocaties(p, field string, lineAt []int, nz int, functieAt []int, nf int) []string {
	name, i, _ := indexOf(field)
	switch {
	case name == "Toewijzing" && i >= 0 && i < len(lineAt):
		return []string{p + "/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket" + step(lineAt[i], nz)}
	case name == "Functie" && i >= 0 && i < len(functieAt):
		return []string{p + "/ToegewezenFuncties/ToegewezenFunctie" + step(functieAt[i], nf)}
	}
	return []string{p}
}

// Spec reads the indicatie of an AW33 as the library's typed spec, for
// NewIndicatie. It fails, with a *MessageError, when a field the rules
// need is missing or unreadable (ValidateAW33 reports which); codes of
// the geïndiceerde zorgeenheden that do not parse are left zero.
func (in *AW33Indicatie) Spec() (IndicatieSpec, error) {
	s, ok := aw33IndicatieSpec(in, nil)
	if !ok {
		return IndicatieSpec{}, &MessageError{Bericht: "AW33", Path: "Indicatie", Reason: "besluitnummer, afgifte-, ingangs- of einddatum ontbreekt of is onleesbaar"}
	}
	return s, nil
}

// Spec reads a toegewezen zorgzwaartepakket of an AW33 as the library's
// typed spec, for NewZorgtoewijzing. It fails, with a *MessageError, when
// a field the rules need is missing or unreadable (ValidateAW33 reports
// which).
func (t *AW33ToegewezenZorgzwaartepakket) Spec() (ToewijzingSpec, error) {
	s, ok := aw33ToewijzingSpec(t)
	if !ok {
		return ToewijzingSpec{}, &MessageError{Bericht: "AW33", Path: "ToegewezenZorgzwaartepakket", Reason: "ZZP, leveringsvorm, soort, zorgkantoor of een datum ontbreekt of is onleesbaar"}
	}
	return s, nil
}
