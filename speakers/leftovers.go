package speakers

// This file attributes the quotations that no cue took: continuations,
// fragments given to the subject of their sentence, colon introductions.

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// leftovers attributes the direct quotations that no cue took: a quote
// that follows a statement by the same speaker continues it; a dash byline
// names its speaker; other speech is reported without a speaker.
func (d *doc) leftovers() {
	// The statements so far, by end offset, to find the one before a quote.
	prior := make([]*stmt, len(d.stmts))
	for k := range d.stmts {
		prior[k] = &d.stmts[k]
	}
	sort.Slice(prior, func(a, b int) bool { return prior[a].content.End < prior[b].content.End })
	var added []stmt
	var prev *stmt
	next := 0
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tQuote || d.used[t.quote] {
			continue
		}
		q := &d.quotes[t.quote]
		for next < len(prior) && prior[next].content.End <= q.Span.Start {
			if prev == nil || prior[next].content.End >= prev.content.End {
				prev = prior[next]
			}
			next++
		}
		if q.Kind == quotes.Fragment {
			if st, ok := d.leftoverFragment(i, prev); ok {
				added = append(added, st)
			}
			continue
		}
		if q.Kind != quotes.Speech || !hasWord(q.Content.Text(d.text)) {
			continue
		}
		if st, ok := d.leftoverSpeech(i, prev); ok {
			added = append(added, st)
			prev = &added[len(added)-1]
		}
	}
	d.stmts = append(d.stmts, added...)
}

// leftoverFragment attributes the quoted fragment at token i that no cue
// took: to the subject of its sentence, to a name in it, or to the speaker
// of prev, the statement before it. It reports false for a fragment too
// short to be anyone's words.
func (d *doc) leftoverFragment(i int, prev *stmt) (stmt, bool) {
	t := &d.toks[i]
	q := &d.quotes[t.quote]
	if st, ok := d.fragmentBySubject(i); ok {
		return st, true
	}
	if len(strings.Fields(q.Content.Text(d.text))) < minFragmentWords+1 {
		return stmt{}, false
	}
	// Someone's words, but the sentence does not say whose: most
	// likely the speaker of the statement just before.
	if e, m, ok := d.nameInSentence(i); ok {
		return stmt{content: q.Span, kind: Fragment, ent: e, mention: m, rule: RuleSubject, conf: 0.3, para: t.para, quote: t.quote}, true
	}
	if prev != nil && prev.ent != nil && t.para-prev.para <= 1 {
		return stmt{content: q.Span, kind: Fragment, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: 0.3, para: t.para, quote: t.quote}, true
	}
	return stmt{content: q.Span, kind: Fragment, rule: RuleNoSpeaker, para: t.para, quote: t.quote}, true
}

// leftoverSpeech attributes the quotation of speech at token i that no cue
// took: to a cue word after it, a colon before it, a dash byline, or the
// speaker of prev, the statement before it, else to no one. It reports
// false for a quotation that reads like a title.
func (d *doc) leftoverSpeech(i int, prev *stmt) (stmt, bool) {
	t := &d.toks[i]
	q := &d.quotes[t.quote]
	// "Denver," he answered: the shape says speech even when the
	// words look like a title.
	if st, ok := d.unknownCue(i); ok {
		return st, true
	}
	if looksLikeTitle(q.Content.Text(d.text)) {
		return stmt{}, false
	}
	if st, ok := d.colonIntro(i); ok {
		return st, true
	}
	// "…" — Coach Maria Lopez
	if d.isDash(i+1) && i+2 < len(d.toks) && d.toks[i+2].para == t.para {
		if e, ok := d.npAfter(i + 2); ok && (e == len(d.toks) || d.toks[e].para != t.para || d.toks[e].kind == tPunct) {
			ent := d.sourceFor(i+2, e)
			return stmt{content: q.Span, kind: Direct, cue: d.tokSpan(i+1, i+2), ent: ent, mention: d.tokSpan(i+2, e), rule: RuleDashByline, conf: 0.8, para: t.para, quote: t.quote}, true
		}
	}
	if prev != nil && prev.ent != nil && t.para-prev.para <= maxContinuation {
		// The mention that named the speaker of the statement continued.
		// A quote right after a quotation by the same speaker is
		// likelier theirs than one after reported speech or a gap.
		conf := 0.6
		if t.para-prev.para > 1 || prev.kind == Indirect || prev.kind == Fragment {
			conf = 0.4
		}
		return stmt{content: q.Span, kind: Direct, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: conf, para: t.para, quote: t.quote}, true
	}
	return stmt{content: q.Span, kind: Direct, rule: RuleNoSpeaker, para: t.para, quote: t.quote}, true
}

// maxContinuation is how many paragraphs a quotation with no cue may stand
// after the statement whose speaker it continues.
const maxContinuation = 3

// minorWords stay in lower case in a title: The Lord of the Rings.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "nor": true, "but": true, "as": true, "vs": true}

// fragmentBySubject attributes a quoted fragment that no cue took to the
// subject of its sentence, when the sentence opens with a person or a
// group and a verb: Bell called the plan "a gift to developers".
func (d *doc) fragmentBySubject(i int) (stmt, bool) {
	q := d.toks[i].quote
	if len(strings.Fields(d.quotes[q].Content.Text(d.text))) < minFragmentWords {
		return stmt{}, false
	}
	s0 := d.sentStart(i)
	f, e, ok := d.mainSubject(s0, i)
	if !ok {
		return stmt{}, false
	}
	ent := d.sourceFor(f, e)
	if ent == nil || ent.kind == Unknown && !speakerPronouns[d.toks[f].lower] && !d.toks[e-1].cap {
		return stmt{}, false
	}
	s0, mention := f, d.tokSpan(f, e)
	if d.isPunct(e, ",") {
		// Bell, for her part, is calling …
		for e++; e < i && !d.isPunct(e, ","); e++ {
		}
		e++
	}
	// The content runs from after the verb to the end of the quotation.
	v := e
	for v < i && d.toks[v].kind == tWord && (betweenWords[d.toks[v].lower] || passiveAux[d.toks[v].lower] || len(d.toks[v].lower) > 4 && strings.HasSuffix(d.toks[v].lower, "ly")) {
		v++ // has routinely called
	}
	from := v + 1
	for m := from; m < i; m++ {
		if d.toks[m].kind == tQuote && !d.used[d.toks[m].quote] && d.quotes[d.toks[m].quote].Kind == quotes.Fragment {
			continue // paints herself as a "change agent" who "fixed …"
		}
		if d.toks[m].kind != tWord && !d.isPunct(m, ",") {
			from = i
			break
		}
	}
	if from > i || i-from > maxFragmentLead {
		from = i
	}
	// … and on to the end of the clause: called the plan "a gift" to
	// developers and their friends.
	end := i + 1
	if from < i && end < len(d.toks) && d.toks[end].kind == tWord && d.toks[end].sent == d.toks[i].sent && !d.writerAfterQuote(end) && (d.lex.cues[d.toks[end].lower] == cueInfo{}) {
		s1 := end
		for s1 < len(d.toks) && d.toks[s1].sent == d.toks[i].sent {
			s1++
		}
		cut, _ := d.clauseEnd(end, s1)
		for m := end; m < cut; m++ {
			if d.isPunct(m, ",") || d.toks[m].kind == tQuote && (d.used[d.toks[m].quote] || d.quotes[d.toks[m].quote].Kind != quotes.Fragment) {
				cut = m
				break
			}
		}
		if cut-end <= maxFragmentLead {
			end = cut
		}
	}
	st := stmt{content: Span{Start: d.toks[from].start, End: d.toks[end-1].end}, kind: Mixed, ent: ent, mention: mention, rule: RuleSubject, conf: 0.5, para: d.toks[i].para, quote: -1}
	for m := from; m < end; m++ {
		if d.toks[m].kind == tQuote {
			st.frags = append(st.frags, d.quotes[d.toks[m].quote].Span)
			d.used[d.toks[m].quote] = true
		}
	}
	if from == i && end == i+1 {
		st.kind, st.frags, st.quote = Fragment, nil, q
	}
	return st, true
}

// nameInSentence returns the first person named in the sentence of token i
// before it, and the words that name them.
func (r *registry) nameInSentence(i int) (*entity, Span, bool) {
	s0 := r.sentStart(i)
	from, to := r.toks[s0].start, r.toks[i].start
	k := sort.Search(len(r.names), func(k int) bool { return r.names[k].pos >= from })
	for ; k < len(r.names) && r.names[k].pos < to; k++ {
		if n := r.names[k]; n.ent.kind == Person && !n.poss {
			return n.ent, Span{Start: n.pos, End: n.end}, true
		}
	}
	return nil, Span{}, false
}

// minFragmentWords is the fewest words a quoted fragment needs to be taken
// as someone's words without a cue; shorter ones are mostly scare quotes.
const minFragmentWords = 3

// maxFragmentLead is how many words between the verb and a quoted fragment
// fragmentBySubject takes into the content.
const maxFragmentLead = 12
