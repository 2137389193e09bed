package msgxml

// Spares is a store of T values for the optional parts of pooled decoded
// messages: New hands out the next zero T of its storage, Scrub zeroes
// every T handed out since the last Scrub and keeps the storage. A value
// decoded with spares must be dropped (or scrubbed) before the spares are
// scrubbed, as the validators drop their pooled message.
type Spares[T any] struct {
	s []T
}

// New returns a pointer to a zero T: the next one of the storage, which
// grows when it is all handed out. A T handed out before the storage grew
// stays where it is (the new storage holds a copy that Scrub zeroes).
func (p *Spares[T]) New() *T {
	if len(p.s) < cap(p.s) {
		p.s = p.s[:len(p.s)+1] // zero: scrubbed or never used
	} else {
		var zero T
		p.s = append(p.s, zero)
	}
	return &p.s[len(p.s)-1]
}

// Scrub zeroes every T handed out and makes the storage available again.
func (p *Spares[T]) Scrub() {
	clear(p.s)
	p.s = p.s[:0]
}
