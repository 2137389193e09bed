//go:build !race

package xmltree

import "unsafe"

// le64u is le64 without its bounds check, for the fast loop alone: at
// each call the loop has already checked that s[i:i+8] lies within s
// (the comment at each call says where). Under the race detector, which
// .ci/run and go test -race use for every test and fuzz seed, le64u is
// le64 itself (le64u_race.go), so a call outside that range fails
// those tests with an index panic instead of reading past the input.
func le64u(s string, i int) uint64 {
	p := (*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
	return uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
		uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56
}
