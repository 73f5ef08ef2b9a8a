//go:build !race

package speakers

const raceEnabled = false
