package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// server answers the HTTP API of `whosaid serve`. It is safe for concurrent
// use: every request runs on its own goroutine and at most cfg.jobs
// articles are extracted and attributed at once; the others wait their
// turn, so that load queues instead of taking all the memory.
type server struct {
	cfg       serveConfig
	attribute func(string) speakers.Result
	// attributeActs, when not nil, gives the function that attributes
	// with the acts a request asks for.
	attributeActs func(speakers.Acts) func(string) speakers.Result
	log           *slog.Logger
	slots         chan struct{} // a token for each article being attributed
	version       versionInfo
}

func newServer(cfg serveConfig, attribute func(string) speakers.Result, log *slog.Logger) *server {
	return &server{cfg: cfg, attribute: attribute, log: log, slots: make(chan struct{}, cfg.jobs), version: buildVersion()}
}

// routes returns the server's routes. Every path that is not one of them
// is answered 404 with a JSON error, and a known path with another method
// 405 with an Allow header. "/" is the page of handlePage.
func (s *server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/v1/attribute", allow("POST", s.handleAttribute))
	mux.Handle("/v1/attribute:batch", allow("POST", s.handleBatch))
	mux.Handle("/healthz", allow("GET, HEAD", s.handleHealth))
	mux.Handle("/version", allow("GET, HEAD", s.handleVersion))
	mux.Handle("/{$}", allow("GET, HEAD, POST", s.handlePage))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such path %q; see README.md, \"The server\"", r.URL.Path))
	})
	return mux
}

// handler is the routes with the access log around them.
func (s *server) handler() http.Handler {
	return s.accessLog(s.routes())
}

// allow answers 405 with an Allow header to the methods not in methods
// (comma-separated).
func allow(methods string, h http.HandlerFunc) http.Handler {
	ok := map[string]bool{}
	for m := range strings.SplitSeq(methods, ",") {
		ok[strings.TrimSpace(m)] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !ok[r.Method] {
			w.Header().Set("Allow", methods)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s; use %s", r.Method, r.URL.Path, methods))
			return
		}
		h(w, r)
	})
}

// apiError is the body of every error answer.
type apiError struct {
	ID    *string `json:"id,omitempty"` // the record's id, when one was read
	Error string  `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", fmt.Sprint(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *server) handleVersion(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.version)
}

// offsetsParam returns the offset unit asked for in the query, runes by
// default.
func offsetsParam(r *http.Request) (string, error) {
	unit := r.URL.Query().Get("offsets")
	if unit == "" {
		return "runes", nil
	}
	return unit, checkUnit(unit)
}

// actsParam returns the function that attributes with the acts of the
// query parameter "acts", or the server's default when there is none.
func (s *server) actsParam(r *http.Request) (func(string) speakers.Result, error) {
	v, ok := r.URL.Query()["acts"]
	if !ok {
		return s.attribute, nil
	}
	return s.withActs(strings.Join(v, ","))
}

// withActs returns the function that attributes with the acts named in
// list ("speech,thought"; "" or "all" for every act).
func (s *server) withActs(list string) (func(string) speakers.Result, error) {
	acts, err := speakers.ParseActs(list)
	if err != nil {
		return nil, fmt.Errorf(`"acts": %v`, err)
	}
	if s.attributeActs == nil {
		return s.attribute, nil
	}
	return s.attributeActs(acts), nil
}

func checkUnit(unit string) error {
	if unit != "bytes" && unit != "runes" && unit != "utf16" {
		return fmt.Errorf(`"offsets" must be bytes, runes or utf16, not %q`, unit)
	}
	return nil
}

// actsList reads the "acts" field of a JSON body: a string
// ("speech,thought") or an array of strings (["speech", "thought"]).
func actsList(raw json.RawMessage) (string, error) {
	var list string
	if json.Unmarshal(raw, &list) == nil {
		return list, nil
	}
	var arr []string
	if json.Unmarshal(raw, &arr) == nil {
		if len(arr) == 0 {
			return "", errors.New(`"acts" is an empty list`)
		}
		return strings.Join(arr, ","), nil
	}
	return "", errors.New(`"acts" must be a string or an array of strings`)
}

// tooLarge answers 413 when the request says its body is over the limit.
func (s *server) tooLarge(w http.ResponseWriter, r *http.Request) bool {
	if r.ContentLength > s.cfg.maxBody {
		s.writeTooLarge(w)
		return true
	}
	return false
}

// writeTooLarge answers 413 and closes the connection, whose body is not
// read to its end.
func (s *server) writeTooLarge(w http.ResponseWriter) {
	w.Header().Set("Connection", "close")
	writeError(w, http.StatusRequestEntityTooLarge, "request body is over the "+schema.Size(int(s.cfg.maxBody))+" limit")
}

// preamble checks what both attribute endpoints check before reading the
// body: its declared size (413) and the offsets and acts asked for (400).
// It answers the request itself when ok is false.
func (s *server) preamble(w http.ResponseWriter, r *http.Request) (unit string, attribute func(string) speakers.Result, ok bool) {
	if s.tooLarge(w, r) {
		return "", nil, false
	}
	unit, err := offsetsParam(r)
	if err == nil {
		attribute, err = s.actsParam(r)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return "", nil, false
	}
	return unit, attribute, true
}

// handleAttribute answers POST /v1/attribute: one article in, its record
// out, as `whosaid -format json` writes it.
func (s *server) handleAttribute(w http.ResponseWriter, r *http.Request) {
	unit, attribute, ok := s.preamble(w, r)
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.writeTooLarge(w)
			return
		}
		writeError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
		return
	}
	q := r.URL.Query()
	rec := record{id: q.Get("id"), url: q.Get("url")}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json", "":
		in, err := schema.Decode(body, len(body))
		var id *string
		if in.HasID {
			id = &in.ID
		}
		if err == nil {
			var opt struct {
				Offsets *string         `json:"offsets"`
				Acts    json.RawMessage `json:"acts"`
			}
			switch {
			case json.Unmarshal(body, &opt) != nil: // Decode has checked it is an object
				err = errors.New(`"offsets" is not a string`)
			case opt.Offsets != nil:
				unit, err = *opt.Offsets, checkUnit(*opt.Offsets)
			}
			if err == nil && opt.Acts != nil && string(opt.Acts) != "null" {
				var list string
				if list, err = actsList(opt.Acts); err == nil {
					attribute, err = s.withActs(list)
				}
			}
		}
		if err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{ID: id, Error: err.Error()})
			return
		}
		rec.text, rec.html = in.Text, in.HTML
		if in.HasID {
			rec.id = in.ID
		}
		if in.URL != "" {
			rec.url = in.URL
		}
	case "text/plain":
		rec.text = string(body)
	case "text/html", "application/xhtml+xml":
		rec.text, rec.html = string(body), true
	default:
		writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: send application/json, text/plain or text/html", ct))
		return
	}

	if !s.acquire(r.Context()) {
		return // the client has gone
	}
	a, err := safeAttributeRecord(rec, unit, attribute)
	s.release()
	var buf bytes.Buffer
	status := http.StatusOK
	switch {
	case errors.Is(err, extract.ErrNoArticle):
		status = http.StatusUnprocessableEntity
	case err != nil:
		status = http.StatusInternalServerError
	default:
		err = render(&buf, "json", a)
	}
	if err != nil {
		buf.Reset()
		renderError(&buf, "json", rec.id, err)
	}
	// The write timeout counts from here: the wait for a slot is not the
	// client's fault.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.cfg.writeTimeout))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", fmt.Sprint(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
	if lw, ok := w.(*logWriter); ok {
		lw.records, lw.failed = 1, status != http.StatusOK
	}
}

// acquire takes a slot for one article, waiting for one to be free; it
// gives up and reports false when ctx is done.
func (s *server) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *server) release() { <-s.slots }

// handleBatch answers POST /v1/attribute:batch: JSON Lines in, as the
// command reads them, and JSON Lines out, as `whosaid -format jsonl` writes
// them: one line per line that is not blank, in order, an error record for
// a line that cannot be read. Lines are read, attributed and written as
// they come, so a long batch streams both ways. A body found over the
// limit after the answer has begun ends with one more error record, whose
// id is "body", and the lines after the limit are not read.
func (s *server) handleBatch(w http.ResponseWriter, r *http.Request) {
	unit, attribute, ok := s.preamble(w, r)
	if !ok {
		return
	}
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // read the body while the answer streams
	body := &deadlineReader{r: http.MaxBytesReader(w, r.Body, s.cfg.maxBody), rc: rc, d: s.cfg.readTimeout}
	out := &flushWriter{w: w, rc: rc, d: s.cfg.writeTimeout}
	w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")

	p := newPipeline(options{format: "jsonl", offsets: unit, jobs: s.cfg.jobs}, attribute, out)
	p.slots = s.slots
	rerr := readJSONL(body, "body", int(s.cfg.maxBody), p.add)
	st := p.close()
	if rerr != nil {
		msg, status := rerr.Error(), http.StatusBadRequest
		if _, ok := errors.AsType[*http.MaxBytesError](rerr); ok {
			msg, status = "request body is over the "+schema.Size(int(s.cfg.maxBody))+" limit", http.StatusRequestEntityTooLarge
		}
		if st.records == 0 && st.werr == nil { // nothing is answered yet
			w.Header().Set("Connection", "close")
			writeError(w, status, msg)
		} else {
			if status == http.StatusRequestEntityTooLarge {
				msg = "body: " + msg + "; the lines after it were not read"
			}
			var buf bytes.Buffer
			renderError(&buf, "jsonl", "body", errors.New(msg))
			out.Write(buf.Bytes())
			st.bad++
		}
	}
	if lw, ok := w.(*logWriter); ok {
		lw.records, lw.failed = st.records, st.bad > 0
	}
	if st.werr != nil {
		s.log.Warn("batch answer cut short", "path", r.URL.Path, "err", st.werr.Error(), "records", st.records)
	}
}

// deadlineReader moves the read deadline forward before each read, so that
// a long batch is bounded by the time between reads, not in all.
type deadlineReader struct {
	r  io.Reader
	rc *http.ResponseController
	d  time.Duration
}

func (d *deadlineReader) Read(b []byte) (int, error) {
	d.rc.SetReadDeadline(time.Now().Add(d.d))
	return d.r.Read(b)
}

// flushWriter sends each write to the client at once, with a fresh write
// deadline.
type flushWriter struct {
	w  io.Writer
	rc *http.ResponseController
	d  time.Duration
}

func (f *flushWriter) Write(b []byte) (int, error) {
	f.rc.SetWriteDeadline(time.Now().Add(f.d))
	n, err := f.w.Write(b)
	if err == nil {
		err = f.rc.Flush()
	}
	return n, err
}

// logWriter records what a handler answered, for the access log.
type logWriter struct {
	http.ResponseWriter
	status  int
	bytes   int64
	records int  // articles answered
	failed  bool // some were error records
}

func (l *logWriter) WriteHeader(status int) {
	if l.status == 0 {
		l.status = status
	}
	l.ResponseWriter.WriteHeader(status)
}

func (l *logWriter) Write(b []byte) (int, error) {
	if l.status == 0 {
		l.status = http.StatusOK
	}
	n, err := l.ResponseWriter.Write(b)
	l.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (l *logWriter) Unwrap() http.ResponseWriter { return l.ResponseWriter }

// accessLog logs one line per request, as JSON, after it is answered.
func (s *server) accessLog(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		lw := &logWriter{ResponseWriter: w}
		h.ServeHTTP(lw, r)
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", lw.status),
			slog.Int64("bytes_in", r.ContentLength),
			slog.Int64("bytes_out", lw.bytes),
			slog.Float64("ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("remote", r.RemoteAddr),
		}
		if lw.records > 0 {
			attrs = append(attrs, slog.Int("records", lw.records), slog.Bool("failed", lw.failed))
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	})
}
