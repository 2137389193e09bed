//go:build !race

package waitstatus_test

const raceEnabled = false
