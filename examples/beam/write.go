package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeSharded writes the lines of col, a PCollection<string>, to shards
// files named DIR/NAME-SSSSS-of-NNNNN.jsonl, each line followed by "\n".
// A line goes to the shard given by a hash of its bytes; within a shard the
// order is the runner's. Every shard is written, empty or not, so that a
// run always leaves the same set of files: an empty dead-letter file says
// that no record failed. A shard is written by one worker; a retried
// bundle writes its file again whole.
func writeSharded(s beam.Scope, dir, name string, shards int, col beam.PCollection) {
	s = s.Scope("write " + name)
	filesystem.ValidateScheme(dir)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	// One empty line per shard, which no output line can be (records are
	// JSON objects), makes the shard's group exist when no line goes to it.
	markers := beam.ParDo(s, &emptyShardsFn{Shards: shards}, beam.Impulse(s))
	groups := beam.GroupByKey(s, beam.Flatten(s, keyed, markers))
	beam.ParDo0(s, &writeShardFn{Dir: dir, Name: name, Shards: shards}, groups)
}

// shardFile returns the path of one shard.
func shardFile(dir, name string, shard, shards int) string {
	return strings.TrimSuffix(dir, "/") + "/" + fmt.Sprintf("%s-%05d-of-%05d.jsonl", name, shard, shards)
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

type emptyShardsFn struct {
	Shards int `json:"shards"`
}

func (fn *emptyShardsFn) ProcessElement(_ []byte, emit func(int, string)) {
	for i := range fn.Shards {
		emit(i, "")
	}
}

type writeShardFn struct {
	Dir    string `json:"dir"`
	Name   string `json:"name"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	path := shardFile(fn.Dir, fn.Name, shard, fn.Shards)
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("whosaid-beam: writing %s: %w", path, err)
	}
	defer func() {
		if cerr := fd.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("whosaid-beam: writing %s: %w", path, cerr)
		}
	}()
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue // the shard's marker
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("whosaid-beam: writing %s: %w", path, err)
	}
	return nil
}
