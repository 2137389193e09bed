//go:build race

package allocation_test

const raceEnabled = true
