package allocation

import (
	"encoding/json"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/retour"
)

// The retourcodes of a retour message that no rule gives (iWlz-codelijsten
// COD910).
const (
	// RetourGeenOpmerking is "Geen opmerking over deze berichtklasse": a
	// record without findings.
	RetourGeenOpmerking = "0200"
	// RetourAfgekeurd is "Bericht is afgekeurd om technische redenen": the
	// header's code when the message breaks its XSD.
	RetourAfgekeurd = "0001"
)

// RetourHeader is what a retour message needs besides the message and its
// report: its own identification.
type RetourHeader struct {
	Identificatie string        // BerichtIdentificatie/Identificatie of the retour
	Dagtekening   calendar.Date // its dagtekening
}

// RetourAW34 builds the AW34, the retour of AW33 m that the zorgaanbieder
// sends the zorgkantoor, from the report on m (ValidateAW33). Its header
// repeats the AW33's Afzender (the zorgkantoor) and Ontvanger (the
// instelling), as the AW34 XSD types them, and names the AW33 in
// IdentificatieRetour and DagtekeningRetour. Its body is the content
// of m, each record (Client, Relatie, Contact, Indicatie, Stoornis,
// Beperking, a geïndiceerde or toegewezen zorgeenheid, ...) with the
// retourcodes of the findings located in it, each once, and
// RetourGeenOpmerking (0200) where there is none. Findings in the header
// go to the header's RetourCodes, and an XSD finding puts RetourAfgekeurd
// (0001) there. Findings without a retourcode (the Voorschrift's rules,
// the code lists) are left out: they are no iWlz retourcodes.
func RetourAW34(m *AW33, rep Report, h RetourHeader) (*AW34, error) {
	if m == nil {
		return nil, &MessageError{Bericht: "AW34", Reason: "geen AW33 (nil)"}
	}
	if h.Identificatie == "" || h.Dagtekening.IsZero() {
		return nil, &MessageError{Bericht: "AW34", Reason: "de identificatie en de dagtekening van de retour zijn verplicht"}
	}
	// The AW34 repeats the AW33's elements under the same names, so the
	// JSON of the one is the JSON of the other without retourcodes.
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	var r AW34
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	r.Header = AW34Header{
		BerichtCode: "353", BerichtVersie: m.Header.BerichtVersie, BerichtSubversie: m.Header.BerichtSubversie,
		Afzender: m.Header.Afzender, Ontvanger: m.Header.Ontvanger,
		BerichtIdentificatie: BerichtIdentificatie{Identificatie: h.Identificatie, Dagtekening: h.Dagtekening.String()},
		XsdVersie:            m.Header.XsdVersie,
		IdentificatieRetour:  m.Header.BerichtIdentificatie.Identificatie,
		DagtekeningRetour:    m.Header.BerichtIdentificatie.Dagtekening,
		XsdVersieRetour:      m.Header.XsdVersie,
	}
	r.Header.RetourCodes = fillRetour(&r, "AW34", rep)
	return &r, nil
}

// fillRetour sets the retourcodes of the records of retour message root
// and returns the header's.
func fillRetour(root any, prefix string, rep Report) []string {
	fs := make([]retour.Finding, 0, len(rep.Findings))
	xsd := false
	for i := range rep.Findings {
		f := &rep.Findings[i]
		xsd = xsd || f.Rule.Rule() == XSD
		fs = append(fs, retour.Finding{Code: f.Retourcode, Locaties: f.Locaties})
	}
	header := retour.Fill(root, prefix, fs, RetourGeenOpmerking)
	if xsd {
		header = append([]string{RetourAfgekeurd}, header...)
	}
	if len(header) == 0 {
		header = []string{RetourGeenOpmerking}
	}
	return header
}

// FillRetour sets the retourcodes of the records of retour message root (a
// pointer to an AW36 or AW310, whose record types are named prefix+element)
// from rep, as RetourAW34 does, and returns the header's retourcodes. It
// serves package waitstatus (RetourAW36, RetourAW310).
func FillRetour(root any, prefix string, rep Report) []string { return fillRetour(root, prefix, rep) }
