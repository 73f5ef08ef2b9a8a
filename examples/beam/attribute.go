package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/whosaid/whosaid/internal/attrib"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// deadLetter is a record of the dead-letter output: an input line that
// could not be attributed, with where it was and why.
type deadLetter struct {
	File string `json:"file"`
	Line int    `json:"line"`
	// ID is the id of its error record in the main output: the record's
	// own id when it has one, else FILE:LINE.
	ID    string `json:"id"`
	Error string `json:"error"` // as in the error record
	// Record is the input line as it was read (invalid UTF-8 replaced by
	// U+FFFD), so that it can be fixed and run again; empty for a line too
	// long to keep.
	Record string `json:"record"`
}

// tally is one row of the per-speaker table, or a part of one.
type tally struct {
	Statements int // statements attributed to the speaker
	Articles   int // articles whose record lists the speaker
}

// The counters of the records written and of those that failed, which
// main reads at the end of a run.
var (
	recordsCounter = beam.NewCounter("whosaid", "records")
	failedCounter  = beam.NewCounter("whosaid", "failed")
)

// attributeFn decodes a JSON Lines record, attributes its article and emits
// the output record in the form of `whosaid -format jsonl` (the same bytes,
// without the newline): one record per input line, the article's or an
// error record. A record that failed is also emitted, with its input line,
// to the dead-letter output. For the per-speaker table it emits, for each
// speaker of the article, the key speakerKey(name, kind) and the number of
// its statements.
//
// It decides as cmd/whosaid does (input.go, article.go, pipeline.go): a
// record is {"id", "text"} or a web page {"id", "html", "url"}, whose
// article is extracted; a record with no id, or a null one, has the id
// FILE:LINE; an error's message starts with FILE:LINE; invalid UTF-8 in the
// text is replaced by U+FFFD before attribution; a panic inside whosaid
// becomes an error record.
type attributeFn struct {
	Offsets    string `json:"offsets"` // bytes, runes or utf16
	MaxArticle int    `json:"max_article"`

	attr *speakers.Attributor
}

// Setup builds the Attributor when a worker starts the DoFn instance (the
// runner keeps an instance for many bundles, and a worker holds one per
// bundle it processes at once), and loads its word lists, which the
// process then shares, so that the first record pays no more than the
// others.
func (fn *attributeFn) Setup() {
	fn.attr = new(speakers.Attributor)
	fn.attr.Attribute(`"We are ready," the minister said.`)
}

func (fn *attributeFn) ProcessElement(ctx context.Context, in inputLine, records, dead func(string), speakerTally func(string, tally)) {
	recordsCounter.Inc(ctx, 1)
	where := fmt.Sprintf("%s:%d", in.File, in.Line)
	id := where
	fail := func(msg string) {
		failedCounter.Inc(ctx, 1)
		records(encode(schema.Error{ID: id, Error: msg}))
		dl := deadLetter{File: in.File, Line: in.Line, ID: id, Error: msg, Record: string(in.Data)}
		dead(encode(dl))
	}
	if in.TooLong {
		fail(where + ": line is too long for the " + schema.Size(fn.MaxArticle) + " article limit")
		return
	}
	dec, err := schema.Decode(in.Data, fn.MaxArticle)
	if dec.HasID {
		id = dec.ID
	}
	if err != nil {
		fail(where + ": " + err.Error())
		return
	}
	rec, r, err := fn.attribute(id, where, dec)
	if err != nil {
		fail(err.Error())
		return
	}
	records(rec)
	for k, n := range speakerCounts(r) {
		speakerTally(k, tally{Statements: n, Articles: 1})
	}
}

// attribute attributes one decoded record, found at where (FILE:LINE), and
// encodes its output record, made by internal/attrib as the command makes its own: a web
// page (an "html" record) has its article extracted first, and its record
// then carries the extracted text and the page's title, author, date and
// URL; a page with no article is an error. Invalid UTF-8 is repaired before
// attribution. A panic inside whosaid becomes an error, as in the command:
// it must not lose the record or the run.
func (fn *attributeFn) attribute(id, where string, in schema.Input) (rec string, r speakers.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	in.ID = id
	a, err := attrib.Make(in, fn.Offsets, fn.attr.Attribute)
	if err != nil {
		return "", r, fmt.Errorf("%s: %w", where, err)
	}
	b, err := encodeErr(a.Record)
	return string(b), a.Result, err
}

// speakerCounts returns, for each speaker of r, its key and the number of
// statements attributed to it. Two speakers of one article with the same
// name and kind count as one.
func speakerCounts(r speakers.Result) map[string]int {
	counts := make(map[string]int, len(r.Speakers))
	for _, s := range r.Speakers {
		counts[speakerKey(s.Name, s.Kind.String())] += 0
	}
	for _, a := range r.Attributions {
		if a.Speaker >= 0 {
			s := r.Speakers[a.Speaker]
			counts[speakerKey(s.Name, s.Kind.String())]++
		}
	}
	return counts
}

// speakerKey is the key of a row of the per-speaker table: the JSON array
// [name, kind], which no name can make ambiguous.
func speakerKey(name, kind string) string {
	return encode([2]string{name, kind})
}

// encode returns v as cmd/whosaid writes it: JSON with <, > and & as they
// are, without the final newline.
func encode(v any) string {
	b, err := encodeErr(v)
	if err != nil {
		// Only the schema's types and strings are encoded here, and they
		// always encode.
		panic(err)
	}
	return string(b)
}

func encodeErr(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
