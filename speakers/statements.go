package speakers

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	var ent *entity
	var mention Span
	subjFrom := c // start of the speaker before the cue, or c
	k := c + 1    // where the content after the cue may start
	rule := RuleCueBefore
	conf := 0.9

	if j := d.skipBetween(c); j >= s0 && d.toks[j].kind == tWord {
		if from, ok := d.npBefore(j + 1); ok && from >= pos {
			ent = d.sourceFor(from, j+1)
			mention = d.tokSpan(from, j+1)
			subjFrom = from
			if f, to, ok := d.issuer(from, j, s0, pos); ok {
				// the town released a statement saying: the town speaks
				ent = d.sourceFor(f, to)
				mention = d.tokSpan(f, to)
				subjFrom = f
			}
		}
	}
	if ent == nil && d.isPunct(c-1, ",") && d.isPunct(c-2, ")") {
		// Sen. Ann Bell (D-Ore.), said
		p := c - 3
		for p > s0 && p > c-10 && !d.isPunct(p, "(") {
			p--
		}
		if from, ok := d.npBefore(p); ok && d.isPunct(p, "(") && from >= pos {
			ent = d.sourceFor(from, p)
			mention = d.tokSpan(from, p)
			subjFrom = from
		}
	}
	if ent == nil && d.isPunct(c-1, ",") {
		// Ann Bell, the editor of the city's paper, the Ledger, said: the
		// name that opens the clause, before a description, is the speaker.
		if from, to, ok := d.longAppositive(c-1, s0, pos); ok && (determiners[d.toks[to+1].lower] || isNumber(d.toks[to+1].lower)) {
			ent = d.sourceFor(from, to)
			mention = d.tokSpan(from, to)
			subjFrom = from
		}
	}
	if ent == nil && d.isPunct(c-1, ",") {
		// Jim Poolman, a delegate, said / Another delegate, Jim Poolman, said
		if from, to, ok := d.appositiveSubject(c-1, s0, pos); ok {
			ent = d.sourceFor(from, to)
			mention = d.tokSpan(from, to)
			subjFrom = from
			if subjFrom > s0 && d.isPunct(subjFrom-1, ",") {
				// the phrase before the name is part of the speaker
				if f0, ok := d.npBefore(subjFrom - 1); ok && f0 >= pos {
					subjFrom = f0
					mention = d.tokSpan(f0, c-1)
				}
			}
		}
	}
	if ent == nil && d.isPunct(c-1, ",") {
		// Mr. Kaplan, a screenwriter and former studio executive, said;
		// Ann Bell, who has endorsed Cole, said (the relative clause had
		// a statement of its own).
		p := pos
		if last != nil && (last.mention.End-last.mention.Start <= 5 && (last.mention.Text(d.text) == "who" || last.mention.Text(d.text) == "which") || strings.HasSuffix(last.cue.Text(d.text), "ing") && last.content.End <= d.toks[c-1].start) {
			p = s0 // …, a delegate supporting Hale, said
		}
		if from, to, ok := d.longAppositive(c-1, s0, p); ok {
			ent = d.sourceFor(from, to)
			mention = d.tokSpan(from, to)
			subjFrom = from
		}
	}
	if ent == nil && d.isDash(c-1) {
		// Ann Bell — a teacher from Salem — says
		for m := c - 2; m > s0 && m >= pos && c-m <= maxAppositive; m-- {
			if !d.isDash(m) {
				continue
			}
			if from, ok := d.npBefore(m); ok && from >= pos && d.toks[m-1].cap {
				ent = d.sourceFor(from, m)
				mention = d.tokSpan(from, m)
				subjFrom = from
			}
			break
		}
	}
	inverted := false
	if ent == nil {
		prevOK := c == s0 || d.toks[c-1].kind == tQuote || d.isPunct(c-1, ",") || d.isPunct(c-1, ":") || d.isDash(c-1)
		switch {
		case info.ing && last != nil && d.commaBefore(c):
			ent, mention, rule, conf = last.ent, last.mention, RuleParticiple, 0.85
		case info.ing && (d.commaBefore(c) || d.is(c-1, "by")):
			// Bell left the stage, telling the crowd "…"; she began by
			// saying …
			if from, to, ok := d.mainSubject(s0, c); ok {
				ent, mention, rule, conf = d.sourceFor(from, to), d.tokSpan(from, to), RuleParticiple, 0.75
			} else if m := d.pronounBefore(s0, c); m >= 0 {
				ent, mention, rule, conf = d.sourceFor(m, m+1), d.tokSpan(m, m+1), RuleParticiple, 0.7
			}
		case prevOK && !info.ing:
			if e, ok := d.npAfterAlone(c + 1); ok {
				ent = d.sourceFor(c+1, e)
				mention = d.tokSpan(c+1, e)
				k = e
				inverted = true
				rule = RuleInverted
				// said Tomas Berg, the finance minister.
				if d.isPunct(k, ",") && (d.is(k+1, "the") || d.is(k+1, "a") || d.is(k+1, "an")) {
					m := k + 2
					for m < s1 && d.toks[m].kind == tWord && m < k+8 {
						m++
					}
					if m > k+2 && (m == s1 || d.toks[m].kind == tPunct) && d.lex.roles[d.toks[m-1].lower] {
						if ent.kind == Person {
							ent.addTitle(d.text[d.toks[k+2].start:d.toks[m-1].end])
						}
						k = m
					}
				}
			}
		}
		if ent == nil && (d.isPunct(c-1, ",") || d.is(d.skipBetween(c), "and")) {
			// John Podesta, a former adviser who …, said; the senator
			// survived prison and says …
			if e, ok := d.npAfter(s0); ok && e > s0 && e < c-1 && (d.isPunct(e, ",") && d.isHead(e-1) || d.is(d.skipBetween(c), "and")) && pos == s0 {
				ent = d.sourceFor(s0, e)
				mention = d.tokSpan(s0, e)
				subjFrom = s0
				pos = c
				k = c + 1
			}
		}
		if ent == nil && (d.is(d.skipBetween(c), "and") || d.is(d.skipBetween(c), "but")) {
			// Wang said relations matter and praised the talks; Ann Bell
			// smiled and said …
			if from, to, ok := d.clauseSubject(s0, c); ok && from >= pos-1 {
				ent, mention = d.sourceFor(from, to), d.tokSpan(from, to)
			} else if last != nil && last.ent != nil {
				ent, mention = last.ent, last.mention
			}
		}
		if ent == nil && info.lemma == "ask" && (c == s0 || d.is(c-1, "when") || d.is(c-1, "if") || d.is(c-1, "after") || d.is(c-1, "as") || d.is(c-1, "once")) {
			// When asked whether …, Bell said: the question has no speaker
			// in the text.
			k := c + 1
			if d.is(k, "about") {
				k++
			}
			end := k
			for end < s1 && !d.isPunct(end, ",") && d.toks[end].kind != tQuote {
				end++
			}
			for end > k && d.toks[end-1].kind == tPunct && isFinalPunct(d.word(end-1)) {
				end--
			}
			if d.wordsIn(k, end) >= 2 {
				return d.emit(k, end, d.tokSpan(c, c+1), nil, Span{}, RuleCueBefore, 0.5)
			}
		}
		if ent == nil && info.strong && !info.ing {
			// The billionaire real estate magnate says …: a subject the
			// word lists cannot parse still speaks through a strong cue.
			if from, to, ok := d.wideSubject(s0, c); ok && from >= pos {
				ent, mention, subjFrom, rule, conf = d.sourceFor(from, to), d.tokSpan(from, to), from, RuleSubject, 0.5
			}
		}
		if ent == nil {
			return nil
		}
	}

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
	hasBefore := bFrom < bTo && rule != RuleParticiple && !d.is(subjFrom, "who") && !d.is(subjFrom, "which")
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

// accordingTo attributes "…, according to X" and "According to X, …".
func (d *doc) accordingTo(c, s0, s1, pos int) *stmt {
	if c+2 >= s1 {
		return nil
	}
	// The source runs to the next comma or the end of the sentence:
	// according to early results of exit polls conducted for the networks.
	e, ok := d.npAfter(c + 2)
	if !ok || e < s1 && !d.isPunct(e, ",") && d.toks[e].kind != tPunct {
		e = c + 2
		for e < s1 && e-c <= maxSourceWords && d.toks[e].kind != tPunct && (d.toks[e].kind != tQuote || d.quotes[d.toks[e].quote].Kind > quotes.Fragment) {
			e++ // according to his book "The Art of the Deal"
		}
		if e == c+2 || e < s1 && !d.isPunct(e, ",") && !isFinalPunct(d.word(e)) && d.toks[e].kind != tQuote {
			return nil
		}
		if e < s1 && d.toks[e].kind == tQuote {
			d.used[d.toks[e].quote] = true // part of the source, not a statement
			e++                            // according to his book "The Art of the Deal."
		}
	}
	h := e // the named part: trim words after the last head
	for h > c+3 && !d.isHead(h-1) {
		h--
	}
	if !d.isHead(h - 1) {
		h = e // the board's figures
	}
	ent := d.sourceFor(c+2, h)
	mention := d.tokSpan(c+2, e)
	cue := d.tokSpan(c, c+2)
	bTo := c
	for bTo > pos && (d.isPunct(bTo-1, ",") || d.isDash(bTo-1)) {
		bTo--
	}
	bFrom := pos
	for bFrom < bTo && d.toks[bFrom].kind == tPunct {
		bFrom++
	}
	k := e
	if d.isPunct(k, ",") {
		k++
	}
	cut, _ := d.clauseEnd(k, s1)
	if bFrom < bTo {
		if k < cut && d.wordsIn(bFrom, bTo) <= 6 && d.verbStart(k) {
			// At the heart of it, according to Bell, was a quarrel: the
			// content goes on after the source.
			return d.emit(bFrom, cut, cue, ent, mention, RuleAccordingTo, 0.8)
		}
		return d.emit(bFrom, bTo, cue, ent, mention, RuleAccordingTo, 0.85)
	}
	if k < cut {
		return d.emit(k, cut, cue, ent, mention, RuleAccordingTo, 0.85)
	}
	return nil
}

// maxSourceWords is the longest source after "according to", in tokens.
const maxSourceWords = 25

// wordsIn counts the word tokens in [i, j).
func (d *doc) wordsIn(i, j int) int {
	n := 0
	for m := i; m < j; m++ {
		if d.toks[m].kind == tWord {
			n++
		}
	}
	return n
}

// commaBefore reports whether a comma ends the text before token c, outside
// quotation marks or inside them ("…," adding).
func (d *doc) commaBefore(c int) bool {
	if d.isPunct(c-1, ",") {
		return true
	}
	if c > 0 && d.toks[c-1].kind == tQuote {
		return strings.HasSuffix(strings.TrimRight(d.quotes[d.toks[c-1].quote].Content.Text(d.text), " "), ",")
	}
	return false
}

// appositiveSubject finds the speaker of a cue that follows an appositive:
// "Tomas Berg, the finance minister, said" or "a delegate, Jim Poolman,
// said". comma is the index of the comma before the cue. It returns the
// tokens of the name.
func (d *doc) appositiveSubject(comma, s0, pos int) (from, to int, ok bool) {
	f1, ok1 := d.npBefore(comma)
	if !ok1 || f1 < pos || f1 == comma {
		return 0, 0, false
	}
	if d.toks[comma-1].cap && !speakerPronouns[d.toks[comma-1].lower] {
		// a name after a comma: a delegate on the slate, Jim Poolman, said
		if f1 > s0 && d.isPunct(f1-1, ",") {
			return f1, comma, true
		}
		return 0, 0, false
	}
	// a description after a name: Tomas Berg, the finance minister, said
	if !determiners[d.toks[f1].lower] || f1-1 <= s0 || !d.isPunct(f1-1, ",") {
		return 0, 0, false
	}
	f0, ok0 := d.npBefore(f1 - 1)
	if !ok0 || f0 < pos || !d.toks[f1-2].cap {
		return 0, 0, false
	}
	return f0, f1 - 1, true
}

// nextSpeaker returns where another speaker and cue start inside the
// content [k, cut) after a comma or a conjunction: said the vote was
// fair, but one delegate shouted "…". It returns cut when there is none.
func (d *doc) nextSpeaker(k, cut int) int {
	end := min(cut, k+maxSpeakerScan)
	d.steps += end - k
	for m := k + 2; m < end; m++ {
		t := &d.toks[m]
		if t.kind != tWord || t.cap {
			continue
		}
		info, ok := d.cueAt(m)
		if !ok || passiveAux[d.toks[m-1].lower] {
			continue
		}
		j := d.skipBetween(m)
		if j <= k || d.toks[j].kind != tWord {
			continue
		}
		f, ok := d.npBefore(j + 1)
		if !ok || f <= k+1 || info.ing && !d.is(f-1, "with") {
			continue
		}
		if d.isPunct(f-1, ",") || d.isPunct(f-1, ";") || d.is(f-1, "but") || d.is(f-1, "with") || d.is(f-1, "and") && (d.isPunct(f-2, ",") || f >= 2 && d.toks[f-2].kind == tQuote) {
			// a speaker of its own, not a nested "said that voters say"
			if d.is(f-1, "with") || m+1 < cut && (d.toks[m+1].kind == tQuote || d.is(m+1, "that") || d.isPunct(m+1, ",") || d.isPunct(m+1, ":")) || info.strong {
				return f - 1
			}
		}
	}
	return cut
}

// nounCues are nouns that carry what their possessor said, wants or
// thinks: Bell's call for a recount, his claim that the vote was rigged.
var nounCues = map[string]bool{"plan": true, "plans": true, "call": true, "calls": true, "claim": true, "claims": true, "decision": true, "promise": true, "promises": true, "pledge": true, "proposal": true, "proposals": true, "criticism": true, "criticisms": true, "attacks": true, "support": true, "opposition": true, "view": true, "views": true, "argument": true, "warning": true, "warnings": true, "suggestion": true, "assertion": true, "belief": true, "demand": true, "demands": true, "request": true, "vow": true, "push": true, "hope": true, "hopes": true, "threat": true, "threats": true, "endorsement": true, "insistence": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true, "complaint": true, "complaints": true, "concern": true, "concerns": true, "fear": true, "fears": true, "praise": true, "defense": true, "comments": true}

// possessivePronouns stand for the possessor of a noun cue.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they"}

// nounCue attributes what a noun cue carries when its possessor is named:
// Bell's call for a recount, her claim that the vote was rigged, their
// refusal to concede. The content is the clause or phrase after the noun.
func (d *doc) nounCue(c, s1 int) *stmt {
	t := &d.toks[c]
	if !nounCues[t.lower] || t.cap || c == 0 || c+2 >= s1 {
		return nil
	}
	p := &d.toks[c-1]
	var ent *entity
	var mention Span
	switch {
	case p.kind == tWord && p.poss && p.cap:
		from := c - 1
		for from > 0 && d.toks[from-1].kind == tWord && d.toks[from-1].cap && !d.toks[from-1].poss && d.toks[from-1].sent == p.sent && c-from < 4 {
			from--
		}
		ent, mention = d.sourceFor(from, c), d.tokSpan(from, c)
	case p.kind == tWord && possessivePronouns[p.lower] != "":
		ent = d.resolvePronounAs(c-1, possessivePronouns[p.lower])
		mention = d.tokSpan(c-1, c)
	default:
		return nil
	}
	if ent == nil {
		return nil
	}
	k := c + 1
	switch {
	case d.is(k, "that"):
	case d.is(k, "to") && d.infinitive(k):
	case d.is(k, "for") || d.is(k, "of") || d.is(k, "on") || d.is(k, "against"):
		k++
	default:
		return nil
	}
	cut, _ := d.clauseEnd(k, s1)
	for m := k + 1; m < cut; m++ {
		if d.isPunct(m, ",") || !d.is(k, "that") && d.toks[m].kind == tWord && verbAfterCue[d.toks[m].lower] {
			cut = m // Bell's call for a recount | was rejected
			break
		}
	}
	if d.wordsIn(k, cut) < 2 {
		return nil
	}
	return d.emit(k, cut, d.tokSpan(c, c+1), ent, mention, RuleCueBefore, 0.6)
}

// appearVerbs report how things seem, with no one said to say so.
var appearVerbs = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true}

// thatWithin returns the first "that" among the n tokens from k, before
// s1, or -1.
func (d *doc) thatWithin(k, s1, n int) int {
	for m := k; m < s1 && m-k < n; m++ {
		if d.is(m, "that") {
			return m
		}
	}
	return -1
}

// appearNot follow "appeared" when it means showing up, not seeming:
// appeared alongside Bell, appeared live.
var appearNot = map[string]bool{"alongside": true, "together": true, "live": true, "onstage": true, "there": true, "here": true, "briefly": true, "twice": true, "once": true, "again": true, "virtually": true, "remotely": true, "separately": true, "jointly": true, "side": true, "later": true, "earlier": true, "first": true}

// appearance records a clause that says how something seems or is
// expected to go (Bell seems ready; the bill is expected to pass): a
// statement with no speaker, whose content is the whole clause.
func (d *doc) appearance(c, s0, s1, pos int) *stmt {
	w := d.toks[c].lower
	switch {
	case appearVerbs[w] && (d.is(c+1, "to") || d.verbStart(c+1) && !ppWords[d.toks[c+1].lower] && !appearNot[d.toks[c+1].lower]):
	case appearVerbs[w] && c > 0 && d.is(c-1, "it") && d.thatWithin(c+1, s1, 6) >= 0:
	case w == "expected" && c > 0 && passiveAux[d.toks[c-1].lower] && d.is(c+1, "to"):
	default:
		return nil
	}
	from := -1
	if j := d.skipBetween(c); j >= s0 && d.toks[j].kind == tWord {
		if f, ok := d.npBefore(j + 1); ok && f >= pos {
			from = f
		} else if c-pos <= 8 && d.wordsIn(pos, c) == c-pos {
			from = pos // the whole clause before the verb: The levy appears …
		} else if pos <= s0 && c-s0 <= maxWideSubject*2 && d.toks[s0].kind == tWord && (d.toks[s0].cap || determiners[d.toks[s0].lower]) && !clauseOpeners[d.toks[s0].lower] {
			from = s0 // Hizbollah, which has lost many fighters, seems …
		}
	}
	if from < 0 {
		return nil
	}
	if m := d.thatWithin(c+1, s1, 6); from == c-1 && d.is(from, "it") && m >= 0 {
		// It appears, though, that …: the clause after "that" is the content.
		cut, _ := d.clauseEnd(m+1, s1)
		if d.wordsIn(m+1, cut) < 2 {
			return nil
		}
		return d.emit(m, cut, d.tokSpan(c, c+1), nil, Span{}, RuleAppearance, 0.5)
	}
	cut, _ := d.clauseEnd(c+1, s1)
	if d.wordsIn(c+1, cut) < 2 {
		return nil
	}
	return d.emit(from, cut, d.tokSpan(c, c+1), nil, Span{}, RuleAppearance, 0.5)
}

// askedBy attributes the question in "Bell was asked by host Ann Cole, who
// …, "…?"" to the agent: the first quotation after the agent.
func (d *doc) askedBy(c, s1 int) *stmt {
	e, ok := d.npAfter(c + 2)
	if !ok {
		return nil
	}
	for m := e; m < s1; m++ {
		if d.toks[m].kind == tQuote {
			if d.quotes[d.toks[m].quote].Kind != quotes.Speech || d.used[d.toks[m].quote] {
				return nil
			}
			return d.emit(m, m+1, d.tokSpan(c, c+1), d.sourceFor(c+2, e), d.tokSpan(c+2, e), RuleInverted, 0.7)
		}
	}
	return nil
}

// colonLead attributes a sentence that opens a paragraph with a speaker
// and a colon, as headlines do: "Reyes: Budget Cuts Will Hurt Schools",
// "Hale to Council: 'We Need Time'". The words after the colon are the
// speaker's, quoted or not.
func (d *doc) colonLead(s0, s1 int) *stmt {
	if s0 > 0 && d.toks[s0-1].para == d.toks[s0].para {
		return nil
	}
	e, ok := d.npAfter(s0)
	if !ok || e >= s1 || !d.isHead(e-1) || e-s0 > 6 {
		return nil
	}
	colon := e
	if d.toks[e].kind == tWord && (d.is(e, "to") || d.is(e, "on") || d.is(e, "about") || d.is(e, "at")) {
		// Hale to Council:, Reyes on the budget:
		for colon = e + 1; colon < s1 && colon-e <= 10 && d.toks[colon].kind == tWord; colon++ {
		}
	}
	if !d.isPunct(colon, ":") || colon+1 >= s1 {
		return nil
	}
	end, _ := d.clauseEnd(colon+1, s1)
	if d.wordsIn(colon+1, end) < 2 && !(end == colon+2 && d.toks[colon+1].kind == tQuote) {
		return nil
	}
	commas := 0
	for m := colon + 1; m < end; m++ {
		if d.isPunct(m, ",") {
			commas++
		}
	}
	if commas > 2 || isAllCaps(d.word(e-1)) {
		return nil // a list of names; a label such as UPDATE: or TAPPER:
	}
	ent := d.sourceFor(s0, e)
	if ent.kind != Person && ent.kind != Organization {
		return nil // The Latest:, Editor's Note:, Q:
	}
	return d.emit(colon+1, end, d.tokSpan(colon, colon+1), ent, d.tokSpan(s0, e), RuleColon, 0.7)
}

// documentHeads head the sources that "In a … poll, …" names.
var documentHeads = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "report": true, "analysis": true, "results": true, "data": true, "statistics": true, "polling": true, "count": true, "tally": true, "ranking": true, "index": true, "filing": true, "filings": true, "records": true}

// inSource attributes a sentence that opens with the document it comes
// from: "In a county poll released Monday, 48 percent backed the levy."
func (d *doc) inSource(s0, s1 int) *stmt {
	if !d.is(s0, "in") && !d.is(s0, "according") {
		return nil
	}
	comma, head := -1, -1
	for m := s0 + 1; m < s1 && m-s0 <= maxSourceWords; m++ {
		if d.isPunct(m, ",") {
			comma = m
			break
		}
		if d.toks[m].kind != tWord {
			return nil
		}
		if documentHeads[d.toks[m].lower] && head < 0 {
			head = m
		}
	}
	if comma < 0 || head < 0 || d.is(s0, "according") {
		return nil
	}
	end, _ := d.clauseEnd(comma+1, s1)
	for m := comma + 1; m < end; m++ {
		if info, ok := d.lex.cues[d.toks[m].lower]; ok && info.strong {
			return nil // In a new poll, voters said …: the cue speaks
		}
	}
	if d.wordsIn(comma+1, end) < 3 {
		return nil
	}
	from := s0 + 1
	return d.emit(comma+1, end, d.tokSpan(s0, s0+1), d.sourceFor(from, head+1), d.tokSpan(from, comma), RuleAccordingTo, 0.7)
}

// isAllCaps reports whether w has two or more letters, all capitals.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// speechTail reports whether the sentence [.., s1) ends with a speaker and
// a strong cue after a comma (…, the minister said. / …, said Ann Bell.),
// after token c: what comes before is that speaker's.
func (d *doc) speechTail(c, s1 int) bool {
	e := s1
	for e > c && d.toks[e-1].kind == tPunct && isFinalPunct(d.word(e-1)) {
		e--
	}
	for m := e - 1; m > c+1 && e-m <= 8; m-- {
		t := &d.toks[m]
		if t.kind != tWord {
			return false
		}
		info, ok := d.cueAt(m)
		if !ok || !info.strong || t.cap && m > 0 && d.toks[m-1].kind == tWord {
			continue
		}
		if m == e-1 {
			// …, the minister said.
			if f, ok := d.npBefore(d.skipBetween(m) + 1); ok && f > c && d.isPunct(f-1, ",") {
				return true
			}
			return false
		}
		// …, said Ann Bell.
		if d.isPunct(m-1, ",") && m-1 > c {
			if n, ok := d.npAfter(m + 1); ok && n == e {
				return true
			}
		}
		return false
	}
	return false
}

// relativeCue attributes a relative clause whose subject says something
// about its antecedent: the changes, which officials said will start soon;
// a finish that he said defied expectations. The content runs from the
// relative word to the end of the clause.
func (d *doc) relativeCue(c int, info cueInfo, s1, pos int) *stmt {
	if !info.strong || c+1 >= s1 || !d.verbStart(c+1) || d.is(c+1, "that") || speakerPronouns[d.toks[c+1].lower] {
		return nil
	}
	j := d.skipBetween(c)
	if j < 1 || d.toks[j].kind != tWord {
		return nil
	}
	f, ok := d.npBefore(j + 1)
	if !ok || f < 1 || f-1 < pos {
		return nil
	}
	if r := d.toks[f-1].lower; r != "which" && r != "that" && r != "who" && r != "whom" {
		return nil
	}
	cut, _ := d.clauseEnd(c+1, s1)
	for m := c + 1; m < cut; m++ {
		if d.isPunct(m, ",") {
			cut = m
			break
		}
	}
	if d.wordsIn(c+1, cut) < 2 {
		return nil
	}
	return d.emit(f-1, cut, d.tokSpan(c, c+1), d.sourceFor(f, j+1), d.tokSpan(f, j+1), RuleCueBefore, 0.75)
}

// clauseStart reports whether token k can open a reported clause without
// "that": a subject pronoun, or a noun phrase that a verb follows (polls
// show Bell leading, she thinks the plan will fail).
func (d *doc) clauseStart(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord {
		return false
	}
	switch contractionStem(t.lower) {
	case "he", "she", "they", "it", "we", "i", "you", "there":
		return true
	}
	if e, ok := d.subjectAt(k); ok && e < len(d.toks) && d.verbStart(e) && !isParticiple(d.toks[e]) {
		return true
	}
	// the progress on climate change is real: a noun phrase, then an
	// auxiliary within a few words
	if !determiners[t.lower] && !t.cap {
		return false
	}
	for m := k + 1; m < len(d.toks) && m <= k+6 && d.toks[m].kind == tWord && d.toks[m].sent == t.sent; m++ {
		if verbAfterCue[d.toks[m].lower] {
			return m > k+1 || !determiners[t.lower]
		}
	}
	return false
}

// longAppositive finds a name before a longer description between commas:
// "…," Ann Bell, 64, a nurse from Salem and a union member, said. comma is
// the comma before the cue. The name must open the clause, after a
// quotation or at the start of the sentence.
func (d *doc) longAppositive(comma, s0, pos int) (from, to int, ok bool) {
	sawCue := false
	for m := comma - 1; m > s0 && m >= pos && comma-m <= maxAppositive; m-- {
		t := &d.toks[m]
		if t.kind == tQuote && d.quotes[t.quote].Kind == quotes.Speech {
			return 0, 0, false
		}
		if info, ok := d.lex.cues[t.lower]; t.kind == tWord && ok && !info.ing {
			sawCue = true // a participle may describe: a delegate supporting Bell
		}
		if t.kind != tPunct || !d.isPunct(m, ",") {
			continue
		}
		if sawCue && !d.is(m+1, "who") && !d.is(m+1, "which") && !d.is(m+1, "whose") {
			return 0, 0, false // a cue of its own, unless in a relative clause
		}
		f, ok := d.npBefore(m)
		h := m - 1 // the head of the name, before a party tag: Ann Bell (D-Ore.)
		if d.isPunct(h, ")") {
			for h > f && !d.isPunct(h, "(") {
				h--
			}
			h--
		}
		if !ok || f < pos || h < f || !d.toks[h].cap || speakerPronouns[d.toks[h].lower] {
			continue
		}
		if f > s0 && d.toks[f-1].kind != tQuote && !d.isPunct(f-1, ",") || f == s0 && s0 > 0 && d.toks[s0-1].kind != tQuote && pos != s0 {
			continue
		}
		if d.inRelative(f-1, s0) {
			continue // Ann Bell, whose firm, Paradata, sells data, said
		}
		return f, h + 1, true
	}
	return 0, 0, false
}

// issuer returns the subject of the verb that issued the document named by
// the noun phrase [from, head]: the town [released a statement] saying,
// his office put out a letter that.
func (d *doc) issuer(from, head, s0, pos int) (int, int, bool) {
	if !documentNouns[d.toks[head].lower] {
		return 0, 0, false
	}
	v := from - 1
	if d.is(v, "out") {
		v-- // put out, sent out
	}
	if v <= s0 || !issueVerbs[d.toks[v].lower] {
		return 0, 0, false
	}
	j := d.skipBetween(v)
	if j < s0 || d.toks[j].kind != tWord {
		return 0, 0, false
	}
	f, ok := d.npBefore(j + 1)
	if !ok || f < pos || f < s0 {
		return 0, 0, false
	}
	return f, j + 1, true
}

// documentNouns name what a source issues; issueVerbs issue them.
var (
	documentNouns = map[string]bool{"statement": true, "statements": true, "letter": true, "memo": true, "message": true, "note": true, "email": true, "e-mail": true, "tweet": true, "video": true, "release": true}
	issueVerbs    = map[string]bool{"released": true, "releases": true, "issued": true, "issues": true, "put": true, "puts": true, "sent": true, "sends": true, "posted": true, "posts": true, "published": true, "publishes": true, "circulated": true, "distributed": true, "e-mailed": true, "emailed": true}
)

// inRelative reports whether the comma at c closes a phrase opened by a
// comma and a relative pronoun: ", whose company," before "Paradata,".
func (d *doc) inRelative(c, s0 int) bool {
	if !d.isPunct(c, ",") {
		return false
	}
	for k := c - 1; k > s0 && c-k <= maxAppositive; k-- {
		if d.isPunct(k, ",") {
			return d.is(k+1, "whose") || d.is(k+1, "who") || d.is(k+1, "which")
		}
	}
	return false
}

// maxAppositive is the longest description, in tokens, that longAppositive
// skips between a name and its cue.
const maxAppositive = 24

// thatAhead returns the index of "that" when it follows token k after a
// few words and no punctuation (told NPR correspondent Steve Inskeep that),
// or -1.
func (d *doc) thatAhead(k, s1 int) int {
	for m := k; m < s1 && m < k+10; m++ {
		t := &d.toks[m]
		if t.kind != tWord {
			return -1
		}
		if t.lower == "that" {
			return m
		}
		if _, ok := d.lex.cues[t.lower]; ok && m > k || verbAfterCue[t.lower] {
			return -1 // a clause of its own: said coverage would resemble that …
		}
	}
	return -1
}

// skipPhrase skips a phrase that starts at token k between a cue and its
// content, up to "that", a colon, a comma or a quotation; it returns where
// the content starts, s1 when the phrase runs to the end of the sentence or
// to other punctuation, and -1 when no phrase ends within
// maxSkippedPhrase tokens (then the phrase is the content).
func (d *doc) skipPhrase(k, s1 int) int {
	for m := k; m < s1 && m < k+maxSkippedPhrase; m++ {
		t := &d.toks[m]
		switch {
		case t.kind == tQuote:
			return m
		case t.kind == tWord && t.lower == "that":
			return m
		case d.isPunct(m, ":") || d.isPunct(m, ","):
			return m
		case t.kind == tWord && verbAfterCue[t.lower]:
			return -1 // a clause, not a phrase: said in politics patience is …
		case t.kind == tPunct:
			return s1 // said on Tuesday -- a development that …
		}
	}
	if k+maxSkippedPhrase >= s1 {
		return s1 // said on Tuesday.
	}
	return -1
}

// maxSkippedPhrase is the longest phrase, in tokens, skipPhrase skips
// between a cue and its content: said in a statement on Monday that.
const maxSkippedPhrase = 8

// clauseEnd returns where the content that starts at token k ends: at the
// end of the sentence, before its final punctuation, or before a comma that
// opens another statement (…, adding that; …, according to).
//
// joined reports a cut before a second predicate (… and called for calm):
// the content before it may be short.
func (d *doc) clauseEnd(k, s1 int) (end int, joined bool) {
	for m := k; m < s1; m++ {
		if d.isPunct(m, ";") || m > k && (d.isPunct(m, "—") || d.isPunct(m, "–") || d.isPunct(m, "―")) {
			s1 = m
			break
		}
		if m > k && d.toks[m].kind == tWord && d.toks[m-1].kind == tQuote && strings.HasSuffix(strings.TrimRight(d.quotes[d.toks[m-1].quote].Content.Text(d.text), " "), ",") {
			if info, ok := d.lex.cues[d.toks[m].lower]; ok && info.ing {
				s1 = m
				break
			}
		}
		if m > k+1 && d.toks[m].kind == tWord && (d.toks[m].lower == "and" || d.toks[m].lower == "but") && m+1 < s1 && d.quoteIn(k, m) && isVerbForm(d.toks[m+1]) {
			// said it was "a disgrace" and vowing to fight
			s1, joined = m, true
			break
		}
		if m > k+1 && d.toks[m].kind == tWord && (d.toks[m].lower == "and" || d.toks[m].lower == "but") && d.verbPhraseAt(m+1, s1) {
			// attacked her record and even questioned her ties; praised
			// the plan and handed Bell a win
			s1, joined = m, true
			break
		}
		if m > k && d.toks[m].kind == tWord && clauseJoins[d.toks[m].lower] && d.newPredicate(m+1, s1) {
			// said the vote was fair and called for calm; says it works
			// but argues that …
			s1, joined = m, true
			break
		}
		if d.isPunct(m, ",") && m+1 < s1 && d.toks[m+1].kind == tWord && m-k >= 3 && (d.is(m+1, "and") || d.is(m+1, "but")) && m+2 < s1 && !d.is(m+2, "that") && d.clauseStart(m+2) {
			// said the vote was fair, and three in 10 said …
			s1 = m
			break
		}
		if m-k >= 3 && (d.isPunct(m, ",") || d.toks[m].kind == tWord && secondClauseWords[d.toks[m].lower]) && d.sayAhead(m+1, s1) {
			// …, and more than 4 in 10 said …; … after half said so: a
			// statement of its own
			s1 = m
			break
		}
		if d.isPunct(m, ",") && m+1 < s1 && d.toks[m+1].kind == tWord && m-k >= 3 && d.lex.cues[d.toks[m+1].lower].strong && !d.toks[m+1].cap {
			// he votes for Democrats, said one voter: a speaker of its own
			s1 = m
			break
		}
		if d.isPunct(m, ",") && m+1 < s1 && d.toks[m+1].kind == tWord && m-k >= 3 && (isParticiple(d.toks[m+1]) || contrastWords[d.toks[m+1].lower]) {
			// …, putting him ahead; …, citing the costs
			s1 = m
			break
		}
		if d.isPunct(m, ",") && m+1 < s1 && d.toks[m+1].kind == tWord {
			w := d.toks[m+1].lower
			if info, ok := d.lex.cues[w]; ok && info.ing || w == "according" && d.is(m+2, "to") {
				s1 = m
				break
			}
		}
	}
	for s1 > k && d.toks[s1-1].kind == tPunct && (isFinalPunct(d.word(s1-1)) || d.isPunct(s1-1, ")") && !d.opensParen(k, s1-1)) {
		s1-- // … made her cry.) The leaders: not the closing parenthesis
	}
	return s1, joined
}

// opensParen reports whether tokens [i, j) hold an opening parenthesis.
func (d *doc) opensParen(i, j int) bool {
	for m := i; m < j; m++ {
		if d.isPunct(m, "(") {
			return true
		}
	}
	return false
}

// infinitive reports whether "to" at token k opens an infinitive (pledged
// to oppose …) rather than a phrase naming the hearer (said to reporters).
func (d *doc) infinitive(k int) bool {
	n := k + 1
	return n < len(d.toks) && d.toks[n].kind == tWord && !d.toks[n].cap && !determiners[d.toks[n].lower] && !objectPronouns[d.toks[n].lower] && !d.lex.roles[d.toks[n].lower]
}

// speechAfter reports whether tokens [i, j) hold "that" or a quotation
// of speech: what a cue introduces rather than where it was said.
func (d *doc) speechAfter(i, j int) bool {
	for m := i; m < j; m++ {
		if d.is(m, "that") || d.toks[m].kind == tQuote && d.quotes[d.toks[m].quote].Kind == quotes.Speech && !looksLikeTitle(d.quotes[d.toks[m].quote].Content.Text(d.text)) {
			return true // but not on NBC's "Meet the Press."
		}
	}
	return false
}

// quoteIn reports whether tokens [i, j) hold a quotation.
func (d *doc) quoteIn(i, j int) bool {
	for m := i; m < j; m++ {
		if d.toks[m].kind == tQuote {
			return true
		}
	}
	return false
}

// listEnd returns the "and" or "or" that ends a list whose items the
// comma at m separates (Tapper, Bash and Blitzer; jobs, safety and health),
// or -1.
func (d *doc) listEnd(m, cut int) int {
	item := 0
	for n := m + 1; n < cut; n++ {
		t := &d.toks[n]
		item++
		switch {
		case t.kind == tPunct && d.isPunct(n, ",") && item > 1:
			item = 0 // the next item
		case t.kind != tWord || item > maxListItem:
			return -1
		case (t.lower == "and" || t.lower == "or") && item > 1:
			if n+1 < cut && d.toks[n+1].kind == tWord && !d.clauseStart(n+1) && !d.verbPhraseAt(n+1, cut) {
				return n
			}
			return -1
		case clauseWords[t.lower] || isVerbForm(*t) || (d.lex.cues[t.lower] != cueInfo{}):
			return -1
		}
	}
	return -1
}

// maxListItem is the longest list item, in tokens, that listEnd reads.
const maxListItem = 6

// sayAhead reports whether a "say" cue follows token i within a few words
// and no punctuation, after a subject: and half said so; while others say.
func (d *doc) sayAhead(i, s1 int) bool {
	for m := i; m < s1 && m-i <= maxSayAhead; m++ {
		t := &d.toks[m]
		if t.kind != tWord {
			return false
		}
		if info, ok := d.lex.cues[t.lower]; ok {
			return info.lemma == "say" && m > i && !d.is(m-1, "to") && !d.is(m-1, "that")
		}
		if clauseWords[t.lower] && t.lower != "not" {
			return false
		}
	}
	return false
}

// maxSayAhead is how far sayAhead looks for the cue, in tokens.
const maxSayAhead = 8

// secondClauseWords may open a clause with a speaker of its own inside
// reported content: … after half said so, while others say …
var secondClauseWords = map[string]bool{"and": true, "but": true, "after": true, "while": true, "whereas": true, "although": true, "though": true}

// verbPhraseAt reports whether a verb with an object starts at token v,
// after an adverb or two: [even] questioned her ties, handed Bell a win.
func (d *doc) verbPhraseAt(v, s1 int) bool {
	for n := 0; n < 2 && v < s1 && d.toks[v].kind == tWord && (strings.HasSuffix(d.toks[v].lower, "ly") || verbAdverbs[d.toks[v].lower]); n++ {
		v++
	}
	if v+1 >= s1 || !isVerbForm(d.toks[v]) {
		return false
	}
	o := &d.toks[v+1]
	return o.kind == tWord && (determiners[o.lower] || o.cap || objectPronouns[o.lower] || possPronouns[o.lower] || o.lower == "that" || o.lower == "to")
}

// verbAdverbs may stand before a second verb: and even questioned.
var verbAdverbs = map[string]bool{"even": true, "also": true, "then": true, "later": true, "still": true, "again": true, "never": true, "quickly": true}

// possPronouns own the noun after them: his record.
var possPronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// isVerbForm reports whether t looks like a verb in -ing or -ed form, or a
// common irregular past tense.
func isVerbForm(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	w := t.lower
	return len(w) > 4 && (strings.HasSuffix(w, "ing") && !nonParticiples[w] || strings.HasSuffix(w, "ed")) || irregularPast[w]
}

var irregularPast = map[string]bool{"took": true, "made": true, "gave": true, "went": true, "came": true, "sent": true, "held": true, "left": true, "met": true, "ran": true, "won": true, "lost": true, "shared": true, "spoke": true, "wrote": true, "told": true, "said": true, "set": true, "put": true, "cut": true, "led": true, "paid": true, "kept": true, "brought": true, "began": true, "drew": true, "threw": true, "stood": true, "struck": true, "sought": true, "fought": true, "thought": true, "felt": true}

// subordinators open a sentence with a clause of its own, which ends at a
// comma: While Bell said …, she …
var subordinators = map[string]bool{"while": true, "although": true, "though": true, "because": true, "since": true, "if": true, "when": true, "as": true, "after": true, "before": true, "whereas": true, "unless": true}

// contrastWords after a comma open the writer's comparison: …, compared
// with four in 10 who …; …, while others …
var contrastWords = map[string]bool{"which": true, "however": true, "compared": true, "while": true, "whereas": true, "although": true, "though": true, "despite": true, "unlike": true}

// isParticiple reports whether t looks like a present participle that
// opens a phrase of its own: putting, citing (not "nothing", "King").
func isParticiple(t token) bool {
	w := t.lower
	return !t.cap && len(w) > 5 && strings.HasSuffix(w, "ing") && !nonParticiples[w]
}

var nonParticiples = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true, "during": true, "including": true, "morning": true, "evening": true, "building": true, "funding": true, "meeting": true, "hearing": true, "spending": true, "training": true, "housing": true, "polling": true, "voting": true, "bombing": true, "shooting": true, "wedding": true, "according": true, "regarding": true, "following": true, "concerning": true, "beginning": true, "ceiling": true, "offspring": true}

// themePreps follow a theme cue before its object: called for, warned of.
var themePreps = map[string]bool{"for": true, "on": true, "of": true, "against": true, "about": true}

// clauseJoins join a second predicate or clause to a statement.
var clauseJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// predicateLead may stand between a joining word and its cue: and he also
// said, but did not say, while Sen. Ann Bell argued.
var predicateLead = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "also": true, "then": true, "later": true, "again": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "not": true, "once": true}

// newPredicate reports whether the tokens from i start a new predicate
// with its own cue: [and] called it, [but] he also argued, [while] Smith
// said.
func (d *doc) newPredicate(i, s1 int) bool {
	for m := i; m < s1 && m < i+5; m++ {
		t := &d.toks[m]
		if t.kind == tPunct && d.isPunct(m, ",") {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if info, ok := d.cueAt(m); ok && !t.cap && !info.ing {
			return true
		}
		if !predicateLead[t.lower] && !t.cap {
			return false
		}
	}
	return false
}

func isFinalPunct(p string) bool {
	switch p {
	case ".", "!", "?", ",", ":", ";", "—", "–", "-", "…":
		return true
	}
	return false
}

// tokSpan returns the byte span of tokens [i, j), without a final
// possessive ending.
func (d *doc) tokSpan(i, j int) Span {
	return Span{Start: d.toks[i].start, End: d.toks[j-1].nameEnd}
}

// emit records the statement whose content is tokens [i, j).
// writerAfterQuote reports whether the words from token n, after a
// quotation that opens reported content, are the writer's: a phrase that
// says where, when or to whom, a second verb, or another speaker.
func (d *doc) writerAfterQuote(n int) bool {
	if n >= len(d.toks) || d.toks[n].kind != tWord {
		return false
	}
	w := d.toks[n].lower
	return ppWords[w] || quoteAdjuncts[w] || (w == "and" || w == "but") && n+1 < len(d.toks) && isVerbForm(d.toks[n+1])
}

// quoteAdjuncts open a phrase that, after a quotation, belongs to the
// writer: "…" until the crowd left, "…" moments after polls closed.
var quoteAdjuncts = map[string]bool{"until": true, "as": true, "when": true, "moments": true, "because": true, "although": true, "though": true, "amid": true, "despite": true, "toward": true, "towards": true, "into": true, "onto": true, "across": true}

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
func (d *doc) isHeadline(p int) bool {
	first, last := d.paraFirst[p], d.paraLast[p]
	if first < 0 || last-first > 25 {
		return false
	}
	t := &d.toks[last]
	if t.kind == tPunct && isFinalPunct(d.word(last)) {
		return false
	}
	if t.kind == tQuote {
		in := d.quotes[t.quote].Content.Text(d.text)
		if n := len(in); n > 0 && (in[n-1] == '.' || in[n-1] == '?' || in[n-1] == '!') {
			return false
		}
	}
	return true
}

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
			if st, ok := d.fragmentBySubject(i); ok {
				added = append(added, st)
			} else if len(strings.Fields(q.Content.Text(d.text))) >= minFragmentWords+1 {
				// Someone's words, but the sentence does not say whose: most
				// likely the speaker of the statement just before.
				if e, m, ok := d.nameInSentence(i); ok {
					added = append(added, stmt{content: q.Span, kind: Fragment, ent: e, mention: m, rule: RuleSubject, conf: 0.3, para: t.para, quote: t.quote})
				} else if prev != nil && prev.ent != nil && t.para-prev.para <= 1 {
					added = append(added, stmt{content: q.Span, kind: Fragment, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: 0.3, para: t.para, quote: t.quote})
				} else {
					added = append(added, stmt{content: q.Span, kind: Fragment, rule: RuleNoSpeaker, para: t.para, quote: t.quote})
				}
			}
			continue
		}
		if q.Kind != quotes.Speech || !hasWord(q.Content.Text(d.text)) {
			continue
		}
		// "Denver," he answered: the shape says speech even when the
		// words look like a title.
		if st, ok := d.unknownCue(i); ok {
			added = append(added, st)
			prev = &added[len(added)-1]
			continue
		}
		if looksLikeTitle(q.Content.Text(d.text)) {
			continue
		}
		if st, ok := d.colonIntro(i); ok {
			added = append(added, st)
			prev = &added[len(added)-1]
			continue
		}
		// "…" — Coach Maria Lopez
		if d.isDash(i+1) && i+2 < len(d.toks) && d.toks[i+2].para == t.para {
			if e, ok := d.npAfter(i + 2); ok && (e == len(d.toks) || d.toks[e].para != t.para || d.toks[e].kind == tPunct) {
				ent := d.sourceFor(i+2, e)
				added = append(added, stmt{content: q.Span, kind: Direct, cue: d.tokSpan(i+1, i+2), ent: ent, mention: d.tokSpan(i+2, e), rule: RuleDashByline, conf: 0.8, para: t.para, quote: t.quote})
				prev = &added[len(added)-1]
				continue
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
			added = append(added, stmt{content: q.Span, kind: Direct, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: conf, para: t.para, quote: t.quote})
		} else {
			added = append(added, stmt{content: q.Span, kind: Direct, rule: RuleNoSpeaker, para: t.para, quote: t.quote})
		}
		prev = &added[len(added)-1]
	}
	d.stmts = append(d.stmts, added...)
}

// maxContinuation is how many paragraphs a quotation with no cue may stand
// after the statement whose speaker it continues.
const maxContinuation = 3

// looksLikeTitle reports whether a quotation with no cue reads like the
// title of a work: a few words, each capitalised but for short ones.
func looksLikeTitle(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’,.:;!?()")
		if w == "" {
			continue
		}
		n++
		if !isUpperStart(w) && !minorWords[strings.ToLower(w)] {
			return false
		}
	}
	return n >= 1 && n <= 10
}

// minorWords stay in lower case in a title: The Lord of the Rings.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "nor": true, "but": true, "as": true, "vs": true}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func hasWord(s string) bool {
	for _, r := range s {
		if isLetterDigit(r) {
			return true
		}
	}
	return false
}

// sentStart returns the first token of the sentence of token i.
func (d *doc) sentStart(i int) int {
	s0 := i
	for s0 > 0 && d.toks[s0-1].sent == d.toks[i].sent {
		s0--
	}
	return s0
}

// colonIntro attributes a quotation that a colon introduces when no cue
// took it: Ms. Bell wrote to members:¶"…", or the council's answer: "…".
// The speaker is the subject of the cue before the colon, or the noun
// phrase that opens the clause.
func (d *doc) colonIntro(i int) (stmt, bool) {
	colon := i - 1
	if d.isPunct(colon, ",") && colon > 0 && d.toks[colon-1].kind == tWord && !d.toks[colon-1].cap && d.toks[colon].para == d.toks[i].para {
		// Bell shot back, "…"
		if from, to, ok := d.clauseSubject(d.sentStart(colon), colon); ok {
			q := d.toks[i].quote
			return stmt{content: d.quotes[q].Span, kind: Direct, cue: d.tokSpan(to, to+1), ent: d.sourceFor(from, to), mention: d.tokSpan(from, to), rule: RuleSubject, conf: 0.6, para: d.toks[i].para, quote: q}, true
		}
		return stmt{}, false
	}
	if !d.isPunct(colon, ":") || d.toks[i].para-d.toks[colon].para > 1 {
		return stmt{}, false
	}
	s0 := d.sentStart(colon)
	var ent *entity
	var mention, cue Span
	if from, ok := d.npBefore(colon); ok && from >= s0 && d.toks[colon-1].cap && !d.toks[colon-1].poss && from > s0 {
		// … doesn't surprise pollster Ann Bell: "…"
		ent, mention, cue = d.sourceFor(from, colon), d.tokSpan(from, colon), d.tokSpan(colon, colon+1)
	}
	for c := colon - 1; c >= s0 && ent == nil; c-- {
		t := &d.toks[c]
		if t.kind != tWord {
			continue
		}
		if _, ok := d.lex.cues[t.lower]; !ok || t.cap && c > s0 {
			continue
		}
		j := d.skipBetween(c)
		if j < s0 {
			break
		}
		if from, ok := d.npBefore(j + 1); ok && from >= s0 {
			ent, mention, cue = d.sourceFor(from, j+1), d.tokSpan(from, j+1), d.tokSpan(c, c+1)
		}
		break
	}
	if ent == nil {
		// The sentence opens with its subject: Cruz turned to the panel:
		if e, ok := d.npAfter(s0); ok && e <= colon && d.isHead(e-1) && !d.toks[e-1].poss && (e == colon || d.toks[e].kind == tWord && !determiners[d.toks[e].lower]) {
			ent, mention, cue = d.sourceFor(s0, e), d.tokSpan(s0, e), d.tokSpan(colon, colon+1)
		} else if from, to, ok := d.clauseSubject(s0, colon); ok {
			ent, mention, cue = d.sourceFor(from, to), d.tokSpan(from, to), d.tokSpan(colon, colon+1)
		}
	}
	if ent == nil {
		return stmt{}, false
	}
	q := d.toks[i].quote
	return stmt{content: d.quotes[q].Span, kind: Direct, cue: cue, ent: ent, mention: mention, rule: RuleColon, conf: 0.75, para: d.toks[i].para, quote: q}, true
}

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

// clauseOpeners open a phrase before the subject of a sentence.
var clauseOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "when": true, "while": true, "as": true, "if": true, "although": true, "though": true, "since": true, "because": true, "asked": true, "but": true, "and": true, "yet": true, "so": true, "still": true, "meanwhile": true, "however": true, "instead": true, "earlier": true, "later": true, "last": true, "this": true, "that": true, "there": true, "here": true, "for": true, "with": true, "without": true, "by": true, "from": true, "to": true, "of": true, "despite": true, "among": true, "like": true, "unlike": true}

// nameInSentence returns the first person named in the sentence of token i
// before it, and the words that name them.
func (d *doc) nameInSentence(i int) (*entity, Span, bool) {
	s0 := d.sentStart(i)
	from, to := d.toks[s0].start, d.toks[i].start
	k := sort.Search(len(d.names), func(k int) bool { return d.names[k].pos >= from })
	for ; k < len(d.names) && d.names[k].pos < to; k++ {
		if n := d.names[k]; n.ent.kind == Person && !n.poss {
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

// mainSubject finds the subject of the sentence at s0 before token c: the
// noun phrase that opens it and a verb, with or without a phrase between
// commas after it (Bell, for her part, called …), or the subject after an
// opening phrase (In Salem, Bell called …). It returns the noun phrase
// [from, to); to is where its verb or the comma after it stands.
func (d *doc) mainSubject(s0, c int) (from, to int, ok bool) {
	if e, ok := d.subjectAt(s0); ok && e < c {
		if v := d.afterParens(e); v < c && d.verbStart(v) {
			return s0, e, true
		}
		if d.isPunct(e, ",") {
			m := e + 1
			for m < c && m < e+10 && !d.isPunct(m, ",") && d.toks[m].kind == tWord {
				m++
			}
			if d.isPunct(m, ",") && m+1 < c && d.verbStart(m+1) {
				return s0, e, true
			}
		}
	}
	return d.clauseSubject(s0, c)
}

// afterParens returns the token after a short parenthesis that starts at
// token e (Rep. Ann Bell (D-Ore.) said), or e.
func (d *doc) afterParens(e int) int {
	if !d.isPunct(e, "(") {
		return e
	}
	for m := e + 1; m < len(d.toks) && m-e <= 8; m++ {
		if d.isPunct(m, ")") {
			return m + 1
		}
	}
	return e
}

// verbStart reports whether token m may begin the verb phrase after a
// subject: a lower-case word that is not a preposition, conjunction or
// determiner.
func (d *doc) verbStart(m int) bool {
	t := &d.toks[m]
	return t.kind == tWord && !t.cap && !determiners[t.lower] && !nonVerbs[t.lower]
}

var nonVerbs = map[string]bool{"and": true, "or": true, "but": true, "of": true, "in": true, "to": true, "that": true, "which": true, "who": true, "for": true, "on": true, "at": true, "with": true, "by": true, "from": true, "as": true, "than": true, "so": true, "not": true}

// subjectAt returns the end of the subject noun phrase that opens the
// sentence at token s0: a pronoun, a name or a description.
func (d *doc) subjectAt(s0 int) (int, bool) {
	if s0 >= len(d.toks) || d.toks[s0].kind != tWord {
		return 0, false
	}
	if w := d.toks[s0].lower; strings.HasSuffix(w, "ing") && d.lex.firstNames[d.word(s0)] == genderUnknown || clauseOpeners[w] {
		return 0, false // Speaking in Salem, …; After the vote, …
	}
	if w := d.toks[s0].lower; isPersonPronoun(w) || isPluralPronoun(w) || w == "i" {
		return s0 + 1, true
	}
	return d.npAfter(s0)
}

// particles complete a verb of speaking: shot back, went on, spoke up.
var particles = map[string]bool{"back": true, "on": true, "up": true, "out": true, "in": true, "off": true}

// notVerbs cannot be the unknown cue of unknownCue.
var notVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "and": true, "or": true, "but": true, "the": true, "a": true, "an": true, "of": true, "in": true, "to": true, "that": true, "which": true, "who": true, "not": true, "so": true, "too": true, "also": true, "then": true}

// unknownCue attributes a quotation that ends with a comma, a question or
// an exclamation mark to a speaker who follows it with a verb that is not
// in the cue list: "…," Oliver barked. / "…!" beamed a delegate. The
// shape is the cue, so the verb may be any word.
func (d *doc) unknownCue(i int) (stmt, bool) {
	in := strings.TrimRight(d.quotes[d.toks[i].quote].Content.Text(d.text), " \t")
	if in == "" || !strings.ContainsAny(in[len(in)-1:], ",?!") || i+2 >= len(d.toks) {
		return stmt{}, false
	}
	j := i + 1
	para := d.toks[i].para
	ends := func(m int) bool {
		return m >= len(d.toks) || d.toks[m].para != para || d.toks[m].kind == tPunct
	}
	isVerb := func(m int) bool {
		t := &d.toks[m]
		return t.kind == tWord && !t.cap && t.para == para && !notVerbs[t.lower] && !determiners[t.lower]
	}
	// "…," Oliver barked.  "…," she laughed.  "…," Bell shot back with a
	// laugh.
	if e, ok := d.subjectAt(j); ok && e < len(d.toks) && isVerb(e) && (ends(e+1) || strings.HasSuffix(d.toks[e+1].lower, "ly") && ends(e+2) || particles[d.toks[e+1].lower] && (ends(e+2) || d.toks[e+2].kind == tWord && npFollowers[d.toks[e+2].lower])) {
		ent := d.sourceFor(j, e)
		return stmt{content: d.quotes[d.toks[i].quote].Span, kind: Direct, cue: d.tokSpan(e, e+1), ent: ent, mention: d.tokSpan(j, e), rule: RuleCueAfter, conf: 0.7, para: para, quote: d.toks[i].quote}, true
	}
	// "…!" beamed Ann Bell.
	if isVerb(j) && j+1 < len(d.toks) && d.toks[j+1].kind == tWord {
		if e, ok := d.npAfterAlone(j + 1); ok && e > j+1 && (d.toks[e-1].cap || d.lex.roles[d.toks[e-1].lower]) {
			ent := d.sourceFor(j+1, e)
			return stmt{content: d.quotes[d.toks[i].quote].Span, kind: Direct, cue: d.tokSpan(j, j+1), ent: ent, mention: d.tokSpan(j+1, e), rule: RuleInverted, conf: 0.7, para: para, quote: d.toks[i].quote}, true
		}
	}
	return stmt{}, false
}

// pronounBefore returns the last subject pronoun before token c in the
// sentence from s0 that a verb follows (when he returned he began by
// saying), or -1.
func (d *doc) pronounBefore(s0, c int) int {
	for m := c - 2; m >= s0; m-- {
		if w := d.toks[m].lower; d.toks[m].kind == tWord && (isPersonPronoun(w) || isPluralPronoun(w) || w == "i") && d.verbStart(m+1) {
			return m
		}
	}
	return -1
}

// wideSubject finds the speaker of a strong cue at c when no noun phrase
// rule did: the subject of the sentence, or the whole short stretch that
// opens the sentence before the cue when it starts like a noun phrase
// (Multiple sources privy to the talks say …).
func (d *doc) wideSubject(s0, c int) (from, to int, ok bool) {
	j := d.skipBetween(c)
	if j < s0 || d.toks[j].kind == tQuote {
		return 0, 0, false
	}
	if determiners[d.toks[c-1].lower] || d.toks[c-1].poss {
		return 0, 0, false // a report, her report: a noun
	}
	if f := d.quantifiedPhrase(s0, j); f >= 0 {
		return f, j + 1, true // some families said, 42% say
	}
	from, to, ok = d.mainSubject(s0, c)
	ok = ok && to <= j+1 && !determiners[d.toks[to-1].lower]
	if ok && to == j+1 {
		return from, to, true // the subject stands right before its verb
	}
	if d.phraseOnly(s0, j+1) {
		return s0, j + 1, true
	}
	// Bell, who has relied on …, has said …; Bell went on to say …
	return from, to, ok
}

// contractionStem returns the pronoun of a contraction (they're → they,
// it’s → it), or w.
func contractionStem(w string) string {
	for _, suf := range []string{"'re", "'s", "'ll", "'d", "'ve", "'m", "’re", "’s", "’ll", "’d", "’ve", "’m"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// quantifiedPhrase returns where a short noun phrase that ends at token j
// starts when a determiner or a number opens it (some families, many local
// farmers, 42%), or -1.
func (d *doc) quantifiedPhrase(s0, j int) int {
	if d.isPunct(j, "%") && j > s0 && isNumber(d.toks[j-1].lower) {
		return j - 1
	}
	h := &d.toks[j]
	if w := strings.TrimSuffix(h.lower, "%"); w != h.lower && isNumber(w) {
		return j // 42% say
	}
	if h.kind != tWord || h.cap || h.poss || !strings.HasSuffix(h.lower, "s") || isVerbForm(*h) || clauseWords[h.lower] || notVerbs[h.lower] || (d.lex.cues[h.lower] != cueInfo{}) {
		return -1
	}
	for m := j - 1; m >= s0 && j-m <= 3; m-- {
		t := &d.toks[m]
		if t.kind != tWord {
			return -1
		}
		if quantifiers[t.lower] || possPronouns[t.lower] || isNumberWord(t.lower) {
			return m
		}
		if t.cap || clauseWords[t.lower] || notVerbs[t.lower] || isVerbForm(*t) || (d.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
	}
	return -1
}

// quantifiers open a plural noun phrase: some families, many farmers.
var quantifiers = map[string]bool{"some": true, "many": true, "most": true, "several": true, "few": true, "both": true, "all": true, "other": true, "these": true, "those": true, "the": true, "two": true, "three": true, "four": true, "five": true, "numerous": true, "various": true, "dozens": true}

// phraseOnly reports whether tokens [s0, e) can be one noun phrase: a short
// run of words that opens like one and holds no verb of its own.
func (d *doc) phraseOnly(s0, e int) bool {
	if e-s0 > maxWideSubject || d.toks[s0].kind != tWord || !(d.toks[s0].cap || determiners[d.toks[s0].lower]) || clauseOpeners[d.toks[s0].lower] {
		return false
	}
	for m := s0; m < e; m++ {
		t := &d.toks[m]
		if t.kind != tWord || clauseWords[t.lower] || (d.lex.cues[t.lower] != cueInfo{}) {
			return false
		}
	}
	return !d.toks[e-1].poss && !determiners[d.toks[e-1].lower]
}

// clauseWords show that a stretch of words is a clause, not a noun phrase.
var clauseWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "that": true, "which": true, "who": true, "not": true, "if": true, "when": true, "while": true, "because": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

// maxAside is the longest aside between dashes, in tokens, that may stand
// between a cue and its content.
const maxAside = 12

// maxWideSubject is the longest stretch, in tokens, that wideSubject takes
// as a speaker.
const maxWideSubject = 12

// clauseSubject finds the subject of the main clause of the sentence that
// starts at s0, before token c: the first noun phrase, at the start or
// after a comma, that a lower-case word (its verb) follows. Speaking in
// Salem, Bell left the stage → Bell.
func (d *doc) clauseSubject(s0, c int) (from, to int, ok bool) {
	for m := s0; m < c; m++ {
		if m > s0 && !d.isPunct(m-1, ",") {
			continue
		}
		e, ok := d.subjectAt(m)
		v := d.afterParens(e)
		if !ok || v >= c || d.toks[v].kind != tWord || d.toks[v].cap || notVerbs[d.toks[v].lower] && !betweenWords[d.toks[v].lower] {
			continue
		}
		return m, e, true
	}
	return 0, 0, false
}
