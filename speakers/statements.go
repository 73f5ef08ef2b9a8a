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
		d.sentence(s0, s1)
		s0 = s1
	}
}

// sentence attributes the statements of the sentence in tokens [s0, s1).
func (d *doc) sentence(s0, s1 int) {
	pos := s0 // where content before the next cue may start
	var last *stmt
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
		info, ok := d.lex.cues[t.lower]
		if !ok || c > 0 && passiveAux[d.toks[c-1].lower] && d.toks[c-1].kind == tWord {
			continue
		}
		if c+1 < s1 && d.toks[c+1].kind == tWord && verbAfterCue[d.toks[c+1].lower] {
			continue // a relative clause: everything he says is true
		}
		if st := d.cue(c, info, s0, s1, pos, last); st != nil {
			last = st
			pos = c + 1
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
	inverted := false
	if ent == nil {
		prevOK := c == s0 || d.toks[c-1].kind == tQuote || d.isPunct(c-1, ",") || d.isPunct(c-1, ":") || d.isDash(c-1)
		switch {
		case info.ing && last != nil && d.commaBefore(c):
			ent, mention, rule, conf = last.ent, last.mention, RuleParticiple, 0.85
		case prevOK:
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
			if objectPronouns[d.toks[k].lower] {
				k++
			} else if e, ok := d.npAfter(k); ok {
				k = e
			}
		}
		if k < s1 && d.toks[k].kind == tWord && ppWords[d.toks[k].lower] {
			k = d.skipPhrase(k, s1)
		}
	}
	colon := false
	if d.isPunct(k, ":") || d.isPunct(k, ",") && k+1 < s1 && (d.toks[k+1].kind == tQuote || k+1 < s1 && d.toks[k+1].kind == tWord) {
		colon = d.isPunct(k, ":")
		k++
	}
	cut := d.clauseEnd(k, s1)
	hasAfter := false
	for m := k; m < cut; m++ {
		if d.toks[m].kind != tPunct {
			hasAfter = true
			break
		}
	}
	afterQuote := k < cut && d.toks[k].kind == tQuote
	afterThat := d.is(k, "that")

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
	hasBefore := bFrom < bTo
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
	clause := afterThat && d.wordsIn(k, cut) >= 4 || !afterThat && d.wordsIn(k, cut) >= 3 && !d.is(k, "a") && !d.is(k, "an") && !d.is(k, "to")
	switch {
	case hasAfter && hasBefore && !beforeQuote && commaBefore && d.isPunct(k-1, ",") && strong && !afterThat:
		// Over the years, she said, email has helped.
		d.emit(bFrom, bTo, cueSpan, ent, mention, rule, conf)
		return d.emit(k, cut, cueSpan, ent, mention, rule, conf)
	case hasAfter && (afterQuote || colon || !inverted && (quoteAfter || clause && (afterThat || strong && !beforeQuote))):
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
	case hasBefore && (beforeQuote || commaBefore && strong):
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(bFrom, bTo, cueSpan, ent, mention, rule, conf)
	}
	return nil
}

// accordingTo attributes "…, according to X" and "According to X, …".
func (d *doc) accordingTo(c, s0, s1, pos int) *stmt {
	e, ok := d.npAfter(c + 2)
	if !ok {
		return nil
	}
	ent := d.sourceFor(c+2, e)
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
	if bFrom < bTo {
		return d.emit(bFrom, bTo, cue, ent, mention, RuleAccordingTo, 0.85)
	}
	k := e
	if d.isPunct(k, ",") {
		k++
	}
	if cut := d.clauseEnd(k, s1); k < cut {
		return d.emit(k, cut, cue, ent, mention, RuleAccordingTo, 0.85)
	}
	return nil
}

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
		if _, ok := d.lex.cues[t.lower]; ok && m > k {
			return -1
		}
	}
	return -1
}

// skipPhrase skips a phrase that starts at token k between a cue and its
// content, up to "that", a colon, a comma or a quotation; it returns where
// the content starts, or s1 when the phrase runs to the end.
func (d *doc) skipPhrase(k, s1 int) int {
	for m := k; m < s1 && m < k+12; m++ {
		t := &d.toks[m]
		switch {
		case t.kind == tQuote:
			return m
		case t.kind == tWord && t.lower == "that":
			return m
		case d.isPunct(m, ":") || d.isPunct(m, ","):
			return m
		}
	}
	return s1
}

// clauseEnd returns where the content that starts at token k ends: at the
// end of the sentence, before its final punctuation, or before a comma that
// opens another statement (…, adding that; …, according to).
func (d *doc) clauseEnd(k, s1 int) int {
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
		if d.isPunct(m, ",") && m+1 < s1 && d.toks[m+1].kind == tWord {
			w := d.toks[m+1].lower
			if info, ok := d.lex.cues[w]; ok && info.ing || w == "according" && d.is(m+2, "to") {
				s1 = m
				break
			}
		}
	}
	for s1 > k && d.toks[s1-1].kind == tPunct && isFinalPunct(d.word(s1-1)) {
		s1--
	}
	return s1
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
func (d *doc) emit(i, j int, cue Span, ent *entity, mention Span, rule string, conf float64) *stmt {
	if i >= j {
		return nil
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
	if st.kind == Mixed && d.isHeadline(d.toks[i].para) {
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
		if q.Kind != quotes.Speech || !hasWord(q.Content.Text(d.text)) || looksLikeTitle(q.Content.Text(d.text)) {
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
		if prev != nil && prev.ent != nil && t.para-prev.para <= 1 && prev.kind != Indirect && prev.kind != Fragment {
			// The mention that named the speaker of the statement continued.
			added = append(added, stmt{content: q.Span, kind: Direct, ent: prev.ent, mention: prev.mention, rule: RuleContinuation, conf: 0.6, para: t.para, quote: t.quote})
		} else {
			added = append(added, stmt{content: q.Span, kind: Direct, rule: RuleNoSpeaker, para: t.para, quote: t.quote})
		}
		prev = &added[len(added)-1]
	}
	d.stmts = append(d.stmts, added...)
}

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
		if len(w) > 3 && !isUpperStart(w) {
			return false
		}
	}
	return n >= 1 && n <= 10
}

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
