package speakers

// Subject rules for a noun phrase right before the cue.

// npBeforeRule takes the noun phrase that ends right before the cue, once
// adverbs and auxiliaries are skipped: Bell said, the minister has also
// said. When the phrase is a document that a source issued, the source
// speaks: the town released a statement saying.
func npBeforeRule(s *cueSite, sub subject) subject {
	j := s.skipBetween(s.c)
	if j < s.s0 || s.toks[j].kind != tWord {
		return sub
	}
	from, ok := s.npBefore(j + 1)
	if !ok || from < s.pos {
		return sub
	}
	if g := s.groupBeforePlace(from); g >= s.pos {
		from = g // officials in Ohio said
	}
	if g := s.conjoinedAfterComma(from); g >= s.pos {
		from = g // …, current and former officials said
	}
	if f, to, ok := s.issuer(from, j, s.s0, s.pos); ok {
		sub = sub.named(f, to, s.tokSpan(f, to))
		sub.prior, sub.pFrom, sub.pTo = true, from, j+1
		sub.subjFrom = f
		return sub
	}
	sub = sub.named(from, j+1, s.tokSpan(from, j+1))
	sub.subjFrom = from
	if f := s.leadAfterQuote(from); f >= 0 && f < from {
		// "…," Harbour Watch president Tom Dunn said: the words the
		// phrase reader stopped at are still the speaker's
		sub.subjFrom, sub.mention = f, s.tokSpan(f, j+1)
	}
	return sub
}

// partyTagRule takes the name before a party tag and a comma: Sen. Ann
// Bell (D-Ore.), said.
func partyTagRule(s *cueSite, sub subject) subject {
	c := s.skipBetween(s.c) + 1 // Sen. Ann Bell (D-Ore.) on Monday said
	if !s.isPunct(c-1, ",") {
		return sub
	}
	if t := s.commaPartyTag(c - 1); t > s.s0 {
		// Rep. Ann Bell, R-Pa., said; not Dunn, who backed Sen. Ann
		// Bell, R-Pa., said
		if from, ok := s.npBefore(t); ok && from >= s.pos && s.toks[t-1].cap && !s.inRelative(t, s.s0) {
			sub = sub.named(from, t, s.tokSpan(from, t))
			sub.subjFrom = from
		}
		return sub
	}
	if !s.isPunct(c-2, ")") {
		return sub
	}
	p := c - 3
	for p > s.s0 && p > c-10 && !s.isPunct(p, "(") {
		p--
	}
	if from, ok := s.npBefore(p); ok && s.isPunct(p, "(") && from >= s.pos {
		sub = sub.named(from, p, s.tokSpan(from, p))
		sub.subjFrom = from
	}
	return sub
}

// commaPartyTag returns the comma that opens a party tag between commas
// that ends at the comma at token e (Rep. Ann Bell, R-Pa., said), or -1.
func (v *view) commaPartyTag(e int) int {
	m := e - 1
	if v.isPunct(m, ".") {
		m--
	}
	if m < 1 || v.toks[m].kind != tWord || !isPartyTag(v.word(m)) || !v.isPunct(m-1, ",") {
		return -1
	}
	return m - 1
}

// isPartyTag reports whether w is a party and a state: R-Pa, D-N.Y, I-Vt.
func isPartyTag(w string) bool {
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}

// issuer returns the subject of the verb that issued the document named by
// the noun phrase [from, head]: the town [released a statement] saying,
// his office put out a letter that.
func (v *view) issuer(from, head, s0, pos int) (int, int, bool) {
	h := from
	for h < head && !(documentNouns[v.toks[h].lower] && recipientPreps[v.toks[h+1].lower]) {
		h++ // an email to supporters, an ad on radio
	}
	if !documentNouns[v.toks[h].lower] {
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
	documentNouns = map[string]bool{"statement": true, "statements": true, "letter": true, "memo": true, "message": true, "note": true, "email": true, "e-mail": true, "tweet": true, "video": true, "release": true, "ad": true, "ads": true, "advertisement": true, "website": true, "mailer": true, "flyer": true}
	issueVerbs    = map[string]bool{"released": true, "releases": true, "issued": true, "issues": true, "put": true, "puts": true, "sent": true, "sends": true, "posted": true, "posts": true, "published": true, "publishes": true, "circulated": true, "distributed": true, "e-mailed": true, "emailed": true, "blasted": true, "placed": true, "launched": true, "unveiled": true, "aired": true, "revised": true}
	// recipientPreps open the phrase that may follow a document before
	// its cue: an email to supporters saying.
	recipientPreps = map[string]bool{"to": true, "on": true, "in": true}
)
