package xmltree

import (
	"iter"
	"strconv"
	"strings"
)

// The navigation methods take and return indexes into d.Elems, -1 for
// none. They never panic: an index out of range is treated as -1, and the
// walks are bounded by len(d.Elems) even in a Doc whose links a caller has
// rewritten into a cycle.

func (d *Doc) valid(i int32) bool { return i >= 0 && int(i) < len(d.Elems) }

// Child returns the first child of element i with local name local, or -1.
func (d *Doc) Child(i int32, local string) int32 {
	if !d.valid(i) {
		return -1
	}
	return d.from(d.Elems[i].FirstChild, local)
}

// ChildNS returns the first child of element i with namespace ns and local
// name local, or -1.
func (d *Doc) ChildNS(i int32, ns, local string) int32 {
	if !d.valid(i) {
		return -1
	}
	c := d.Elems[i].FirstChild
	for n := 0; d.valid(c) && n < len(d.Elems); n++ {
		if e := &d.Elems[c]; e.Local == local && e.NS == ns {
			return c
		}
		c = d.Elems[c].NextSibling
	}
	return -1
}

// Next returns the next sibling of element j with the same local name, or
// -1: for c := d.Child(i, "Client"); c >= 0; c = d.Next(c) { ... }.
func (d *Doc) Next(j int32) int32 {
	if !d.valid(j) {
		return -1
	}
	return d.from(d.Elems[j].NextSibling, d.Elems[j].Local)
}

// from returns the first element named local among c and its next
// siblings.
func (d *Doc) from(c int32, local string) int32 {
	for n := 0; d.valid(c) && n < len(d.Elems); n++ {
		if d.Elems[c].Local == local {
			return c
		}
		c = d.Elems[c].NextSibling
	}
	return -1
}

// Children returns the child elements of element i in document order.
func (d *Doc) Children(i int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		if !d.valid(i) {
			return
		}
		c := d.Elems[i].FirstChild
		for n := 0; d.valid(c) && n < len(d.Elems); n++ {
			if !yield(c) {
				return
			}
			c = d.Elems[c].NextSibling
		}
	}
}

// XPath returns the location of element i in the form the iWlz validation
// report writes it: "/" + local names joined by "/", each step followed by
// "[n]" (1-based) only when its parent has more than one child element
// with the same local name. Example:
// /Bericht/Clienten/Client[2]/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[3]/Einddatum
//
// It returns "" for an index out of range.
func (d *Doc) XPath(i int32) string {
	if !d.valid(i) {
		return ""
	}
	var buf [32]int32
	path := buf[:0]
	for j := i; d.valid(j) && len(path) <= len(d.Elems); j = d.Elems[j].Parent {
		path = append(path, j)
	}
	var b strings.Builder
	for k := len(path) - 1; k >= 0; k-- {
		j := path[k]
		e := &d.Elems[j]
		b.WriteByte('/')
		b.WriteString(e.Local)
		if !d.valid(e.Parent) {
			continue
		}
		n, pos := 0, 0
		c := d.Elems[e.Parent].FirstChild
		for m := 0; d.valid(c) && m < len(d.Elems); m++ {
			if d.Elems[c].Local == e.Local {
				n++
				if c == j {
					pos = n
				}
			}
			c = d.Elems[c].NextSibling
		}
		if n > 1 && pos > 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(pos))
			b.WriteByte(']')
		}
	}
	return b.String()
}
