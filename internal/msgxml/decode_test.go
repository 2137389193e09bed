package msgxml

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cached XPath agrees with xmltree's on every element.
func TestXPathAgreesWithDoc(t *testing.T) {
	d := Get()
	defer Put(d)
	require.NoError(t, d.Doc.Parse([]byte(`<a><b/><c><d/><d><e/></d></c><b><x/><x/><y/></b><c/></a>`)))
	for i := range d.Doc.Elems {
		assert.Equal(t, d.Doc.XPath(int32(i)), d.XPath(int32(i)))
	}
	assert.Equal(t, "/a/b[2]/x[2]", d.XPath(8))
}

// A million faults cost linear time: the XPaths share the sibling counts,
// and past Limit no XPath is built.
func TestFaultsLinear(t *testing.T) {
	d := Get()
	defer Put(d)
	const n = 200_000
	require.NoError(t, d.Doc.Parse([]byte("<a>"+strings.Repeat("<b/>", n)+"</a>")))
	d.Limit = 1000
	start := time.Now()
	for c := d.First(0); c >= 0; c = d.Next(c) {
		d.Unknown(c)
	}
	assert.Len(t, d.Faults, 1000)
	assert.True(t, d.Truncated)
	assert.Equal(t, "/a/b[1000]", d.Faults[999].Loc)
	assert.Less(t, time.Since(start), 5*time.Second)
}
