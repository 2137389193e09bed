package waitstatus

import (
	"encoding/json"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// RetourAW310 builds the AW310, the retour of AW39 m that the zorgkantoor
// sends the zorgaanbieder, from the report on m (ValidateAW39): the
// content of m, each record (Client, MutatieZorgzwaartepakket,
// MutatieFunctie, Aanvraag, AanvraagInstelling) with the retourcodes of
// the findings located in it, each once, and
// allocation.RetourGeenOpmerking (0200) where there is none; findings in
// the header go to the header, an XSD finding puts
// allocation.RetourAfgekeurd (0001) there (as allocation.RetourAW34).
func RetourAW310(m *AW39, rep allocation.Report, h allocation.RetourHeader) (*AW310, error) {
	if m == nil {
		return nil, &allocation.MessageError{Bericht: "AW310", Reason: "geen AW39 (nil)"}
	}
	if h.Identificatie == "" || h.Dagtekening.IsZero() {
		return nil, &allocation.MessageError{Bericht: "AW310", Reason: "de identificatie en de dagtekening van de retour zijn verplicht"}
	}
	var r AW310
	if err := copyJSON(m, &r); err != nil {
		return nil, err
	}
	r.Header = AW310Header{
		BerichtCode: "359", BerichtVersie: m.Header.BerichtVersie, BerichtSubversie: m.Header.BerichtSubversie,
		Afzender: m.Header.Afzender, Ontvanger: m.Header.Ontvanger,
		BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: h.Identificatie, Dagtekening: h.Dagtekening.String()},
		XsdVersie:            m.Header.XsdVersie,
		IdentificatieRetour:  m.Header.BerichtIdentificatie.Identificatie,
		DagtekeningRetour:    m.Header.BerichtIdentificatie.Dagtekening,
		XsdVersieRetour:      m.Header.XsdVersie,
	}
	r.Header.RetourCodes = allocation.FillRetour(&r, "AW310", rep)
	return &r, nil
}

// RetourAW36 builds the AW36, the retour of AW35 m, from the report on m
// (ValidateAW35), as RetourAW310 does.
func RetourAW36(m *AW35, rep allocation.Report, h allocation.RetourHeader) (*AW36, error) {
	if m == nil {
		return nil, &allocation.MessageError{Bericht: "AW36", Reason: "geen AW35 (nil)"}
	}
	if h.Identificatie == "" || h.Dagtekening.IsZero() {
		return nil, &allocation.MessageError{Bericht: "AW36", Reason: "de identificatie en de dagtekening van de retour zijn verplicht"}
	}
	var r AW36
	if err := copyJSON(m, &r); err != nil {
		return nil, err
	}
	r.Header = AW36Header{
		BerichtCode: "355", BerichtVersie: m.Header.BerichtVersie, BerichtSubversie: m.Header.BerichtSubversie,
		Afzender: m.Header.Afzender, Ontvanger: m.Header.Ontvanger,
		BerichtIdentificatie: allocation.BerichtIdentificatie{Identificatie: h.Identificatie, Dagtekening: h.Dagtekening.String()},
		XsdVersie:            m.Header.XsdVersie,
		IdentificatieRetour:  m.Header.BerichtIdentificatie.Identificatie,
		DagtekeningRetour:    m.Header.BerichtIdentificatie.Dagtekening,
		XsdVersieRetour:      m.Header.XsdVersie,
	}
	r.Header.RetourCodes = allocation.FillRetour(&r, "AW36", rep)
	return &r, nil
}

// copyJSON copies the elements of a message into its retour: the retour
// repeats them under the same names (their JSON names).
func copyJSON(from, to any) error {
	b, err := json.Marshal(from)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, to)
}
