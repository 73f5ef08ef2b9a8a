package speakers

// The cues stage: sentence by sentence, the cue words and the statement
// shapes around them. For each verb cue, the subject rules (rules.go) find
// the speaker, the content bounds (bounds.go) the content, and emitCue
// (statements.go) the statements.

import (
	"sort"
	"strings"
)

// attributeSentences finds the cues of every sentence and the statements
// they introduce.
func (d *doc) attributeSentences() {
	s0 := 0
	for s0 < len(d.toks) {
		s1 := s0
		for s1 < len(d.toks) && d.toks[s1].sent == d.toks[s0].sent {
			s1++
		}
		d.enterSentence(s0)
		d.sentence(s0, s1)
		d.noteSubject(s0, s1)
		s0 = s1
	}
}

// noteSubject records the person who opens the sentence [s0, s1) as its
// subject, a name or a pronoun that resolves to one, so that a pronoun that
// opens a later sentence can refer back to them: Bell praised Dunn. She
// said …
func (r *resolver) noteSubject(s0, s1 int) {
	i := s0
	for i < s1 && r.toks[i].kind == tWord && subjectLeads[r.toks[i].lower] {
		i++
	}
	if i < s1 && r.isPunct(i, ",") && i > s0 {
		i++ // But, she said …
	}
	if i >= s1 || r.toks[i].kind != tWord {
		return
	}
	if w := r.toks[i].lower; isPersonPronoun(w) && !strings.HasPrefix(w, "h") || w == "he" || w == "she" {
		if e := r.resolvePronoun(i); e != nil && e.kind == Person {
			r.prevSubj, r.prevSubjPara = e, r.toks[i].para
			r.subjs = append(r.subjs, nameMention{pos: r.toks[i].start, end: r.toks[i].end, ent: e})
			r.subjSents = append(r.subjSents, r.toks[i].sent)
		}
		return
	}
	e, ok := r.subjectAt(i)
	if !ok || e >= s1 {
		return
	}
	if v := r.afterParens(e); v >= s1 || !r.verbStart(v) && !r.isPunct(e, ",") {
		return
	}
	n := sort.Search(len(r.names), func(k int) bool { return r.names[k].pos >= r.toks[i].start })
	for ; n < len(r.names) && r.names[n].pos < r.toks[e-1].end; n++ {
		if m := r.names[n]; m.ent.kind == Person && !m.poss {
			r.prevSubj, r.prevSubjPara = m.ent, r.toks[i].para
			r.subjs = append(r.subjs, m)
			r.subjSents = append(r.subjSents, r.toks[i].sent)
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
		if st := d.nounStatement(c, s0, s1); st != nil {
			// Bell's call for a recount; Bell has the support of the union
			last = st
			continue
		}
		if st := d.appearance(c, s0, s1, pos); st != nil {
			// Bell appears to lead: the writer's judgement, no speaker
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
		if !ok || c > 0 && !info.ing && !info.adj && passiveAux[d.toks[c-1].lower] && d.toks[c-1].kind == tWord && !d.is(c+1, "by") {
			continue
		}
		if t.cap && c > s0 && d.toks[c-1].cap && c+1 < s1 && !d.toks[c+1].cap {
			continue // part of a name: the New York Post reported
		}
		if d.namingCall(c) || d.givenName(c, s0, s1) || d.showBeforeTitle(c, info, s1) || d.nounInfinitive(c) || d.creditLine(c, info) {
			continue // a group called Votes Count (senses.go); spokeswoman Hope Bell; the TV show "Harbour Nights"; (Additional reporting by …)
		}
		if d.is(c+1, "by") && !info.ing && !(c+2 < s1 && byMedia[d.toks[c+2].lower]) {
			if info.lemma == "ask" || passiveByCues[info.lemma] {
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
		if d.tagAfter(c, s1) || !info.strong && d.speechTail(c, s1) {
			continue // Cost estimates, he added, were …; US wants 'stable' ties, secretary says: the tag or the tail speaks
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

// tagAfter reports whether a comma and a speech tag between commas follow
// the cue word at c: "estimates" in "Cost estimates, he added, were …",
// "hopes" in "He hopes, he said, that …". The tag, a pronoun or a name and
// a cue, is the sentence's cue; the word before it is a noun or a verb the
// tag reports.
func (d *doc) tagAfter(c, s1 int) bool {
	if !d.isPunct(c+1, ",") || c+3 >= s1 {
		return false
	}
	e := c + 2
	if speakerPronouns[d.toks[e].lower] && d.toks[e].lower != "who" && d.toks[e].lower != "which" {
		e++
	} else {
		for e < s1 && e-(c+2) < 3 && d.isName(e) {
			e++
		}
	}
	if e == c+2 || e+1 >= s1 || !d.isPunct(e+1, ",") {
		return false
	}
	info, ok := d.cueAt(e)
	return ok && !info.ing && d.toks[e].kind == tWord && !d.toks[e].cap
}

// askedQuestion emits the quotation after a passive "asked" and a comma or
// colon as a statement with no speaker, and returns the token after it, or
// -1: Bell was asked, "…": the question is not Bell's, and the text does
// not say whose it is.
func (d *doc) askedQuestion(c, s1 int) int {
	m := c + 1
	if m < s1 && d.toks[m].kind == tWord {
		return d.askedIndirect(c, s1)
	}
	if !(d.isPunct(m, ",") || d.isPunct(m, ":")) || m+1 >= s1 || d.toks[m+1].kind != tQuote || d.used[d.toks[m+1].quote] {
		return -1
	}
	q := d.toks[m+1].quote
	d.used[q] = true
	d.stmts = append(d.stmts, stmt{content: d.quotes[q].Span, kind: Direct, cue: d.tokSpan(c, c+1), rule: RuleNoSpeaker, para: d.toks[m+1].para, quote: q})
	return m + 2
}

// askedOpeners open the question after a passive "asked": was asked
// whether she would run, was asked to name a bill.
var askedOpeners = map[string]bool{"if": true, "whether": true, "what": true, "how": true, "why": true, "who": true, "when": true, "where": true, "which": true, "to": true}

// askedIndirect emits the question after a passive "asked" with no agent
// as a statement with no speaker, as PolNeAR annotates it, and returns
// the token after it, or -1: Bell was asked about the levy (the levy),
// was asked whether she would run. The question is not Bell's.
func (d *doc) askedIndirect(c, s1 int) int {
	k := c + 1
	switch w := d.toks[k].lower; {
	case w == "about":
		k++
	case askedOpeners[w]:
	default:
		return -1
	}
	cut, _ := d.clauseEnd(k, s1)
	cut = d.commaIn(k, cut) // was asked about the levy, and she …
	if d.wordsIn(k, cut) < 2 || d.emit(k, cut, d.tokSpan(c, c+1), nil, Span{}, RuleNoSpeaker, 0.5) == nil {
		return -1
	}
	return cut
}

// cue attributes the statement that the cue at token c introduces, if any.
func (d *doc) cue(c int, info cueInfo, s0, s1, pos int, last *stmt) *stmt {
	d.steps += s1 - c // the scans below stop at the end of the sentence
	d.site = cueSite{view: d.view, c: c, info: info, s0: s0, s1: s1, pos: pos, last: last}
	site := &d.site
	sub, ok := d.findSubject(site)
	if !ok {
		return nil
	}
	if sub.question {
		return d.emit(sub.qFrom, sub.qTo, d.tokSpan(c, c+1), nil, Span{}, RuleCueBefore, 0.5)
	}
	b := site.bounds(sub)
	d.steps += b.steps
	if d.notStatement(site, b) || d.titleAfterCue(site, b) {
		b.hasAfter = false // added a goal, declined to comment, told "Morning Harbour" (senses.go)
	}
	if b.relEnd > 0 {
		// what critics called "a cartel": the relative word and the
		// quotation are the content.
		return d.emit(sub.subjFrom-1, b.relEnd, d.tokSpan(c, c+1), sub.ent, sub.mention, sub.rule, 0.8)
	}
	return d.emitCue(site, sub, b)
}

// showBeforeTitle reports whether the cue word at c is the noun "show"
// before a quoted title (the TV show "Harbour Nights"), not a finding.
func (d *doc) showBeforeTitle(c int, info cueInfo, s1 int) bool {
	return info.lemma == "show" && c+1 < s1 && d.toks[c+1].kind == tQuote && looksLikeTitle(d.quoteOf(&d.toks[c+1]).Content.Text(d.text))
}

// givenName reports whether the capitalized cue word at c is a given name:
// it follows a lower-case word or a comma inside the sentence and comes
// before another capitalized word (spokeswoman Hope Bell said; his aide,
// Hope Bell). A title-case headline has capitals on both sides, so its
// verbs stay cues.
func (d *doc) givenName(c, s0, s1 int) bool {
	t, p := &d.toks[c], c-1
	if !t.cap || p <= s0 || c+1 >= s1 || !d.toks[c+1].cap || d.toks[c+1].kind != tWord {
		return false
	}
	if d.isPunct(p, ",") {
		p--
	}
	return d.toks[p].kind == tWord && d.text[d.toks[p].start] >= 'a' && d.text[d.toks[p].start] <= 'z'
}
