// Package kortverblijf holds how short stays (logeren, kortdurend verblijf)
// and part-time stays are reported, so that the client pays the right eigen
// bijdrage: VZ2013 3.3 and Bijlage C (instructie kortdurend verblijf,
// werkwijzen A-G), with today's logeeropvang.
//
//   - Gemiddelde and KlasseVoor: the KE klasse of an average (per week, month
//     or year; 13 a month = 156 a year = KE3); LimietPerWeek: kortdurend at
//     most 3, verblijf at least 4 (Kies uses the same limits), DTV 3,5/4,0/4,5 (7/8/9 per 14 days), in
//     etmalen per week as an allocation.Aantal (read as "3,5" or "3.5");
//     OpsparenToegestaan: logeerdagen may be saved up on an indicatie from
//     before 2011-01-01.
//   - Kies and Werkwijzen: from the situation (VBKD or ZZP, average,
//     regularity, afgiftedatum, opnamewens, PGB) to werkwijze A-G and its
//     instruction as data: the MAZ and its klasse, when a MUT20 or MUT19,
//     the soort of the AAT (Overbrugging for E, Alternatief for F), the PGB
//     exceptions of E and F, the reguliere toewijzing of C and G.
//   - SchemaA: the MAZ and MUT20/MUT19 messages of werkwijze A for the
//     client's stays.
//   - VerblijfMetZorgThuis: the table of 3.3 (MAZ, declaration, eigen
//     bijdrage; the dossierhouder organises the zorg thuis).
//   - LogeerOpvang: logeren today, by date: functie 71 before 2023,
//     toeslag 10 Logeren from 2023-01-01, classificatie 16 from 2021.
//
// # Choices where the sources are silent
//
//   - An average is turned into a klasse by rounding the weekly average
//     half up (at least KE1, at most KE7); the Voorschrift gives only
//     whole averages. The rounding gives only the MAZ klasse, never the
//     werkwijze: the limits are on the average itself.
//   - Between 3 and 4 etmalen a week (157-207 a year; 3,5 a week is 182):
//     werkwijze F is "tot maximaal 3", G "minimaal 4", B (VBKD) "1, 2 of 3"
//     etmalen a week, and Bijlage C has no werkwijze in between. Kies
//     refuses such an average (a ZZP without opnamewens breaks both F and
//     G; VBKD breaks "VZ2013 Bijlage C"), as LimietPerWeek refuses 3,5 a
//     week for kortdurend and for verblijf; it does not round 182 a year up
//     to G with KE4. So the MAZ klasse of B and F is always KE1-KE3 and of
//     G always KE4-KE7. (Under iWlz, from 2020, 3,5 a week in an instelling
//     is deeltijdverblijf, DTV 3,5: LimietPerWeek(DTV).)
//   - Werkwijze A: one week in zorg per day in zorg; a stay that begins
//     before the pending MUT20 keeps the client in zorg (no MUT20, no MAZ).
//   - Werkwijzen C and D get a MAZ per toewijzing and a MUT19 at the end
//     ("een passende MAZ en/of MUT"); the MAZ klasse follows the toewijzing.
//   - Logeeropvang "at most 3 etmalen a week with VPT, MPT or PGB" is the
//     Wlz rule (MLZ-kortdurend-verblijf), here "Wlz logeeropvang".
package kortverblijf
