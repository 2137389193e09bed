package allocation

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// The overlap rules (TR057, TR035, TR106, TR120, TR077, RFC24016) report
// one violation per group of lines that share a key and overlap, not one
// per pair: n identical lines are one violation, not n(n-1)/2. A group is
// a connected set: every line in it overlaps at least one other line of
// the group, so a line is named exactly when the pairwise check would
// have named it. Groups are found by sorting the lines by key and start
// and sweeping once (n log n). The output is bounded: a violation names
// at most maxNamed other lines ("en nog K"), and a rule reports at most
// maxGroups groups, then one violation that counts the rest.
const (
	maxNamed  = 5
	maxGroups = 10
)

// openEnd is the day number of an open einddatum.
const openEnd = math.MaxInt32

// ival is one line of an overlap check: its group key, its days (end
// inclusive; openEnd when open) and its 0-based position in the input (24
// bytes: the release of a line is read from the input, for a violation).
type ival struct {
	key        uint64
	start, end int32
	idx        int32
	agb        uint32 // the instelling of a role (agbKey), for RFC24016
}

// dayNum returns the day number of d (0 for the zero Date).
func dayNum(d calendar.Date) int32 { return int32(calendar.Date{}.DaysUntil(d)) }

// newIval returns the line idx from start to end (a zero end is open), and
// false when start is absent or end lies before start (no valid period:
// such a line overlaps nothing, CS003 reports it).
func newIval(key uint64, start, end calendar.Date, idx int) (ival, bool) {
	if start.IsZero() || (!end.IsZero() && end.Before(start)) {
		return ival{}, false
	}
	e := int32(openEnd)
	if !end.IsZero() {
		e = dayNum(end)
	}
	return ival{key: key, start: dayNum(start), end: e, idx: int32(idx)}, true
}

// newOverlapIval is newIval for the rules the stylesheet judges with
// isPeriodOverlay (TR057, TR035, TR106): a line that ends before it
// starts (CS003 reports it) still overlaps another where its einddatum
// falls, since the stylesheet compares each line's einddatum with the
// other's period (iWlz-XSLT 2.2 basis isPeriodOverlay).
func newOverlapIval(key uint64, start, end calendar.Date, idx int) (ival, bool) {
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		d := dayNum(end)
		return ival{key: key, start: d, end: d, idx: int32(idx), agb: invertedMark}, true
	}
	return newIval(key, start, end, idx)
}

// invertedMark marks (in the agb field, unused by these rules) the line of
// a period that ends before it starts: two such lines never overlap each
// other in the stylesheet (each one's einddatum lies before its own
// start), so a group of only such lines is no violation.
const invertedMark = 1 << 31

func compareIval(a, b ival) int {
	if c := cmp.Compare(a.key, b.key); c != 0 {
		return c
	}
	if c := cmp.Compare(a.start, b.start); c != 0 {
		return c
	}
	return cmp.Compare(a.idx, b.idx)
}

// sortIvals sorts by key, start and position; already sorted input (the
// usual valid set: one key, in date order) costs one pass.
func sortIvals(items []ival) {
	for i := 1; i < len(items); i++ {
		a, b := &items[i-1], &items[i]
		if a.key > b.key || a.key == b.key && (a.start > b.start || a.start == b.start && a.idx > b.idx) {
			slices.SortFunc(items, compareIval)
			return
		}
	}
}

// shared returns the days b shares with a line that reaches to reach
// (b starts on or after that line's start).
func shared(reach int32, b ival) int64 {
	return int64(min(reach, b.end)) - int64(b.start) + 1
}

// lasts reports whether x lasts at least days days. Only such lines take
// part in a check of minDays days: a shorter line overlaps no other by
// minDays, and leaving it out keeps the sweep of groupEnd exact.
func (x ival) lasts(days int64) bool { return int64(x.end)-int64(x.start)+1 >= days }

// groupEnd returns the end of the group that starts at items[i] (sorted,
// every item lasting at least minDays): the items after it with the same
// key that each share at least minDays days with an earlier item of the
// group. A group of two or more lines is a violation; the next group
// starts at the end. An item that does not reach the group cannot be
// reached by a later one either (it starts no earlier, and it lasts long
// enough), so one pass finds every group.
func groupEnd(items []ival, i int, minDays int64) int {
	j, reach := i+1, items[i].end
	for j < len(items) && items[j].key == items[i].key && shared(reach, items[j]) >= minDays {
		reach = max(reach, items[j].end)
		j++
	}
	return j
}

// reportGroups sorts items, sweeps them into groups (groupEnd with
// minDays) and reports rule r once per group of two or more lines, capped
// by groupCap ("what" names the lines in the closing count). A group is
// judged by the latest release relOf gives its lines (a line's position in,
// its release out; the slice itself is not handed on, so a caller's stack
// buffer stays on the stack); describe gives the field, value and message
// of a group from its first line's position and the others named.
func reportGroups(vs *Violations, items []ival, minDays int64, r Rule, what string,
	relOf func(idx int) Release, describe func(first int, others string) (field, value, msg string)) {
	if len(items) < 2 {
		return
	}
	sortIvals(items)
	var c groupCap
	for i := 0; i < len(items); {
		j := groupEnd(items, i, minDays)
		if g := items[i:j]; len(g) >= 2 && !allInverted(g) {
			byIdx(g)
			var rel Release
			for _, x := range g {
				rel = max(rel, relOf(int(x.idx)))
			}
			if c.take(rel) {
				field, value, msg := describe(int(g[0].idx), namedList(g))
				vs.add(r, rel, field, value, msg)
			}
		}
		i = j
	}
	c.close(vs, r, what)
}

func allInverted(g []ival) bool {
	for _, x := range g {
		if x.agb != invertedMark {
			return false
		}
	}
	return true
}

// byIdx sorts a group by position, to name its lines in input order.
func byIdx(g []ival) {
	slices.SortFunc(g, func(a, b ival) int { return cmp.Compare(a.idx, b.idx) })
}

// zzpRel returns the latest release of the toewijzingen in g: a group is
// judged by the later release of its messages.
func zzpRel(zzp []Zorgtoewijzing, g []ival) Release {
	var rel Release
	for _, x := range g {
		rel = max(rel, zzp[x.idx].rel)
	}
	return rel
}

// namedList returns "2, 3, 4, 5, 6 en nog 194": the 1-based positions of
// g after the first, at most maxNamed of them.
func namedList(g []ival) string {
	var b strings.Builder
	rest := g[1:]
	for k, x := range rest {
		if k == maxNamed {
			b.WriteString(" en nog " + strconv.Itoa(len(rest)-maxNamed))
			break
		}
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(int(x.idx) + 1))
	}
	return b.String()
}

// groupCap counts the groups of one overlap rule: the first maxGroups are
// reported, the rest counted in one closing violation.
type groupCap struct {
	n, skipped int
	rel        Release
}

// take reports whether a group judged by rel is to be reported.
func (c *groupCap) take(rel Release) bool {
	c.rel = max(c.rel, rel)
	c.n++
	if c.n > maxGroups {
		c.skipped++
		return false
	}
	return true
}

// close adds the violation of rule r that counts the groups left out.
func (c *groupCap) close(vs *Violations, r Rule, field string) {
	if c.skipped > 0 {
		vs.add(r, c.rel, field, strconv.Itoa(c.skipped), "nog "+strconv.Itoa(c.skipped)+
			" andere groepen overlappen; alleen de eerste "+strconv.Itoa(maxGroups)+" zijn gemeld")
	}
}
