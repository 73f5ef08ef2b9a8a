package quotes

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds the articles shared by the packages of the module.
const goldenDir = "../testdata"

// escapeBreaks shows line breaks inside a quote, so that a golden file has
// one quote per line.
var escapeBreaks = strings.NewReplacer("\n", `\n`, "\r", `\r`)

// renderGolden renders qs for a golden file, one quote per line:
//
//	start:end «content» kind [unclosed] depth=N [paragraphs=N]
//
// with start:end the quote's Span.
func renderGolden(text string, qs []Quote) []byte {
	var b bytes.Buffer
	for _, q := range qs {
		fmt.Fprintf(&b, "%v «%s» %v", q.Span, escapeBreaks.Replace(q.Content.Text(text)), q.Kind)
		if !q.Closed {
			b.WriteString(" unclosed")
		}
		fmt.Fprintf(&b, " depth=%d", q.Depth)
		if q.Paragraphs != 1 {
			fmt.Fprintf(&b, " paragraphs=%d", q.Paragraphs)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestGolden compares the quotes found in each testdata/NAME.txt with
// testdata/NAME.quotes.golden. Run go test -update to rewrite the golden
// files, then read the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no articles in %s", goldenDir)
	for _, name := range files {
		base := strings.TrimSuffix(filepath.Base(name), ".txt")
		t.Run(base, func(t *testing.T) {
			b, err := os.ReadFile(name)
			require.NoError(t, err)
			text := string(b)
			qs := Find(text)
			checkInvariants(t, text, qs)
			got := renderGolden(text, qs)
			golden := filepath.Join(goldenDir, base+".quotes.golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			if !bytes.Equal(got, want) {
				assert.Fail(t, "differs from the golden file", "Find(%s) differs from %s:\n%s", name, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+), in order.
// It is enough for golden files of a few dozen lines.
func lineDiff(want, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	inW := make(map[string]int)
	for _, l := range w {
		inW[l]++
	}
	inG := make(map[string]int)
	for _, l := range g {
		inG[l]++
	}
	var b strings.Builder
	for _, l := range w {
		if inG[l] == 0 && l != "" {
			b.WriteString("- " + l)
		}
	}
	for _, l := range g {
		if inW[l] == 0 && l != "" {
			b.WriteString("+ " + l)
		}
	}
	return b.String()
}
