package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/docrules"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ValidateAW35 reads an AW35 (melding aanvang zorg) and judges it: the
// XSD reading and the rules of the official AW35 stylesheet on the client
// and the message (iWlz-XSLT 2.2 AW35: CS002, CS058, CS062, TR002, TR039,
// TR064, TR097, TR101; TR042 and TR100 with an AGB register). Not yet
// applied to a whole AW35: the stylesheet's rules on each geleverde
// zorgeenheid (CD004, CD051, CD072, CS023, CS074, CS088, CS127, TR008,
// TR010, TR034); ApplyMAZ judges a MAZ against its toewijzing (with
// CD004, CS088, OP044 and TR129 on the value). The error
// is a *allocation.MessageError only when data is not an AW35 of a known
// release.
func ValidateAW35(data []byte) (allocation.Report, error) {
	return ValidateAW35With(data, allocation.ValidateOptions{})
}

// ValidateAW35With is ValidateAW35 with options (the AGB register).
func ValidateAW35With(data []byte, opt allocation.ValidateOptions) (allocation.Report, error) {
	d := msgxml.Get()
	defer msgxml.Put(d)
	_, rep, err := decodeAW35(d, data)
	if err != nil {
		return allocation.Report{}, err
	}
	var o docrules.Options
	if opt.AGB != nil {
		o.AGB = opt.AGB
	}
	docrules.Check("AW35", &d.Doc, &rep, o)
	return rep, nil
}
