package waitstatus

import (
	"time"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// The code types Leveringsstatus (COD167), Classificatie (COD168) and
// Mutatiecode (COD588) are generated into codes_gen.go from
// internal/codelists/codelists.json; this file holds what has logic.

// The 2013 names of codes 2 and 3 (VZ2013 Bijlage D).
const (
	WensWachtend    = WachtOpVoorkeur
	SlapendWachtend = WachtUitVoorzorg
)

// eraNames are the names of codes 1-5 before iWlz 2.2: [0] VZ2013 (AZR 3.0),
// [1] iWlz 2.0 and 2.1 (iWlz-XSD 2.0 and 2.1 Basisschema; iWlz-codelijsten COD167).
var eraNames = [2][6]string{
	{"", "Actief wachtend", "Wens wachtend", "Slapend wachtend", "In zorg", "Einde zorgvraag"},
	{"", "Actief wachtend", "Niet actief wachtend", "Niet wachtend", "In zorg", "Einde zorgvraag"},
}

// NameOn returns the name the status had on d: the 2013 AZR names before
// 2018-04-01 (Wens wachtend, Slapend wachtend), the iWlz 2.0/2.1 names up
// to 2020 (Niet actief wachtend, Niet wachtend), today's names after.
func (l Leveringsstatus) NameOn(d calendar.Date) string {
	rs := allocation.ReleaseOn(d)
	if l >= ActiefWachtend && l <= EindeZorgvraag && rs != 0 && rs < allocation.IWlz22 {
		if rs == allocation.VZ2013 {
			return eraNames[0][l]
		}
		return eraNames[1][l]
	}
	return l.String()
}

// String returns "MUT18 Zorgaanbieder kan de zorg nu nog niet leveren".
func (m Mutatiecode) String() string {
	if m.Code() == "" {
		return mutatiecodeList.Label(uint8(m))
	}
	return "MUT" + m.Code() + " " + mutatiecodeList.Label(uint8(m))
}

// ymd builds a date literal of this package's tables (checked by tests).
func ymd(y int, m time.Month, d int) calendar.Date {
	date, _ := calendar.NewDate(y, m, d)
	return date
}
