package attrib

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

func TestMake(t *testing.T) {
	t.Run("text", func(t *testing.T) {
		a, err := Make(schema.Input{ID: "a", Text: "Ann Bell said the ferry would run."}, "runes", speakers.Attribute)
		require.NoError(t, err)
		assert.Equal(t, "a", a.Record.ID)
		assert.Empty(t, a.Record.Text, "a text record does not repeat its text")
		require.Len(t, a.Record.Quotes, 1)
		assert.Equal(t, "Ann Bell", a.Record.Quotes[0].Speaker.Name)
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		a, err := Make(schema.Input{Text: "\xffAnn Bell said \"yes.\""}, "bytes", speakers.Attribute)
		require.NoError(t, err)
		assert.Equal(t, "\uFFFDAnn Bell said \"yes.\"", a.Text)
		require.Len(t, a.Record.Quotes, 1)
		q := a.Record.Quotes[0]
		assert.Equal(t, a.Text[q.Start:q.End], q.Text, "offsets refer to the repaired text")
	})
	t.Run("page", func(t *testing.T) {
		page, err := os.ReadFile("../../testdata/dw-raimondo-beijing-2023.html")
		require.NoError(t, err)
		a, err := Make(schema.Input{ID: "p", Text: string(page), HTML: true, URL: "https://example.com/a"}, "runes", speakers.Attribute)
		require.NoError(t, err)
		assert.Equal(t, a.Text, a.Record.Text, "a page's record carries the extracted text")
		assert.NotEmpty(t, a.Record.Title)
		assert.NotEmpty(t, a.Record.Quotes)
	})
	t.Run("no article", func(t *testing.T) {
		page, err := os.ReadFile("../../testdata/no-article.html")
		require.NoError(t, err)
		_, err = Make(schema.Input{Text: string(page), HTML: true}, "runes", speakers.Attribute)
		assert.ErrorIs(t, err, extract.ErrNoArticle)
	})
}
