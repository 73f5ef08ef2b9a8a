package main

import (
	"bytes"
	"io"
	"sync"

	"github.com/whosaid/whosaid/speakers"
)

// batchSize is how many bytes of whole records the writer gathers before it
// writes them, when results are ready faster than they are written.
const batchSize = 64 << 10

// streamSize is the size of an article from which its record is not
// rendered by the worker into a buffer but written by the writer, one
// statement at a time (streamRecord), when its turn comes: a record of JSON
// Lines takes up to 12 bytes per byte of its article (text dense with
// statements), indented JSON 23, so that holding it whole would take more
// memory than attributing the article. Records of -format html are held
// whole: the page draws the whole text with its statements.
const streamSize = 1 << 20

// pipeline attributes records on several goroutines and writes the results
// in input order. At most about 2*jobs records are in flight: queued,
// being attributed, or rendered and waiting for their turn; and, when
// options.budget is set, at most that many bytes of articles (a larger
// article goes alone).
//
// The output writer sees only whole records: each Write call holds one or
// more records and never part of one, so a run killed between writes leaves
// only whole lines.
type pipeline struct {
	o         options
	attribute func(string) speakers.Result
	w         io.Writer
	jobs      chan job
	order     chan chan result // one per record, in input order
	done      chan struct{}    // closed when the writer is done
	wg        sync.WaitGroup
	// progress, when not nil, counts the records written.
	progress *progress
	// slots, when not nil, is shared with other pipelines (the server's
	// requests): a worker holds a slot while it attributes a record.
	slots chan struct{}

	// Written by the writer goroutine, read after done is closed.
	st stats

	// inFlight is the bytes of the records added and not yet written,
	// kept at most o.budget by add.
	mu       sync.Mutex
	freed    *sync.Cond
	inFlight int
}

// stats is what a pipeline tells when it closes.
type stats struct {
	records int   // records written
	bad     int   // error records among them
	werr    error // the first error writing the output
}

type job struct {
	rec record
	out chan result
}

type result struct {
	buf    *bytes.Buffer
	failed bool
	size   int // the record's size in the input
	weight int // its bytes in the budget
	// stream, when not nil, writes the record (buf is then empty): the
	// record of a huge article, written when its turn comes.
	stream func(io.Writer) error
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func newPipeline(o options, attribute func(string) speakers.Result, w io.Writer) *pipeline {
	p := &pipeline{
		o:         o,
		attribute: attribute,
		w:         w,
		jobs:      make(chan job, o.jobs),
		order:     make(chan chan result, 2*o.jobs),
		done:      make(chan struct{}),
	}
	p.freed = sync.NewCond(&p.mu)
	for range o.jobs {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				if p.slots != nil {
					p.slots <- struct{}{}
				}
				res := p.process(j.rec)
				if p.slots != nil {
					<-p.slots
				}
				j.out <- res
			}
		}()
	}
	go p.write()
	return p
}

// add queues one record; it blocks while too many are in flight, in
// records or in bytes.
func (p *pipeline) add(r record) {
	if p.o.budget > 0 {
		w := min(max(r.size, len(r.text)), p.o.budget)
		p.mu.Lock()
		for p.inFlight > 0 && p.inFlight+w > p.o.budget {
			p.freed.Wait()
		}
		p.inFlight += w
		p.mu.Unlock()
		r.weight = w
	}
	c := make(chan result, 1)
	p.order <- c
	p.jobs <- job{rec: r, out: c}
}

// release gives back the budget of a record written.
func (p *pipeline) release(w int) {
	if w == 0 {
		return
	}
	p.mu.Lock()
	p.inFlight -= w
	p.mu.Unlock()
	p.freed.Broadcast()
}

// process attributes one record and renders it.
func (p *pipeline) process(r record) (res result) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	res.buf, res.size, res.weight = buf, r.size, r.weight
	if r.err == nil && !r.html && p.o.format != "html" && len(r.text) >= streamSize {
		text, ar, err := safeAttributeText(r, p.attribute)
		if err == nil {
			res.stream = func(w io.Writer) error { return streamRecord(w, p.o.format, r.id, p.o.offsets, text, ar) }
			return res
		}
		renderError(buf, p.o.format, r.id, err)
		res.failed = true
		return res
	}
	if r.err != nil {
		renderError(buf, p.o.format, r.id, r.err)
		res.failed = true
		return res
	}
	v, err := safeAttributeFull(r, p.o.offsets, p.attribute)
	if err == nil {
		err = renderAttributed(buf, p.o.format, v)
	}
	if err != nil {
		buf.Reset()
		renderError(buf, p.o.format, r.id, err)
		res.failed = true
	}
	return res
}

// write writes the results in input order. It gathers whole records into a
// batch and writes the batch when the next result is not ready yet or the
// batch passes batchSize; a record larger than that is written on its own.
// The format's header, if it has one, comes first, and its footer last,
// even with no records.
func (p *pipeline) write() {
	defer close(p.done)
	head := new(bytes.Buffer)
	renderHeader(head, p.o.format)
	batch := append(make([]byte, 0, batchSize), head.Bytes()...)
	flush := func() {
		if len(batch) > 0 && p.st.werr == nil {
			_, p.st.werr = p.w.Write(batch)
		}
		batch = batch[:0]
	}
	for {
		var c chan result
		var ok bool
		select {
		case c, ok = <-p.order:
		default:
			flush()
			c, ok = <-p.order
		}
		if !ok {
			break
		}
		var res result
		select {
		case res = <-c:
		default:
			flush()
			res = <-c
		}
		p.st.records++
		if p.progress != nil {
			p.progress.written(res.size)
		}
		if res.failed {
			p.st.bad++
		}
		b := res.buf.Bytes()
		switch {
		case res.stream != nil:
			flush()
			if p.st.werr == nil {
				p.st.werr = res.stream(p.w)
			}
		case len(b) >= batchSize:
			flush()
			if p.st.werr == nil {
				_, p.st.werr = p.w.Write(b)
			}
		default:
			batch = append(batch, b...)
			if len(batch) >= batchSize {
				flush()
			}
		}
		if res.buf.Cap() < 1<<20 {
			bufPool.Put(res.buf)
		}
		p.release(res.weight)
	}
	head.Reset()
	renderFooter(head, p.o.format)
	batch = append(batch, head.Bytes()...)
	flush()
}

// close waits for every record to be written and tells how it went.
func (p *pipeline) close() stats {
	close(p.order)
	close(p.jobs)
	p.wg.Wait()
	<-p.done
	return p.st
}
