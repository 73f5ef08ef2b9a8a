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

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	assert.Equal(t, 0, st, "whosaid -h")
	assert.Contains(t, stderr, "64 MiB", "the usage states the limit")
	assert.Contains(t, stderr, "error record", "the usage states the error records")
}

// TestUnreadableFile checks that a file that cannot be read is named on
// stderr with the reason, and that the files after it are still read.
func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.jsonl")
	locked := filepath.Join(dir, "locked.txt")
	require.NoError(t, os.WriteFile(locked, []byte("Ana said so."), 0o000))
	cases := []struct{ path, reason string }{
		{missing, "no such file or directory"},
		{dir, "is a directory"},
	}
	if _, err := os.ReadFile(locked); err != nil { // root reads it anyway
		cases = append(cases, struct{ path, reason string }{locked, "permission denied"})
	}
	for _, tc := range cases {
		out, stderr, st := runCmd(t, command{}, "", "-format", "jsonl", tc.path, article)
		assert.Equal(t, 1, st, "whosaid %s", tc.path)
		assert.Contains(t, stderr, tc.path, "whosaid %s: stderr names the file", tc.path)
		assert.Contains(t, stderr, tc.reason, "whosaid %s: stderr says why", tc.path)
		recs := decode(t, out)
		if assert.Len(t, recs, 1, "whosaid %s %s: the article after the file", tc.path, article) {
			assert.Equal(t, filepath.Base(article), recs[0].ID)
			assert.Empty(t, recs[0].Error)
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
	require.NoError(t, err)
	unit := "Café 😀 " + string(b) + "\r\n\r\n\x00\ufeff“" + strings.Repeat(`"`, 200) + "\n"
	text := strings.Repeat(unit, hugeSize()/len(unit)+1)
	line, _ := json.Marshal(map[string]string{"id": "huge", "text": text})
	in := `{"id":"a","text":"Ana said so."}` + "\n" + string(line) + "\n" + `{"id":"z","text":"Zoë said so."}` + "\n"
	for _, unit := range []string{"bytes", "runes"} {
		out, stderr, st := runCmd(t, command{}, in, "-format", "jsonl", "-offsets", unit, "-j", "2")
		recs := decode(t, out)
		require.Equal(t, 0, st, "-offsets %s: stderr %q", unit, stderr)
		require.Len(t, recs, 3, "-offsets %s", unit)
		require.Equal(t, []string{"a", "huge", "z"}, []string{recs[0].ID, recs[1].ID, recs[2].ID}, "-offsets %s", unit)
		n := checkSpansLinear(t, text, recs[1].Article)
		assert.GreaterOrEqual(t, n, len(text)>>12, "-offsets %s: spans in %d bytes, want at least one per 4 KB", unit, len(text))
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
		require.True(t, ok1 && ok2 && start <= end, "span %d:%d (%s) is outside the %d-byte text", s.Start, s.End, a.Offsets, len(text))
		require.Equal(t, text[start:end], s.Text, "span %d:%d (%s) is not the article there", s.Start, s.End, a.Offsets)
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
	assert.Equal(t, 1, st, "status: some records failed")
	recs := decode(t, out)
	require.Len(t, recs, len(lines), "one record per line")
	for i, r := range recs {
		if i%2 == 1 {
			assert.True(t, strings.HasPrefix(r.Error, fmt.Sprintf("stdin:%d: ", i+1)), "record %d: error %q, want one naming line %d", i, r.Error, i+1)
			continue
		}
		if !assert.Equal(t, ids[i], r.ID, "record %d", i) || !assert.Empty(t, r.Error, "record %d", i) {
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
	require.NoError(t, os.WriteFile(in, []byte(strings.Join(lines, "\n")), 0o644))
	full, _, _ := runCmd(t, command{}, "", "-format", "jsonl", "-j", "2", in)
	outPath := filepath.Join(dir, "out.jsonl")
	outFile, err := os.Create(outPath)
	require.NoError(t, err)
	t.Cleanup(func() { outFile.Close() })
	cmd := exec.Command(os.Args[0], "-format", "jsonl", "-j", "2", in)
	cmd.Env = append(os.Environ(), "WHOSAID_RUN_MAIN=1")
	cmd.Stdout = outFile
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
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
	require.NoError(t, err)
	if len(got) == 0 || string(got) == full {
		t.Skipf("the signal came before the first write or after the last (%d bytes)", len(got))
	}
	require.True(t, strings.HasPrefix(full, string(got)), "the output of a stopped run is not a prefix of a whole run's output: …%q", got[max(0, len(got)-60):])
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
			assert.True(t, strings.HasSuffix(got, "\n"), "output of an interrupted run ends inside a line: …%q", got[max(0, len(got)-60):])
			var ee *exec.ExitError
			if assert.True(t, errors.As(err, &ee), "exit: %v", err) {
				assert.Equal(t, 128+int(sig), ee.ExitCode(), "exit status")
			}
			assert.Contains(t, cmd.Stderr.(*bytes.Buffer).String(), "stopped by", "stderr says the run was stopped")
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
	assert.Equal(t, 128+int(syscall.SIGINT), st)
	recs := decode(t, out.String())
	assert.True(t, len(recs) >= 5 && len(recs) <= 10, "%d records written; want the 5 sent before the signal (and at most the 5 after)", len(recs))
	for i, r := range recs {
		assert.Equal(t, fmt.Sprintf("a%d", i), r.ID, "record %d", i)
		assert.Empty(t, r.Error, "record %d", i)
	}
	assert.Contains(t, errOut.String(), "stopped by")
}
