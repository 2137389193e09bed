package allocation

import (
	"errors"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
)

// ErrMessage is matched (errors.Is) by a *MessageError.
var ErrMessage = errors.New("allocation: not an iWlz message of the asked type")

// MessageError reports bytes that a decoder (DecodeAW33, waitstatus.DecodeAW39,
// ...) cannot read as a message of its type at all: not well-formed XML
// (Err is then the parser's *xmltree.SyntaxError), a root that is not
// Bericht, a namespace that is not the message's namespace in a release
// whose schema the decoder knows, or a BerichtCode of another message.
// It is also the error of Encode for a value that XML cannot hold.
// Every other fault of a message is a Finding of rule XSD in the Report.
type MessageError struct {
	// Bericht is the message the caller asked for ("AW33").
	Bericht string
	// Path is the element concerned, when there is one ("/Bericht/Header/BerichtCode").
	Path string
	// Reason says what is wrong, in Dutch; input text in it is quoted.
	Reason string
	// Err is the underlying error, if any.
	Err error
}

func (e *MessageError) Error() string {
	s := "allocation: geen " + e.Bericht + "-bericht (XSD): "
	if e.Path != "" {
		s += e.Path + ": "
	}
	s += e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error (the XML syntax error).
func (e *MessageError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrMessage) true.
func (e *MessageError) Is(target error) bool { return target == ErrMessage }

// MessageNamespace returns the XML namespace of message bericht (lower
// case, "aw33", or "basisschema") in release r:
// "http://www.istandaarden.nl/iwlz/2_2/aw33/schema" for iWlz 2.2. It is ""
// for a release that is not an iWlz release of the table.
func (r Release) MessageNamespace(bericht string) string {
	if !r.IWlz() {
		return ""
	}
	if ns, ok := std.namespaces[nsKey{r, bericht}]; ok {
		return ns
	}
	return nsPrefix + std.releases[r].Namespace + "/" + bericht + "/schema"
}

const nsPrefix = "http://www.istandaarden.nl/iwlz/"

// nsKey names a message namespace in the registry's table of them.
type nsKey struct {
	rel     Release
	bericht string
}

// messageBerichten are the lower-case names whose namespaces the registry
// builds once, so that the generated decoders and encoders do not build
// them per message: the Basisschema and the messages with a codec.
var messageBerichten = [...]string{"basisschema", "aw33", "aw34", "aw35", "aw36", "aw39", "aw310", "io31"}

// isMessageNamespace reports whether ns is r.MessageNamespace(lower),
// without building it.
func (r Release) isMessageNamespace(lower, ns string) bool {
	if !r.IWlz() {
		return false
	}
	rest, ok := strings.CutPrefix(ns, nsPrefix)
	if !ok {
		return false
	}
	if rest, ok = strings.CutPrefix(rest, std.releases[r].Namespace); !ok {
		return false
	}
	return len(rest) == len(lower)+len("//schema") && rest[0] == '/' &&
		rest[1:1+len(lower)] == lower && rest[1+len(lower):] == "/schema"
}

// MessageReleases are the releases whose messages the decoders and encoders
// read and write: iWlz 2.2, whose XSD they are generated from, and 2.3 and
// 2.4, inferred from 2.2 (no public 2.3 or 2.4 XSD exists; in a 2.4 message
// the functie elements and Klasse are findings, iwlz-standard §7).
func MessageReleases() []Release { return []Release{IWlz22, IWlz23, IWlz24} }

// messageRelease returns the release whose namespace for bericht is ns, or
// a *MessageError.
func messageRelease(bericht, lower, ns string) (Release, error) {
	r, err := ReleaseOfNamespace(ns)
	if err == nil && r >= IWlz22 && r.isMessageNamespace(lower, ns) {
		return r, nil
	}
	return 0, &MessageError{Bericht: bericht, Path: "/Bericht",
		Reason: "namespace " + msgxml.QuoteClip(ns) + " is niet die van " + bericht + " in iWlz 2.2, 2.3 of 2.4"}
}

// MessageReleaseOf returns the release a message root's namespace ns
// declares for message bericht ("AW33", namespace part "aw33"): iWlz 2.2,
// 2.3 or 2.4. Any other namespace is a *MessageError. The generated
// decoders call it.
func MessageReleaseOf(bericht, ns string) (Release, error) {
	lower := make([]byte, len(bericht))
	for i := 0; i < len(bericht); i++ {
		c := bericht[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return messageRelease(bericht, string(lower), ns)
}

// EncodeRelease checks the release of a message value before encoding: it
// must be iWlz 2.2, 2.3 or 2.4. The zero Release and one outside the table
// are a *ReleaseError; a known release without a message schema here is a
// *MessageError.
func EncodeRelease(bericht string, r Release) error {
	if !r.Valid() {
		return &ReleaseError{Input: r.String()}
	}
	if r < IWlz22 {
		return &MessageError{Bericht: bericht, Reason: "release " + r.String() + " wordt niet geschreven (alleen iWlz 2.2, 2.3 en 2.4)"}
	}
	return nil
}
