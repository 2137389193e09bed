package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ValidateAW35 reads an AW35 (melding aanvang zorg) and judges it: the
// XSD reading and every rule of the official AW35 stylesheet (iWlz-XSLT
// 2.2 AW35), as the stylesheet evaluates it. On the client and the
// message: CS002, CS023 (Geboortedatum), TR002, TR039, TR097, TR101, and
// TR042 and TR100 with an AGB register (without one the stylesheet's
// checks accept every code, and so do these); CD005, CD007, CD025 and
// CS089 are included too but need an Adres or Communicatie, which an AW35
// has not. On each GeleverdZorgzwaartepakket: CD004 and CS088 on the
// Sleuteldatum (only with Leveringsvorm 4; strictly before the
// Begindatum), CD051 (Klasse exactly with Leveringsvorm 4 or 5), CD072
// (Etmalen exactly with 8), CS023 (Begindatum not after the Dagtekening),
// CS058, CS062, CS074 (Klasse KE4-KE7), CS127 (not Leveringsvorm 2 or 9)
// and TR064. On each GeleverdeFunctie: CS023, CS058, TR008 (Klasse fits
// the FunctieCode), TR010 (Opslag only at the maximum Klasse), TR034 (no
// Opslag on functie 71) and TR064. ApplyMAZ judges a MAZ against its
// toewijzing (with CD004, CS088, OP044 and TR129 on the value).
// The error is a *allocation.MessageError only when data is not an AW35
// of a known release.
// Like allocation.ValidateAW33 it reads data in place and keeps nothing
// of it: data may be reused as soon as it returns.
func ValidateAW35(data []byte) (allocation.Report, error) {
	return ValidateAW35With(data, allocation.ValidateOptions{})
}

// ValidateAW35With is ValidateAW35 with options (the AGB register).
func ValidateAW35With(data []byte, opt allocation.ValidateOptions) (allocation.Report, error) {
	d := msgxml.Get()
	d.Borrow = true // the report keeps no string of data
	defer msgxml.Put(d)
	p := getAW35(d) // the decoded message is dropped before return
	defer putAW35(p, d)
	_, rep, err := decodeAW35(d, data, &p.m)
	if err != nil {
		// Decoded again with a copy: the error keeps no string of data either.
		_, _, err = DecodeAW35(data)
		return allocation.Report{}, err
	}
	var o docrules.Options
	if opt.AGB != nil {
		o.AGB = opt.AGB
	}
	p.rep = rep // in the pool: the document rules take its address
	docrules.Check("AW35", &d.Doc, &p.rep, o)
	return p.rep, nil
}
