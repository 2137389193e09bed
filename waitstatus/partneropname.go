package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// PartneropnameVorm is how a partneropname is expressed on a day: the
// partner's own toewijzing of ZZP0 (999, Partnerverblijf; VZ2013 3.3),
// and from iWlz 2.2 the classificatie 15 Partneropname (COD168) of the
// client who waits for a place together with the partner, with the
// statuses CS131 allows it under.
type PartneropnameVorm struct {
	// ZZP is ZZP0 Partnerverblijf, the partner's toewijzing (VZ2013 3.3).
	ZZP allocation.ZZP
	// Classificatie is 15 Partneropname from 2021-01-01 (COD168), zero
	// before.
	Classificatie Classificatie
	// Leveringsstatussen are the statuses classificatie 15 is allowed
	// under (the CS131 table: Wacht op voorkeur and Wacht uit voorzorg);
	// empty before 2021-01-01.
	Leveringsstatussen StatusSet
	// Source cites the sources of the reading.
	Source string
}

// partneropnameVanaf is the ingangsdatum of classificatie 15 Partneropname
// (iWlz-codelijsten COD168).
var partneropnameVanaf = calendar.MustDate("2021-01-01")

// PartneropnameVormOp returns how a partneropname is expressed on day d:
// always by the partner's ZZP0 toewijzing (VZ2013 3.3), and from
// 2021-01-01 (iWlz 2.2) also by classificatie 15 Partneropname under
// Wacht op voorkeur or Wacht uit voorzorg (COD168; iWlz-XSLT 2.2 CS131).
// Whether the client's besluit allows a partneropname is
// allocation.Indicatie.PartneropnameMogelijk. A zero d is an input error.
func PartneropnameVormOp(d calendar.Date) (PartneropnameVorm, error) {
	if d.IsZero() {
		return PartneropnameVorm{}, verdict.One(allocation.InputZeroDate, 0, "Datum", "", "de datum is verplicht")
	}
	v := PartneropnameVorm{ZZP: allocation.ZZP0, Source: "VZ2013 3.3 (Partneropname V&V)"}
	if !d.Before(partneropnameVanaf) {
		v.Classificatie = 15
		v.Leveringsstatussen = allowedFor(v.Classificatie)
		v.Source += "; iWlz-codelijsten COD168 (code 15, ingangsdatum 2021-01-01); iWlz-XSLT 2.2 CS131"
	}
	return v, nil
}
