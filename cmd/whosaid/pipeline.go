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

// pipeline attributes records on several goroutines and writes the results
// in input order. At most about 2*jobs records are in flight: queued,
// being attributed, or rendered and waiting for their turn.
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

// add queues one record; it blocks while too many are in flight.
func (p *pipeline) add(r record) {
	c := make(chan result, 1)
	p.order <- c
	p.jobs <- job{rec: r, out: c}
}

// process attributes one record and renders it.
func (p *pipeline) process(r record) (res result) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	res.buf, res.size = buf, r.size
	if r.err != nil {
		renderError(buf, p.o.format, r.id, r.err)
		res.failed = true
		return res
	}
	a, err := safeAttributeRecord(r, p.o.offsets, p.attribute)
	if err == nil {
		err = render(buf, p.o.format, a)
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
// The format's header, if it has one, comes first, even with no records.
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
	}
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
