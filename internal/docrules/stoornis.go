package docrules

import (
	"math"

	"github.com/wlzregels/zorgtoewijzing/internal/names"
)

// cs002: iWlz-XSLT 2.2 CS002 (check11proef): the Bsn of an IO31, AW33,
// AW35 or AW39 passes the 11-proef as the stylesheet computes it: the
// nine lowest decimal digits of number(text()), weighted 9..2 and -1, sum
// mod 11 is 0. Text that is no number (also an empty Bsn) fails; so does
// a number whose digits fail, however many digits it has.
func (c *checker) cs002(i int32) {
	if !elfProef(number(c.el[i].Text, false)) {
		c.node(i)
		c.emit(rCS002)
	}
}

// elfProef is the stylesheet's check11proef in XPath number arithmetic:
// digit k is floor(x div 10^k) mod 10 (mod truncating, as XPath's), and
// NaN fails.
func elfProef(x float64) bool {
	if x >= 0 && x < 1<<53 && x == math.Trunc(x) {
		// An integer below 2^53: floor(x div 10^k) is exact integer
		// division, so the digits need no float arithmetic.
		n := uint64(x)
		sum := -int64(n % 10)
		for k := int64(2); k <= 9; k++ {
			n /= 10
			sum += k * int64(n%10)
		}
		return sum%11 == 0
	}
	var sum float64
	p := 1.0
	for k := 1; k <= 9; k++ {
		d := math.Mod(math.Floor(x/p), 10)
		w := float64(k)
		if k == 1 {
			w = -1
		}
		sum += w * d
		p *= 10
	}
	return math.Mod(sum, 11) == 0
}

// The code lists that CS012 embeds (iWlz-XSLT 2.2 CS012): which
// ZiektebeeldStoornis codes belong to a DiagnoseCodelijst, and for list
// 021 to a DiagnoseSubcodelijst. The comments name the iWlz code list the
// stylesheet names. They are the stylesheet's own copies, not the current
// code lists.
var (
	// COD923, for DiagnoseCodelijst 014 and 019.
	cod923 = []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
		"12", "13", "14", "15", "16", "17", "18", "19", "20", "21"}
	// COD925, DiagnoseCodelijst 021 by DiagnoseSubcodelijst 01, 02 and 03.
	cod925sub01 = []string{"b110", "b114", "b117", "b122", "b126", "b130", "b134", "b139",
		"b140", "b144", "b147", "b152", "b156", "b160", "b164", "b199"}
	cod925sub02 = []string{"b210", "b215", "b220", "b229", "b230", "b235", "b270"}
	cod925sub03 = []string{"b310", "b320", "b340", "b410", "b415", "b420", "b430", "b435",
		"b440", "b455", "b469", "b510", "b515", "b525", "b535", "b539", "b540", "b545",
		"b550", "b555", "b559", "b610", "b620", "b639", "b679", "b710", "b715", "b729",
		"b749", "b750", "b755", "b760", "b765", "b789", "b849", "b869"}
	// COD924, for DiagnoseCodelijst 022.
	cod924 = []string{"b117.0", "b117.1", "b117.2", "b117.3", "b117.4", "b117.9"}
	// COD926, for DiagnoseCodelijst 023.
	cod926 = []string{"b210.1", "b210.2", "b210.3", "b210.4", "b210.9"}
	// COD927, for DiagnoseCodelijst 024.
	cod927 = []string{"b230.1", "b230.2", "b230.3", "b230.4", "b230.9"}
)

// A row of a CS012 or CS014 table: when the selector (DiagnoseCodelijst,
// or DiagnoseSubcodelijst) is one of when, the checked element
// (ZiektebeeldStoornis, or DiagnoseSubcodelijst) must be one of allowed.
type diagRow struct {
	when    []string
	allowed []string
}

// cs012Rows are CS012's checks on DiagnoseCodelijst, in its order.
var cs012Rows = []diagRow{
	{[]string{"014", "019"}, cod923},
	{[]string{"022"}, cod924},
	{[]string{"023"}, cod926},
	{[]string{"024"}, cod927},
}

// cs012Sub are CS012's checks on DiagnoseSubcodelijst, made only when a
// DiagnoseCodelijst text is exactly 021.
var cs012Sub = []diagRow{
	{[]string{"01"}, cod925sub01},
	{[]string{"02"}, cod925sub02},
	{[]string{"03"}, cod925sub03},
}

// cs014Rows are CS014's checks: the DiagnoseSubcodelijst that belongs to a
// DiagnoseCodelijst (iWlz-XSLT 2.2 CS014). Lists 022 and others have no
// row: any subcodelijst, or none, passes.
var cs014Rows = []diagRow{
	{[]string{"014"}, []string{"04", "05", "06"}},
	{[]string{"019"}, []string{"07", "08", "09", "10", "11"}},
	{[]string{"021"}, []string{"01", "02", "03"}},
	{[]string{"023"}, []string{"12"}},
	{[]string{"024"}, []string{"13"}},
}

var (
	anyCodelijst    = step{nsAny, names.DiagnoseCodelijst}
	anySubcodelijst = step{nsAny, names.DiagnoseSubcodelijst}
	anyZiektebeeld  = step{nsAny, names.ZiektebeeldStoornis}
)

// cs012: iWlz-XSLT 2.2 CS012 (checkimplication per code list) on a
// Stoornis of an AW33 or IO31: ZiektebeeldStoornis is a code of the list
// its DiagnoseCodelijst (for 021: its DiagnoseSubcodelijst) names, for the
// lists the stylesheet embeds (014, 019, 021/01-03, 022, 023, 024); other
// lists are not checked. Absent or other subcodelijst under 021 passes.
// Locations: DiagnoseCodelijst (or DiagnoseSubcodelijst) and
// ZiektebeeldStoornis. The children are matched in any namespace.
func (c *checker) cs012(i int32) {
	lijst := c.sel(i, anyCodelijst).text
	ziekte := c.sel(i, anyZiektebeeld).text
	check := func(row diagRow, sel step, selText string) {
		if inList(selText, row.when...) && !inList(ziekte, row.allowed...) {
			c.add(i, sel)
			c.add(i, anyZiektebeeld)
			c.emit(rCS012)
		}
	}
	check(cs012Rows[0], anyCodelijst, lijst)
	// The stylesheet tests *[local-name()='DiagnoseCodelijst'] = '021':
	// any DiagnoseCodelijst whose text is exactly 021.
	is021 := false
	for ch := c.el[i].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if c.el[ch].Name == names.DiagnoseCodelijst && c.el[ch].Text == "021" {
			is021 = true
			break
		}
	}
	if is021 {
		sub := c.sel(i, anySubcodelijst).text
		for _, row := range cs012Sub {
			check(row, anySubcodelijst, sub)
		}
	}
	for _, row := range cs012Rows[1:] {
		check(row, anyCodelijst, lijst)
	}
}

// cs014: iWlz-XSLT 2.2 CS014 (checkimplication per list) on a Stoornis of
// an AW33 or IO31: the DiagnoseSubcodelijst belongs to the
// DiagnoseCodelijst (014: 04-06, 019: 07-11, 021: 01-03, 023: 12, 024:
// 13); a missing subcodelijst under these lists is a finding. Locations:
// DiagnoseCodelijst and DiagnoseSubcodelijst.
func (c *checker) cs014(i int32) {
	lijst := c.sel(i, anyCodelijst).text
	sub := c.sel(i, anySubcodelijst).text
	for _, row := range cs014Rows {
		if inList(lijst, row.when...) && !inList(sub, row.allowed...) {
			c.add(i, anyCodelijst)
			c.add(i, anySubcodelijst)
			c.emit(rCS014)
		}
	}
}
