package speakers

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenText renders a Result for review: one statement per line,
// "start:end kind «text» ← speaker [mention] (cue; rule confidence)", then
// the speakers.
func goldenText(text string, r Result) string {
	var b strings.Builder
	for _, a := range r.Attributions {
		fmt.Fprintf(&b, "%d:%d %s\n", a.Content.Start, a.Content.End, strings.Join(strings.Fields(render(text, r, a)), " "))
		for _, f := range a.Fragments {
			fmt.Fprintf(&b, "    fragment %d:%d %s\n", f.Start, f.End, f.Text(text))
		}
	}
	b.WriteString("\nspeakers:\n")
	for _, s := range r.Speakers {
		var ms []string
		for _, m := range s.Mentions {
			ms = append(ms, strings.Join(strings.Fields(m.Text(text)), " "))
		}
		fmt.Fprintf(&b, "%s (%s) titles=%q mentions=%q\n", s.Name, s.Kind, s.Titles, ms)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no testdata articles")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			got := goldenText(string(b), Attribute(string(b)))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), got, "Attribute(%s) differs from %s (go test -update rewrites it)", f, golden)
		})
	}
}

// TestSeedArticle checks the statements of the test article that the
// mission names, independently of the golden file.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/dw-raimondo-beijing-2023.txt")
	require.NoError(t, err)
	text := string(b)
	r := Attribute(text)
	want := []struct{ contains, kind, speaker string }{
		{"'stable'", "fragment", "Gina Raimondo"},
		{`"profoundly important" for China`, "mixed", "Gina Raimondo"},
		{"It's a challenging relationship", "direct", "Gina Raimondo"},
		{"make progress if we are direct", "direct", "Gina Raimondo"},
		{"It is profoundly important that we have", "direct", "Gina Raimondo"},
		{"no room to compromise", "direct", "Gina Raimondo"},
		{"actionable, concrete steps", "mixed", "Gina Raimondo"},
		{"challenges are significant", "mixed", "Gina Raimondo"},
		{"US-China relations matter to the rest of the world", "indirect", "Wang Wentao"},
		{"foster a more favorable policy environment", "mixed", "Wang Wentao"},
		{"worked over the summer", "mixed", "Wang Wentao"},
		{"progress had been made on the stabilization", "indirect", "Janet Yellen"},
	}
	for _, w := range want {
		found := false
		for _, a := range r.Attributions {
			if !strings.Contains(a.Text(text), w.contains) {
				continue
			}
			found = true
			who := ""
			if a.Speaker >= 0 {
				who = r.Speakers[a.Speaker].Name
			}
			assert.Equal(t, w.kind, a.Kind.String(), "kind of statement %q", w.contains)
			assert.Equal(t, w.speaker, who, "speaker of statement %q", w.contains)
		}
		assert.True(t, found, "no statement contains %q", w.contains)
	}
	for _, a := range r.Attributions {
		if a.Speaker < 0 {
			continue
		}
		n := r.Speakers[a.Speaker].Name
		assert.NotContains(t, []string{"Andy Wong", "Xi Jinping", "Joe Biden", "Nancy Pelosi", "Reuters"}, n, "%q given to %s", a.Text(text), n)
	}
}
