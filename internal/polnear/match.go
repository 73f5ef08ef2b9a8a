package polnear

import (
	"sort"
	"unicode"
)

// Letters returns the positions of the letters and digits in t[s:e], the
// span clipped to t: score.py counts overlap in these only (Python's
// isalnum: letters and any number, so "½" and "²" count too).
func Letters(t []rune, s, e int) map[int]bool {
	out := map[int]bool{}
	for i := max(0, s); i < min(len(t), e); i++ {
		if unicode.IsLetter(t[i]) || unicode.IsNumber(t[i]) {
			out[i] = true
		}
	}
	return out
}

// GoldLetters returns the positions of the letters and digits of a gold
// statement, over all its segments.
func GoldLetters(text []rune, q GoldQuote) map[int]bool {
	segs := q.Segments
	if len(segs) == 0 {
		segs = [][2]int{{q.Start, q.End}}
	}
	out := map[int]bool{}
	for _, s := range segs {
		for k := range Letters(text, s[0], s[1]) {
			out[k] = true
		}
	}
	return out
}

// Match is score.py's match of the predictions of one article to its gold
// statements, by index into each.
type Match struct {
	// Best maps each found gold statement to the prediction that went to
	// it with the largest overlap (the first of equals).
	Best map[int]int
	// GoldOf maps each prediction that went to a found gold statement to
	// that statement. A prediction that went to a gold statement that was
	// not found is in neither map.
	GoldOf map[int]int
	// WentTo maps every prediction that went to a gold statement, found
	// or not, to that statement.
	WentTo map[int]int
}

// MatchQuotes matches preds to golds in text as score.py does: overlap is
// counted in letters and digits (see [Letters]); a prediction goes to the
// gold statement (of any kind) that holds at least half of it, the one
// that holds the most of it, the first of equals; a gold statement is
// found when the predictions that went to it cover at least half of it. A
// prediction without letters goes to none.
func MatchQuotes(text []rune, golds []GoldQuote, preds []PredQuote) Match {
	gpos := make([]map[int]bool, len(golds))
	for i, q := range golds {
		gpos[i] = GoldLetters(text, q)
	}
	type cand struct{ overlap, pi int }
	assigned := map[int][]cand{}
	ppos := make([]map[int]bool, len(preds))
	for pi, p := range preds {
		ppos[pi] = Letters(text, p.Start, p.End)
		best, bestG := 0, -1
		for gi, G := range gpos {
			inter := 0
			for k := range ppos[pi] {
				if G[k] {
					inter++
				}
			}
			if len(ppos[pi]) > 0 && 2*inter >= len(ppos[pi]) && inter > best {
				best, bestG = inter, gi
			}
		}
		if bestG >= 0 {
			assigned[bestG] = append(assigned[bestG], cand{best, pi})
		}
	}
	m := Match{Best: map[int]int{}, GoldOf: map[int]int{}, WentTo: map[int]int{}}
	for gi, cs := range assigned {
		for _, c := range cs {
			m.WentTo[c.pi] = gi
		}
	}
	for gi, cs := range assigned {
		cov := map[int]bool{}
		for _, c := range cs {
			for k := range ppos[c.pi] {
				if gpos[gi][k] {
					cov[k] = true
				}
			}
		}
		if 2*len(cov) >= len(gpos[gi]) {
			sort.SliceStable(cs, func(i, j int) bool { return cs[i].overlap > cs[j].overlap })
			m.Best[gi] = cs[0].pi
			for _, c := range cs {
				m.GoldOf[c.pi] = gi
			}
		}
	}
	return m
}
