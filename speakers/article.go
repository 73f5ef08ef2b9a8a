package speakers

import (
	"sort"

	"github.com/whosaid/whosaid/quotes"
)

// doc is the state of one Attribute call.
type doc struct {
	view
	used []bool // quotes[i] is part of a statement

	ents     []*entity
	names    []nameMention // person names in text order
	byName   map[string]*entity
	byKey    map[string][]*entity
	bySource map[string]*entity

	stmts           []stmt
	lastSpeaker     *entity
	lastSpeakerPara int
	// prevSubj is the person who is the subject of the last sentence that
	// had one, in paragraph prevSubjPara; curSent is the first token of
	// the sentence being attributed.
	prevSubj     *entity
	prevSubjPara int
	curSent      int

	titleFields map[string][]string // see titleWords
	steps       int                 // work done by the scans that are not linear in the text; for tests
}

func newDoc(text string, qs []quotes.Quote) *doc {
	return &doc{
		view:     view{text: text, lex: words(), quotes: qs},
		used:     make([]bool, len(qs)),
		byName:   map[string]*entity{},
		byKey:    map[string][]*entity{},
		bySource: map[string]*entity{},
	}
}

func (d *doc) run() {
	d.tokenize()
	d.paragraphs()
	d.findNames()
	d.attributeSentences()
	d.leftovers()
	sort.SliceStable(d.stmts, func(a, b int) bool { return d.stmts[a].content.Start < d.stmts[b].content.Start })
}

// result builds the Result: the statements, and the speakers they name.
func (d *doc) result() Result {
	var r Result
	if len(d.stmts) == 0 {
		return r
	}
	r.Attributions = make([]Attribution, 0, len(d.stmts))
	for _, st := range d.stmts {
		a := Attribution{Content: st.content, Kind: st.kind, Fragments: st.frags, Cue: st.cue, Speaker: -1, Mention: st.mention, Confidence: st.conf, Rule: st.rule}
		if e := st.ent; e != nil {
			if e.out < 0 {
				e.out = len(r.Speakers)
				r.Speakers = append(r.Speakers, Speaker{Name: e.name, Kind: e.kind, Titles: e.titles})
			}
			a.Speaker = e.out
			if st.mention.End > 0 {
				e.addMention(st.mention)
			}
		} else {
			a.Confidence = 0
		}
		r.Attributions = append(r.Attributions, a)
	}
	for _, e := range d.ents {
		if e.out >= 0 {
			ms := append([]Span(nil), e.mentions...)
			sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
			ms = dedupSpans(ms)
			r.Speakers[e.out].Mentions = ms
		}
	}
	return r
}

func dedupSpans(ms []Span) []Span {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m == out[len(out)-1] {
			continue
		}
		out = append(out, m)
	}
	return out
}
