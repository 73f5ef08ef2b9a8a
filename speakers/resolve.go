package speakers

import "sort"

// sourceFor returns the entity named by the noun phrase in tokens [from, to).
func (d *doc) sourceFor(from, to int) *entity {
	if to-from == 1 && speakerPronouns[d.toks[from].lower] {
		if e := d.resolvePronoun(from); e != nil {
			return e
		}
		return d.unresolved(from)
	}
	// Sources said: a role word capitalised only because a sentence starts.
	sentenceStart := from == 0 || d.toks[from-1].sent != d.toks[from].sent
	if to-from == 1 && sentenceStart && (d.lex.roles[d.toks[from].lower] || groupHeads[d.toks[from].lower]) {
		return d.describedSource(from, to)
	}
	// The proper name ends the phrase: presidential nominee Donald Trump,
	// Cruz spokeswoman Catherine Frazier.
	if d.toks[to-1].cap {
		// Sen. Ted Cruz of Texas, the ACLU of Oregon: the place says where
		// the speaker is from.
		for p := to - 2; p > from && p >= to-4; p-- {
			if d.is(p, "of") && d.toks[p-1].cap && !d.lex.orgWords[d.word(p-1)] && d.isPlace(p+1, to) {
				to = p
				break
			}
		}
		org := false // the Federal Reserve Board: titles are part of an organisation's name
		for m := from; m < to; m++ {
			org = org || d.lex.orgWords[d.word(m)]
		}
		k := to - 1
		for k > from {
			if d.toks[k-1].cap && !d.toks[k-1].poss && (org || !d.lex.titles[d.toks[k-1].lower]) && !d.is(k-1, "the") {
				k--
			} else if k-2 >= from && (d.is(k-1, "of") || d.is(k-1, "for")) && d.lex.orgWords[d.word(k-2)] {
				k -= 2 // the Office for National Statistics, the Bank of England
			} else {
				break
			}
		}
		if k > from && (d.lex.titles[d.toks[k-1].lower] && d.toks[k-1].cap || d.isPunct(k-1, ".")) {
			// capitalised titles and honorifics go with the name: Sen. Ted Cruz
			for k > from && (d.toks[k-1].cap || d.isPunct(k-1, ".")) && !d.is(k-1, "the") && !d.toks[k-1].poss {
				k--
			}
		}
		e := d.namedSource(k, to)
		if _, hon := d.lex.honorifics[d.toks[from].lower]; k > from && !d.is(from, "the") && !(hon && k-from <= 2) && e.kind == Person {
			e.addTitle(d.text[d.toks[from].start:d.toks[k-1].end])
		}
		return e
	}
	return d.describedSource(from, to)
}

// unresolved returns an entity for a pronoun that names no one found.
func (d *doc) unresolved(i int) *entity {
	w := d.toks[i].lower
	key := "\x00" + w
	if e := d.bySource[key]; e != nil {
		return e
	}
	e := &entity{name: d.word(i), kind: Unknown, first: d.toks[i].start, out: -1}
	if isPersonPronoun(w) {
		e.kind, e.gender = Person, pronounGender[w]
	}
	d.bySource[key] = e
	d.ents = append(d.ents, e)
	return e
}

// resolvePronoun returns the entity that the pronoun token i refers to, or
// nil. He and she go to the person who spoke last, when that fits, else to
// the person named most recently before the pronoun whose gender fits;
// "who" goes to the name before it; they, we and it to the last group or
// organisation that spoke.
func (d *doc) resolvePronoun(i int) *entity {
	return d.resolvePronounAs(i, d.toks[i].lower)
}

// resolvePronounAs resolves token i as if it were the pronoun w: a
// possessive his, her or their reads as he, she or they.
func (d *doc) resolvePronounAs(i int, w string) *entity {
	pos := d.toks[i].start
	switch {
	case w == "who" || w == "which":
		// Smith, who said …; the report, which notes …
		k := i - 1
		if d.isPunct(k, ",") {
			k--
		}
		if k >= 0 && (d.toks[k].kind == tWord || d.isPunct(k, ")")) {
			if from, ok := d.npBefore(k + 1); ok {
				to := k + 1
				for m := k; d.isPunct(k, ")") && m > from; m-- {
					if d.isPunct(m, "(") {
						to = m // Sen. Ann Bell (D-Ore.), who
						break
					}
				}
				return d.sourceFor(from, to)
			}
		}
		return nil
	case isPersonPronoun(w):
		g := pronounGender[w]
		if e := d.prevSubj; e != nil && (w == "he" || w == "she") && d.opensSentenceAt(i) && compatible(e, g) && d.toks[i].para-d.prevSubjPara <= 1 {
			// Bell praised Dunn. She said …: the subject of the sentence
			// before goes on being the subject.
			return e.withGender(g)
		}
		if e := d.lastSpeaker; e != nil && (e.kind == Person || e.kind == Unknown && isUpperStart(e.name)) && compatible(e, g) && d.toks[i].para-d.lastSpeakerPara <= 2 {
			// A surname alone (Hale says …) is a person once a pronoun
			// takes it up.
			e.kind = Person
			return e.withGender(g)
		}
		// The most recent compatible person named before the pronoun.
		n := sort.Search(len(d.names), func(k int) bool { return d.names[k].pos >= pos })
		for k := n - 1; k >= 0 && k >= n-40; k-- {
			e := d.names[k].ent
			if e.kind == Person && compatible(e, g) {
				return e.withGender(g)
			}
		}
		return nil
	case isPluralPronoun(w) || w == "it":
		if e := d.lastSpeaker; e != nil && (e.kind == Group || e.kind == Organization) && d.toks[i].para-d.lastSpeakerPara <= 2 {
			return e
		}
		return nil
	}
	return nil
}

func compatible(e *entity, g gender) bool {
	return e.gender == genderUnknown || e.gender == g
}

// withGender records the gender that a resolved pronoun shows.
func (e *entity) withGender(g gender) *entity {
	if e.gender == genderUnknown {
		e.gender = g
	}
	return e
}

// opensSentenceAt reports whether token i is the subject that opens the
// sentence being attributed, after words such as "And" or "But,".
func (d *doc) opensSentenceAt(i int) bool {
	if i < d.curSent || i >= len(d.toks) || d.toks[i].sent != d.toks[d.curSent].sent {
		return false
	}
	for m := d.curSent; m < i; m++ {
		if !(d.toks[m].kind == tWord && subjectLeads[d.toks[m].lower] || d.isPunct(m, ",")) {
			return false
		}
	}
	return true
}
