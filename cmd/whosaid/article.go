package main

import (
	"fmt"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// articleError is the error of a record that was read but could not be
// attributed: a web page with no article. It says where the record was
// read, as a readError does.
type articleError struct {
	src string
	err error
}

func (e *articleError) Error() string {
	if e.src == "" {
		return e.err.Error()
	}
	return e.src + ": " + e.err.Error()
}

func (e *articleError) Unwrap() error { return e.err }

// attributeRecord returns the output record of one record that was read
// without error: for a web page it extracts the article first, and the
// record then carries the extracted text and the page's title, author, date
// and URL. Invalid UTF-8 is repaired before attribution; offsets are in
// unit and refer to the repaired text. The command and the server both
// make their records here.
func attributeRecord(r record, unit string, attribute func(string) speakers.Result) (schema.Article, error) {
	text := r.text
	var page *extract.Page
	if r.html {
		p, err := extract.Extract([]byte(text), r.url)
		if err != nil {
			return schema.Article{}, &articleError{src: r.src, err: err}
		}
		page, text = &p, p.Text
	}
	text = validUTF8(text)
	a := schema.New(r.id, text, unit, attribute(text))
	if page != nil {
		a.Title, a.Author, a.Date, a.URL, a.Text = page.Title, page.Author, page.Date, page.URL, text
	}
	return a, nil
}

// safeAttributeRecord is attributeRecord that turns a panic, a defect in
// whosaid, into an error, so that it loses neither the record nor the run.
func safeAttributeRecord(r record, unit string, attribute func(string) speakers.Result) (a schema.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			a, err = schema.Article{}, fmt.Errorf("internal error: %v", v)
		}
	}()
	return attributeRecord(r, unit, attribute)
}
