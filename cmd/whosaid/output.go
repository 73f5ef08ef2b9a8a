package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/schema"
)

// render writes one article's record in the chosen format.
func render(buf *bytes.Buffer, format string, a schema.Article) error {
	switch format {
	case "text":
		renderText(buf, a)
		return nil
	case "csv":
		return renderCSV(buf, a)
	case "json", "jsonl":
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if format == "json" {
			enc.SetIndent("", "  ")
		}
		return enc.Encode(a)
	}
	return fmt.Errorf("whosaid: unknown format %q", format)
}

// renderError writes the record that stands for an article that failed.
func renderError(buf *bytes.Buffer, format, id string, err error) {
	switch format {
	case "text":
		fmt.Fprintf(buf, "== %s\nerror: %v\n\n", id, err)
		return
	case "csv":
		writeCSV(buf, csvMark(id, "error", err.Error()))
		return
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if format == "json" {
		enc.SetIndent("", "  ")
	}
	enc.Encode(schema.Error{ID: id, Error: err.Error()})
}

// renderHeader writes what comes once before all records: the header row of
// -format csv, and nothing for the other formats.
func renderHeader(buf *bytes.Buffer, format string) {
	if format == "csv" {
		writeCSV(buf, csvColumns)
	}
}

// csvColumns is the header of -format csv (see README.md): one row per
// statement, its offsets and speaker as in the JSON output. A column
// added later goes at the end.
var csvColumns = []string{
	"id", "kind", "start", "end", "text",
	"cue", "cue_start", "cue_end",
	"speaker", "mention", "mention_start", "mention_end",
	"rule", "confidence",
}

// renderCSV writes one row per statement, from the JSON form so that the
// offsets are the same; an article with no statement gets a row of kind
// "none", so that every record shows in the output.
func renderCSV(buf *bytes.Buffer, a schema.Article) error {
	id := a.ID
	if len(a.Quotes) == 0 {
		return writeCSV(buf, csvMark(id, "none", ""))
	}
	rows := make([][]string, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		cue, cueStart, cueEnd := csvSpan(q.Cue)
		var speaker string
		var mention *schema.Span
		if q.Speaker != nil {
			speaker, mention = q.Speaker.Name, q.Speaker.Mention
		}
		m, mStart, mEnd := csvSpan(mention)
		rows = append(rows, []string{
			id, q.Kind, strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Text,
			cue, cueStart, cueEnd,
			speaker, m, mStart, mEnd,
			q.Rule, strconv.FormatFloat(q.Confidence, 'f', -1, 64),
		})
	}
	return writeCSV(buf, rows...)
}

// csvSpan returns the cells of a span that may be null: all empty for null.
func csvSpan(s *schema.Span) (text, start, end string) {
	if s == nil {
		return "", "", ""
	}
	return s.Text, strconv.Itoa(s.Start), strconv.Itoa(s.End)
}

// csvMark returns a row that is not a statement: kind "none" for an article
// with no statement, "error" for a record that failed, with the message as
// its text. Its other cells are empty.
func csvMark(id, kind, text string) []string {
	row := make([]string, len(csvColumns))
	row[0], row[1], row[4] = id, kind, text
	return row
}

// writeCSV writes rows as RFC 4180 records ending in "\n"; fields keep
// their bytes, line breaks included.
func writeCSV(buf *bytes.Buffer, rows ...[]string) error {
	w := csv.NewWriter(buf)
	w.WriteAll(rows)
	return w.Error()
}

// renderText writes a readable list: one statement per line.
func renderText(buf *bytes.Buffer, a schema.Article) {
	fmt.Fprintf(buf, "== %s (%d statements, offsets in %s)\n", a.ID, len(a.Quotes), a.Offsets)
	for _, q := range a.Quotes {
		who := "(no speaker)"
		if q.Speaker != nil {
			who = q.Speaker.Name
			if q.Speaker.Mention != nil && !strings.EqualFold(q.Speaker.Mention.Text, who) {
				who += " [" + oneLine(q.Speaker.Mention.Text) + "]"
			}
		}
		cue := ""
		if q.Cue != nil {
			cue = oneLine(q.Cue.Text) + "; "
		}
		fmt.Fprintf(buf, "%d:%d %-8s «%s» ← %s (%s%s %.2f)\n", q.Start, q.End, q.Kind, oneLine(q.Text), who, cue, q.Rule, q.Confidence)
	}
	buf.WriteByte('\n')
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
