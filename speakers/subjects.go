package speakers

// This file finds who speaks when the noun phrase before a cue is not
// simple: appositives, relative clauses, the subject of the sentence and
// phrases the word lists do not cover.

import (
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// appositiveSubject finds the speaker of a cue that follows an appositive:
// "Tomas Berg, the finance minister, said" or "a delegate, Jim Poolman,
// said". comma is the index of the comma before the cue. It returns the
// tokens of the name.
func (v *view) appositiveSubject(comma, s0, pos int) (from, to int, ok bool) {
	f1, ok1 := v.npBefore(comma)
	if !ok1 || f1 < pos || f1 == comma {
		return 0, 0, false
	}
	if v.toks[comma-1].cap && !speakerPronouns[v.toks[comma-1].lower] {
		// a name after a comma: a delegate on the slate, Jim Poolman, said
		if f1 > s0 && v.isPunct(f1-1, ",") {
			return f1, comma, true
		}
		return 0, 0, false
	}
	// a description after a name: Tomas Berg, the finance minister, said
	if !determiners[v.toks[f1].lower] || f1-1 <= s0 || !v.isPunct(f1-1, ",") {
		return 0, 0, false
	}
	f0, ok0 := v.npBefore(f1 - 1)
	if !ok0 || f0 < pos || !v.toks[f1-2].cap {
		return 0, 0, false
	}
	return f0, f1 - 1, true
}

// longAppositive finds a name before a longer description between commas:
// "…," Ann Bell, 64, a nurse from Salem and a union member, said. comma is
// the comma before the cue. The name must open the clause, after a
// quotation or at the start of the sentence.
func (v *view) longAppositive(comma, s0, pos int) (from, to int, ok bool) {
	sawCue := false
	for m := comma - 1; m > s0 && m >= pos && comma-m <= maxAppositive; m-- {
		t := &v.toks[m]
		if t.kind == tQuote && v.quotes[t.quote].Kind == quotes.Speech {
			return 0, 0, false
		}
		if info, ok := v.lex.cues[t.lower]; t.kind == tWord && ok && !info.ing {
			sawCue = true // a participle may describe: a delegate supporting Bell
		}
		if t.kind != tPunct || !v.isPunct(m, ",") {
			continue
		}
		if sawCue && !v.is(m+1, "who") && !v.is(m+1, "which") && !v.is(m+1, "whose") {
			return 0, 0, false // a cue of its own, unless in a relative clause
		}
		f, ok := v.npBefore(m)
		h := m - 1 // the head of the name, before a party tag: Ann Bell (D-Ore.)
		if v.isPunct(h, ")") {
			for h > f && !v.isPunct(h, "(") {
				h--
			}
			h--
		}
		if !ok || f < pos || h < f || !v.toks[h].cap || speakerPronouns[v.toks[h].lower] {
			continue
		}
		if f > s0 && v.toks[f-1].kind != tQuote && !v.isPunct(f-1, ",") || f == s0 && s0 > 0 && v.toks[s0-1].kind != tQuote && pos != s0 {
			continue
		}
		if v.inRelative(f-1, s0) {
			continue // Ann Bell, whose firm, Paradata, sells data, said
		}
		return f, h + 1, true
	}
	return 0, 0, false
}

// issuer returns the subject of the verb that issued the document named by
// the noun phrase [from, head]: the town [released a statement] saying,
// his office put out a letter that.
func (v *view) issuer(from, head, s0, pos int) (int, int, bool) {
	if !documentNouns[v.toks[head].lower] {
		return 0, 0, false
	}
	vb := from - 1
	if v.is(vb, "out") {
		vb-- // put out, sent out
	}
	if vb <= s0 || !issueVerbs[v.toks[vb].lower] {
		return 0, 0, false
	}
	j := v.skipBetween(vb)
	if j < s0 || v.toks[j].kind != tWord {
		return 0, 0, false
	}
	f, ok := v.npBefore(j + 1)
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
func (v *view) inRelative(c, s0 int) bool {
	if !v.isPunct(c, ",") {
		return false
	}
	for k := c - 1; k > s0 && c-k <= maxAppositive; k-- {
		if v.isPunct(k, ",") {
			return v.is(k+1, "whose") || v.is(k+1, "who") || v.is(k+1, "which")
		}
	}
	return false
}

// maxAppositive is the longest description, in tokens, that longAppositive
// skips between a name and its cue.
const maxAppositive = 24

// clauseOpeners open a phrase before the subject of a sentence.
var clauseOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "when": true, "while": true, "as": true, "if": true, "although": true, "though": true, "since": true, "because": true, "asked": true, "but": true, "and": true, "yet": true, "so": true, "still": true, "meanwhile": true, "however": true, "instead": true, "earlier": true, "later": true, "last": true, "this": true, "that": true, "there": true, "here": true, "for": true, "with": true, "without": true, "by": true, "from": true, "to": true, "of": true, "despite": true, "among": true, "like": true, "unlike": true}

// mainSubject finds the subject of the sentence at s0 before token c: the
// noun phrase that opens it and a verb, with or without a phrase between
// commas after it (Bell, for her part, called …), or the subject after an
// opening phrase (In Salem, Bell called …). It returns the noun phrase
// [from, to); to is where its verb or the comma after it stands.
func (v *view) mainSubject(s0, c int) (from, to int, ok bool) {
	if e, ok := v.subjectAt(s0); ok && e < c {
		if vb := v.afterParens(e); vb < c && v.verbStart(vb) {
			return s0, e, true
		}
		if v.isPunct(e, ",") {
			m := e + 1
			for m < c && m < e+10 && !v.isPunct(m, ",") && v.toks[m].kind == tWord {
				m++
			}
			if v.isPunct(m, ",") && m+1 < c && v.verbStart(m+1) {
				return s0, e, true
			}
		}
	}
	return v.clauseSubject(s0, c)
}

// afterParens returns the token after a short parenthesis that starts at
// token e (Rep. Ann Bell (D-Ore.) said), or e.
func (v *view) afterParens(e int) int {
	if !v.isPunct(e, "(") {
		return e
	}
	for m := e + 1; m < len(v.toks) && m-e <= 8; m++ {
		if v.isPunct(m, ")") {
			return m + 1
		}
	}
	return e
}

// verbStart reports whether token m may begin the verb phrase after a
// subject: a lower-case word that is not a preposition, conjunction or
// determiner.
func (v *view) verbStart(m int) bool {
	t := &v.toks[m]
	return t.kind == tWord && !t.cap && !determiners[t.lower] && !nonVerbs[t.lower]
}

var nonVerbs = map[string]bool{"and": true, "or": true, "but": true, "of": true, "in": true, "to": true, "that": true, "which": true, "who": true, "for": true, "on": true, "at": true, "with": true, "by": true, "from": true, "as": true, "than": true, "so": true, "not": true}

// subjectAt returns the end of the subject noun phrase that opens the
// sentence at token s0: a pronoun, a name or a description.
func (v *view) subjectAt(s0 int) (int, bool) {
	if s0 >= len(v.toks) || v.toks[s0].kind != tWord {
		return 0, false
	}
	if w := v.toks[s0].lower; strings.HasSuffix(w, "ing") && v.lex.firstNames[v.word(s0)] == genderUnknown || clauseOpeners[w] {
		return 0, false // Speaking in Salem, …; After the vote, …
	}
	if w := v.toks[s0].lower; isPersonPronoun(w) || isPluralPronoun(w) || w == "i" {
		return s0 + 1, true
	}
	return v.npAfter(s0)
}

// notVerbs cannot be the unknown cue of unknownCue.
var notVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "and": true, "or": true, "but": true, "the": true, "a": true, "an": true, "of": true, "in": true, "to": true, "that": true, "which": true, "who": true, "not": true, "so": true, "too": true, "also": true, "then": true}

// pronounBefore returns the last subject pronoun before token c in the
// sentence from s0 that a verb follows (when he returned he began by
// saying), or -1.
func (v *view) pronounBefore(s0, c int) int {
	for m := c - 2; m >= s0; m-- {
		if w := v.toks[m].lower; v.toks[m].kind == tWord && (isPersonPronoun(w) || isPluralPronoun(w) || w == "i") && v.verbStart(m+1) {
			return m
		}
	}
	return -1
}

// wideSubject finds the speaker of a strong cue at c when no noun phrase
// rule did: the subject of the sentence, or the whole short stretch that
// opens the sentence before the cue when it starts like a noun phrase
// (Multiple sources privy to the talks say …).
func (v *view) wideSubject(s0, c int) (from, to int, ok bool) {
	j := v.skipBetween(c)
	if j < s0 || v.toks[j].kind == tQuote {
		return 0, 0, false
	}
	if determiners[v.toks[c-1].lower] || v.toks[c-1].poss {
		return 0, 0, false // a report, her report: a noun
	}
	if f := v.quantifiedPhrase(s0, j); f >= 0 {
		return f, j + 1, true // some families said, 42% say
	}
	from, to, ok = v.mainSubject(s0, c)
	ok = ok && to <= j+1 && !determiners[v.toks[to-1].lower]
	if ok && to == j+1 {
		return from, to, true // the subject stands right before its verb
	}
	if v.phraseOnly(s0, j+1) {
		return s0, j + 1, true
	}
	// Bell, who has relied on …, has said …; Bell went on to say …
	return from, to, ok
}

// quantifiedPhrase returns where a short noun phrase that ends at token j
// starts when a determiner or a number opens it (some families, many local
// farmers, 42%), or -1.
func (v *view) quantifiedPhrase(s0, j int) int {
	if v.isPunct(j, "%") && j > s0 && isNumber(v.toks[j-1].lower) {
		return j - 1
	}
	h := &v.toks[j]
	if w := strings.TrimSuffix(h.lower, "%"); w != h.lower && isNumber(w) {
		return j // 42% say
	}
	if h.kind != tWord || h.cap || h.poss || !strings.HasSuffix(h.lower, "s") || isVerbForm(*h) || clauseWords[h.lower] || notVerbs[h.lower] || (v.lex.cues[h.lower] != cueInfo{}) {
		return -1
	}
	for m := j - 1; m >= s0 && j-m <= 3; m-- {
		t := &v.toks[m]
		if t.kind != tWord {
			return -1
		}
		if quantifiers[t.lower] || isNumberWord(t.lower) {
			return m
		}
		if t.cap || clauseWords[t.lower] || notVerbs[t.lower] || isVerbForm(*t) || (v.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
	}
	return -1
}

// quantifiers open a plural noun phrase: some families, many farmers, his
// aides.
var quantifiers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "some": true, "many": true, "most": true, "several": true, "few": true, "both": true, "all": true, "other": true, "these": true, "those": true, "the": true, "two": true, "three": true, "four": true, "five": true, "numerous": true, "various": true, "dozens": true}

// phraseOnly reports whether tokens [s0, e) can be one noun phrase: a short
// run of words that opens like one and holds no verb of its own.
func (v *view) phraseOnly(s0, e int) bool {
	if e-s0 > maxWideSubject || v.toks[s0].kind != tWord || !(v.toks[s0].cap || determiners[v.toks[s0].lower]) || clauseOpeners[v.toks[s0].lower] {
		return false
	}
	for m := s0; m < e; m++ {
		t := &v.toks[m]
		if t.kind != tWord || clauseWords[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) {
			return false
		}
	}
	return !v.toks[e-1].poss && !determiners[v.toks[e-1].lower]
}

// clauseWords show that a stretch of words is a clause, not a noun phrase.
var clauseWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "that": true, "which": true, "who": true, "not": true, "if": true, "when": true, "while": true, "because": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

// maxWideSubject is the longest stretch, in tokens, that wideSubject takes
// as a speaker.
const maxWideSubject = 12

// clauseSubject finds the subject of the main clause of the sentence that
// starts at s0, before token c: the first noun phrase, at the start or
// after a comma, that a lower-case word (its verb) follows. Speaking in
// Salem, Bell left the stage → Bell.
func (v *view) clauseSubject(s0, c int) (from, to int, ok bool) {
	for m := s0; m < c; m++ {
		if m > s0 && !v.isPunct(m-1, ",") {
			continue
		}
		e, ok := v.subjectAt(m)
		vb := v.afterParens(e)
		if !ok || vb >= c || v.toks[vb].kind != tWord || v.toks[vb].cap || notVerbs[v.toks[vb].lower] && !betweenWords[v.toks[vb].lower] {
			continue
		}
		return m, e, true
	}
	return 0, 0, false
}
