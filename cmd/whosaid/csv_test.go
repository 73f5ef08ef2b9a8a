package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/schema"
)

// csvHeader is the header line of -format csv, spelled out so that a change
// to the columns fails here: scripts and notebooks read them by name.
const csvHeader = "id,kind,start,end,text,cue,cue_start,cue_end,speaker,mention,mention_start,mention_end,rule,confidence"

// readCSV parses -format csv output with encoding/csv, which also checks
// that every row has as many fields as the header, and returns the rows
// after the header as maps from column to cell.
func readCSV(t *testing.T, out string) []map[string]string {
	t.Helper()
	if first, _, _ := strings.Cut(out, "\n"); first != csvHeader {
		t.Fatalf("first line %q, want the header %q", first, csvHeader)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	var recs []map[string]string
	for _, row := range rows[1:] {
		if slices.Equal(row, rows[0]) {
			t.Errorf("the header is repeated:\n%s", out)
		}
		rec := map[string]string{}
		for i, col := range rows[0] {
			rec[col] = row[i]
		}
		recs = append(recs, rec)
	}
	return recs
}

// checkCSVSpans checks that the text, cue and mention of every statement
// row are its article sliced at their offsets, and returns how many spans it
// checked.
func checkCSVSpans(t *testing.T, text, unit string, rows []map[string]string) int {
	t.Helper()
	n := 0
	for i, row := range rows {
		for _, c := range []struct{ text, start, end string }{
			{"text", "start", "end"},
			{"cue", "cue_start", "cue_end"},
			{"mention", "mention_start", "mention_end"},
		} {
			if row[c.start] == "" && row[c.text] == "" {
				continue // a null cue or mention
			}
			start, err1 := strconv.Atoi(row[c.start])
			end, err2 := strconv.Atoi(row[c.end])
			got, ok := slice(text, unit, start, end)
			if err1 != nil || err2 != nil || !ok {
				t.Errorf("row %d: %s %q:%q (%s) is not a span of the text", i+1, c.text, row[c.start], row[c.end], unit)
				continue
			}
			if got != row[c.text] {
				t.Errorf("row %d: %s %d:%d (%s) is %q, but the article there is %q", i+1, c.text, start, end, unit, row[c.text], got)
			}
			n++
		}
	}
	return n
}

// checkCSV checks the CSV rows of one article against its JSON record: a
// row per statement with the same fields, and every text the article sliced
// at its offsets.
func checkCSV(t *testing.T, text string, a schema.Article, rows []map[string]string) {
	t.Helper()
	if len(rows) != len(a.Quotes) || len(rows) < 10 {
		t.Fatalf("-offsets %s: %d rows for %d statements in the JSON output", a.Offsets, len(rows), len(a.Quotes))
	}
	if n := checkCSVSpans(t, text, a.Offsets, rows); n < 2*len(rows) {
		t.Errorf("-offsets %s: %d spans checked in %d rows; most rows have a text and a cue", a.Offsets, n, len(rows))
	}
	for i, q := range a.Quotes {
		r := rows[i]
		speaker := ""
		if q.Speaker != nil {
			speaker = q.Speaker.Name
		}
		if r["id"] != a.ID || r["kind"] != q.Kind || r["start"] != strconv.Itoa(q.Start) ||
			r["speaker"] != speaker || r["rule"] != q.Rule || r["confidence"] != strconv.FormatFloat(q.Confidence, 'f', -1, 64) {
			t.Errorf("-offsets %s: row %d = %v, want the statement %+v", a.Offsets, i+1, r, q)
		}
	}
}

// TestCSVRecords checks that every input record shows in the CSV output, in
// input order: its statements, a row of kind none when it has none, or a row
// of kind error with the message as its text; and that ids and texts with
// commas, quotes and line breaks read back whole.
func TestCSVRecords(t *testing.T) {
	line := func(id, text string) string {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		return string(b)
	}
	in := strings.Join([]string{
		line("a", "Ana Ruiz said: “We’re open.”"),
		line(`odd, "id"`+"\nhere", "Ana Ruiz, the owner, said: \"Open, \"\"busy\"\", and fine.\""),
		`{"id":"x","text":5}`,
		line("quiet", "Nothing was said here."),
		`{bad`,
		line("multi", "“We are open, and\n“busy”, too,” said Ana Ruiz."),
		line("z", "Café 😀 owner Ana Ruiz said: “We’re open.”"),
	}, "\n")
	want := []struct{ id, kind, text string }{
		{"a", "direct", "“We’re open.”"},
		{`odd, "id"` + "\nhere", "direct", "\"Open, \"\"busy\"\", and fine.\""},
		{"x", "error", `stdin:3: "text" is not a string`},
		{"quiet", "none", ""},
		{"stdin:5", "error", "stdin:5: not JSON at byte 2: invalid character 'b' looking for beginning of object key string"},
		{"multi", "direct", "“We are open, and\n“busy”"},
		{"z", "direct", "“We’re open.”"},
	}
	var first string
	for _, j := range []string{"1", "3"} {
		out, stderr, st := runCmd(t, command{}, in, "-format", "csv", "-j", j)
		if st != 1 || !strings.Contains(stderr, "2 of 7 records failed") {
			t.Errorf("-j %s: status %d, stderr %q; want 1 and the 2 failed records", j, st, stderr)
		}
		rows := readCSV(t, out)
		var got []struct{ id, kind, text string }
		for _, r := range rows {
			// A statement may come with others; keep the first of each record.
			if len(got) == 0 || got[len(got)-1].id != r["id"] {
				got = append(got, struct{ id, kind, text string }{r["id"], r["kind"], r["text"]})
			}
			for col, v := range r {
				if (r["kind"] == "error" || r["kind"] == "none") && col != "id" && col != "kind" && col != "text" && v != "" {
					t.Errorf("-j %s: %s row %v has a %s", j, r["kind"], r, col)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("-j %s: records (id, kind, first text)\n%q\nwant\n%q", j, got, want)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("-j %s output differs from -j 1:\n%s", j, lineDiff(out, first))
		}
	}
}

// TestCSVHeaderOnce checks that the header is written once, even when no
// record is: a run whose only file is missing still gives a CSV file.
func TestCSVHeaderOnce(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	one, _, _ := runCmd(t, command{}, "", "-format", "csv", article)
	n := len(readCSV(t, one))
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		rows   int
	}{
		{"missing file", []string{missing}, 1, 0},
		{"empty stdin", nil, 0, 1}, // one article with no statement
		{"two files", []string{article, article}, 0, 2 * n},
	} {
		out, stderr, st := runCmd(t, command{}, "", append([]string{"-format", "csv"}, tc.args...)...)
		if st != tc.status || strings.Count(out, csvHeader) != 1 {
			t.Errorf("%s: status %d, stderr %q, output\n%s\nwant status %d and the header once", tc.name, st, stderr, out, tc.status)
		}
		if rows := readCSV(t, out); len(rows) != tc.rows {
			t.Errorf("%s: %d rows after the header, want %d", tc.name, len(rows), tc.rows)
		}
	}
}
