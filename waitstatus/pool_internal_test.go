package waitstatus

import (
	"os"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/msgxml"
	"github.com/wlzregels/zorgtoewijzing/internal/pooltest"
)

// TestPooledAW39 and TestPooledAW35: see allocation's TestPooledAW33.
func TestPooledAW39(t *testing.T) {
	into := func(b []byte, m *AW39) (*AW39, allocation.Report, error) {
		d := msgxml.Get() // a decoder is used once, as the validators use it
		defer msgxml.Put(d)
		return decodeAW39(d, b, m)
	}
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw39.json"), new(AW39), into, DecodeAW39, (*AW39).scrub)
}

func TestPooledAW35(t *testing.T) {
	into := func(b []byte, m *AW35) (*AW35, allocation.Report, error) {
		d := msgxml.Get() // a decoder is used once, as the validators use it
		defer msgxml.Put(d)
		return decodeAW35(d, b, m)
	}
	pooltest.Agrees(t, pooltest.Messages(t, os.DirFS("../testdata/iwlz"), "aw35.json"), new(AW35), into, DecodeAW35, (*AW35).scrub)
}
