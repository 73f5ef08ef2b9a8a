package speakers

import (
	"os"
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
