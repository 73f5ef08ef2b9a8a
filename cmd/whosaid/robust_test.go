package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestMain runs the command itself when WHOSAID_RUN_MAIN is set, so that a
// test can start it as a process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("WHOSAID_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

func TestHelpNamesLimit(t *testing.T) {
	_, stderr, st := runCmd(t, command{}, "", "-h")
	if st != 0 || !strings.Contains(stderr, "64 MiB") || !strings.Contains(stderr, "error record") {
		t.Errorf("whosaid -h: status %d, usage does not state the 64 MiB limit and the error records:\n%s", st, stderr)
	}
}

// TestUnreadableFile checks that a file that cannot be read is named on
// stderr with the reason, and that the files after it are still read.
func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.jsonl")
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte("Ana said so."), 0o000); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ path, reason string }{
		{missing, "no such file or directory"},
		{dir, "is a directory"},
	}
	if _, err := os.ReadFile(locked); err != nil { // root reads it anyway
		cases = append(cases, struct{ path, reason string }{locked, "permission denied"})
	}
	for _, tc := range cases {
		out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", tc.path, article)
		if st != 1 || !strings.Contains(stderr, tc.path) || !strings.Contains(stderr, tc.reason) {
			t.Errorf("whosaid %s: status %d, stderr %q; want 1 and the file with %q", tc.path, st, stderr, tc.reason)
		}
		if recs := decode(t, out); len(recs) != 1 || recs[0].ID != filepath.Base(article) || recs[0].Error != "" {
			t.Errorf("whosaid %s %s: records %+v, want the article after the file", tc.path, article, recs)
		}
	}
}

// hugeSize is the size of the article of TestHugeRecord: 20 MB, or less
// under the race detector and -short.
func hugeSize() int {
	if testing.Short() || raceEnabled {
		return 4 << 20
	}
	return 20 << 20
}

// TestHugeRecord runs a 20 MB article, one JSON Lines line, through the
// command between two small ones, and checks every span of the output.
func TestHugeRecord(t *testing.T) {
	b, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	unit := "Café 😀 " + string(b) + "\r\n\r\n\x00\ufeff“" + strings.Repeat(`"`, 200) + "\n"
	text := strings.Repeat(unit, hugeSize()/len(unit)+1)
	line, _ := json.Marshal(map[string]string{"id": "huge", "text": text})
	in := `{"id":"a","text":"Ana said so."}` + "\n" + string(line) + "\n" + `{"id":"z","text":"Zoë said so."}` + "\n"
	for _, unit := range []string{"bytes", "runes"} {
		out, stderr, st := runCmd(t, command{}, in, "-format", "jsonl", "-offsets", unit, "-j", "2")
		recs := decode(t, out)
		if st != 0 || len(recs) != 3 || recs[0].ID != "a" || recs[1].ID != "huge" || recs[2].ID != "z" {
			t.Fatalf("-offsets %s: status %d, stderr %q, %d records; want a, huge, z", unit, st, stderr, len(recs))
		}
		if n := checkSpansLinear(t, text, recs[1].jsonArticle); n < len(text)>>12 {
			t.Errorf("-offsets %s: %d spans in %d bytes, want at least one per 4 KB", unit, n, len(text))
		}
	}
}

// checkSpansLinear is checkSpans for long texts: it converts all offsets
// in one pass. It returns how many spans it checked.
func checkSpansLinear(t *testing.T, text string, a jsonArticle) int {
	t.Helper()
	var spans []jsonSpan
	for _, q := range a.Quotes {
		spans = append(spans, jsonSpan{q.Start, q.End, q.Text})
		if q.Cue != nil {
			spans = append(spans, *q.Cue)
		}
		if q.Speaker != nil && q.Speaker.Mention != nil {
			spans = append(spans, *q.Speaker.Mention)
		}
		spans = append(spans, q.Fragments...)
	}
	for _, s := range a.Speakers {
		spans = append(spans, s.Mentions...)
	}
	var offs []int
	for _, s := range spans {
		offs = append(offs, s.Start, s.End)
	}
	sort.Ints(offs)
	toByte := map[int]int{} // offset in a.Offsets units → byte offset
	b, n := 0, 0
	for _, o := range offs {
		for n < o && b < len(text) {
			r, size := utf8.DecodeRuneInString(text[b:])
			if a.Offsets == "bytes" {
				size = 1
			}
			b += size
			n++
			if a.Offsets == "utf16" && r >= 0x10000 {
				n++ // a surrogate pair
			}
		}
		if n == o {
			toByte[o] = b
		}
	}
	for _, s := range spans {
		start, ok1 := toByte[s.Start]
		end, ok2 := toByte[s.End]
		if !ok1 || !ok2 || start > end {
			t.Fatalf("span %d:%d (%s) is outside the %d-byte text", s.Start, s.End, a.Offsets, len(text))
		}
		if text[start:end] != s.Text {
			t.Fatalf("span %d:%d (%s): text %q, but the article there is %q", s.Start, s.End, a.Offsets, s.Text, text[start:end])
		}
	}
	return len(spans)
}

// TestHostileRecords feeds one JSON Lines stream of hostile articles and
// broken lines: every line gets exactly one record, in order, and every
// span of the output slices its article.
func TestHostileRecords(t *testing.T) {
	texts := []string{
		"\xff\xfe Ana said \"\x80\xc3 we \xe2\x80 will\" \xed\xa0\x80.",
		"\x00Ana\x01 said\x1b[0m \"we\x00 will\x7f.\"\x08\v\f",
		"\ufeffAna said: “We will.”\r\n\r\n“Soon,” she added.\r\n",
		"Ana said: “We will.”\r\r“Soon,” she added.\r",
		strings.Repeat(`"`, 100000),
		strings.Repeat("“", 50000),
		strings.Repeat(`"a"b“c”d‘e’f'g'h«i»`, 5000),
		strings.Repeat("“a ‘b ", 10000),
		strings.Repeat("She said “we will ", 10000),
		strings.Repeat("he said she told ", 10000),
		strings.Repeat("Raimondo said. ", 10000),
	}
	var lines, ids []string
	for i, text := range texts {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text})
		lines = append(lines, string(b))
		ids = append(ids, fmt.Sprint(i))
		// A broken line after each article.
		lines = append(lines, []string{`{"id":"x","text":5}`, `{"id":"y"}`, `{bad`, `{"text":null}`}[i%4])
		ids = append(ids, fmt.Sprintf("stdin:%d", len(lines)))
	}
	ids[1], ids[3] = "x", "y" // broken lines with an id keep it
	in := strings.Join(lines, "\n")
	out, _, st := runCmd(t, command{}, in, "-format", "jsonl", "-offsets", "utf16", "-j", "3")
	if st != 1 {
		t.Errorf("status %d, want 1: some records failed", st)
	}
	recs := decode(t, out)
	if len(recs) != len(lines) {
		t.Fatalf("%d records for %d lines", len(recs), len(lines))
	}
	for i, r := range recs {
		if i%2 == 1 {
			if r.Error == "" || !strings.HasPrefix(r.Error, fmt.Sprintf("stdin:%d: ", i+1)) {
				t.Errorf("record %d: error %q, want one naming line %d", i, r.Error, i+1)
			}
			continue
		}
		if r.ID != ids[i] || r.Error != "" {
			t.Errorf("record %d: id %q, error %q; want id %q", i, r.ID, r.Error, ids[i])
			continue
		}
		// json.Marshal wrote each invalid byte as U+FFFD.
		var in struct{ Text string }
		json.Unmarshal([]byte(lines[i]), &in)
		checkSpansLinear(t, in.Text, r.jsonArticle)
	}
}

// TestKilledRun kills the command while it writes and checks that its
// output file holds only whole records.
func TestKilledRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	lines, _ := articles(20000)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(dir, "out.jsonl")
	outFile, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer outFile.Close()
	cmd := exec.Command(os.Args[0], "-format", "jsonl", "-j", "2", in)
	cmd.Env = append(os.Environ(), "WHOSAID_RUN_MAIN=1")
	cmd.Stdout = outFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written something, or after a while.
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(time.Millisecond) {
		if fi, err := outFile.Stat(); err == nil && fi.Size() > 0 {
			break
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	got, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Skip("killed before it wrote anything")
	}
	if !bytes.HasSuffix(got, []byte("\n")) {
		t.Errorf("output of a killed run ends inside a line: …%q", got[max(0, len(got)-60):])
	}
	recs := decode(t, string(got))
	for i, r := range recs {
		if want := fmt.Sprintf("a%d", i); r.ID != want {
			t.Fatalf("record %d has id %q, want %q", i, r.ID, want)
		}
	}
	t.Logf("killed after %d of %d records", len(recs), len(lines))
}
