// Package schema is the JSON form of whosaid's output: one record per
// article, with offsets in a unit of the caller's choice (see README.md,
// "Output schema"). The command, the server, the HTML view and the Beam
// pipeline all write this form, so they agree byte for byte.
package schema

import (
	"unicode/utf8"

	"github.com/whosaid/whosaid/speakers"
)

// Article is one output record: the statements of one article and their
// speakers (see README.md, "Output schema"). Title, Author, Date, URL and
// Text are set for an article extracted from a web page, and left out of
// the JSON otherwise, so that the record of a text article is as it was.
type Article struct {
	ID      string `json:"id"`
	Offsets string `json:"offsets"`
	// Title, Author, Date (YYYY-MM-DD) and URL are what the web page gives;
	// each is left out when it gives none.
	Title    string    `json:"title,omitempty"`
	Author   string    `json:"author,omitempty"`
	Date     string    `json:"date,omitempty"`
	URL      string    `json:"url,omitempty"`
	Quotes   []Quote   `json:"quotes"`
	Speakers []Speaker `json:"speakers"`
	// Text is the article extracted from a web page, which the offsets
	// refer to; it is left out for a text article, which the caller has.
	Text string `json:"text,omitempty"`
}

// Span is a half-open range of the article's text, in the record's offset
// unit, with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote is one statement.
type Quote struct {
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Kind       string   `json:"kind"`
	Cue        *Span    `json:"cue"`
	Speaker    *QuoteBy `json:"speaker"`
	Confidence float64  `json:"confidence"`
	Rule       string   `json:"rule"`
	Fragments  []Span   `json:"fragments"`
	// Act is what the statement reports: speech, thought, intent,
	// finding or appearance (speakers.Act).
	Act string `json:"act"`
}

// jsonQuoteBy is the speaker of one statement; Mention is null when the
// speaker comes from an earlier statement.
type QuoteBy struct {
	Name    string `json:"name"`
	Mention *Span  `json:"mention"`
}

// Speaker is one source, with every mention linked to it.
type Speaker struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Titles   []string `json:"titles"`
	Mentions []Span   `json:"mentions"`
}

// Error is the record that stands for an article that failed.
type Error struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// units converts byte offsets of one text into the output's unit. It
// keeps where a count of the units from the start of the text stands at
// every unitStep-th byte, and counts on from there, or from the offset it
// converted last when that is nearer: offsets asked for in text order cost
// one pass over the text, and the marks take a quarter of a byte per byte.
type units struct {
	text  string
	unit  string     // bytes, runes or utf16
	marks []unitMark // marks[k] is the count at offset k*unitStep
	last  unitMark   // the count at the offset converted last
}

// unitStep is the distance in bytes between two marks.
const unitStep = 64

// unitMark is where the count stands at an offset: b is the first
// character boundary at or after it, and n the units before b.
type unitMark struct{ b, n int }

// newUnits prepares the conversion of the offsets of text into unit.
func newUnits(text, unit string) *units {
	u := &units{text: text, unit: unit}
	if unit == "bytes" {
		return u
	}
	u.marks = make([]unitMark, 0, len(text)/unitStep+1)
	var m unitMark
	for off := 0; ; off += unitStep {
		m = u.count(m, off)
		u.marks = append(u.marks, m)
		if off >= len(text) {
			break
		}
	}
	return u
}

// count counts on from m, the count at an offset before off, to off.
func (u *units) count(m unitMark, off int) unitMark {
	for m.b < off && m.b < len(u.text) {
		r, size := utf8.DecodeRuneInString(u.text[m.b:])
		m.b += size
		m.n++
		if u.unit == "utf16" && r >= 0x10000 {
			m.n++
		}
	}
	return m
}

func (u *units) at(off int) int {
	if u.unit == "bytes" {
		return off
	}
	m := u.marks[min(max(off, 0)/unitStep, len(u.marks)-1)]
	if u.last.b <= off && u.last.b > m.b {
		m = u.last
	}
	u.last = u.count(m, off)
	return u.last.n
}

func (u *units) span(s speakers.Span) Span {
	return Span{Start: u.at(s.Start), End: u.at(s.End), Text: s.Text(u.text)}
}

// New returns the record of one article: r is the result of attributing
// text, and unit (bytes, runes or utf16) is the unit of its offsets.
func New(id, text, unit string, r speakers.Result) Article {
	u := newUnits(text, unit)
	out := Article{ID: id, Offsets: unit, Quotes: []Quote{}, Speakers: []Speaker{}}
	for _, a := range r.Attributions {
		out.Quotes = append(out.Quotes, u.quote(r, a))
	}
	for _, s := range r.Speakers {
		out.Speakers = append(out.Speakers, u.speaker(s))
	}
	return out
}

// quote returns the record of the statement a of r.
func (u *units) quote(r speakers.Result, a speakers.Attribution) Quote {
	c := u.span(a.Content)
	q := Quote{Start: c.Start, End: c.End, Text: c.Text, Kind: a.Kind.String(), Confidence: a.Confidence, Rule: a.Rule, Fragments: []Span{}, Act: a.Act.String()}
	if a.Cue.End > 0 {
		cue := u.span(a.Cue)
		q.Cue = &cue
	}
	if a.Speaker >= 0 {
		q.Speaker = &QuoteBy{Name: r.Speakers[a.Speaker].Name}
		if a.Mention.End > 0 {
			m := u.span(a.Mention)
			q.Speaker.Mention = &m
		}
	}
	for _, f := range a.Fragments {
		q.Fragments = append(q.Fragments, u.span(f))
	}
	return q
}

// speaker returns the record of the speaker s.
func (u *units) speaker(s speakers.Speaker) Speaker {
	js := Speaker{Name: s.Name, Kind: s.Kind.String(), Titles: s.Titles, Mentions: []Span{}}
	if js.Titles == nil {
		js.Titles = []string{}
	}
	for _, m := range s.Mentions {
		js.Mentions = append(js.Mentions, u.span(m))
	}
	return js
}
