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
func (r *resolver) leftovers(stmts []stmt, used []bool) []stmt {
	// The statements so far, by end offset, to find the one before a quote.
	prior := make([]*stmt, len(stmts))
	for k := range stmts {
		prior[k] = &stmts[k]
	}
	sort.Slice(prior, func(a, b int) bool { return prior[a].content.End < prior[b].content.End })
	var added []stmt
	var prev, quoted *stmt // the statement before the quote, and the last with quoted words
	var other *stmt        // the last statement with quoted words by someone other than quoted's speaker
	setQuoted := func(st *stmt) {
		if quoted != nil && quoted.ent != nil && st.ent != quoted.ent {
			other = quoted
		}
		quoted = st
	}
	next := 0
	double := r.doubleSpeech()
	for i := range r.toks {
		t := &r.toks[i]
		if t.kind != tQuote || used[t.quote] {
			continue
		}
		q := &r.quotes[t.quote]
		for next < len(prior) && prior[next].content.End <= q.Span.Start {
			if prev == nil || prior[next].content.End >= prev.content.End {
				prev = prior[next]
				if prev.kind == Direct || prev.kind == Mixed {
					setQuoted(prev)
				}
			}
			next++
		}
		if q.Kind == quotes.Fragment {
			if st, ok := r.leftoverFragment(i, prev, used); ok {
				added = append(added, st)
			}
			continue
		}
		if q.Kind != quotes.Speech || !hasWord(q.Content.Text(r.text)) {
			continue
		}
		turn := r.turn(prev, quoted)
		if ex := r.exchange(i, quoted, other); ex != nil && turn == quoted {
			turn = ex
		}
		if st, ok := r.leftoverSpeech(i, turn, double); ok {
			added = append(added, st)
			prev = &added[len(added)-1]
			setQuoted(prev)
		}
	}
	return added
}

// leftoverFragment attributes the quoted fragment at token i that no cue
// took: to the subject of its sentence, to a name in it, or to the speaker
// of prev, the statement before it. It reports false for a fragment too
// short to be anyone's words.
func (r *resolver) leftoverFragment(i int, prev *stmt, used []bool) (stmt, bool) {
	t := &r.toks[i]
	q := &r.quotes[t.quote]
	if i > 0 && (r.is(i-1, "on") || r.toks[i-1].poss || r.nameBeforeNoun(i)) && looksLikeTitle(q.Content.Text(r.text)) {
		return stmt{}, false // on CNN's "State of the Union", their "Vote Bell" hats: a title, not words
	}
	if st, ok := r.fragmentBySubject(i, used); ok {
		return st, true
	}
	if len(strings.Fields(q.Content.Text(r.text))) < minFragmentWords+1 {
		return stmt{}, false
	}
	// Someone's words, but the sentence does not say whose: most
	// likely the speaker of the statement just before.
	if e, m, ok := r.nameInSentence(i); ok {
		return stmt{content: q.Span, kind: Fragment, ent: e, mention: m, rule: RuleSubject, conf: 0.3, para: t.para, quote: t.quote}, true
	}
	if prev != nil && prev.ent != nil && t.para-prev.para <= 1 {
		return stmt{content: q.Span, kind: Fragment, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: 0.3, para: t.para, quote: t.quote}, true
	}
	return stmt{content: q.Span, kind: Fragment, rule: RuleNoSpeaker, para: t.para, quote: t.quote}, true
}

// leftoverSpeech attributes the quotation of speech at token i that no cue
// took: to a cue word after it, a colon before it, a dash byline, a person
// named before it in its sentence (When Bell stood up — "…" — the hall
// cheered), or the speaker of prev, the statement before it, else to no
// one. It reports
// false for a quotation that reads like a title.
func (r *resolver) leftoverSpeech(i int, prev *stmt, double bool) (stmt, bool) {
	t := &r.toks[i]
	q := &r.quotes[t.quote]
	if r.pieceTitle(i) {
		return stmt{}, false // HARBOUR BEAT—"Ferries to stop," by Ann Bell: …
	}
	// "Denver," he answered: the shape says speech even when the
	// words look like a title.
	if st, ok := r.unknownCue(i); ok {
		return st, true
	}
	if looksLikeTitle(q.Content.Text(r.text)) || double && r.subhead(i) || r.cited(i) {
		return stmt{}, false
	}
	if st, ok := r.colonIntro(i); ok {
		return st, true
	}
	// "…" — Coach Maria Lopez; "…" ¶ — Maria Lopez.
	if d := r.bylineDash(i); d > 0 {
		if e, ok := r.npAfter(d + 1); ok && (e == len(r.toks) || r.toks[e].para != r.toks[d].para || r.toks[e].kind == tPunct) {
			ent := r.sourceFor(d+1, e)
			return stmt{content: q.Span, kind: Direct, cue: r.tokSpan(d, d+1), ent: ent, mention: r.tokSpan(d+1, e), rule: RuleDashByline, conf: 0.8, para: t.para, quote: t.quote}, true
		}
	}
	if e, m, ok := r.nameInSentence(i); ok && r.sentStart(i) < i && (prev == nil || e != prev.ent) {
		// A quotation inside a sentence that names someone is likelier
		// theirs than the last speaker's.
		return stmt{content: q.Span, kind: Direct, ent: e, mention: m, rule: RuleContinuation, conf: 0.5, para: t.para, quote: t.quote}, true
	}
	if e, m, ok := r.subjectBefore(i, prev); ok {
		return stmt{content: q.Span, kind: Direct, ent: e, mention: m, rule: RuleContinuation, conf: 0.5, para: t.para, quote: t.quote}, true
	}
	if prev != nil && prev.ent != nil && t.para-prev.para <= maxContinuation {
		// The mention that named the speaker of the statement continued.
		// A quote right after a quotation by the same speaker is
		// likelier theirs than one after reported speech or a gap.
		conf := 0.6
		if t.para-prev.para > 1 || prev.kind == Indirect || prev.kind == Fragment {
			conf = 0.4
		}
		mention := prev.mention
		if m, ok := r.nearerName(prev.ent, prev.mention.End, q.Span.Start); ok {
			mention = m // Bell said …. Bell then turned to the crowd. "…"
		}
		if m, ok := nearerMention(r.subjs, prev.ent, mention.End, q.Span.Start); ok {
			mention = m // Bell said …. She then turned to the crowd. "…"
		}
		return stmt{content: q.Span, kind: Direct, ent: prev.ent, mention: mention, rule: RuleContinuation, conf: conf, para: t.para, quote: t.quote}, true
	}
	return stmt{content: q.Span, kind: Direct, rule: RuleNoSpeaker, para: t.para, quote: t.quote}, true
}

// turn returns the statement whose speaker a quotation with no cue
// continues: prev, the statement before it, unless prev is reported speech
// in the paragraph of quoted, the last statement with quoted words, and
// by someone else. The speaker who was quoted holds the turn: "…," said
// Ann Bell, who backs Cole. "…" is Bell's, not Cole's backer's.
func (r *resolver) turn(prev, quoted *stmt) *stmt {
	if prev == nil || quoted == nil || prev == quoted || quoted.ent == nil || prev.kind == Direct || prev.kind == Mixed {
		return prev
	}
	if prev.para != quoted.para || prev.ent == quoted.ent {
		return prev
	}
	return quoted
}

// nearerName returns the last mention by name of e between the offsets
// after and before, the one nearest a continued quotation, if any.
func (r *registry) nearerName(e *entity, after, before int) (Span, bool) {
	return nearerMention(r.names, e, after, before)
}

// nearerMention returns the last of the mentions ms, in text order, that
// names e between the offsets after and before.
func nearerMention(ms []nameMention, e *entity, after, before int) (Span, bool) {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].pos >= before }) - 1
	for n := 0; k >= 0 && n < maxNearerNames && ms[k].pos >= after; k, n = k-1, n+1 {
		if m := ms[k]; m.ent == e && !m.poss {
			return Span{Start: m.pos, End: m.end}, true
		}
	}
	return Span{}, false
}

// maxNearerNames is how many names nearerName reads back from a quotation.
const maxNearerNames = 16

// exchange returns other when the quotation at token i, alone in its
// paragraph, answers or asks back in an exchange of questions and
// answers: quoted, the last quotation, stands alone in the paragraph
// before, by someone other than other, whose quotation stands just
// before it, and one of quoted and the quotation at i is a question.
// Ann Bell: "Why now?" / Tom Hale: "The money is there." / "And if it is
// not?" is Bell's turn again.
func (r *resolver) exchange(i int, quoted, other *stmt) *stmt {
	t := &r.toks[i]
	if quoted == nil || other == nil || other.ent == nil || quoted.quote < 0 || quoted.kind != Direct || other.kind != Direct || !r.aloneInParagraph(i) {
		return nil
	}
	if t.para-quoted.para != 1 || quoted.para-other.para > 1 || other.content.End > quoted.content.Start {
		return nil
	}
	ask := isQuestion(r.quotes[t.quote].Content.Text(r.text))
	asked := isQuestion(r.quotes[quoted.quote].Content.Text(r.text))
	if ask == asked {
		return nil
	}
	return other
}

// aloneInParagraph reports whether the quotation at token i is all its
// paragraph holds, but for punctuation.
func (r *resolver) aloneInParagraph(i int) bool {
	p := r.toks[i].para
	for m := i - 1; m >= 0 && r.toks[m].para == p; m-- {
		if r.toks[m].kind != tPunct {
			return false
		}
	}
	for m := i + 1; m < len(r.toks) && r.toks[m].para == p; m++ {
		if r.toks[m].kind != tPunct {
			return false
		}
	}
	return true
}

// isQuestion reports whether the words of a quotation end with a question
// mark of its own, not of a quotation inside it.
func isQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \t"), "?")
}

// subjectBefore returns the person who is the subject of the sentence just
// before the quotation at token i, in its paragraph, when the quotation
// opens a sentence and that person is not the speaker of prev, the
// statement before, which that sentence follows: Bell said …. Hale is
// unapologetic about his aim. "…" is Hale's.
func (r *resolver) subjectBefore(i int, prev *stmt) (*entity, Span, bool) {
	t := &r.toks[i]
	if i == 0 || r.toks[i-1].para != t.para || r.sentStart(i) != i {
		return nil, Span{}, false
	}
	k := sort.Search(len(r.subjs), func(k int) bool { return r.subjs[k].pos >= t.start }) - 1
	if k < 0 || r.subjSents[k] != t.sent-1 {
		return nil, Span{}, false
	}
	m := r.subjs[k]
	if m.pos < r.toks[i-1].start && r.toks[r.sentStart(i-1)].para != t.para {
		return nil, Span{}, false
	}
	if prev != nil && (prev.ent == m.ent || prev.content.End > m.pos) {
		return nil, Span{}, false
	}
	return m.ent, Span{Start: m.pos, End: m.end}, true
}

// maxContinuation is how many paragraphs a quotation with no cue may stand
// after the statement whose speaker it continues.
const maxContinuation = 3

// minorWords stay in lower case in a title: The Lord of the Rings.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "nor": true, "but": true, "as": true, "vs": true}

// fragmentBySubject attributes a quoted fragment that no cue took to the
// subject of its sentence, when the sentence opens with a person or a
// group and a verb: Bell called the plan "a gift to developers".
func (r *resolver) fragmentBySubject(i int, used []bool) (stmt, bool) {
	q := r.toks[i].quote
	if len(strings.Fields(r.quotes[q].Content.Text(r.text))) < minFragmentWords {
		return stmt{}, false
	}
	s0 := r.sentStart(i)
	f, e, ok := r.mainSubject(s0, i)
	if !ok {
		return stmt{}, false
	}
	ent := r.sourceFor(f, e)
	if ent == nil || ent.kind == Unknown && !speakerPronouns[r.toks[f].lower] && !r.toks[e-1].cap {
		return stmt{}, false
	}
	s0, mention := f, r.tokSpan(f, e)
	if r.isPunct(e, ",") {
		// Bell, for her part, is calling …
		for e++; e < i && !r.isPunct(e, ","); e++ {
		}
		e++
	}
	// The content runs from after the verb to the end of the quotation.
	v := e
	for v < i && r.toks[v].kind == tWord && (betweenWords[r.toks[v].lower] || passiveAux[r.toks[v].lower] || len(r.toks[v].lower) > 4 && strings.HasSuffix(r.toks[v].lower, "ly")) {
		v++ // has routinely called
	}
	from := v + 1
	for m := from; m < i; m++ {
		if r.toks[m].kind == tQuote && !used[r.toks[m].quote] && r.quotes[r.toks[m].quote].Kind == quotes.Fragment {
			continue // paints herself as a "change agent" who "fixed …"
		}
		if r.toks[m].kind != tWord && !r.isPunct(m, ",") {
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
	if from < i && end < len(r.toks) && r.toks[end].kind == tWord && r.toks[end].sent == r.toks[i].sent && !r.writerAfterQuote(end) && (r.lex.cues[r.toks[end].lower] == cueInfo{}) {
		s1 := end
		for s1 < len(r.toks) && r.toks[s1].sent == r.toks[i].sent {
			s1++
		}
		cut, _ := r.clauseEnd(end, s1)
		for m := end; m < cut; m++ {
			if r.isPunct(m, ",") || r.toks[m].kind == tQuote && (used[r.toks[m].quote] || r.quotes[r.toks[m].quote].Kind != quotes.Fragment) {
				cut = m
				break
			}
		}
		if cut-end <= maxFragmentLead {
			end = cut
		}
	}
	st := stmt{content: Span{Start: r.toks[from].start, End: r.toks[end-1].end}, kind: Mixed, ent: ent, mention: mention, rule: RuleSubject, conf: 0.5, para: r.toks[i].para, quote: -1}
	for m := from; m < end; m++ {
		if r.toks[m].kind == tQuote {
			st.frags = append(st.frags, r.quotes[r.toks[m].quote].Span)
			used[r.toks[m].quote] = true
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

// maxBylineTokens is how long a paragraph that a dash opens may be to be
// the byline of the quotation before it: — Ann Bell, a pilot in Dover.
const maxBylineTokens = 16

// bylineDash returns the dash of a byline after the quotation at token i,
// or -1: a dash right after it in its paragraph ("…" — Maria Lopez), or
// one that opens the next paragraph when the quotation ends its own
// ("…" ¶ — Maria Lopez.), as fact checks and collected quotes set them.
func (v *view) bylineDash(i int) int {
	t := &v.toks[i]
	if v.isDash(i+1) && i+2 < len(v.toks) && v.toks[i+2].para == t.para {
		return i + 1
	}
	k := i + 1
	if k < len(v.toks) && v.toks[k].para == t.para && v.toks[k].kind == tPunct && isFinalPunct(v.word(k)) {
		k++ // "…". ¶ — Maria Lopez.
	}
	if k+1 >= len(v.toks) || v.toks[k].para != t.para+1 || !v.isDash(k) || v.toks[k+1].para != v.toks[k].para || !v.toks[k+1].cap || v.paraLast[v.toks[k].para]-k > maxBylineTokens {
		return -1
	}
	return k
}

// subhead reports whether the quotation at token i is a subheading: alone
// in its paragraph (but for dashes and a full stop) and in single marks,
// as news subheads are in a text that quotes speech in double marks (the
// caller checks that, with doubleSpeech): ¶ 'A fight from start to
// finish.' ¶. Nobody says it there.
func (r *resolver) subhead(i int) bool {
	return r.quotes[r.toks[i].quote].Style.Single() && r.aloneInParagraph(i)
}

// doubleSpeech reports whether the text quotes speech in double marks: a
// quotation of speech in double marks that no other holds.
func (v *view) doubleSpeech() bool {
	for k := range v.quotes {
		if o := &v.quotes[k]; o.Depth == 0 && !o.Style.Single() && o.Kind == quotes.Speech {
			return true
		}
	}
	return false
}

// pieceTitle reports whether the quotation at token i is the headline of a
// piece that a newsletter links to: it opens its paragraph, after a dash
// or a label in capitals at most, ends with a comma inside its marks, and
// "by" and the author follow it
// (¶ HARBOUR BEAT—"Ferries to stop in May," by the Ledger's Ann Bell: …).
func (v *view) pieceTitle(i int) bool {
	in := v.quoteTail(v.toks[i].quote)
	if !v.is(i+1, "by") || v.toks[i+1].para != v.toks[i].para || !strings.HasSuffix(in, ",") {
		return false
	}
	for m := i - 1; m >= 0 && v.toks[m].para == v.toks[i].para; m-- {
		if t := &v.toks[m]; !(t.kind == tPunct || t.kind == tWord && t.lower != v.text[t.start:t.end]) || t.kind == tWord && strings.ToUpper(v.text[t.start:t.end]) != v.text[t.start:t.end] {
			return false
		}
	}
	return true
}

// nameBeforeNoun reports whether the quotation at token i stands between a
// determiner and the noun it names, as the name of a thing rather than
// anyone's words: their "Vote Bell" hats, a "Ferries Now" tote bag.
func (v *view) nameBeforeNoun(i int) bool {
	if i+1 >= len(v.toks) || v.toks[i+1].kind != tWord || v.toks[i+1].para != v.toks[i].para || nonVerbs[v.toks[i+1].lower] || clauseWords[v.toks[i+1].lower] {
		return false
	}
	if i > 0 && (determiners[v.toks[i-1].lower] || possessiveDeterminers[v.toks[i-1].lower]) {
		return true
	}
	n := &v.toks[i+1] // a "Ferries Now" bus tour: a noun, not a verb, after the name
	return !n.cap && !isVerbForm(*n) && !determiners[n.lower] && !strings.HasSuffix(n.lower, "ly") && (v.lex.cues[n.lower] == cueInfo{})
}

// possessiveDeterminers open a noun phrase as "the" does.
var possessiveDeterminers = map[string]bool{"their": true, "his": true, "her": true, "its": true, "our": true, "my": true, "your": true}

// cited reports whether the quotation at token i is followed by a
// parenthesis that dates it, as a slogan, a poster or a work is cited:
// "Ferries for all!" (2015). Nobody in the text says it.
func (v *view) cited(i int) bool {
	if !v.isPunct(i+1, "(") {
		return false
	}
	for m := i + 2; m < len(v.toks) && m <= i+10 && v.toks[m].para == v.toks[i].para && !v.isPunct(m, ")"); m++ {
		if w := v.toks[m].lower; len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w) {
			return true
		}
	}
	return false
}
