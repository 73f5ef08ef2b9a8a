//go:build !race

package quotes

const raceEnabled = false
