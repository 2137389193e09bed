package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWalkthroughDefault(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, defaultOntvangst))
	s := out.String()
	for _, want := range []string{
		"== 1. Het CIZ geeft het indicatiebesluit af op ma 2026-05-11 ==",
		"== 2. De zorgtoewijzing (AW33) komt binnen op wo 2026-05-13 ==",
		"Geldig onder iWlz 2.4",
		"(regels van iWlz 2.4, met retourcode)",
		"CD073 (D073)                     Dossierhouder",
		"TR134 (S023)                     Toewijzingsdatum", // CS023 until iWlz 2.2; the retourcode stays S023 (COD910)
		"== 0. Het AW33 komt binnen als XML (iWlz 2.4,",
		"<Bericht xmlns=\"http://www.istandaarden.nl/iwlz/2_4/aw33/schema\"",
		"ValidateAW33: 0 bevindingen",
		"CD073 (D073) /Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Dossierhouder",
		"Het AW34 meldt: header 0200, cliënt 0200, indicatie S023, toewijzing S003,D073,9016",
		"== 11. Het AW39 dat de aanbieder stuurt op ma 2026-12-21: MUT19",
		"<Mutatiecode>19</Mutatiecode>",
		"ValidateAW39: 0 bevindingen",
		"== 12. De kant van het zorgkantoor ==",
		"NewAanvraag: geldig",
		"nieuw       4VV Modulair pakket thuis (MPT) Overbrugging 87654321 2026-05-20 t/m 2026-08-19",
		"c) De wachtlijst op 2026-06-03, teruggekeken na de opname van 2026-07-01: Actief plaatsen / 09 Dreigende crisis (thuis), wachtend sinds 2026-05-20",
		"dagen in Actief plaatsen van 2026-05-20 t/m 2026-06-30: 42",
		"VZ2013 Bijlage A Reguliere zorg  ZzpCode",
		"4VV     -> 3VV     toegestaan [VZ2013 E.9a]",
		"VZ2013 E.7b: niet van een ZZP (niet zijnde VV 9b of VV10) naar VV 9b of VV10",
		"== 4. Termijnen vanaf de ontvangst op wo 2026-05-13 ==",
		"== 5. De cliënt wacht: MUT18 Actief plaatsen met overbrugging ==",
		"AAT Overbrugging (met-uitloop): einddatum 2026-08-19, na de ene verlenging uiterlijk 2026-11-19",
		"MUT uiterlijk do 2026-05-28",
		"tijdens de overbrugging uiterlijk 2026-11-20 weer (minimaal 2x per jaar)",
		"per week € 937.50",
		"per week € 1165.00",
		"VZ2013 Bijlage C werkwijze E: geen kortdurend verblijf",
		"== 7. De cliënt gaat een tijd naar huis: MUT20",
		"a) De cliënt vertrekt: MUT19",
		"dossierhouder naar:87654321",
		"== 10. Een andere cliënt logeert één weekend per maand: werkwijze A",
		"MUT19 za 2026-09-19, uiterlijk insturen vr 2026-09-25",
		"vr 2026-05-15  Gelijkgestelde dag",
		"uiterlijk di 2026-05-19  zorgaanbieder: contact opnemen met de cliënt",
		"[VZ2013 4.2 punt 1]",
		"uiterlijk vr 2026-05-22  dossierhouder: overbruggingszorg aanvragen",
		"uiterlijk ma 2026-06-01",
	} {
		assert.Contains(t, s, want)
	}
}

// TestWalkthroughEras runs the journey under the 2013 Voorschrift, iWlz
// 2.0 and 2.2: the statuses and klassen follow the rules of each date.
func TestWalkthroughEras(t *testing.T) {
	for day, want := range map[string][]string{
		"2014-03-05": {"(VZ2013)", "MUT18 Actief wachtend met overbrugging", "regel: VZ2013 Bijlage D, MUT18 rij 2", "leveringsstatus: Wens wachtend"},
		"2019-06-12": {"(iWlz 2.0)", "leveringsstatus: Niet actief wachtend"},
		"2021-02-03": {"(iWlz 2.2)", "Actief plaatsen / 09 Dreigende crisis (thuis)", "CS023 (S023)                     Toewijzingsdatum"},
	} {
		var out bytes.Buffer
		require.NoError(t, run(&out, day), day)
		for _, w := range want {
			assert.Contains(t, out.String(), w, day)
		}
	}
}

func TestWalkthroughErrors(t *testing.T) {
	for _, day := range []string{"2026-02-30", "13-05-2026", "2029-01-02", "2028-12-28"} {
		var out bytes.Buffer
		err := run(&out, day)
		require.Error(t, err, day)
		assert.Empty(t, out.String(), "nothing is printed when a step fails")
		assert.True(t, strings.HasPrefix(err.Error(), "calendar: "), err.Error())
	}
}
