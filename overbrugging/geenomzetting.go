package overbrugging

import (
	"errors"
	"strconv"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// GeenOmzettingReden says why the omzettingstabel gives a ZZP no
// functions, and so no overbrugging budget.
type GeenOmzettingReden uint8

// The reasons. The zero value is absent.
const (
	// GeenRij: the table has no row for a zorgzwaartepakket (in the
	// default table GGZ-C, GGZ-W and 9VV A; in a caller's table any ZZP
	// it lacks). The omzettingstabel is "een handvat" (VZ2013 4.4.1) and
	// the zorgkantoor judges a request on the case (VZ2013 4.4.2): without
	// a row the zorgkantoor decides the budget per case.
	GeenRij GeenOmzettingReden = iota + 1
	// ZZPOnbepaald: ZZPX (998). The aanbieder sets a bepaald ZZP with the
	// client (VZ2013 4.7); the budget is that ZZP's.
	ZZPOnbepaald
	// Partnerverblijf: ZZP0 (999) is the partner's stay, no care
	// (VZ2013 3.3, Partneropname V&V): it has no overbrugging budget; care
	// the partner needs at home is indicated as extramural functies on the
	// ZZP0 registration and given as functies.
	Partnerverblijf
	// GeenZorgprofiel: 996 and 997, administrative codes of COD163 that
	// hold no care and have no budget.
	GeenZorgprofiel
)

var redenText = [...]string{GeenRij: "geen-rij", ZZPOnbepaald: "zzp-onbepaald", Partnerverblijf: "partnerverblijf", GeenZorgprofiel: "geen-zorgprofiel"}

// String returns "geen-rij", "zzp-onbepaald", "partnerverblijf" or
// "geen-zorgprofiel".
func (r GeenOmzettingReden) String() string {
	if int(r) < len(redenText) && r != 0 {
		return redenText[r]
	}
	return "GeenOmzettingReden(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText returns the String form; the zero or an unknown value is an
// error.
func (r GeenOmzettingReden) MarshalText() ([]byte, error) {
	if r == 0 || int(r) >= len(redenText) {
		return nil, errors.New("overbrugging: no GeenOmzettingReden " + strconv.Itoa(int(r)))
	}
	return []byte(redenText[r]), nil
}

// GeenOmzettingError is the answer of WeekBudget and
// Omzettingstabel.Functies for a ZZP the omzettingstabel has no row for:
// which ZZP, which table, why, the source, and what the caller must do
// instead of computing a budget. It matches allocation.ErrInvalid, and
// allocation.AsViolations reads it as one violation of rule
// "Omzettingstabel" whose message says the same in Dutch.
type GeenOmzettingError struct {
	ZZP allocation.ZZP
	// Tabel and TabelBron name the omzettingstabel asked (Naam, Bron).
	Tabel, TabelBron string
	Reden            GeenOmzettingReden
	// Bron cites the rule that gives the answer (a SOURCES.md key plus
	// section): "VZ2013 4.7" for ZZPX, "VZ2013 3.3" for ZZP0,
	// "VZ2013 4.4.1; VZ2013 4.4.2" for a missing row.
	Bron string
	// Handeling says, in Dutch, what the caller does instead.
	Handeling string
}

// geenOmzetting builds the answer for z, which table t lacks.
func geenOmzetting(z allocation.ZZP, t *Omzettingstabel) *GeenOmzettingError {
	e := &GeenOmzettingError{ZZP: z, Tabel: t.Naam(), TabelBron: t.Bron()}
	switch {
	case z == allocation.ZZPX:
		e.Reden, e.Bron = ZZPOnbepaald, "VZ2013 4.7; VZ2013 4.4.1"
		e.Handeling = "bij ZZP onbepaald zet de zorgaanbieder in overleg met de cliënt een bepaald ZZP in en legt dat vast in het zorgleefplan; " +
			"bereken het budget op dat ZZP"
	case z == allocation.ZZP0:
		e.Reden, e.Bron = Partnerverblijf, "VZ2013 3.3 (Partneropname V&V); VZ2013 4.4.1"
		e.Handeling = "ZZP0 is partnerverblijf en geen zorgzwaartepakket: er is geen overbruggingsbudget; " +
			"zorg die de partner thuis nodig heeft, indiceert het CIZ als extramurale functies bij de ZZP0-registratie en die worden als functies toegewezen"
	case z.Known() && z.Sector() == allocation.SectorGeen:
		e.Reden, e.Bron = GeenZorgprofiel, "iWlz-codelijsten COD163; VZ2013 4.4.1"
		e.Handeling = z.Code() + " is een administratieve code zonder zorg: er is geen overbruggingsbudget"
	default:
		e.Reden, e.Bron = GeenRij, "VZ2013 4.4.1; VZ2013 4.4.2"
		e.Handeling = "de omzettingstabel is een handvat; zonder rij stelt het zorgkantoor het budget per geval vast: " +
			"vraag de overbruggingszorg aan met een AAT en laat het zorgkantoor die beoordelen"
	}
	return e
}

func (e *GeenOmzettingError) Error() string {
	return "overbrugging: omzettingstabel " + strconv.Quote(e.Tabel) + " has no row for ZZP " + e.ZZP.Code() +
		" (" + e.Reden.String() + ", " + e.Bron + ")"
}

// Is makes errors.Is(err, allocation.ErrInvalid) true.
func (e *GeenOmzettingError) Is(target error) bool { return target == allocation.ErrInvalid }

// Violations reports the answer as one violation of rule Omzettingstabel,
// naming the ZZP, the table, the source and what to do.
func (e *GeenOmzettingError) Violations() allocation.Violations {
	var vs allocation.Violations
	verdict.Add(&vs, allocation.Omzettingstabel, 0, "ZZP", e.ZZP.Code(),
		"de omzettingstabel ("+e.Tabel+") heeft geen rij voor "+e.ZZP.String()+" ("+e.Bron+"): "+e.Handeling)
	return vs
}
