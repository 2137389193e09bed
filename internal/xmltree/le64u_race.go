//go:build race

package xmltree

// le64u is le64, bounds check and all, under the race detector: see
// le64u.go.
func le64u(s string, i int) uint64 { return le64(s, i) }
