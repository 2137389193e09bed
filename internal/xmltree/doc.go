// Package xmltree is the XML parser under the library's message decoders
// (AW33, AW39, ...): a strict, allocation-light XML 1.0 parser that turns one
// iWlz message into a flat tree of elements.
//
// It checks well-formedness fully, per XML 1.0 (Fifth Edition) and
// Namespaces in XML 1.0 (Third Edition), and refuses anything else with a
// *SyntaxError: invalid UTF-8, characters outside the Char production,
// malformed names and QNames, undeclared or wrongly bound prefixes,
// duplicate attributes (also after namespace expansion), undefined entity
// references, "]]>" in character data, malformed comments, processing
// instructions, CDATA sections and XML declarations, and mismatched,
// unclosed or extra elements.
//
// What it deliberately does not accept, although XML 1.0 does:
//
//   - a document type declaration (<!DOCTYPE ...>): "DTD not allowed in an
//     iWlz message". This also shuts out entity expansion attacks; the only
//     entities are the five predefined ones;
//   - an encoding other than UTF-8: the XML declaration may name UTF-8 (in
//     any case) or no encoding at all;
//   - input beyond MaxInputSize, nesting beyond MaxDepth, or more than
//     MaxElements elements.
//
// Attributes other than namespace declarations are checked but not kept:
// iWlz messages carry their data in elements.
//
// Two paths share one state. A loop for the usual shape of an iWlz
// message (fast: start tags without attributes, end tags right after
// their name, a leaf's plain value, indentation) runs without any call;
// at anything else (and where a slice must grow) it stops without
// consuming it and the general parser, which checks every production and
// writes every error, takes over from the same state. The fast loop spells
// out what push does for a start tag without attributes, so a document
// gives the same Doc whichever path read which part (the agreement tests
// and the fuzz target compare it with encoding/xml).
//
// Every element gets the names.ID of its local name (Elem.Name), looked
// up while its name is scanned, so that callers compare names as numbers.
//
// Parse reuses a Doc's storage: a caller that parses message after message
// into the same Doc allocates twice per message (one string copy of the
// input and, when some text needed decoding, one string of decoded text).
// ParseBorrowed skips the copy: the Doc's strings then point into the
// caller's bytes, for a caller that keeps none of them (Release drops
// them before the Doc is reused).
// Doc is not safe for concurrent use; a parsed Doc that is no longer
// written is safe to read from several goroutines.
package xmltree
