//go:build race

package waitstatus_test

const raceEnabled = true
