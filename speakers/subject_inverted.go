package speakers

// Subject rules for a speaker after the cue.

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
