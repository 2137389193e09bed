// Package overbrugging holds the rules of overbruggingszorg: the care a
// client with a ZZP gets while waiting for admission, its budget, its
// periods and the checks on the arrangement the dossierhouder requests.
//
// # Money
//
// Amounts are allocation.Bedrag and hours (dagdelen, etmalen) per week are
// allocation.Aantal: the library's one money type and one count, exact,
// built from text (the Dutch decimal comma included) or integers, never
// from a float. No package-level setting of shopspring/decimal is read or
// written, no Div is used; a division by zero or an amount out of range is
// an error. Totals are rounded once, to cents, half away from zero
// (Afronding, allocation.Bedrag.RoundCents); percentages up to whole
// percents (PercentageAfronding).
//
// # Budget
//
// WeekBudget follows VZ2013 4.4.1, 4.4.2 and Bijlage F: an Omzettingstabel
// maps the ZZP to functions with klassen; the weekly budget is the sum of
// (hours of the klasse × tariff of the function), with the average hours
// for MethodeRegulier and the maximum for MethodeMetUitloop. The hours of
// each klasse are table data with their source (LookupKlasse, a
// KlasseOmvang): COD756 for the ranges, Regeling langdurige zorg 2015
// Bijlage E for the averages — which gives K3 5.5 hours where COD756 says
// 5; the table takes Bijlage E and says so. The library ships
// DefaultOmzettingstabel (Rlz 2015 Bijlage C); the caller can build
// another (NewOmzettingstabel) and always supplies the Tarieven.
//
// # Periods
//
// CheckRegulier, CheckMetUitloop, CheckRegelzorg and TweedeTermijn apply
// VZ2013 4.4.1, 4.4.2 and 4.4.4, iWlz OP182 and OP183 and the einddatum of
// Bijlage D, with the terms of calendar's catalogue. Met uitloop (3 + 3
// maanden) and behandeling individueel (6 maanden) are looptijden that
// begin on their ingangsdatum, which counts: their einddatum is at most the
// last covered day (calendar.LastDayOf), so met uitloop from 2016-01-01
// ends by 2016-03-31, and its extension is a new looptijd from the day
// after. The 5 werkdagen of 4.4.1 are a deadline (the toewijzingsdatum
// does not count) and only a warning: see CheckRegulier.
//
// # Arrangements and percentages
//
// CheckArrangement checks an arrangement against a budget (VZ2013 4.2 punt
// 3, 4.4.3, 4.5, Bijlage C werkwijzen E and F). PercentageVan turns a cost into a
// toewijzingspercentage (CS130), RekenmoduleNodig says whether the
// rekenmodule is needed, CheckToeslagExtraOverbrugging checks toeslag 1
// (ZZ-brochure-verwijzers). Every check returns every violation at once, as
// allocation.Violations.
//
// # Choices where the sources are silent
//
//   - The 2013 omzettingstabel was not found; Rlz 2015 Bijlage C stands in,
//     labelled as such. 758 (9VV) takes the 9b row; GGZ-C and GGZ-W have none.
//   - The maximum of a klasse is the upper bound of its COD756 range (K2: 4
//     hours, where the CIZ writes "at most 3.9").
//   - HV and BH-IND count hours like PV; BG-GRP counts dagdelen (KD), VBKD
//     etmalen (KE), each at its number.
//   - "Maximaal 3 tot 6 maanden" behandeling is checked against 6 maanden.
//   - A looptijd of N maanden ends the day before the same day N months
//     on, or on the last day of that month when the day does not exist
//     there; an extension runs from the day after the first looptijd (so
//     3 + 3 maanden from 2015-11-30 cover up to 2016-05-31). The source
//     does not say how months are counted; this is the civil reading.
//   - VZ2013 4.4.1's 5 werkdagen are an "uitgangspunt": a late request is
//     a warning ("VZ2013 4.4.1 termijn", allocation.Waarschuwing) and
//     CheckRegulier still returns the date with it; the request is valid.
//   - The wachtstatus for toeslag 1 and the "budget exceeded" answer are
//     inputs: overbrugging does not import waitstatus.
//   - A ZZP without a row gets no budget but a *GeenOmzettingError that
//     says why and what to do (the Voorschrift gives no budget for it):
//     ZZPX, the budget of the bepaald ZZP the aanbieder sets (VZ2013
//     4.7); ZZP0, no budget, the partner's care at home is functies on the
//     ZZP0 registration (VZ2013 3.3); 996/997, administrative codes, no
//     budget; any other ZZP (GGZ-C, GGZ-W, 9VV A, or a ZZP a caller's table
//     lacks), the zorgkantoor decides the budget per case, as the table is
//     a handle (VZ2013 4.4.1) and requests are judged on the case (4.4.2).
package overbrugging
