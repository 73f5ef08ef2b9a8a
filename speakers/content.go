package speakers

// This file decides where reported content starts and ends: the hearer and
// phrases after the cue, clauses, lists, second predicates and second
// speakers.

import (
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// nextSpeaker returns where another speaker and cue start inside the
// content [k, cut) after a comma or a conjunction: said the vote was
// fair, but one delegate shouted "…". It returns cut when there is none,
// and the number of tokens it scanned.
func (v *view) nextSpeaker(k, cut int) (int, int) {
	end := min(cut, k+maxSpeakerScan)
	steps := end - k
	for m := k + 2; m < end; m++ {
		t := &v.toks[m]
		if t.kind != tWord || t.cap {
			continue
		}
		info, ok := v.cueAt(m)
		if !ok || passiveAux[v.toks[m-1].lower] {
			continue
		}
		j := v.skipBetween(m)
		if j <= k || v.toks[j].kind != tWord {
			continue
		}
		f, ok := v.npBefore(j + 1)
		if !ok || f <= k || info.ing && !v.is(f-1, "with") {
			continue
		}
		if g := v.conjoinedAfterComma(f); g > k+1 {
			f = g // …, teachers and union officials told
		}
		if f == k+1 {
			if v.quoteEndsWithComma(k) && (info.strong || m+1 < cut && (v.toks[m+1].kind == tQuote || v.isPunct(m+1, ","))) {
				return f, steps // shouted, "Hale," Bell joked, "…"
			}
			continue
		}
		if v.isPunct(f-1, ",") || v.isPunct(f-1, ";") || v.quoteEndsWithComma(f-1) || v.is(f-1, "but") || v.is(f-1, "with") || v.is(f-1, "and") && (v.isPunct(f-2, ",") || f >= 2 && v.toks[f-2].kind == tQuote) {
			// a speaker of its own, not a nested "said that voters say"
			if v.is(f-1, "with") || m+1 < cut && (v.toks[m+1].kind == tQuote || v.is(m+1, "that") || v.isPunct(m+1, ",") || v.isPunct(m+1, ":")) || info.strong {
				return f - 1, steps
			}
		}
	}
	return cut, steps
}

// clauseStart reports whether token k can open a reported clause without
// "that": a subject pronoun, or a noun phrase that a verb follows (polls
// show Bell leading, she thinks the plan will fail).
func (v *view) clauseStart(k int) bool {
	t := &v.toks[k]
	if t.kind != tWord {
		return false
	}
	switch contractionStem(t.lower) {
	case "he", "she", "they", "it", "we", "i", "you", "there":
		return true
	}
	if e, ok := v.subjectAt(k); ok && e < len(v.toks) && v.verbStart(e) && !isParticiple(v.toks[e]) {
		return true
	}
	// the progress on climate change is real: a noun phrase, then an
	// auxiliary within a few words
	if !determiners[t.lower] && !t.cap {
		// meaningful relief is possible: a bare noun phrase of up to
		// three words, then an auxiliary
		for m := k + 1; m < len(v.toks) && m <= k+3 && v.toks[m].kind == tWord && v.toks[m].sent == t.sent; m++ {
			if verbAfterCue[v.toks[m].lower] {
				return !ppWords[t.lower] && !themePreps[t.lower] && !verbAfterCue[t.lower] && !clauseOpeners[t.lower] && !subordinators[t.lower] && t.lower != "or" && !strings.HasSuffix(t.lower, "ly") && !v.lex.isCue(t.lower)
			}
			if ppWords[v.toks[m].lower] || themePreps[v.toks[m].lower] || v.toks[m].lower == "to" || v.toks[m].lower == "who" || v.toks[m].lower == "which" || v.toks[m].lower == "that" {
				return false
			}
		}
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+6 && v.toks[m].kind == tWord && v.toks[m].sent == t.sent; m++ {
		if verbAfterCue[v.toks[m].lower] {
			return m > k+1 || !determiners[t.lower]
		}
	}
	return false
}

// thatAhead returns the index of "that" when it follows token k after a
// few words and no punctuation (told NPR correspondent Steve Inskeep that),
// or -1.
func (v *view) thatAhead(k, s1 int) int {
	for m := k; m < s1 && m < k+10; m++ {
		t := &v.toks[m]
		if t.kind != tWord {
			return -1
		}
		if t.lower == "that" {
			return m
		}
		if _, ok := v.lex.cues[t.lower]; ok && m > k || verbAfterCue[t.lower] {
			return -1 // a clause of its own: said coverage would resemble that …
		}
	}
	return -1
}

// thatAfterPlace returns the index of "that" when it follows the hearer of
// a cue and a phrase of place or time with commas in it (telling diners at
// a cafe in Dover, Delaware, that …), within maxHearerPhrase tokens, or -1.
func (v *view) thatAfterPlace(k, s1 int) int {
	commas := 0
	for m := k; m < s1 && m < k+maxHearerPhrase; m++ {
		t := &v.toks[m]
		if v.isPunct(m, ",") && m > k {
			commas++
			continue
		}
		if t.kind != tWord {
			return -1
		}
		if t.lower == "that" {
			if commas == 0 || m == k {
				return -1
			}
			return m
		}
		if _, ok := v.lex.cues[t.lower]; ok && m > k || verbAfterCue[t.lower] || clauseWords[t.lower] {
			return -1
		}
	}
	return -1
}

// maxHearerPhrase is how far thatAfterPlace looks for "that", in tokens.
const maxHearerPhrase = 16

// skipPhrase skips a phrase that starts at token k between a cue and its
// content, up to "that", a colon, a comma or a quotation; it returns where
// the content starts, s1 when the phrase runs to the end of the sentence or
// to other punctuation, and -1 when no phrase ends within
// maxSkippedPhrase tokens (then the phrase is the content).
func (v *view) skipPhrase(k, s1 int) int {
	for m := k; m < s1 && m < k+maxSkippedPhrase; m++ {
		t := &v.toks[m]
		switch {
		case t.kind == tQuote:
			return m
		case t.kind == tWord && t.lower == "that":
			return m
		case v.isPunct(m, ":") || v.isPunct(m, ","):
			return m
		case t.kind == tWord && verbAfterCue[t.lower]:
			return -1 // a clause, not a phrase: said in politics patience is …
		case t.kind == tPunct && m > k && (v.isPunct(m, "'") || v.isPunct(m, "’")) && v.toks[m-1].poss && v.toks[m-1].end == t.start:
			continue // told CBS News' host that …: a possessive, not a break
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
func (v *view) clauseEnd(k, s1 int) (end int, joined bool) {
	for m := k; m < s1; m++ {
		if n, ok := v.dashGoesOnAt(k, m, s1); ok {
			m = n
			continue
		}
		if stop, j := v.clauseStopsAt(k, m, s1); stop {
			s1, joined = m, j
			break
		}
		if e := v.innerRelativeEnd(m, s1); e > m {
			m = e // argued the group, which has lost ground, is "in retreat"
			continue
		}
		if v.clauseStopsAtComma(k, m, s1) {
			s1 = m
			break
		}
	}
	for s1 > k && v.toks[s1-1].kind == tPunct && (isFinalPunct(v.word(s1-1)) || v.isPunct(s1-1, ")") && !v.opensParen(k, s1-1)) {
		s1-- // … made her cry.) The leaders: not the closing parenthesis
	}
	return s1, joined
}

// dashGoesOnAt reports whether the clause that starts at token k goes on
// past a dash at token m, and the token to go on from: an aside between
// dashes, or a dash before a word that continues the clause.
func (v *view) dashGoesOnAt(k, m, s1 int) (int, bool) {
	if m > k && v.spacedDash(m) {
		if n := v.asideEnd(m, s1); n > m {
			return n, true // the troops – about 9,000 in April – lag the target
		}
	}
	if m > k && v.spacedDash(m) && m+1 < s1 && dashGoesOn[v.toks[m+1].lower] {
		return m, true // will not cave – unless it pays; a price – either a tax or a levy
	}
	return m, false
}

// clauseStopsAt reports whether the clause that starts at token k ends at
// token m, before the clause's relative clauses are skipped: at a colon
// before a quotation, a semicolon or dash, a participle after a quotation,
// a second predicate or a statement of its own; joined says whether the
// clause that ends is joined to the next by and/but.
func (v *view) clauseStopsAt(k, m, s1 int) (stop, joined bool) {
	if m > k && v.isPunct(m, ":") && m+1 < s1 && v.toks[m+1].kind == tQuote && !(v.toks[k].kind == tWord && themePreps[v.toks[k].lower]) {
		// declared the need for calm: "…": the quotation after the
		// colon is a statement of its own (but said of Bell: "…").
		return true, false
	}
	if v.isPunct(m, ";") || m > k && v.spacedDash(m) {
		return true, false
	}
	if m > k && v.toks[m].kind == tWord && v.toks[m-1].kind == tQuote && strings.HasSuffix(v.quoteTail(v.toks[m-1].quote), ",") {
		if info, ok := v.lex.cues[v.toks[m].lower]; ok && info.ing {
			return true, false
		}
	}
	if m > k && v.toks[m].kind == tWord && (v.toks[m].lower == "and" || v.toks[m].lower == "but") && m+1 < s1 && v.toks[m-1].kind == tQuote && v.toks[m+1].kind == tWord && subjectPronouns[v.toks[m+1].lower] {
		// called him a "nice guy" and he did not …: a clause of the
		// writer's
		return true, true
	}
	if m > k+1 && v.toks[m].kind == tWord && (v.toks[m].lower == "and" || v.toks[m].lower == "but") && m+1 < s1 && v.quoteIn(k, m) && isVerbForm(v.toks[m+1]) {
		// said it was "a disgrace" and vowing to fight
		return true, true
	}
	if m > k+1 && v.toks[m].kind == tWord && (v.toks[m].lower == "and" || v.toks[m].lower == "but") && v.verbPhraseAt(m+1, s1) && !v.sharedPredicate(k, m+1, s1) {
		// attacked her record and even questioned her ties; praised
		// the plan and handed Bell a win
		return true, true
	}
	if m > k+1 && (v.is(m, "and") || v.is(m, "but")) && v.auxPredicate(k, m+1, s1) {
		// endorsed the levy and has been a critic since: a second
		// predicate of the speaker's
		return true, true
	}
	if m > k && v.toks[m].kind == tWord && clauseJoins[v.toks[m].lower] && v.newPredicate(m+1, s1) && !v.inGroupPlaces(m) {
		// said the vote was fair and called for calm; says it works
		// but argues that …
		return true, true
	}
	if v.isPunct(m, ",") && m+1 < s1 && v.toks[m+1].kind == tWord && m-k >= 3 && (v.is(m+1, "and") || v.is(m+1, "but")) && m+2 < s1 && !v.is(m+2, "that") && (v.clauseStart(m+2) || v.frontedClause(m+2, s1)) {
		// said the vote was fair, and three in 10 said …; …, but for
		// the crews, it is a loss
		return true, false
	}
	if m-k >= 3 && (v.isPunct(m, ",") || v.toks[m].kind == tWord && secondClauseWords[v.toks[m].lower]) && v.sayAhead(m+1, s1) {
		// …, and more than 4 in 10 said …; … after half said so: a
		// statement of its own
		return true, false
	}
	if v.isPunct(m, ",") && m+1 < s1 && v.toks[m+1].kind == tWord && m-k >= 3 && v.lex.cues[v.toks[m+1].lower].strong && !v.toks[m+1].cap {
		// he votes for Democrats, said one voter: a speaker of its own
		return true, false
	}
	return false, false
}

// frontedClause reports whether the words from token i are a short phrase
// without punctuation, then a comma and a clause with its own subject: (…,
// and) in the wake of the storm, the port is closed.
func (v *view) frontedClause(i, s1 int) bool {
	for n := i + 1; n < s1 && n <= i+maxFronted; n++ {
		if v.isPunct(n, ",") {
			return n+1 < s1 && v.toks[n+1].kind == tWord && !v.is(n+1, "that") && v.clauseStart(n+1)
		}
		if v.toks[n].kind != tWord {
			return false
		}
	}
	return false
}

// maxFronted is the longest phrase, in tokens, frontedClause reads before
// the comma.
const maxFronted = 8

// clauseStopsAtComma reports whether the clause that starts at token k
// ends at the comma at token m, once relative clauses are skipped: before
// a participle or a contrast, the writer's remark on the clause ("a charge
// the party denies") or a participle cue.
func (v *view) clauseStopsAtComma(k, m, s1 int) bool {
	if v.isPunct(m, ",") && m+1 < s1 && v.toks[m+1].kind == tWord && m-k >= 3 && (isParticiple(v.toks[m+1]) || contrastWords[v.toks[m+1].lower] || v.is(m+1, "even") && v.is(m+2, "though") && !v.quoteIn(k, m)) {
		// …, putting him ahead; …, citing the costs; …, even though …
		return true
	}
	if v.isPunct(m, ",") && m+2 < s1 && m-k >= 4 && (v.is(m+1, "a") || v.is(m+1, "an")) && !v.toks[m-1].cap && (v.is(k, "that") || v.clauseStart(k)) {
		// said the contest was "rigged," a charge the party denies:
		// a remark of the writer's on the whole clause
		return true
	}
	if v.isPunct(m, ",") && m+1 < s1 && v.toks[m+1].kind == tWord {
		w := v.toks[m+1].lower
		if info, ok := v.lex.cues[w]; ok && info.ing || w == "according" && v.is(m+2, "to") {
			return true
		}
	}
	return v.stopsAfterQuoteComma(k, m, s1)
}

// stopsAfterQuoteComma reports whether the clause that starts at token k
// ends at the word m after a quotation whose comma stands inside its marks:
// before the writer's remark on it (called him a "moderate," a subtle dig),
// a contrast (…," while others …) or a participle (…," putting him ahead),
// unless a quotation follows (a "loser," a "liar" and a "whiner").
func (v *view) stopsAfterQuoteComma(k, m, s1 int) bool {
	if m <= k || m+1 >= s1 || v.toks[m].kind != tWord || !v.quoteEndsWithComma(m-1) || v.quoteIn(m, s1) {
		return false
	}
	t := v.toks[m]
	return (t.lower == "a" || t.lower == "an") && !v.toks[m+1].cap || contrastWords[t.lower] && t.lower != "compared" || isParticiple(t)
}

// opensParen reports whether tokens [i, j) hold an opening parenthesis.
func (v *view) opensParen(i, j int) bool {
	for m := i; m < j; m++ {
		if v.isPunct(m, "(") {
			return true
		}
	}
	return false
}

// infinitive reports whether "to" at token k opens an infinitive (pledged
// to oppose …) rather than a phrase naming the hearer (said to reporters).
func (v *view) infinitive(k int) bool {
	n := k + 1
	return n < len(v.toks) && v.toks[n].kind == tWord && !v.toks[n].cap && !determiners[v.toks[n].lower] && !objectPronouns[v.toks[n].lower] && !v.lex.roles[v.toks[n].lower]
}

// speechAfter reports whether tokens [i, j) hold "that" or a quotation
// of speech: what a cue introduces rather than where it was said.
func (v *view) speechAfter(i, j int) bool {
	for m := i; m < j; m++ {
		if v.is(m, "that") || v.toks[m].kind == tQuote && v.quotes[v.toks[m].quote].Kind == quotes.Speech && !looksLikeTitle(v.quotes[v.toks[m].quote].Content.Text(v.text)) {
			return true // but not on NBC's "Meet the Press."
		}
	}
	return false
}

// quoteIn reports whether tokens [i, j) hold a quotation.
func (v *view) quoteIn(i, j int) bool {
	for m := i; m < j; m++ {
		if v.toks[m].kind == tQuote {
			return true
		}
	}
	return false
}

// listEnd returns the "and" or "or" that ends a list whose items the
// comma at m separates (Tapper, Bash and Blitzer; jobs, safety and health),
// or -1.
func (v *view) listEnd(m, cut int) int {
	item := 0
	for n := m + 1; n < cut; n++ {
		t := &v.toks[n]
		item++
		switch {
		case t.kind == tPunct && v.isPunct(n, ",") && item > 1:
			item = 0 // the next item
		case t.kind != tWord || item > maxListItem:
			return -1
		case (t.lower == "and" || t.lower == "or") && (item > 1 || n > m+2 && v.isPunct(n-1, ",")): // Bell, Cole, and Ruiz
			if n+1 < cut && v.toks[n+1].kind == tWord && !v.clauseStart(n+1) && !v.verbPhraseAt(n+1, cut) {
				return n
			}
			return -1
		case clauseWords[t.lower] || isVerbForm(*t) || (v.lex.cues[t.lower] != cueInfo{}):
			return -1
		}
	}
	return -1
}

// maxListItem is the longest list item, in tokens, that listEnd reads.
const maxListItem = 6

// sayAhead reports whether a "say" cue follows token i within a few words
// and no punctuation, after a subject: and half said so; while others say.
func (v *view) sayAhead(i, s1 int) bool {
	for m := i; m < s1 && m-i <= maxSayAhead; m++ {
		t := &v.toks[m]
		if t.kind != tWord {
			return false
		}
		if info, ok := v.lex.cues[t.lower]; ok {
			return info.lemma == "say" && m > i && !v.is(m-1, "to") && !v.is(m-1, "that")
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
func (v *view) verbPhraseAt(vb, s1 int) bool {
	for n := 0; n < 2 && vb < s1 && v.toks[vb].kind == tWord && (strings.HasSuffix(v.toks[vb].lower, "ly") || verbAdverbs[v.toks[vb].lower]); n++ {
		vb++
	}
	if vb+1 >= s1 || !isVerbForm(v.toks[vb]) {
		return false
	}
	o := &v.toks[vb+1]
	return o.kind == tWord && (determiners[o.lower] || o.cap || objectPronouns[o.lower] || o.lower == "that" || o.lower == "to")
}

// sharedPredicate reports whether the verb after "and" at token i goes on
// a reported clause that starts at token k, rather than being a second
// predicate of the speaker's: said the storm had hit the harbour and
// damaged the pier (not a cue word), against praised the plan and called for
// calm (a cue). A quotation after it keeps the cut, as before.
func (v *view) sharedPredicate(k, i, s1 int) bool {
	if !v.is(k, "that") && !v.clauseStart(k) || v.quoteIn(i, s1) {
		return false
	}
	for n := 0; n < 2 && i < s1 && v.toks[i].kind == tWord && (strings.HasSuffix(v.toks[i].lower, "ly") || verbAdverbs[v.toks[i].lower]); n++ {
		i++
	}
	if i >= s1 {
		return false
	}
	_, cue := v.cueAt(i)
	return !cue
}

// verbAdverbs may stand before a second verb: and even questioned.
var verbAdverbs = map[string]bool{"even": true, "also": true, "then": true, "later": true, "still": true, "again": true, "never": true, "quickly": true}

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

// inGroupPlaces reports whether the "and" at token m joins the places of a
// group (farmers in Ohio and Utah want …), not two clauses.
func (v *view) inGroupPlaces(m int) bool {
	if m+1 >= len(v.toks) || !v.toks[m+1].cap {
		return false
	}
	_, ok := v.groupHeadBefore(m + 1)
	return ok
}

// newPredicate reports whether the tokens from i start a new predicate
// with its own cue: [and] called it, [but] he also argued, [while] Smith
// said.
func (v *view) newPredicate(i, s1 int) bool {
	for m := i; m < s1 && m < i+5; m++ {
		t := &v.toks[m]
		if t.kind == tPunct && v.isPunct(m, ",") {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if info, ok := v.cueAt(m); ok && !t.cap && !info.ing {
			return true
		}
		if !predicateLead[t.lower] && !t.cap {
			return false
		}
	}
	return false
}

// emit records the statement whose content is tokens [i, j).
// writerAfterQuote reports whether the words from token n, after a
// quotation that opens reported content, are the writer's: a phrase that
// says where, when or to whom, a second verb, or another speaker.
func (v *view) writerAfterQuote(n int) bool {
	if n >= len(v.toks) || v.toks[n].kind != tWord {
		return false
	}
	w := v.toks[n].lower
	return ppWords[w] || quoteAdjuncts[w] || (w == "and" || w == "but") && n+1 < len(v.toks) && isVerbForm(v.toks[n+1])
}

// quoteAdjuncts open a phrase that, after a quotation, belongs to the
// writer: "…" until the crowd left, "…" moments after polls closed.
var quoteAdjuncts = map[string]bool{"until": true, "as": true, "when": true, "moments": true, "because": true, "although": true, "though": true, "amid": true, "despite": true, "toward": true, "towards": true, "into": true, "onto": true, "across": true}

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

// maxAside is the longest aside between dashes, in tokens, that may stand
// between a cue and its content.
const maxAside = 12

// appositiveEnd returns the comma that closes an appositive opened by the
// comma at m inside an object (called Bell, his rival, a "fraud"), when
// the object goes on after it, or -1.
func (v *view) appositiveEnd(m, cut int) int {
	if m+1 >= cut || !determiners[v.toks[m+1].lower] {
		return -1
	}
	for n := m + 2; n < cut && n-m <= maxAppositiveWords; n++ {
		t := &v.toks[n]
		if v.isPunct(n, ",") {
			if n+1 < cut && v.toks[n+1].kind != tPunct && !v.clauseStart(n+1) && !isParticiple(v.toks[n+1]) && !contrastWords[v.toks[n+1].lower] && !v.lex.isCue(v.toks[n+1].lower) {
				return n
			}
			return -1
		}
		if t.kind != tWord || clauseWords[t.lower] || isVerbForm(*t) || v.lex.isCue(t.lower) {
			return -1
		}
	}
	return -1
}

// maxAppositiveWords is the longest appositive, in tokens, that
// appositiveEnd skips inside an object.
const maxAppositiveWords = 8

// frontedAdverbial reports whether tokens [i, j), before a speaker and a
// cue, are a phrase that says when or where rather than what was said: On
// Sunday, Bell said …; In the coming months, he vowed …
func (v *view) frontedAdverbial(i, j int) bool {
	if j-i > maxAdverbial || v.toks[i].kind != tWord || !(clauseOpeners[v.toks[i].lower] || weekdays[v.toks[i].lower] || timeWords[v.toks[i].lower] || v.timeAgo(i, j) ||
		v.is(i, "back") && (v.is(i+1, "in") || v.is(i+1, "on"))) {
		return false
	}
	if (v.is(i, "this") || v.is(i, "that")) && i+1 < j && v.singularVerb(i+1) {
		return false // This includes …, That means …: a subject and its verb
	}
	for m := i; m < j; m++ {
		t := &v.toks[m]
		if t.cap && t.lower == "may" && m > i {
			continue // On May 5: a month, not a modal
		}
		if t.kind == tQuote || t.kind == tWord && (clauseWords[t.lower] && t.lower != "that" || isVerbForm(*t) || v.lex.isCue(t.lower)) {
			return false
		}
	}
	return true
}

// timeAgo reports whether tokens [i, j) end in a unit of time and "ago" or
// "later": Six months ago, Less than 30 minutes later, Minutes later.
func (v *view) timeAgo(i, j int) bool {
	if j-i < 2 || !(v.is(j-1, "ago") || v.is(j-1, "later")) || !timeUnits[v.toks[j-2].lower] {
		return false
	}
	for m := i; m < j-2; m++ {
		t := &v.toks[m]
		if t.kind != tWord || !(quantityWords[t.lower] || t.lower[0] >= '0' && t.lower[0] <= '9') {
			return false // Ohio's law six years ago: a noun phrase, not a time
		}
	}
	return true
}

// quantityWords count the units before "ago" and "later": less than 30
// minutes later, a few days ago.
var quantityWords = map[string]bool{"a": true, "few": true, "several": true, "some": true, "less": true, "more": true, "than": true, "about": true, "just": true, "only": true, "nearly": true, "almost": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "twelve": true, "twenty": true, "thirty": true, "many": true}

// timeUnits are the units of time before "ago" and "later".
var timeUnits = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "moments": true}

// maxAdverbial is the longest fronted phrase, in tokens, that
// frontedAdverbial takes for one.
const maxAdverbial = 10

// timeWords open a phrase of time: Late last month, Friday morning.
var timeWords = map[string]bool{"late": true, "early": true, "next": true, "moreover": true, "meanwhile": true, "earlier": true, "later": true, "now": true, "today": true, "yesterday": true, "tonight": true}

// spacedDash reports whether token i is a dash that sets words apart: an
// em or en dash, or a hyphen after a space (said - or hinted -- that),
// not one left by a line break (con- clusion) or a grade (a D- rating).
func (v *view) spacedDash(i int) bool {
	if !v.isDash(i) {
		return false
	}
	if v.text[v.toks[i].start] != '-' {
		return true
	}
	st := v.toks[i].start
	return st > 0 && (v.text[st-1] == ' ' || v.text[st-1] == '-' && st > 1 && v.text[st-2] == ' ')
}

// asideEnd returns the dash that closes an aside opened by the dash at m
// (the troops – about 9,000 in April – lag the target), when words follow
// it before s1, or -1.
func (v *view) asideEnd(m, s1 int) int {
	n := m + 1
	for n < s1 && v.isDash(n) && v.text[v.toks[n].start] == '-' {
		n++ // the second hyphen of "--"
	}
	for ; n < s1 && n-m <= maxDashAside; n++ {
		if v.spacedDash(n) {
			e := n
			for e+1 < s1 && v.isDash(e+1) && v.text[v.toks[e+1].start] == '-' {
				e++
			}
			if e+1 < s1 && v.toks[e+1].kind == tWord && !v.toks[e+1].cap && !asideStops[v.toks[e+1].lower] {
				return e
			}
			return -1
		}
	}
	return -1
}

// maxDashAside is the longest aside between dashes, in tokens, that
// asideEnd reads inside reported content.
const maxDashAside = 30

// asideStops after the dash that closes an aside open a clause of the
// writer's: … – a novelty – but his team …; – 38 percent – who said.
var asideStops = map[string]bool{"but": true, "and": true, "or": true, "who": true, "which": true, "while": true, "so": true}

// dashGoesOn after a dash go on with the reported clause rather than the
// writer's remark: – and, – or, – either …, – especially …
var dashGoesOn = map[string]bool{"and": true, "or": true, "either": true, "whether": true, "unless": true, "especially": true, "particularly": true, "including": true, "like": true, "such": true, "for": true, "if": true, "from": true, "before": true}

// subjectPronouns open a clause of their own after "and": and he …
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// innerRelativeEnd returns the comma that closes a relative clause opened by
// the comma at m (the group, which has lost ground, is …; praised Bell,
// who left the race, as "a fighter"), when the clause it interrupts goes
// on after it with a verb, "as" or "for", or -1.
func (v *view) innerRelativeEnd(m, cut int) int {
	if !v.isPunct(m, ",") || m+1 >= cut || !(v.is(m+1, "who") || v.is(m+1, "whose") || v.is(m+1, "which")) {
		return -1
	}
	for n := m + 2; n < cut && n-m <= maxRelative; n++ {
		t := &v.toks[n]
		if t.kind == tPunct {
			if v.isPunct(n, ",") && n+1 < cut && v.toks[n+1].kind == tWord && !v.toks[n+1].cap && (verbAfterCue[v.toks[n+1].lower] || v.is(n+1, "as") || v.is(n+1, "for")) {
				return n
			}
			return -1
		}
	}
	return -1
}

// nameAppositiveEnd returns the comma that closes a name set between
// commas after a noun in lower case (called the firm's chief, Ann Bell,
// "driven"; assailed a judge, Tom Hale, for his ruling), when a quotation,
// "as" or "for" follows it, or -1.
func (v *view) nameAppositiveEnd(m, cut int) int {
	if !v.isPunct(m, ",") || m+1 >= cut || m < 1 || !v.toks[m+1].cap || v.toks[m-1].kind != tWord || v.toks[m-1].cap {
		return -1
	}
	for n := m + 1; n < cut && n-m <= maxNameWords; n++ {
		t := &v.toks[n]
		if v.isPunct(n, ",") {
			if n+1 < cut && (v.toks[n+1].kind == tQuote || v.is(n+1, "as") || v.is(n+1, "for")) {
				return n
			}
			return -1
		}
		if v.isPunct(n, ".") && n > m+1 && len(v.toks[n-1].lower) == 1 {
			continue // an initial: J. Michael Pearson
		}
		if t.kind != tWord || !t.cap {
			return -1
		}
	}
	return -1
}

// maxNameWords is the longest name, in tokens, that nameAppositiveEnd reads.
const maxNameWords = 6

// maxRelative is the longest relative clause, in tokens, that innerRelativeEnd
// reads inside reported content.
const maxRelative = 30

// quoteEndsWithComma reports whether token i is a quotation whose words end
// with a comma inside the marks: "Dunn," Bell joked.
func (v *view) quoteEndsWithComma(i int) bool {
	return i >= 0 && i < len(v.toks) && v.toks[i].kind == tQuote && strings.HasSuffix(v.quoteTail(v.toks[i].quote), ",")
}

// auxPredicate reports whether the words from token i, after "and" or
// "but" in an object that starts at token k, open a predicate with a
// finite auxiliary (and has been, but was acquitted, and is now): no noun
// phrase goes on that way, so the speaker's next act begins there. Not
// after "that" or a clause with its own subject, which the verb may go on.
func (v *view) auxPredicate(k, i, s1 int) bool {
	if v.is(k, "that") || v.clauseStart(k) || v.quoteIn(k, s1) {
		return false
	}
	for n := 0; n < 2 && i < s1 && v.toks[i].kind == tWord && (strings.HasSuffix(v.toks[i].lower, "ly") || verbAdverbs[v.toks[i].lower]); n++ {
		i++
	}
	return i+1 < s1 && v.toks[i].kind == tWord && finiteAux[v.toks[i].lower] && v.toks[i+1].kind == tWord
}

// finiteAux are finite forms of be, have and do.
var finiteAux = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "did": true, "does": true}
