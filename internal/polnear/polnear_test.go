package polnear

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLetters(t *testing.T) {
	text := []rune("Né 42, «oui»! ½²")
	tests := []struct {
		name string
		s, e int
		want []int
	}{
		{"whole", 0, len(text), []int{0, 1, 3, 4, 8, 9, 10, 14, 15}},
		{"punctuation only", 5, 8, nil},
		{"clipped to the text", -3, 2, []int{0, 1}},
		{"past the end", 10, 99, []int{10, 14, 15}},
		{"numbers that are not digits", 13, 16, []int{14, 15}},
		{"empty", 4, 4, nil},
		{"reversed", 4, 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := map[int]bool{}
			for _, i := range tc.want {
				want[i] = true
			}
			assert.Equal(t, want, Letters(text, tc.s, tc.e))
		})
	}
}

// span returns the rune span of the first sub in text.
func span(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(sub)
	}
	s := len([]rune(text[:i]))
	return s, s + len([]rune(sub))
}

func TestMatchQuotes(t *testing.T) {
	text := `Émile Roux said the bridge was safe. "It will stand," he added. Mayor Lin doubts it, aides said.`
	a, ae := span(text, "the bridge was safe")
	b, be := span(text, `"It will stand,"`)
	c, ce := span(text, "Mayor Lin doubts it")
	gold := []GoldQuote{
		{Start: a, End: ae, Kind: "indirect"},
		{Start: b, End: be, Kind: "direct"},
		{Segments: [][2]int{{c, c + 9}, {c + 10, ce}}, Kind: "indirect"}, // Segments win over Start, End
	}
	tests := []struct {
		name   string
		preds  []Span
		best   map[int]int
		goldOf map[int]int
		wentTo map[int]int // nil: the same as goldOf
	}{
		{"exact", []Span{{a, ae}, {b, be}}, map[int]int{0: 0, 1: 1}, map[int]int{0: 0, 1: 1}, nil},
		{"no predictions", nil, map[int]int{}, map[int]int{}, nil},
		{"half of the gold is found", []Span{{a, a + 10}}, map[int]int{0: 0}, map[int]int{0: 0}, nil},
		{"less than half is not", []Span{{a, a + 6}}, map[int]int{}, map[int]int{}, map[int]int{0: 0}},
		{"two halves cover it, the larger is best", []Span{{a, a + 6}, {a + 7, ae}}, map[int]int{0: 1}, map[int]int{0: 0, 1: 0}, nil},
		{"a prediction mostly outside goes nowhere", []Span{{0, a + 3}}, map[int]int{}, map[int]int{}, nil},
		{"to the gold holding the most of it", []Span{{ae - 4, be}}, map[int]int{1: 0}, map[int]int{0: 1}, nil},
		{"no letters, no match", []Span{{b, b + 1}}, map[int]int{}, map[int]int{}, nil},
		{"segments", []Span{{c, ce}}, map[int]int{2: 0}, map[int]int{0: 2}, nil},
		{"equal overlaps: the first is best", []Span{{b, be}, {b, be}}, map[int]int{1: 0}, map[int]int{0: 1, 1: 1}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var preds []PredQuote
			for _, s := range tc.preds {
				preds = append(preds, PredQuote{Start: s.Start, End: s.End})
			}
			m := MatchQuotes([]rune(text), gold, preds)
			assert.Equal(t, tc.best, m.Best, "Best")
			assert.Equal(t, tc.goldOf, m.GoldOf, "GoldOf")
			if tc.wentTo == nil {
				tc.wentTo = tc.goldOf
			}
			assert.Equal(t, tc.wentTo, m.WentTo, "WentTo: found or not")
		})
	}
}

func TestHeadWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ann Bell", "bell"},
		{"Mrs. Ann Bell", "bell"},
		{"Ann Bell's", "bell"},
		{"Ann Bell’s office", "office"},
		{"Tom O'Shea", "shea"},
		{"Ann Bell Jr.", "bell"},
		{"Dr.", ""},
		{"", ""},
		{"the 3 judges", "judges"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, HeadWord(tc.in), "HeadWord(%q)", tc.in)
	}
}

func TestSpeakerRight(t *testing.T) {
	s, e := 0, 8
	q := GoldQuote{Speaker: "Ann Bell's", SpeakerCanonical: "Mrs. Ann Bell", SpeakerStart: &s, SpeakerEnd: &e}
	pron := GoldQuote{Speaker: "she", SpeakerCanonical: "she"}
	tests := []struct {
		name    string
		q       GoldQuote
		speaker string // as in a prediction file
		want    bool
	}{
		{"null", q, `null`, false},
		{"bare name", q, `"Bell"`, true},
		{"head word, honorific dropped", q, `{"name": "Dr. Bell"}`, true},
		{"mention overlaps", q, `{"name": "she", "mention": {"start": 4, "end": 7}}`, true},
		{"mention apart", q, `{"name": "she", "mention": {"start": 9, "end": 12}}`, false},
		{"other name", q, `{"name": "Dunn", "mention": null}`, false},
		{"pronoun name", q, `"her"`, false},
		{"canonical name only", GoldQuote{Speaker: "the minister", SpeakerCanonical: "Ann Bell"}, `"Bell"`, true},
		{"pronoun gold matches no name", pron, `"she"`, false},
		{"empty name", q, `{"name": ""}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p PredQuote
			require.NoError(t, json.Unmarshal([]byte(`{"speaker": `+tc.speaker+`}`), &p))
			assert.Equal(t, tc.want, SpeakerRight(tc.q, p))
		})
	}
}

func TestHasSpeaker(t *testing.T) {
	assert.False(t, HasSpeaker(GoldQuote{}))
	assert.True(t, HasSpeaker(GoldQuote{Speaker: "she"}))
	assert.True(t, HasSpeaker(GoldQuote{SpeakerCanonical: "Ann Bell"}))
}

func write(t *testing.T, text string) string {
	path := filepath.Join(t.TempDir(), "f.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

func TestReadGold(t *testing.T) {
	path := write(t, `{"id": "a", "text": "Ann said so.", "quotes": [{"start": 9, "end": 11, "kind": "indirect", "speaker": "Ann", "speaker_start": 0, "speaker_end": 3, "speaker_canonical": "Ann Bell", "cue": "said"}]}

{"id": "b", "text": "", "quotes": []}
`)
	got, err := ReadGold(path)
	require.NoError(t, err)
	s, e := 0, 3
	assert.Equal(t, []GoldArticle{
		{ID: "a", Text: "Ann said so.", Quotes: []GoldQuote{{Start: 9, End: 11, Kind: "indirect", Speaker: "Ann",
			SpeakerStart: &s, SpeakerEnd: &e, SpeakerCanonical: "Ann Bell", Cue: "said"}}},
		{ID: "b", Text: "", Quotes: []GoldQuote{}},
	}, got)
}

func TestReadPred(t *testing.T) {
	path := write(t, `{"id": "a", "quotes": [{"start": 1, "end": 5, "kind": "indirect", "rule": "cue-after", "cue": {"text": "said", "start": 6, "end": 10}, "speaker": {"name": "Ann", "mention": {"start": 0, "end": 3}}}, {"start": 7, "end": 9, "kind": "direct", "speaker": null}, {"start": 7, "end": 9, "speaker": "Bo"}]}
{"id": "b", "quotes": []}
`)
	got, err := ReadPred(path)
	require.NoError(t, err)
	assert.Equal(t, map[string][]PredQuote{
		"a": {
			{Start: 1, End: 5, Kind: "indirect", Rule: "cue-after", Cue: &Cue{Text: "said", Start: 6, End: 10},
				Speaker: &Speaker{Name: "Ann", Mention: &Span{0, 3}}},
			{Start: 7, End: 9, Kind: "direct"},
			{Start: 7, End: 9, Speaker: &Speaker{Name: "Bo"}},
		},
		"b": {},
	}, got)
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"bad JSON", "{\"id\": \"a\"}\n{nope\n", "f.jsonl:2: "},
		{"bad speaker", "\n{\"id\": \"a\", \"quotes\": [{\"speaker\": 7}]}\n", "f.jsonl:2: polnear: speaker"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadPred(write(t, tc.text))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	_, err := ReadGold(filepath.Join(t.TempDir(), "none.jsonl"))
	assert.Error(t, err)
	_, err = ReadPred(filepath.Join(t.TempDir(), "none.jsonl"))
	assert.Error(t, err)
}
