package main

import (
	"fmt"
	"strconv"
	"strings"
)

// node is one element of a message under construction. basis marks an
// element that lives in the basisschema namespace (a child of a Basisschema
// complex type such as CDT_Adres); every other element is in the message's
// own namespace. An element has either text or children.
type node struct {
	name  string
	basis bool
	text  string
	kids  []*node
}

// el is a message-namespace element; nil children are dropped, so optional
// parts can be written inline.
func el(name string, kids ...*node) *node {
	n := &node{name: name}
	for _, k := range kids {
		if k != nil {
			n.kids = append(n.kids, k)
		}
	}
	return n
}

// bel is a basisschema-namespace element with children.
func bel(name string, kids ...*node) *node {
	n := el(name, kids...)
	n.basis = true
	return n
}

// tx is a message-namespace element with text; nil when v is empty, so an
// absent optional value leaves the element out.
func tx(name, v string) *node {
	if v == "" {
		return nil
	}
	return &node{name: name, text: v}
}

// btx is tx in the basisschema namespace.
func btx(name, v string) *node {
	if v == "" {
		return nil
	}
	return &node{name: name, text: v, basis: true}
}

func (n *node) clone() *node {
	c := &node{name: n.name, basis: n.basis, text: n.text}
	for _, k := range n.kids {
		c.kids = append(c.kids, k.clone())
	}
	return c
}

// step splits "Name[2]" into Name and 2 (1 when no index).
func step(s string) (string, int) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, 1
	}
	k, err := strconv.Atoi(strings.TrimSuffix(s[i+1:], "]"))
	if err != nil {
		panic("bad path step " + s)
	}
	return s[:i], k
}

// find walks a path of steps below n ("Clienten/Client[2]/Indicatie"); it
// panics when the path does not exist, since the generator only asks for
// paths it built.
func (n *node) find(path string) *node {
	cur := n
	for _, s := range strings.Split(path, "/") {
		name, k := step(s)
		var hit *node
		seen := 0
		for _, c := range cur.kids {
			if c.name == name {
				seen++
				if seen == k {
					hit = c
					break
				}
			}
		}
		if hit == nil {
			panic(fmt.Sprintf("path %s: no %s below %s", path, s, cur.name))
		}
		cur = hit
	}
	return cur
}

// parentOf returns the parent of the element at path and its index there.
func (n *node) parentOf(path string) (*node, int) {
	i := strings.LastIndexByte(path, '/')
	parent := n
	last := path
	if i >= 0 {
		parent = n.find(path[:i])
		last = path[i+1:]
	}
	target := parent.find(last)
	for j, c := range parent.kids {
		if c == target {
			return parent, j
		}
	}
	panic("unreachable")
}

// has reports whether path exists below n.
func (n *node) has(path string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	n.find(path)
	return true
}

func (n *node) remove(path string) {
	p, j := n.parentOf(path)
	p.kids = append(p.kids[:j], p.kids[j+1:]...)
}

func (n *node) insertBefore(path string, x *node) {
	p, j := n.parentOf(path)
	p.kids = append(p.kids[:j], append([]*node{x}, p.kids[j:]...)...)
}

func (n *node) insertAfter(path string, x *node) {
	p, j := n.parentOf(path)
	p.kids = append(p.kids[:j+1], append([]*node{x}, p.kids[j+1:]...)...)
}

func (n *node) set(path, v string) { n.find(path).text = v }

// swapWithNext exchanges the element at path with its next sibling.
func (n *node) swapWithNext(path string) {
	p, j := n.parentOf(path)
	p.kids[j], p.kids[j+1] = p.kids[j+1], p.kids[j]
}

const basisNS = "http://www.istandaarden.nl/iwlz/2_2/basisschema/schema"

// render writes the message with the message namespace as the default
// namespace and the basisschema namespace under the prefix iwlz.
func render(root *node, msgNS string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	var walk func(n *node, depth int, top bool)
	walk = func(n *node, depth int, top bool) {
		ind := strings.Repeat("  ", depth)
		name := n.name
		if n.basis {
			name = "iwlz:" + name
		}
		b.WriteString(ind + "<" + name)
		if top {
			b.WriteString(` xmlns="` + msgNS + `" xmlns:iwlz="` + basisNS + `"`)
		}
		switch {
		case len(n.kids) == 0 && n.text == "":
			b.WriteString("/>\n")
		case len(n.kids) == 0:
			b.WriteString(">" + escape(n.text) + "</" + name + ">\n")
		default:
			b.WriteString(">\n")
			for _, k := range n.kids {
				walk(k, depth+1, false)
			}
			b.WriteString(ind + "</" + name + ">\n")
		}
	}
	walk(root, 0, true)
	return b.String()
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
