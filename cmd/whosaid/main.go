// Command whosaid finds the quotations and reported speech in news articles
// and tells who said each one.
//
// Usage:
//
//	whosaid [flags] [FILE...]
//
// With no FILE it reads standard input. A .txt file is one article, whose id
// is the file name; a .jsonl file holds one article per line as
// {"id": ..., "text": ...}. See README.md for the output schema.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/speakers"
)

type options struct {
	input   string // text, jsonl, or "" to decide by file extension
	format  string // text, json, jsonl
	offsets string // bytes, runes, utf16
	jobs    int
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status: 0, 1 when some
// record or file failed, 2 on bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.input, "input", "", "input format: text or jsonl (default: by file extension; standard input is jsonl when it starts with '{')")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or jsonl")
	fs.StringVar(&o.offsets, "offsets", "runes", "offset unit in the output: bytes, runes (Python) or utf16 (JavaScript)")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "articles to attribute at once")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: whosaid [flags] [FILE...]\n\nFinds the quotations in news articles and who said them.\nWith no FILE, reads standard input.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case o.input != "" && o.input != "text" && o.input != "jsonl":
		fmt.Fprintf(stderr, "whosaid: -input must be text or jsonl, not %q\n", o.input)
		return 2
	case o.format != "text" && o.format != "json" && o.format != "jsonl":
		fmt.Fprintf(stderr, "whosaid: -format must be text, json or jsonl, not %q\n", o.format)
		return 2
	case o.offsets != "bytes" && o.offsets != "runes" && o.offsets != "utf16":
		fmt.Fprintf(stderr, "whosaid: -offsets must be bytes, runes or utf16, not %q\n", o.offsets)
		return 2
	}
	if o.jobs < 1 {
		o.jobs = 1
	}

	out := bufio.NewWriterSize(stdout, 1<<16)
	p := newPipeline(o, out)
	failed := false
	emit := p.add
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, f := range files {
		if err := readFile(f, o.input, stdin, emit); err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
		}
	}
	if p.close() {
		failed = true
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "whosaid: writing output: %v\n", err)
		return 1
	}
	for _, e := range p.errs {
		fmt.Fprintln(stderr, e)
	}
	if failed {
		return 1
	}
	return 0
}

// readFile reads the articles of one file ("-" for standard input).
func readFile(path, input string, stdin io.Reader, emit func(record)) error {
	var r io.Reader
	name := path
	if path == "-" {
		name = "stdin"
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("whosaid: %v", err)
		}
		defer f.Close()
		r = f
	}
	if input == "" {
		switch {
		case strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".ndjson"):
			input = "jsonl"
		case path == "-":
			br := bufio.NewReader(r)
			head, _ := br.Peek(512)
			r = br
			input = "text"
			if looksLikeJSONL(head) {
				input = "jsonl"
			}
		default:
			input = "text"
		}
	}
	if input == "jsonl" {
		return readJSONL(r, name, emit)
	}
	id := idForFile(path)
	if path == "-" {
		id = "stdin"
	}
	return readText(r, name, id, emit)
}

// pipeline attributes records on several goroutines and writes the results
// in input order. At most 2*jobs records are in flight.
type pipeline struct {
	o      options
	w      io.Writer
	jobs   chan job
	order  chan chan result
	done   chan struct{}
	wg     sync.WaitGroup
	seq    int
	failed bool
	errs   []error
}

type job struct {
	rec record
	out chan result
}

type result struct {
	buf    *bytes.Buffer
	failed bool
	err    error
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func newPipeline(o options, w io.Writer) *pipeline {
	p := &pipeline{o: o, w: w, jobs: make(chan job, o.jobs), order: make(chan chan result, 2*o.jobs), done: make(chan struct{})}
	var a speakers.Attributor
	for range o.jobs {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				j.out <- p.process(&a, j.rec)
			}
		}()
	}
	go p.write()
	return p
}

// add queues one record; it blocks while too many are in flight.
func (p *pipeline) add(r record) {
	r.seq = p.seq
	p.seq++
	c := make(chan result, 1)
	p.order <- c
	p.jobs <- job{rec: r, out: c}
}

// process attributes one record and renders it.
func (p *pipeline) process(a *speakers.Attributor, r record) (res result) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	res.buf = buf
	if r.err != nil {
		renderError(buf, p.o.format, r.id, r.err)
		res.failed = true
		return res
	}
	defer func() {
		// A defect in whosaid must not lose the record or the run.
		if v := recover(); v != nil {
			buf.Reset()
			renderError(buf, p.o.format, r.id, fmt.Errorf("internal error: %v", v))
			res.failed = true
		}
	}()
	text := validUTF8(r.text)
	if err := render(buf, p.o.format, r.id, text, p.o.offsets, a.Attribute(text)); err != nil {
		buf.Reset()
		renderError(buf, p.o.format, r.id, err)
		res.failed = true
	}
	return res
}

// write prints results in input order; each record is written whole and
// flushed, so a killed run leaves only whole lines.
func (p *pipeline) write() {
	defer close(p.done)
	bw, _ := p.w.(*bufio.Writer)
	var werr error
	for c := range p.order {
		res := <-c
		if res.failed {
			p.failed = true
		}
		if werr == nil {
			_, werr = p.w.Write(res.buf.Bytes())
			if werr == nil && bw != nil && bw.Buffered() > 1<<15 {
				werr = bw.Flush()
			}
			if werr != nil {
				p.errs = append(p.errs, fmt.Errorf("whosaid: writing output: %w", werr))
				p.failed = true
			}
		}
		if res.buf.Cap() < 1<<20 {
			bufPool.Put(res.buf)
		}
	}
}

// close waits for every record to be written and reports whether any failed.
func (p *pipeline) close() bool {
	close(p.order)
	close(p.jobs)
	p.wg.Wait()
	<-p.done
	return p.failed
}
