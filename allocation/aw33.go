package allocation

import (
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ValidateOptions are the inputs of a whole-message validation besides
// the message.
type ValidateOptions struct {
	// AGB is the caller's copy of the iWlz-AGB-codelijst, for TR042 (a
	// valid AGB code) and TR100 (the Ontvanger belongs to the Afzender).
	// The official stylesheets leave both to the host (they accept every
	// code); with a nil AGB the library does the same and skips them.
	AGB AGBRegister
	// Vertaaltabel is the caller's vertaaltabel for the Voorschrift rule
	// on reguliere zorg (Context.Vertaaltabel): with it a regulier line of
	// an instellingseigen ZZP the table allows for the geïndiceerd ZZP is
	// no finding. Nil: none known.
	Vertaaltabel Vertalingen
}

// AGBRegister answers from the caller's AGB register (iWlz-XSLT 2.2 TR042,
// TR100). Codes are the element texts with surrounding space removed.
type AGBRegister interface {
	// Geldig reports whether code is a valid AGB code from from through
	// to (to is zero when the message gives no end; a date the message
	// does not give readably is zero).
	Geldig(code string, from, to calendar.Date) bool
	// HoortBij reports whether the zorgaanbieder instelling belongs to
	// zorgkantoor by the iWlz-AGB-codelijst.
	HoortBij(instelling, zorgkantoor string) bool
}

// ValidateAW33 reads an AW33 message and judges all of it: the XSD
// reading, every rule the official AW33 stylesheet applies (iWlz-XSLT
// 2.2 AW33) and the Voorschrift rules on the toewijzingen, every element
// judged even when others fail. The error is a *MessageError only when
// data is not an AW33 of a known release; every fault of an AW33 is a
// Finding. TR042 and TR100 are skipped (they need the AGB register: use
// ValidateAW33With). It reads data in place, without a copy, and keeps
// nothing of it: the caller may reuse data as soon as it returns (the
// Report and the error hold strings of their own).
func ValidateAW33(data []byte) (Report, error) { return ValidateAW33With(data, ValidateOptions{}) }

// ValidateAW33With is ValidateAW33 with options (the AGB register).
func ValidateAW33With(data []byte, opt ValidateOptions) (Report, error) {
	d := msgxml.Get()
	d.Borrow = true // the report keeps no string of data
	defer msgxml.Put(d)
	p := getAW33(d) // the decoded message is dropped before return
	defer putAW33(p, d)
	m, rep, err := decodeAW33(d, data, &p.m)
	if err != nil {
		// Decoded again with a copy: the error keeps no string of data either.
		_, _, err = DecodeAW33(data)
		return Report{}, err
	}
	p.rep = rep // in the pool: the document rules take its address
	docrules.Check("AW33", &d.Doc, &p.rep, docOptions(opt))
	aw33Domain(m, &p.rep, opt.Vertaaltabel)
	return p.rep, nil
}

// Validate judges a decoded (or built) AW33 as ValidateAW33 judges its
// bytes: it encodes m and validates the result.
func (m *AW33) Validate(opt ValidateOptions) (Report, error) {
	data, err := m.Encode()
	if err != nil {
		return Report{}, err
	}
	return ValidateAW33With(data, opt)
}

func docOptions(opt ValidateOptions) docrules.Options {
	if opt.AGB == nil {
		return docrules.Options{}
	}
	return docrules.Options{AGB: opt.AGB}
}
