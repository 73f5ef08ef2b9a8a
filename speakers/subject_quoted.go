package speakers

// Subject rules for a speaker that stands between a quotation and its cue.

import "github.com/whosaid/whosaid/quotes"

// quoteLeadRule takes the words between a quotation and the cue after it,
// when they read as one noun phrase that the word lists cannot parse:
// "…," the real estate developer said of Mr. Dunn; "…," the two
// write. The quotation must close its clause (a comma, a question mark or
// an exclamation mark inside or after it), so that the words after it are
// the attribution.
func quoteLeadRule(s *cueSite, sub subject) subject {
	if s.info.ing {
		return sub
	}
	j := s.skipBetween(s.c)
	if j < s.s0 || s.toks[j].kind != tWord {
		return sub
	}
	from := j
	for from > s.s0 && j-from < maxWideSubject && s.toks[from-1].kind == tWord {
		from--
	}
	q := from - 1
	if s.isPunct(q, ",") {
		q--
	}
	if q < s.s0 || q < s.pos || s.toks[q].kind != tQuote || s.quotes[s.toks[q].quote].Kind != quotes.Speech || !s.quoteClosesClause(q) {
		return sub
	}
	if !s.leadPhrase(from, j+1) && !s.capitalisedName(from, j) {
		return sub
	}
	sub = sub.named(from, j+1, s.tokSpan(from, j+1))
	sub.subjFrom = from
	return sub
}

// capitalisedName reports whether the one word at token from, between a
// quotation and the cue at token c, is a name that is also a word of the
// lists ("…," Read said.): a capital there, in the middle of a sentence,
// before a cue of speech that ends the clause, starts a name.
func (s *cueSite) capitalisedName(from, j int) bool {
	t := &s.toks[from]
	if from != j || j+1 != s.c || !t.cap || t.poss || determiners[t.lower] || clauseWords[t.lower] || leadStoppers[t.lower] || subjectLeads[t.lower] || s.info.act != Speech {
		return false
	}
	e := s.c + 1
	return e >= len(s.toks) || s.toks[e].para != t.para || s.toks[e].kind == tPunct
}

// leadAfterQuote returns the first word after a quotation that closes its
// clause when only a short noun phrase stands between it and token from
// (…," Harbour Watch president Tom Dunn said), or -1.
func (s *cueSite) leadAfterQuote(from int) int {
	f := from
	for f > s.s0 && from-f < maxWideSubject && s.toks[f-1].kind == tWord {
		f--
	}
	q := f - 1
	if s.isPunct(q, ",") {
		q--
	}
	if q < s.s0 || q < s.pos || s.toks[q].kind != tQuote || s.quotes[s.toks[q].quote].Kind != quotes.Speech || !s.quoteClosesClause(q) || !s.leadPhrase(f, from) {
		return -1
	}
	if q != s.s0 && q != s.pos {
		return -1 // the writer's words before the quotation would join the content
	}
	return f
}

// quoteClosesClause reports whether the quotation at token q ends a clause
// that words after it attribute: a comma, a question or exclamation mark
// at its end inside the marks, or a comma after it.
func (v *view) quoteClosesClause(q int) bool {
	if v.isPunct(q+1, ",") {
		return true
	}
	in := v.quoteTail(v.toks[q].quote)
	if in == "" {
		return false
	}
	switch in[len(in)-1] {
	case ',', '?', '!':
		return true
	case '.':
		// "… tough questions." a voice over says: the full stop inside
		// the marks ends the quotation, not the sentence
		return q+1 < len(v.toks) && v.toks[q+1].kind == tWord && !v.toks[q+1].cap && v.toks[q+1].para == v.toks[q].para
	}
	return false
}

// leadPhrase reports whether tokens [from, to) can be the speaker that
// follows a quotation: a short run of words that opens with a name, a
// determiner, a number or a word of a described speaker, and holds no verb
// or conjunction of its own.
func (v *view) leadPhrase(from, to int) bool {
	f := &v.toks[from]
	if !(f.cap && !v.lex.stopCaps[f.lower] || determiners[f.lower] || quantifiers[f.lower] || isNumberWord(f.lower) || v.isNPWord(from)) {
		return false
	}
	for m := from; m < to; m++ {
		t := &v.toks[m]
		if clauseWords[t.lower] || leadStoppers[t.lower] {
			return false
		}
		if !t.cap && (v.lex.cues[t.lower] != cueInfo{}) && !(m == to-1 && m > from && determiners[f.lower]) {
			return false // a cue of its own, unless the head noun: the note says
		}
	}
	last := &v.toks[to-1]
	return !last.poss && (!determiners[last.lower] || isNumberWord(last.lower) && to-from > 1)
}

// leadStoppers join a clause of their own, so that the words before a cue
// that hold them are no speaker: "…," the crowd chanted as Bell said.
var leadStoppers = map[string]bool{"as": true, "after": true, "before": true, "since": true, "than": true, "then": true, "so": true, "but": true, "or": true, "nor": true, "where": true, "whom": true, "whose": true, "what": true, "there": true, "this": true, "these": true, "those": true, "them": true, "him": true, "her": true, "me": true, "us": true, "said": true}
