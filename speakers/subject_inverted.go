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
	if !ok {
		return sub
	}
	sub = sub.named(c+1, e, s.tokSpan(c+1, e))
	sub.k, sub.inverted, sub.rule = e, true, RuleInverted
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
