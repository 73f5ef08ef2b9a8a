package speakers

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// stmt is a statement being built.
type stmt struct {
	content Span
	kind    Kind
	frags   []Span
	cue     Span
	ent     *entity
	mention Span
	conf    float64
	rule    string
	para    int
	quote   int // the quotation of a direct statement, or -1
}

// byMedia after "said by" name how it was said, not who did it: said by
// telephone is active; confirmed by the Senate is passive.
var byMedia = map[string]bool{"telephone": true, "phone": true, "email": true, "e-mail": true, "text": true, "letter": true, "video": true, "videoconference": true, "satellite": true, "fax": true, "mail": true, "radio": true, "cable": true, "way": true}

// objectPronouns can follow a cue as its hearer: told him that …
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true, "you": true, "reporters": true, "journalists": true}

// ppWords open a phrase between a cue and its content: said in a
// statement that …, said on Monday that …
var ppWords = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "with": true, "from": true, "via": true, "while": true, "through": true, "over": true, "last": true, "this": true, "yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "earlier": true, "later": true, "recently": true, "again": true, "also": true, "then": true, "repeatedly": true, "publicly": true, "privately": true, "afterward": true, "afterwards": true, "outside": true, "late": true, "early": true, "previously": true, "separately": true, "to": true}

// verbAfterCue after a cue word shows it is not the main verb.
var verbAfterCue = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "does": true, "did": true, "might": true, "may": true}

// passiveAux before a cue makes it passive: she was told, it is said.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// attributeSentences finds the cues of every sentence and the statements
// they introduce.
func (d *doc) attributeSentences() {
	s0 := 0
	for s0 < len(d.toks) {
		s1 := s0
		for s1 < len(d.toks) && d.toks[s1].sent == d.toks[s0].sent {
			s1++
		}
		d.curSent = s0
		d.sentence(s0, s1)
		d.noteSubject(s0, s1)
		s0 = s1
	}
}

// noteSubject records the person who opens the sentence [s0, s1) as its
// subject, a name or a pronoun that resolves to one, so that a pronoun that
// opens a later sentence can refer back to them: Bell praised Dunn. She
// said …
func (d *doc) noteSubject(s0, s1 int) {
	i := s0
	for i < s1 && d.toks[i].kind == tWord && subjectLeads[d.toks[i].lower] {
		i++
	}
	if i < s1 && d.isPunct(i, ",") && i > s0 {
		i++ // But, she said …
	}
	if i >= s1 || d.toks[i].kind != tWord {
		return
	}
	if w := d.toks[i].lower; isPersonPronoun(w) && !strings.HasPrefix(w, "h") || w == "he" || w == "she" {
		if e := d.resolvePronoun(i); e != nil && e.kind == Person {
			d.prevSubj, d.prevSubjPara = e, d.toks[i].para
		}
		return
	}
	e, ok := d.subjectAt(i)
	if !ok || e >= s1 {
		return
	}
	if v := d.afterParens(e); v >= s1 || !d.verbStart(v) && !d.isPunct(e, ",") {
		return
	}
	n := sort.Search(len(d.names), func(k int) bool { return d.names[k].pos >= d.toks[i].start })
	for ; n < len(d.names) && d.names[n].pos < d.toks[e-1].end; n++ {
		if m := d.names[n]; m.ent.kind == Person && !m.poss {
			d.prevSubj, d.prevSubjPara = m.ent, d.toks[i].para
			return
		}
	}
}

// subjectLeads may open a sentence before its subject: And he said …
var subjectLeads = map[string]bool{"and": true, "but": true, "still": true, "yet": true, "so": true, "then": true, "instead": true, "meanwhile": true, "however": true, "later": true}

// sentence attributes the statements of the sentence in tokens [s0, s1).
func (d *doc) sentence(s0, s1 int) {
	pos := s0 // where content before the next cue may start
	var last *stmt
	if st := d.colonLead(s0, s1); st != nil {
		last = st
		pos = s1
	} else if st := d.inSource(s0, s1); st != nil {
		last = st
		pos = s1
	}
	for c := s0; c < s1; c++ {
		t := &d.toks[c]
		if t.kind != tWord {
			continue
		}
		if t.lower == "according" && d.is(c+1, "to") {
			if st := d.accordingTo(c, s0, s1, pos); st != nil {
				last = st
				pos = c + 2
			}
			continue
		}
		if st := d.nounCue(c, s1); st != nil {
			// Bell's call for a recount, his claim that …
			last = st
			continue
		}
		if st := d.appearance(c, s0, s1, pos); st != nil {
			// Sanders appears to lead: the writer's judgement, no speaker
			last = st
			pos = c + 1
			continue
		}
		info, ok := d.cueAt(c)
		if ok && info.lemma == "ask" && c > 0 && passiveAux[d.toks[c-1].lower] {
			if m := d.askedQuestion(c, s1); m >= 0 {
				pos = m
			}
		}
		if !ok || c > 0 && !info.ing && passiveAux[d.toks[c-1].lower] && d.toks[c-1].kind == tWord && !d.is(c+1, "by") {
			continue
		}
		if t.cap && c > s0 && d.toks[c-1].cap && c+1 < s1 && !d.toks[c+1].cap {
			continue // part of a name: the New York Post reported
		}
		if d.is(c+1, "by") && !info.ing && !(c+2 < s1 && byMedia[d.toks[c+2].lower]) {
			if info.lemma == "ask" {
				// Bell was asked by host Ann Cole, "…": the agent asks
				if st := d.askedBy(c, s1); st != nil {
					last = st
					pos = c + 1
				}
			}
			continue // confirmed by the Senate: a passive, not a statement
		}

		if st := d.relativeCue(c, info, s1, pos); st != nil {
			// the changes, which officials said will start soon
			last = st
			pos = c + 1
			continue
		}
		if c+1 < s1 && d.toks[c+1].kind == tWord && verbAfterCue[d.toks[c+1].lower] {
			continue // a relative clause: everything he says is true
		}
		if !info.strong && d.speechTail(c, s1) {
			continue // US wants 'stable' ties, secretary says: the tail speaks
		}
		if st := d.cue(c, info, s0, s1, pos, last); st != nil {
			last = st
			pos = c + 1
			for st.ent == nil && pos < s1 && d.toks[pos].start < st.content.End {
				pos++ // a question with no speaker is no one's content again
			}
		}
	}
}

// askedQuestion emits the quotation after a passive "asked" and a comma or
// colon as a statement with no speaker, and returns the token after it, or
// -1: Bell was asked, "…": the question is not Bell's, and the text does
// not say whose it is.
func (d *doc) askedQuestion(c, s1 int) int {
	m := c + 1
	if !(d.isPunct(m, ",") || d.isPunct(m, ":")) || m+1 >= s1 || d.toks[m+1].kind != tQuote || d.used[d.toks[m+1].quote] {
		return -1
	}
	q := d.toks[m+1].quote
	d.used[q] = true
	d.stmts = append(d.stmts, stmt{content: d.quotes[q].Span, kind: Direct, cue: d.tokSpan(c, c+1), rule: RuleNoSpeaker, para: d.toks[m+1].para, quote: q})
	return m + 2
}

// cue attributes the statement that the cue at token c introduces, if any.
func (d *doc) cue(c int, info cueInfo, s0, s1, pos int, last *stmt) *stmt {
	d.steps += s1 - c // the scans below stop at the end of the sentence
	site := &cueSite{view: &d.view, c: c, info: info, s0: s0, s1: s1, pos: pos, last: last}
	sub, ok := d.findSubject(site)
	if !ok {
		return nil
	}
	if sub.question {
		return d.emit(sub.qFrom, sub.qTo, d.tokSpan(c, c+1), nil, Span{}, RuleCueBefore, 0.5)
	}
	b := site.bounds(sub)
	d.steps += b.steps
	if b.relEnd > 0 {
		// what critics called "a cartel": the relative word and the
		// quotation are the content.
		return d.emit(sub.subjFrom-1, b.relEnd, d.tokSpan(c, c+1), sub.ent, sub.mention, sub.rule, 0.8)
	}
	return d.emitCue(site, sub, b)
}

// emitCue emits the statements of the cue at site, with its speaker sub and
// the content bounds b, and returns the last, or nil.
func (d *doc) emitCue(site *cueSite, sub subject, b bounds) *stmt {
	c, info, k, cut := site.c, site.info, b.k, b.cut
	ent, mention, rule, conf, inverted := sub.ent, sub.mention, sub.rule, sub.conf, sub.inverted
	strong := info.strong
	cueSpan := d.tokSpan(c, c+1)
	switch {
	case b.hasAfter && b.hasBefore && !b.beforeQuote && b.commaBefore && d.isPunct(k-1, ",") && strong && !b.afterThat && !inverted:
		// Over the years, she said, email has helped.
		d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
		return d.emit(k, cut, cueSpan, ent, mention, rule, conf)
	case b.hasAfter && b.hasBefore && b.commaBefore && strong && !inverted && d.toks[c+1].kind == tWord && (ppWords[d.toks[c+1].lower] || d.is(c+1, "by") && byMedia[d.toks[c+2].lower]) && !d.speechAfter(c+1, cut):
		// "…," she said on Monday on "Morning Joe": the phrase after the cue
		// is where, not what.
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
	case b.hasAfter && (b.afterQuote || b.colon || !inverted && (b.quoteAfter || b.clause && (b.afterThat || (strong || d.clauseStart(k) && !b.objectless) && !b.beforeQuote))):
		var first *stmt
		if b.beforeQuote && b.commaBefore {
			// "The economy," he said, "is strong."
			first = d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, RuleCueAfter, conf)
		}
		st := d.emit(k, cut, cueSpan, ent, mention, rule, conf)
		if first != nil && st == nil {
			return first
		}
		return st
	case b.hasAfter && info.theme && !inverted && !b.beforeQuote && (rule == RuleCueBefore || rule == RuleParticiple) && !b.scare && !b.objectless:
		// She endorsed Sanders; he urged voters to stay home.
		if d.wordsIn(k, cut) == 1 && (d.is(k, "that") || d.is(k, "this") || d.is(k, "it")) {
			return nil // the poll also found that:
		}
		return d.emit(k, cut, cueSpan, ent, mention, rule, 0.7)
	case b.hasBefore && (b.beforeQuote || b.commaBefore && (strong || !b.hasAfter)):
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
	}
	return nil
}

// wordsIn counts the word tokens in [i, j).
func (v *view) wordsIn(i, j int) int {
	n := 0
	for m := i; m < j; m++ {
		if v.toks[m].kind == tWord {
			n++
		}
	}
	return n
}

// commaBefore reports whether a comma ends the text before token c, outside
// quotation marks or inside them ("…," adding).
func (v *view) commaBefore(c int) bool {
	if v.isPunct(c-1, ",") {
		return true
	}
	if c > 0 && v.toks[c-1].kind == tQuote {
		return strings.HasSuffix(strings.TrimRight(v.quotes[v.toks[c-1].quote].Content.Text(v.text), " "), ",")
	}
	return false
}

// tokSpan returns the byte span of tokens [i, j), without a final
// possessive ending.
func (v *view) tokSpan(i, j int) Span {
	return Span{Start: v.toks[i].start, End: v.toks[j-1].nameEnd}
}

func (d *doc) emit(i, j int, cue Span, ent *entity, mention Span, rule string, conf float64) *stmt {
	if i >= j {
		return nil
	}
	if d.toks[i].kind == tQuote && j > i+1 && d.quotes[d.toks[i].quote].Kind == quotes.Speech && d.writerAfterQuote(i+1) {
		j = i + 1 // yelled "You lie!" at the president: the quotation alone
	}
	st := stmt{content: Span{Start: d.toks[i].start, End: d.toks[j-1].end}, cue: cue, ent: ent, mention: mention, rule: rule, conf: conf, para: d.toks[i].para, quote: -1}
	nq, nw := 0, 0
	for m := i; m < j; m++ {
		switch d.toks[m].kind {
		case tQuote:
			if d.used[d.toks[m].quote] {
				return nil // already a statement of its own
			}
			nq++
			st.frags = append(st.frags, d.quotes[d.toks[m].quote].Span)
		case tWord:
			nw++
		}
	}
	switch {
	case nq == 1 && nw == 0 && j-i <= 2:
		st.kind, st.frags, st.quote = Direct, nil, d.toks[i].quote
		if d.toks[i].kind != tQuote {
			st.quote = d.toks[i+1].quote
		}
		st.content = d.quotes[st.quote].Span
	case nq > 0:
		st.kind = Mixed
	default:
		st.kind = Indirect
	}
	for m := i; m < j; m++ {
		if d.toks[m].kind == tQuote {
			d.used[d.toks[m].quote] = true
		}
	}
	if st.kind == Mixed && d.isHeadline(d.toks[i].para) && rule != RuleColon {
		// A headline's words are the writer's; only the quoted fragments
		// are the speaker's.
		for _, f := range st.frags {
			fs := st
			fs.content, fs.kind, fs.frags, fs.rule, fs.conf = f, Fragment, nil, RuleHeadline, conf*0.9
			d.stmts = append(d.stmts, fs)
		}
	} else {
		d.stmts = append(d.stmts, st)
	}
	if ent != nil {
		d.lastSpeaker, d.lastSpeakerPara = ent, st.para
	}
	return &d.stmts[len(d.stmts)-1]
}

// isHeadline reports whether paragraph p looks like a headline: short, and
// without a final period.
func (v *view) isHeadline(p int) bool {
	first, last := v.paraFirst[p], v.paraLast[p]
	if first < 0 || last-first > 25 {
		return false
	}
	t := &v.toks[last]
	if t.kind == tPunct && isFinalPunct(v.word(last)) {
		return false
	}
	if t.kind == tQuote {
		in := v.quotes[t.quote].Content.Text(v.text)
		if n := len(in); n > 0 && (in[n-1] == '.' || in[n-1] == '?' || in[n-1] == '!') {
			return false
		}
	}
	return true
}

// sentStart returns the first token of the sentence of token i.
func (v *view) sentStart(i int) int {
	s0 := i
	for s0 > 0 && v.toks[s0-1].sent == v.toks[i].sent {
		s0--
	}
	return s0
}
