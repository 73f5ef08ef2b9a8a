// Package schema is the JSON form of whosaid's output: one record per
// article, with offsets in a unit of the caller's choice (see README.md,
// "Output schema"). The command, the server, the HTML view and the Beam
// pipeline all write this form, so they agree byte for byte.
package schema

import (
	"sort"
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

// units converts byte offsets of one text into the output's unit.
type units struct {
	text   string
	unit   string // bytes, runes or utf16
	sorted []int  // byte offsets asked for, sorted
	conv   []int  // their conversions
}

// prepare converts every offset in offs in one pass over the text.
func (u *units) prepare(offs []int) {
	if u.unit == "bytes" {
		return
	}
	sort.Ints(offs)
	u.sorted = offs[:0]
	for i, o := range offs {
		if i == 0 || o != offs[i-1] {
			u.sorted = append(u.sorted, o)
		}
	}
	u.conv = make([]int, len(u.sorted))
	b, n := 0, 0
	for k, o := range u.sorted {
		for b < o && b < len(u.text) {
			r, size := utf8.DecodeRuneInString(u.text[b:])
			b += size
			n++
			if u.unit == "utf16" && r >= 0x10000 {
				n++
			}
		}
		u.conv[k] = n
	}
}

func (u *units) at(off int) int {
	if u.unit == "bytes" {
		return off
	}
	k := sort.SearchInts(u.sorted, off)
	return u.conv[k]
}

func (u *units) span(s speakers.Span) Span {
	return Span{Start: u.at(s.Start), End: u.at(s.End), Text: s.Text(u.text)}
}

// New returns the record of one article: r is the result of attributing
// text, and unit (bytes, runes or utf16) is the unit of its offsets.
func New(id, text, unit string, r speakers.Result) Article {
	u := &units{text: text, unit: unit}
	var offs []int
	for _, a := range r.Attributions {
		offs = append(offs, a.Content.Start, a.Content.End, a.Cue.Start, a.Cue.End, a.Mention.Start, a.Mention.End)
		for _, f := range a.Fragments {
			offs = append(offs, f.Start, f.End)
		}
	}
	for _, s := range r.Speakers {
		for _, m := range s.Mentions {
			offs = append(offs, m.Start, m.End)
		}
	}
	u.prepare(offs)
	out := Article{ID: id, Offsets: unit, Quotes: []Quote{}, Speakers: []Speaker{}}
	for _, a := range r.Attributions {
		c := u.span(a.Content)
		q := Quote{Start: c.Start, End: c.End, Text: c.Text, Kind: a.Kind.String(), Confidence: a.Confidence, Rule: a.Rule, Fragments: []Span{}}
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
		out.Quotes = append(out.Quotes, q)
	}
	for _, s := range r.Speakers {
		js := Speaker{Name: s.Name, Kind: s.Kind.String(), Titles: s.Titles, Mentions: []Span{}}
		if js.Titles == nil {
			js.Titles = []string{}
		}
		for _, m := range s.Mentions {
			js.Mentions = append(js.Mentions, u.span(m))
		}
		out.Speakers = append(out.Speakers, js)
	}
	return out
}
