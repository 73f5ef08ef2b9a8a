package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/whosaid/whosaid/internal/polnear"
)

func TestArticleClasses(t *testing.T) {
	text := `"We will win," Ana Ruiz said. Tom Hale said the vote was close. Voters hope for rain.`
	// rune offsets: the text is ASCII
	q1 := strings.Index(text, `"We`)
	q1e := strings.Index(text, ` Ana`)
	c2 := strings.Index(text, "the vote")
	c2e := strings.Index(text, ". Voters")
	c3 := strings.Index(text, "for rain")
	c3e := len(text) - 1
	ss := strings.Index(text, "Ana Ruiz")
	se := ss + len("Ana Ruiz")
	g := polnear.GoldArticle{ID: "a", Text: text, Quotes: []polnear.GoldQuote{
		{Start: q1, End: q1e, Kind: "direct", Speaker: "Ana Ruiz", SpeakerStart: &ss, SpeakerEnd: &se},
		{Start: c2, End: c2e, Kind: "indirect", Speaker: "Tom Hale", Cue: "said"},
		{Start: c3, End: c3e, Kind: "indirect", Speaker: "Voters", Cue: "hope"},
	}}
	preds := []polnear.PredQuote{
		{Start: q1, End: q1e, Kind: "direct", Rule: "cue-after", Speaker: &polnear.Speaker{Name: "Ana Ruiz"}},
		{Start: c2, End: c2e, Kind: "indirect", Rule: "cue-before", Speaker: &polnear.Speaker{Name: "Voters"}},
		{Start: 0, End: 1, Kind: "direct", Rule: "no-speaker"}, // no letters: a false positive, as in score.py
	}
	r := &report{counts: map[string]int{}, cues: map[string]int{}, rules: map[string]*[3]int{}}
	r.article(g, preds)
	want := map[string]int{
		"right-speaker/direct":                              1,
		"wrong-speaker/indirect/name/cue-before,no-mention": 1,
		"missed-indirect/other-cue/not-found":               1,
		"false-positive/direct/no-speaker":                  1,
	}
	for k, v := range want {
		assert.Equal(t, v, r.counts[k], "counts[%q] (all: %v)", k, r.counts)
	}
	if got := r.rules["indirect/cue-before"]; assert.NotNil(t, got, "rules[indirect/cue-before]") {
		assert.Equal(t, [3]int{1, 1, 0}, *got, "rules[indirect/cue-before]")
	}
}
