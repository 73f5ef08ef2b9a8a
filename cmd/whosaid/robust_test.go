package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/schema"
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
		if n := checkSpansLinear(t, text, recs[1].Article); n < len(text)>>12 {
			t.Errorf("-offsets %s: %d spans in %d bytes, want at least one per 4 KB", unit, n, len(text))
		}
	}
}

// checkSpansLinear is checkSpans for long texts: it converts all offsets
// in one pass. It returns how many spans it checked.
func checkSpansLinear(t *testing.T, text string, a schema.Article) int {
	t.Helper()
	var spans []schema.Span
	for _, q := range a.Quotes {
		spans = append(spans, schema.Span{Start: q.Start, End: q.End, Text: q.Text})
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
		checkSpansLinear(t, in.Text, r.Article)
	}
}

// startRun starts the command as a process on n test articles, with its
// output in a file, and waits until it has written something. It returns
// the process, the output path and what a whole run writes.
func startRun(t *testing.T, n int) (*exec.Cmd, string, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a process")
	}
	lines, _ := articles(n)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	full, _, _ := runCmd(t, command{}, "", "-format", "jsonl", "-j", "2", in)
	outPath := filepath.Join(dir, "out.jsonl")
	outFile, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { outFile.Close() })
	cmd := exec.Command(os.Args[0], "-format", "jsonl", "-j", "2", in)
	cmd.Env = append(os.Environ(), "WHOSAID_RUN_MAIN=1")
	cmd.Stdout = outFile
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until it has written something, or a while.
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(time.Millisecond) {
		if fi, err := outFile.Stat(); err == nil && fi.Size() > 0 {
			break
		}
	}
	return cmd, outPath, full
}

// readOutput returns what the run wrote; it skips the test when the run
// wrote nothing or everything before the signal came.
func readOutput(t *testing.T, path, full string) string {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || string(got) == full {
		t.Skipf("the signal came before the first write or after the last (%d bytes)", len(got))
	}
	if !strings.HasPrefix(full, string(got)) {
		t.Fatalf("the output of a stopped run is not a prefix of a whole run's output: …%q", got[max(0, len(got)-60):])
	}
	return string(got)
}

// TestKilledRun kills the command with SIGKILL while it writes. Its output
// is a prefix of a whole run's: records in order, every line but possibly
// the last whole (a kill in the middle of a write can cut it short).
func TestKilledRun(t *testing.T) {
	cmd, out, full := startRun(t, 20000)
	cmd.Process.Kill()
	cmd.Wait()
	got := readOutput(t, out, full)
	whole := got[:strings.LastIndexByte(got, '\n')+1]
	t.Logf("killed after %d records; %d bytes of a cut line", len(decode(t, whole)), len(got)-len(whole))
}

// TestInterruptedRun sends SIGINT and SIGTERM while the command writes: it
// stops reading, writes the records it has, whole, and exits 128+signal.
func TestInterruptedRun(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, out, full := startRun(t, 20000)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			got := readOutput(t, out, full)
			if !strings.HasSuffix(got, "\n") {
				t.Errorf("output of an interrupted run ends inside a line: …%q", got[max(0, len(got)-60):])
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 128+int(sig) {
				t.Errorf("exit: %v; want status %d", err, 128+int(sig))
			}
			if msg := cmd.Stderr.(*bytes.Buffer).String(); !strings.Contains(msg, "stopped by") {
				t.Errorf("stderr %q does not say the run was stopped", msg)
			}
			t.Logf("stopped after %d of 20000 records", len(decode(t, got)))
		})
	}
}

// TestStopSignal stops an in-process run from its signals channel: the
// records read so far are written whole, the rest are not read.
func TestStopSignal(t *testing.T) {
	lines, _ := articles(10)
	pr, pw := io.Pipe()
	sigs := make(chan os.Signal, 1)
	go func() {
		io.WriteString(pw, strings.Join(lines[:5], "\n")+"\n")
		sigs <- syscall.SIGINT
		io.WriteString(pw, strings.Join(lines[5:], "\n")+"\n") // read or not, as the run sees the signal
		pw.Close()
	}()
	var out, errOut bytes.Buffer
	st := command{signals: sigs}.run([]string{"-format", "jsonl", "-input", "jsonl"}, pr, &out, &errOut)
	if st != 128+int(syscall.SIGINT) {
		t.Errorf("status %d, want %d", st, 128+int(syscall.SIGINT))
	}
	recs := decode(t, out.String())
	if len(recs) < 5 || len(recs) > 10 {
		t.Errorf("%d records written; want the 5 sent before the signal (and at most the 5 after)", len(recs))
	}
	for i, r := range recs {
		if want := fmt.Sprintf("a%d", i); r.ID != want || r.Error != "" {
			t.Errorf("record %d: id %q error %q, want %q", i, r.ID, r.Error, want)
		}
	}
	if !strings.Contains(errOut.String(), "stopped by") {
		t.Errorf("stderr %q", errOut.String())
	}
}
