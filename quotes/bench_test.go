package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readDW(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "dw-raimondo-beijing-2023.txt"))
	require.NoError(tb, err)
	return string(b)
}

func BenchmarkFind(b *testing.B) {
	text := readDW(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkAppendQuotes(b *testing.B) {
	text := readDW(b)
	dst := make([]Quote, 0, 64)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = AppendQuotes(dst[:0], text)
	}
}

func TestAppendQuotesAllocs(t *testing.T) {
	text := readDW(t)
	dst := make([]Quote, 0, len(Find(text)))
	var f Finder
	assert.Zero(t, testing.AllocsPerRun(100, func() { dst = f.AppendQuotes(dst[:0], text) }), "allocations of Finder.AppendQuotes(dst with room, DW article)")
	assert.Zero(t, testing.AllocsPerRun(100, func() { dst = AppendQuotes(dst[:0], text) }), "allocations of AppendQuotes(dst with room, DW article)")
}
