package main

// XSD regular expressions (XML Schema Part 2, appendix F) compiled at
// generate time into a DFA, emitted as plain Go: a pattern facet costs one
// switch per character and no regexp at run time. XSD patterns are
// implicitly anchored at both ends. Supported: branches (|), groups,
// quantifiers ? * + {n} {n,} {n,m}, character classes with ranges and
// negation, ., the escapes \n \r \t \s \S \d \D and escaped metacharacters.
// Anything else (class subtraction, \i \c \w \p{...}) is refused, so a
// pattern is never translated wrongly.

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const maxRune = 0x10FFFF

type rng struct{ lo, hi rune }

// set is a sorted list of disjoint, non-adjacent ranges.
type set []rng

func norm(rs []rng) set {
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out set
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func (s set) negate() set {
	var out set
	next := rune(0)
	for _, r := range s {
		if r.lo > next {
			out = append(out, rng{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= maxRune {
		out = append(out, rng{next, maxRune})
	}
	return out
}

var (
	spaceSet = norm([]rng{{' ', ' '}, {'\t', '\t'}, {'\n', '\n'}, {'\r', '\r'}})
	dotSet   = norm([]rng{{'\n', '\n'}, {'\r', '\r'}}).negate()
)

func digitSet() set {
	var rs []rng
	for _, r := range unicode.Nd.R16 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			rs = append(rs, rng{c, c})
		}
	}
	for _, r := range unicode.Nd.R32 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			rs = append(rs, rng{c, c})
		}
	}
	return norm(rs)
}

// re is a regular expression tree.
type re struct {
	op       byte // 'c' class, '.' concat, '|' alternation, '*' repeat, 'e' empty
	cls      set
	subs     []*re
	min, max int // repeat; max -1 unbounded
}

type reParser struct {
	s   []rune
	i   int
	src string
}

func parseRegex(src string) (*re, error) {
	p := &reParser{s: []rune(src), src: src}
	r, err := p.alt()
	if err != nil {
		return nil, err
	}
	if p.i != len(p.s) {
		return nil, p.fail("unexpected %q", string(p.s[p.i]))
	}
	return r, nil
}

func (p *reParser) fail(format string, args ...any) error {
	return fmt.Errorf("genmsg: pattern %q at %d: %s", p.src, p.i, fmt.Sprintf(format, args...))
}

func (p *reParser) more() bool { return p.i < len(p.s) }

func (p *reParser) alt() (*re, error) {
	var branches []*re
	for {
		b, err := p.branch()
		if err != nil {
			return nil, err
		}
		branches = append(branches, b)
		if p.more() && p.s[p.i] == '|' {
			p.i++
			continue
		}
		break
	}
	if len(branches) == 1 {
		return branches[0], nil
	}
	return &re{op: '|', subs: branches}, nil
}

func (p *reParser) branch() (*re, error) {
	var pieces []*re
	for p.more() && p.s[p.i] != '|' && p.s[p.i] != ')' {
		a, err := p.atom()
		if err != nil {
			return nil, err
		}
		a, err = p.quantifier(a)
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, a)
	}
	if len(pieces) == 0 {
		return &re{op: 'e'}, nil
	}
	if len(pieces) == 1 {
		return pieces[0], nil
	}
	return &re{op: '.', subs: pieces}, nil
}

func (p *reParser) quantifier(a *re) (*re, error) {
	if !p.more() {
		return a, nil
	}
	switch p.s[p.i] {
	case '?':
		p.i++
		return &re{op: '*', subs: []*re{a}, min: 0, max: 1}, nil
	case '*':
		p.i++
		return &re{op: '*', subs: []*re{a}, min: 0, max: -1}, nil
	case '+':
		p.i++
		return &re{op: '*', subs: []*re{a}, min: 1, max: -1}, nil
	case '{':
		end := p.i + 1
		for end < len(p.s) && p.s[end] != '}' {
			end++
		}
		if end == len(p.s) {
			return nil, p.fail("unclosed {")
		}
		body := string(p.s[p.i+1 : end])
		lo, hi, comma := strings.Cut(body, ",")
		min, err := strconv.Atoi(lo)
		if err != nil {
			return nil, p.fail("bad quantifier {%s}", body)
		}
		max := min
		if comma {
			if hi == "" {
				max = -1
			} else if max, err = strconv.Atoi(hi); err != nil || max < min {
				return nil, p.fail("bad quantifier {%s}", body)
			}
		}
		if min > 100 || max > 100 {
			return nil, p.fail("quantifier {%s} too large to expand", body)
		}
		p.i = end + 1
		return &re{op: '*', subs: []*re{a}, min: min, max: max}, nil
	}
	return a, nil
}

func (p *reParser) atom() (*re, error) {
	c := p.s[p.i]
	switch c {
	case '(':
		p.i++
		r, err := p.alt()
		if err != nil {
			return nil, err
		}
		if !p.more() || p.s[p.i] != ')' {
			return nil, p.fail("unclosed (")
		}
		p.i++
		return r, nil
	case '[':
		s, err := p.class()
		if err != nil {
			return nil, err
		}
		return &re{op: 'c', cls: s}, nil
	case '.':
		p.i++
		return &re{op: 'c', cls: dotSet}, nil
	case '\\':
		s, err := p.escape()
		if err != nil {
			return nil, err
		}
		return &re{op: 'c', cls: s}, nil
	case '?', '*', '+', '{', '}', ')', ']', '|':
		return nil, p.fail("unexpected metacharacter %q", string(c))
	}
	p.i++
	return &re{op: 'c', cls: set{{c, c}}}, nil
}

// escape reads \x at p.i.
func (p *reParser) escape() (set, error) {
	if p.i+1 >= len(p.s) {
		return nil, p.fail("trailing backslash")
	}
	c := p.s[p.i+1]
	p.i += 2
	switch c {
	case 'n':
		return set{{'\n', '\n'}}, nil
	case 'r':
		return set{{'\r', '\r'}}, nil
	case 't':
		return set{{'\t', '\t'}}, nil
	case 's':
		return spaceSet, nil
	case 'S':
		return spaceSet.negate(), nil
	case 'd':
		return digitSet(), nil
	case 'D':
		return digitSet().negate(), nil
	case '\\', '|', '.', '-', '^', '?', '*', '+', '{', '}', '(', ')', '[', ']':
		return set{{c, c}}, nil
	}
	p.i -= 2
	return nil, p.fail("unsupported escape \\%c", c)
}

// class reads [...] at p.i.
func (p *reParser) class() (set, error) {
	p.i++ // [
	neg := false
	if p.more() && p.s[p.i] == '^' {
		neg = true
		p.i++
	}
	var rs []rng
	first := true
	for {
		if !p.more() {
			return nil, p.fail("unclosed [")
		}
		c := p.s[p.i]
		if c == ']' && !first {
			p.i++
			break
		}
		if c == '[' {
			return nil, p.fail("nested class or class subtraction is not supported")
		}
		if c == '-' && !first && p.i+1 < len(p.s) && p.s[p.i+1] == '[' {
			return nil, p.fail("class subtraction is not supported")
		}
		first = false
		var lo set
		if c == '\\' {
			s, err := p.escape()
			if err != nil {
				return nil, err
			}
			lo = s
		} else {
			p.i++
			lo = set{{c, c}}
		}
		// A range a-b: only between single characters.
		if len(lo) == 1 && lo[0].lo == lo[0].hi && p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != ']' {
			p.i++
			hc := p.s[p.i]
			var hi rune
			if hc == '\\' {
				s, err := p.escape()
				if err != nil {
					return nil, err
				}
				if len(s) != 1 || s[0].lo != s[0].hi {
					return nil, p.fail("range to a class escape")
				}
				hi = s[0].lo
			} else {
				hi = hc
				p.i++
			}
			if hi < lo[0].lo {
				return nil, p.fail("empty range")
			}
			rs = append(rs, rng{lo[0].lo, hi})
			continue
		}
		rs = append(rs, lo...)
	}
	s := norm(rs)
	if neg {
		s = s.negate()
	}
	return s, nil
}

// nfa is a Thompson automaton: state 0 is the start.
type nfa struct {
	eps   [][]int
	edges [][]nedge
	final int
}

type nedge struct {
	cls set
	to  int
}

func (a *nfa) state() int {
	a.eps = append(a.eps, nil)
	a.edges = append(a.edges, nil)
	return len(a.eps) - 1
}

// build adds r between from and a new state it returns.
func (a *nfa) build(r *re, from int) int {
	switch r.op {
	case 'e':
		return from
	case 'c':
		to := a.state()
		a.edges[from] = append(a.edges[from], nedge{r.cls, to})
		return to
	case '.':
		cur := from
		for _, s := range r.subs {
			cur = a.build(s, cur)
		}
		return cur
	case '|':
		end := a.state()
		for _, s := range r.subs {
			st := a.state()
			a.eps[from] = append(a.eps[from], st)
			e := a.build(s, st)
			a.eps[e] = append(a.eps[e], end)
		}
		return end
	case '*':
		cur := from
		for i := 0; i < r.min; i++ {
			cur = a.build(r.subs[0], cur)
		}
		if r.max < 0 {
			loop := a.state()
			a.eps[cur] = append(a.eps[cur], loop)
			e := a.build(r.subs[0], loop)
			a.eps[e] = append(a.eps[e], loop)
			return loop
		}
		end := a.state()
		a.eps[cur] = append(a.eps[cur], end)
		for i := r.min; i < r.max; i++ {
			cur = a.build(r.subs[0], cur)
			a.eps[cur] = append(a.eps[cur], end)
		}
		return end
	}
	panic("genmsg: bad regex op")
}

// dfa is the determinised automaton over the alphabet's intervals.
type dfa struct {
	alpha  []rng   // the intervals: every rune lies in one
	next   [][]int // next[state][interval], -1 dead
	accept []bool
}

func compile(src string) (*dfa, error) {
	r, err := parseRegex(src)
	if err != nil {
		return nil, err
	}
	a := &nfa{}
	start := a.state()
	a.final = a.build(r, start)
	// The alphabet: split [0, maxRune] at every class boundary.
	cuts := map[rune]bool{0: true}
	for _, es := range a.edges {
		for _, e := range es {
			for _, x := range e.cls {
				cuts[x.lo] = true
				if x.hi < maxRune {
					cuts[x.hi+1] = true
				}
			}
		}
	}
	var bounds []rune
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Slice(bounds, func(i, j int) bool { return bounds[i] < bounds[j] })
	d := &dfa{}
	for i, lo := range bounds {
		hi := rune(maxRune)
		if i+1 < len(bounds) {
			hi = bounds[i+1] - 1
		}
		d.alpha = append(d.alpha, rng{lo, hi})
	}
	closure := func(states []int) []int {
		seen := map[int]bool{}
		stack := append([]int(nil), states...)
		for len(stack) > 0 {
			s := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[s] {
				continue
			}
			seen[s] = true
			stack = append(stack, a.eps[s]...)
		}
		out := make([]int, 0, len(seen))
		for s := range seen {
			out = append(out, s)
		}
		sort.Ints(out)
		return out
	}
	key := func(states []int) string { return fmt.Sprint(states) }
	index := map[string]int{}
	var sets [][]int
	add := func(states []int) int {
		k := key(states)
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(sets)
		sets = append(sets, states)
		acc := false
		for _, s := range states {
			acc = acc || s == a.final
		}
		d.accept = append(d.accept, acc)
		d.next = append(d.next, nil)
		return len(sets) - 1
	}
	add(closure([]int{start}))
	for i := 0; i < len(sets); i++ {
		if len(sets) > 500 {
			return nil, fmt.Errorf("genmsg: pattern %q: DFA too large", src)
		}
		row := make([]int, len(d.alpha))
		for ai, iv := range d.alpha {
			var to []int
			for _, s := range sets[i] {
				for _, e := range a.edges[s] {
					if e.cls.contains(iv.lo) {
						to = append(to, e.to)
					}
				}
			}
			if len(to) == 0 {
				row[ai] = -1
				continue
			}
			row[ai] = add(closure(to))
		}
		d.next[i] = row
	}
	return d, nil
}

func (s set) contains(r rune) bool {
	for _, x := range s {
		if r >= x.lo && r <= x.hi {
			return true
		}
	}
	return false
}

// match runs the DFA (for the generator's own tests).
func (d *dfa) match(s string) bool {
	st := 0
	for _, r := range s {
		ai := sort.Search(len(d.alpha), func(i int) bool { return d.alpha[i].hi >= r })
		st = d.next[st][ai]
		if st < 0 {
			return false
		}
	}
	return d.accept[st]
}

// acceptsDateForm reports whether the DFA accepts every string of the
// form YYYY-MM-DD (ten bytes: digits and two dashes), the one form of ten
// bytes xs:date has.
func (d *dfa) acceptsDateForm() bool { return d.acceptsForm("9999-99-99") }

// acceptsTimeForm reports whether the DFA accepts every string of the
// form hh:mm:ss (eight bytes: digits and two colons), the one form of
// eight bytes xs:time has.
func (d *dfa) acceptsTimeForm() bool { return d.acceptsForm("99:99:99") }

// acceptsForm reports whether the DFA accepts every string of the form:
// a digit where form has '9', form's byte elsewhere. It follows the set
// of states every such string can reach, position by position.
func (d *dfa) acceptsForm(form string) bool {
	states := map[int]bool{0: true}
	for pos := 0; pos < len(form); pos++ {
		runes := []rune("0123456789")
		if form[pos] != '9' {
			runes = []rune{rune(form[pos])}
		}
		next := map[int]bool{}
		for st := range states {
			for _, r := range runes {
				ai := sort.Search(len(d.alpha), func(i int) bool { return d.alpha[i].hi >= r })
				to := d.next[st][ai]
				if to < 0 {
					return false
				}
				next[to] = true
			}
		}
		states = next
	}
	for st := range states {
		if !d.accept[st] {
			return false
		}
	}
	return true
}

// chain returns, for a DFA that accepts exactly the strings of n ASCII
// characters with the k-th in class[k] (state k goes to k+1 on class[k]
// and nowhere else, and only state n accepts), those classes; nil for any
// other DFA.
func (d *dfa) chain() []set {
	n := len(d.next) - 1
	if n < 1 || !d.accept[n] {
		return nil
	}
	for _, to := range d.next[n] {
		if to >= 0 {
			return nil
		}
	}
	var classes []set
	for st := 0; st < n; st++ {
		if d.accept[st] {
			return nil
		}
		var cls set
		for ai, to := range d.next[st] {
			switch {
			case to < 0:
			case to != st+1 || d.alpha[ai].hi >= 0x80:
				return nil
			default:
				cls = append(cls, d.alpha[ai])
			}
		}
		if len(cls) == 0 {
			return nil
		}
		classes = append(classes, norm(cls))
	}
	return classes
}

func runeLit(r rune) string {
	if r >= 0x20 && r < 0x7F && r != '\'' && r != '\\' {
		return "'" + string(r) + "'"
	}
	return fmt.Sprintf("0x%X", r)
}

func rangeCond(x rng) string {
	switch {
	case x.lo == x.hi:
		return "r == " + runeLit(x.lo)
	case x.lo == 0:
		return "r <= " + runeLit(x.hi)
	case x.hi == maxRune:
		return "r >= " + runeLit(x.lo)
	}
	return "r >= " + runeLit(x.lo) + " && r <= " + runeLit(x.hi)
}

// goFunc emits the DFA as func name(s string) bool: a chain as chainFunc,
// any other DFA of at most 63 states as a table walk over ASCII bytes
// (asciiFunc) that hands a string with any other byte to the DFA over
// runes (runeFunc), and a larger one as runeFunc alone.
func (d *dfa) goFunc(name, src string) string {
	if cls := d.chain(); cls != nil {
		return chainFunc(name, src, cls)
	}
	if len(d.next) < 64 {
		return d.asciiFunc(name, src) + "\n" + d.runeFunc(name+"Runes", src)
	}
	return d.runeFunc(name, src)
}

// asciiFunc emits the DFA's transitions on ASCII as a table, one row of
// 128 bytes per state and a last row for the dead state (every
// transition there goes to itself), in a string constant; acceptance is
// a bit mask. A string with a byte beyond ASCII goes to name+"Runes".
func (d *dfa) asciiFunc(name, src string) string {
	dead := len(d.next)
	tab := make([]byte, 0, (dead+1)*128)
	for st := 0; st <= dead; st++ {
		for c := rune(0); c < 128; c++ {
			to := dead
			if st < dead {
				ai := sort.Search(len(d.alpha), func(i int) bool { return d.alpha[i].hi >= c })
				if t := d.next[st][ai]; t >= 0 {
					to = t
				}
			}
			tab = append(tab, byte(to))
		}
	}
	var accept uint64
	for st, ok := range d.accept {
		if ok {
			accept |= 1 << st
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// %s matches the XSD pattern %s (anchored), as a DFA of %d states: a\n", name, strconv.Quote(src), len(d.next))
	fmt.Fprintf(&b, "// table walk over ASCII, %sRunes for any other text.\n", name)
	fmt.Fprintf(&b, "func %s(s string) bool {\n\tst := 0\n\tfor i := 0; i < len(s); i++ {\n", name)
	fmt.Fprintf(&b, "\t\tc := s[i]\n\t\tif c >= 0x80 {\n\t\t\treturn %sRunes(s)\n\t\t}\n", name)
	fmt.Fprintf(&b, "\t\tst = int(%sTable[st<<7|int(c)])\n\t}\n", name)
	fmt.Fprintf(&b, "\treturn %#x>>st&1 != 0\n}\n\n", accept)
	fmt.Fprintf(&b, "// %sTable is %s's transitions on ASCII: row st, column c; row %d is\n// the dead state.\n", name, name, dead)
	fmt.Fprintf(&b, "const %sTable = %s\n", name, strconv.Quote(string(tab)))
	return b.String()
}

// runeFunc emits the DFA as a switch per state over the runes of s.
func (d *dfa) runeFunc(name, src string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s matches the XSD pattern %s (anchored), as a DFA of %d states.\n", name, strconv.Quote(src), len(d.next))
	fmt.Fprintf(&b, "func %s(s string) bool {\n\tst := 0\n\tfor _, r := range s {\n\t\tswitch st {\n", name)
	for st, row := range d.next {
		fmt.Fprintf(&b, "\t\tcase %d:\n", st)
		// Group the intervals by target; the most frequent becomes default.
		byTo := map[int]set{}
		var order []int
		for ai, to := range row {
			if _, ok := byTo[to]; !ok {
				order = append(order, to)
			}
			byTo[to] = norm(append(byTo[to], d.alpha[ai]))
		}
		def := -1
		best := -1
		for _, to := range order {
			if n := len(byTo[to]); n > best || n == best && to == -1 {
				best, def = n, to
			}
		}
		b.WriteString("\t\t\tswitch {\n")
		for _, to := range order {
			if to == def {
				continue
			}
			var conds []string
			for _, x := range byTo[to] {
				c := rangeCond(x)
				if len(byTo[to]) > 1 && strings.Contains(c, "&&") {
					c = "(" + c + ")"
				}
				conds = append(conds, c)
			}
			fmt.Fprintf(&b, "\t\t\tcase %s:\n", strings.Join(conds, " || "))
			if to < 0 {
				b.WriteString("\t\t\t\treturn false\n")
			} else {
				fmt.Fprintf(&b, "\t\t\t\tst = %d\n", to)
			}
		}
		b.WriteString("\t\t\tdefault:\n")
		if def < 0 {
			b.WriteString("\t\t\t\treturn false\n")
		} else {
			fmt.Fprintf(&b, "\t\t\t\tst = %d\n", def)
		}
		b.WriteString("\t\t\t}\n")
	}
	b.WriteString("\t\tdefault:\n\t\t\treturn false\n\t\t}\n\t}\n")
	var acc []string
	for st, ok := range d.accept {
		if ok {
			acc = append(acc, "st == "+strconv.Itoa(st))
		}
	}
	if len(acc) == 0 {
		b.WriteString("\treturn false\n}\n")
	} else {
		fmt.Fprintf(&b, "\treturn %s\n}\n", strings.Join(acc, " || "))
	}
	return b.String()
}

// chainFunc emits a chain DFA (see chain) as a test of the length in
// bytes and of each byte: every class is ASCII, so a string of n runes
// in them is one of n bytes, and a byte of a longer rune (or of invalid
// UTF-8, which a range loop reads as U+FFFD) is in none of them.
func chainFunc(name, src string, cls []set) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s matches the XSD pattern %s (anchored): %d ASCII characters, tested byte by byte.\n", name, strconv.Quote(src), len(cls))
	fmt.Fprintf(&b, "func %s(s string) bool {\n", name)
	lit := true
	same := true
	for _, c := range cls {
		lit = lit && len(c) == 1 && c[0].lo == c[0].hi
		same = same && slices.Equal(c, cls[0])
	}
	switch {
	case lit:
		var q []byte
		for _, c := range cls {
			q = append(q, byte(c[0].lo))
		}
		fmt.Fprintf(&b, "\treturn s == %s\n}\n", strconv.Quote(string(q)))
	case same:
		fmt.Fprintf(&b, "\tif len(s) != %d {\n\t\treturn false\n\t}\n", len(cls))
		fmt.Fprintf(&b, "\tfor i := 0; i < len(s); i++ {\n\t\tif r := s[i]; !(%s) {\n\t\t\treturn false\n\t\t}\n\t}\n\treturn true\n}\n", classCond(cls[0]))
	default:
		fmt.Fprintf(&b, "\tif len(s) != %d {\n\t\treturn false\n\t}\n", len(cls))
		for i, c := range cls {
			fmt.Fprintf(&b, "\tif r := s[%d]; !(%s) {\n\t\treturn false\n\t}\n", i, classCond(c))
		}
		b.WriteString("\treturn true\n}\n")
	}
	return b.String()
}

// classCond is the condition that r (a byte) is in the ASCII class c.
func classCond(c set) string {
	var conds []string
	for _, x := range c {
		cond := rangeCond(x)
		if len(c) > 1 && strings.Contains(cond, "&&") {
			cond = "(" + cond + ")"
		}
		conds = append(conds, cond)
	}
	return strings.Join(conds, " || ")
}
