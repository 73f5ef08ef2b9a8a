package speakers

// The content bounds of a cue: where what the speaker said starts and ends,
// after the cue and before it, once the subject rules have found who
// speaks. It only reads the text.

import (
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// bounds are the content of a cue and what its shape tells.
type bounds struct {
	k, cut     int  // the content after the cue, tokens [k, cut)
	joined     bool // the content ends where a second predicate joins: said X and praised …
	colon      bool // a colon follows the cue
	objectless bool // a comma follows the cue: whom she supported, Ann Bell smiled
	hasAfter   bool // there are words or quotations in [k, cut)
	afterQuote bool // the content after the cue opens with a quotation
	afterThat  bool // the content after the cue opens with "that"
	// relEnd, when above 0, ends a content that is a relative word and a
	// quotation: what critics called "a cartel".
	relEnd      int
	bFrom, bTo  int  // the content before the cue, tokens [bFrom, bTo)
	commaBefore bool // a comma or dash ends the content before the cue
	hasBefore   bool // there is content before the cue
	beforeQuote bool // the content before the cue is one quotation
	quoteAfter  bool // a speech or fragment quotation stands after the cue
	clause      bool // the content after the cue reads as a reported clause
	scare       bool // a scare quote or a name in quotation marks stands after the cue
	steps       int  // the tokens scanned for a second speaker
}

// bounds returns the content bounds of the cue at s, whose speaker sub is.
func (s *cueSite) bounds(sub subject) bounds {
	var b bounds
	k := s.contentStart(sub)
	if p := s.skipParticle(k); p > k && (s.isPunct(p, ",") || s.isPunct(p, ":")) && p+1 < s.s1 && s.toks[p+1].kind == tQuote {
		k = p // wrote back, "…"; said quietly: "…"
	}
	b.objectless = s.isPunct(k, ",")
	if s.isPunct(k, ":") || s.isPunct(k, ",") && k+1 < s.s1 && (s.toks[k+1].kind == tQuote || k+1 < s.s1 && s.toks[k+1].kind == tWord) {
		b.colon = s.isPunct(k, ":")
		k++
	}
	b.k = k
	b.cut, b.joined, b.steps = s.contentEnd(k)
	if s.is(k, "so") && k+1 < b.cut && s.toks[k+1].kind == tWord && (occasionPreps[s.toks[k+1].lower] || adjunctOpeners[s.toks[k+1].lower]) {
		b.cut = k + 1 // half said so in the earlier poll: "so" is the content
	}
	if !b.colon && !sub.inverted && (s.info.theme || !s.info.strong) {
		b.cut = s.objectEnd(k, b.cut)
	}
	if !b.colon && sub.subjFrom > s.s0 && (s.is(sub.subjFrom, "who") || s.is(sub.subjFrom, "which")) && s.isPunct(sub.subjFrom-1, ",") {
		b.cut = s.relativeEnd(k, b.cut)
	} else if !b.colon && sub.subjFrom > s.s0 && (s.is(sub.subjFrom, "who") || s.is(sub.subjFrom, "which") || s.is(sub.subjFrom, "that")) {
		if s.info.theme && s.is(sub.subjFrom, "who") && !s.isPunct(sub.subjFrom-1, ",") {
			b.cut = s.restrictiveEnd(k, b.cut)
		}
		b.cut = s.mainClauseEnd(k, b.cut)
	}
	for m := k; m < b.cut; m++ {
		if s.toks[m].kind != tPunct {
			b.hasAfter = true
			break
		}
	}
	b.afterQuote = k < b.cut && s.toks[k].kind == tQuote
	b.afterThat = s.is(k, "that")
	b.relEnd = s.relativeContent(sub, b)
	s.before(sub, &b)
	s.clauseShape(&b)
	return b
}

// contentStart returns where the content after the cue starts: after the
// hearer and a phrase before the content (told reporters in Beijing on
// Monday that …), and after the preposition of a theme cue (called for
// calm).
func (s *cueSite) contentStart(sub subject) int {
	k, s1, info := sub.k, s.s1, s.info
	m := s.thatAhead(k, s1)
	if m < 0 && info.object && !sub.inverted {
		m = s.thatAfterPlace(k, s1)
	}
	if m >= 0 {
		k = m
	} else {
		if info.object && !sub.inverted && k < s1 && s.toks[k].kind == tWord {
			h := k
			if objectPronouns[s.toks[k].lower] {
				k++
			} else if e, ok := s.npAfter(k); ok {
				k = e
			}
			if s.is(k, "to") && k > h {
				k = h // told Bell to wait: the hearer is part of the request
			}
		}
		if k+1 < s1 && weekdays[s.toks[k].lower] && s.toks[k+1].kind == tWord {
			k++ // announced Sunday she will resign
		}
		if k+1 < s1 && len(s.toks[k].lower) > 4 && strings.HasSuffix(s.toks[k].lower, "ly") && !s.toks[k].cap && (s.is(k+1, "that") || s.clauseStart(k+1)) {
			k++ // have said repeatedly they …
		}
		k = s.skipAside(k)
		if k < s1 && s.toks[k].kind == tWord && ppWords[s.toks[k].lower] && !(s.is(k, "to") && (info.theme || s.infinitive(k))) {
			if m := s.skipPhrase(k, s1); m >= 0 && !(m == s1 && info.theme && s.onRequest(k, s1)) {
				k = m // said in a statement on Monday that …
			}
			if s.isPunct(k, ",") && k+1 < s1 && s.toks[k+1].kind == tWord && ppWords[s.toks[k+1].lower] {
				// announced on her page, in capital letters, "…"
				if m := s.skipPhrase(k+1, s1); m >= 0 && s.isPunct(m, ",") && m+1 < s1 && s.toks[m+1].kind == tQuote && s.plainPhrase(k+1, m) {
					k = m
				}
			}
		}
	}
	if (s.is(k, "of") || s.is(k, "about")) && !sub.inverted {
		if m := s.colonBeforeQuote(k + 1); m > 0 {
			return m // said of Bell: "…": the quotation is the content
		}
	}
	if info.theme && !sub.inverted && k < s1 && s.toks[k].kind == tWord && (themePreps[s.toks[k].lower] || (s.is(k, "to") || s.is(k, "out")) && (info.lemma == "refer" || info.lemma == "pointed" || info.lemma == "allude" || info.adj && info.after == "to")) {
		k++ // called for calm, warned of risks, referring to the law, pointed out the errors, alluded to her failings
	}
	return k
}

// plainPhrase reports whether tokens [i, j) hold no clause of their own:
// no relative word and no cue (in all capitals, not in which he declares).
func (s *cueSite) plainPhrase(i, j int) bool {
	for m := i; m < j; m++ {
		if t := &s.toks[m]; t.kind == tWord && (clauseWords[t.lower] || t.lower == "whom" || t.lower == "whose" || s.lex.isCue(t.lower)) {
			return false
		}
	}
	return true
}

// skipAside returns the token after an aside between dashes that opens at
// token k (said — on Twitter, as it happens — that …), or k.
func (s *cueSite) skipAside(k int) int {
	if !s.isDash(k) {
		return k
	}
	for m := k + 1; m < s.s1 && m-k <= maxAside; m++ {
		if s.isDash(m) {
			if m+1 < s.s1 && s.toks[m+1].kind != tPunct {
				return m + 1
			}
			break
		}
	}
	return k
}

// contentEnd returns where the content that starts at token k ends, whether
// a second predicate ends it, and the tokens scanned for a second speaker.
func (s *cueSite) contentEnd(k int) (cut int, joined bool, steps int) {
	cut, joined = s.clauseEnd(k, s.s1)
	if s.adjunctAfterQuote(k, cut) {
		cut = k + 1 // yelled "Stop!" at the crowd
	}
	if s.info.theme && !s.is(k, "that") && s.info.act != Finding {
		// The object of endorsed, called, urged ends at a comma, unless
		// the comma is part of a list: named Tapper, Bash and Blitzer.
		for m := k + 1; m < cut; m++ {
			if !s.isPunct(m, ",") {
				continue
			}
			if and := s.listEnd(m, cut); and > m {
				m = and
				continue
			}
			if e := s.appositiveEnd(m, cut); e > m {
				m = e // called Dunn, his rival, a "danger"
				continue
			}
			if e := s.nameAppositiveEnd(m, cut); e > m {
				m = e // called the firm's chief, Ann Bell, "driven"
				continue
			}
			if e := s.innerRelativeEnd(m, cut); e > m {
				m = e // praised Bell, who left the race, as "a fighter"
				continue
			}
			if e := s.objectCommaGoesOn(m, cut); e >= m {
				m = e // described him as a generous, kind man; described migrants, in particular, as "thieves"
				continue
			}
			cut = m
			break
		}
	}
	n, steps := s.nextSpeaker(k, cut)
	if n < cut {
		cut = n // …, a man shouted "Stay there!"
		for cut > k && s.toks[cut-1].kind == tPunct && isFinalPunct(s.word(cut-1)) {
			cut--
		}
	}
	return cut, joined, steps
}

// relativeContent returns the end of a content that is the relative word
// before the speaker and a quotation after the cue (what critics called "a
// cartel", which he described as "…"), or 0.
func (s *cueSite) relativeContent(sub subject, b bounds) int {
	subjFrom, k, cut := sub.subjFrom, b.k, b.cut
	if !s.info.theme || subjFrom <= sub.pos || subjFrom <= s.s0 || !(s.is(subjFrom-1, "what") || s.is(subjFrom-1, "which") || s.is(subjFrom-1, "whom")) || !b.hasAfter {
		return 0
	}
	if k >= cut || !s.quoteIn(k, cut) {
		return 0
	}
	end := k
	for end < cut && s.toks[end].kind != tQuote {
		end++
	}
	return end + 1
}

// before sets the content before the cue: "…," she said / …, officials
// said.
func (s *cueSite) before(sub subject, b *bounds) {
	c, pos, subjFrom := s.c, sub.pos, sub.subjFrom
	after := sub.inverted || sub.rule == RuleParticiple // the speaker is not between the content and the cue
	bTo := subjFrom
	if after {
		bTo = c
	}
	for bTo > pos && (s.isPunct(bTo-1, ",") || s.isDash(bTo-1)) {
		bTo--
	}
	b.commaBefore = bTo < subjFrom || bTo < c && after || s.commaBefore(subjFrom) && subjFrom > pos
	bFrom := pos
	for bFrom < bTo && s.toks[bFrom].kind == tPunct {
		bFrom++
	}
	if !b.hasAfter && bTo-2 >= bFrom && s.toks[bTo-1].kind == tQuote && s.isPunct(bTo-2, ":") {
		bFrom = bTo - 1 // … with a caveat: "…," the source said
	}
	if !b.hasAfter && bTo-1 > bFrom && s.toks[bTo-1].kind == tQuote && !s.quoteIn(bFrom, bTo-1) {
		for m := bTo - 2; m > bFrom+2; m-- {
			if s.isPunct(m-1, ",") && (s.is(m, "and") || s.is(m, "but")) && s.clauseStart(m+1) {
				bFrom = m + 1 // …, and the group is "overrun," Bell said
				break
			}
		}
	}
	b.hasBefore = bFrom < bTo && sub.rule != RuleParticiple && !s.is(subjFrom, "who") && !s.is(subjFrom, "which") && !s.frontedAdverbial(bFrom, bTo)
	b.beforeQuote = b.hasBefore && bTo-bFrom == 1 && s.toks[bFrom].kind == tQuote
	b.bFrom, b.bTo = bFrom, bTo
}

// clauseShape sets what the content after the cue holds: quotations, and
// whether it reads as a reported clause rather than an object (said [that]
// they would go, not wrote a book). In a sentence that a subordinator
// opens, the content ends at the first comma.
func (s *cueSite) clauseShape(b *bounds) {
	k := b.k
	for m := k; m < b.cut; m++ {
		if s.toks[m].kind == tQuote && s.quotes[s.toks[m].quote].Kind <= quotes.Fragment {
			b.quoteAfter = true
		}
	}
	minWords := 3
	if b.joined {
		minWords = 2 // said relations matter and praised …
	}
	if k+1 == b.cut && (s.is(k, "yes") || s.is(k, "no") || s.is(k, "so")) && s.info.lemma == "say" {
		minWords = 1 // 72 percent said yes
	}
	if minWords > 2 && k < b.cut && speakerPronouns[contractionStem(s.toks[k].lower)] && s.toks[k].lower != "who" && s.toks[k].lower != "which" {
		minWords = 2 // I think it's good
	}
	if s.s0 < s.c && subordinators[s.toks[s.s0].lower] || s.openingParticiple() {
		// While Bell said the plan works, she … : the clause ends at the
		// comma; so does that of a participle that opens the sentence
		// (Noting that the plan works, Bell …).
		for m := k + 1; m < b.cut; m++ {
			if s.isPunct(m, ",") {
				b.cut = m
				break
			}
			if s.quoteEndsWithComma(m) && m+1 < b.cut {
				b.cut = m + 1 // While Bell said it was "fine," the crews …
				break
			}
		}
	}
	cut, afterThat := b.cut, b.afterThat
	b.clause = afterThat && s.wordsIn(k, cut) >= minWords+1 || !afterThat && s.wordsIn(k, cut) >= minWords && (!s.is(k, "a") && !s.is(k, "an") || s.clauseStart(k) || s.longSubjectClause(k, cut)) && !s.is(k, "to")
	for m := k; m < cut; m++ {
		if s.toks[m].kind == tQuote && s.quotes[s.toks[m].quote].Kind > quotes.Fragment {
			b.scare = true
		}
	}
}

// openingParticiple reports whether the cue is a participle that opens
// its sentence: Noting that …, Bell …; its content is a clause of its
// own, before the main clause.
func (s *cueSite) openingParticiple() bool {
	return s.c == s.s0 && s.info.ing
}

// longSubjectClause reports whether the words from token k, which opens
// with "a" or "an", are a clause whose subject is a noun phrase longer than
// clauseStart reads: a carbon price in the United States could replace
// the rules. An auxiliary must follow within maxSubjectWords words, with no
// punctuation, verb form or "that" before it.
func (s *cueSite) longSubjectClause(k, cut int) bool {
	for m := k + 1; m < cut && m <= k+maxSubjectWords; m++ {
		t := &s.toks[m]
		if t.kind != tWord || t.lower == "that" || t.lower == "who" || t.lower == "which" || isVerbForm(*t) && !s.adjectivalParticiple(m, cut) {
			return false
		}
		if verbAfterCue[t.lower] {
			return m > k+1
		}
	}
	return false
}

// adjectivalParticiple reports whether the verb form at m stands before a
// noun, as an adjective: a properly calibrated carbon price.
func (s *cueSite) adjectivalParticiple(m, cut int) bool {
	n := m + 1
	return n < cut && s.toks[n].kind == tWord && !s.toks[n].cap && !ppWords[s.toks[n].lower] && !objectPreps[s.toks[n].lower] && !verbAfterCue[s.toks[n].lower] && !isVerbForm(s.toks[n]) && !determiners[s.toks[n].lower]
}

// maxSubjectWords is the longest subject, in words, longSubjectClause
// reads before the auxiliary.
const maxSubjectWords = 12

// objectEnd returns where a noun-phrase object that starts at token k, of
// a cue whose object can be the content (endorsed Bell, denied the
// accusations), ends before cut: before a phrase of time, place or manner
// that tells when or how it was done, not what (endorsed Bell in
// December; thanked the nurses through a spokeswoman; criticized Bell
// during a rally on Friday; defended the budget by citing the costs). A clause (a pronoun subject, a verb form, an
// infinitive) or a content with a quotation is left whole.
func (s *cueSite) objectEnd(k, cut int) int {
	if k >= cut || s.toks[k].kind != tWord || s.is(k, "that") || speakerPronouns[s.toks[k].lower] || themePreps[s.toks[k].lower] || s.quoteIn(k, cut) {
		return cut
	}
	for m := k; m < cut; m++ {
		t := &s.toks[m]
		if t.kind != tWord {
			if t.kind == tQuote || m == k {
				return cut
			}
			continue
		}
		if m > k && (adjunctOpeners[t.lower] || weekdays[t.lower] && !s.nameWord(m+1) || occasionPreps[t.lower] && s.whenOrWhere(m+1) || t.lower == "by" && s.gerundAt(m+1)) {
			return m
		}
		if isVerbForm(*t) || verbAfterCue[t.lower] || t.lower == "to" || t.lower == "that" || t.lower == "who" || t.lower == "which" || s.lex.isCue(t.lower) {
			return cut // a clause of its own: he said the plan failed in May
		}
	}
	return cut
}

// adjunctOpeners open a phrase after an object that tells when, where or
// how something was done: endorsed Bell in December.
var adjunctOpeners = map[string]bool{"during": true, "before": true, "after": true, "when": true, "while": true, "through": true, "across": true, "amid": true, "following": true, "despite": true, "since": true, "because": true, "until": true, "last": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "but": true}

// whenOrWhere reports whether the words at m, after "in", "at" or "on",
// name a time or an occasion rather than part of a noun phrase: in
// December, in 2011, at a rally, on Twitter, on its Facebook page, in
// the wake of the vote.
func (s *cueSite) whenOrWhere(m int) bool {
	if m >= s.s1 || s.toks[m].kind != tWord {
		return false
	}
	w := s.toks[m].lower
	if months[w] || weekdays[w] || len(w) == 4 && isNumber(w) {
		return true
	}
	if w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "this" || s.toks[m].poss {
		for n := m + 1; n < s.s1 && n <= m+3 && s.toks[n].kind == tWord; n++ {
			if occasions[s.toks[n].lower] {
				return true
			}
		}
	}
	return occasions[w]
}

// months name a time after "in": endorsed Bell in March.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// occasions are where something is said or done: at a rally, in an
// interview, on Twitter.
var occasions = map[string]bool{"rally": true, "interview": true, "statement": true, "speech": true, "debate": true, "conference": true, "briefing": true, "event": true, "letter": true, "op-ed": true, "email": true, "tweet": true, "twitter": true, "facebook": true, "town": true, "hearing": true, "meeting": true, "dinner": true, "luncheon": true, "forum": true, "campaign": true, "appearance": true, "television": true, "radio": true, "broadcast": true, "show": true, "video": true, "post": true,
	"wake": true, "page": true, "floor": true, "commercial": true, "ad": true, "print": true, "column": true, "memo": true, "podcast": true, "session": true, "stop": true, "visit": true, "address": true, "channel": true, "tweets": true, "posts": true, "news": true}

// occasionPreps open a phrase of time or occasion after an object: in
// December, at a rally, on Twitter, with radio host Tom Dunn, from the
// Senate floor.
var occasionPreps = map[string]bool{"in": true, "at": true, "on": true, "with": true, "from": true}

// relativeEnd returns where the content that starts at token k, of a cue
// in a relative clause between commas, ends before cut: at the comma that
// closes the relative clause, before the main verb (Bell, who had said she
// would run, criticized Dunn: the content is "she would run").
func (s *cueSite) relativeEnd(k, cut int) int {
	nested := false // inside a relative clause of the content: the plan, which failed, …
	for m := k + 1; m+1 < cut; m++ {
		if s.toks[m].kind == tQuote {
			return cut
		}
		if !s.isPunct(m, ",") || s.toks[m+1].kind != tWord || s.toks[m+1].cap {
			continue
		}
		w := s.toks[m+1].lower
		if w == "who" || w == "which" || w == "whose" {
			nested = true
			continue
		}
		if nested {
			nested = false
			continue
		}
		if verbAfterCue[w] || isVerbForm(s.toks[m+1]) && !strings.HasSuffix(w, "ing") {
			return m
		}
		if info, ok := s.cueAt(m + 1); ok && !info.ing {
			return m
		}
	}
	return cut
}

// restrictiveEnd returns where the object of a theme cue in a restrictive
// relative clause ends before cut: before the auxiliary of the main clause
// (respondents who support Bell are in college: the content is "Bell").
func (s *cueSite) restrictiveEnd(k, cut int) int {
	for m := k + 1; m < cut; m++ {
		t := &s.toks[m]
		if t.kind != tWord || t.lower == "that" || t.lower == "who" || t.lower == "which" || t.lower == "to" {
			return cut
		}
		if verbAfterCue[t.lower] {
			return m
		}
	}
	return cut
}

// mainClauseEnd returns where the content of a cue in a relative clause
// with no comma before it ends: before a comma and the subject and cue of
// the main clause (generals who agree with him, Bell said …), or cut.
func (s *cueSite) mainClauseEnd(k, cut int) int {
	for m := k - 1; m+2 < cut; m++ {
		if !s.isPunct(m, ",") || s.toks[m+1].kind != tWord || !(s.toks[m+1].cap || isPersonPronoun(s.toks[m+1].lower) || isPluralPronoun(s.toks[m+1].lower)) {
			continue
		}
		for n := m + 2; n < cut && n <= m+5 && s.toks[n].kind == tWord; n++ {
			if info, ok := s.cueAt(n); ok && info.strong && !info.ing && !s.toks[n].cap {
				return m
			}
		}
	}
	return cut
}

// nameWord reports whether token m is a capitalised word that goes on a
// name (a memoir by Ann Bell), not a month (Friday, March 3).
func (s *cueSite) nameWord(m int) bool {
	return m < s.s1 && s.toks[m].kind == tWord && s.toks[m].cap && !months[s.toks[m].lower]
}

// gerundAt reports whether a gerund stands at token m, after at most one
// adverb: (rebuked Bell) by publicly expressing …, by citing ….
func (s *cueSite) gerundAt(m int) bool {
	if m < s.s1 && s.toks[m].kind == tWord && strings.HasSuffix(s.toks[m].lower, "ly") {
		m++
	}
	return m < s.s1 && s.toks[m].kind == tWord && !s.toks[m].cap && len(s.toks[m].lower) > 4 && strings.HasSuffix(s.toks[m].lower, "ing") && !nonParticiples[s.toks[m].lower]
}

// colonBeforeQuote returns the colon or comma that a quotation follows
// within a few words of token k, with no other punctuation before it, or
// -1: said of Ann Bell: "…"; said about the strike, "…".
func (s *cueSite) colonBeforeQuote(k int) int {
	for m := k; m < s.s1 && m < k+maxSkippedPhrase; m++ {
		if s.toks[m].kind == tWord {
			continue
		}
		if (s.isPunct(m, ":") || s.isPunct(m, ",")) && m > k && m+1 < s.s1 && s.toks[m+1].kind == tQuote {
			return m
		}
		return -1
	}
	return -1
}

// adjunctAfterQuote reports whether the content that starts at token k is
// a quotation followed by a phrase of the writer's that tells when, where
// or to whom it was said, not what: yelled "Stop!" at the crowd, chanted
// "Four more years" until the end.
func (s *cueSite) adjunctAfterQuote(k, cut int) bool {
	if k+1 >= cut || s.toks[k].kind != tQuote || s.toks[k+1].kind != tWord {
		return false
	}
	return afterQuoteAdjuncts[s.toks[k+1].lower]
}

// afterQuoteAdjuncts open a phrase after a quotation that tells when or where
// it was said; "in", "with", "as" and "despite" often go on with what was
// said, and are left out.
var afterQuoteAdjuncts = map[string]bool{"at": true, "until": true, "before": true, "after": true, "when": true, "while": true, "during": true, "since": true, "because": true, "amid": true, "following": true}

// objectCommaGoesOn returns where the object of a theme cue goes on past
// the comma at m, or -1: between two adjectives after "a" (a generous,
// kind man) or after a short aside between commas (migrants, in
// particular, as "thieves").
func (s *cueSite) objectCommaGoesOn(m, cut int) int {
	if m+2 >= cut || s.toks[m+1].kind != tWord {
		return -1
	}
	if m >= 2 && (s.is(m-2, "a") || s.is(m-2, "an")) && s.toks[m-1].kind == tWord && !s.toks[m-1].cap && !s.toks[m+1].cap && !s.clauseStart(m+1) && !isParticiple(s.toks[m+1]) && !s.lex.isCue(s.toks[m+1].lower) {
		return m
	}
	if examplesWords[s.toks[m+1].lower] && !s.quoteIn(m, cut) {
		return cut - 1 // cited several factors, including the cost of fuel
	}
	for _, a := range objectAsides {
		e := m + 1 + len(a)
		if e >= cut || !s.isPunct(e, ",") {
			continue
		}
		ok := true
		for i, w := range a {
			ok = ok && s.is(m+1+i, w)
		}
		if ok {
			return e
		}
	}
	return -1
}

// examplesWords after a comma open examples of the object, which are part
// of it (unless a quotation follows): cited several factors, including the
// weather; criticized the fees, such as the charge for parking.
var examplesWords = map[string]bool{"including": true, "such": true, "especially": true, "particularly": true, "notably": true}

// objectAsides are the short asides that an object goes on after.
var objectAsides = [][]string{{"in", "particular"}, {"for", "example"}, {"for", "instance"}, {"in", "part"}, {"in", "effect"}}

// onRequest reports whether the words from k to the end of the sentence s1
// are "on", a hearer and an infinitive after a theme cue: called on the
// state to repair the pier. That is the request, not an occasion to skip
// (said on Tuesday.).
func (s *cueSite) onRequest(k, s1 int) bool {
	if !s.is(k, "on") {
		return false
	}
	for m := k + 2; m+1 < s1; m++ {
		if s.is(m, "to") && s.toks[m+1].kind == tWord && !s.toks[m+1].cap {
			return true
		}
	}
	return false
}
