package allocation

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/wlzregels/zorgtoewijzing/calendar"
)

// Release is a version of the rules: the Voorschrift Zorgtoewijzing 2013
// or an iWlz release. It indexes the release table (Releases); a later
// release compares greater. The zero Release is "none": where a release
// is asked, the zero value selects the one in force on the dagtekening.
type Release uint8

// The releases of the table, oldest first. Adding a release is one row in
// releaseRows plus one constant here, and the registry rows of the rules
// it changes; every other rule keeps applying (its range is open-ended).
const (
	// VZ2013 is the Voorschrift Zorgtoewijzing 2013 (AWBZ, AZR 3.0). It
	// stands for every date before iWlz 2.0.
	VZ2013 Release = iota + 1
	// IWlz20 is iWlz 2.0, in production from 2018-04-01: MPT, Verblijf
	// instead of ZIN, no soort Alternatief or Transfer.
	IWlz20
	// IWlz21 is iWlz 2.1, from 2020-01-01: DTV with etmalen.
	IWlz21
	// IWlz22 is iWlz 2.2, from 2021-01-01: VKB, Urgent/Actief plaatsen, classificaties.
	IWlz22
	// IWlz23 is iWlz 2.3, from 2022-01-01: rules renumbered (TR046 is CS137, ...).
	IWlz23
	// IWlz24 is iWlz 2.4, from 2023-01-01: functies and klassen no longer used.
	IWlz24
)

// ReleaseInfo is one row of the release table.
type ReleaseInfo struct {
	// Name is "VZ2013" or "iWlz 2.2": the String and text form.
	Name string
	// Start is the first day the release is in production (zero for
	// VZ2013, which stands for every earlier date).
	Start calendar.Date
	// IWlz is true for an iWlz release, false for the Voorschrift.
	IWlz bool
	// Namespace is the version part of the iWlz message namespaces
	// ("2_2" in http://www.istandaarden.nl/iwlz/2_2/aw33/schema).
	Namespace string
	// Source cites the production date (SOURCES.md key and section).
	Source string
}

// releaseRows is the release table (SOURCES.md: iWlz-XSD ReleaseNotes,
// iWlz-codelijsten COD910/COD168, VZ2013).
var releaseRows = [...]ReleaseInfo{
	VZ2013: {Name: "VZ2013", Source: "VZ2013 (AWBZ, AZR 3.0); stands for every date before iWlz 2.0"},
	IWlz20: {Name: "iWlz 2.0", Start: ymd(2018, time.April, 1), IWlz: true, Namespace: "2_0", Source: "iWlz-XSD tag iWlz2.0-v1.9, ReleaseNotes"},
	IWlz21: {Name: "iWlz 2.1", Start: ymd(2020, time.January, 1), IWlz: true, Namespace: "2_1", Source: "iWlz-XSD tag iWlz2.1-v1.2, ReleaseNotes"},
	IWlz22: {Name: "iWlz 2.2", Start: ymd(2021, time.January, 1), IWlz: true, Namespace: "2_2", Source: "iWlz-XSD tag iWlz2.2-v1.0, mutaties.md"},
	IWlz23: {Name: "iWlz 2.3", Start: ymd(2022, time.January, 1), IWlz: true, Namespace: "2_3", Source: "iWlz-codelijsten COD910, COD168 (release 2.3)"},
	IWlz24: {Name: "iWlz 2.4", Start: ymd(2023, time.January, 1), IWlz: true, Namespace: "2_4", Source: "iWlz-codelijsten iWlz-codelijsten.md (release 2.4)"},
}

// ymd builds a date literal of this package's tables; the tests check
// every literal, so the error cannot happen.
func ymd(y int, m time.Month, d int) calendar.Date {
	date, _ := calendar.NewDate(y, m, d)
	return date
}

// ErrRelease is matched (errors.Is) by a *ReleaseError.
var ErrRelease = fmt.Errorf("allocation: unknown release")

// ReleaseError reports a Release value or name that is not in the table.
type ReleaseError struct {
	Input string
}

func (e *ReleaseError) Error() string {
	return fmt.Sprintf("allocation: unknown release %q (known: VZ2013, iWlz 2.0 to iWlz 2.4)", e.Input)
}

// Is makes errors.Is(err, ErrRelease) and errors.Is(err, ErrInvalid) true.
func (e *ReleaseError) Is(target error) bool { return target == ErrRelease || target == ErrInvalid }

// violation reports the error as an input violation of the release option.
func (e *ReleaseError) violation() Violation {
	return Violation{Rule: InputOption.In(0), Field: "Release", Value: e.Input,
		Message: fmt.Sprintf("%q is geen bekende release", e.Input)}
}

// Releases returns the release table, oldest first (a copy).
func Releases() []ReleaseInfo {
	return append([]ReleaseInfo(nil), std.releases[1:]...)
}

// ReleaseOn returns the release in force on d: every date before the
// first iWlz release is VZ2013; a zero d gives the zero Release.
func ReleaseOn(d calendar.Date) Release {
	if d.IsZero() {
		return 0
	}
	for r := len(std.releases) - 1; r > int(VZ2013); r-- {
		if !d.Before(std.releases[r].Start) {
			return Release(r)
		}
	}
	return VZ2013
}

// Judged returns r itself when r is set, else the release in force on
// dagtekening; an r outside the table is a *ReleaseError, never a
// silent "no rules".
func Judged(r Release, dagtekening calendar.Date) (Release, error) {
	if r == 0 {
		return ReleaseOn(dagtekening), nil
	}
	if !r.Valid() {
		return 0, &ReleaseError{Input: r.String()}
	}
	return r, nil
}

// Valid reports whether r is a row of the release table.
func (r Release) Valid() bool { return r >= VZ2013 && int(r) < len(std.releases) }

// Info returns the row of r (the zero row for an unknown release).
func (r Release) Info() ReleaseInfo {
	if !r.Valid() {
		return ReleaseInfo{}
	}
	return std.releases[r]
}

// Start returns the first day r is in production (zero for VZ2013).
func (r Release) Start() calendar.Date {
	if !r.Valid() {
		return calendar.Date{}
	}
	return std.releases[r].Start
}

// IWlz reports whether r is an iWlz release (not the 2013 Voorschrift).
func (r Release) IWlz() bool { return r.Valid() && std.releases[r].IWlz }

// String returns "VZ2013" or "iWlz 2.2", or "Release(n)" outside the table.
func (r Release) String() string {
	if !r.Valid() {
		return "Release(" + strconv.Itoa(int(r)) + ")"
	}
	return std.releases[r].Name
}

// ReleaseOfNamespace returns the release an iWlz message declares by its
// namespace, "http://www.istandaarden.nl/iwlz/2_2/aw33/schema" for iWlz
// 2.2 (iWlz-XSD 2.2), so that a decoded message is judged by the release
// it declares (pass it as Context.Release). A namespace of no release of
// the table is a *ReleaseError.
func ReleaseOfNamespace(ns string) (Release, error) {
	const prefix = "http://www.istandaarden.nl/iwlz/"
	rest, ok := strings.CutPrefix(ns, prefix)
	version, _, found := strings.Cut(rest, "/")
	if ok && found {
		for r := IWlz20; int(r) < len(std.releases); r++ {
			if std.releases[r].Namespace == version {
				return r, nil
			}
		}
	}
	return 0, &ReleaseError{Input: ns}
}

// ParseRelease reads the String form ("iWlz 2.2", "VZ2013").
func ParseRelease(s string) (Release, error) {
	for r := VZ2013; int(r) < len(std.releases); r++ {
		if s == std.releases[r].Name {
			return r, nil
		}
	}
	return 0, &ReleaseError{Input: s}
}

// MarshalText implements encoding.TextMarshaler (the String form).
func (r Release) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, &ReleaseError{Input: r.String()}
	}
	return []byte(r.String()), nil
}

// UnmarshalText accepts the String form ("iWlz 2.2").
func (r *Release) UnmarshalText(b []byte) error {
	v, err := ParseRelease(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
