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
			// Bell was asked, "…": the question is not Bell's, and the
			// text does not say whose it is.
			if m := c + 1; (d.isPunct(m, ",") || d.isPunct(m, ":")) && m+1 < s1 && d.toks[m+1].kind == tQuote && !d.used[d.toks[m+1].quote] {
				q := d.toks[m+1].quote
				d.used[q] = true
				d.stmts = append(d.stmts, stmt{content: d.quotes[q].Span, kind: Direct, cue: d.tokSpan(c, c+1), rule: RuleNoSpeaker, para: d.toks[m+1].para, quote: q})
				pos = m + 2
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
	ent, mention, subjFrom, k, rule, conf, inverted := sub.ent, sub.mention, sub.subjFrom, sub.k, sub.rule, sub.conf, sub.inverted
	pos = sub.pos

	// Skip the hearer and a phrase before the content: told reporters in
	// Beijing on Monday that …
	if m := d.thatAhead(k, s1); m >= 0 {
		k = m
	} else {
		if info.object && !inverted && k < s1 && d.toks[k].kind == tWord {
			h := k
			if objectPronouns[d.toks[k].lower] {
				k++
			} else if e, ok := d.npAfter(k); ok {
				k = e
			}
			if d.is(k, "to") && k > h {
				k = h // told Bell to wait: the hearer is part of the request
			}
		}
		if k+1 < s1 && weekdays[d.toks[k].lower] && d.toks[k+1].kind == tWord {
			k++ // announced Sunday she will resign
		}
		if k+1 < s1 && len(d.toks[k].lower) > 4 && strings.HasSuffix(d.toks[k].lower, "ly") && !d.toks[k].cap && (d.is(k+1, "that") || d.clauseStart(k+1)) {
			k++ // have said repeatedly they …
		}
		if d.isDash(k) {
			// said — on Twitter, as it happens — that …
			for m := k + 1; m < s1 && m-k <= maxAside; m++ {
				if d.isDash(m) {
					if m+1 < s1 && d.toks[m+1].kind != tPunct {
						k = m + 1
					}
					break
				}
			}
		}
		if k < s1 && d.toks[k].kind == tWord && ppWords[d.toks[k].lower] && !(d.is(k, "to") && (info.theme || d.infinitive(k))) {
			if m := d.skipPhrase(k, s1); m >= 0 {
				k = m // said in a statement on Monday that …
			}
		}
	}
	if info.theme && ent != nil && !inverted && k < s1 && d.toks[k].kind == tWord && (themePreps[d.toks[k].lower] || d.is(k, "to") && (info.lemma == "refer" || info.lemma == "pointed")) {
		k++ // called for calm, warned of risks, referring to the law
	}
	objectless := d.isPunct(k, ",") // whom she supported, Ann Bell smiled
	colon := false
	if d.isPunct(k, ":") || d.isPunct(k, ",") && k+1 < s1 && (d.toks[k+1].kind == tQuote || k+1 < s1 && d.toks[k+1].kind == tWord) {
		colon = d.isPunct(k, ":")
		k++
	}
	cut, joined := d.clauseEnd(k, s1)
	if info.theme && !d.is(k, "that") {
		// The object of endorsed, called, urged ends at a comma, unless
		// the comma is part of a list: named Tapper, Bash and Blitzer.
		for m := k + 1; m < cut; m++ {
			if !d.isPunct(m, ",") {
				continue
			}
			if and := d.listEnd(m, cut); and > m {
				m = and
				continue
			}
			if e := d.appositiveEnd(m, cut); e > m {
				m = e // called Clinton, his rival, an ISIS "co-founder"
				continue
			}
			cut = m
			break
		}
	}
	if n := d.nextSpeaker(k, cut); n < cut {
		cut = n // …, a man shouted "Stay there!"
		for cut > k && d.toks[cut-1].kind == tPunct && isFinalPunct(d.word(cut-1)) {
			cut--
		}
	}
	hasAfter := false
	for m := k; m < cut; m++ {
		if d.toks[m].kind != tPunct {
			hasAfter = true
			break
		}
	}
	afterQuote := k < cut && d.toks[k].kind == tQuote
	afterThat := d.is(k, "that")

	// what critics called "a cartel", which he described as "…": the
	// relative word and the quotation are the content.
	if info.theme && subjFrom > pos && subjFrom > s0 && (d.is(subjFrom-1, "what") || d.is(subjFrom-1, "which") || d.is(subjFrom-1, "whom")) && hasAfter {
		if k < cut && d.quoteIn(k, cut) {
			end := k
			for end < cut && d.toks[end].kind != tQuote {
				end++
			}
			return d.emit(subjFrom-1, end+1, d.tokSpan(c, c+1), ent, mention, rule, 0.8)
		}
	}
	// The content before the cue: "…," she said / …, officials said.
	bTo := subjFrom
	if inverted || rule == RuleParticiple {
		bTo = c
	}
	for bTo > pos && (d.isPunct(bTo-1, ",") || d.isDash(bTo-1)) {
		bTo--
	}
	commaBefore := bTo < subjFrom || bTo < c && (inverted || rule == RuleParticiple) || d.commaBefore(subjFrom) && subjFrom > pos
	bFrom := pos
	for bFrom < bTo && d.toks[bFrom].kind == tPunct {
		bFrom++
	}
	hasBefore := bFrom < bTo && rule != RuleParticiple && !d.is(subjFrom, "who") && !d.is(subjFrom, "which") && !d.frontedAdverbial(bFrom, bTo)
	beforeQuote := hasBefore && bTo-bFrom == 1 && d.toks[bFrom].kind == tQuote

	strong := info.strong
	cueSpan := d.tokSpan(c, c+1)
	quoteAfter := false
	for m := k; m < cut; m++ {
		if d.toks[m].kind == tQuote && d.quotes[d.toks[m].quote].Kind <= quotes.Fragment {
			quoteAfter = true
		}
	}
	// A reported clause, not an object: said [that] they would go, not
	// wrote a book.
	minWords := 3
	if joined {
		minWords = 2 // said relations matter and praised …
	}
	if k+1 == cut && (d.is(k, "yes") || d.is(k, "no") || d.is(k, "so")) && info.lemma == "say" {
		minWords = 1 // 72 percent said yes
	}
	if minWords > 2 && k < cut && speakerPronouns[contractionStem(d.toks[k].lower)] && d.toks[k].lower != "who" && d.toks[k].lower != "which" {
		minWords = 2 // I think it's good
	}
	if s0 < c && subordinators[d.toks[s0].lower] {
		// While Bell said the plan works, she … : the clause ends at the comma.
		for m := k + 1; m < cut; m++ {
			if d.isPunct(m, ",") {
				cut = m
				break
			}
		}
	}
	clause := afterThat && d.wordsIn(k, cut) >= minWords+1 || !afterThat && d.wordsIn(k, cut) >= minWords && (!d.is(k, "a") && !d.is(k, "an") || d.clauseStart(k)) && !d.is(k, "to")
	scare := false // a scare quote or a name in quotation marks
	for m := k; m < cut; m++ {
		if d.toks[m].kind == tQuote && d.quotes[d.toks[m].quote].Kind > quotes.Fragment {
			scare = true
		}
	}
	switch {
	case hasAfter && hasBefore && !beforeQuote && commaBefore && d.isPunct(k-1, ",") && strong && !afterThat && !inverted:
		// Over the years, she said, email has helped.
		d.emit(bFrom, bTo, cueSpan, ent, mention, rule, conf)
		return d.emit(k, cut, cueSpan, ent, mention, rule, conf)
	case hasAfter && hasBefore && commaBefore && strong && !inverted && d.toks[c+1].kind == tWord && (ppWords[d.toks[c+1].lower] || d.is(c+1, "by") && byMedia[d.toks[c+2].lower]) && !d.speechAfter(c+1, cut):
		// "…," she said on Monday on "Morning Joe": the phrase after the cue
		// is where, not what.
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(bFrom, bTo, cueSpan, ent, mention, rule, conf)
	case hasAfter && (afterQuote || colon || !inverted && (quoteAfter || clause && (afterThat || (strong || d.clauseStart(k) && !objectless) && !beforeQuote))):
		var first *stmt
		if beforeQuote && commaBefore {
			// "The economy," he said, "is strong."
			first = d.emit(bFrom, bTo, cueSpan, ent, mention, RuleCueAfter, conf)
		}
		st := d.emit(k, cut, cueSpan, ent, mention, rule, conf)
		if first != nil && st == nil {
			return first
		}
		return st
	case hasAfter && info.theme && !inverted && !beforeQuote && (rule == RuleCueBefore || rule == RuleParticiple) && !scare && !objectless:
		// She endorsed Sanders; he urged voters to stay home.
		if d.wordsIn(k, cut) == 1 && (d.is(k, "that") || d.is(k, "this") || d.is(k, "it")) {
			return nil // the poll also found that:
		}
		return d.emit(k, cut, cueSpan, ent, mention, rule, 0.7)
	case hasBefore && (beforeQuote || commaBefore && (strong || !hasAfter)):
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(bFrom, bTo, cueSpan, ent, mention, rule, conf)
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
