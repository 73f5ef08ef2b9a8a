// Package view draws whosaid's results as one self-contained HTML page: the
// text of each article with every statement highlighted in its speaker's
// colour, the cue underlined and the speaker's mentions boxed, and beside it
// the list of speakers.
//
// A page is written in parts, so that articles can be drawn one at a time
// and in parallel: Header once, then Article or Error for each record, then
// Footer once. Write does all three for a list of Page values. All are safe
// for concurrent use; the parts of a page must reach its output in order.
//
// # The page
//
// The page loads nothing: its style and its one small script are inline,
// and a Content-Security-Policy (see CSP) forbids any other script, style
// source, image, font or connection. Everything from the input is escaped
// by html/template or its escaper, so an article holding HTML or a script
// is shown as text. Without the script all
// is drawn; only the speaker filter needs it.
//
// The text of an article is the content of its element of class "text",
// with its white space kept: its textContent is the article's text (a NUL,
// which HTML cannot carry, shows as U+FFFD). Inside it, each marked element
// is a span carrying data-kind, data-speaker (the speaker's name as in the
// JSON output, empty for none), data-si (the speaker's index in the list,
// empty for none), data-start and data-end (half-open, in the offset unit
// of the output, as in the JSON output), data-tip (what hovering it shows)
// and, for the parts of statements, data-q (the indexes of the statements
// in the JSON "quotes" array, separated by spaces). The classes and kinds:
//
//	st   a statement; data-kind is direct, mixed, indirect or fragment
//	fr   quoted words of a mixed statement; data-kind "quoted"
//	nq   a quote inside another quote, within a statement; data-kind "quote"
//	cue  the reporting verb or phrase; data-kind "cue" (one element for a
//	     cue shared by several statements, data-q lists them all)
//	men  a mention of a speaker; data-kind "mention"
//
// # Nesting
//
// HTML elements must nest, but marks may overlap: a statement can hold
// other statements, fragments, cues and mentions of other speakers, and a
// mention can straddle a statement's edge. Marks that nest are drawn nested:
// at equal spans the statement holds its quoted words, which hold mentions,
// which hold cues. When two marks overlap without one holding the other,
// the one that starts later is closed where the other ends and opened again
// after it. It is then drawn in pieces: each piece carries all of the mark's
// data attributes, and every piece but the first also carries data-cont, so
// a mark is the one element of its kind and span without data-cont.
package view

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

var (
	//go:embed page.css
	pageCSS string
	//go:embed page.js
	pageJS string
)

// Options is what a page has besides its articles. The zero value is a
// page titled "whosaid" with no form.
type Options struct {
	// Title is the page's title; "" means "whosaid".
	Title string
	// Form, when not nil, puts a form above the articles that posts an
	// article to Form.Action.
	Form *Form
}

// Form is a form that posts an article: a text box ("text"), a file
// upload ("file") and the offset unit ("offsets"), sent as
// multipart/form-data.
type Form struct {
	Action  string // where the form posts to
	Text    string // what the text box holds
	Offsets string // the unit selected: bytes, runes (default) or utf16
}

// Header writes the start of a page: its head, with the style and script,
// and the top of its body.
func Header(w io.Writer, o Options) error {
	if o.Title == "" {
		o.Title = "whosaid"
	}
	return tmpl.ExecuteTemplate(w, "header", struct {
		Options
		CSP template.HTMLAttr
		CSS template.CSS
		JS  template.JS
	}{o, template.HTMLAttr(csp), template.CSS(pageCSS + paletteCSS()), template.JS(pageJS)})
}

// Footer writes the end of a page.
func Footer(w io.Writer) error {
	return tmpl.ExecuteTemplate(w, "footer", nil)
}

// Article writes one article: r is the result of attributing text, and a
// its record, schema.New(id, text, unit, r), which gives the id, the
// offset unit of the data-start and data-end attributes and the offsets
// (as in the JSON output), and the title, author, date and URL of a web
// page if set. It fails only when a is not the record of r (their numbers
// of statements or speakers differ) or writing fails.
func Article(w io.Writer, a schema.Article, text string, r speakers.Result) error {
	if len(a.Quotes) != len(r.Attributions) || len(a.Speakers) != len(r.Speakers) {
		return errors.New("view: the record is not the result's")
	}
	type speaker struct {
		Name, Kind, Titles, Class, SI string
		N                             int
	}
	var list []speaker
	for i, s := range a.Speakers {
		list = append(list, speaker{Name: s.Name, Kind: s.Kind, Titles: strings.Join(s.Titles, ", "), Class: colourClass(i), SI: strconv.Itoa(i)})
	}
	unknown := 0
	for _, at := range r.Attributions {
		if at.Speaker >= 0 && at.Speaker < len(list) {
			list[at.Speaker].N++
		} else {
			unknown++
		}
	}
	if unknown > 0 {
		list = append(list, speaker{Name: "(no speaker)", Class: "sx", N: unknown})
	}
	data := struct {
		schema.Article
		Statements int
		Speakers   []speaker
		Empty      bool
	}{a, len(a.Quotes), list, text == ""}
	sw, buffered := w.(stringWriter)
	var bw *bufio.Writer
	if !buffered {
		bw = bufio.NewWriterSize(w, 32<<10)
		sw = bw
	}
	if err := tmpl.ExecuteTemplate(sw, "article-head", data); err != nil {
		return err
	}
	layout(text, marks(text, r, a), func(p piece) { writePiece(sw, p) })
	if err := tmpl.ExecuteTemplate(sw, "article-tail", data); err != nil {
		return err
	}
	if bw != nil {
		return bw.Flush()
	}
	return nil
}

// stringWriter is a writer with WriteString, such as a bytes.Buffer or a
// bufio.Writer, to which the text's markup is written piece by piece.
type stringWriter interface {
	io.Writer
	io.StringWriter
}

// Error writes the record of an article that failed: its id and why.
func Error(w io.Writer, id string, err error) error {
	return tmpl.ExecuteTemplate(w, "error", struct{ ID, Err string }{id, err.Error()})
}

// Page is one article of a page.
type Page struct {
	ID, Text, Unit string
	Result         speakers.Result
	// Record, when not nil, is the article's record, as Article takes it;
	// nil means schema.New(ID, Text, Unit, Result).
	Record *schema.Article
	// Err, when not nil, says why the article failed: Error draws it.
	Err error
}

// Write writes a whole page with the articles arts, in order.
func Write(w io.Writer, o Options, arts []Page) error {
	if err := Header(w, o); err != nil {
		return err
	}
	for _, a := range arts {
		var err error
		if a.Err != nil {
			err = Error(w, a.ID, a.Err)
		} else {
			rec := a.Record
			if rec == nil {
				r := schema.New(a.ID, a.Text, a.Unit, a.Result)
				rec = &r
			}
			err = Article(w, *rec, a.Text, a.Result)
		}
		if err != nil {
			return err
		}
	}
	return Footer(w)
}

// writePiece writes one piece of a text's markup. It is written here rather
// than in the template, which costs four times as much, and escapes with
// html/template's escaper: every attribute value is quoted.
func writePiece(w io.StringWriter, p piece) {
	esc := template.HTMLEscapeString
	switch {
	case p.Open:
		m := p.M
		w.WriteString(`<span class="`)
		w.WriteString(esc(m.Class))
		w.WriteString(`" data-kind="`)
		w.WriteString(esc(m.Kind))
		w.WriteString(`" data-speaker="`)
		w.WriteString(esc(m.Speaker))
		w.WriteString(`" data-si="`)
		w.WriteString(esc(m.SI))
		w.WriteString(`" data-start="`)
		w.WriteString(strconv.Itoa(m.From))
		w.WriteString(`" data-end="`)
		w.WriteString(strconv.Itoa(m.To))
		if m.Q != "" {
			w.WriteString(`" data-q="`)
			w.WriteString(esc(m.Q))
		}
		w.WriteString(`" data-tip="`)
		w.WriteString(esc(m.Tip))
		w.WriteString(`"`)
		if p.Cont {
			w.WriteString(" data-cont")
		} else if m.Focus {
			w.WriteString(` tabindex="0"`)
		}
		w.WriteString(">")
	case p.Close:
		w.WriteString("</span>")
	case p.CR:
		w.WriteString("&#13;")
	default:
		w.WriteString(esc(p.Text))
	}
}

// CSP returns the page's Content-Security-Policy, which its head holds
// too: nothing is loaded, and the only script that may run is the page's
// own, named by its hash. A server may send it as a header.
func CSP() string { return csp }

var csp = func() string {
	h := sha256.Sum256([]byte(pageJS))
	return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
		base64.StdEncoding.EncodeToString(h[:]) + "'; form-action 'self'; base-uri 'none'"
}()

// units are the offset units a form offers.
var units = []string{"runes", "utf16", "bytes"}

var tmpl = template.Must(template.New("view").Funcs(template.FuncMap{
	"units": func() []string { return units },
}).Parse(`
{{- define "header" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="generator" content="whosaid">
<title>{{.Title}}</title>
<style>
{{.CSS}}</style>
<script>{{.JS}}</script>
</head>
<body>
<header class="top">
<h1>{{.Title}}</h1>
<p class="legend">Each statement is highlighted in its speaker's colour and labelled with its kind; <span class="cue s0">cues</span> are underlined, <span class="men s0">speakers' mentions</span> boxed, <span class="fr s0">quoted words</span> of mixed statements shaded deeper; <span class="st sx">grey</span>: no speaker found. Hover or focus (Tab) a statement for its speaker, kind, act, rule and confidence; click a speaker to see theirs only.</p>
{{- with .Form}}
<form class="ask" method="post" action="{{.Action}}" enctype="multipart/form-data">
<label for="text">Article text</label>
<textarea id="text" name="text" rows="8" spellcheck="false">
{{.Text}}</textarea>
<div class="row"><label for="file">or a text or HTML file</label> <input id="file" type="file" name="file" accept=".txt,.html,.htm,text/plain,text/html">
<label for="offsets">offsets in</label> <select id="offsets" name="offsets">{{$u := .Offsets}}{{range $x := units}}<option{{if eq $x $u}} selected{{end}}>{{$x}}</option>{{end}}</select>
<button type="submit">Who said what?</button></div>
</form>
{{- end}}
</header>
<main>
{{end}}

{{- define "footer" -}}
</main>
</body>
</html>
{{end}}

{{- define "article-head" -}}
<article class="art" data-id="{{.ID}}" data-offsets="{{.Offsets}}">
<h2>{{.ID}}</h2>
{{- if or .Title .URL}}
<p class="page">{{with .Title}}<cite>{{.}}</cite>{{end}}{{with .Author}} · {{.}}{{end}}{{with .Date}} · {{.}}{{end}}{{with .URL}} · <a href="{{.}}" rel="noopener noreferrer nofollow">{{.}}</a>{{end}}</p>
{{- end}}
<p class="sum">{{if .Statements}}{{.Statements}} statement{{if ne .Statements 1}}s{{end}}{{else}}No statements found{{end}} · offsets in {{.Offsets}}</p>
<div class="cols">
<aside class="spk" aria-label="Speakers">
<h3>Speakers</h3>
{{- if .Speakers}}
<ul>
{{- range .Speakers}}
<li><button type="button" class="who {{.Class}}" data-si="{{.SI}}" aria-pressed="false">{{.Name}}</button><span class="meta">{{with .Kind}}{{.}} · {{end}}{{.N}} statement{{if ne .N 1}}s{{end}}{{with .Titles}} · {{.}}{{end}}</span></li>
{{- end}}
</ul>
<p class="hint">Click a speaker to show theirs only; again to show all.</p>
{{- else}}
<p class="none">none</p>
{{- end}}
</aside>
{{if .Empty}}<p class="text none">(empty text)</p>{{else}}<div class="text">{{end}}
{{- end}}

{{- define "article-tail" -}}
{{if not .Empty}}</div>{{end}}
</div>
</article>
{{end}}

{{- define "error" -}}
<article class="art err" data-id="{{.ID}}">
<h2>{{.ID}}</h2>
<p class="msg" role="alert">error: {{.Err}}</p>
</article>
{{end}}
`))
