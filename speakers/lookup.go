package speakers

import (
	"sort"
	"strings"
)

// mentionBefore returns the start of the last mention of e, in the order
// the mentions were added, that starts before pos, or -1 if there is none.
// Mentions are almost always added in text order; then it searches, else it
// scans.
func (e *entity) mentionBefore(pos int) int {
	ms := e.mentions
	if e.unsorted {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].Start < pos {
				return ms[k].Start
			}
		}
		return -1
	}
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= pos }) - 1
	if k < 0 {
		return -1
	}
	return ms[k].Start
}

// titleWords returns the lower-case words of the title t, computed once per
// Attribute call.
func (r *registry) titleWords(t string) []string {
	if ws, ok := r.titleFields[t]; ok {
		return ws
	}
	if r.titleFields == nil {
		r.titleFields = map[string][]string{}
	}
	ws := strings.Fields(strings.ToLower(t))
	r.titleFields[t] = ws
	return ws
}
