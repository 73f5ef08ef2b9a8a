package main

import (
	"fmt"

	"github.com/whosaid/whosaid/internal/attrib"
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

// attributed is a record attributed: its output record, and the text and
// the result that the record was made from, which the HTML view draws.
type attributed struct {
	rec  schema.Article
	text string
	res  speakers.Result
}

// attributeRecord returns the output record of one record that was read
// without error: for a web page it extracts the article first, and the
// record then carries the extracted text and the page's title, author, date
// and URL. Invalid UTF-8 is repaired before attribution; offsets are in
// unit and refer to the repaired text. The command and the server both
// make their records here.
func attributeRecord(r record, unit string, attribute func(string) speakers.Result) (schema.Article, error) {
	v, err := attributeFull(r, unit, attribute)
	return v.rec, err
}

// attributeFull is attributeRecord, with the text and the result the record
// was made from.
func attributeFull(r record, unit string, attribute func(string) speakers.Result) (attributed, error) {
	a, err := attrib.Make(schema.Input{ID: r.id, Text: r.text, HTML: r.html, URL: r.url}, unit, attribute)
	if err != nil {
		return attributed{}, &articleError{src: r.src, err: err}
	}
	return attributed{a.Record, a.Text, a.Result}, nil
}

// safeAttributeRecord is attributeRecord that turns a panic, a defect in
// whosaid, into an error, so that it loses neither the record nor the run.
func safeAttributeRecord(r record, unit string, attribute func(string) speakers.Result) (schema.Article, error) {
	v, err := safeAttributeFull(r, unit, attribute)
	return v.rec, err
}

// safeAttributeFull is attributeFull that turns a panic into an error.
func safeAttributeFull(r record, unit string, attribute func(string) speakers.Result) (v attributed, err error) {
	defer func() {
		if x := recover(); x != nil {
			v, err = attributed{}, fmt.Errorf("internal error: %v", x)
		}
	}()
	return attributeFull(r, unit, attribute)
}

// safeAttributeText attributes the text of a record that is not a web page,
// as attributeFull does, and returns the text attributed (repaired when it
// was not valid UTF-8) and the result, turning a panic into an error.
func safeAttributeText(r record, attribute func(string) speakers.Result) (text string, res speakers.Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			text, res, err = "", speakers.Result{}, fmt.Errorf("internal error: %v", x)
		}
	}()
	text = attrib.ValidUTF8(r.text)
	return text, attribute(text), nil
}
