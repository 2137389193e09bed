package allocation

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
	"github.com/wlzregels/zorgtoewijzing/internal/pooltest"
)

// TestPooledAW33 and TestPooledIO31: the validators' pooled, scrubbed
// values decode every golden message exactly as a new value does, and
// keep nothing after scrub (pooltest.Agrees).
func TestPooledAW33(t *testing.T) {
	into := func(b []byte, m *AW33) (*AW33, Report, error) {
		d := msgxml.Get() // a decoder is used once, as the validators use it
		defer msgxml.Put(d)
		return decodeAW33(d, b, m)
	}
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw33.json"), new(AW33), into, DecodeAW33, (*AW33).scrub)
}

func TestPooledIO31(t *testing.T) {
	into := func(b []byte, m *IO31) (*IO31, Report, error) {
		d := msgxml.Get() // a decoder is used once, as the validators use it
		defer msgxml.Put(d)
		return decodeIO31(d, b, m)
	}
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "io31.json"), new(IO31), into, DecodeIO31, (*IO31).scrub)
}
