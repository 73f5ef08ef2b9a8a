package speakers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDirectQuotes holds the rules for direct quotations of issue 13's
// fifth round: bylines, inverted speakers the word lists cannot parse and
// names between a quotation and its cue.
func TestDirectQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a byline alone in the next paragraph", "The debate ran late.\n\n\"The ferries will run on time.\"\n\n- Nell Ostrow.\n\nThe ferries have not run on time since May.",
			[]string{`direct «"The ferries will run on time."» ← Nell Ostrow [Nell Ostrow] (-; dash-byline)`}},
		{"a byline with a dash and a place", "\"The ferries will run on time.\"\n\n— Tom Hale, Dover.",
			[]string{`direct «"The ferries will run on time."» ← Tom Hale [Tom Hale] (—; dash-byline)`}},
		{"a byline after a full stop outside the marks", "\"The ferries will run on time\".\n\n—Tom Hale, tweeting after the vote.",
			[]string{`direct «"The ferries will run on time"» ← Tom Hale [Tom Hale] (—; dash-byline)`}},
		{"a dash that opens a long paragraph is no byline", "\"The ferries will run on time.\"\n\n— The ferries, which the council bought in 2009 from a yard in the north of the country, have not run on time since May.",
			[]string{`direct «"The ferries will run on time."» ← - (-; no-speaker)`}},
		{"a quotation that does not end its paragraph", "\"The ferries will run on time,\" the notice said, and nobody believed it.\n\n- Tom Hale.",
			[]string{`direct «"The ferries will run on time,"» ← the notice [the notice] (said; cue-after)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Attribute(tt.text)
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(renderAll(tt.text, r), "\n"))
		})
	}
}
