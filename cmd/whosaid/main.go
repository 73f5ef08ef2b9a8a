// Command whosaid finds the quotations and reported speech in news articles
// and tells who said each one.
//
// Usage:
//
//	whosaid [flags] [FILE...]
//	whosaid serve [flags]
//	whosaid -version
//
// With no FILE it reads standard input. A .txt file is one article, whose id
// is the file name; a .html or .htm file is a web page, whose article is
// extracted (menus, captions, related links and other boilerplate left out)
// and attributed, its record carrying the extracted text, which the offsets
// refer to, and the page's title, author, date and URL; a .jsonl file holds
// one article per line as {"id": ..., "text": ...} or one web page as
// {"id": ..., "html": ..., "url": ...}, and blank lines are skipped. A page
// with no article gets an error record. Output keeps input
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
// Each statement has an act: speech, thought, intent, finding or
// appearance; -acts speech,thought reports only the statements of those
// acts (default all), and -pos tells a cue's object from a reported clause
// with a part-of-speech tagger (slower). See README.md, "Acts".
//
// An article or page may have up to 64 MiB (a JSON Lines line up to
// 128 MiB); a larger one gets an error record, as does a line that is not a
// JSON object with a string "text" or "html". Nothing is truncated, and the
// run goes on.
//
// Memory: the articles in flight (read and not yet written) take at most
// 64 MiB together, whatever -j is (a larger one waits for the others to be
// written), the record of an article of 1 MiB or more is written as it is
// made rather than held whole (but in -format html), and the process sets a
// soft memory limit of 14 bytes per byte of that plus 64 MiB (960 MiB; the
// GOMEMLIMIT environment variable overrides it), so that its peak RSS stays
// under 16 times the article limit, about 1 GiB, on any input, in every
// format but html.
//
// A run that lasts more than a second shows a progress line on stderr when
// stderr is a terminal and standard output is not (records, MB/s, elapsed
// time; a bar and the time left when the input is files); -q turns it off.
//
// whosaid serve is an HTTP server: POST /v1/attribute answers one article
// (a JSON body, or a text/plain or text/html one) with the record of
// -format json; POST /v1/attribute:batch answers JSON Lines with JSON Lines,
// in order; GET /healthz and GET /version; GET / is a page where one can
// paste or upload an article and see it drawn as -format html draws it.
// It listens on 127.0.0.1:8080 by
// default, limits bodies (16 MiB), attributes at most -j articles at once
// over all requests, logs each request as JSON on stderr, and on SIGINT or
// SIGTERM finishes the requests in flight and exits with status 0. See
// `whosaid serve -h` and README.md, "The server".
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
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

type options struct {
	input   string // text, jsonl, html, or "" to decide by file extension
	format  string // text, json, jsonl, csv, html
	offsets string // bytes, runes, utf16
	jobs    int
	// budget is the most bytes of articles in flight in the pipeline
	// (read and not yet written); 0 for no limit. An article larger
	// than budget goes alone.
	budget int
}

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	os.Exit(command{signals: sigs, memoryLimit: true}.run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status: 0, 1 when some
// record or file failed, 2 on bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return command{}.run(args, stdin, stdout, stderr)
}

// memoryPerByte and memoryBase set the soft memory limit of the command
// (runtime/debug.SetMemoryLimit): memoryPerByte bytes per byte of the
// articles in flight, which take at most the article limit, plus
// memoryBase for the word lists and buffers. What one article in flight
// holds (its text, its Result, the offsets of its record, and the tokens
// of one window while it is attributed) stays under 10 bytes per byte, and
// one more article may wait, read, for its turn, so the limit leaves the
// collector room; with the default limit of 64 MiB it is 960 MiB. The
// environment variable GOMEMLIMIT, when set, takes precedence.
const (
	memoryPerByte = 14
	memoryBase    = 64 << 20
)

// command holds the settings of a run that are not flags. The zero command
// is the one main runs; tests change its fields.
type command struct {
	// maxArticle is the largest article read, in bytes; 0 means
	// defaultMaxArticle.
	maxArticle int
	// attribute attributes one article; nil means speakers.Attribute.
	attribute func(text string) speakers.Result
	// signals, when not nil, delivers the signals that stop the run: it
	// stops reading, writes what it has and exits with 128+signal. They
	// stop `whosaid serve` gracefully.
	signals <-chan os.Signal
	// memoryLimit sets the soft memory limit of the process from the
	// article limit (see memoryPerByte); only the real command does.
	memoryLimit bool
	// listening, when not nil, is sent the address `whosaid serve` listens
	// on once it does.
	listening chan<- string
	// terminal reports whether stderr or stdout is a terminal, for the
	// progress line; nil means isTerminal.
	terminal func(io.Writer) bool
	// progressDelay is how long a run goes before the progress line shows;
	// 0 means progressDelay.
	progressDelay time.Duration
}

// attributor returns the function that attributes one article, reporting
// the acts given: c.attribute when a test has set it, else an Attributor's.
func (c command) attributor(acts speakers.Acts, pos bool) func(string) speakers.Result {
	if c.attribute != nil {
		return c.attribute
	}
	at := &speakers.Attributor{Acts: acts, POS: pos}
	return at.Attribute
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
	if len(args) > 0 && args[0] == "serve" {
		return c.serve(args[1:], stderr)
	}
	fs := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.input, "input", "", "input format: text, jsonl or html (default: by file extension, .jsonl and .html/.htm; standard input is jsonl when it starts with '{')")
	fs.StringVar(&o.format, "format", "text", "output format: text, json, jsonl, csv (a header, then one row per statement) or html (one page showing who said what)")
	fs.StringVar(&o.offsets, "offsets", "runes", "offset unit in the output: bytes, runes (Python) or utf16 (JavaScript)")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "articles to attribute at once")
	actsFlag := fs.String("acts", "all", "the acts to report, comma-separated: speech, thought, intent, finding, appearance, or all (see README.md, \"Acts\")")
	pos := fs.Bool("pos", false, "tell a cue's object from a reported clause with prose's part-of-speech tagger (slower; see README.md, \"Acts\")")
	quiet := fs.Bool("q", false, "no progress line on stderr (it is shown only when stderr is a terminal and the output is not, after a second)")
	version := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: whosaid [flags] [FILE...]\n"+
			"       whosaid serve [flags]    (an HTTP server; whosaid serve -h)\n\n"+
			"Finds the quotations in news articles and who said them.\n"+
			"With no FILE, reads standard input. A .html or .htm file (or -input html) is a\n"+
			"web page: its article is extracted and attributed. A .jsonl file has one\n"+
			"{\"id\", \"text\"} or {\"id\", \"html\", \"url\"} object per line.\n\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nLimits: an article may have up to %s (a JSON Lines line up to twice that).\n"+
			"A larger one, a line that is not a JSON object, one whose \"text\" or \"html\"\n"+
			"is missing or not a string, or a page with no article gets an error record\n"+
			"naming its file and line (in csv, a row of kind error with the message as its\n"+
			"text); nothing is truncated and the run goes on. The exit status is 1 when\n"+
			"any record or file failed, 2 on bad usage. With -format html an article may\n"+
			"have up to %s.\n"+
			"On SIGINT or SIGTERM it stops reading, writes the records in hand whole and\n"+
			"exits with 128+signal (130, 143).\n", schema.Size(c.maxArticle), schema.Size(max(c.maxArticle/htmlShare, 1)))
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, buildVersion())
		return 0
	}
	switch {
	case o.input != "" && o.input != "text" && o.input != "jsonl" && o.input != "html":
		fmt.Fprintf(stderr, "whosaid: -input must be text, jsonl or html, not %q\n", o.input)
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
	acts, err := speakers.ParseActs(*actsFlag)
	if err != nil {
		fmt.Fprintf(stderr, "whosaid: -acts: %v\n", err)
		return 2
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var prog *progress
	if c.terminal == nil {
		c.terminal = isTerminal
	}
	// The line shows when stderr is a terminal and the output is not: a
	// run writing to the terminal shows its progress itself, and the line
	// would be drawn over it.
	if !*quiet && c.terminal(stderr) && !c.terminal(stdout) {
		if c.progressDelay <= 0 {
			c.progressDelay = progressDelay
		}
		prog = startProgress(stderr, inputSize(files, stdin), c.progressDelay)
	}
	// The articles in flight take at most the size of the largest article
	// read, whatever -j is, and the collector keeps the heap under
	// memoryPerByte times that (see "Memory" in README.md).
	o.budget = c.maxArticle
	if c.memoryLimit && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryPerByte*int64(o.budget) + memoryBase)
	}
	// A page of -format html holds each article's markup whole, about 150
	// bytes per byte of text dense with statements: its articles are
	// limited to a sixteenth of the limit, and so are those in flight, so
	// that the page keeps within the same memory as the other formats.
	maxArticle := c.maxArticle
	if o.format == "html" {
		maxArticle = max(c.maxArticle/htmlShare, 1)
		o.budget = maxArticle
	}
	p := newPipeline(o, c.attributor(acts, *pos), stdout)
	failed := false
	stop := &stopper{signals: c.signals}
	wrap := func(r io.Reader) io.Reader { return stopReader{r, stop} }
	p.progress = prog
	for _, f := range files {
		err := readFile(f, o.input, maxArticle, wrap(stdin), wrap, p.add)
		if errors.Is(err, errStopped) {
			break
		}
		if err != nil {
			prog.clear()
			fmt.Fprintln(stderr, err)
			failed = true
		}
	}
	st := p.close()
	prog.finish()
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
		case isHTMLFile(path):
			input = "html"
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
	return readText(r, name, id, input == "html", limit, emit)
}
