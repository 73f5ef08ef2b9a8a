package speakers

// This file holds the statement shapes other than a verb cue with its
// subject: "according to", noun cues with an owner, appearance, questions
// asked by someone, headline and colon leads, polls, relative clauses and
// verbs outside the lists after a quotation.

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/quotes"
)

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
	if a := d.afterParens(e); a > e && a <= s1 {
		e = a // according to the Office for National Statistics (ONS)
	}
	ent := d.sourceFor(c+2, h)
	mention := d.tokSpan(c+2, e)
	cue := d.tokSpan(c, c+2)
	bTo := c
	for bTo > pos && (d.isPunct(bTo-1, ",") || d.isDash(bTo-1)) {
		bTo--
	}
	bFrom := pos
	if pos > s0 && d.wholeClause(s0, pos) {
		// Voters view Bell as honest, according to a poll: the poll
		// reports the whole clause, with the statement inside it.
		bFrom = s0
	}
	for bFrom < bTo && d.toks[bFrom].kind == tPunct {
		bFrom++
	}
	k := e
	if d.isPunct(k, ",") {
		if a := d.sourceAppositiveEnd(k, s1); a > k {
			k = a // according to Ann Bell, a former envoy, the …
		}
		k++
	}
	cut, _ := d.clauseEnd(k, s1)
	if bFrom < bTo {
		if k < cut && d.wordsIn(bFrom, bTo) <= 6 && (d.verbStart(k) || d.clauseStart(k) && !d.verbIn(bFrom, bTo)) {
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

// sourceAppositiveEnd returns the comma that closes a description of the
// source opened by the comma at m (according to Ann Bell, a former envoy,
// …), when a clause or a verb follows it, or -1.
func (d *doc) sourceAppositiveEnd(m, s1 int) int {
	if m+1 >= s1 || !determiners[d.toks[m+1].lower] || d.toks[m+1].kind != tWord {
		return -1
	}
	for n := m + 2; n < s1 && n-m <= maxAppositiveWords; n++ {
		t := &d.toks[n]
		if d.isPunct(n, ",") {
			if n+1 < s1 && (d.verbStart(n+1) || d.clauseStart(n+1)) {
				return n
			}
			return -1
		}
		if t.kind != tWord || clauseWords[t.lower] || isVerbForm(*t) || d.lex.isCue(t.lower) {
			return -1
		}
	}
	return -1
}

// verbIn reports whether tokens [i, j) hold a verb form, an auxiliary or
// a cue: a clause, not a phrase of time (The next day, according to Bell,
// …).
func (d *doc) verbIn(i, j int) bool {
	for m := i; m < j; m++ {
		if t := d.toks[m]; t.kind == tWord && (isVerbForm(t) || verbAfterCue[t.lower] || d.lex.isCue(t.lower)) {
			return true
		}
	}
	return false
}

// maxSourceWords is the longest source after "according to", in tokens.
const maxSourceWords = 25

// possessivePronouns stand for the possessor of a noun cue.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they"}

// nounCue attributes what a noun cue carries when its possessor is named:
// Bell's call for a recount, her claim that the vote was rigged, their
// refusal to concede. The content is the clause or phrase after the noun.
func (d *doc) nounCue(c, s1 int) *stmt {
	t := &d.toks[c]
	if _, ok := d.lex.nounCues[t.lower]; !ok || t.cap || c == 0 || c+2 >= s1 {
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
	if d.is(k, "was") || d.is(k, "is") {
		k++ // Bell's claim was that …; his response was: "…"
	}
	if d.isPunct(k, ":") && k+1 < s1 && d.toks[k+1].kind == tQuote {
		return d.emit(k+1, k+2, d.tokSpan(c, c+1), ent, mention, RuleCueBefore, 0.6)
	}
	switch {
	case k > c+1 && !d.is(k, "that"):
		return nil
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
func (v *view) thatWithin(k, s1, n int) int {
	for m := k; m < s1 && m-k < n; m++ {
		if v.is(m, "that") {
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
	case w == "expected" && d.passiveAt(c) && d.is(c+1, "to"):
	case passiveJudgements[w] && d.passiveAt(c) && d.is(c+1, "as"):
	case w == "known" && d.passiveAt(c) && d.is(c+1, "for"): // Bell is known for her temper
	case hearsayAdverbs[w] && c+1 < s1 && d.verbStart(c+1) && !d.cueWithin(c+1, 3):
	default:
		return nil
	}
	from, at := -1, c
	if hearsayAdverbs[w] {
		at = d.auxStart(c) // the board has reportedly …: the subject ends before "has"
	}
	if j := d.skipBetween(at); j >= s0 && d.toks[j].kind == tWord {
		if f, ok := d.npBefore(j + 1); ok && f >= pos {
			from = f
		} else if c-pos <= 8 && d.wordsIn(pos, c) == c-pos {
			from = d.afterLastOpener(pos, c) // the whole clause before the verb: The levy appears …; came as the field appeared …
		} else if pos <= s0 && c-s0 <= maxWideSubject*2 && d.toks[s0].kind == tWord && (d.toks[s0].cap || determiners[d.toks[s0].lower]) && !clauseOpeners[d.toks[s0].lower] {
			from = s0 // Hizbollah, which has lost many fighters, seems …
		}
	}
	if from < 0 || passiveJudgements[w] && d.commaIn(from, c) < c {
		return nil // Bell, whose bid was widely seen as a long shot, said …: the aside is not the clause
	}
	if m := d.thatWithin(c+1, s1, 6); from == c-1 && d.is(from, "it") && m >= 0 {
		// It appears, though, that …: the clause after "that" is the content.
		cut, _ := d.clauseEnd(m+1, s1)
		if d.wordsIn(m+1, cut) < 2 {
			return nil
		}
		return d.emit(m, cut, d.tokSpan(c, c+1), nil, Span{}, RuleAppearance, 0.5)
	}
	if from+1 < c && subordinators[d.toks[from].lower] {
		from++ // While the levy appears …: the subordinator is the writer's
	}
	// The clause ends at its first comma: While the levy appears to work,
	// the town …; Bell appeared rattled, unable to answer.
	cut, _ := d.clauseEnd(c+1, s1)
	cut = d.commaIn(c+1, cut)
	for m := c + 2; m < cut; m++ {
		if info, ok := d.cueAt(m); ok && info.ing && info.act == Speech && (d.is(m-1, "by") || d.isPunct(m-1, ",")) {
			cut = m - 1 // appeared to assert his plans by saying, "…": the saying is his
			break
		}
	}
	if w == "known" {
		cut = d.firstQuote(c+1, cut) // known for his hatred of what he called "…": the quotation is not the writer's
	}
	if d.wordsIn(c+1, cut) < 2 {
		return nil
	}
	return d.emit(from, cut, d.tokSpan(c, c+1), nil, Span{}, RuleAppearance, 0.5)
}

// passiveAt reports whether the participle at c is passive: an auxiliary
// before it, with "not" or an adverb between (is expected, is not
// expected, are widely seen).
func (d *doc) passiveAt(c int) bool {
	j := c - 1
	if j > 0 && d.toks[j].kind == tWord && (d.toks[j].lower == "not" || len(d.toks[j].lower) > 4 && strings.HasSuffix(d.toks[j].lower, "ly")) {
		j--
	}
	return j >= 0 && d.toks[j].kind == tWord && passiveAux[d.toks[j].lower]
}

// firstQuote returns the first quotation among tokens [i, j), or j.
func (v *view) firstQuote(i, j int) int {
	for m := i; m < j; m++ {
		if v.toks[m].kind == tQuote {
			return m
		}
	}
	return j
}

// hearsayAdverbs say that a clause is reported, with no one named as
// its source: the board is reportedly weighing a levy. The clause is a
// statement with no speaker, as after "appears", unless a cue follows
// the adverb (Bell reportedly told aides …).
var hearsayAdverbs = map[string]bool{"reportedly": true}

// auxStart returns the first of the auxiliaries right before token c (the
// board has reportedly …), or c when there is none.
func (v *view) auxStart(c int) int {
	for c > 0 && v.toks[c-1].kind == tWord && (passiveAux[v.toks[c-1].lower] || v.toks[c-1].lower == "has" || v.toks[c-1].lower == "have" || v.toks[c-1].lower == "had") {
		c--
	}
	return c
}

// cueWithin reports whether one of the n tokens from k is a cue.
func (v *view) cueWithin(k, n int) bool {
	for m := k; m < k+n && m < len(v.toks); m++ {
		if _, ok := v.cueAt(m); ok {
			return true
		}
	}
	return false
}

// passiveJudgements are participles that, passive and before "as", say
// how something is seen by no one named: the state is widely seen as a
// stronghold, the plan was viewed as a gamble.
var passiveJudgements = map[string]bool{"seen": true, "viewed": true, "regarded": true, "perceived": true, "known": true}

// afterLastOpener returns the token after the last subordinator or
// conjunction in [from, c) that leaves words before c, or from: the split
// came as the field appeared …: the field.
func (d *doc) afterLastOpener(from, c int) int {
	for m := c - 2; m >= from; m-- {
		if w := d.toks[m].lower; subordinators[w] || w == "and" || w == "but" || w == "that" || w == "which" || w == "who" {
			return m + 1
		}
	}
	return from
}

// commaIn returns the first comma in tokens [from, to), or to.
func (d *doc) commaIn(from, to int) int {
	for m := from; m < to; m++ {
		if d.isPunct(m, ",") {
			return m
		}
	}
	return to
}

// askedBy attributes the question in "Bell was asked by host Ann Cole, who
// …, "…?"" to the agent: the first quotation after the agent.
func (d *doc) askedBy(c, s1 int) *stmt {
	e, ok := d.npAfter(c + 2)
	if !ok {
		return nil
	}
	if st := d.asReportedBy(c, e, s1); st != nil {
		return st // As reported by the Herald, the pier …
	}
	if d.toks[c].lower != "asked" {
		return d.reportedBy(c, e) // was first reported by the Herald
	}
	for m := e; m < s1; m++ {
		if d.toks[m].kind == tQuote {
			if d.quotes[d.toks[m].quote].Kind != quotes.Speech || d.used[d.toks[m].quote] {
				return nil
			}
			return d.emit(m, m+1, d.tokSpan(c, c+1), d.sourceFor(c+2, e), d.tokSpan(c+2, e), RuleInverted, 0.7)
		}
	}
	// Bell was asked by host Ann Cole on Monday whether …: the question
	// is the agent's.
	k := e
	if d.is(k, "on") && k+1 < s1 && weekdays[d.toks[k+1].lower] {
		k += 2
	}
	if k < s1 && d.toks[k].kind == tWord && questionWords[d.toks[k].lower] {
		cut, _ := d.clauseEnd(k, s1)
		if s0 := d.sentStart(c); subordinators[d.toks[s0].lower] {
			for m := k + 1; m < cut; m++ {
				if d.isPunct(m, ",") {
					cut = m // When asked by a reporter if …, Bell smiled
					break
				}
			}
		}
		if cut > k+1 {
			return d.emit(k, cut, d.tokSpan(c, c+1), d.sourceFor(c+2, e), d.tokSpan(c+2, e), RuleInverted, 0.7)
		}
	}
	return nil
}

// questionWords open the question after "asked by" and its agent: asked by
// a reporter whether …, about …, why ….
var questionWords = map[string]bool{"if": true, "whether": true, "about": true, "why": true, "what": true, "how": true, "who": true, "when": true, "where": true, "which": true}

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
	if d.shortLabel(colon+1, end) {
		return nil // Dunn: Finish second. Hale: A miracle. (a label, not a claim)
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

// shortLabel reports whether the words [k, end) after a headline colon
// are a fragment of at most three words with no verb, no quotation and no
// first person (Dunn: Just hang on; Hale: A closing surge; Mays:
// Finish second), as in a list of what each candidate must do: PolNeAR
// annotates no statement there (on train 9 such leads, none right). A
// word that looks like a finite verb (an auxiliary, -s, -ed) makes it a
// claim: "Bell: Count Was Wrong", "Dunn Wins Iowa"; so does the first
// person: "Bell: I quit".
func (d *doc) shortLabel(k, end int) bool {
	if end-k > 6 || d.wordsIn(k, end) > 3 {
		return false
	}
	for m := k; m < end; m++ {
		t := &d.toks[m]
		if t.kind == tQuote || firstPerson[t.lower] || finiteLike(t.lower) {
			return false
		}
	}
	return true
}

// firstPerson are the words of a speaker speaking of themselves.
var firstPerson = map[string]bool{"i": true, "i'm": true, "i’m": true, "we": true, "we're": true, "we’re": true, "me": true, "my": true, "us": true, "our": true, "i'll": true, "i’ll": true, "we'll": true, "we’ll": true}

// labelAux are the auxiliaries and modals that make a short headline a
// claim: Count Was Wrong, Levy Will Pass.
var labelAux = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "must": true, "should": true, "may": true, "won't": true, "won’t": true, "can't": true, "can’t": true, "does": true, "did": true, "do": true}

// finiteLike reports whether w may be a finite verb: an auxiliary, or a
// word of four letters or more ending in -s (not -ss) or -ed.
func finiteLike(w string) bool {
	if passiveAux[w] || labelAux[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
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
func (v *view) speechTail(c, s1 int) bool {
	e := s1
	for e > c && v.toks[e-1].kind == tPunct && isFinalPunct(v.word(e-1)) {
		e--
	}
	for m := e - 1; m > c+1 && e-m <= 8; m-- {
		t := &v.toks[m]
		if t.kind != tWord {
			return false
		}
		info, ok := v.cueAt(m)
		if !ok || !info.strong || t.cap && m > 0 && v.toks[m-1].kind == tWord {
			continue
		}
		if m == e-1 {
			// …, the minister said.
			f, ok := v.npBefore(v.skipBetween(m) + 1)
			if g := v.conjoinedAfterComma(f); ok && g > c {
				f = g // …, current and former officials said.
			}
			if ok && f > c && v.isPunct(f-1, ",") {
				return true
			}
			return false
		}
		// …, said Ann Bell.
		if v.isPunct(m-1, ",") && m-1 > c {
			if n, ok := v.npAfter(m + 1); ok && n == e {
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
	if n := &d.toks[c+1]; ok && d.is(f, "that") && f < j && !info.ing && !d.toks[j].cap && strings.HasSuffix(d.toks[j].lower, "s") && !d.toks[j].poss && (verbAfterCue[n.lower] || isVerbForm(*n) || strings.HasSuffix(n.lower, "s") && !strings.HasSuffix(n.lower, "ss")) {
		f++ // a strike that executives said …: "that" before a plural is the relative word
	}
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

// colonIntro attributes a quotation that a colon introduces when no cue
// took it: Ms. Bell wrote to members:¶"…", or the council's answer: "…".
// The speaker is the subject of the cue before the colon, or the noun
// phrase that opens the clause.
func (r *resolver) colonIntro(i int) (stmt, bool) {
	colon := i - 1
	if st, ok := r.asPutIt(i); ok {
		return st, true
	}
	if r.isPunct(colon, ",") && colon > 0 && r.toks[colon-1].kind == tWord && !r.toks[colon-1].cap && r.toks[colon].para == r.toks[i].para {
		// Bell shot back, "…"
		if from, to, ok := r.clauseSubject(r.sentStart(colon), colon); ok {
			q := r.toks[i].quote
			return stmt{content: r.quotes[q].Span, kind: Direct, cue: r.tokSpan(to, to+1), ent: r.sourceFor(from, to), mention: r.tokSpan(from, to), rule: RuleSubject, conf: 0.6, para: r.toks[i].para, quote: q}, true
		}
		return stmt{}, false
	}
	if !r.isPunct(colon, ":") || r.toks[i].para-r.toks[colon].para > 1 {
		return stmt{}, false
	}
	s0 := r.sentStart(colon)
	var ent *entity
	var mention, cue Span
	if from, ok := r.npBefore(colon); ok && from >= s0 && r.toks[colon-1].cap && !r.toks[colon-1].poss && from > s0 && !r.afterPrep(from, colon) {
		// … doesn't surprise pollster Ann Bell: "…"; not the object of a
		// preposition (a message to Ann Bell:, later on CNN:)
		ent, mention, cue = r.sourceFor(from, colon), r.tokSpan(from, colon), r.tokSpan(colon, colon+1)
	}
	for c := colon - 1; c >= s0 && ent == nil; c-- {
		t := &r.toks[c]
		if t.kind != tWord {
			continue
		}
		info, ok := r.lex.cues[t.lower]
		if !ok || t.cap && c > s0 {
			continue
		}
		// Ann Bell, a pilot at the port, said: the subject rules read
		// the speaker of the lead-in as of any cue
		site := &cueSite{view: r.view, c: c, info: info, s0: s0, s1: colon + 1, pos: s0}
		if sub, ok := site.subjectWords(); ok {
			ent, mention, cue = r.sourceFor(sub.from, sub.to), sub.mention, r.tokSpan(c, c+1)
		}
		break
	}
	if ent == nil {
		// The sentence opens with its subject: Dunn turned to the panel:
		if e, ok := r.npAfter(s0); ok && e <= colon && r.isHead(e-1) && !r.toks[e-1].poss && (e == colon || r.toks[e].kind == tWord && !determiners[r.toks[e].lower]) {
			ent, mention, cue = r.sourceFor(s0, e), r.tokSpan(s0, e), r.tokSpan(colon, colon+1)
		} else if from, to, ok := r.clauseSubject(s0, colon); ok {
			ent, mention, cue = r.sourceFor(from, to), r.tokSpan(from, to), r.tokSpan(colon, colon+1)
		}
	}
	if ent == nil {
		return stmt{}, false
	}
	q := r.toks[i].quote
	return stmt{content: r.quotes[q].Span, kind: Direct, cue: cue, ent: ent, mention: mention, rule: RuleColon, conf: 0.75, para: r.toks[i].para, quote: q}, true
}

// afterPrep reports whether the name that ends before token end, in the
// noun phrase that starts at token from, is the object of a preposition:
// a message to Ann Bell, later on CNN, a newspaper in Dover.
func (v *view) afterPrep(from, end int) bool {
	n := end - 1
	for n > from && v.toks[n-1].cap && v.toks[n-1].kind == tWord {
		n--
	}
	return n > 0 && leadPreps[v.toks[n-1].lower]
}

// leadPreps take a noun phrase as their object before a colon lead-in.
var leadPreps = map[string]bool{"to": true, "on": true, "at": true, "in": true, "with": true, "for": true, "from": true, "of": true, "about": true, "into": true, "over": true, "against": true}

// asPutIt attributes the quotation at token i after "put it" and a colon
// or a comma to the subject of "put", as the subject rules read it for a
// cue: As Ann Bell, a former minister, put it: "…".
func (r *resolver) asPutIt(i int) (stmt, bool) {
	colon := i - 1
	c := colon - 2
	if c < 1 || !(r.isPunct(colon, ":") || r.isPunct(colon, ",")) || !r.is(c, "put") || !r.is(c+1, "it") || r.toks[colon].para != r.toks[i].para {
		return stmt{}, false
	}
	site := &cueSite{view: r.view, c: c, info: cueInfo{lemma: "say", strong: true}, s0: r.sentStart(c), s1: colon + 1}
	site.pos = site.s0
	sub, ok := site.subjectWords()
	if !ok || sub.from > c {
		return stmt{}, false // "it" is the object, not an inverted speaker
	}
	q := r.toks[i].quote
	return stmt{content: r.quotes[q].Span, kind: Direct, cue: r.tokSpan(c, c+2), ent: r.sourceFor(sub.from, sub.to), mention: sub.mention, rule: RuleColon, conf: 0.75, para: r.toks[i].para, quote: q}, true
}

// unknownCue attributes a quotation that ends with a comma, a question or
// an exclamation mark to a speaker who follows it with a verb that is not
// in the cue list: "…," Oliver barked. / "…!" beamed a delegate. The
// shape is the cue, so the verb may be any word.
func (r *resolver) unknownCue(i int) (stmt, bool) {
	in := r.quoteTail(r.toks[i].quote)
	if in == "" || !strings.ContainsAny(in[len(in)-1:], ",?!") || i+2 >= len(r.toks) {
		return stmt{}, false
	}
	j := i + 1
	para := r.toks[i].para
	ends := func(m int) bool {
		return m >= len(r.toks) || r.toks[m].para != para || r.toks[m].kind == tPunct
	}
	isVerb := func(m int) bool {
		t := &r.toks[m]
		return t.kind == tWord && !t.cap && t.para == para && !notVerbs[t.lower] && !determiners[t.lower]
	}
	// "…," Oliver barked.  "…," she laughed.  "…," Bell shot back with a
	// laugh.
	if e, ok := r.subjectAt(j); ok && e < len(r.toks) && isVerb(e) && (ends(e+1) || e+1 < len(r.toks) && afterUnknownCue[r.toks[e+1].lower] || strings.HasSuffix(r.toks[e+1].lower, "ly") && ends(e+2) || particles[r.toks[e+1].lower] && (ends(e+2) || r.toks[e+2].kind == tWord && npFollowers[r.toks[e+2].lower])) {
		ent := r.sourceFor(j, e)
		return stmt{content: r.quotes[r.toks[i].quote].Span, kind: Direct, cue: r.tokSpan(e, e+1), ent: ent, mention: r.tokSpan(j, e), rule: RuleCueAfter, conf: 0.7, para: para, quote: r.toks[i].quote}, true
	}
	// "…!" beamed Ann Bell.
	if isVerb(j) && j+1 < len(r.toks) && r.toks[j+1].kind == tWord {
		if e, ok := r.npAfterAlone(j + 1); ok && e > j+1 && (r.toks[e-1].cap || r.lex.roles[r.toks[e-1].lower]) {
			ent := r.sourceFor(j+1, e)
			return stmt{content: r.quotes[r.toks[i].quote].Span, kind: Direct, cue: r.tokSpan(j, j+1), ent: ent, mention: r.tokSpan(j+1, e), rule: RuleInverted, conf: 0.7, para: para, quote: r.toks[i].quote}, true
		}
	}
	return stmt{}, false
}

// afterUnknownCue join a new clause to the verb after a quotation and its
// speaker: "…," Bell barked and a guard led him out.
var afterUnknownCue = map[string]bool{"and": true, "as": true, "while": true, "before": true}

// wholeClause reports whether tokens [i, j) hold no quotation and no
// semicolon, colon or dash: one clause that may go on past j.
func (v *view) wholeClause(i, j int) bool {
	for m := i; m < j; m++ {
		if v.toks[m].kind == tQuote || v.isPunct(m, ";") || v.isPunct(m, ":") || v.isDash(m) {
			return false
		}
	}
	return true
}

// passiveByCues are the lemmas whose passive with "by" gives the subject
// as what the agent said: was first reported by the Herald, was
// criticized by the union.
var passiveByCues = map[string]bool{"report": true, "criticize": true, "reject": true, "accuse": true, "denounce": true, "describe": true}

// reportedBy attributes the subject of a passive "reported by" to the
// agent, the noun phrase [c+2, e): The move was first reported by the
// Herald (the Herald reported the move).
func (d *doc) reportedBy(c, e int) *stmt {
	j := d.skipBetween(c) // was first reported: j is "was"
	s0 := d.sentStart(c)
	if j <= s0 || !passiveAux[d.toks[j].lower] || d.toks[j-1].kind != tWord {
		return nil
	}
	from, ok := d.npBefore(j)
	if !ok || from < s0 {
		if j-s0 > 8 || d.wordsIn(s0, j) != j-s0 {
			return nil
		}
		from = d.afterLastOpener(s0, j)
	}
	ent := d.sourceFor(c+2, e)
	if ent == nil || from >= j {
		return nil
	}
	return d.emit(from, j, d.tokSpan(c, c+1), ent, d.tokSpan(c+2, e), RuleCueAfter, 0.6)
}

// asReportedBy attributes the clause after "As reported by" an agent and a
// comma at the start of a sentence to the agent [c+2, e), as after
// "according to": As first reported by the Herald, the pier will close.
// s1 ends the sentence.
func (d *doc) asReportedBy(c, e, s1 int) *stmt {
	a := c - 1
	if a >= 0 && d.toks[a].kind == tWord && (d.toks[a].lower == "first" || d.toks[a].lower == "previously" || d.toks[a].lower == "originally") {
		a--
	}
	if a < 0 || a != d.sentStart(c) || !d.is(a, "as") || d.toks[c].lower != "reported" || !d.isPunct(e, ",") {
		return nil
	}
	end := s1
	for end > e+1 && d.toks[end-1].kind == tPunct && isFinalPunct(d.word(end-1)) {
		end--
	}
	ent := d.sourceFor(c+2, e)
	if ent == nil || end <= e+1 || d.quoteIn(e+1, end) {
		return nil
	}
	return d.emit(e+1, end, d.tokSpan(a, c+2), ent, d.tokSpan(c+2, e), RuleAccordingTo, 0.8)
}
