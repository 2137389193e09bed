package main

import (
	"fmt"
	"io"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// The aanbieder of the walkthrough: the client's voorkeuraanbieder.
const (
	aanbieder     = "12345678"
	andere        = "87654321"
	besluitnummer = "100200300"
)

// client is the walkthrough's client: a 4VV indicatie with verblijf and a
// known voorkeuraanbieder, and the toewijzing the aanbieder receives.
type client struct {
	nl         *calendar.Calendar
	ontvangst  calendar.Date // the day the AW33 toewijzing arrives
	afgifte    calendar.Date // the day the CIZ issued the besluit
	indicatie  allocation.Indicatie
	toewijzing allocation.Zorgtoewijzing
	bericht    []byte // the AW33 as XML (from iWlz 2.2)
	// vertrek is the journey's last mutation (the MUT19 of leaving), sent
	// on verzonden: the AW39 at the end.
	vertrek   waitstatus.Mutatie
	verzonden calendar.Date
}

// newClient dates the story from the day the toewijzing arrives: the CIZ
// issued the besluit two werkdagen before, the zorgkantoor sent the
// toewijzing within its 1 werkdag (OP088), and care may start that day.
func newClient(nl *calendar.Calendar, ontvangst calendar.Date) (*client, error) {
	afgifte, err := nl.AddWerkdagen(ontvangst, -2)
	if err != nil {
		return nil, err
	}
	return &client{nl: nl, ontvangst: ontvangst, afgifte: afgifte}, nil
}

// klasse is the KE klasse of the indicated and toegewezen ZZP: KE7 until
// iWlz 2.3 (CD051 asks for it with Verblijf), none from 2023 when COD756
// ends.
func (c *client) klasse() allocation.Klasse {
	if allocation.KE7.ValidOn(c.afgifte) {
		return allocation.KE7
	}
	return 0
}

func (c *client) indicatieSpec() (allocation.IndicatieSpec, error) {
	agb, err := allocation.ParseAGBCode(aanbieder)
	if err != nil {
		return allocation.IndicatieSpec{}, err
	}
	nr, err := allocation.ParseBesluitnummer(besluitnummer)
	if err != nil {
		return allocation.IndicatieSpec{}, err
	}
	return allocation.IndicatieSpec{
		Besluitnummer: nr,
		Afgiftedatum:  c.afgifte,
		Ingangsdatum:  c.afgifte,
		Grondslagen:   []allocation.Grondslag{allocation.GrondslagSomatisch},
		ZZPs: []allocation.GeindiceerdZZP{{
			ZZP: allocation.ZZP4VV, Ingangsdatum: c.afgifte, Klasse: c.klasse(),
			VoorkeurClient: allocation.VoorkeurVerblijf, InstellingVoorkeur: agb,
		}},
		Voorkeuraanbieder:     agb,
		VoorkeurLeveringsvorm: allocation.VoorkeurVerblijf,
	}, nil
}

func (c *client) toewijzingSpec() (allocation.ToewijzingSpec, error) {
	agb, err := allocation.ParseAGBCode(aanbieder)
	if err != nil {
		return allocation.ToewijzingSpec{}, err
	}
	pct, err := allocation.NewPercentage(100)
	if err != nil {
		return allocation.ToewijzingSpec{}, err
	}
	tijd, err := allocation.ParseTijd("10:15:00")
	if err != nil {
		return allocation.ToewijzingSpec{}, err
	}
	return allocation.ToewijzingSpec{
		ZZP: allocation.ZZP4VV, Instelling: agb, Zorgkantoor: 5501, Soort: allocation.Regulier,
		Toewijzingsdatum: c.ontvangst, Toewijzingstijd: tijd, Percentage: pct, Ingangsdatum: c.ontvangst,
		Leveringsvorm: allocation.Verblijf, Dossierhouder: agb, Opname: allocation.Ja, Klasse: c.klasse(),
	}, nil
}

// stepIndicatie validates the indicatiebesluit.
func stepIndicatie(w io.Writer, c *client) error {
	spec, err := c.indicatieSpec()
	if err != nil {
		return err
	}
	if c.indicatie, err = allocation.NewIndicatie(spec, allocation.Context{Dagtekening: c.afgifte}); err != nil {
		return err
	}
	g := c.indicatie.ZZPs()[0]
	fmt.Fprintf(w, "== 1. Het CIZ geeft het indicatiebesluit af op %s %s ==\n", weekdag(c.afgifte), c.afgifte)
	fmt.Fprintf(w, "Besluit %s, %s, grondslag %s, geldig %s (regels: %s)\n",
		c.indicatie.Besluitnummer(), g.ZZP, c.indicatie.Grondslagen()[0], c.indicatie.Period(), c.indicatie.Release())
	fmt.Fprintf(w, "Voorkeur: %s bij aanbieder %s, die daarmee dossierhouder wordt (ZK-dossierhouderschap)\n\n",
		c.indicatie.VoorkeurLeveringsvorm(), c.indicatie.Voorkeuraanbieder())
	return nil
}

// stepToewijzing validates the toewijzing the aanbieder receives.
func stepToewijzing(w io.Writer, c *client) error {
	spec, err := c.toewijzingSpec()
	if err != nil {
		return err
	}
	if c.bericht != nil {
		// Read from the AW33 as it arrived (step 0).
		m, _, err := allocation.DecodeAW33(c.bericht)
		if err != nil {
			return err
		}
		if spec, err = m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten[0].Spec(); err != nil {
			return err
		}
	}
	c.toewijzing, err = allocation.NewZorgtoewijzing(spec, c.indicatie, allocation.Context{Dagtekening: c.ontvangst})
	if err != nil {
		return err
	}
	z := c.toewijzing
	fmt.Fprintf(w, "== 2. De zorgtoewijzing (AW33) komt binnen op %s %s ==\n", weekdag(c.ontvangst), c.ontvangst)
	fmt.Fprintf(w, "%s, %s, %s, %s, vanaf %s, opname %s, dossierhouder %s\n",
		z.ZZP().Label(), z.Leveringsvorm(), z.Soort(), z.Spec().Percentage, z.Period().Start(), z.Opname(), z.Dossierhouder())
	fmt.Fprintf(w, "Geldig onder %s: alle regels van de toewijzing zijn gecontroleerd\n\n", z.Release())
	return nil
}

// stepInvalid shows a toewijzing with mistakes and every violation it gets.
func stepInvalid(w io.Writer, c *client) error {
	spec, err := c.toewijzingSpec()
	if err != nil {
		return err
	}
	other, err := allocation.ParseAGBCode(andere)
	if err != nil {
		return err
	}
	spec.ZZP = allocation.ZZP5VV                   // not the geïndiceerde ZZP
	spec.Dossierhouder = allocation.AGBCode{}      // missing for verblijf
	spec.CoordinatorZorgThuis = other              // only for MPT
	spec.Einddatum = c.ontvangst.AddDays(-1)       // before the ingangsdatum
	spec.Toewijzingsdatum = c.ontvangst.AddDays(1) // after the message date
	_, err = allocation.NewZorgtoewijzing(spec, c.indicatie, allocation.Context{Dagtekening: c.ontvangst})
	vs := allocation.AsViolations(err)
	fmt.Fprintf(w, "== 3. Een toewijzing met fouten krijgt alle schendingen tegelijk (regels van %s, met retourcode) ==\n",
		allocation.ReleaseOn(c.ontvangst))
	for _, v := range vs {
		id := v.Rule.String()
		if rc := v.Rule.Retourcode(); rc != "" {
			id += " (" + rc + ")"
		}
		fmt.Fprintf(w, "  %-32s %-22s %q: %s\n", id, v.Field, v.Value, v.Message)
	}
	fmt.Fprintln(w)
	return nil
}
