package main

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/internal/attrib"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// sampleLines returns the sample's records that hold an article as text.
func sampleLines(b *testing.B) []inputLine {
	f, err := os.Open(sample)
	require.NoError(b, err)
	defer f.Close()
	var lines []inputLine
	require.NoError(b, readLines(f, sample, 64<<20, func(l inputLine) {
		if in, err := schema.Decode(l.Data, 64<<20); err == nil && !in.HTML {
			lines = append(lines, l)
		}
	}))
	return lines
}

// BenchmarkAttributeFn is the work of one worker per record: decoding the
// input line, attributing, encoding the record and the speaker tallies.
// Its bytes are the input lines'.
func BenchmarkAttributeFn(b *testing.B) {
	lines := sampleLines(b)
	var size int64
	for _, l := range lines {
		size += int64(len(l.Data))
	}
	fn := &attributeFn{Offsets: "runes", MaxArticle: 64 << 20}
	fn.Setup()
	discard := func(string) {}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			fn.ProcessElement(context.Background(), l, discard, discard, func(string, tally) {})
		}
	}
	b.ReportMetric(float64(b.N*len(lines))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAttribute is the baseline: speakers.Attribute alone on the same
// articles, already decoded, with the same bytes counted.
func BenchmarkAttribute(b *testing.B) {
	lines := sampleLines(b)
	var size int64
	var texts []string
	for _, l := range lines {
		size += int64(len(l.Data))
		in, _ := schema.Decode(l.Data, 64<<20)
		texts = append(texts, attrib.ValidUTF8(in.Text))
	}
	var a speakers.Attributor
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			a.Attribute(t)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "articles/s")
}
