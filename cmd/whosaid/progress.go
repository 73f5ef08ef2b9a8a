package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a run goes before its progress line shows, so
// that short runs print nothing.
const progressDelay = time.Second

// progress shows one line on stderr while a long run goes on: the records
// written, the size of their input, its rate (MB/s) and the time elapsed;
// with the total size of the input, a bar and the time left. It is drawn by
// github.com/schollz/progressbar and cleared at the end. The counters are
// safe for concurrent use.
type progress struct {
	bytes   atomic.Int64 // input bytes of the records written
	records atomic.Int64 // records written
	stop    chan struct{}
	done    chan struct{}

	mu  sync.Mutex
	bar *progressbar.ProgressBar // nil until shown
}

// startProgress starts the progress line on w after delay; total is the
// size of the input in bytes, or -1 when it is not known.
func startProgress(w io.Writer, total int64, delay time.Duration) *progress {
	p := &progress{stop: make(chan struct{}), done: make(chan struct{})}
	go p.run(w, total, delay)
	return p
}

func (p *progress) run(w io.Writer, total int64, delay time.Duration) {
	defer close(p.done)
	select {
	case <-p.stop:
		return
	case <-time.After(delay):
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(p.describe()),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(20),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		p.bar.Describe(p.describe())
		p.bar.Set64(p.bytes.Load())
		p.mu.Unlock()
		select {
		case <-p.stop:
			p.mu.Lock()
			p.bar.Finish() // clears the line
			return
		case <-tick.C:
		}
		p.mu.Lock()
	}
}

func (p *progress) describe() string {
	return fmt.Sprintf("whosaid: %d records", p.records.Load())
}

// clear removes the progress line so that a message can be printed; it
// comes back on the next update.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
}

// finish removes the progress line for good; the run's last messages come after it.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
}

// written counts one record written, whose input had size bytes.
func (p *progress) written(size int) {
	p.records.Add(1)
	p.bytes.Add(int64(size))
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// inputSize returns the total size of the files, or -1 when one of them is
// not a regular file ("-" is stdin, which counts when it is a file).
func inputSize(files []string, stdin io.Reader) int64 {
	var total int64
	for _, name := range files {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
