package overbrugging

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// KlasseOmvang is the volume of a klasse of a functie: the range of COD756
// and the hours that count as its average, each with its source.
type KlasseOmvang struct {
	Functie   allocation.Functie
	Klasse    allocation.Klasse
	Minimum   allocation.Aantal
	Gemiddeld allocation.Aantal // the regulier budget (VZ2013 4.4.1, Bijlage F)
	Maximum   allocation.Aantal // the budget met uitloop (VZ2013 4.4.2)
	Source    string
	Note      string
}

// The hours of the K klassen (hours per week). Minimum and maximum are the
// bounds of the COD756 range; the averages are Regeling langdurige zorg 2015
// Bijlage E (Rlz 2015 Bijlage E). PV and BGI have no K0, VP no K8.
var (
	kMin   = [9]int64{0, 0, 20, 40, 70, 100, 130, 160, 200}    // tenths of an hour
	kMax   = [9]int64{10, 20, 40, 70, 100, 130, 160, 200, 250} // tenths of an hour
	kGemPV = [9]int64{-1, 10, 30, 55, 85, 115, 145, 180, 225}  // PV, BGI (and BH-IND, HV); -1: no such klasse
	kGemVP = [9]int64{5, 15, 30, 55, 85, 115, 145, 180, -1}    // VP
)

// The same hours as allocation.Aantal, built once so that a lookup
// allocates nothing.
var kMinU, kMaxU, kGemPVU, kGemVPU, nU = toAantal(kMin), toAantal(kMax), toAantal(kGemPV), toAantal(kGemVP), func() (u [16]allocation.Aantal) {
	for i := range u {
		u[i] = aantal(int64(i) * 10)
	}
	return u
}()

func toAantal(tenths [9]int64) (u [9]allocation.Aantal) {
	for i, t := range tenths {
		u[i] = aantal(t)
	}
	return u
}

// aantal builds a count from tenths (55 is 5.5), for the tables above;
// -1 (no such klasse) gives 0, which LookupKlasse never returns.
func aantal(tenths int64) allocation.Aantal {
	a, _ := allocation.Hundredths(tenths * 10)
	return a
}

const (
	srcKlasseUren = "iWlz-codelijsten COD756 (bereik); Rlz 2015 Bijlage E (gemiddelde uren)"
	noteK3        = "CHOICE: COD756 gives K3 an average of 5 hours, Rlz 2015 Bijlage E 5.5; the table takes Bijlage E, like every other average."
	srcDagdelen   = "iWlz-codelijsten COD756 (KD01-KD15: 1-15 dagdelen per week)"
	srcEtmalen    = "iWlz-codelijsten COD756 (KE1-KE7: gemiddeld 1-7 etmalen per week)"
)

// LookupKlasse returns the hours of klasse k of functie f: K klassen in
// hours per week for PV, VP, BG-IND, BH-IND and HV; KD klassen in dagdelen
// for BG-GRP; KE klassen in etmalen for VBTYD (kortdurend verblijf). A
// klasse the functie does not have is a violation "Klasse".
func LookupKlasse(f allocation.Functie, k allocation.Klasse) (KlasseOmvang, error) {
	out := KlasseOmvang{Functie: f, Klasse: k}
	n := k.Number()
	switch {
	case k.Soort() == allocation.KlasseUren && f != allocation.FunctieBGGRP && f != allocation.FunctieVBTYD:
		gem, gemU := &kGemPV, &kGemPVU
		if f == allocation.FunctieVP {
			gem, gemU = &kGemVP, &kGemVPU
		}
		if gem[n] < 0 {
			break
		}
		out.Minimum, out.Gemiddeld, out.Maximum, out.Source = kMinU[n], gemU[n], kMaxU[n], srcKlasseUren
		if n == 3 {
			out.Note = noteK3
		}
		return out, nil
	case k.Soort() == allocation.KlasseDagdelen && f == allocation.FunctieBGGRP:
		u := nU[n]
		out.Minimum, out.Gemiddeld, out.Maximum, out.Source = u, u, u, srcDagdelen
		return out, nil
	case k.Soort() == allocation.KlasseEtmalen && f == allocation.FunctieVBTYD:
		u := nU[n]
		out.Minimum, out.Gemiddeld, out.Maximum, out.Source = u, u, u, srcEtmalen
		return out, nil
	}
	return KlasseOmvang{}, verdict.One(allocation.KlasseFunctie, 0, "Klasse", k.Code(),
		"functie "+f.Code()+" ("+f.String()+") kent klasse "+k.Code()+" niet")
}
