package docrules

import "strconv"

// posMemo remembers, for one level of the paths built by locatie, the
// position of an element among its same-named siblings and how many there
// are, so that findings on many siblings in document order cost the
// distance between them, not a scan of all siblings each.
type posMemo struct {
	parent, elem int32
	local        string
	pos, total   int
}

// memoLevels is the number of path levels with a memo; iWlz paths are
// about eight deep.
const memoLevels = 12

// locatie returns the location of element i as the stylesheet's
// printXPath writes it, the same string as xmltree.Doc.XPath: local names
// from the root, each followed by [n] when its parent has more than one
// child of that local name.
func (c *checker) locatie(i int32) string {
	var stack [64]int32
	path := stack[:0]
	for j := i; j >= 0; j = c.el[j].Parent {
		path = append(path, j)
	}
	var buf [256]byte
	b := buf[:0]
	for d := len(path) - 1; d >= 0; d-- {
		j := path[d]
		b = append(b, '/')
		b = append(b, c.el[j].Local...)
		p := c.el[j].Parent
		if p < 0 {
			continue
		}
		pos, total := c.position(len(path)-1-d, p, j)
		if total > 1 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(pos), 10)
			b = append(b, ']')
		}
	}
	return string(b)
}

// position returns the 1-based position of child j of p among the
// children with its local name, and their number.
func (c *checker) position(level int, p, j int32) (pos, total int) {
	local := c.el[j].Local
	if cp := c.childPos[p]; cp != nil {
		return int(cp.pos[j]), cp.total[local]
	}
	var m *posMemo
	if level < memoLevels {
		m = &c.memo[level]
		if m.parent == p && m.local == local && m.elem <= j && m.total > 0 {
			pos = m.pos
			for k := c.el[m.elem].NextSibling; k >= 0 && k <= j; k = c.el[k].NextSibling {
				if c.el[k].Local == local {
					pos++
				}
			}
			m.elem, m.pos = j, pos
			return pos, m.total
		}
	}
	n := 0
	for k := c.el[p].FirstChild; k >= 0; k = c.el[k].NextSibling {
		n++
		if c.el[k].Local == local {
			total++
			if k <= j {
				pos++
			}
		}
	}
	if n > manyChildren {
		c.indexChildren(p)
	}
	if m != nil {
		*m = posMemo{parent: p, elem: j, local: local, pos: pos, total: total}
	}
	return pos, total
}

// manyChildren is the number of children above which position indexes
// the positions of a parent's children at its first scan: findings that
// alternate between far-apart siblings (each pair of a hostile list of
// instellingen) would otherwise scan the parent at every location.
const manyChildren = 64

// childPositions are the positions of the children of one parent among
// their same-named siblings, and the number of children of each name.
type childPositions struct {
	pos   map[int32]int32
	total map[string]int
}

func (c *checker) indexChildren(p int32) {
	cp := &childPositions{pos: map[int32]int32{}, total: map[string]int{}}
	for k := c.el[p].FirstChild; k >= 0; k = c.el[k].NextSibling {
		cp.total[c.el[k].Local]++
		cp.pos[k] = int32(cp.total[c.el[k].Local])
	}
	if c.childPos == nil {
		c.childPos = map[int32]*childPositions{}
	}
	c.childPos[p] = cp
}
