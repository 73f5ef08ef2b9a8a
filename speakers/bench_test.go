package speakers

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/require"
)

func benchText(b *testing.B) string {
	data, err := os.ReadFile("../testdata/dw-raimondo-beijing-2023.txt")
	require.NoError(b, err)
	return string(data)
}

// BenchmarkAttribute measures whosaid end to end: quotes, cues, speakers and
// their resolution.
func BenchmarkAttribute(b *testing.B) {
	text := benchText(b)
	Attribute(text) // load the word lists outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Attribute(text)
	}
}

// BenchmarkAttributePOS is BenchmarkAttribute with the part-of-speech
// tagger on (Attributor.POS), for the ablation in README.md, "Acts".
func BenchmarkAttributePOS(b *testing.B) {
	text := benchText(b)
	a := Attributor{POS: true}
	a.Attribute(text) // load the word lists and the tagger outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		a.Attribute(text)
	}
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// BenchmarkProseBaseline measures prose's own pipeline (tokenize, segment,
// tag, entities) on the same text, with its model loaded once and reused:
// the baseline that BenchmarkAttribute is compared with.
func BenchmarkProseBaseline(b *testing.B) {
	text := benchText(b)
	proseOnce.Do(func() { proseModel = prose.ModelFromData("en") })
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, err := prose.NewDocument(text, prose.UsingModel(proseModel))
		require.NoError(b, err)
	}
}

// sensesText is an invented article dense in cues whose object may be a
// thing or a statement (added a goal; added the council would vote): the
// worst case for Attributor.POS, which tags each such clause.
const sensesText = `Ann Bell added a third goal before the break. The coach added the team would rest on Sunday. Dunn wrote a book about the campaign, and Bell wrote the council a letter. Mayor Lee tweeted a photo of the crowd. Lee tweeted the crowd was the largest in years. "We will win," Bell said. Bell added two goals in the second half, and the Ledger won. Ortiz wrote the budget was a disgrace. Ortiz added a line to the budget on Friday. Bell said the count was wrong.

`

// BenchmarkSenses measures Attribute on sensesText with the word lists
// and with the tagger, for the ablation in README.md, "Acts".
func BenchmarkSenses(b *testing.B) {
	text := strings.Repeat(sensesText, 8)
	for _, pos := range []bool{false, true} {
		name := "lists"
		if pos {
			name = "pos"
		}
		b.Run(name, func(b *testing.B) {
			a := Attributor{POS: pos}
			a.Attribute(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				a.Attribute(text)
			}
		})
	}
}
