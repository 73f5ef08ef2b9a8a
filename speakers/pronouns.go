package speakers

import "sort"

// Pronouns that can name a speaker, with the gender they imply.
var pronounGender = map[string]gender{"he": genderMale, "she": genderFemale}

// pronoun kinds
func isPersonPronoun(w string) bool { return w == "he" || w == "she" }

func isPluralPronoun(w string) bool { return w == "they" || w == "we" }

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
