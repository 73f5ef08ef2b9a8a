package speakers

// Subject rules that find no speaker.

// questionRule finds a question that no one named asks: When asked
// whether …, Bell said. The question, from the cue to a comma or a
// quotation, is a statement with no speaker when it has two words or more.
func questionRule(s *cueSite, sub subject) subject {
	c := s.c
	if s.info.lemma != "ask" || !(c == s.s0 || s.is(c-1, "when") || s.is(c-1, "if") || s.is(c-1, "after") || s.is(c-1, "as") || s.is(c-1, "once")) {
		return sub
	}
	k := c + 1
	if s.is(k, "about") {
		k++
	}
	end := k
	for end < s.s1 && !s.isPunct(end, ",") && s.toks[end].kind != tQuote {
		end++
	}
	for end > k && s.toks[end-1].kind == tPunct && isFinalPunct(s.word(end-1)) {
		end--
	}
	if s.wordsIn(k, end) >= 2 {
		sub.question, sub.qFrom, sub.qTo = true, k, end
	}
	return sub
}
