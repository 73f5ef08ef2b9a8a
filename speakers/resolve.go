package speakers

// Resolution: the words that name a speaker (a name, a description, a
// pronoun) become an entity of the registry. Pronouns go to the last
// speaker or the subject of the sentence before, which the cues stage
// tells the resolver about with spoke, enterSentence and noteSubject.

// enterSentence tells r that the sentence that starts at token s0 is being
// attributed: a pronoun that opens it may refer to the last subject.
func (r *resolver) enterSentence(s0 int) { r.curSent = s0 }

// spoke tells r that e made the last statement, in paragraph para: he,
// she, they and it may refer to e.
func (r *resolver) spoke(e *entity, para int32) { r.lastSpeaker, r.lastSpeakerPara = e, para }

// sourceFor returns the entity named by the noun phrase in tokens [from, to).
func (r *resolver) sourceFor(from, to int) *entity {
	if w := r.toks[from].lower; to-from == 1 && (w == "who" || w == "which") {
		if e := r.antecedent(from); e != nil {
			return e
		}
		return r.unresolved(from)
	}
	if to-from == 1 && speakerPronouns[r.toks[from].lower] {
		if e := r.resolvePronoun(from); e != nil {
			return e
		}
		return r.unresolved(from)
	}
	// Sources said: a role word capitalised only because a sentence starts.
	sentenceStart := from == 0 || r.toks[from-1].sent != r.toks[from].sent
	if to-from == 1 && sentenceStart && (r.lex.roles[r.toks[from].lower] || groupHeads[r.toks[from].lower]) {
		return r.describedSource(from, to)
	}
	// Officials in Ohio, voters across Iowa: a group, described with its
	// place, not the place.
	for p := to - 1; p > from; p-- {
		if !r.toks[p].cap {
			if h, ok := r.groupHeadBefore(p + 1); ok && h >= from {
				return r.describedSourceHead(from, h+1, to)
			}
			break
		}
	}
	// The proper name ends the phrase: presidential nominee Ann Bell,
	// Dunn spokeswoman Carla Hale.
	if r.toks[to-1].cap {
		// Sen. Tom Dunn of Texas, the ACLU of Oregon: the place says where
		// the speaker is from.
		for p := to - 2; p > from && p >= to-4; p-- {
			if r.is(p, "of") && r.toks[p-1].cap && !r.lex.orgWords[r.word(p-1)] && r.isPlace(p+1, to) {
				to = p
				break
			}
		}
		to = r.affiliation(from, to)
		org := false // the Federal Reserve Board: titles are part of an organisation's name
		for m := from; m < to; m++ {
			org = org || r.lex.orgWords[r.word(m)]
		}
		k := to - 1
		for k > from {
			if r.toks[k-1].cap && !r.toks[k-1].poss && (org || !r.lex.titles[r.toks[k-1].lower]) && !r.is(k-1, "the") {
				k--
			} else if k-2 >= from && (r.is(k-1, "of") || r.is(k-1, "for")) && r.lex.orgWords[r.word(k-2)] {
				k -= 2 // the Office for National Statistics, the Bank of England
			} else {
				break
			}
		}
		if k > from && (r.lex.titles[r.toks[k-1].lower] && r.toks[k-1].cap || r.isPunct(k-1, ".")) {
			// capitalised titles and honorifics go with the name: Sen. Tom Dunn
			for k > from && (r.toks[k-1].cap || r.isPunct(k-1, ".")) && !r.is(k-1, "the") && !r.toks[k-1].poss {
				k--
			}
		}
		e := r.namedSource(k, to)
		if _, hon := r.lex.honorifics[r.toks[from].lower]; k > from && !r.is(from, "the") && !(hon && k-from <= 2) && e.kind == Person {
			e.addTitle(r.text[r.toks[from].start:r.toks[k-1].end])
		}
		return e
	}
	return r.describedSource(from, to)
}

// affiliation returns the end of a person's name that an organisation
// follows after "of" or "at" in tokens [from, to) (Ada Reyes of the Acme
// Institute, Mr. Hale of Acme), or to.
func (r *resolver) affiliation(from, to int) int {
	for p := from + 1; p < to-1; p++ {
		if !r.is(p, "of") && !r.is(p, "at") {
			if r.toks[p].kind == tWord && (!r.toks[p].cap || r.toks[p].poss || r.lex.orgWords[r.word(p)]) || r.toks[p].kind != tWord && !r.isPunct(p, ".") {
				return to
			}
			continue
		}
		_, hon := r.lex.honorifics[r.toks[from].lower]
		if !hon && !(r.isFirstName(from) && p-from >= 2) {
			return to
		}
		return p
	}
	return to
}

// antecedent returns the entity that the relative pronoun at token i
// refers to, the noun phrase before it, or nil: Smith, who said …; the
// report, which notes …
func (r *resolver) antecedent(i int) *entity {
	k := i - 1
	if r.isPunct(k, ",") || r.isDash(k) { // Ann Bell, who …; Ann Bell — who …
		k--
	}
	if k >= 0 && (r.toks[k].kind == tWord || r.isPunct(k, ")")) {
		if from, ok := r.npBefore(k + 1); ok {
			to := k + 1
			for m := k; r.isPunct(k, ")") && m > from; m-- {
				if r.isPunct(m, "(") {
					to = m // Sen. Ann Bell (D-Ore.), who
					break
				}
			}
			return r.sourceFor(from, to)
		}
	}
	return nil
}

// unresolved returns an entity for a pronoun that names no one found.
func (r *registry) unresolved(i int) *entity {
	w := r.toks[i].lower
	key := "\x00" + w
	if e := r.bySource[key]; e != nil {
		return e
	}
	e := &entity{name: r.word(i), kind: Unknown, first: r.toks[i].start, out: -1}
	if isPersonPronoun(w) {
		e.kind, e.gender = Person, pronounGender[w]
	}
	r.bySource[key] = e
	r.ents = append(r.ents, e)
	return e
}
