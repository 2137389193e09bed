package allocation

import (
	"strconv"
)

// Rule is a row of the rule registry: one rule of the iWlz standard, the
// Voorschrift Zorgtoewijzing or another public source, one iWlz code
// list, or one kind of input error. Its constant is named by its stable
// key (the id of the first release that had it: TR046); a renamed rule
// also has a constant of its later id (CS137 == TR046). A Rule's id in a
// given release is Rule.ID; violations carry a RuleID, whose text is that
// id.
type Rule uint16

// Kind says what a registry row is.
type Kind uint8

// The kinds of registry rows.
const (
	// KindIWlz is an iWlz bedrijfs- or validatieregel (TR, CD, CS, OP, IV)
	// or the iWlz XSD itself.
	KindIWlz Kind = iota + 1
	// KindVoorschrift is a rule of the Voorschrift Zorgtoewijzing or of
	// another public (zorgkantoor, Rlz, Wlz) source.
	KindVoorschrift
	// KindCodeList is an iWlz code list: a code that is unknown, not
	// listed by the judged release, or not valid on the element's dates.
	KindCodeList
	// KindInput is an input error: a missing Go field, unreadable text,
	// a value out of range or a bad option. It is no rule of any source.
	KindInput
)

func (k Kind) String() string {
	switch k {
	case KindIWlz:
		return "iWlz"
	case KindVoorschrift:
		return "Voorschrift"
	case KindCodeList:
		return "codelijst"
	case KindInput:
		return "invoer"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Severity says whether breaking a rule makes a value invalid.
type Severity uint8

// The severities.
const (
	// Fout is a hard rule: the value is invalid (the zero Severity).
	Fout Severity = iota
	// Waarschuwing is a rule the source states as "uitgangspunt" or "in
	// principe": a warning, the value stays valid.
	Waarschuwing
)

func (s Severity) String() string {
	if s == Waarschuwing {
		return "waarschuwing"
	}
	return "fout"
}

// Peildatum names the date that selects the release a rule is judged by.
type Peildatum uint8

// The dates that decide.
const (
	// PeilDagtekening: the release in force on the dagtekening of the
	// message that carries the value (every iWlz rule).
	PeilDagtekening Peildatum = iota
	// PeilIngangsdatum: the period the rule governs, from the ingangsdatum
	// of the toewijzing or zorgeenheid (Voorschrift rules on toewijzingen).
	PeilIngangsdatum
	// PeilMutatiedatum: the day the change in delivery happened.
	PeilMutatiedatum
	// PeilGeen: the rule does not depend on a release.
	PeilGeen
)

func (p Peildatum) String() string {
	switch p {
	case PeilDagtekening:
		return "dagtekening"
	case PeilIngangsdatum:
		return "ingangsdatum"
	case PeilMutatiedatum:
		return "mutatiedatum"
	}
	return "geen"
}

// Rename gives a rule's id from a release on (TR046 is CS137 from iWlz 2.3).
type Rename struct {
	From Release
	ID   string
}

// RuleInfo is one row of the rule registry.
type RuleInfo struct {
	// Key is the stable key: the id in the first release that had it.
	Key  string
	Kind Kind
	// From and Until bound the releases the rule applies to: From
	// inclusive, Until exclusive; a zero Until is open (the rule applies
	// to every later release, also one added after this table was made).
	From, Until Release
	// Renames lists the later ids of the rule, oldest first.
	Renames []Rename
	// Severity is Fout unless the source says "uitgangspunt".
	Severity Severity
	// Peildatum is the date whose release decides whether the rule applies.
	Peildatum Peildatum
	// Source cites the public source: a SOURCES.md key plus section, row
	// or rule id.
	Source string
	// Message is the rule in Dutch.
	Message string
}

// ID returns the rule's id in release r (the Key before any rename).
func (ri *RuleInfo) ID(r Release) string {
	id := ri.Key
	for _, n := range ri.Renames {
		if r >= n.From {
			id = n.ID
		}
	}
	return id
}

// Applies reports whether the rule holds in release r.
func (ri *RuleInfo) Applies(r Release) bool {
	return r.Valid() && r >= ri.From && (ri.Until == 0 || r < ri.Until)
}

// registry is the release table and the rule table, read by every rule.
// It is a value the package reads through std, never changed after
// initialisation (an internal test swaps it for a fake next release).
type registry struct {
	releases []ReleaseInfo
	rules    []RuleInfo
	// judged has one bit per release for every rule: the releases in which
	// Judge lets the rule apply (every release for an input error). It is
	// derived from rules once, so the hot path reads one word.
	judged []uint64
	// byID finds a rule by its key or any of its ids (LookupRule): the
	// first row that has the id, as a scan of rules would.
	byID map[string]Rule
	// retour holds the retourcode of every row's key (RuleID.Retourcode
	// without building it; a renamed rule keeps it, COD910).
	retour []string
	// namespaces holds the message namespaces of messageBerichten in
	// every iWlz release (Release.MessageNamespace).
	namespaces map[nsKey]string
}

var std = newRegistry(releaseRows[:], ruleRows[:])

// newRegistry derives the release bits of every rule.
func newRegistry(releases []ReleaseInfo, rules []RuleInfo) registry {
	reg := registry{releases: releases, rules: rules, judged: make([]uint64, len(rules)),
		byID: make(map[string]Rule, len(rules)), retour: make([]string, len(rules)),
		namespaces: map[nsKey]string{}}
	for i := 1; i < len(rules); i++ {
		ri := &rules[i]
		if _, dup := reg.byID[ri.Key]; !dup {
			reg.byID[ri.Key] = Rule(i)
		}
		reg.retour[i] = retourcode(ri.Key)
		for _, n := range ri.Renames {
			if _, dup := reg.byID[n.ID]; !dup {
				reg.byID[n.ID] = Rule(i)
			}
		}
	}
	for rel := range releases {
		if releases[rel].IWlz {
			for _, b := range messageBerichten {
				reg.namespaces[nsKey{Release(rel), b}] = nsPrefix + releases[rel].Namespace + "/" + b + "/schema"
			}
		}
	}
	for i := range rules {
		for rel := VZ2013; int(rel) < len(releases) && rel < 64; rel++ {
			ri := &rules[i]
			if ri.Kind == KindInput || (rel >= ri.From && (ri.Until == 0 || rel < ri.Until)) {
				reg.judged[i] |= 1 << rel
			}
		}
	}
	return reg
}

// Registry returns every row of the rule registry, in key order of the
// table (a copy; the Renames slices are shared and must not be changed).
func Registry() []RuleInfo { return append([]RuleInfo(nil), std.rules[1:]...) }

// LookupRule finds a rule by its key or by any of its ids ("TR046",
// "CS137", "VZ2013 4.4.1").
func LookupRule(id string) (Rule, bool) {
	r, ok := std.byID[id]
	return r, ok
}

// Info returns the registry row of r (the zero row outside the table).
func (r Rule) Info() RuleInfo {
	if int(r) >= len(std.rules) {
		return RuleInfo{}
	}
	return std.rules[r]
}

func (r Rule) row() *RuleInfo {
	if int(r) >= len(std.rules) {
		return &std.rules[0]
	}
	return &std.rules[r]
}

// Key returns the stable key ("TR046").
func (r Rule) Key() string { return r.row().Key }

// String returns the key.
func (r Rule) String() string {
	if k := r.row().Key; k != "" {
		return k
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// ID returns the id of the rule in release rel ("CS137" for TR046 in iWlz 2.3).
func (r Rule) ID(rel Release) string { return r.row().ID(rel) }

// Applies reports whether the rule holds in release rel.
func (r Rule) Applies(rel Release) bool { return r.row().Applies(rel) }

// In returns the rule as judged under release rel.
func (r Rule) In(rel Release) RuleID { return RuleID{rule: r, rel: rel} }

// Retourcode returns the iWlz retourcode of id: TRnnn is 9nnn, CDnnn is
// Dnnn, CSnnn is Snnn (LDT_RetourCode of the iWlz XSD). A rule renamed in
// a later release keeps the retourcode of its first id: CS137 (TR046 up
// to 2.3) is 9046, CD092 (TR010) is 9010, TR134 (CS023) is S023
// (iWlz-codelijsten COD910: "9046 Bericht voldoet niet aan constraint
// CS137"). Other ids have none ("").
func Retourcode(id string) string {
	if r, ok := LookupRule(id); ok && r.row().Kind == KindIWlz {
		id = r.row().Key
	}
	return retourcode(id)
}

func retourcode(id string) string {
	if len(id) != 5 || id[2] < '0' || id[2] > '9' || id[3] < '0' || id[3] > '9' || id[4] < '0' || id[4] > '9' {
		return ""
	}
	switch id[:2] {
	case "TR":
		return "9" + id[2:]
	case "CD":
		return "D" + id[2:]
	case "CS":
		return "S" + id[2:]
	}
	return ""
}

// RuleID is a rule as judged under one release: its text is the rule's
// id in that release ("CS137"), or the key when no release was judged.
// It is comparable; the zero RuleID is no rule.
type RuleID struct {
	rule Rule
	rel  Release
}

// Rule returns the registry row (compare it with the constants:
// id.Rule() == allocation.TR046).
func (id RuleID) Rule() Rule { return id.rule }

// Release returns the release the rule was judged under (zero when none).
func (id RuleID) Release() Release { return id.rel }

// String returns the id in the judged release.
func (id RuleID) String() string {
	if id.rule == 0 {
		return ""
	}
	return id.rule.ID(id.rel)
}

// Retourcode returns the iWlz retourcode of the id ("S137"), or "".
func (id RuleID) Retourcode() string {
	if id.rule == 0 || id.rule.row().Kind != KindIWlz {
		return ""
	}
	// A renamed rule keeps the retourcode of its key (COD910).
	return std.retour[id.rule]
}

// Kind returns the kind of the rule.
func (id RuleID) Kind() Kind { return id.rule.row().Kind }

// Severity returns the severity of the rule.
func (id RuleID) Severity() Severity { return id.rule.row().Severity }

// Source returns the public source of the rule.
func (id RuleID) Source() string { return id.rule.row().Source }

// MarshalText implements encoding.TextMarshaler (the id).
func (id RuleID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }
