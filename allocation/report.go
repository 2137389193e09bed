package allocation

import (
	"strconv"
	"strings"
)

// Report is the verdict on one whole iWlz message: every finding at once,
// as the official validation report (iWlz-XSLT 2.2, rapport 1.1) lists
// them, plus the findings of the XSD reading and the Voorschrift rules
// that apply. An empty Findings means the message is accepted.
type Report struct {
	// Bericht is the message ("AW33").
	Bericht string `json:"Bericht"`
	// Release is the release the message declares by its namespace; it
	// judges every finding.
	Release Release `json:"Release"`
	// Findings lists the findings in document order of their first
	// location, at most MaxFindings.
	Findings []Finding `json:"Findings"`
	// Truncated is set when more than MaxFindings were found.
	Truncated bool `json:"Truncated,omitempty"`
}

// MaxFindings bounds a Report: a hostile message of a million faulty
// elements yields this many findings and Truncated, not a million.
const MaxFindings = 10000

// Finding is one violated rule with the elements it concerns.
type Finding struct {
	// Rule is the rule under the message's release: its String is the id
	// in that release ("CS137" in a 2.3 message for TR046).
	Rule RuleID `json:"Code"`
	// Retourcode is the iWlz retourcode of the rule ("9057" for TR057),
	// empty for a rule that is not an iWlz rule (a Voorschrift rule).
	Retourcode string `json:"Retourcode,omitempty"`
	// Locaties are the elements, as XPath the way the official validation
	// report writes them: "/Bericht/Clienten/Client[2]/Indicatie/Einddatum"
	// (an index only where same-named siblings exist).
	Locaties []string `json:"Locaties"`
	// Message says what is wrong, in Dutch.
	Message string `json:"Message"`
}

// String formats a finding on one line: "TR057 (9057) /Bericht/...:
// message". Locations are XPaths the library builds, never message text.
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Rule.String())
	if f.Retourcode != "" {
		b.WriteString(" (")
		b.WriteString(f.Retourcode)
		b.WriteString(")")
	}
	for i, l := range f.Locaties {
		if i == 0 {
			b.WriteString(" ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(l)
	}
	b.WriteString(": ")
	b.WriteString(f.Message)
	return b.String()
}

// Add appends a finding of rule r at the given locations, when r applies
// in the report's release (Rule.Judge); msg "" takes the registry's
// message. It reports whether the finding was added.
func (r *Report) Add(rule Rule, msg string, locaties ...string) bool {
	id, ok := rule.Judge(r.Release)
	if !ok {
		return false
	}
	if len(r.Findings) >= MaxFindings {
		r.Truncated = true
		return false
	}
	if msg == "" {
		msg = rule.row().Message
	}
	r.Findings = append(r.Findings, Finding{Rule: id, Retourcode: id.Retourcode(), Locaties: locaties, Message: msg})
	return true
}

// OK reports whether the message has no finding of severity Fout.
func (r *Report) OK() bool {
	for i := range r.Findings {
		if r.Findings[i].Rule.Severity() == Fout {
			return false
		}
	}
	return true
}

// Has reports whether a finding of rule is present.
func (r *Report) Has(rule Rule) bool {
	for i := range r.Findings {
		if r.Findings[i].Rule.Rule() == rule {
			return true
		}
	}
	return false
}

// Codes returns the ids of the findings in order, one per finding.
func (r *Report) Codes() []string {
	out := make([]string, len(r.Findings))
	for i := range r.Findings {
		out[i] = r.Findings[i].Rule.String()
	}
	return out
}

// String lists the findings, one per line, after a first line naming the
// message, its release and the count.
func (r *Report) String() string {
	var b strings.Builder
	b.WriteString(r.Bericht)
	if r.Release != 0 {
		b.WriteString(" ")
		b.WriteString(r.Release.String())
	}
	b.WriteString(": ")
	b.WriteString(strconv.Itoa(len(r.Findings)))
	b.WriteString(" bevinding(en)")
	if r.Truncated {
		b.WriteString(" (afgekapt)")
	}
	for i := range r.Findings {
		b.WriteString("\n")
		b.WriteString(r.Findings[i].String())
	}
	return b.String()
}

// AddByID is Add for a rule named by its id in any release ("CD005",
// "CS137"); it reports false, adding nothing, for an id the registry does
// not know.
func (r *Report) AddByID(id, msg string, locaties ...string) bool {
	rule, ok := LookupRule(id)
	if !ok {
		return false
	}
	return r.Add(rule, msg, locaties...)
}

// Judges reports whether the rule with this id applies in the report's
// release.
func (r *Report) Judges(id string) bool {
	rule, ok := LookupRule(id)
	if !ok {
		return false
	}
	_, ok = rule.Judge(r.Release)
	return ok
}

// Full reports whether the report has refused a finding for want of room
// (Truncated): a producer of findings can stop.
func (r *Report) Full() bool { return r.Truncated }
