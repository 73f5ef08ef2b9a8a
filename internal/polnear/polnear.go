// Package polnear reads a gold corpus in the PolNeAR JSON Lines format (see
// ../shared/eval/README.md) and whosaid's predictions for it, and matches
// them as ../shared/eval/score.py does. It is shared by the evaluation
// commands internal/misses and internal/speechscore.
//
// All offsets are in Unicode code points (runes) of the article's text,
// half-open: End is the first rune after the span.
package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// GoldQuote is one gold statement of an article.
type GoldQuote struct {
	Start, End       int      // the statement's span, in runes
	Segments         [][2]int // its parts when it is discontinuous; empty means [Start, End)
	Kind             string   // "direct", "indirect" or "mixed"
	Speaker          string   // the speaker's words in the text
	SpeakerCanonical string   `json:"speaker_canonical"` // the speaker's full name, if annotated
	SpeakerStart     *int     `json:"speaker_start"`     // the speaker mention's span, in runes, if annotated
	SpeakerEnd       *int     `json:"speaker_end"`
	Cue              string   // the cue's text, e.g. "said"
}

// GoldArticle is one line of a gold file.
type GoldArticle struct {
	ID     string
	Text   string
	Quotes []GoldQuote
}

// Span is a half-open span of runes.
type Span struct{ Start, End int }

// Speaker is a predicted speaker: a name, and the mention it was read from
// (nil when there is none).
type Speaker struct {
	Name    string
	Mention *Span
}

// UnmarshalJSON takes a speaker as whosaid writes it, an object {"name",
// "mention"}, or as score.py also accepts it, a bare name.
func (s *Speaker) UnmarshalJSON(b []byte) error {
	var name string
	if json.Unmarshal(b, &name) == nil {
		*s = Speaker{Name: name}
		return nil
	}
	var o struct {
		Name    string
		Mention *Span
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return fmt.Errorf("polnear: speaker: want a name or {\"name\", \"mention\"}: %v", err)
	}
	*s = Speaker(o)
	return nil
}

// Cue is a predicted statement's cue.
type Cue struct {
	Text       string
	Start, End int
}

// PredQuote is one predicted statement.
type PredQuote struct {
	Start, End int
	Kind       string
	Rule       string
	Cue        *Cue     // nil when the prediction has none
	Speaker    *Speaker // nil when the speaker is null or missing
}

// PredArticle is one line of a prediction file (whosaid -format jsonl).
type PredArticle struct {
	ID     string
	Quotes []PredQuote
}

// ReadLines calls f with each non-blank line of the file at path (lines of
// up to 256 MiB). An error of f is returned with the file and line number.
func ReadLines(path string, f func(line []byte) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// EachGold calls f with each article of the gold file at path, in order.
func EachGold(path string, f func(GoldArticle) error) error {
	return ReadLines(path, func(b []byte) error {
		var a GoldArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		return f(a)
	})
}

// ReadGold returns the articles of the gold file at path, in order.
func ReadGold(path string) ([]GoldArticle, error) {
	var out []GoldArticle
	err := EachGold(path, func(a GoldArticle) error {
		out = append(out, a)
		return nil
	})
	return out, err
}

// ReadPred returns the predicted statements of the prediction file at
// path by article ID; of two lines with the same ID, the last counts.
func ReadPred(path string) (map[string][]PredQuote, error) {
	out := map[string][]PredQuote{}
	err := ReadLines(path, func(b []byte) error {
		var a PredArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		out[a.ID] = a.Quotes
		return nil
	})
	return out, err
}
