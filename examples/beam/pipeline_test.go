package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// The flag is not -update, which is the Dataflow runner's (update a running
// job).
var update = flag.Bool("golden", false, "rewrite the golden files in testdata")

// TestMain runs the pipelines of the tests on Beam's local runner, prism
// (or the one given by --runner).
func TestMain(m *testing.M) {
	ptest.Main(m)
}

const sample = "testdata/sample.jsonl"

// TestPipeline runs the attribution on lines made in memory and checks its
// three outputs with passert.
func TestPipeline(t *testing.T) {
	articles := map[string]string{
		"a1": `"The bridge will open in May," said Mayor Ann Bell. Bell said the cost had doubled.`,
		"a2": `Ann Bell said the council would vote again. "We have no choice," she said. The Port Authority said it agreed.`,
		"a3": `Fog is expected on Friday.`,
	}
	var lines []inputLine
	var want []any
	for i, id := range []string{"a1", "a2", "a3"} {
		lines = append(lines, inputLine{File: "mem.jsonl", Line: i + 1, Data: []byte(encode(map[string]string{"id": id, "text": articles[id]}))})
		want = append(want, encode(schema.New(id, articles[id], "runes", speakers.Attribute(articles[id]))))
	}
	lines = append(lines, inputLine{File: "mem.jsonl", Line: 5, Data: []byte(`{"id":"bad","text":null}`)})
	want = append(want, `{"id":"bad","error":"mem.jsonl:5: \"text\" is null"}`)

	p, s := beam.NewPipelineWithRoot()
	o := attributeLines(s, config{Offsets: "runes", MaxArticle: 1 << 20}, beam.CreateList(s, lines))
	passert.Equals(s, o.Records, want...)
	passert.Equals(s, o.DeadLetter,
		`{"file":"mem.jsonl","line":5,"id":"bad","error":"mem.jsonl:5: \"text\" is null","record":"{\"id\":\"bad\",\"text\":null}"}`)
	passert.Equals(s, o.Speakers,
		`{"speaker":"Ann Bell","kind":"person","statements":4,"articles":2}`,
		`{"speaker":"Port Authority","kind":"organization","statements":1,"articles":1}`)
	ptest.RunAndValidate(t, p)
}

// runSample runs the whole pipeline, from the file to the written outputs,
// on the sample and returns the output directory. Within the same pipeline
// passert checks that there is one record per line that is not blank.
func runSample(t *testing.T, shards int, offsets string) string {
	dir := t.TempDir()
	c := config{Input: sample, Output: dir, Offsets: offsets, Shards: shards, MaxArticle: 64 << 20}
	require.NoError(t, c.check())
	p, s := beam.NewPipelineWithRoot()
	o := attribute(s, c)
	write(s, c, o)
	passert.Count(s, o.Records, "records", 11)
	passert.Count(s, o.DeadLetter, "dead letters", 4)
	ptest.RunAndValidate(t, p)
	return dir
}

// readOutput returns the lines of the shards of one output, sorted, and
// checks that there are as many shards as asked.
func readOutput(t *testing.T, dir, name string, shards int) []string {
	files, err := filepath.Glob(filepath.Join(dir, name+"-*.jsonl"))
	require.NoError(t, err)
	var want []string
	for i := range shards {
		want = append(want, shardFile(dir, name, i, shards))
	}
	require.Equal(t, want, files)
	var lines []string
	for _, f := range files {
		lines = append(lines, fileLines(t, f)...)
	}
	sort.Strings(lines)
	return lines
}

func fileLines(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return lines
}

// TestSampleGolden checks the per-speaker table and the dead letters of
// the sample against testdata/sample.{speakers,deadletter}.golden (sorted;
// go test -golden rewrites them).
func TestSampleGolden(t *testing.T) {
	dir := runSample(t, 1, "runes")
	for _, name := range []string{"speakers", "deadletter"} {
		got := readOutput(t, dir, name, 1)
		golden := filepath.Join("testdata", "sample."+name+".golden")
		if *update {
			require.NoError(t, os.WriteFile(golden, []byte(joinLines(got)), 0o644))
		}
		assert.Equal(t, fileLines(t, golden), got, name)
	}
}

func joinLines(lines []string) string {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestSameAsCLI checks that the pipeline's records on the sample are the
// records of the real command, `whosaid -format jsonl testdata/sample.jsonl`,
// built from this repository: byte for byte, record by record, in the
// command's order once both are sorted by id; in one shard and in several,
// and in each offset unit.
func TestSameAsCLI(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "whosaid")
	build := exec.Command("go", "build", "-o", bin, "./cmd/whosaid")
	build.Dir = filepath.Join("..", "..")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building the command: %s", out)

	tests := []struct {
		shards  int
		offsets string
	}{
		{1, "runes"},
		{3, "runes"},
		{1, "bytes"},
		{2, "utf16"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d shards, %s", tt.shards, tt.offsets), func(t *testing.T) {
			cmd := exec.Command(bin, "-format", "jsonl", "-offsets", tt.offsets, sample)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.Output()
			// The sample has malformed records: the command says so and
			// exits 1.
			var ee *exec.ExitError
			require.True(t, errors.As(err, &ee), "whosaid: %v", err)
			require.Equal(t, 1, ee.ExitCode(), "whosaid: %s", stderr.String())
			cli := sortByID(t, readLinesBytes(stdout))
			require.Len(t, cli, 11)

			dir := runSample(t, tt.shards, tt.offsets)
			got := sortByID(t, readOutput(t, dir, "records", tt.shards))
			require.Len(t, got, len(cli))
			for i := range cli {
				assert.Equal(t, cli[i], got[i], "record %d (by id) differs", i)
			}
			// The other outputs do not depend on the unit, and every shard
			// is written, even an empty one.
			for _, name := range []string{"speakers", "deadletter"} {
				golden := filepath.Join("testdata", "sample."+name+".golden")
				assert.Equal(t, fileLines(t, golden), readOutput(t, dir, name, tt.shards), name)
			}
		})
	}
}

func readLinesBytes(b []byte) []string {
	var lines []string
	for l := range bytes.Lines(b) {
		lines = append(lines, string(bytes.TrimSuffix(l, []byte("\n"))))
	}
	return lines
}

// sortByID sorts records by their id, which the sample keeps unique.
func sortByID(t *testing.T, lines []string) []string {
	ids := map[string]string{}
	for _, l := range lines {
		var r struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		require.NotContains(t, ids, r.ID, "ids must be unique")
		ids[r.ID] = l
	}
	keys := slices.Sorted(maps.Keys(ids))
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = ids[k]
	}
	return out
}

// TestWriteSharded checks that every shard is written, the empty ones too,
// and that each line is in exactly one of them.
func TestWriteSharded(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		shards int
	}{
		{"more shards than lines", []string{`{"a":1}`}, 4},
		{"no lines", nil, 2},
		{"one shard", []string{`{"a":1}`, `{"a":2}`, `{"a":3}`}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p, s := beam.NewPipelineWithRoot()
			writeSharded(s, dir, "out", tt.shards, beam.CreateList(s, append([]string{}, tt.lines...)))
			ptest.RunAndValidate(t, p)
			got := readOutput(t, dir, "out", tt.shards)
			want := slices.Clone(tt.lines)
			sort.Strings(want)
			assert.Equal(t, want, got)
		})
	}
}
