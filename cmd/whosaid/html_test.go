package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/schema"
)

const page = "../../testdata/dw-raimondo-beijing-2023.html"

// statement is what a test compares between two runs: offsets differ when
// the texts do.
type statement struct{ Kind, Text, Speaker string }

func statements(a schema.Article) []statement {
	var out []statement
	for _, q := range a.Quotes {
		s := statement{Kind: q.Kind, Text: q.Text}
		if q.Speaker != nil {
			s.Speaker = q.Speaker.Name
		}
		out = append(out, s)
	}
	return out
}

// TestHTMLSameStatements checks that the test article wrapped in a news
// site's layout gives the statements of the plain text, each with the same
// speaker, and that the offsets slice the extracted text.
func TestHTMLSameStatements(t *testing.T) {
	out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", article, page)
	require.Equal(t, 0, st, stderr)
	recs := decode(t, out)
	require.Len(t, recs, 2)
	plain, html := recs[0].Article, recs[1].Article
	assert.Equal(t, statements(plain), statements(html))
	assert.Len(t, html.Quotes, 16)
	assert.Empty(t, plain.Text, "a text article's record has no text")
	assert.Equal(t, "US wants 'stable' ties with China, commerce secretary says", html.Title)
	assert.Equal(t, "Sarah Dietz", html.Author)
	assert.Equal(t, "2023-08-28", html.Date)
	assert.Contains(t, html.URL, "https://news.example.org/")
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		out, _, st := runCmd(t, command{}, "", "-format", "json", "-offsets", unit, page)
		require.Equal(t, 0, st)
		a := decode(t, out)[0].Article
		assert.Positive(t, checkSpans(t, a.Text, a), "-offsets %s", unit)
	}
}

// TestHTMLCheckSeed runs the seed check of ../shared/eval on the wrapped
// test article, against the text extracted from it, when the check is there.
func TestHTMLCheckSeed(t *testing.T) {
	script := "../../../shared/eval/check_seed.py"
	if _, err := os.Stat(script); err != nil {
		t.Skip("no ../shared/eval/check_seed.py")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	out, _, st := runCmd(t, command{}, "", "-format", "jsonl", page)
	require.Equal(t, 0, st)
	dir := t.TempDir()
	text := filepath.Join(dir, "extracted.txt")
	pred := filepath.Join(dir, "pred.jsonl")
	require.NoError(t, os.WriteFile(text, []byte(decode(t, out)[0].Text), 0o644))
	require.NoError(t, os.WriteFile(pred, []byte(out), 0o644))
	res, err := exec.Command(python, script, text, pred).CombinedOutput()
	require.NoError(t, err, "%s", res)
	assert.Contains(t, string(res), "12/12 seed checks pass")
}

func TestHTMLInput(t *testing.T) {
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	noArticle, err := os.ReadFile("../../testdata/no-article.html")
	require.NoError(t, err)
	line := func(m map[string]any) string {
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return string(b)
	}
	in := strings.Join([]string{
		line(map[string]any{"id": "page", "html": string(b), "url": "https://mirror.example.net/a"}),
		line(map[string]any{"id": "both", "html": "<p>x</p>", "text": "x"}),
		line(map[string]any{"id": "none"}),
		line(map[string]any{"id": "null", "html": nil}),
		line(map[string]any{"id": "num", "html": 5}),
		line(map[string]any{"id": "badurl", "html": "<p>x</p>", "url": 5}),
		line(map[string]any{"id": "empty", "html": string(noArticle)}),
		line(map[string]any{"id": "text", "text": "Ana Ruiz said the ferry would run."}),
	}, "\n")
	out, stderr, st := runCmd(t, command{}, in, "-format", "jsonl")
	assert.Equal(t, 1, st)
	assert.Contains(t, stderr, "6 of 8 records failed")
	recs := decode(t, out)
	require.Len(t, recs, 8, "one record per line")
	for i, want := range []struct{ id, err string }{
		{"page", ""},
		{"both", `stdin:2: both "text" and "html"`},
		{"none", `stdin:3: no "text" or "html" field`},
		{"null", `stdin:4: "html" is null`},
		{"num", `stdin:5: "html" is not a string`},
		{"badurl", `stdin:6: "url" is not a string`},
		{"empty", "stdin:7: extract: no article found in the page"},
		{"text", ""},
	} {
		assert.Equal(t, want.id, recs[i].ID)
		if want.err == "" {
			assert.Empty(t, recs[i].Error, "record %d", i)
		} else {
			assert.True(t, strings.HasPrefix(recs[i].Error, want.err), "record %d: error %q, want %q…", i, recs[i].Error, want.err)
		}
	}
	assert.Equal(t, "https://mirror.example.net/a", recs[0].URL)
	assert.Len(t, recs[0].Quotes, 16)
	assert.Empty(t, recs[7].Text+recs[7].Title+recs[7].URL, "a text record has no page fields")

	// -input html reads standard input as a page; .htm is a page too.
	out, stderr, st = runCmd(t, command{}, string(b), "-format", "jsonl", "-input", "html")
	require.Equal(t, 0, st, stderr)
	assert.Len(t, decode(t, out)[0].Quotes, 16)
	htm := filepath.Join(t.TempDir(), "story.HTM")
	require.NoError(t, os.WriteFile(htm, b, 0o644))
	out, _, st = runCmd(t, command{}, "", "-format", "csv", htm)
	require.Equal(t, 0, st)
	assert.Equal(t, 17, strings.Count(out, "\n"), "a header and 16 rows:\n%s", out)

	// A page with no article is an error record in every format.
	for _, format := range []string{"text", "csv", "jsonl"} {
		out, _, st := runCmd(t, command{}, "", "-format", format, "../../testdata/no-article.html")
		assert.Equal(t, 1, st)
		assert.Contains(t, out, "no-article.html: extract: no article found", "-format %s", format)
	}
}

// TestHTMLBigPage runs a 5 MB page through the command.
func TestHTMLBigPage(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("5 MB page")
	}
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	s := string(b)
	i := strings.Index(s, "</main>")
	var sb strings.Builder
	sb.WriteString(s[:i])
	for sb.Len() < 5<<20 {
		sb.WriteString(`<ul class="related"><li><a href="/en/x">Biden says he and Xi agreed to "manage competition responsibly"</a></li><li><a href="/en/y">More</a></li></ul>` + "\n")
	}
	sb.WriteString(s[i:])
	out, stderr, st := runCmd(t, command{}, sb.String(), "-format", "jsonl", "-input", "html")
	require.Equal(t, 0, st, stderr)
	recs := decode(t, out)
	require.Len(t, recs, 1)
	assert.Equal(t, statements(decode(t, mustRun(t, article))[0].Article), statements(recs[0].Article), "5 MB of related links change nothing")
}

func mustRun(t *testing.T, file string) string {
	t.Helper()
	out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", file)
	require.Equal(t, 0, st, stderr)
	return out
}
