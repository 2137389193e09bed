package codes_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/calendar"
	"github.com/wlzregels/zorgtoewijzing/internal/codes"
)

type release string

func (r release) String() string { return string(r) }

var list = &codes.List{ID: "COD999X", Name: "Voorbeeldlijst", Source: "test", Entries: []codes.Entry{
	{},
	{Code: "1", Name: "Eerste", Until: codes.YMD(2018, time.April, 1)},
	{Code: "2", Name: "Tweede", From: codes.YMD(2021, time.January, 1), Aliases: []string{"TW", "deux"}},
	{Code: "3", Name: "Derde", From: codes.YMD(2020, time.January, 1), Until: codes.YMD(2023, time.January, 1)},
}}

func TestParse(t *testing.T) {
	for s, want := range map[string]uint8{"1": 1, "2": 2, "tw": 2, "DEUX": 2, "3": 3} {
		i, ok := list.Parse(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, i, s)
	}
	for _, s := range []string{"", "0", "4", " 1", "t"} {
		i, ok := list.Parse(s)
		assert.False(t, ok, s)
		assert.Zero(t, i, s)
	}
	assert.Equal(t, 3, list.Len())
}

// kList has an alias with a K and one with an S: letters that Unicode
// folds from other characters (the Kelvin sign, the long s).
var kList = &codes.List{ID: "COD999K", Name: "K-lijst", Source: "test", Entries: []codes.Entry{
	{},
	{Code: "71", Name: "Verblijf tijdelijk", Aliases: []string{"VBKD", "VBS"}},
	{Code: "01", Name: "Met voorloopnul"},
}}

// TestParseStrict: aliases fold ASCII case only, codes match exactly (a
// leading zero is part of the code or refused), and text longer than the
// longest spelling is refused.
func TestParseStrict(t *testing.T) {
	for s, want := range map[string]uint8{"vbkd": 1, "VbKd": 1, "vbs": 1, "71": 1, "01": 2} {
		i, ok := kList.Parse(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, i, s)
	}
	for _, s := range []string{"VB\u212aD", "vb\u212ad", "VB\u017f", "071", "1", "0071", "VBKD ", strings.Repeat("0", 1<<20) + "71"} {
		i, ok := kList.Parse(s)
		assert.False(t, ok, "%.12q", s)
		assert.Zero(t, i)
	}
	assert.Equal(t, 4, kList.MaxLen())
	assert.True(t, codes.EqualFoldASCII("vbKD", "VBkd"))
	assert.False(t, codes.EqualFoldASCII("\u212a", "K"))
	assert.False(t, codes.EqualFoldASCII("k", "kk"))
	dst := uint8(1)
	assert.False(t, kList.Unmarshal([]byte(strings.Repeat("x", 1<<20)), &dst))
	assert.Equal(t, uint8(1), dst)
}

func TestRows(t *testing.T) {
	assert.Equal(t, "2", list.Code(2))
	assert.Equal(t, "", list.Code(0))
	assert.Equal(t, "", list.Code(9))
	assert.Equal(t, "Tweede", list.Label(2))
	assert.Equal(t, "Voorbeeldlijst(9)", list.Label(9))
	assert.Equal(t, codes.Entry{}, list.Entry(9))
	assert.Equal(t, "Derde", list.Entry(3).Name)

	b, ok := list.Marshal(2)
	assert.True(t, ok)
	assert.Equal(t, []byte("2"), b)
	b, ok = list.Marshal(0)
	assert.True(t, ok)
	assert.Empty(t, b)
	_, ok = list.Marshal(4)
	assert.False(t, ok)

	dst := uint8(3)
	assert.True(t, list.Unmarshal([]byte("deux"), &dst))
	assert.Equal(t, uint8(2), dst)
	assert.False(t, list.Unmarshal([]byte("x"), &dst))
	assert.Equal(t, uint8(2), dst, "a failed Unmarshal leaves the value")
	assert.True(t, list.Unmarshal(nil, &dst))
	assert.Zero(t, dst)
}

func TestValidity(t *testing.T) {
	d := calendar.MustDate
	tests := []struct {
		i    uint8
		date string
		want bool
	}{
		{1, "2018-03-31", true}, {1, "2018-04-01", false},
		{2, "2020-12-31", false}, {2, "2021-01-01", true},
		{3, "2019-12-31", false}, {3, "2020-01-01", true}, {3, "2022-12-31", true}, {3, "2023-01-01", false},
		{0, "2021-01-01", false}, {4, "2021-01-01", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, list.ValidOn(tt.i, d(tt.date)), "%d on %s", tt.i, tt.date)
	}
	assert.Equal(t, ": de code geldt van 2020-01-01 tot 2023-01-01", codes.ValidityText(list.Entries[3].From, list.Entries[3].Until))
	assert.Equal(t, ": de code geldt vanaf 2021-01-01", codes.ValidityText(list.Entries[2].From, list.Entries[2].Until))
	assert.Equal(t, ": de code geldt tot 2018-04-01", codes.ValidityText(list.Entries[1].From, list.Entries[1].Until))
	assert.Equal(t, "", codes.ValidityText(calendar.Date{}, calendar.Date{}))
}

func TestCheck(t *testing.T) {
	d := calendar.MustDate
	rel := release("iWlz 2.4")
	tests := []struct {
		i      uint8
		date   string
		listed bool
		want   codes.Finding
		msg    string
	}{
		{0, "2026-01-01", false, codes.Pass, ""},
		{2, "2026-01-01", true, codes.Pass, ""},
		{2, "2026-01-01", false, codes.Unlisted, "Voorbeeldlijst 2 (Tweede): iWlz 2.4 kent de codelijst COD999X niet meer"},
		{2, "2020-06-01", true, codes.NotValidOn, "Voorbeeldlijst 2 (Tweede) is op 2020-06-01 niet geldig: de code geldt vanaf 2021-01-01"},
		{9, "2020-06-01", true, codes.NotValidOn, "Voorbeeldlijst  () is op 2020-06-01 niet geldig"},
	}
	for _, tt := range tests {
		f, msg := list.Check(tt.i, d(tt.date), tt.listed, rel)
		assert.Equal(t, tt.want, f, "%d %s", tt.i, tt.date)
		assert.Equal(t, tt.msg, msg)
	}
}

func TestYMD(t *testing.T) {
	assert.Equal(t, calendar.MustDate("2018-04-01"), codes.YMD(2018, time.April, 1))
	assert.True(t, codes.YMD(2018, time.February, 30).IsZero(), "the generator never writes a day that does not exist")
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1", "2", "tw", "DEUX", "", "x", "vbkd", "VB\u212aD", "de\u1e8b", "02", "deuxx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []*codes.List{list, kList} {
			i, ok := l.Parse(s)
			if !ok {
				require.Zero(t, i)
				continue
			}
			require.NotZero(t, i)
			require.LessOrEqual(t, len(s), l.MaxLen())
			e := l.Entry(i)
			spelled := s == e.Code
			for _, a := range e.Aliases {
				spelled = spelled || strings.EqualFold(s, a) && len(s) == len(a)
			}
			require.True(t, spelled, "%q is no spelling of %q", s, e.Code)
			for j := 0; j < len(s); j++ {
				require.Less(t, s[j], byte(0x80), "non-ASCII %q accepted", s)
			}
		}
		i, ok := list.Parse(s)
		if !ok {
			return
		}
		b, ok := list.Marshal(i)
		require.True(t, ok)
		j, ok := list.Parse(string(b))
		require.True(t, ok)
		require.Equal(t, i, j, "the code of a parsed value parses back to it")
	})
}

func TestClip(t *testing.T) {
	assert.Equal(t, "abc", codes.Clip([]byte("abc")))
	assert.Equal(t, "abc", codes.ClipString("abc"))
	long := strings.Repeat("a", codes.ClipLen-1) + "é" + strings.Repeat("b", 1<<20)
	for _, got := range []string{codes.Clip([]byte(long)), codes.ClipString(long)} {
		assert.Equal(t, strings.Repeat("a", codes.ClipLen-1)+"…", got, "cut at a character boundary")
	}
}

// indexedPair returns a list of the given codes (and aliases on some),
// once indexed and once not.
func indexedPair(codesOf []string) (indexed, scanned *codes.List) {
	mk := func() *codes.List {
		l := &codes.List{ID: "COD999I", Name: "Index", Source: "test", Entries: []codes.Entry{{}}}
		for i, c := range codesOf {
			e := codes.Entry{Code: c, Name: "n" + c}
			if i%7 == 3 {
				e.Aliases = []string{"al" + c}
			}
			l.Entries = append(l.Entries, e)
		}
		return l
	}
	return codes.Indexed(mk()), mk()
}

// indexProbes are the texts TestIndexed tries on a list: every code and
// alias, each with a byte changed, added or dropped, and fixed odd ones.
func indexProbes(l *codes.List) []string {
	probes := []string{"", " ", "0", "00000", "\x00", "\xff\xff", "1\x00", strings.Repeat("9", 9)}
	for _, e := range l.Entries {
		for _, s := range append([]string{e.Code}, e.Aliases...) {
			probes = append(probes, s, strings.ToLower(s), s+"0", "0"+s, s+"\x00")
			if s != "" {
				probes = append(probes, s[1:], s[:len(s)-1], s[:len(s)-1]+"#")
			}
		}
	}
	return probes
}

// TestIndexed holds Parse on an indexed list to Parse on the same list
// scanned, for lists shaped like the iWlz ones (one to four bytes, ZZP
// labels, leading zeros) and for lists the index must leave alone.
func TestIndexed(t *testing.T) {
	var many []string
	for i := 1; i <= 99; i++ {
		many = append(many, strconv.Itoa(i))
	}
	for i := 1; i <= 10; i++ {
		many = append(many, strconv.Itoa(i)+"VV", fmt.Sprintf("%02d", i), "KE"+strconv.Itoa(i))
	}
	for _, cs := range [][]string{
		many,
		{"1", "2", "3"},
		{"01", "1", "001", "0001"},
		{"a", "a", "b"},              // a code twice: the first wins, as in the scan
		{"1", "12345", "2"},          // five bytes: not indexed
		{"1", "", "2"},               // an empty code: not indexed
		{"\x00", "\x00\x00", "\xff"}, // bytes a packing might confuse
		{"A", "a", "AA", "aA", "Aa"}, // codes are exact, aliases fold
	} {
		ix, sc := indexedPair(cs)
		for _, s := range indexProbes(sc) {
			gi, gok := ix.Parse(s)
			wi, wok := sc.Parse(s)
			if gi != wi || gok != wok {
				t.Errorf("codes %q, Parse(%q): indexed %d %v, scanned %d %v", cs, s, gi, gok, wi, wok)
			}
		}
	}
}

// FuzzIndexed: Parse on an indexed list equals Parse scanned, for any
// text on a list of many short codes.
func FuzzIndexed(f *testing.F) {
	var cs []string
	for i := 0; i < 200; i++ {
		cs = append(cs, strconv.FormatInt(int64(i*37), 36))
	}
	ix, sc := indexedPair(cs)
	for _, s := range indexProbes(sc)[:40] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gi, gok := ix.Parse(s)
		wi, wok := sc.Parse(s)
		if gi != wi || gok != wok {
			t.Fatalf("Parse(%q): indexed %d %v, scanned %d %v", s, gi, gok, wi, wok)
		}
	})
}
