package speakers

import "strings"

// Subject rules for a cue in the -ing form that follows a clause:
// "…," she said, adding that …; Bell left the stage, telling the crowd ….

// participleLastRule gives a participle after a comma the speaker of the
// statement the sentence gave last: "…," she said, adding that …. When
// that statement has no speaker, the rule only sets the rule name and
// confidence, and later rules look for the speaker.
func participleLastRule(s *cueSite, sub subject) subject {
	if !s.info.ing || s.last == nil || !s.commaBefore(s.c) {
		return sub
	}
	if m := s.tokenAt(s.last.mention.Start, s.s0, s.c); m > s.s0 && embedders[s.toks[m-1].lower] {
		// The doctor gave no details about how he planned to run,
		// saying …: the clause's subject speaks, not the embedded one
		if from, to, ok := s.mainSubject(s.s0, m-1); ok && to <= m-1 {
			sub = sub.named(from, to, s.tokSpan(from, to))
			sub.rule, sub.conf = RuleParticiple, 0.75
			return sub
		}
	}
	sub.ent, sub.mention, sub.rule, sub.conf = s.last.ent, s.last.mention, RuleParticiple, 0.85
	return sub
}

// embedders open a clause inside another: how he planned, why she left.
var embedders = map[string]bool{"how": true, "why": true, "whether": true, "what": true, "where": true}

// tokenAt returns the token in [from, to) that starts at offset off, or -1.
func (v *view) tokenAt(off, from, to int) int {
	for m := from; m < to && m < len(v.toks); m++ {
		if v.toks[m].start == off {
			return m
		}
	}
	return -1
}

// participleSubjectRule gives a participle after a comma, or after "by",
// the subject of the sentence, or else the last pronoun before it that a
// verb follows: Bell left the stage, telling the crowd "…"; she began by
// saying ….
func participleSubjectRule(s *cueSite, sub subject) subject {
	c := s.c
	if !s.info.ing || s.last != nil && s.commaBefore(c) || !s.commaBefore(c) && !s.is(c-1, "by") {
		return sub
	}
	if from, to, ok := s.mainSubject(s.s0, c); ok {
		sub = sub.named(from, to, s.tokSpan(from, to))
		sub.rule, sub.conf = RuleParticiple, 0.75
	} else if m := s.pronounBefore(s.s0, c); m >= 0 {
		sub = sub.named(m, m+1, s.tokSpan(m, m+1))
		sub.rule, sub.conf = RuleParticiple, 0.7
	}
	return sub
}

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

// gerundRule gives a cue in the -ing form after a preposition (after
// saying, while arguing, since announcing, in describing), or one that
// opens the sentence (Noting that …, Bell said), the subject of the main
// clause: before the phrase when the phrase follows it (Bell quit before
// announcing her run), after the comma that ends the phrase when the
// phrase opens the sentence (After saying he was nervous, the man …).
func gerundRule(s *cueSite, sub subject) subject {
	c := s.c
	if !s.info.ing {
		return sub
	}
	p := c - 1
	for p > s.s0 && s.toks[p].kind == tWord && (s.is(p, "also") || strings.HasSuffix(s.toks[p].lower, "ly")) {
		p-- // while also suggesting; after initially saying
	}
	fronted := c == s.s0 && (s.is(c+1, "that") || c+1 < s.s1 && s.clauseStart(c+1)) || p >= s.s0 && gerundPreps[s.toks[p].lower] && s.timeLead(s.s0, p)
	if !fronted && !(p > s.s0 && gerundPreps[s.toks[p].lower]) {
		return sub
	}
	if fronted {
		for m := c + 1; m+1 < s.s1; m++ {
			if s.toks[m].kind == tQuote || s.isPunct(m, ";") {
				return sub
			}
			if !s.isPunct(m, ",") {
				continue
			}
			if e, ok := s.npAfter(m + 1); ok && e > m+1 && e < s.s1 && s.verbStart(e) {
				sub = sub.named(m+1, e, s.tokSpan(m+1, e))
				sub.rule, sub.conf = RuleParticiple, 0.7
				return sub
			}
		}
		return sub
	}
	s0 := s.s0
	for m := s0 + 1; m < p && m-s0 <= maxAdverbial; m++ {
		if s.isPunct(m, ",") {
			if s.frontedAdverbial(s0, m) || m == s0+2 && strings.HasSuffix(s.toks[s0+1].lower, "ly") {
				s0 = m + 1 // Most recently, Bell …
			}
			break
		}
	}
	if from, to, ok := s.mainSubject(s0, p); ok {
		sub = sub.named(from, to, s.tokSpan(from, to))
		sub.rule, sub.conf = RuleParticiple, 0.7
	} else if m := s.pronounBefore(s0, p); m >= 0 {
		sub = sub.named(m, m+1, s.tokSpan(m, m+1))
		sub.rule, sub.conf = RuleParticiple, 0.7
	}
	return sub
}

// timeLead reports whether tokens [s0, p) are nothing or a short phrase of
// time before the preposition at p: One month after, Shortly after.
func (v *view) timeLead(s0, p int) bool {
	if p-s0 > 3 {
		return false
	}
	for m := s0; m < p; m++ {
		t := &v.toks[m]
		if t.kind != tWord || clauseWords[t.lower] || isVerbForm(*t) || v.lex.isCue(t.lower) {
			return false
		}
	}
	return true
}

// gerundPreps stand before a cue in the -ing form whose subject is that of
// the main clause: after saying, while arguing, in describing.
var gerundPreps = map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true, "when": true}
