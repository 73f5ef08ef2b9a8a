package speakers

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
	sub.ent, sub.mention, sub.rule, sub.conf = s.last.ent, s.last.mention, RuleParticiple, 0.85
	return sub
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
