package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/speakers"
)

// TestScore scores an invented gold file: two gold statements whose cue is
// speech ("said", "has said"), one of thought, one of appearance
// ("reportedly") and a quotation; the predictions hit each of them, and
// one hits nothing.
func TestScore(t *testing.T) {
	tests := []struct {
		act                speakers.Act
		gold, found, right int
		pred, tp, tpRight  int
		fp                 map[string]int
	}{
		{speakers.Speech, 2, 2, 1, 5, 2, 1, map[string]int{fpNone: 1, "gold of act thought": 1, "gold of act appearance": 1}},
		{speakers.Thought, 1, 1, 1, 5, 1, 1, map[string]int{fpNone: 1, "gold of act speech": 2, "gold of act appearance": 1}},
		{speakers.Intent, 0, 0, 0, 5, 0, 0, map[string]int{fpNone: 1, "gold of act speech": 2, "gold of act thought": 1, "gold of act appearance": 1}},
	}
	for _, tc := range tests {
		t.Run(tc.act.String(), func(t *testing.T) {
			got, err := scoreFiles("testdata/gold.jsonl", "testdata/pred.jsonl", tc.act)
			require.NoError(t, err)
			assert.Equal(t, &tally{gold: tc.gold, found: tc.found, foundRight: tc.right, pred: tc.pred, tp: tc.tp, tpRight: tc.tpRight, fpOther: tc.fp, missed: map[string]int{}}, got)
		})
	}
	got, err := scoreFiles("testdata/gold.jsonl", "testdata/pred.jsonl", speakers.Speech)
	require.NoError(t, err)
	var out bytes.Buffer
	got.print(&out, speakers.Speech)
	assert.Contains(t, out.String(), "speech          2      5   0.400   1.000   0.571   0.200   0.500   0.286\n")
	assert.NotContains(t, out.String(), "count was wrong", "no text of the corpus")

	_, err = scoreFiles("testdata/nope.jsonl", "testdata/pred.jsonl", speakers.Speech)
	assert.Error(t, err)
}

// TestShow: -show is for training files only, and prints the examples of
// its class from the invented gold file.
func TestShow(t *testing.T) {
	tests := []struct {
		show, path string
		ok         bool
	}{
		{"", "polnear-dev.jsonl", true},
		{"fp", "polnear-train.jsonl", true},
		{"miss", "../x/polnear-train.jsonl", true},
		{"fp", "polnear-dev.jsonl", false},
		{"fp", "train-dev.jsonl", false},
		{"miss", "polnear-test.jsonl", false},
		{"fp", "gold.jsonl", false},
		{"all", "polnear-train.jsonl", false},
	}
	for _, tc := range tests {
		err := checkShow(tc.show, tc.path)
		assert.Equal(t, tc.ok, err == nil, "%s %s: %v", tc.show, tc.path, err)
	}
	got, err := scoreFilesShow("testdata/gold.jsonl", "testdata/pred.jsonl", speakers.Speech, "fp")
	require.NoError(t, err)
	require.Len(t, got.shown, 1, "one prediction matches no gold")
	var out bytes.Buffer
	got.printShown(&out, 5)
	assert.Contains(t, out.String(), "1 examples of fp\n")
	assert.Contains(t, out.String(), "pred [")
}

// TestWhy sorts the misses and the false positives of an invented article
// by what overlaps them: a prediction inside a longer statement ("said the
// plan failed" of "the plan failed because …"), one that holds a statement
// in less than half of itself ("Lee Fox told reporters the vote was
// close"), and a statement no prediction touches ("said yes").
func TestWhy(t *testing.T) {
	got, err := scoreFiles("testdata/bounds-gold.jsonl", "testdata/bounds-pred.jsonl", speakers.Speech)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{fpInside: 1, fpAcross: 1}, got.fpOther)
	assert.Equal(t, map[string]int{missShort: 1, missOther: 1, missNone: 1}, got.missed)
	assert.Equal(t, 3, got.gold)
	assert.Zero(t, got.found)
	var out bytes.Buffer
	got.print(&out, speakers.Speech)
	assert.Contains(t, out.String(), "missed, no prediction overlapping it: 1\n")
}
