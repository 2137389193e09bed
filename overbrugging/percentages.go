package overbrugging

import (
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// PercentageAfronding names how a share becomes a toewijzingspercentage:
// up to the next whole percent (iWlz CS130 allows whole percents only), so
// that the toewijzing covers the cost.
const PercentageAfronding = "naar boven op hele procenten"

// PercentageVan returns the toewijzingspercentage of an overbrugging that
// costs kosten per week against the profile's base budget basis, rounded
// up to a whole percent (PercentageAfronding). Kosten and basis must be
// positive (a zero basis is an error, not a division by zero); a result
// above 999 % is a CS130 violation.
func PercentageVan(kosten, basis allocation.Bedrag) (allocation.Percentage, error) {
	if !kosten.IsPositive() || !basis.IsPositive() {
		return allocation.Percentage{}, verdict.One(allocation.CS130, 0, "Percentage", kosten.String()+"/"+basis.String(),
			"kosten en basisbudget moeten positief zijn")
	}
	// Exact: floor(100 × kosten / basis), plus 1 for any remainder.
	pct, rest, err := kosten.PercentOf(basis)
	if rest {
		pct++
	}
	if err != nil || pct > 999 {
		value := strconv.FormatInt(pct, 10) + "%"
		if err != nil {
			value = kosten.String() + "/" + basis.String()
		}
		return allocation.Percentage{}, verdict.One(allocation.CS130, 0, "Percentage", value,
			"een toewijzingspercentage is ten hoogste 999%")
	}
	return allocation.NewPercentage(int(pct))
}

// RekenmoduleInput describes a request for care at home, for the question
// whether the rekenmodule is needed.
type RekenmoduleInput struct {
	Leveringsvorm allocation.Leveringsvorm
	Percentage    allocation.Percentage
	Meerzorg      bool
	ZINEnPGB      bool // care in natura and PGB combined
	ToeslagOverig allocation.ToeslagOverig
	Beademing     bool // a toeslag beademing (COD982)
}

// RekenmoduleDrempel is the MPT share above which the rekenmodule is needed:
// 125 % of the profile's basisbudget (CZ-AAT).
// Requests up to and including 125 % need none.
const RekenmoduleDrempel = 125

// The reasons RekenmoduleNodig gives.
const (
	RedenMPTBoven125 = "mpt-boven-125"
	RedenMeerzorg    = "meerzorg"
	RedenZINEnPGB    = "zin-en-pgb"
)

// RekenmoduleNodig reports whether the zorgkantoor needs the rekenmodule,
// and why (CZ-AAT; ZK-rekenmodule): MPT above RekenmoduleDrempel percent
// of the basisbudget, except with toeslag PTZ (COD983 2), GVH (6) or
// beademing; meerzorg; ZIN and PGB combined.
func RekenmoduleNodig(in RekenmoduleInput) (bool, []string) {
	var why []string
	exempt := in.ToeslagOverig == allocation.ToeslagPTZ || in.ToeslagOverig == allocation.ToeslagGVH || in.Beademing
	if in.Leveringsvorm == allocation.MPT && in.Percentage.Percent() > RekenmoduleDrempel && !exempt {
		why = append(why, RedenMPTBoven125)
	}
	if in.Meerzorg {
		why = append(why, RedenMeerzorg)
	}
	if in.ZINEnPGB {
		why = append(why, RedenZINEnPGB)
	}
	return len(why) > 0, why
}

// CheckToeslagExtraOverbrugging checks toeslag 1 Extra overbruggingszorg
// (COD983): only with the wachtstatus Urgent plaatsen or Actief plaatsen
// (ZZ-brochure-verwijzers, Extra zorg nodig: toeslagen). The wachtstatus is an input: this package does not depend on
// waitstatus.
func CheckToeslagExtraOverbrugging(urgentOfActiefPlaatsen bool) error {
	if urgentOfActiefPlaatsen {
		return nil
	}
	return verdict.One(allocation.ZZExtraOverbrugging, 0, "ToeslagOverig", allocation.ToeslagExtraOverbruggingszorg.Code(),
		"de toeslag Extra overbruggingszorg geldt alleen bij wachtstatus Urgent plaatsen of Actief plaatsen")
}
