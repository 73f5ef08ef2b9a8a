package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Input is one article as read from a JSON Lines record
// {"id": ..., "text": ...} or {"id": ..., "html": ..., "url": ...}; other
// fields are ignored.
type Input struct {
	// ID is the record's id: a JSON string as it is, any other JSON value
	// as its JSON text. HasID is false when the record has none or it is
	// null.
	ID    string
	HasID bool
	// Text is the article, when the record has "text".
	Text string
	// HTML is set when the record has "html" instead of "text": Text then
	// holds the web page, whose article is still to be extracted.
	HTML bool
	// URL is the record's "url", where the web page was found; it is
	// optional and read only with "html".
	URL string
}

// Decode decodes one JSON Lines record b, which is not blank. It fails,
// with a message that says why and no file or line (the caller knows
// those), when b is not a JSON object; when it has both "text" and "html"
// or neither; when the one it has is null or not a string; when "url" is
// not a string; or when the text or page is over limit bytes. The id is
// decoded even when Decode fails, so that the error record can carry it.
func Decode(b []byte, limit int) (Input, error) {
	var in Input
	var raw struct {
		ID   json.RawMessage `json:"id"`
		Text json.RawMessage `json:"text"`
		HTML json.RawMessage `json:"html"`
		URL  json.RawMessage `json:"url"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return in, fmt.Errorf("not JSON at byte %d: %v", se.Offset, err)
		}
		return in, errors.New("not a JSON object: " + err.Error())
	}
	if len(raw.ID) > 0 && string(raw.ID) != "null" {
		in.HasID = true
		var s string
		if json.Unmarshal(raw.ID, &s) == nil {
			in.ID = s
		} else {
			in.ID = string(raw.ID)
		}
	}
	field, value := "text", raw.Text
	switch {
	case len(raw.Text) > 0 && len(raw.HTML) > 0:
		return in, errors.New(`both "text" and "html": give one`)
	case len(raw.HTML) > 0:
		field, value, in.HTML = "html", raw.HTML, true
	case len(raw.Text) == 0:
		return in, errors.New(`no "text" or "html" field`)
	}
	if string(value) == "null" {
		return in, fmt.Errorf("%q is null", field)
	}
	if err := json.Unmarshal(value, &in.Text); err != nil {
		return in, fmt.Errorf("%q is not a string", field)
	}
	if in.HTML && len(raw.URL) > 0 && string(raw.URL) != "null" {
		if err := json.Unmarshal(raw.URL, &in.URL); err != nil {
			in.Text = ""
			return in, errors.New(`"url" is not a string`)
		}
	}
	if len(in.Text) > limit {
		in.Text = ""
		what := "article"
		if in.HTML {
			what = "page"
		}
		return in, errors.New(what + " is over the " + Size(limit) + " limit")
	}
	return in, nil
}

// Size writes a limit in bytes for a message: "64 MiB", "1000-byte".
func Size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d-byte", n)
}

// BOM is the UTF-8 byte order mark, which a JSON Lines file may open with.
var BOM = []byte("\ufeff")

// ReadLine returns the next line of br without its line ending. A line
// longer than limit bytes is read to its end but not kept: tooLong is true,
// unless the line is blank, which is returned empty. The command and
// the Beam pipeline read JSON Lines with it, so that they number lines and
// treat long and blank lines alike.
func ReadLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	blank := true // whether a line too long to keep is blank so far
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong && len(line)+len(chunk) > limit {
			tooLong, blank, line = true, IsBlank(line), nil
		}
		if tooLong {
			blank = blank && IsBlank(chunk)
		} else {
			line = append(line, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong && blank {
			return nil, false, e
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, e
	}
}

// IsBlank reports whether b holds only JSON whitespace.
func IsBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
