package waitstatus

import (
	"strings"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// StatusSet is a set of leveringsstatussen.
type StatusSet uint16

// Statuses returns the set of the given statuses.
func Statuses(ls ...Leveringsstatus) StatusSet {
	var s StatusSet
	for _, l := range ls {
		s |= 1 << l
	}
	return s
}

// Has reports whether l is in the set.
func (s StatusSet) Has(l Leveringsstatus) bool { return l < 16 && s&(1<<l) != 0 }

// String lists the codes: "{2, 6, 7}".
func (s StatusSet) String() string {
	var parts []string
	for l := ActiefWachtend; l <= ActiefPlaatsen; l++ {
		if s.Has(l) {
			parts = append(parts, l.Code())
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// ClassificatieRule says which leveringsstatussen a classificatie may go
// with (iWlz CS131), with its source.
type ClassificatieRule struct {
	Classificatie Classificatie
	Statuses      StatusSet
	Source        string
	Note          string
}

// cs131 is the CS131 table (iWlz-XSLT 2.2 CS131), one row per
// classificatie.
var cs131 = [...]ClassificatieRule{
	{1, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{2, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{3, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{4, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{5, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{6, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{7, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{8, Statuses(UrgentPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{9, Statuses(ActiefPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{10, Statuses(ActiefPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{11, Statuses(ActiefPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{12, Statuses(ActiefPlaatsen), "iWlz-XSLT 2.2 CS131", ""},
	{13, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{14, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{15, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{16, Statuses(WachtOpVoorkeur), "iWlz-XSLT 2.2 CS131",
		"CHOICE: the 2020 XSLT allows Logeren only with 2 Wacht op voorkeur; CZ's AW39 page also lists it under 3 Wacht uit voorzorg (CZ-AW39). The library follows the XSLT."},
	{17, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{18, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{19, Statuses(WachtOpVoorkeur, WachtUitVoorzorg), "iWlz-XSLT 2.2 CS131", ""},
	{20, Statuses(UrgentPlaatsen), "iWlz-codelijsten COD168 (20 from 2023-01-01; no published CS131 covers it)",
		"CHOICE: no published CS131 covers 20 Doorstroom klinische GGZ (2023); the library puts it under 6 Urgent plaatsen with the other Doorstroom codes, as CZ lists it (CZ-wachtlijsten)."},
}

// ClassificatieRules returns the CS131 table (a copy).
func ClassificatieRules() []ClassificatieRule { return append([]ClassificatieRule(nil), cs131[:]...) }

// allowedFor returns the statuses classificatie c may go with.
func allowedFor(c Classificatie) StatusSet {
	if c == 0 || int(c) > len(cs131) {
		return 0
	}
	return cs131[c-1].Statuses
}

// classificatieRequired is CD090: a classificatie iff the status is 2, 3, 6 or 7.
var classificatieRequired = Statuses(WachtOpVoorkeur, WachtUitVoorzorg, UrgentPlaatsen, ActiefPlaatsen)

// MutatieRule is one row of iWlz TR046: the leveringsstatussen a
// mutatiecode allows, per rule-set range.
type MutatieRule struct {
	Code     Mutatiecode
	Statuses StatusSet
	From, To allocation.Release
	Source   string
}

// tr046 is the TR046 matrix: iWlz 2.0/2.1 (branch iWlz2.1 rules/TR046.xsl)
// and 2.2 and later (iWlz-XSLT 2.2 TR046; CS137 from 2.3). The 2.0 matrix
// is taken equal to 2.1: no 2.0 text was found.
var tr046 = [...]MutatieRule{
	{MUT12, Statuses(WachtUitVoorzorg, EindeZorgvraag), allocation.IWlz20, allocation.IWlz24, "iWlz-XSLT 2.1, 2.2 TR046"},
	{MUT17, Statuses(EindeZorgvraag), allocation.IWlz20, allocation.IWlz24, "iWlz-XSLT 2.1, 2.2 TR046"},
	{MUT18, Statuses(ActiefWachtend, WachtOpVoorkeur), allocation.IWlz20, allocation.IWlz21, "iWlz-XSLT 2.1 TR046"},
	{MUT18, Statuses(WachtOpVoorkeur, UrgentPlaatsen, ActiefPlaatsen), allocation.IWlz22, allocation.IWlz24, "iWlz-XSLT 2.2 TR046"},
	{MUT19, Statuses(EindeZorgvraag), allocation.IWlz20, allocation.IWlz24, "iWlz-XSLT 2.1, 2.2 TR046"},
	{MUT20, Statuses(ActiefWachtend, WachtOpVoorkeur, WachtUitVoorzorg), allocation.IWlz20, allocation.IWlz21, "iWlz-XSLT 2.1 TR046"},
	{MUT20, Statuses(WachtOpVoorkeur, WachtUitVoorzorg, UrgentPlaatsen, ActiefPlaatsen), allocation.IWlz22, allocation.IWlz24, "iWlz-XSLT 2.2 TR046"},
	{MUT21, Statuses(EindeZorgvraag), allocation.IWlz20, allocation.IWlz24, "iWlz-XSLT 2.1, 2.2 TR046"},
}

// MutatieRules returns the TR046 matrix (a copy).
func MutatieRules() []MutatieRule { return append([]MutatieRule(nil), tr046[:]...) }

// tr046Allowed returns the statuses code c allows under rs (0: no row).
func tr046Allowed(c Mutatiecode, rs allocation.Release) StatusSet {
	for i := range tr046 {
		if r := &tr046[i]; r.Code == c && rs >= r.From && rs <= r.To {
			return r.Statuses
		}
	}
	return 0
}
