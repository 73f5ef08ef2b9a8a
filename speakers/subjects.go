package speakers

// This file reads the subject of a sentence or of a clause, for the subject
// rules and the stages that need to know who a sentence is about.

import (
	"strings"
)

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
	if v.frontedModifier(s0) {
		return 0, false // Immediately after the vote, …; Based on the report, …
	}
	if w := v.toks[s0].lower; isPersonPronoun(w) || isPluralPronoun(w) || w == "i" {
		return s0 + 1, true
	}
	return v.npAfter(s0)
}

// notVerbs cannot be the unknown cue of unknownCue.
var notVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "and": true, "or": true, "but": true, "the": true, "a": true, "an": true, "of": true, "in": true, "to": true, "that": true, "which": true, "who": true, "not": true, "so": true, "too": true, "also": true, "then": true}

// clauseWords show that a stretch of words is a clause, not a noun phrase.
var clauseWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "that": true, "which": true, "who": true, "not": true, "if": true, "when": true, "while": true, "because": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

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

// frontedModifier reports whether token i is an adverb or a participle
// that opens a phrase before the subject, read from its shape and the
// preposition or comma after it: Immediately after the vote, …; Based on
// the report, …; Soon after, ….
func (v *view) frontedModifier(i int) bool {
	t := &v.toks[i]
	if t.kind != tWord || i+1 >= len(v.toks) || v.lex.firstNames[v.word(i)] != genderUnknown {
		return false
	}
	n := &v.toks[i+1]
	if !(v.isPunct(i+1, ",") || n.kind == tWord && !n.cap && (ppWords[n.lower] || clauseOpeners[n.lower] || n.lower == "by")) {
		return false
	}
	w := t.lower
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed")) || frontedAdverbs[w]
}

// frontedAdverbs open a sentence before its subject: Soon after, Bell …
var frontedAdverbs = map[string]bool{"soon": true, "shortly": true, "once": true, "often": true, "still": true, "again": true, "thus": true, "hence": true, "instead": true, "indeed": true, "separately": true, "similarly": true, "likewise": true, "overall": true}
