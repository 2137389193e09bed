package allocation

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/pooltest"
)

// TestPooledAW33 and TestPooledIO31: the validators' pooled, scrubbed
// values decode every golden message exactly as a new value does, and
// keep nothing after scrub (pooltest.Agrees).
func TestPooledAW33(t *testing.T) {
	into := pooltest.Into(decodeAW33, func(p *pooledAW33) (any, *AW33) { return &p.sp, &p.m })
	p := new(pooledAW33)
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw33.json"), p, into, DecodeAW33, (*pooledAW33).scrub)
	if pooltest.Storage(&p.sp) == 0 {
		t.Fatal("no optional part of a golden AW33 came from the spares")
	}
}

func TestPooledIO31(t *testing.T) {
	into := pooltest.Into(decodeIO31, func(p *pooledIO31) (any, *IO31) { return &p.sp, &p.m })
	p := new(pooledIO31)
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "io31.json"), p, into, DecodeIO31, (*pooledIO31).scrub)
	if pooltest.Storage(&p.sp) == 0 {
		t.Fatal("no optional part of a golden IO31 came from the spares")
	}
}
