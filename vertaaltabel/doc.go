// Package vertaaltabel answers the question of VZ2013 4.3.2 and Bijlage E:
// when a client prefers a provider that is not contracted for the indicated
// ZZP, may the indicated ZZP be delivered as this instellingseigen ZZP?
//
// Check takes the indicated ZZP with its 2013 variant (with behandeling,
// with dagbesteding), the instellingseigen ZZP and a Context (the
// dagtekening it is judged on, the provider's admission for verblijf met
// behandeling in de VG, both tariffs as allocation.Bedrag, whether the
// translation is temporary or extended, the client's situation for VV 9b,
// an existing LVG case) and returns a Result: Toegestaan,
// Tijdelijk (until when: 6 maanden, once extended by 6; behandeling only
// with a separate agreement), Verboden — with every reason and its rule id
// (VZ2013 E.6a-c, E.7a-e, E.8a-b, E.9a-d) — or Tegenstrijdig when the
// caller's Tabel and the rules disagree. Invalid input (an unknown ZZP, a
// missing date or tariff) is a list of violations, not a verdict.
//
// # The rules
//
// Point 7 forbids translations into GGZ B, VV 9b or VV10, SGLVG/LVG/VG7,
// ZG-VIS and ZG-AUD from a ZZP of another kind. Point 8 decides for VG7,
// LVG and SGLVG: allowed when the provider is toegelaten voor verblijf met
// behandeling in de VG, otherwise only temporarily. Point 9 allows, in
// principle, translations within VV-SOM, VV-PG, VG, LG and GGZ-C (9a), from
// VV 9b for a client who is uitgerevalideerd (9b), and from GGZ B, VV10,
// ZG-AUD and ZG-VIS (9c); a ZZP with dagbesteding translated to VV is
// compared at its tariff without dagbesteding (9d). Point 6b: the
// alternative may not cost more (tariffs are input). Point 6c, the legal
// frame: from 2019-01-01 an LVG or SGLVG indicatie can no longer be
// converted to VG, MPT or VPT (existing cases until 2021-01-01).
//
// # Choices where the sources are silent
//
//   - A pair no rule of points 8 and 9 permits is forbidden by 6a (the
//     "zorginhoudelijk karakter"): GGZ-W (2021) and the special codes
//     996-999 appear in no rule.
//   - VV 9b is 191 and 758 (the 9VV code before the split); 190 (9VV A,
//     geriatrische revalidatie) counts as VV.
//   - Point 8 replaces point 9 for VG7, LVG and SGLVG ("uitgezonderd
//     hetgeen is bepaald in uitgangspunten 7 en 8").
//   - The same ZZP as Verblijf is no translation: always allowed.
//   - A tariff of zero counts as not given (invalid input), since no ZZP is free.
package vertaaltabel
