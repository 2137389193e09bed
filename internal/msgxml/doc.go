// Package msgxml is the machinery under the generated iWlz message codecs
// (allocation/msg_*_gen.go, waitstatus/msg_*_gen.go, written by
// internal/tools/genmsg from the iWlz XSDs): a Decoder that walks a parsed
// xmltree.Doc and records every schema fault with its XPath, an Encoder
// that writes elements with escaped text, and the lexical checks of the
// XSD built-in types (xs:integer, xs:date, xs:time). The facet checks of
// the Basisschema simple types are generated into facets_gen.go.
//
// It imports no package of the module but internal/xmltree, so allocation
// may import it.
package msgxml
