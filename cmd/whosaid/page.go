package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view"
)

// handlePage answers "/": GET shows a page with a form (a text box, a file
// upload and the offset unit); POST takes what the form sends, attributes
// it and answers the same page with the article drawn below the form, as
// `whosaid -format html` draws it. A file named .html or .htm, or sent as
// text/html, is a web page whose article is extracted first; any other file
// is text. A file, when one is sent, is read instead of the text box.
//
// The answer is always a page: 400 when nothing was sent or the form cannot
// be read, 413 over the body limit, 422 for a web page with no article.
func (s *server) handlePage(w http.ResponseWriter, r *http.Request) {
	form := &view.Form{Action: "/", Offsets: "runes"}
	if r.Method != http.MethodPost {
		s.writePage(w, http.StatusOK, form, nil)
		return
	}
	// The page holds the article's markup whole, about 150 bytes per byte
	// of text dense with statements: like -format html, it takes a
	// sixteenth of the command's article limit at most.
	limit := min(s.cfg.maxBody, defaultMaxArticle/htmlShare)
	if r.ContentLength > limit {
		w.Header().Set("Connection", "close")
		s.writePage(w, http.StatusRequestEntityTooLarge, form, &view.Page{ID: "request", Err: errors.New("the request is over the page's " + schema.Size(int(limit)) + " limit")})
		return
	}
	rec, unit, err := readPageForm(http.MaxBytesReader(w, r.Body, limit), r.Header.Get("Content-Type"))
	form.Offsets = unit
	if !rec.html {
		form.Text = rec.text
	}
	if err != nil {
		status := http.StatusBadRequest
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			w.Header().Set("Connection", "close")
			status, err = http.StatusRequestEntityTooLarge, errors.New("the request is over the page's "+schema.Size(int(limit))+" limit")
		}
		s.writePage(w, status, form, &view.Page{ID: "request", Err: err})
		return
	}
	if !s.acquire(r.Context()) {
		return // the client has gone
	}
	// The page is drawn in the article's slot, so that the bound on
	// articles in flight bounds the pages being drawn too.
	defer s.release()
	v, err := safeAttributeFull(rec, unit, s.attribute)
	status := http.StatusOK
	p := &view.Page{ID: rec.id, Err: err, Record: &v.rec, Text: v.text, Result: v.res}
	switch {
	case errors.Is(err, extract.ErrNoArticle):
		status = http.StatusUnprocessableEntity
	case err != nil:
		status = http.StatusInternalServerError
	}
	if lw, ok := w.(*logWriter); ok {
		lw.records, lw.failed = 1, err != nil
	}
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.cfg.writeTimeout))
	s.writePage(w, status, form, p)
}

// writePage answers a whole page: the form, then the article p if not nil.
func (s *server) writePage(w http.ResponseWriter, status int, form *view.Form, p *view.Page) {
	var buf bytes.Buffer
	var pages []view.Page
	if p != nil {
		pages = append(pages, *p)
	}
	if err := view.Write(&buf, view.Options{Title: "whosaid: who said what", Form: form}, pages); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", fmt.Sprint(buf.Len()))
	h.Set("Content-Security-Policy", view.CSP()+"; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// readPageForm reads what the page's form sends, multipart/form-data (or
// application/x-www-form-urlencoded, which carries no file): the record to
// attribute and the offset unit.
func readPageForm(body io.Reader, contentType string) (rec record, unit string, err error) {
	unit = "runes"
	ct, params, _ := mime.ParseMediaType(contentType)
	fields := map[string]string{}
	var file, fileName, fileType string
	switch ct {
	case "multipart/form-data":
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return rec, unit, fmt.Errorf("reading the form: %w", err)
			}
			b, err := io.ReadAll(part)
			if err != nil {
				return rec, unit, fmt.Errorf("reading the form: %w", err)
			}
			if part.FormName() == "file" {
				file, fileName, fileType = string(b), part.FileName(), part.Header.Get("Content-Type")
			} else {
				fields[part.FormName()] = string(b)
			}
		}
	case "application/x-www-form-urlencoded":
		b, err := io.ReadAll(body)
		if err != nil {
			return rec, unit, fmt.Errorf("reading the form: %w", err)
		}
		req, _ := http.NewRequest("POST", "/", bytes.NewReader(b))
		req.Header.Set("Content-Type", ct)
		if err := req.ParseForm(); err != nil {
			return rec, unit, fmt.Errorf("reading the form: %w", err)
		}
		for k := range req.PostForm {
			fields[k] = req.PostForm.Get(k)
		}
	default:
		return rec, unit, fmt.Errorf("send the form as multipart/form-data, not %q", ct)
	}
	if u := fields["offsets"]; u != "" {
		if err := checkUnit(u); err != nil {
			return rec, unit, err
		}
		unit = u
	}
	// Browsers send a text box's line breaks as CRLF; the article had LF.
	text := strings.ReplaceAll(fields["text"], "\r\n", "\n")
	rec = record{id: "text", text: text}
	switch {
	case fileName != "" || file != "":
		rec = record{id: path.Base(fileName), text: file}
		ext := strings.ToLower(path.Ext(fileName))
		ft, _, _ := mime.ParseMediaType(fileType)
		rec.html = ext == ".html" || ext == ".htm" || ft == "text/html" || ft == "application/xhtml+xml"
		if fileName == "" {
			rec.id = "file"
		}
	case strings.TrimSpace(text) == "":
		return rec, unit, errors.New("paste an article in the text box or choose a file")
	}
	return rec, unit, nil
}
