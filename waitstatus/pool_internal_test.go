package waitstatus

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/internal/pooltest"
)

// TestPooledAW39 and TestPooledAW35: see allocation's TestPooledAW33.
func TestPooledAW39(t *testing.T) {
	into := pooltest.Into(decodeAW39, func(p *pooledAW39) (any, *AW39) { return &p.sp, &p.m })
	p := new(pooledAW39)
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw39.json"), p, into, DecodeAW39, (*pooledAW39).scrub)
	if pooltest.Storage(&p.sp) == 0 {
		t.Fatal("no optional part of a golden AW39 came from the spares")
	}
}

func TestPooledAW35(t *testing.T) {
	into := pooltest.Into(decodeAW35, func(p *pooledAW35) (any, *AW35) { return &p.sp, &p.m })
	p := new(pooledAW35)
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw35.json"), p, into, DecodeAW35, (*pooledAW35).scrub)
	if n := pooltest.Storage(&p.sp); n != 0 {
		t.Fatalf("an AW35 has no optional part (pointer field), yet %d spares were taken", n)
	}
}
