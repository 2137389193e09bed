package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// addDays shifts an ISO date by n days (the generator's own arithmetic;
// the library under test never sees time.Time).
func addDays(iso string, n int) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		panic(err)
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// randDate is a date between from and from+span days.
func randDate(r *rand.Rand, from string, span int) string {
	return addDays(from, r.IntN(span+1))
}

// bsn makes a nine-digit number from eight digits plus the check digit of
// the 11-proef as the stylesheet computes it; ok=false makes the check digit
// wrong on purpose.
func bsn(r *rand.Rand, ok bool) string {
	for {
		d := make([]int, 9)
		sum := 0
		for i := 0; i < 8; i++ {
			d[i] = r.IntN(10)
			sum += (9 - i) * d[i]
		}
		last := sum % 11
		if last == 10 {
			continue
		}
		if !ok {
			last = (last + 1 + r.IntN(8)) % 10
			if (sum-last)%11 == 0 {
				continue
			}
		}
		d[8] = last
		s := ""
		for _, x := range d {
			s += fmt.Sprint(x)
		}
		return s
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }
