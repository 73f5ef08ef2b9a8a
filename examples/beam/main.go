// Command beam runs whosaid over archives of news articles on Apache Beam:
// locally on Beam's prism runner, or on Google Cloud Dataflow, Apache Flink
// or Apache Spark with the same code.
//
// Usage:
//
//	go run . --input 'GLOB' --output DIR [--shards N] [--offsets runes] [--runner prism]
//
// It reads the JSON Lines files that GLOB matches, as `whosaid` reads them:
// {"id": ..., "text": ...} per line, or a web page {"id": ..., "html": ...,
// "url": ...} whose article is extracted. It writes to DIR:
//
//   - records-SSSSS-of-NNNNN.jsonl: one record per input line, the same
//     record `whosaid -format jsonl FILE` writes for it, in no particular
//     order;
//   - speakers-SSSSS-of-NNNNN.jsonl: the per-speaker table, one line per
//     speaker name and kind: {"speaker", "kind", "statements", "articles"};
//   - deadletter-SSSSS-of-NNNNN.jsonl: the records that failed, with their
//     file, line, id, error and input line.
//
// See README.md for the runners' flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input      = flag.String("input", "", "a glob of JSON Lines files of articles (local, or gs://... on Dataflow)")
	output     = flag.String("output", "", "the directory to write records-*, speakers-* and deadletter-*.jsonl to")
	offsets    = flag.String("offsets", "runes", "offset unit in the records: bytes, runes (Python) or utf16 (JavaScript)")
	shards     = flag.Int("shards", 1, "files per output")
	maxArticle = flag.Int("max_article_bytes", 64<<20, "the largest article; a larger one gets an error record")
)

func main() {
	flag.Parse()
	beam.Init()
	c := config{Input: *input, Output: *output, Offsets: *offsets, Shards: *shards, MaxArticle: *maxArticle}
	if err := c.check(); err != nil {
		fmt.Fprintln(os.Stderr, "whosaid-beam:", err)
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	write(s, c, attribute(s, c))
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "whosaid-beam:", err)
		os.Exit(1)
	}
	if res == nil {
		return // submitted with --async: the runner tells how it went
	}
	records, failed := counter(res, "records"), counter(res, "failed")
	fmt.Fprintf(os.Stderr, "whosaid-beam: %d records written to %s\n", records, c.Output)
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "whosaid-beam: %d of %d records failed; see their error records and the dead letters\n", failed, records)
		os.Exit(1)
	}
}

// counter returns the total of one of the counters of attributeFn at the
// end of a run.
func counter(res beam.PipelineResult, name string) int64 {
	var n int64
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() == "whosaid" && r.Name() == name {
			n += r.Result()
		}
	}
	return n
}

// check says what is wrong with c, if anything.
func (c config) check() error {
	switch {
	case c.Input == "":
		return fmt.Errorf("--input is required")
	case c.Output == "":
		return fmt.Errorf("--output is required")
	case c.Offsets != "bytes" && c.Offsets != "runes" && c.Offsets != "utf16":
		return fmt.Errorf("--offsets must be bytes, runes or utf16, not %q", c.Offsets)
	case c.Shards < 1:
		return fmt.Errorf("--shards must be at least 1")
	case c.MaxArticle < 1:
		return fmt.Errorf("--max_article_bytes must be at least 1")
	}
	return nil
}
