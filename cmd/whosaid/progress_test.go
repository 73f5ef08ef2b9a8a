package main

import (
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
// progress line, and tells that stderr is a terminal when term is set.
func slowCommand(term bool) command {
	return command{
		attribute: func(s string) speakers.Result {
			time.Sleep(20 * time.Millisecond)
			return speakers.Attribute(s)
		},
		terminal:      func(io.Writer) bool { return term },
		progressDelay: time.Millisecond,
	}
}

func TestProgress(t *testing.T) {
	lines, _ := articles(40)
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
	want, _, st := runCmd(t, command{}, "", "-format", "jsonl", path)
	require.Equal(t, 0, st)
	for _, tc := range []struct {
		name  string
		term  bool
		args  []string
		shown bool
	}{
		{"terminal", true, nil, true},
		{"terminal -q", true, []string{"-q"}, false},
		{"not a terminal", false, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"-format", "jsonl", "-j", "1"}, tc.args...), path)
			out, stderr, st := runCmd(t, slowCommand(tc.term), "", args...)
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
	_, stderr, st := runCmd(t, slowCommand(true), strings.Join(lines, "\n"), "-format", "jsonl", "-j", "1")
	require.Equal(t, 0, st)
	assert.Contains(t, stderr, " records")
	assert.NotContains(t, stderr, "%")
}

func TestVersion(t *testing.T) {
	out, stderr, st := runCmd(t, command{}, "", "-version")
	assert.Equal(t, 0, st, stderr)
	assert.Regexp(t, `^whosaid \S+.* go1\.\d+`, out)
}
