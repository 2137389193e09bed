package waitstatus_test

import (
	"fmt"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// DecodeAW39 reads a mutation message; a missing required element is a
// finding at its parent's XPath plus its name.
func ExampleDecodeAW39() {
	data, _ := sampleAW39().Encode()
	bad := strings.Replace(string(data), "<Leveringsstatus>7</Leveringsstatus>", "", 1)
	m, rep, err := waitstatus.DecodeAW39([]byte(bad))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(m.Clienten[0].MutatieZorgzwaartepakketten))
	fmt.Println(rep.String())
	// Output:
	// 2
	// AW39 iWlz 2.2: 1 bevinding(en)
	// XSD /Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket[1]/Leveringsstatus: verplicht element Leveringsstatus ontbreekt
}
