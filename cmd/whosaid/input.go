package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/internal/schema"
)

// defaultMaxArticle is the largest article whosaid reads, in bytes, unless a
// command says otherwise. A larger one gets an error record; it is never
// truncated.
const defaultMaxArticle = 64 << 20

// htmlShare divides the article limit for -format html, whose page holds
// each article's markup whole: 4 MiB by default.
const htmlShare = 16

// record is one article to attribute, or the error that stands in its place.
type record struct {
	id     string // the article's id
	text   string // the article, or the web page when html is set
	html   bool   // text is a web page whose article is still to be extracted
	url    string // where the web page was found, if known
	src    string // where the record was read, for messages: "FILE" or "FILE:LINE"
	size   int    // its size in the input, in bytes, for the progress line
	weight int    // its bytes in the pipeline's budget, set by add
	err    error  // set when the record could not be read
}

// readError says where an input record went wrong.
type readError struct {
	file string
	line int // from 1; 0 for a whole file
	msg  string
}

func (e *readError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.file, e.msg)
}

// readText reads r whole as one article with the given id, or as one web
// page when html is set. An article or page over limit bytes gets an error
// record.
func readText(r io.Reader, name, id string, html bool, limit int, emit func(record)) error {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return fmt.Errorf("whosaid: reading %s: %w", name, err)
	}
	if len(b) > limit {
		what := "article"
		if html {
			what = "page"
		}
		emit(record{id: id, size: len(b), err: &readError{file: name, msg: what + " is over the " + schema.Size(limit) + " limit"}})
		return nil
	}
	emit(record{id: id, text: string(b), html: html, src: name, size: len(b)})
	return nil
}

// readJSONL reads one article per line from r: {"id": ..., "text": ...},
// or a web page: {"id": ..., "html": ..., "url": ...}; other fields are
// ignored. Every line that is not blank gives exactly one
// record, in order: the article, or an error record naming the line when the
// line is not such an object; when its text is missing, null or not a
// string; when the text is over limit bytes or the line over twice that
// (room for the id and the escapes). Blank lines (only spaces, tabs and CRs) are skipped
// but counted in line numbers. A UTF-8 byte order mark at the start is
// ignored. readJSONL returns an error only when reading r fails; the line
// that the failure cuts short gives no record. It reads
// through r itself when r is a *bufio.Reader.
func readJSONL(r io.Reader, name string, limit int, emit func(record)) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 1<<16)
	}
	if b, _ := br.Peek(3); bytes.Equal(b, schema.BOM) {
		br.Discard(3)
	}
	for line := 1; ; line++ {
		b, tooLong, err := schema.ReadLine(br, 2*limit)
		if err != nil && err != io.EOF {
			if errors.Is(err, errStopped) {
				return err // the line was cut short: it is not a record
			}
			return fmt.Errorf("whosaid: reading %s at line %d: %w", name, line, err)
		}
		if tooLong || !schema.IsBlank(b) {
			rec := parseLine(b, tooLong, name, line, limit)
			rec.size = len(b) + 1
			emit(rec)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// parseLine decodes one JSON Lines record; b is not blank.
func parseLine(b []byte, tooLong bool, name string, line, limit int) record {
	rec := record{id: fmt.Sprintf("%s:%d", name, line), src: fmt.Sprintf("%s:%d", name, line)}
	if tooLong {
		rec.err = &readError{file: name, line: line, msg: "line is too long for the " + schema.Size(limit) + " article limit"}
		return rec
	}
	in, err := schema.Decode(b, limit)
	if in.HasID {
		rec.id = in.ID
	}
	if err != nil {
		rec.err = &readError{file: name, line: line, msg: err.Error()}
		return rec
	}
	rec.text, rec.html, rec.url = in.Text, in.HTML, in.URL
	return rec
}

// idForFile returns the id of a text file: its base name.
func idForFile(path string) string {
	return filepath.Base(path)
}

// isHTMLFile reports whether a file is read as a web page by its extension.
func isHTMLFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm"
}

// looksLikeJSONL reports whether the start of a stream is a JSON object.
func looksLikeJSONL(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(head) > 0 && head[0] == '{'
}
