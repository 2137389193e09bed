package docrules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/internal/xmltree"
)

func readTestdata(t testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

// TestLocatie: the locations equal xmltree's XPath, in any order of
// asking.
func TestLocatie(t *testing.T) {
	for _, f := range []string{"aw33.xml", "aw35.xml", "aw39.xml", "io31.xml"} {
		var d xmltree.Doc
		require.NoError(t, d.Parse([]byte(readTestdata(t, f))))
		c := checker{el: d.Elems}
		c.setKinds(d.URIs)
		for k := range c.memo {
			c.memo[k].parent = -1
		}
		n := int32(len(d.Elems))
		for i := int32(0); i < n; i++ {
			require.Equal(t, d.XPath(i), c.locatie(i))
		}
		for i := n - 1; i >= 0; i-- {
			require.Equal(t, d.XPath(i), c.locatie(i))
		}
		for i := int32(0); i < n; i += 3 {
			require.Equal(t, d.XPath(i), c.locatie(i))
			require.Equal(t, d.XPath(n-1-i), c.locatie(n-1-i))
		}
	}
}
