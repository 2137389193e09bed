package msgxml

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expectations agree with xmllint (libxml2) on LDT_Datum and LDT_Tijd,
// checked by hand on an AW33.
func TestDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2021-02-01": true, "2000-02-29": true, "1900-02-29": false, "2021-02-29": false, "2021-04-31": false,
		"2021-12-31": true, "2021-13-01": false, "2021-00-10": false, "2021-01-00": false,
		"0000-01-01": false, "-0001-02-29": false, "-0004-02-29": true, "10000-01-01": true, "010000-01-01": false,
		"2021-1-01": false, "21-01-01": false, "2021-01-01Z": true, "2021-01-01+14:00": true, "2021-01-01+14:01": false,
		"2021-01-01+01:00": true, "2021-01-01+1:00": false, "": false, "2021-01-01 ": false, "２０２１-01-01": false,
		// Bytes next to the digits, in each place of the usual form.
		"/021-01-01": false, ":021-01-01": false, "2/21-01-01": false, "20:1-01-01": false, "202/-01-01": false,
		"2021-/1-01": false, "2021-0:-01": false, "2021-01-/1": false, "2021-01-0:": false, "2021-01-3a": false,
		"9999-12-31": true, "0001-01-01": true, "2024-02-29": true, "2100-02-29": false,
	} {
		assert.Equal(t, want, Date(s), "%q", s)
	}
}

func TestTime(t *testing.T) {
	for s, want := range map[string]bool{
		"10:15:00": true, "00:00:00": true, "23:59:59": true, "24:00:00": true, "24:00:00.0": true, "24:00:01": false,
		"23:59:60": false, "10:15": false, "10:15:00.5": true, "10:15:00.": false, "10:15:00Z": true,
		"10:15:00+01:00": true, "1:15:00": false, "10:60:00": false, "": false,
	} {
		assert.Equal(t, want, Time(s), "%q", s)
	}
}

func TestInteger(t *testing.T) {
	for s, want := range map[string]int64{"0": 0, "+5": 5, "-12": -12, "007": 7, "99999999999999999999999": intCap} {
		n, ok := Integer(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, n, s)
	}
	for _, s := range []string{"", "+", "1.0", "1e3", " 1", "１"} {
		_, ok := Integer(s)
		assert.False(t, ok, s)
	}
}

func TestTrimAndRefuse(t *testing.T) {
	assert.Equal(t, "a b", Trim(" \t\r\na b\n"))
	assert.Equal(t, "", Refuse("gewone tekst, é & <x>\t\r\n"))
	assert.NotEqual(t, "", Refuse("a\x00"))
	assert.NotEqual(t, "", Refuse("a\xff"))
	assert.NotEqual(t, "", Refuse("a\uFFFE"))
}

func TestEscape(t *testing.T) {
	assert.Equal(t, "a&amp;b&lt;c&gt;d&#xD;\n", string(appendEscaped(nil, "a&b<c>d\r\n", false)))
	assert.Equal(t, "&quot;&#xA;&#x9;", string(appendEscaped(nil, "\"\n\t", true)))
}

func TestQuoteClip(t *testing.T) {
	long := ""
	for i := 0; i < 40; i++ {
		long += "é"
	}
	q := QuoteClip(long)
	assert.Equal(t, `"`+long[:64]+`"...`, q)
	assert.Equal(t, `"a\n"`, QuoteClip("a\n"))
}

func TestIsSpace(t *testing.T) {
	for _, s := range []string{"", " ", "\n    \n  \t\r", "\n                                \n"} {
		assert.True(t, isSpace(s), "%q", s)
	}
	for _, s := range []string{"a", "\n       x", "\n                !      ", "        é", "\x7f       ", "       \xa0        ", "                 ~"} {
		assert.False(t, isSpace(s), "%q", s)
	}
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 12; pos++ {
			buf := []byte("            ")
			buf[pos] = byte(b)
			want := b == ' ' || b == '\t' || b == '\n' || b == '\r' || b < 0x20
			assert.Equal(t, want, isSpace(string(buf)), "byte %#x at %d", b, pos)
		}
	}
}
