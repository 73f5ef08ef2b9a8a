package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/speakers"
)

// slowCommand attributes slowly, so that the run lasts long enough for the
// progress line, and tells which of stderr and stdout are terminals.
func slowCommand(stderrTerm, stdoutTerm bool) command {
	return command{
		attribute: func(s string) speakers.Result {
			time.Sleep(20 * time.Millisecond)
			return speakers.Attribute(s)
		},
		terminal: func(w io.Writer) bool {
			if _, ok := w.(*stderrBuffer); ok {
				return stderrTerm
			}
			return stdoutTerm
		},
		progressDelay: time.Millisecond,
	}
}

// stderrBuffer is the stderr of runProgress, told apart from its stdout.
type stderrBuffer struct{ bytes.Buffer }

func runProgress(t *testing.T, c command, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out bytes.Buffer
	var errOut stderrBuffer
	status = c.run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestProgress(t *testing.T) {
	lines, _ := articles(40)
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
	want, _, st := runCmd(t, command{}, "", "-format", "jsonl", path)
	require.Equal(t, 0, st)
	for _, tc := range []struct {
		name                   string
		stderrTerm, stdoutTerm bool
		args                   []string
		shown                  bool
	}{
		{"terminal", true, false, nil, true},
		{"terminal -q", true, false, []string{"-q"}, false},
		{"not a terminal", false, false, nil, false},
		{"output to the terminal too", true, true, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"-format", "jsonl", "-j", "1"}, tc.args...), path)
			out, stderr, st := runProgress(t, slowCommand(tc.stderrTerm, tc.stdoutTerm), "", args...)
			require.Equal(t, 0, st)
			assert.Equal(t, want, out, "the progress line changes nothing in the output")
			if !tc.shown {
				assert.Empty(t, stderr)
				return
			}
			assert.Contains(t, stderr, "whosaid: ")
			assert.Contains(t, stderr, " records")
			assert.Contains(t, stderr, "B/s", "a rate")
			assert.Contains(t, stderr, "%", "a bar, with the files' total size")
			assert.Regexp(t, `\[\d+s:\d+s\]`, stderr, "elapsed and time left")
		})
	}
	// With standard input (not a file), no total: no bar, no time left.
	_, stderr, st := runProgress(t, slowCommand(true, false), strings.Join(lines, "\n"), "-format", "jsonl", "-j", "1")
	require.Equal(t, 0, st)
	assert.Contains(t, stderr, " records")
	assert.NotContains(t, stderr, "%")
}

func TestVersion(t *testing.T) {
	out, stderr, st := runCmd(t, command{}, "", "-version")
	assert.Equal(t, 0, st, stderr)
	assert.Regexp(t, `^whosaid \S+.* go1\.\d+`, out)
}
