package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ValidateAW39 reads an AW39 message and judges all of it: the XSD
// reading, every rule the official AW39 stylesheet applies (iWlz-XSLT
// 2.2 AW39) to the client, the mutaties and the aanvragen, every element
// judged even when others fail. The rules that need the toewijzing or the
// client's state (TR019, TR020, TR078, the Bijlage D rows) are not in the
// message: Check applies them. The error is a *allocation.MessageError
// only when data is not an AW39 of a known release. TR042 and TR100 are
// skipped (they need the AGB register: use ValidateAW39With).
// Like allocation.ValidateAW33 it reads data in place and keeps nothing
// of it: data may be reused as soon as it returns.
func ValidateAW39(data []byte) (allocation.Report, error) {
	return ValidateAW39With(data, allocation.ValidateOptions{})
}

// ValidateAW39With is ValidateAW39 with options (the AGB register).
func ValidateAW39With(data []byte, opt allocation.ValidateOptions) (allocation.Report, error) {
	d := msgxml.Get()
	d.Borrow = true // the report keeps no string of data
	defer msgxml.Put(d)
	p := getAW39(d) // the decoded message is dropped before return
	defer putAW39(p, d)
	m, rep, err := decodeAW39(d, data, &p.m)
	if err != nil {
		// Decoded again with a copy: the error keeps no string of data either.
		_, _, err = DecodeAW39(data)
		return allocation.Report{}, err
	}
	var o docrules.Options
	if opt.AGB != nil {
		o.AGB = opt.AGB
	}
	p.rep = rep // in the pool: the document rules take its address
	docrules.Check("AW39", &d.Doc, &p.rep, o)
	aw39Domain(m, &p.rep)
	return p.rep, nil
}

// Validate judges a decoded (or built) AW39 as ValidateAW39 judges its
// bytes: it encodes m and validates the result.
func (m *AW39) Validate(opt allocation.ValidateOptions) (allocation.Report, error) {
	data, err := m.Encode()
	if err != nil {
		return allocation.Report{}, err
	}
	return ValidateAW39With(data, opt)
}
