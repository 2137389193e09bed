// Package docrules applies the document rules of the official iWlz 2.2
// validation stylesheets (iWlz-XSLT 2.2) to a parsed message: the rules
// about the client, its relaties, contact and adres, naam,
// geboortedatum, communicatie, Wzd, stoornissen and diagnoses, and the
// message-level rules (duplicate keys, sender and receiver, a client
// without care units), the rules on the Vervoer of a functie, the dates
// CS003 and CS023 that the typed rules do not judge, the rules on the
// aanvragen of an AW39 (Aanvraag, AanvraagInstelling, BijzondereSituatie)
// and the rules on the geleverde zorgeenheden of an AW35
// (GeleverdZorgzwaartepakket, GeleverdeFunctie), for the messages IO31,
// AW33, AW35 and AW39.
//
// Each rule is ported as the stylesheet evaluates it, not as its prose
// reads: the same elements are matched (by namespace and name, whatever
// message the stylesheet belongs to), the same XPath 1.0 semantics decide
// (normalize-space for "empty", libxml2's number() for date comparisons,
// node-set comparisons that hold when any node matches), and a finding
// lists the same locations: the union of the elements the stylesheet
// passes to its addError template, in document order without duplicates.
// Where the stylesheet and the prose differ, the rule's doc comment says
// so.
//
// The stylesheet's traversal is kept as well: every element below the
// root element named Bericht is checked (the root itself is not), children
// before their parent, and an element that has an iwlz:Taal or iwlz:Vorm
// child is checked by CD007 alone, because the CD007 stylesheet's template
// for it outranks the dispatcher that applies the other rules.
//
// Known difference: the stylesheets read text() (an element's first text
// node) where this package reads the element's whole text; the two differ
// only for an element whose text is split by a comment or a child element.
package docrules
