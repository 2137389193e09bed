package docrules

import (
	"github.com/wlzregels/zorgtoewijzing/internal/names"
	"slices"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

// Sink takes the findings of Check; *allocation.Report is one. The
// package names rules by their registry id ("CD005") so that it does not
// depend on the allocation package, which calls it.
type Sink interface {
	// Judges reports whether the rule with this id applies in the
	// release being judged; Check builds no locations for one that does
	// not.
	Judges(id string) bool
	// Full reports whether the sink has refused a finding for want of
	// room; Check then stops.
	Full() bool
	// AddByID adds a finding of the rule with this id at the locations
	// (msg "" takes the registry's text).
	AddByID(id, msg string, locaties ...string) bool
}

// Options are the inputs of Check beyond the message.
type Options struct {
	// AGB is the iWlz-AGB-codelijst for TR042 and TR100. The stylesheets
	// leave these two checks to the host: their validAGBCode and
	// validZorginstelling templates accept every code. A nil AGB does the
	// same, so the two rules are skipped.
	AGB AGBRegister
}

// AGBRegister is external data the stylesheets need but do not carry: the
// iWlz-AGB-codelijst (iWlz-XSLT 2.2 TR042, TR100).
type AGBRegister interface {
	// Geldig reports whether code (normalize-space of the element's text)
	// is an AGB code valid from from through to. The dates are the ones
	// the stylesheet passes: from is always given, to only for the
	// toegewezen zorgeenheden of an AW33; a date the stylesheet reads from
	// an absent element or text that is no date is the zero Date.
	Geldig(code string, from, to calendar.Date) bool
	// HoortBij reports whether the zorgaanbieder instelling (the Afzender
	// of an AW35 or AW39) belongs to zorgkantoor (its Ontvanger) by the
	// iWlz-AGB-codelijst. Both are normalize-space of the element text.
	HoortBij(instelling, zorgkantoor string) bool
}

// Check applies the document rules of message msg ("IO31", "AW33", "AW35"
// or "AW39") to doc and adds the findings to rep, each through rep.Add
// (which judges the rule in rep.Release and bounds the report). It
// reports whether msg is one of the four; for any other msg it checks
// nothing.
//
// The rules are those the message's stylesheet includes, of the rules
// this package ports (see the package documentation). The links of the
// elements a Parse built are trusted (xmltree.Doc.Parsed); those of any
// other Doc are checked first, and one whose links are not those of a
// parsed document is not checked.
func Check(msg string, doc *xmltree.Doc, rep Sink, opt Options) bool {
	set, ok := messageRules(msg)
	if !ok {
		return false
	}
	if doc == nil || rep == nil || !doc.Parsed() && !wellLinked(doc.Elems, len(doc.URIs)) {
		return true
	}
	c := checker{el: doc.Elems, rep: rep, rules: set, agb: opt.AGB, full: rep.Full()}
	c.setKinds(doc.URIs)
	for k := range c.memo {
		c.memo[k].parent = -1
	}
	c.run()
	return true
}

// setKinds records the kind of each namespace of uris (a Doc's URIs),
// the first few in the checker itself.
func (c *checker) setKinds(uris []string) {
	for id, u := range uris {
		if id < len(c.kinds) {
			c.kinds[id] = kindOf(u)
		} else {
			c.moreKinds = append(c.moreKinds, kindOf(u))
		}
	}
}

// wellLinked reports whether the links of els describe a tree in document
// order, so that the walks below end and stay in range, and whether
// every NSID indexes the document's namespaces.
func wellLinked(els []xmltree.Elem, uris int) bool {
	n := int32(len(els))
	if n == 0 || n > 1<<30 || els[0].Parent != -1 || els[0].NextSibling != -1 {
		return false
	}
	for i := int32(0); i < n; i++ {
		e := &els[i]
		if int(e.NSID) >= uris {
			return false
		}
		if i > 0 && (e.Parent < 0 || e.Parent >= i) {
			return false
		}
		if e.FirstChild != -1 && (e.FirstChild != i+1 || i+1 >= n || els[i+1].Parent != i) {
			return false
		}
		if e.NextSibling != -1 && (e.NextSibling <= i || e.NextSibling >= n || els[e.NextSibling].Parent != e.Parent) {
			return false
		}
	}
	return true
}

// checker holds one run of Check.
type checker struct {
	el    []xmltree.Elem
	rep   Sink
	full  bool // rep.Full(), renewed after each finding (emit)
	rules ruleSet
	agb   AGBRegister

	kinds     [8]nsKind // the kind of each namespace of the document, by NSID
	moreKinds []nsKind  // and of those from NSID 8 on

	locs     []int32                   // the locations of the finding being built (allocated with the first finding)
	memo     [memoLevels]posMemo       // see locatie
	childPos map[int32]*childPositions // see position

	// The indexes of TR106, TR120 and TR127 (aanvraagidx.go), by parent,
	// built when first needed for more than a few instellingen (few);
	// indexed builds them for any number (tests).
	indexed        bool
	tr106A, tr106S map[int32]tr106Groups
	tr120Idx       map[int32]*tr120Index
	tr127Idx       map[int32]*coverIndex
}

// run checks the elements the stylesheet traverses: the descendants of
// the element named Bericht (any namespace) at which the default mode of
// the stylesheet stops, the root of an iWlz message.
func (c *checker) run() {
	if c.el[0].Name == names.Bericht {
		c.traverse(0)
		return
	}
	// The built-in templates descend until they meet a Bericht.
	n := int32(len(c.el))
	for i := int32(1); i < n; {
		if c.el[i].Name == names.Bericht {
			c.traverse(i)
			i = c.subtreeEnd(i)
			continue
		}
		i++
	}
}

// traverse checks the descendants of b in the stylesheet's order (mode
// traverse): children before their parent.
func (c *checker) traverse(b int32) {
	el := c.el
	i := el[b].FirstChild
	if i < 0 {
		return
	}
	for {
		for el[i].FirstChild >= 0 {
			i = el[i].FirstChild
		}
		for {
			if c.full {
				return
			}
			e := &el[i]
			if e.FirstChild >= 0 || leafChecked[e.Name] {
				c.check(i)
			}
			if nx := e.NextSibling; nx >= 0 {
				i = nx
				break
			}
			i = e.Parent
			if i == b {
				return
			}
		}
	}
}

// subtreeEnd returns the index after the last descendant of i.
func (c *checker) subtreeEnd(i int32) int32 {
	for j := i; j >= 0; j = c.el[j].Parent {
		if nx := c.el[j].NextSibling; nx >= 0 {
			return nx
		}
	}
	return int32(len(c.el))
}

// on reports whether the message's stylesheet includes rule r.
func (c *checker) on(r rule) bool { return c.rules&(1<<r) != 0 }

// kind returns the namespace of element i, looked up by its NSID in the
// kinds of the document's namespaces, computed once by Check.
func (c *checker) kind(i int32) nsKind {
	id := c.el[i].NSID
	if id < uint32(len(c.kinds)) {
		return c.kinds[id]
	}
	return c.moreKinds[id-uint32(len(c.kinds))]
}

// is reports whether element i is named local in namespace k (nsAny: any
// namespace, the stylesheets' *[local-name() = ...]). Names are compared
// as names.IDs (xmltree.Elem.Name): every name the rules ask for is one.
func (c *checker) is(i int32, k nsKind, local names.ID) bool {
	return i >= 0 && c.el[i].Name == local && (k == nsAny || c.kind(i) == k)
}

// parentIs reports whether the parent of i is named local in namespace k.
func (c *checker) parentIs(i int32, k nsKind, local names.ID) bool {
	return c.is(c.el[i].Parent, k, local)
}

// A step of a child path: the children named local in namespace k.
type step struct {
	k     nsKind
	local names.ID
}

// sel is what the rules need of a node-set selected by a child path: its
// first node in document order (-1 if empty) and the text of its first
// text node ($set/text(), "" if none).
type sel struct {
	first int32
	text  string
}

func (s sel) exists() bool { return s.first >= 0 }

// str is the string-value of the node-set: that of its first node.
func (c *checker) str(s sel) string {
	if s.first < 0 {
		return ""
	}
	return c.el[s.first].Text
}

// sel evaluates the child path steps from ctx.
func (c *checker) sel(ctx int32, steps ...step) sel {
	return c.selPath(ctx, steps)
}

func (c *checker) selPath(ctx int32, steps []step) sel {
	s := sel{first: -1}
	if ctx < 0 || len(steps) == 0 {
		return s
	}
	for ch := c.el[ctx].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if !c.is(ch, steps[0].k, steps[0].local) {
			continue
		}
		var t sel
		if len(steps) == 1 {
			t = sel{first: ch, text: c.el[ch].Text}
		} else {
			t = c.selPath(ch, steps[1:])
		}
		if s.first < 0 {
			s.first = t.first
		}
		if s.text == "" {
			s.text = t.text
		}
		if s.text != "" {
			return s
		}
	}
	return s
}

// add adds the nodes of the child path steps from ctx to the locations.
func (c *checker) add(ctx int32, steps ...step) { c.addPath(ctx, steps) }

func (c *checker) addPath(ctx int32, steps []step) {
	if ctx < 0 || len(steps) == 0 {
		return
	}
	for ch := c.el[ctx].FirstChild; ch >= 0; ch = c.el[ch].NextSibling {
		if !c.is(ch, steps[0].k, steps[0].local) {
			continue
		}
		if len(steps) == 1 {
			c.locs = append(c.locs, ch)
		} else {
			c.addPath(ch, steps[1:])
		}
	}
}

// node adds element i to the locations.
func (c *checker) node(i int32) {
	if i >= 0 {
		c.locs = append(c.locs, i)
	}
}

// emit reports a finding of r at the locations gathered since the last
// emit (the stylesheet's addError: the union of its pElements, in
// document order, each once) and clears them.
func (c *checker) emit(r rule) {
	locs := c.locs
	c.locs = c.locs[:0]
	rr := ruleOf[r]
	if !c.rep.Judges(rr) {
		return
	}
	slices.Sort(locs)
	locs = slices.Compact(locs)
	paths := make([]string, len(locs))
	for k, i := range locs {
		paths[k] = c.locatie(i)
	}
	c.rep.AddByID(rr, "", paths...)
	c.full = c.rep.Full()
}

// drop clears the gathered locations without reporting.
func (c *checker) drop() { c.locs = c.locs[:0] }

// fromBericht evaluates ancestor-or-self::B/steps from i, where B is an
// element named Bericht in namespace k, as a sel.
func (c *checker) fromBericht(i int32, k nsKind, steps ...step) sel {
	s := sel{first: -1}
	for a := i; a >= 0; a = c.el[a].Parent {
		if !c.is(a, k, names.Bericht) {
			continue
		}
		// An outer Bericht's nodes come first in document order.
		t := c.selPath(a, steps)
		if t.first >= 0 {
			s.first = t.first
		}
		if t.text != "" {
			s.text = t.text
		}
	}
	return s
}

// addFromBericht adds the nodes of ancestor-or-self::B/steps to the
// locations.
func (c *checker) addFromBericht(i int32, k nsKind, steps ...step) {
	for a := i; a >= 0; a = c.el[a].Parent {
		if c.is(a, k, names.Bericht) {
			c.addPath(a, steps)
		}
	}
}
