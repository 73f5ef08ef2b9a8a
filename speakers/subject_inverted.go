package speakers

// Subject rules for a speaker after the cue.

import "github.com/whosaid/whosaid/quotes"

// invertedRule takes the noun phrase right after a cue that opens the
// sentence or follows a quotation, a comma, a colon or a dash, when the
// phrase ends where the clause does: "…," said Tomas Berg. A role after a
// comma is the speaker's title: said Tomas Berg, the finance minister.
func invertedRule(s *cueSite, sub subject) subject {
	c := s.c
	if s.info.ing || !(c == s.s0 || s.toks[c-1].kind == tQuote || s.isPunct(c-1, ",") || s.isPunct(c-1, ":") || s.isDash(c-1)) {
		return sub
	}
	e, ok := s.npAfterAlone(c + 1)
	if !ok && c > s.s0 && s.toks[c-1].kind == tQuote {
		// "…," wrote one commenter.: a described speaker the word lists
		// lack, up to the end of the clause
		e, ok = s.leadToClauseEnd(c + 1)
	}
	if !ok && c > s.s0 && s.toks[c-1].kind == tQuote && s.quotes[s.toks[c-1].quote].Kind == quotes.Speech && s.quoteClosesClause(c-1) {
		// "…," said master of ceremonies Ann Bell, a pilot who …: the
		// name in a phrase the word lists cannot parse
		if f, to, end, found := s.nameInPhraseAfter(c + 1); found {
			sub = sub.named(f, to, s.tokSpan(f, to))
			sub.k, sub.inverted, sub.rule = end, true, RuleInverted
			return sub
		}
	}
	if !ok {
		return sub
	}
	sub = sub.named(c+1, e, s.tokSpan(c+1, e))
	sub.k, sub.inverted, sub.rule = e, true, RuleInverted
	if f, to, ok := s.nameAfterDescription(c+1, e); ok {
		// said the port's director, Ann Bell: the name speaks, the
		// description is a title
		sub = sub.named(f, to, s.tokSpan(f, to))
		sub.k = to
		if determiners[s.toks[c+1].lower] && e > c+2 {
			sub.titleFrom, sub.titleTo = c+2, e
		}
		return sub
	}
	k := e
	if s.isPunct(k, ",") && (s.is(k+1, "the") || s.is(k+1, "a") || s.is(k+1, "an")) {
		m := k + 2
		for m < s.s1 && s.toks[m].kind == tWord && m < k+8 {
			m++
		}
		if m > k+2 && (m == s.s1 || s.toks[m].kind == tPunct) && s.lex.roles[s.toks[m-1].lower] {
			sub.titleFrom, sub.titleTo = k+2, m
			sub.k = m
		}
	}
	return sub
}

// nameAfterDescription returns the name that follows a description read
// as tokens [i, e) after an inverted cue, between a comma and the end of
// the clause: said the port's director, Ann Bell; said a spokesman for the
// port, Ann Bell, on Monday. The description must open with a determiner
// or an owner and have a lower-case head.
func (v *view) nameAfterDescription(i, e int) (from, to int, ok bool) {
	if e <= i || v.toks[e-1].cap || !(determiners[v.toks[i].lower] || v.toks[i].poss || i+1 < e && v.toks[i+1].poss) {
		return 0, 0, false
	}
	m := e
	if m < len(v.toks) && headPreps[v.toks[m].lower] {
		// a spokesman for the port, …
		for m++; m < len(v.toks) && m-e <= 6 && v.toks[m].kind == tWord && !clauseWords[v.toks[m].lower]; m++ {
		}
	}
	if !v.isPunct(m, ",") || m+1 >= len(v.toks) || v.toks[m+1].para != v.toks[i].para || !v.isName(m+1) {
		return 0, 0, false
	}
	to, ok = v.npAfter(m + 1)
	if !ok || to-(m+1) < 2 {
		return 0, 0, false // a full name, not a lone capitalised word
	}
	for k := m + 1; k < to; k++ {
		if t := &v.toks[k]; t.kind == tWord && !t.cap || v.lex.stopCaps[t.lower] && !v.isHonorific(k) {
			return 0, 0, false
		}
	}
	if to < len(v.toks) && v.toks[to].para == v.toks[i].para && v.toks[to].kind != tPunct && !npFollowers[v.toks[to].lower] {
		return 0, 0, false
	}
	return m + 1, to, true
}

// leadToClauseEnd returns the end of a short noun phrase that opens with a
// determiner at token i and runs to the end of the clause: one commenter,
// the unsigned opinion.
func (v *view) leadToClauseEnd(i int) (int, bool) {
	if i >= len(v.toks) || !determiners[v.toks[i].lower] {
		return 0, false
	}
	e := i
	for e < len(v.toks) && e-i < maxWideSubject && v.toks[e].kind == tWord && v.toks[e].para == v.toks[i].para {
		e++
	}
	if e-i < 2 || e < len(v.toks) && v.toks[e].para == v.toks[i].para && v.toks[e].kind != tPunct || !v.leadPhrase(i, e) {
		return 0, false
	}
	return e, true
}

// nameInPhraseAfter returns the first full name (two or more capitalised
// words, or an honorific and a name) in the phrase that opens at token i
// after an inverted cue and runs to the end of its clause (a punctuation
// mark, or a word that opens a clause of its own): said master of
// ceremonies Ann Bell; wrote a man calling himself Tom Hale; said Nell
// Ostrow of Harbour Watch, who …. The name must end the phrase or come
// before a phrase of origin (of Harbour Watch); end is where the phrase
// ends.
func (v *view) nameInPhraseAfter(i int) (from, to, end int, ok bool) {
	end = i
	for end < len(v.toks) && end-i < maxWideSubject && v.toks[end].para == v.toks[i].para {
		if t := &v.toks[end]; t.kind != tWord || clauseWords[t.lower] || phraseEnders[t.lower] {
			if !(v.isPunct(end, ".") && end > i && (v.isHonorific(end-1) || v.isInitial(end-1))) {
				break // Dr. Ann Bell, Tom R. Hale
			}
		}
		end++
	}
	if end == i || end < len(v.toks) && v.toks[end].para == v.toks[i].para && !(v.toks[end].kind == tPunct || phraseEnders[v.toks[end].lower]) {
		return 0, 0, 0, false // said business mogul Ann Bell's refusal could …: a clause
	}
	for f := i; f < end; f++ {
		if !(v.isName(f) || v.isHonorific(f)) || f > i && (v.toks[f-1].cap && !v.toks[f-1].poss || headPreps[v.toks[f-1].lower]) {
			continue // a name starts after a lower-case word, not after "of"
		}
		t := f
		for t < end && (v.isName(t) || v.isHonorific(t) || v.isInitial(t) || v.isPunct(t, ".")) {
			t++
		}
		if t-f >= 2 && !v.toks[t-1].poss && !v.isPlace(f, t) && (t == end || headPreps[v.toks[t].lower]) {
			return f, t, end, true
		}
	}
	return 0, 0, 0, false
}

// phraseEnders end the phrase that names an inverted speaker: said Ann
// Bell of Dover after the vote.
var phraseEnders = map[string]bool{"after": true, "before": true, "during": true, "since": true, "until": true, "who": true, "whose": true, "which": true, "where": true, "when": true, "while": true, "and": true, "but": true, "in": true, "on": true, "at": true}
