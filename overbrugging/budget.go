package overbrugging

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/verdict"
)

// Afronding names the one rounding step of the budget method: every total
// (a weekly budget, the ZIN part, the PGB part, what lies outside the
// budget) is computed exactly from hours × tariff (allocation.Bedrag.Mul)
// and rounded once, to cents, half away from zero ("rekenkundig
// afronden", allocation.Bedrag.RoundCents). Lines are never rounded on
// their own.
const Afronding = "rekenkundig op centen (half away from zero), eenmaal per totaal"

// Methode is how the budget counts the hours of a klasse.
type Methode uint8

// The budget methods.
const (
	// MethodeRegulier counts the average hours of each klasse (VZ2013 4.4.1,
	// Bijlage F).
	MethodeRegulier Methode = iota + 1
	// MethodeMetUitloop counts the maximum of each klasse (VZ2013 4.4.2).
	MethodeMetUitloop
)

// String returns "regulier" or "met-uitloop".
func (m Methode) String() string {
	switch m {
	case MethodeRegulier:
		return "regulier"
	case MethodeMetUitloop:
		return "met-uitloop"
	}
	return "Methode(?)"
}

// UnmarshalText accepts "regulier" and "met-uitloop".
func (m *Methode) UnmarshalText(b []byte) error {
	switch string(b) {
	case "regulier":
		*m = MethodeRegulier
	case "met-uitloop":
		*m = MethodeMetUitloop
	default:
		return verdict.One(allocation.InputOption, 0, "Methode", string(b), "de methode is regulier of met-uitloop")
	}
	return nil
}

// hours returns the hours of ku under the method.
func (m Methode) hours(ku KlasseOmvang) allocation.Aantal {
	if m == MethodeMetUitloop {
		return ku.Maximum
	}
	return ku.Gemiddeld
}

// BudgetRegel is one function of a weekly budget.
type BudgetRegel struct {
	Functie allocation.Functie
	Klasse  allocation.Klasse
	Uren    allocation.Aantal
	Tarief  allocation.Bedrag
	// Onafgerond is hours × tariff, exact ("305.525"): lines are never
	// rounded (Afronding).
	Onafgerond allocation.Bedrag
}

// Budget is the weekly overbrugging budget of a ZZP.
type Budget struct {
	ZZP     allocation.ZZP
	Methode Methode
	Regels  []BudgetRegel
	// Totaal is the sum of the lines, rounded once (Afronding).
	Totaal allocation.Bedrag
	// Tabel names the omzettingstabel used.
	Tabel string
}

// WeekBudget computes the weekly budget of ZZP z (VZ2013 4.4.1, 4.4.2,
// Bijlage F): the omzettingstabel gives the functions with klassen (the
// variant with dagbesteding when dagbesteding is true); each function
// counts the hours of its klasse — the average for MethodeRegulier, the
// maximum for MethodeMetUitloop — times its tariff; the total is rounded
// once. A ZZP the table lacks is a *GeenOmzettingError: why there is no
// row (ZZPX, ZZP0, an administrative code, or no row in this table), its
// source and what the caller does instead; allocation.AsViolations reads it
// as an "Omzettingstabel" violation. A missing tariff is a "Tarieven"
// violation.
func WeekBudget(z allocation.ZZP, dagbesteding bool, m Methode, tabel *Omzettingstabel, t Tarieven) (Budget, error) {
	if tabel == nil {
		tabel = defaultTabel
	}
	if m != MethodeRegulier && m != MethodeMetUitloop {
		return Budget{}, verdict.One(allocation.InputOption, 0, "Methode", m.String(), "de methode is regulier of met-uitloop")
	}
	row, ok := tabel.rows[z]
	if !ok {
		return Budget{}, noRow(z, tabel)
	}
	b := Budget{ZZP: z, Methode: m, Tabel: tabel.naam, Regels: make([]BudgetRegel, 0, len(row))}
	var sum allocation.Bedrag
	for _, o := range row {
		if o.AlleenMetDagbesteding && !dagbesteding {
			continue
		}
		ku, err := LookupKlasse(o.Functie, o.Klasse)
		if err != nil {
			return Budget{}, err
		}
		tarief, err := t.tarief(o.Functie)
		if err != nil {
			return Budget{}, err
		}
		h := m.hours(ku)
		line, err := tarief.Mul(h)
		if err != nil {
			return Budget{}, err
		}
		if sum, err = sum.Add(line); err != nil {
			return Budget{}, err
		}
		b.Regels = append(b.Regels, BudgetRegel{Functie: o.Functie, Klasse: o.Klasse, Uren: h, Tarief: tarief, Onafgerond: line})
	}
	b.Totaal = sum.RoundCents()
	return b, nil
}
