package main

import (
	"fmt"
	"io"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

// exampleDayTariffs are the walkthrough's tariffs per day of some ZZPs.
// They are examples: a host supplies the real tariffs of the year.
var exampleDayTariffs = map[allocation.ZZP]string{
	allocation.ZZP4VV: "160,00", allocation.ZZP3VV: "130,00", allocation.ZZP5VV: "190,00",
	allocation.ZZP4VG: "150,00", allocation.ZZP9VVB: "260,00", allocation.ZZP4GGZB: "170,00", allocation.ZZP2LVG: "155,00",
}

// stepVertaling: the client prefers a provider that is not contracted for
// 4VV. Which of that provider's own ZZPs may it deliver?
func stepVertaling(w io.Writer, c *client) error {
	van := c.indicatie.ZZPs()[0]
	fmt.Fprintf(w, "== 3a. Voorkeur voor een aanbieder zonder contract voor %s: welke eigen ZZP's mogen? (VZ2013 4.3.2, Bijlage E) ==\n", van.ZZP.Label())
	var refused *vertaaltabel.Result
	var refusedZZP allocation.ZZP
	for _, naar := range []allocation.ZZP{allocation.ZZP3VV, allocation.ZZP4VG, allocation.ZZP5VV, allocation.ZZP9VVB, allocation.ZZP4GGZB, allocation.ZZP2LVG} {
		geindiceerd, err := allocation.ParseBedrag(exampleDayTariffs[van.ZZP])
		if err != nil {
			return err
		}
		eigen, err := allocation.ParseBedrag(exampleDayTariffs[naar])
		if err != nil {
			return err
		}
		ctx := vertaaltabel.Context{Dagtekening: c.ontvangst, Ingangsdatum: c.ontvangst, Calendar: c.nl,
			TariefGeindiceerd: geindiceerd, TariefInstellingseigen: eigen}
		r, err := vertaaltabel.Check(van, naar, ctx, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %-7s -> %-7s %-10s %v\n", van.ZZP.Label(), naar.Label(), r.Oordeel, r.Rules())
		if r.Oordeel == vertaaltabel.Verboden && (refused == nil || len(r.Reasons()) > len(refused.Reasons())) {
			refused, refusedZZP = &r, naar
		}
	}
	if refused != nil {
		fmt.Fprintf(w, "  waarom niet %s:\n", refusedZZP.Label())
		for _, x := range refused.Reasons() {
			if x.Forbids {
				fmt.Fprintf(w, "    %s: %s\n", x.Rule, x.Message)
			}
		}
	}
	fmt.Fprintln(w, "  (voorbeeldtarieven per dag; het alternatief mag niet duurder zijn dan het geïndiceerde ZZP, E.6b)")
	fmt.Fprintln(w)
	return nil
}
