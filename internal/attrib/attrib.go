// Package attrib makes the output record of one input record: a web page's
// article is extracted, invalid UTF-8 repaired, the text attributed and its
// record built. The command, its server and the Beam pipeline all make
// their records here, so that they agree byte for byte.
package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// Attributed is one record attributed: its output record, and the text and
// the result it was made from (the text the record's offsets refer to).
type Attributed struct {
	Record schema.Article
	Text   string
	Result speakers.Result
}

// Make attributes the record in, whose id is in.ID, with attribute, and
// returns its output record with offsets in unit (bytes, runes or utf16).
// For a web page (in.HTML) it extracts the article first, and the record
// then carries the extracted text and the page's title, author, date and
// URL; a page with no article fails with extract.ErrNoArticle. Invalid
// UTF-8 is replaced by U+FFFD before attribution, and offsets refer to the
// repaired text. The error says nothing of where the record was read: the
// caller adds that.
func Make(in schema.Input, unit string, attribute func(string) speakers.Result) (Attributed, error) {
	text := in.Text
	var page *extract.Page
	if in.HTML {
		p, err := extract.Extract([]byte(text), in.URL)
		if err != nil {
			return Attributed{}, err
		}
		page, text = &p, p.Text
	}
	text = ValidUTF8(text)
	res := attribute(text)
	a := schema.New(in.ID, text, unit, res)
	if page != nil {
		a.Title, a.Author, a.Date, a.URL, a.Text = page.Title, page.Author, page.Date, page.URL, text
	}
	return Attributed{Record: a, Text: text, Result: res}, nil
}

// ValidUTF8 returns s with each invalid UTF-8 sequence replaced by U+FFFD,
// so that the JSON output and its offsets agree; s itself when it is valid.
func ValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
