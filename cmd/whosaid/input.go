package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxArticle is the largest article whosaid reads, in bytes. A larger one
// gets an error record; it is never truncated.
const maxArticle = 64 << 20

// record is one article to attribute, or the error that stands in its place.
type record struct {
	seq  int    // position in the whole input, from 0
	id   string // the article's id
	text string
	err  error // set when the record could not be read
}

// readError says where an input record went wrong.
type readError struct {
	file string
	line int
	msg  string
}

func (e *readError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.file, e.msg)
}

// readText reads r whole as one article with the given id.
func readText(r io.Reader, name, id string, emit func(record)) error {
	b, err := io.ReadAll(io.LimitReader(r, maxArticle+1))
	if err != nil {
		return fmt.Errorf("whosaid: reading %s: %w", name, err)
	}
	if len(b) > maxArticle {
		emit(record{id: id, err: &readError{file: name, msg: fmt.Sprintf("article is over the %d MiB limit", maxArticle>>20)}})
		return nil
	}
	emit(record{id: id, text: string(b)})
	return nil
}

// readJSONL reads one article per line from r: {"id": ..., "text": ...}.
// A line that is not such an object gets an error record in its place;
// blank lines are skipped.
func readJSONL(r io.Reader, name string, emit func(record)) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, maxArticle+4096)
		if len(b) > 0 || tooLong {
			emit(parseLine(b, tooLong, name, line))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("whosaid: reading %s at line %d: %w", name, line, err)
		}
	}
}

// readLine returns the next line of br without its line ending. A line
// longer than limit is read to its end but not kept: tooLong is true.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return line, tooLong, e
	}
}

// parseLine decodes one JSON Lines record.
func parseLine(b []byte, tooLong bool, name string, line int) record {
	rec := record{id: fmt.Sprintf("%s:%d", name, line)}
	fail := func(msg string) record {
		rec.err = &readError{file: name, line: line, msg: msg}
		return rec
	}
	if tooLong {
		return fail(fmt.Sprintf("line is over the %d MiB limit", maxArticle>>20))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fail("blank line")
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text json.RawMessage `json:"text"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail(fmt.Sprintf("not JSON at byte %d: %v", se.Offset, err))
		}
		return fail("not a JSON object: " + err.Error())
	}
	if len(in.ID) > 0 && string(in.ID) != "null" {
		var s string
		if json.Unmarshal(in.ID, &s) == nil {
			rec.id = s
		} else {
			rec.id = string(in.ID)
		}
	}
	if len(in.Text) == 0 || string(in.Text) == "null" {
		return fail(`no "text" field`)
	}
	var text string
	if err := json.Unmarshal(in.Text, &text); err != nil {
		return fail(`"text" is not a string`)
	}
	rec.text = text
	return rec
}

// idForFile returns the id of a text file: its base name.
func idForFile(path string) string {
	return filepath.Base(path)
}

// looksLikeJSONL reports whether the start of a stream is a JSON object.
func looksLikeJSONL(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(head) > 0 && head[0] == '{'
}

// validUTF8 replaces invalid UTF-8 so that JSON output and offsets agree.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
