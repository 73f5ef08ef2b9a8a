package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const article = "../../testdata/dw-raimondo-beijing-2023.txt"

// runCmd runs c with args and stdin and returns what it wrote and its status.
func runCmd(t testing.TB, c command, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = c.run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		format, golden string
	}{
		{"jsonl", "dw-raimondo-beijing-2023.golden.jsonl"},
		{"text", "dw-raimondo-beijing-2023.golden"},
		{"csv", "dw-raimondo-beijing-2023.golden.csv"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var out, errOut bytes.Buffer
			st := run([]string{"-format", tc.format, "-offsets", "runes", article}, nil, &out, &errOut)
			require.Equal(t, 0, st, "run -format %s: stderr %q", tc.format, errOut.String())
			golden := filepath.Join("testdata", tc.golden)
			if *update {
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			got := out.Bytes()
			if tc.format == "jsonl" {
				// One line per article is unreadable in a diff: indent both.
				got, want = indent(t, got), indent(t, want)
			}
			assert.Empty(t, lineDiff(string(got), string(want)), "whosaid -format %s %s differs from %s (go test -update rewrites it)", tc.format, article, golden)
		})
	}
}

func indent(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		require.NoError(t, json.Indent(&out, line, "", "  "), "not JSON: %s", line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// lineDiff shows the first line where got and want differ, with a little
// context, or returns "" when they are equal.
func lineDiff(got, want string) string {
	if got == want {
		return ""
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	var b strings.Builder
	for k := max(0, i-2); k < i; k++ {
		fmt.Fprintf(&b, "  %s\n", g[k])
	}
	for k := i; k < min(i+3, len(w)); k++ {
		fmt.Fprintf(&b, "- %s\n", w[k])
	}
	for k := i; k < min(i+3, len(g)); k++ {
		fmt.Fprintf(&b, "+ %s\n", g[k])
	}
	fmt.Fprintf(&b, "(got %d lines, want %d)", len(g), len(w))
	return b.String()
}

// decode reads JSON Lines output into articles; error records have only an
// id and an error.
type outRecord struct {
	schema.Article
	Error string `json:"error"`
}

func decode(t *testing.T, out string) []outRecord {
	t.Helper()
	var recs []outRecord
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r outRecord
		require.NoError(t, dec.Decode(&r), "output is not JSON:\n%s", out)
		recs = append(recs, r)
	}
	return recs
}

// slice returns text[start:end] in unit, or ok false when the span is out
// of range.
func slice(text, unit string, start, end int) (s string, ok bool) {
	var n int
	switch unit {
	case "bytes":
		n = len(text)
	case "runes":
		n = len([]rune(text))
	case "utf16":
		n = len(utf16.Encode([]rune(text)))
	}
	if start < 0 || start > end || end > n {
		return "", false
	}
	switch unit {
	case "bytes":
		return text[start:end], true
	case "runes":
		return string([]rune(text)[start:end]), true
	default:
		return string(utf16.Decode(utf16.Encode([]rune(text))[start:end])), true
	}
}

// checkSpans checks that every text in a record is its article sliced at
// its offsets, and returns how many spans it checked.
func checkSpans(t *testing.T, text string, a schema.Article) int {
	t.Helper()
	n := 0
	check := func(what string, s schema.Span) {
		t.Helper()
		n++
		got, ok := slice(text, a.Offsets, s.Start, s.End)
		if assert.True(t, ok, "%s %d:%d (%s) is outside the text", what, s.Start, s.End, a.Offsets) {
			assert.Equal(t, got, s.Text, "%s %d:%d (%s): the text is not the article there", what, s.Start, s.End, a.Offsets)
		}
	}
	for _, q := range a.Quotes {
		check("quote", schema.Span{Start: q.Start, End: q.End, Text: q.Text})
		if q.Cue != nil {
			check("cue", *q.Cue)
		}
		if q.Speaker != nil && q.Speaker.Mention != nil {
			check("mention", *q.Speaker.Mention)
		}
		for _, f := range q.Fragments {
			check("fragment", f)
		}
	}
	for _, s := range a.Speakers {
		for _, m := range s.Mentions {
			check("speaker "+s.Name, m)
		}
	}
	return n
}

// offsetTexts have multi-byte characters and emoji (two UTF-16 units)
// before and inside their quotes, so that the three units differ.
var offsetTexts = []string{
	"Café 😀 owner Ana Ruiz said: “We’re open.”",
	"Café 😀 owner Ana Ruiz said: “We’re open.”\n\n“Come in 🎉 early,” she added. The mayor, José Núñez, said the fair “will return next year,” adding that nobody 💥 wants it to end.",
	"Ünïcödé 𝄞 héadline: 'stable' ties, minister says\n\n“Ça va 🙂,” said Zoë Łukasz. Zoë Łukasz told reporters that talks had gone well.",
	"Bad \xff byte 😀 then Ana Ruiz said: “Fine \xfe 🎉.”", // invalid UTF-8 is repaired first
}

func TestOffsetsSliceText(t *testing.T) {
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		for i, text := range offsetTexts {
			var in bytes.Buffer
			json.NewEncoder(&in).Encode(map[string]string{"id": fmt.Sprint(i), "text": text})
			out, stderr, st := runCmd(t, command{}, in.String(), "-format", "jsonl", "-offsets", unit)
			require.Equal(t, 0, st, "-offsets %s text %d: stderr %q", unit, i, stderr)
			recs := decode(t, out)
			require.Len(t, recs, 1, "-offsets %s text %d", unit, i)
			// JSON input repairs invalid UTF-8 in the same way.
			repaired := strings.ToValidUTF8(text, "\uFFFD")
			assert.NotZero(t, checkSpans(t, repaired, recs[0].Article), "-offsets %s: no statements found in %q; the test checks nothing", unit, text)
			// "Café 😀 owner Ana Ruiz said: " is 32 bytes, 28 runes and 29
			// UTF-16 units.
			if i == 0 && assert.NotEmpty(t, recs[0].Quotes, "-offsets %s: %q", unit, text) {
				want := map[string]int{"bytes": 32, "runes": 28, "utf16": 29}[unit]
				assert.Equal(t, want, recs[0].Quotes[0].Start, "-offsets %s: %q: where the first quote starts", unit, text)
			}
			assert.Equal(t, unit, recs[0].Offsets, `-offsets %s: "offsets"`, unit)
		}
	}
}

// TestOffsetsTextFile checks a .txt article with invalid UTF-8, which
// whosaid repairs itself.
func TestOffsetsTextFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.txt")
	text := offsetTexts[3]
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", "-offsets", unit, path)
		require.Equal(t, 0, st, "stderr %q", stderr)
		recs := decode(t, out)
		require.Len(t, recs, 1)
		require.Equal(t, "bad.txt", recs[0].ID)
		assert.NotZero(t, checkSpans(t, strings.ToValidUTF8(text, "\uFFFD"), recs[0].Article), "no statements found in %q", text)
	}
}

// TestGoldenOffsets checks the spans of the test article in every unit: in
// the JSON output, and in the CSV output read back with encoding/csv.
func TestGoldenOffsets(t *testing.T) {
	text, err := os.ReadFile(article)
	require.NoError(t, err)
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		out, _, st := runCmd(t, command{}, "", "-format", "json", "-offsets", unit, article)
		require.Equal(t, 0, st)
		recs := decode(t, out)
		for _, r := range recs {
			checkSpans(t, string(text), r.Article)
		}
		csvOut, stderr, st := runCmd(t, command{}, "", "-format", "csv", "-offsets", unit, article)
		require.Equal(t, 0, st, "-format csv: stderr %q", stderr)
		require.Len(t, recs, 1, "JSON records")
		checkCSV(t, string(text), recs[0].Article, readCSV(t, csvOut))
	}
}

// articles returns n small JSON Lines articles with ids a0, a1, ….
func articles(n int) (lines []string, ids []string) {
	names := []string{"Ana Ruiz", "Tomas Berg", "Zoë Łukasz", "Wang Wentao"}
	for i := range n {
		id := fmt.Sprintf("a%d", i)
		text := fmt.Sprintf("%s said: “Number %d is fine 🙂.” The minister told reporters that %d more would come.", names[i%len(names)], i, i+1)
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		lines = append(lines, string(b))
		ids = append(ids, id)
	}
	return lines, ids
}

func TestJSONLOrder(t *testing.T) {
	lines, ids := articles(200)
	// Every 17th line is broken: it still gets its record, in its place.
	for i := 5; i < len(lines); i += 17 {
		lines[i] = `{"id": "broken`
		ids[i] = fmt.Sprintf("stdin:%d", i+1)
	}
	in := strings.Join(lines, "\n") + "\n"
	var first string
	for _, j := range []string{"1", "4", "16"} {
		out, _, st := runCmd(t, command{}, in, "-format", "jsonl", "-j", j)
		assert.Equal(t, 1, st, "-j %s: status, 1 for the broken lines", j)
		recs := decode(t, out)
		require.Len(t, recs, len(ids), "-j %s: one record per line", j)
		for i, r := range recs {
			require.Equal(t, ids[i], r.ID, "-j %s: record %d", j, i)
			broken := ids[i] != fmt.Sprintf("a%d", i)
			assert.Equal(t, broken, r.Error != "", "-j %s: record %d (%s): error %q", j, i, r.ID, r.Error)
		}
		if first == "" {
			first = out
		} else {
			assert.Empty(t, lineDiff(out, first), "-j %s output differs from -j 1", j)
		}
	}
}

func TestJSONLErrors(t *testing.T) {
	ok := func(id, text string) string {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		return string(b)
	}
	lines := []string{
		"\ufeff" + ok("first", `Ana Ruiz said: "We're open."`), // 1: a byte order mark is ignored
		"",                                // 2: blank, skipped
		`{bad`,                            // 3
		`{"id":"x","text":5}`,             // 4
		`{"id":"n","text":null}`,          // 5
		`{"id":"m"}`,                      // 6
		" \t\r",                           // 7: blank, skipped
		`[1,2]`,                           // 8
		`{"id":"t","text":"ok"} trail`,    // 9
		ok("crlf", "Ana said it.") + "\r", // 10: CRLF line ending
		`{"id":7,"text":"numeric id"}`,    // 11
		`{"text":"no id"}`,                // 12
		ok("last", "Tomas Berg said the fair would return."), // 13, no final newline
	}
	want := []struct {
		id, err string
	}{
		{"first", ""},
		{"F:3", "F:3: not JSON"},
		{"x", `F:4: "text" is not a string`},
		{"n", `F:5: "text" is null`},
		{"m", `F:6: no "text" or "html" field`},
		{"F:8", "F:8: not a JSON object"},
		{"F:9", "F:9: not JSON"},
		{"crlf", ""},
		{"7", ""},
		{"F:12", ""},
		{"last", ""},
	}
	in := strings.Join(lines, "\n")
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(in), 0o644))
	for _, src := range []struct{ name, stdin, arg string }{
		{"stdin", in, ""},
		{path, "", path},
	} {
		args := []string{"-format", "jsonl"}
		if src.arg != "" {
			args = append(args, src.arg)
		}
		out, stderr, st := runCmd(t, command{}, src.stdin, args...)
		assert.Equal(t, 1, st, src.name)
		assert.Contains(t, stderr, "6 of 11 records failed", "%s: stderr counts the failed records", src.name)
		recs := decode(t, out)
		require.Len(t, recs, len(want), "%s:\n%s", src.name, out)
		for i, w := range want {
			r := recs[i]
			wid := strings.Replace(w.id, "F", src.name, 1)
			werr := strings.Replace(w.err, "F", src.name, 1)
			assert.Equal(t, wid, r.ID, "%s: record %d", src.name, i)
			if werr == "" {
				assert.Empty(t, r.Error, "%s: record %d", src.name, i)
			} else {
				assert.True(t, strings.HasPrefix(r.Error, werr), "%s: record %d: error %q, want %q…", src.name, i, r.Error, werr)
			}
			if r.Error != "" {
				assert.Nil(t, r.Quotes, "%s: error record %d has quotes", src.name, i)
			}
		}
		// Error records render in every format.
		for _, format := range []string{"json", "text"} {
			out, _, st := runCmd(t, command{}, in, "-format", format)
			assert.Equal(t, 1, st, "-format %s", format)
			assert.True(t, strings.Contains(out, `stdin:5: \"text\" is null`) || strings.Contains(out, `stdin:5: "text" is null`),
				"-format %s: the output lacks the error for line 5:\n%s", format, out)
		}
	}
}

func TestStdinDetection(t *testing.T) {
	for _, tc := range []struct {
		name, stdin, wantID string
	}{
		{"jsonl", `{"id":"j","text":"Ana said: \"Hi.\""}`, "j"},
		{"jsonl after spaces and BOM", "\ufeff \n" + `{"id":"j","text":"Ana said so."}`, "j"},
		{"text", `Ana said: "Hi."`, "stdin"},
		{"empty", "", "stdin"},
	} {
		out, stderr, st := runCmd(t, command{}, tc.stdin, "-format", "jsonl")
		recs := decode(t, out)
		assert.Equal(t, 0, st, "%s: stderr %q", tc.name, stderr)
		if assert.Len(t, recs, 1, tc.name) {
			assert.Equal(t, tc.wantID, recs[0].ID, tc.name)
		}
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", missing, article)
	assert.Equal(t, 1, st, "status with a missing file")
	assert.Contains(t, stderr, missing, "stderr names the missing file")
	recs := decode(t, out)
	if assert.Len(t, recs, 1, "the file after the missing one") {
		assert.Equal(t, filepath.Base(article), recs[0].ID)
	}

	// A directory cannot be read as an article.
	_, stderr, st = runCmd(t, command{}, "", dir)
	assert.Equal(t, 1, st, "reading a directory")
	assert.Contains(t, stderr, dir, "reading a directory")

	// A read error in the middle of a JSONL stream stops that stream only.
	var o, e bytes.Buffer
	r := io.MultiReader(strings.NewReader(`{"id":"a","text":"Ana said so."}`+"\n"), iotest.ErrReader(errors.New("disk gone")))
	st = run([]string{"-format", "jsonl", "-input", "jsonl"}, r, &o, &e)
	assert.Equal(t, 1, st, "read error")
	assert.Len(t, decode(t, o.String()), 1, "read error: the records before it")
	assert.Contains(t, e.String(), "stdin at line 2: disk gone")
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-nosuchflag"},
		{"-format", "xml"},
		{"-offsets", "chars"},
		{"-input", "csv"},
		{"-j", "many"},
	} {
		_, stderr, st := runCmd(t, command{}, "", args...)
		assert.Equal(t, 2, st, "whosaid %s", strings.Join(args, " "))
		assert.NotEmpty(t, stderr, "whosaid %s: a message", strings.Join(args, " "))
	}
	_, stderr, _ := runCmd(t, command{}, "", "-format", "xml")
	assert.Contains(t, stderr, "text, json, jsonl or csv", "whosaid -format xml lists the formats")
	_, stderr, st := runCmd(t, command{}, "", "-h")
	assert.Equal(t, 0, st, "whosaid -h")
	assert.Contains(t, stderr, "usage: whosaid")
	assert.Contains(t, stderr, "jsonl or csv")
}

func TestOverLimit(t *testing.T) {
	c := command{maxArticle: 1024}
	text := func(n int) string {
		b, _ := json.Marshal(map[string]string{"text": `Ana said: "` + strings.Repeat("a", n) + `"`})
		return string(b)
	}
	lines := []string{
		text(1500),                          // 1: article over 1024 bytes
		text(3000),                          // 2: line over 2048 bytes
		strings.Repeat(" ", 5000),           // 3: a long blank line is still blank
		text(900),                           // 4: fits
		`{"id":"ok","text":"Ana said it."}`, // 5
	}
	out, _, st := runCmd(t, c, strings.Join(lines, "\n"), "-format", "jsonl")
	recs := decode(t, out)
	require.Equal(t, 1, st)
	require.Len(t, recs, 4, out)
	for i, want := range []string{
		"stdin:1: article is over the 1024-byte limit",
		"stdin:2: line is too long for the 1024-byte article limit",
		"",
		"",
	} {
		assert.Equal(t, want, recs[i].Error, "record %d", i)
	}
	assert.Equal(t, "ok", recs[3].ID, "the last record")

	path := filepath.Join(t.TempDir(), "long.txt")
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat("x", 1025)), 0o644))
	out, _, st = runCmd(t, c, "", "-format", "jsonl", path)
	assert.Equal(t, 1, st, "long .txt")
	recs = decode(t, out)
	if assert.Len(t, recs, 1, "long .txt") {
		assert.Equal(t, path+": article is over the 1024-byte limit", recs[0].Error)
	}
}

func TestPanicIsErrorRecord(t *testing.T) {
	c := command{attribute: func(text string) speakers.Result {
		if strings.Contains(text, "PANIC") {
			panic("injected failure")
		}
		return speakers.Attribute(text)
	}}
	in := `{"id":"a","text":"Ana said so."}
{"id":"b","text":"PANIC"}
{"id":"c","text":"Tomas said so."}
`
	for _, format := range []string{"jsonl", "text", "csv"} {
		out, stderr, st := runCmd(t, c, in, "-format", format, "-j", "2")
		assert.Equal(t, 1, st, "-format %s", format)
		assert.Contains(t, out, "internal error: injected failure", "-format %s: an error record for the panic", format)
		assert.Contains(t, stderr, "1 of 3 records failed", "-format %s", format)
		if format == "jsonl" {
			recs := decode(t, out)
			require.Len(t, recs, 3)
			assert.Equal(t, "b", recs[1].ID)
			assert.Equal(t, "internal error: injected failure", recs[1].Error)
			assert.Empty(t, recs[2].Error)
		}
	}
}

// writeLog records each Write call, slowly, so that results pile up and
// the pipeline batches them.
type writeLog struct {
	mu     sync.Mutex
	writes [][]byte
}

func (w *writeLog) Write(b []byte) (int, error) {
	time.Sleep(time.Millisecond)
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, bytes.Clone(b))
	return len(b), nil
}

func TestWholeRecords(t *testing.T) {
	lines, _ := articles(150)
	// A record larger than a batch is written alone.
	big, _ := json.Marshal(map[string]string{"id": "big", "text": `Ana said: "` + strings.Repeat("Words and more words. ", 5000) + `"`})
	lines[70] = string(big)
	in := strings.Join(lines, "\n")

	want, _, _ := runCmd(t, command{}, in, "-format", "jsonl", "-j", "1")
	for _, format := range []string{"jsonl", "json", "text", "csv"} {
		var w writeLog
		var e bytes.Buffer
		st := run([]string{"-format", format, "-j", "4"}, strings.NewReader(in), &w, &e)
		require.Equal(t, 0, st, "stderr %q", e.String())
		var all []byte
		sawBig := false
		for i, b := range w.writes {
			all = append(all, b...)
			assert.True(t, bytes.HasSuffix(b, []byte("\n")), "-format %s: write %d does not end a line: …%q", format, i, b[max(0, len(b)-40):])
			if format == "jsonl" {
				if n := len(decode(t, string(b))); len(b) > batchSize {
					assert.Equal(t, 1, n, "write %d: %d bytes in %d records; a large record goes alone", i, len(b), n)
				}
				sawBig = sawBig || len(b) > batchSize
			}
			if len(b) > 2*batchSize {
				assert.True(t, bytes.Contains(b, []byte("Words and more")), "-format %s: write %d has %d bytes", format, i, len(b))
			}
		}
		if format == "jsonl" {
			assert.True(t, sawBig, "no write larger than a batch; the test does not test that")
			assert.Empty(t, lineDiff(string(all), want), "-j 4 output differs from -j 1")
		}
	}
}

// gatedWriter holds its first Write until release is closed, so that
// results pile up behind it; it records each Write.
type gatedWriter struct {
	release chan struct{}
	mu      sync.Mutex
	writes  [][]byte
}

func (w *gatedWriter) Write(b []byte) (int, error) {
	<-w.release
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, bytes.Clone(b))
	return len(b), nil
}

// TestBatching checks that results that are ready when the writer is free
// go out in one Write. The first Write is held until three more records
// are attributed, so the test does not depend on timing.
func TestBatching(t *testing.T) {
	const jobs, n = 2, 20
	var attributed atomic.Int32
	w := &gatedWriter{release: make(chan struct{})}
	p := newPipeline(options{format: "jsonl", offsets: "bytes", jobs: jobs}, func(s string) speakers.Result {
		r := speakers.Attribute(s)
		if attributed.Add(1) == 4 {
			close(w.release)
		}
		return r
	}, w)
	for i := range n {
		p.add(record{id: fmt.Sprint(i), text: "Ana said the vote was close."})
	}
	st := p.close()
	require.Equal(t, n, st.records, "close() = %+v", st)
	lines := 0
	batched := false
	for _, b := range w.writes {
		k := bytes.Count(b, []byte("\n"))
		lines += k
		batched = batched || k > 1
	}
	assert.Equal(t, n, lines, "lines written")
	assert.True(t, batched, "%d writes of one record each; results that were ready were not batched", len(w.writes))
}

// TestInFlight checks that a stalled attribution stops the reading: at most
// about 2*j records wait in memory.
func TestInFlight(t *testing.T) {
	const jobs = 3
	release := make(chan struct{})
	var attributed atomic.Int32
	attribute := func(string) speakers.Result {
		attributed.Add(1)
		<-release
		return speakers.Result{}
	}
	p := newPipeline(options{format: "jsonl", offsets: "bytes", jobs: jobs}, attribute, new(bytes.Buffer))
	var added atomic.Int32
	go func() {
		for range 100 {
			p.add(record{id: "x", text: "x"})
			added.Add(1)
		}
	}()
	for attributed.Load() < jobs {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	assert.LessOrEqual(t, added.Load(), int32(2*jobs+2), "records read while %d workers are stuck", jobs)
	close(release)
	for added.Load() < 100 {
		time.Sleep(time.Millisecond)
	}
	st := p.close()
	assert.Equal(t, 100, st.records, "close() = %+v", st)
	assert.Zero(t, st.bad, "close() = %+v", st)
}
