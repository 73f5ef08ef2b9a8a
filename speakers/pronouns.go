package speakers

import "sort"

// Pronoun resolution: he, she, they, we and it, to the entity they refer
// to, from what the resolver knows of the discourse so far.

// resolvePronoun returns the entity that the pronoun token i refers to, or
// nil. He and she go to the person who spoke last, when that fits, else to
// the person named most recently before the pronoun whose gender fits;
// they, we and it to the last group or organisation that spoke. Who and
// which are resolved by sourceFor, to the noun phrase before them.
func (r *resolver) resolvePronoun(i int) *entity {
	return r.resolvePronounAs(i, r.toks[i].lower)
}

// resolvePronounAs resolves token i as if it were the pronoun w: a
// possessive his, her or their reads as he, she or they.
func (r *resolver) resolvePronounAs(i int, w string) *entity {
	pos := r.toks[i].start
	switch {
	case isPersonPronoun(w):
		g := pronounGender[w]
		if e := r.prevSubj; e != nil && (w == "he" || w == "she") && r.opensSentenceAt(i) && compatible(e, g) && r.toks[i].para-r.prevSubjPara <= 1 {
			// Bell praised Dunn. She said …: the subject of the sentence
			// before goes on being the subject.
			return e.withGender(g)
		}
		if e := r.prevSubj; e != nil && (w == "he" || w == "she") && i > 0 && r.toks[i-1].kind == tQuote && e.gender == g && r.lastSpeaker != nil && r.lastSpeaker.gender == genderUnknown && r.prevSubjPara >= r.lastSpeakerPara && r.toks[i].para-r.prevSubjPara <= 1 {
			// "…," the mayor said. Ann Bell was blunt. "…," she said: after
			// a quotation, the subject since the last speaker, whose
			// gender the pronoun shows, rather than a speaker whose gender
			// is unknown
			return e
		}
		if e := r.lastSpeaker; e != nil && (e.kind == Person || e.kind == Unknown && isUpperStart(e.name)) && compatible(e, g) && r.toks[i].para-r.lastSpeakerPara <= 2 {
			// A surname alone (Hale says …) is a person once a pronoun
			// takes it up.
			e.kind = Person
			return e.withGender(g)
		}
		// The most recent compatible person named before the pronoun.
		n := sort.Search(len(r.names), func(k int) bool { return r.names[k].pos >= pos })
		for k := n - 1; k >= 0 && k >= n-40; k-- {
			e := r.names[k].ent
			if e.kind == Person && compatible(e, g) {
				return e.withGender(g)
			}
		}
		return nil
	case isPluralPronoun(w) || w == "it":
		if e := r.lastSpeaker; e != nil && (e.kind == Group || e.kind == Organization) && r.toks[i].para-r.lastSpeakerPara <= 2 {
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
func (r *resolver) opensSentenceAt(i int) bool {
	if i < r.curSent || i >= len(r.toks) || r.toks[i].sent != r.toks[r.curSent].sent {
		return false
	}
	for m := r.curSent; m < i; m++ {
		if !(r.toks[m].kind == tWord && subjectLeads[r.toks[m].lower] || r.isPunct(m, ",")) {
			return false
		}
	}
	return true
}
