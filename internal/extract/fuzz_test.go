package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzExtract checks Extract on arbitrary bytes: no panic; either an
// article or ErrNoArticle; an article's text is valid UTF-8, trimmed, with
// paragraphs separated by exactly one blank line, and one of its
// paragraphs has MinParagraph characters.
func FuzzExtract(f *testing.F) {
	pages, err := filepath.Glob("../../testdata/*.html")
	require.NoError(f, err)
	for _, p := range pages {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{
		"", "<", "<p>", "<html><body><p>" + strings.Repeat("Ana said so. ", 20),
		"<pre>\n\n\n  a\n</pre><p>" + strings.Repeat("x ", 100) + "<br><br><br>y</p>",
		"<p>\xff\xfe" + strings.Repeat("é ", 80) + "</p>",
		"<table><tr><td>" + strings.Repeat("cell ", 40) + "<td>b</table>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := Extract(page, "")
		if err != nil {
			require.True(t, errors.Is(err, ErrNoArticle), "Extract(%q) = %v", page, err)
			return
		}
		assert.True(t, utf8.ValidString(p.Text), "text is not UTF-8: %q", p.Text)
		assert.Equal(t, strings.TrimSpace(p.Text), p.Text)
		assert.NotContains(t, p.Text, "\n\n\n")
		longest := 0
		for para := range strings.SplitSeq(p.Text, "\n\n") {
			assert.NotEmpty(t, strings.TrimSpace(para), "an empty paragraph in %q", p.Text)
			longest = max(longest, utf8.RuneCountInString(para))
		}
		assert.GreaterOrEqual(t, longest, MinParagraph)
	})
}
