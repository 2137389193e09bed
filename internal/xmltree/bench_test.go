package xmltree

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"
)

// aw33 reads the ~4 KB AW33-like benchmark message: a header, one client,
// an indicatie and three toegewezen zorgzwaartepakketten, in the aw33
// namespace (default) and the basisschema namespace (prefix iwlz).
func aw33(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile("testdata/aw33.xml")
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// bigDoc returns a document of at least size bytes: the AW33 message with
// its Client repeated.
func bigDoc(tb testing.TB, size int) []byte {
	tb.Helper()
	b := aw33(tb)
	i := bytes.Index(b, []byte("    <Client>"))
	j := bytes.Index(b, []byte("  </Clienten>"))
	if i < 0 || j < 0 {
		tb.Fatal("testdata/aw33.xml has no Clienten")
	}
	client := b[i:j]
	var out bytes.Buffer
	out.Write(b[:i])
	for out.Len()+len(b)-j < size {
		out.Write(client)
	}
	out.Write(b[j:])
	return out.Bytes()
}

func benchParse(b *testing.B, data []byte) {
	var d Doc
	if err := d.Parse(data); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := d.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStdlib is the encoding/xml baseline: a Decoder.Token loop (which
// resolves namespaces and checks nesting), copying nothing.
func benchStdlib(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	r := bytes.NewReader(data)
	for b.Loop() {
		r.Reset(data)
		dec := xml.NewDecoder(r)
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseAW33(b *testing.B)       { benchParse(b, aw33(b)) }
func BenchmarkStdlibTokenAW33(b *testing.B) { benchStdlib(b, aw33(b)) }
func BenchmarkParse1MB(b *testing.B)        { benchParse(b, bigDoc(b, 1<<20)) }
func BenchmarkStdlibToken1MB(b *testing.B)  { benchStdlib(b, bigDoc(b, 1<<20)) }

// BenchmarkParseScaling parses documents of 16 KB to 4 MB: ns/op should
// grow linearly with the size (MB/s stays flat).
func BenchmarkParseScaling(b *testing.B) {
	for _, size := range []int{16 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20} {
		data := bigDoc(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) { benchParse(b, data) })
	}
}

// BenchmarkParseAW33Fresh parses into a new Doc each time (no reuse).
func BenchmarkParseAW33Fresh(b *testing.B) {
	data := aw33(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var d Doc
		if err := d.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
