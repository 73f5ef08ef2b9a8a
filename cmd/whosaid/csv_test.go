package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	first, _, _ := strings.Cut(out, "\n")
	require.Equal(t, csvHeader, first, "the first line is the header")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err, "output is not CSV:\n%s", out)
	var recs []map[string]string
	for _, row := range rows[1:] {
		assert.False(t, slices.Equal(row, rows[0]), "the header is repeated:\n%s", out)
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
			if !assert.True(t, err1 == nil && err2 == nil && ok, "row %d: %s %q:%q (%s) is not a span of the text", i+1, c.text, row[c.start], row[c.end], unit) {
				continue
			}
			assert.Equal(t, got, row[c.text], "row %d: %s %d:%d (%s) is not the article there", i+1, c.text, start, end, unit)
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
	require.Len(t, rows, len(a.Quotes), "-offsets %s: a row per statement in the JSON output", a.Offsets)
	require.GreaterOrEqual(t, len(rows), 10, "-offsets %s", a.Offsets)
	n := checkCSVSpans(t, text, a.Offsets, rows)
	assert.GreaterOrEqual(t, n, 2*len(rows), "-offsets %s: spans checked in %d rows; most rows have a text and a cue", a.Offsets, len(rows))
	for i, q := range a.Quotes {
		r := rows[i]
		speaker := ""
		if q.Speaker != nil {
			speaker = q.Speaker.Name
		}
		want := map[string]string{"id": a.ID, "kind": q.Kind, "start": strconv.Itoa(q.Start), "speaker": speaker, "rule": q.Rule, "confidence": strconv.FormatFloat(q.Confidence, 'f', -1, 64)}
		got := map[string]string{}
		for col := range want {
			got[col] = r[col]
		}
		assert.Equal(t, want, got, "-offsets %s: row %d, the statement %+v", a.Offsets, i+1, q)
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
		assert.Equal(t, 1, st, "-j %s", j)
		assert.Contains(t, stderr, "2 of 7 records failed", "-j %s", j)
		rows := readCSV(t, out)
		var got []struct{ id, kind, text string }
		for _, r := range rows {
			// A statement may come with others; keep the first of each record.
			if len(got) == 0 || got[len(got)-1].id != r["id"] {
				got = append(got, struct{ id, kind, text string }{r["id"], r["kind"], r["text"]})
			}
			for col, v := range r {
				if (r["kind"] == "error" || r["kind"] == "none") && col != "id" && col != "kind" && col != "text" {
					assert.Empty(t, v, "-j %s: %s row %v has a %s", j, r["kind"], r, col)
				}
			}
		}
		assert.Equal(t, want, got, "-j %s: records (id, kind, first text)", j)
		if first == "" {
			first = out
		} else {
			assert.Empty(t, lineDiff(out, first), "-j %s output differs from -j 1", j)
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
		assert.Equal(t, tc.status, st, "%s: stderr %q", tc.name, stderr)
		assert.Equal(t, 1, strings.Count(out, csvHeader), "%s: the header once in\n%s", tc.name, out)
		assert.Len(t, readCSV(t, out), tc.rows, "%s: rows after the header", tc.name)
	}
}
