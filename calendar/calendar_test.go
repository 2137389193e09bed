package calendar_test

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

func mustNL(t testing.TB, opts ...calendar.Option) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Netherlands(opts...)
	require.NoError(t, err)
	return c
}

// TestJudgedChecks are the acceptance checks of the calendar issue.
func TestJudgedChecks(t *testing.T) {
	c := mustNL(t)
	n, err := c.WerkdagenTussen(calendar.MustDate("2025-12-31"), calendar.MustDate("2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, 251, n, "2026 has 251 werkdagen")
	d, err := c.AddWerkdagen(calendar.MustDate("2026-05-13"), 2)
	require.NoError(t, err)
	assert.Equal(t, "2026-05-19", d.String())
	for s, want := range map[string]bool{"2010-04-30": false, "2010-05-14": false, "2010-04-27": true, "2007-12-27": false} {
		got, err := c.IsWerkdag(calendar.MustDate(s))
		require.NoError(t, err)
		assert.Equal(t, want, got, s)
	}
}

// naive is a day-by-day reference implementation over the calendar's own
// IsWerkdag, used to check the table arithmetic.
func naiveAdd(t *testing.T, c *calendar.Calendar, d calendar.Date, n int) calendar.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		ok, err := c.IsWerkdag(d)
		require.NoError(t, err)
		if ok {
			n--
		}
	}
	return d
}

func TestWerkdagArithmeticAgainstNaive(t *testing.T) {
	cals := map[string]*calendar.Calendar{
		"default": mustNL(t),
		"all options": mustNL(t, calendar.BevrijdingsdagLustrum(), calendar.WithoutGoedeVrijdag(),
			calendar.WithoutGelijkgesteldeDagen(), calendar.WithSluitingsdagen(calendar.MustDate("2026-07-20"))),
	}
	r := rand.New(rand.NewPCG(2026, 11))
	for name, c := range cals {
		span := c.ValidFrom().DaysUntil(c.ValidThrough())
		for i := 0; i < 3000; i++ {
			d := c.ValidFrom().AddDays(400 + r.IntN(span-800))
			n := r.IntN(241) - 120
			got, err := c.AddWerkdagen(d, n)
			require.NoError(t, err)
			if n != 0 {
				require.Equal(t, naiveAdd(t, c, d, n), got, "%s: %s %+d", name, d, n)
			}
			back, err := c.WerkdagenTussen(d, got)
			require.NoError(t, err)
			require.Equal(t, n, back, "%s: round trip from %s %+d", name, d, n)
		}
	}
}

func TestRangeErrors(t *testing.T) {
	c := mustNL(t)
	assert.Equal(t, "2005-01-01", c.ValidFrom().String())
	assert.Equal(t, "2028-12-31", c.ValidThrough().String())
	_, err := c.IsWerkdag(calendar.MustDate("2029-01-02"))
	require.ErrorIs(t, err, calendar.ErrOutOfRange)
	var re *calendar.RangeError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "2028-12-31", re.To.String())
	assert.Contains(t, err.Error(), "2029-01-02 lies outside the covered range 2005-01-01..2028-12-31")

	_, err = c.AddWerkdagen(calendar.MustDate("2028-12-20"), 10)
	require.ErrorIs(t, err, calendar.ErrOutOfRange)
	assert.Contains(t, err.Error(), "the day 10 werkdagen from 2028-12-20")
	for _, n := range []int{1 << 62, -1 << 62, 100000, -100000} {
		_, err = c.AddWerkdagen(calendar.MustDate("2026-06-01"), n)
		require.ErrorIs(t, err, calendar.ErrOutOfRange, n)
	}
	_, err = c.Holidays(2029)
	require.ErrorIs(t, err, calendar.ErrOutOfRange)
	assert.Contains(t, err.Error(), "year 2029")
	_, err = c.IsWerkdag(calendar.Date{})
	require.ErrorIs(t, err, calendar.ErrZeroDate)
	_, err = c.WerkdagenTussen(calendar.MustDate("2026-01-01"), calendar.Date{})
	require.ErrorIs(t, err, calendar.ErrZeroDate)
	_, err = calendar.Netherlands(calendar.WithSluitingsdagen(calendar.Date{}))
	require.ErrorIs(t, err, calendar.ErrZeroDate)
	_, err = calendar.Netherlands(calendar.Option{})
	require.Error(t, err, "the zero Option is rejected, not ignored")
}

func TestHolidayData(t *testing.T) {
	c := mustNL(t)
	lid3 := 0
	for y := 2005; y <= 2028; y++ {
		hs, err := c.Holidays(y)
		require.NoError(t, err)
		koning := 0
		for _, h := range hs {
			assert.Equal(t, y, h.Date.Year())
			assert.NotEmpty(t, h.Source)
			switch h.Name {
			case calendar.NameKoninginnedag, calendar.NameKoningsdag:
				koning++
				assert.NotEqual(t, time.Sunday, h.Date.Weekday(), "King's day is never celebrated on a Sunday")
				if y <= 2013 {
					assert.Equal(t, calendar.NameKoninginnedag, h.Name)
				}
			}
			if h.Category == calendar.CategoryAtwLid3 {
				lid3++
				wd := h.Date.Weekday()
				assert.True(t, wd >= time.Monday && wd <= time.Friday, "a gelijkgestelde dag is a weekday: %s", h.Date)
				on, err := c.Holiday(h.Date)
				require.NoError(t, err)
				assert.Len(t, on, 1, "a gelijkgestelde dag is not already a feestdag: %s", h.Date)
			}
		}
		assert.Equal(t, 1, koning, "one King's or Queen's day in %d", y)
	}
	assert.Equal(t, 46, lid3, "46 gelijkgestelde dagen 2005-2028 (the besluiten of SOURCES.md)")

	on, err := c.Holiday(calendar.MustDate("2010-04-30"))
	require.NoError(t, err)
	require.Len(t, on, 1)
	assert.Equal(t, calendar.NameKoninginnedag, on[0].Name)
	on, err = c.Holiday(calendar.MustDate("2025-04-26"))
	require.NoError(t, err)
	require.Len(t, on, 1, "Koningsdag 2025 is celebrated on Saturday 26 April")
	on, err = c.Holiday(calendar.MustDate("2005-05-05"))
	require.NoError(t, err)
	assert.Len(t, on, 2, "Bevrijdingsdag and Hemelvaartsdag 2005")
}

func TestOptionsAreImmutable(t *testing.T) {
	c := mustNL(t)
	d := calendar.MustDate("2026-05-15")
	c2, err := c.With(calendar.WithoutGelijkgesteldeDagen(), calendar.WithSluitingsdagen(calendar.MustDate("2026-07-20")))
	require.NoError(t, err)
	w, _ := c.IsWerkdag(d)
	w2, _ := c2.IsWerkdag(d)
	assert.False(t, w, "the original calendar is unchanged")
	assert.True(t, w2)
	assert.Empty(t, c.Options())
	assert.Equal(t, "[WithoutGelijkgesteldeDagen WithSluitingsdagen(2026-07-20)]", fmtOptions(c2.Options()))
	c3, err := c2.With(calendar.WithSluitingsdagen(calendar.MustDate("2026-07-20"), calendar.MustDate("2026-07-21")))
	require.NoError(t, err)
	assert.Equal(t, "[WithoutGelijkgesteldeDagen WithSluitingsdagen(2026-07-20, 2026-07-21)]", fmtOptions(c3.Options()))

	days := []calendar.Date{calendar.MustDate("2026-07-22")}
	opt := calendar.WithSluitingsdagen(days...)
	days[0] = calendar.MustDate("2026-07-23")
	c4, err := c.With(opt)
	require.NoError(t, err)
	w, _ = c4.IsWerkdag(calendar.MustDate("2026-07-22"))
	assert.False(t, w, "the option copied its days")

	hs, _ := c.Holidays(2026)
	hs[0].Name = "changed"
	again, _ := c.Holidays(2026)
	assert.Equal(t, calendar.NameNieuwjaarsdag, again[0].Name, "Holidays returns a copy")
	assert.Equal(t, "Option(invalid)", calendar.Option{}.String())
}

func fmtOptions(opts []calendar.Option) string {
	s := "["
	for i, o := range opts {
		if i > 0 {
			s += " "
		}
		s += o.String()
	}
	return s + "]"
}

// TestConcurrentUse runs readers in parallel; go test -race checks that a
// Calendar needs no locks.
func TestConcurrentUse(t *testing.T) {
	c := mustNL(t)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			d := calendar.MustDate("2026-01-05").AddDays(g)
			for i := 0; i < 500; i++ {
				e, err := c.AddWerkdagen(d, i%50)
				if err != nil {
					t.Error(err)
					return
				}
				if _, err := c.WerkdagenTussen(d, e); err != nil {
					t.Error(err)
					return
				}
				if _, err := c.Holidays(2026); err != nil {
					t.Error(err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestTermCatalogue(t *testing.T) {
	terms := calendar.Terms()
	require.NotEmpty(t, terms)
	seen := map[calendar.TermID]bool{}
	for _, term := range terms {
		assert.False(t, seen[term.ID], "duplicate %s", term.ID)
		seen[term.ID] = true
		assert.NotEmpty(t, term.Source, term.ID)
		assert.NotEmpty(t, term.Omschrijving, term.ID)
		assert.NotEmpty(t, term.Actor, term.ID)
		assert.NotEmpty(t, term.Event, term.ID)
		assert.Positive(t, term.Termijn.N, term.ID)
		assert.Contains(t, []string{calendar.OriginVZ2013, calendar.OriginIWlz, calendar.OriginZorgkantoor}, term.Origin)
		assert.Equal(t, term.MaxVerlengingen > 0, term.Verlenging.N > 0, term.ID)
		_, err := term.Termijn.Unit.MarshalText()
		require.NoError(t, err)
		got, err := calendar.LookupTerm(term.ID)
		require.NoError(t, err)
		assert.Equal(t, term, got)
	}
	// Every term the calendar issue lists is in the catalogue.
	for _, id := range []calendar.TermID{
		calendar.TermContactClient, calendar.TermOverbruggingAanvraag, calendar.TermOverbruggingAanvraagStatusOnbekend,
		calendar.TermMutatie, calendar.TermMutatieStatusOnbekend, calendar.TermZorgkantoorMutatie, calendar.TermZorgkantoorAAT,
		calendar.TermZorgkantoorToewijzing, calendar.TermZorgkantoorContactGeenVoorkeur, calendar.TermZorgkantoorVerlengingEenDag,
		calendar.TermRegelzorg, calendar.TermOverbruggingMetUitloop, calendar.TermTransfer, calendar.TermTijdelijkeVertaling,
		calendar.TermPTZZonderVerblijf, calendar.TermBehandelingInOverbrugging, calendar.TermZorgweigeringBesluit,
		calendar.TermStopzettingBesluit, calendar.TermBezwaar, calendar.TermOverbruggingTweedeTermijn, calendar.TermSleuteldatum,
		calendar.TermRetourbericht, calendar.TermCorrectie,
	} {
		assert.True(t, seen[id], "catalogue lacks %s", id)
	}
	terms[0].Termijn.N = 99
	again, _ := calendar.LookupTerm(terms[0].ID)
	assert.NotEqual(t, 99, again.Termijn.N, "Terms returns a copy")
	_, err := calendar.LookupTerm("nope")
	require.ErrorIs(t, err, calendar.ErrInvalidTermijn)
	assert.Equal(t, `calendar: termijn "nope": not in the term catalogue`, err.Error())
}

func TestUnitText(t *testing.T) {
	for u := calendar.Werkdagen; u <= calendar.Maanden; u++ {
		b, err := u.MarshalText()
		require.NoError(t, err)
		var back calendar.Unit
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, u, back)
	}
	var u calendar.Unit
	require.NoError(t, u.UnmarshalText([]byte("werkdag")))
	assert.Equal(t, calendar.Werkdagen, u)
	require.ErrorIs(t, u.UnmarshalText([]byte("uren")), calendar.ErrInvalidTermijn)
	_, err := calendar.Unit(9).MarshalText()
	require.ErrorIs(t, err, calendar.ErrInvalidTermijn)
	assert.Equal(t, "Unit(9)", calendar.Unit(9).String())
	assert.Equal(t, "1 werkdag", calendar.Termijn{N: 1, Unit: calendar.Werkdagen}.String())
	assert.Equal(t, "-14 kalenderdagen", calendar.Termijn{N: -14, Unit: calendar.Kalenderdagen}.String())
	assert.Equal(t, "3 Unit(0)", calendar.Termijn{N: 3}.String())
	assert.Equal(t, "na", calendar.Na.String())
	assert.Equal(t, "voor", calendar.Voor.String())
	assert.Equal(t, "Richting(0)", calendar.Richting(0).String())
}
