package allocation

import (
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ValidateIO31 reads an IO31 (the indicatiebesluit the CIZ sends) and
// judges all of it: the XSD reading, every rule the official IO31
// stylesheet applies (iWlz-XSLT 2.2 IO31) and the library's rules on the
// besluit (NewIndicatie), every element judged even when others fail.
// TR042 is skipped (it needs the AGB register: use ValidateIO31With).
// Like ValidateAW33 it reads data in place and keeps nothing of it.
func ValidateIO31(data []byte) (Report, error) { return ValidateIO31With(data, ValidateOptions{}) }

// ValidateIO31With is ValidateIO31 with options (the AGB register).
func ValidateIO31With(data []byte, opt ValidateOptions) (Report, error) {
	d := msgxml.Get()
	d.Borrow = true // the report keeps no string of data
	defer msgxml.Put(d)
	p := getIO31(d) // the decoded message is dropped before return
	defer putIO31(p, d)
	m, rep, err := decodeIO31(d, data, &p.m)
	if err != nil {
		// Decoded again with a copy: the error keeps no string of data either.
		_, _, err = DecodeIO31(data)
		return Report{}, err
	}
	p.rep = rep // in the pool: the document rules take its address
	docrules.Check("IO31", &d.Doc, &p.rep, docOptions(opt))
	io31Domain(m, &p.rep)
	return p.rep, nil
}

// io31Domain judges each client's besluit as NewIndicatie does, and CS113
// (the soort of an IO31 indicatie is 1 CIZ-indicatie or 4 experimenten,
// iWlz-XSLT 2.2 CS113).
func io31Domain(m *IO31, rep *Report) {
	dag, err := calendar.ParseDate(msgxml.TrimSpace(m.Header.BerichtIdentificatie.Dagtekening))
	ctx := Context{Dagtekening: dag, Release: rep.Release}
	for ci := range m.Clienten {
		in := &m.Clienten[ci].Indicatie
		p := "/Bericht/Clienten/Client" + step(ci, len(m.Clienten)) + "/Indicatie"
		if s := msgxml.TrimSpace(in.Soort); s != "1" && s != "4" {
			rep.Add(CS113, "de soort indicatie in een IO31 is 1 (CIZ-indicatie) of 4 (experimenten), niet "+msgxml.QuoteClip(in.Soort), p+"/Soort")
		}
		if err != nil {
			continue // the XSD reading reported the dagtekening
		}
		a := AW33Indicatie{Besluitnummer: in.Besluitnummer, Grondslagen: in.Grondslagen, Afgiftedatum: in.Afgiftedatum,
			Ingangsdatum: in.Ingangsdatum, Einddatum: in.Einddatum}
		for _, g := range in.GeindiceerdeZorgzwaartepakketten {
			a.GeindiceerdeZorgzwaartepakketten = append(a.GeindiceerdeZorgzwaartepakketten, AW33GeindiceerdZorgzwaartepakket{
				ZzpCode: g.ZzpCode, Ingangsdatum: g.Ingangsdatum, Einddatum: g.Einddatum, Klasse: g.Klasse, VoorkeurClient: g.VoorkeurClient})
		}
		for _, f := range in.GeindiceerdeFuncties {
			a.GeindiceerdeFuncties = append(a.GeindiceerdeFuncties, AW33GeindiceerdeFunctie{
				FunctieCode: f.FunctieCode, Ingangsdatum: f.Ingangsdatum, Einddatum: f.Einddatum, Klasse: f.Klasse, Opslag: f.Opslag})
		}
		if spec, ok := aw33IndicatieSpec(&a, nil); ok {
			_, vs := indicatieVerdict(spec, ctx)
			addViolations(rep, vs, func(field string) []string { return indicatieLocaties(&a, p, field) })
		}
	}
}
