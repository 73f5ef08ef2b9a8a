package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hugeSize is the size of the text of TestHugeText: 20 MB, or less under
// the race detector and -short.
func hugeSize() int {
	if testing.Short() || raceEnabled {
		return 4 << 20
	}
	return 20 << 20
}

// TestHugeText finds the quotes of a 20 MB text made of the test articles
// and the linearInputs, and checks them against the invariants.
func TestHugeText(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no test articles")
	var parts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		parts = append(parts, string(b))
	}
	for _, tt := range linearInputs {
		parts = append(parts, tt.make(8<<10))
	}
	part := strings.Join(parts, "\n\n")
	text := strings.Repeat(part, hugeSize()/len(part)+1)
	qs := checkFind(t, text)
	assert.GreaterOrEqual(t, len(qs), len(text)>>10, "Find(%d bytes): want more than one quote per KB", len(text))
}

func TestMaxElision(t *testing.T) {
	longest := 0
	for _, e := range elisions {
		longest = max(longest, len(e))
	}
	assert.Equal(t, longest, maxElision, "maxElision, the bytes of the longest elision")
}

// BenchmarkHostile measures Find on each of the linearInputs at 1 MB and
// 2 MB: the time per op of 2x should be about twice that of 1x.
func BenchmarkHostile(b *testing.B) {
	for _, tt := range linearInputs {
		for k := 1; k <= 2; k++ {
			text := tt.make(k << 20)
			b.Run(fmt.Sprintf("%s/%dx", strings.ReplaceAll(tt.name, " ", "-"), k), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Find(text)
				}
			})
		}
	}
}
