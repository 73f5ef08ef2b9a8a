// Command whosaid finds the quotations and reported speech in news articles
// and tells who said each one.
//
// Usage:
//
//	whosaid [flags] [FILE...]
//
// With no FILE it reads standard input. A .txt file is one article, whose id
// is the file name; a .jsonl file holds one article per line as
// {"id": ..., "text": ...}, and blank lines are skipped. Output keeps input
// order, one record per article, and is written in whole records. On SIGINT
// or SIGTERM it stops reading, writes the records already in hand and exits
// with status 130 or 143, leaving only whole lines; a SIGKILL in the middle
// of a write can cut the last line short. With -format csv a record is one
// row per statement, under a header row written once; an article with no
// statement has one row of kind "none", a record that failed one of kind
// "error" with the message in its text column. With -format html the output
// is one self-contained page showing each article's text with its statements
// and speakers marked (see package internal/view). See README.md for the
// output schema.
//
// An article may have up to 64 MiB (a JSON Lines line up to 128 MiB); a
// larger one gets an error record, as does a line that is not a JSON object
// with a string "text". Nothing is truncated, and the run goes on.
//
// The exit status is 0 when every article was attributed, 1 when a file
// could not be read or some record stands for an error, 2 on bad usage, and
// 128 plus the signal number when interrupted.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

type options struct {
	input   string // text, jsonl, or "" to decide by file extension
	format  string // text, json, jsonl, csv, html
	offsets string // bytes, runes, utf16
	jobs    int
}

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	os.Exit(command{signals: sigs}.run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status: 0, 1 when some
// record or file failed, 2 on bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return command{}.run(args, stdin, stdout, stderr)
}

// command holds the settings of a run that are not flags. The zero command
// is the one main runs; tests change its fields.
type command struct {
	// maxArticle is the largest article read, in bytes; 0 means
	// defaultMaxArticle.
	maxArticle int
	// attribute attributes one article; nil means speakers.Attribute.
	attribute func(text string) speakers.Result
	// signals, when not nil, delivers the signals that stop the run: it
	// stops reading, writes what it has and exits with 128+signal.
	signals <-chan os.Signal
}

// errStopped is returned by a reader once the run has been told to stop.
var errStopped = errors.New("stopped by a signal")

// stopper reads the signals that stop a run, without blocking.
type stopper struct {
	signals <-chan os.Signal
	sig     os.Signal // the signal received, or nil
}

// stopped reports whether a signal has come.
func (s *stopper) stopped() bool {
	if s.sig == nil && s.signals != nil {
		select {
		case s.sig = <-s.signals:
		default:
		}
	}
	return s.sig != nil
}

// stopReader returns errStopped once a signal has come.
type stopReader struct {
	r io.Reader
	s *stopper
}

func (r stopReader) Read(b []byte) (int, error) {
	if r.s.stopped() {
		return 0, errStopped
	}
	return r.r.Read(b)
}

func (c command) run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if c.maxArticle <= 0 {
		c.maxArticle = defaultMaxArticle
	}
	if c.attribute == nil {
		c.attribute = speakers.Attribute
	}
	fs := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.input, "input", "", "input format: text or jsonl (default: by file extension; standard input is jsonl when it starts with '{')")
	fs.StringVar(&o.format, "format", "text", "output format: text, json, jsonl, csv (a header, then one row per statement) or html (one page showing who said what)")
	fs.StringVar(&o.offsets, "offsets", "runes", "offset unit in the output: bytes, runes (Python) or utf16 (JavaScript)")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "articles to attribute at once")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: whosaid [flags] [FILE...]\n\nFinds the quotations in news articles and who said them.\nWith no FILE, reads standard input.\n\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nLimits: an article may have up to %s (a JSON Lines line up to twice that).\n"+
			"A larger one, a line that is not a JSON object, or one whose \"text\" is missing\n"+
			"or not a string gets an error record naming its file and line (in csv, a row\n"+
			"of kind error with the message as its text); nothing is truncated and the run\n"+
			"goes on. The exit status is 1 when any record or file failed, 2 on bad usage.\n"+
			"On SIGINT or SIGTERM it stops reading, writes the records in hand whole and\n"+
			"exits with 128+signal (130, 143).\n", schema.Size(c.maxArticle))
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case o.input != "" && o.input != "text" && o.input != "jsonl":
		fmt.Fprintf(stderr, "whosaid: -input must be text or jsonl, not %q\n", o.input)
		return 2
	case o.format != "text" && o.format != "json" && o.format != "jsonl" && o.format != "csv" && o.format != "html":
		fmt.Fprintf(stderr, "whosaid: -format must be text, json, jsonl, csv or html, not %q\n", o.format)
		return 2
	case o.offsets != "bytes" && o.offsets != "runes" && o.offsets != "utf16":
		fmt.Fprintf(stderr, "whosaid: -offsets must be bytes, runes or utf16, not %q\n", o.offsets)
		return 2
	}
	if o.jobs < 1 {
		o.jobs = 1
	}

	p := newPipeline(o, c.attribute, stdout)
	failed := false
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	stop := &stopper{signals: c.signals}
	wrap := func(r io.Reader) io.Reader { return stopReader{r, stop} }
	for _, f := range files {
		err := readFile(f, o.input, c.maxArticle, wrap(stdin), wrap, p.add)
		if errors.Is(err, errStopped) {
			break
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
		}
	}
	st := p.close()
	if stop.stopped() {
		fmt.Fprintf(stderr, "whosaid: stopped by %v after %d records; the output holds them whole\n", stop.sig, st.records)
		if n, ok := stop.sig.(syscall.Signal); ok {
			return 128 + int(n)
		}
		return 1
	}
	if st.werr != nil {
		fmt.Fprintf(stderr, "whosaid: writing output: %v\n", st.werr)
		return 1
	}
	if st.bad > 0 {
		fmt.Fprintf(stderr, "whosaid: %d of %d records failed; see their error records\n", st.bad, st.records)
		failed = true
	}
	if failed {
		return 1
	}
	return 0
}

// readFile reads the articles of one file ("-" for standard input), through
// wrap when it opens the file (stdin comes wrapped already).
func readFile(path, input string, limit int, stdin io.Reader, wrap func(io.Reader) io.Reader, emit func(record)) error {
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
		r = wrap(f)
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
		return readJSONL(r, name, limit, emit)
	}
	id := idForFile(path)
	if path == "-" {
		id = "stdin"
	}
	return readText(r, name, id, limit, emit)
}
