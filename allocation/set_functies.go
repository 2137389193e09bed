package allocation

import "strconv"

// checkTR106Functies applies TR106 to the toegewezen functies: the same
// functie, soort and instelling may not be given twice for overlapping
// periods (the stylesheet applies TR106 to ToegewezenFunctie as well as
// ToegewezenZorgzwaartepakket, iWlz-XSLT 2.2 TR106), one violation per
// group of overlapping lines.
func checkTR106Functies(vs *Violations, buf []ival, functies []FunctieToewijzing) {
	items := buf[:0]
	for i := range functies {
		f := &functies[i]
		if f.IsZero() || !f.rel.IWlz() {
			continue
		}
		key := uint64(f.s.Functie)<<40 | uint64(f.s.Soort)<<32 | agbKey(f.s.Instelling)
		if x, ok := newOverlapIval(key, f.s.Ingangsdatum, f.s.Einddatum, i); ok {
			items = append(items, x)
		}
	}
	reportGroups(vs, items, 1, TR106, "Functies", func(i int) Release { return functies[i].rel },
		func(first int, others string) (string, string, string) {
			return "Functie[" + strconv.Itoa(first+1) + "]", functies[first].s.Functie.Code(),
				"dezelfde functie en soort voor dezelfde aanbieder overlapt met functie " + others
		})
}
