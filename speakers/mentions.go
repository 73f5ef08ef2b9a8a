package speakers

import "strings"

// The noun phrases that name a speaker next to a cue.

// speakerPronouns can stand for a speaker before a cue.
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true, "who": true, "which": true, "i": true, "you": true}

// betweenWords may stand between a speaker and the cue: Raimondo also
// said, she has said, officials have repeatedly warned.
var betweenWords = map[string]bool{"also": true, "later": true, "then": true, "has": true, "have": true, "had": true, "previously": true, "again": true, "once": true, "would": true, "will": true, "could": true, "may": true, "might": true, "did": true, "does": true, "do": true, "never": true, "often": true, "always": true, "just": true, "already": true, "earlier": true, "first": true, "further": true, "not": true, "long": true, "since": true, "ultimately": true, "now": true, "still": true, "even": true, "last": true, "week": true, "year": true, "recently": true, "reportedly": true, "allegedly": true, "should": true, "would've": true}

// npWords may stand inside a described speaker before its head noun.
var npWords = map[string]bool{"former": true, "senior": true, "top": true, "anonymous": true, "unnamed": true, "other": true, "white": true, "house": true, "administration": true, "campaign": true, "local": true, "federal": true, "state": true, "foreign": true, "chief": true, "deputy": true, "longtime": true, "veteran": true, "independent": true, "political": true, "military": true, "intelligence": true, "government": true, "party": true, "law": true, "enforcement": true, "health": true, "election": true, "police": true, "press": true, "news": true, "legal": true, "economic": true, "security": true, "defense": true, "company": true, "industry": true, "trade": true, "union": true, "congressional": true, "presidential": true, "republican": true, "democratic": true, "conservative": true, "liberal": true, "progressive": true, "key": true, "leading": true, "prominent": true, "outside": true, "many": true, "some": true, "most": true, "several": true, "few": true, "two": true, "three": true, "four": true, "five": true, "both": true, "all": true, "new": true, "recent": true, "latest": true, "same": true, "u.s.": true, "us": true}

// isNPWord reports whether token i may stand inside a speaker's noun phrase.
func (d *doc) isNPWord(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	if t.cap {
		return !d.lex.stopCaps[t.lower] || determiners[t.lower]
	}
	return d.lex.roles[t.lower] || d.lex.titles[t.lower] || titleModifiers[t.lower] || npWords[t.lower] || determiners[t.lower] || isNumber(t.lower)
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return w != ""
}

var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// isNumberWord reports whether w is a number in digits or in words.
func isNumberWord(w string) bool { return isNumber(w) || numberWords[w] }

// isHead reports whether token i can end a speaker's noun phrase.
func (d *doc) isHead(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord || t.poss {
		return false
	}
	if t.cap {
		// Some said, Critics say: a role word that opens a sentence
		return !d.lex.stopCaps[t.lower] || t.lower == "i" || d.lex.roles[t.lower] && (i == 0 || d.toks[i-1].sent != t.sent)
	}
	if strings.HasSuffix(t.lower, "-year-old") || strings.HasSuffix(t.lower, "-year-olds") {
		return true // the 46-year-old
	}
	// Six in 10 say; some technologists say
	return d.lex.roles[t.lower] || groupHeads[t.lower] || (isNumber(t.lower) || agentPlural(t.lower)) && i+1 < len(d.toks) && d.lex.cues[d.toks[i+1].lower].lemma == "say"
}

// agentPlural reports whether w looks like a plural noun for people:
// technologists, librarians, organizers, residents.
func agentPlural(w string) bool {
	for _, suf := range []string{"ists", "ians", "ers", "ants", "ents"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// skipBetween returns the token before the cue at c once adverbs and
// auxiliaries are skipped: the last token of the speaker, if any.
func (d *doc) skipBetween(c int) int {
	j := c - 1
	progressive := strings.HasSuffix(d.toks[c].lower, "ing") // is telling, was saying
	for j >= 0 && c-j <= 5 && d.toks[j].kind == tWord && d.toks[j].para == d.toks[c].para &&
		(betweenWords[d.toks[j].lower] || progressive && passiveAux[d.toks[j].lower] || weekdays[d.toks[j].lower] || d.is(j, "on") && weekdays[d.toks[j+1].lower] || len(d.toks[j].lower) > 4 && d.toks[j].lower[len(d.toks[j].lower)-2:] == "ly" && !d.toks[j].cap) {
		j--
	}
	if d.isPunct(j, ".") && j > 0 && d.toks[j-1].end == d.toks[j].start && strings.Contains(d.word(j-1), ".") {
		return j - 1 // the F.B.I. has said
	}
	// Sen. Chuck Grassley (R-Iowa) told
	if d.isPunct(j, ")") {
		for m := j - 1; m >= 0 && m > j-8; m-- {
			if d.isPunct(m, "(") {
				return m - 1
			}
		}
	}
	return j
}

// pollParticiples may end a speaker's noun phrase: voters polled said.
var pollParticiples = map[string]bool{"polled": true, "surveyed": true, "interviewed": true, "questioned": true, "contacted": true}

// headPreps join a speaker's head to a phrase after it: advocates for
// research, officials in Ohio.
var headPreps = map[string]bool{"for": true, "of": true, "in": true, "at": true, "from": true, "with": true}

// postParticiples follow the head of a document source: a poll released
// Monday, the report published Tuesday.
var postParticiples = map[string]bool{"released": true, "published": true, "conducted": true, "taken": true, "done": true, "filed": true, "obtained": true, "compiled": true, "commissioned": true, "issued": true, "posted": true}

// weekdays may stand between a speaker and the cue: Bell on Tuesday said.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// npBefore returns the first token of the speaker's noun phrase that ends
// just before token end, and whether there is one.
func (d *doc) npBefore(end int) (int, bool) {
	j := end - 1
	if d.isPunct(j, ")") {
		// Sen. Ann Bell (D-Ore.), said
		for m := j - 1; m >= 0 && m > j-8; m-- {
			if d.isPunct(m, "(") {
				j = m - 1
				break
			}
		}
	}
	if d.isPunct(j, ".") && j > 0 && d.toks[j-1].end == d.toks[j].start && strings.Contains(d.word(j-1), ".") {
		j-- // the F.B.I. has said
	}
	if j > 0 && d.toks[j].kind == tWord && pollParticiples[d.toks[j].lower] && d.isHead(j-1) {
		j-- // 56 percent of those polled said
	}
	if j < 0 || d.toks[j].kind != tWord {
		return 0, false
	}
	t := &d.toks[j]
	if speakerPronouns[t.lower] {
		return j, true
	}
	if !d.isHead(j) {
		if d.lex.stopCaps[t.lower] || notVerbs[t.lower] {
			return 0, false
		}
		// advocates for stem cell research said: a head before a
		// prepositional phrase
		for m := j; m > 0 && j-m <= 6 && d.toks[m].kind == tWord && d.toks[m].sent == t.sent; m-- {
			if (headPreps[d.toks[m].lower] || postParticiples[d.toks[m].lower]) && d.toks[m-1].kind == tWord && !d.toks[m-1].poss && (d.lex.roles[d.toks[m-1].lower] || d.toks[m-1].cap && !d.lex.stopCaps[d.toks[m-1].lower]) {
				if from, ok := d.npBefore(m); ok {
					return from, true
				}
				return 0, false
			}
		}
		return 0, false
	}
	from := j
	for k := j - 1; k >= 0 && j-k < 10; k-- {
		p := &d.toks[k]
		if p.para != t.para || p.sent != t.sent {
			break
		}
		if p.kind == tPunct && (d.isPunct(k, "’") || d.isPunct(k, "'")) && k > 0 && d.toks[k-1].poss && d.toks[k-1].end == p.start {
			continue // Bernie Sanders’ campaign
		}
		if p.kind == tPunct {
			// Mr. Holt, George W. Bush
			if d.text[p.start:p.end] == "." && k > 0 && d.toks[k-1].cap && (d.lex.honorifics[d.toks[k-1].lower] != genderUnknown || d.toks[k-1].end-d.toks[k-1].start == 1 || abbreviations[d.toks[k-1].lower]) {
				continue
			}
			break
		}
		if determiners[p.lower] {
			from = k
			break
		}
		if p.poss {
			// the company's spokesman, Clinton's campaign
			from = k
			continue
		}
		if (p.lower == "for" || p.lower == "of" || p.lower == "at" || p.lower == "with") && k > 0 && d.toks[k-1].kind == tWord && (d.lex.roles[d.toks[k-1].lower] || personHeads[d.toks[k-1].lower]) {
			continue
		}
		if (p.lower == "for" || p.lower == "of") && k > 0 && d.lex.orgWords[d.word(k-1)] {
			continue // the Office for National Statistics, the Bank of England
		}
		if p.lower == "of" && k > 0 && d.toks[k-1].cap && d.isPlace(k+1, j+1) {
			continue // Sen. Ted Cruz of Texas
		}
		if p.lower == "in" && k > 0 && isNumberWord(d.toks[k-1].lower) && isNumberWord(d.toks[k+1].lower) {
			continue // six in 10
		}
		if !d.isNPWord(k) {
			// the city council, a local school board: modifiers the word
			// lists lack, between a determiner and the head
			if m := d.modifiersFrom(k); m >= 0 {
				from = m
			}
			break
		}
		if p.cap && d.lex.stopCaps[p.lower] {
			break
		}
		from = k
	}
	return from, true
}

// headAfterModifiers returns the token after a role head that follows one
// or two lower-case modifiers from token j (billionaire businessman), or j.
func (d *doc) headAfterModifiers(j int) int {
	for m := j; m < len(d.toks) && m-j < 2; m++ {
		t := &d.toks[m]
		if t.kind != tWord || t.cap || d.lex.stopCaps[t.lower] || notVerbs[t.lower] || (d.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return j
		}
		if m+1 < len(d.toks) && d.isHead(m+1) && !d.toks[m+1].cap {
			return m + 2
		}
	}
	return j
}

// modifiersFrom returns the determiner that opens a run of up to two
// lower-case modifiers ending at token k (the [city] council), or -1.
func (d *doc) modifiersFrom(k int) int {
	for m := k; m >= 0 && k-m < 3; m-- {
		t := &d.toks[m]
		if t.kind != tWord || d.lex.stopCaps[t.lower] || notVerbs[t.lower] || (d.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
		if m > 0 && d.toks[m-1].kind == tWord && determiners[d.toks[m-1].lower] {
			return m - 1
		}
		if m == 0 || d.toks[m-1].sent != t.sent || d.isPunct(m-1, ",") || d.toks[m-1].kind == tQuote {
			return m // …, new fundraising reports show
		}
	}
	return -1
}

// npAfter returns the end of the speaker's noun phrase that starts at token
// i, for inverted cues: said Tomas Berg, said the minister.
func (d *doc) npAfter(i int) (int, bool) {
	j := i
	for j < len(d.toks) && j-i < 10 && d.toks[j].para == d.toks[i].para {
		t := &d.toks[j]
		if t.kind == tPunct {
			if d.text[t.start:t.end] == "." && j > i && (d.lex.honorifics[d.toks[j-1].lower] != genderUnknown || d.toks[j-1].end-d.toks[j-1].start == 1 || abbreviations[d.toks[j-1].lower]) && j+1 < len(d.toks) && (d.toks[j+1].cap || d.isPunct(j+1, ",")) {
				j++
				continue
			}
			break
		}
		if j > i && t.kind == tWord && determiners[t.lower] && !d.is(j-1, "of") && !d.is(j-1, "for") && !d.is(j-1, "at") {
			break // told staff | the polls were wrong
		}
		if !(d.isNPWord(j) || d.isHead(j) || d.lex.honorifics[t.lower] != genderUnknown) {
			if (t.lower == "for" || t.lower == "of" || t.lower == "at") && j > i && j+1 < len(d.toks) && d.isNPWord(j+1) {
				j++
				continue
			}
			if j > i && d.toks[j-1].cap && d.innerNoun(j) {
				// Texas delegate Bill Eastland, Cruz constituent Dan Golvach
				j++
				continue
			}
			if weekdays[t.lower] && j > i && determiners[d.toks[j-1].lower] {
				j++ // a Wednesday editorial
				continue
			}
			if n := d.modifiersBeforeName(j); n > j {
				// party boss Carl Dunn, longtime GOP strategist Ann Bell
				j = n
				continue
			}
			if h := d.headAfterModifiers(j); h > j && j > i && determiners[d.toks[j-1].lower] {
				// the billionaire businessman: modifiers the lists lack
				j = h
				continue
			}
			break
		}
		j++
		if t.poss && j < len(d.toks) && d.toks[j].kind == tWord {
			continue
		}
	}
	for j > i && !d.isHead(j-1) {
		j--
	}

	if j == i {
		if i+1 < len(d.toks) && d.toks[i].kind == tWord && speakerPronouns[d.toks[i].lower] && d.toks[i].lower != "who" && d.toks[i].lower != "which" && d.toks[i+1].kind == tPunct {
			return i + 1, true // said he.
		}
		return 0, false
	}
	return j, true
}

// modifiersBeforeName returns where a full name starts when tokens j
// onward are up to three lower-case words the lists lack and then a
// first and last name (party boss Carl Dunn), or j.
func (d *doc) modifiersBeforeName(j int) int {
	for m := j; m < len(d.toks) && m-j < 3; m++ {
		t := &d.toks[m]
		if t.kind != tWord || t.cap || t.poss || d.lex.stopCaps[t.lower] || notVerbs[t.lower] || determiners[t.lower] || ppWords[t.lower] || (d.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") || strings.ContainsRune(t.lower, '’') || strings.ContainsRune(t.lower, '\'') {
			return j
		}
		if m+2 < len(d.toks) && d.toks[m+1].para == t.para && d.isName(m+1) && (d.isName(m+2) || d.isHonorific(m+1) || j > 0 && determiners[d.toks[j-1].lower] && d.toks[m+2].kind == tPunct) {
			return m + 1 // party boss Carl Dunn, the younger Mr. Trump, the younger Trump.
		}
	}
	return j
}

// isName reports whether token i is a capitalised word that can be part of
// a name.
func (d *doc) isName(i int) bool {
	t := &d.toks[i]
	return t.kind == tWord && t.cap && !t.poss && !d.lex.stopCaps[t.lower]
}

// innerNoun reports whether the lower-case word j stands between a
// capitalised modifier and a name, as a role noun the word lists lack:
// Cruz constituent Dan Golvach.
func (d *doc) innerNoun(j int) bool {
	t := &d.toks[j]
	if t.kind != tWord || t.cap || d.lex.stopCaps[t.lower] || notVerbs[t.lower] || j+2 >= len(d.toks) {
		return false
	}
	n := &d.toks[j+1]
	return n.kind == tWord && n.cap && !d.lex.stopCaps[n.lower] && d.toks[j+2].kind == tWord && d.toks[j+2].cap
}

// npAfterAlone is npAfter for a phrase that must end where a clause ends:
// "said Smith." but not "said Obama “understood …”".
func (d *doc) npAfterAlone(i int) (int, bool) {
	j, ok := d.npAfter(i)
	if ok && j < len(d.toks) && d.toks[j].para == d.toks[i].para && d.toks[j].kind != tPunct && !npFollowers[d.toks[j].lower] {
		return 0, false
	}
	return j, ok
}

// npFollowers may follow an inverted speaker: said Ann Bell when asked,
// said a longtime adviser to the governor.
var npFollowers = map[string]bool{"involved": true, "familiar": true, "close": true, "knowledgeable": true, "briefed": true, "speaking": true, "who": true, "when": true, "as": true, "after": true, "before": true, "during": true, "while": true, "in": true, "at": true, "on": true, "to": true, "from": true, "with": true, "of": true, "for": true, "outside": true, "last": true, "this": true, "yesterday": true, "today": true, "tonight": true, "recently": true, "earlier": true, "later": true}

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

// cueAt returns the cue that token i is, if any: a form that needs a word
// after it (spoke about) is a cue only with that word.
func (d *doc) cueAt(i int) (cueInfo, bool) {
	info, ok := d.lex.cues[d.toks[i].lower]
	if ok && info.after != "" && !d.is(i+1, info.after) {
		return cueInfo{}, false
	}
	return info, ok
}

// isHonorific reports whether token i is an honorific: Mr, Ms, Dr.
func (d *doc) isHonorific(i int) bool {
	_, ok := d.lex.honorifics[d.toks[i].lower]
	return ok && d.toks[i].kind == tWord
}
