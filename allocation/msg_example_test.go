package allocation_test

import (
	"fmt"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/allocation"
)

// DecodeAW33 reads a toewijzing message; schema faults are findings of
// rule XSD with the XPath of the element, and the value is still there.
func ExampleDecodeAW33() {
	data, _ := sampleAW33().Encode()
	bad := strings.Replace(string(data), "<Bsn>999911120</Bsn>", "<Bsn>99991112</Bsn>", 1)
	m, rep, err := allocation.DecodeAW33([]byte(bad))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Release, m.Clienten[0].Bsn, len(m.Clienten[0].Indicatie.ToegewezenZorgzwaartepakketten))
	fmt.Println(rep.String())
	// Output:
	// iWlz 2.2 99991112 3
	// AW33 iWlz 2.2: 1 bevinding(en)
	// XSD /Bericht/Clienten/Client/Bsn: element Bsn: waarde "99991112" voldoet niet aan facet pattern [0-9]{9}
}

// Encode writes the message in the namespaces of its release.
func ExampleAW33_Encode() {
	m := sampleAW33()
	data, err := m.Encode()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Split(string(data), "\n")[1])
	// Output:
	// <Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw33/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
}

// Bytes that are no AW33 are an error, not a report.
func ExampleMessageError() {
	_, _, err := allocation.DecodeAW33([]byte(`<Bericht xmlns="http://www.istandaarden.nl/iwlz/2_2/aw35/schema"/>`))
	fmt.Println(err)
	// Output:
	// allocation: geen AW33-bericht (XSD): /Bericht: namespace "http://www.istandaarden.nl/iwlz/2_2/aw35/schema" is niet die van AW33 in iWlz 2.2, 2.3 of 2.4
}

func ExampleRelease_MessageNamespace() {
	fmt.Println(allocation.IWlz23.MessageNamespace("aw33"))
	// Output:
	// http://www.istandaarden.nl/iwlz/2_3/aw33/schema
}
