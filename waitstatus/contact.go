package waitstatus

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// termContact is the dossierhouder's contact with a waiting client, in
// maanden (calendar.TermContactWachtlijstclient).
var termContact = mustTerm(calendar.TermContactWachtlijstclient)

// ContactDeadline returns the last day on which the dossierhouder must next
// be in contact with a client who waits with overbruggingszorg: the
// dossierhouder "heeft minimaal 2x per jaar contact met cliënten"
// (ZZ-brochure-verwijzers, Taken van een dossierhouder) and keeps regular
// contact during overbrugging (VZ2013 5.2 punt 4). The library reads "at
// least twice a year" as at most 6 maanden between contacts
// (calendar.TermContactWachtlijstclient), counted from the later of start
// (the first day of the overbruggingszorg) and laatste (the last contact;
// zero: none yet). A contact before start counts from start. Months end
// as calendar.Date.AddMonths does (31 August + 6 maanden = the last day of
// February). A zero start is the input error "missing", a deadline past
// 9999-12-31 the input error "range".
func ContactDeadline(start, laatste calendar.Date) (calendar.Date, error) {
	if start.IsZero() {
		return calendar.Date{}, verdict.One(allocation.InputMissing, 0, "Start", "", "het begin van de overbruggingszorg ontbreekt")
	}
	from := start
	if laatste.After(from) {
		from = laatste
	}
	d := from.AddMonths(termContact.Termijn.N)
	if d.IsZero() {
		return calendar.Date{}, verdict.One(allocation.InputRange, 0, "Start", from.String(), "de termijn valt buiten de datums 0001-9999")
	}
	return d, nil
}
