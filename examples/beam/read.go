package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/whosaid/whosaid/internal/schema"
)

// inputLine is one JSON Lines record as read from a file, not yet decoded:
// decoding happens after the reshuffle, on whichever worker attributes it.
type inputLine struct {
	File string // the path as the file system's match returned it
	Line int    // from 1, blank lines counted
	// Data is the line without its line ending. It is empty when TooLong
	// is set: the line was over twice the article limit and was skipped
	// without being kept.
	Data    []byte
	TooLong bool
}

// readLinesFn reads the JSON Lines files that the input glob matched, one
// file per call, and emits every line that is not blank with its file and
// line number. It reads as cmd/whosaid does (input.go, readJSONL): a UTF-8
// byte order mark at the start is skipped; blank lines (spaces, tabs, CRs)
// are skipped but counted; a line's \r\n or \n is dropped; a line longer
// than twice MaxArticle is not kept but still emitted, marked TooLong, so
// that it gets its error record. A file is read whole by one worker; the
// pipeline reshuffles the lines afterwards.
type readLinesFn struct {
	MaxArticle int `json:"max_article"`
}

func (fn *readLinesFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(inputLine)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("whosaid-beam: opening %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	// An error here fails the bundle, and the runner retries it: the file
	// is read again from its start, and no line is lost.
	return readLines(rc, f.Metadata.Path, fn.MaxArticle, emit)
}

// readLines reads r, named file, as readLinesFn says.
func readLines(r io.Reader, file string, maxArticle int, emit func(inputLine)) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if b, _ := br.Peek(3); bytes.Equal(b, schema.BOM) {
		br.Discard(3)
	}
	for line := 1; ; line++ {
		b, tooLong, err := schema.ReadLine(br, 2*maxArticle)
		if tooLong || !schema.IsBlank(b) {
			emit(inputLine{File: file, Line: line, Data: b, TooLong: tooLong})
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("whosaid-beam: reading %s at line %d: %w", file, line, err)
		}
	}
}
