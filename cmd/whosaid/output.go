package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/speakers"
)

// The JSON schema of one output record (see README.md).
type jsonArticle struct {
	ID       string        `json:"id"`
	Offsets  string        `json:"offsets"`
	Quotes   []jsonQuote   `json:"quotes"`
	Speakers []jsonSpeaker `json:"speakers"`
}

type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type jsonQuote struct {
	Start      int          `json:"start"`
	End        int          `json:"end"`
	Text       string       `json:"text"`
	Kind       string       `json:"kind"`
	Cue        *jsonSpan    `json:"cue"`
	Speaker    *jsonQuoteBy `json:"speaker"`
	Confidence float64      `json:"confidence"`
	Rule       string       `json:"rule"`
	Fragments  []jsonSpan   `json:"fragments"`
}

// jsonQuoteBy is the speaker of one statement; Mention is null when the
// speaker comes from an earlier statement.
type jsonQuoteBy struct {
	Name    string    `json:"name"`
	Mention *jsonSpan `json:"mention"`
}

type jsonSpeaker struct {
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Titles   []string   `json:"titles"`
	Mentions []jsonSpan `json:"mentions"`
}

type jsonError struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// units converts byte offsets of one text into the output's unit.
type units struct {
	text   string
	unit   string // bytes, runes or utf16
	sorted []int  // byte offsets asked for, sorted
	conv   []int  // their conversions
}

// prepare converts every offset in offs in one pass over the text.
func (u *units) prepare(offs []int) {
	if u.unit == "bytes" {
		return
	}
	sort.Ints(offs)
	u.sorted = offs[:0]
	for i, o := range offs {
		if i == 0 || o != offs[i-1] {
			u.sorted = append(u.sorted, o)
		}
	}
	u.conv = make([]int, len(u.sorted))
	b, n := 0, 0
	for k, o := range u.sorted {
		for b < o && b < len(u.text) {
			r, size := utf8.DecodeRuneInString(u.text[b:])
			b += size
			n++
			if u.unit == "utf16" && r >= 0x10000 {
				n++
			}
		}
		u.conv[k] = n
	}
}

func (u *units) at(off int) int {
	if u.unit == "bytes" {
		return off
	}
	k := sort.SearchInts(u.sorted, off)
	return u.conv[k]
}

func (u *units) span(s speakers.Span) jsonSpan {
	return jsonSpan{Start: u.at(s.Start), End: u.at(s.End), Text: s.Text(u.text)}
}

// toJSON renders one article's result.
func toJSON(id, text, unit string, r speakers.Result) jsonArticle {
	u := &units{text: text, unit: unit}
	var offs []int
	for _, a := range r.Attributions {
		offs = append(offs, a.Content.Start, a.Content.End, a.Cue.Start, a.Cue.End, a.Mention.Start, a.Mention.End)
		for _, f := range a.Fragments {
			offs = append(offs, f.Start, f.End)
		}
	}
	for _, s := range r.Speakers {
		for _, m := range s.Mentions {
			offs = append(offs, m.Start, m.End)
		}
	}
	u.prepare(offs)
	out := jsonArticle{ID: id, Offsets: unit, Quotes: []jsonQuote{}, Speakers: []jsonSpeaker{}}
	for _, a := range r.Attributions {
		c := u.span(a.Content)
		q := jsonQuote{Start: c.Start, End: c.End, Text: c.Text, Kind: a.Kind.String(), Confidence: a.Confidence, Rule: a.Rule, Fragments: []jsonSpan{}}
		if a.Cue.End > 0 {
			cue := u.span(a.Cue)
			q.Cue = &cue
		}
		if a.Speaker >= 0 {
			q.Speaker = &jsonQuoteBy{Name: r.Speakers[a.Speaker].Name}
			if a.Mention.End > 0 {
				m := u.span(a.Mention)
				q.Speaker.Mention = &m
			}
		}
		for _, f := range a.Fragments {
			q.Fragments = append(q.Fragments, u.span(f))
		}
		out.Quotes = append(out.Quotes, q)
	}
	for _, s := range r.Speakers {
		js := jsonSpeaker{Name: s.Name, Kind: s.Kind.String(), Titles: s.Titles, Mentions: []jsonSpan{}}
		if js.Titles == nil {
			js.Titles = []string{}
		}
		for _, m := range s.Mentions {
			js.Mentions = append(js.Mentions, u.span(m))
		}
		out.Speakers = append(out.Speakers, js)
	}
	return out
}

// render writes one article in the chosen format.
func render(buf *bytes.Buffer, format, id, text, unit string, r speakers.Result) error {
	switch format {
	case "text":
		renderText(buf, id, text, unit, r)
		return nil
	case "csv":
		return renderCSV(buf, id, text, unit, r)
	case "json", "jsonl":
		a := toJSON(id, text, unit, r)
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
	enc.Encode(jsonError{ID: id, Error: err.Error()})
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
func renderCSV(buf *bytes.Buffer, id, text, unit string, r speakers.Result) error {
	a := toJSON(id, text, unit, r)
	if len(a.Quotes) == 0 {
		return writeCSV(buf, csvMark(id, "none", ""))
	}
	rows := make([][]string, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		cue, cueStart, cueEnd := csvSpan(q.Cue)
		var speaker string
		var mention *jsonSpan
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
func csvSpan(s *jsonSpan) (text, start, end string) {
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
func renderText(buf *bytes.Buffer, id, text, unit string, r speakers.Result) {
	a := toJSON(id, text, unit, r)
	fmt.Fprintf(buf, "== %s (%d statements, offsets in %s)\n", id, len(a.Quotes), unit)
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
