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
func (v *view) isNPWord(i int) bool {
	t := &v.toks[i]
	if t.kind != tWord {
		return false
	}
	if t.cap {
		return !v.lex.stopCaps[t.lower] || determiners[t.lower]
	}
	return v.lex.roles[t.lower] || v.lex.titles[t.lower] || titleModifiers[t.lower] || npWords[t.lower] || determiners[t.lower] || isNumber(t.lower) || isOrdinal(t.lower)
}

// ordinalWords stand inside a described speaker: the second official.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true}

// isOrdinal reports whether w is an ordinal in words or digits: second,
// 1st, 22nd.
func isOrdinal(w string) bool {
	if ordinalWords[w] {
		return true
	}
	if len(w) < 3 || !isDigitByte(w[0]) {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return isNumber(w[:len(w)-2])
	}
	return false
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
func (v *view) isHead(i int) bool {
	t := &v.toks[i]
	if t.kind != tWord || t.poss {
		return false
	}
	if t.cap {
		// Some said, Critics say: a role word that opens a sentence
		return !v.lex.stopCaps[t.lower] || t.lower == "i" || v.lex.roles[t.lower] && (i == 0 || v.toks[i-1].sent != t.sent) || v.surnameWord(i)
	}
	if strings.HasSuffix(t.lower, "-year-old") || strings.HasSuffix(t.lower, "-year-olds") {
		return true // the 46-year-old
	}
	// Six in 10 say; two in three said; three-fourths say; some
	// technologists say
	return v.lex.roles[t.lower] || groupHeads[t.lower] || (isNumberWord(t.lower) || isShare(t.lower) || agentPlural(t.lower)) && i+1 < len(v.toks) && v.lex.cues[v.toks[i+1].lower].lemma == "say"
}

// isShare reports whether w names a share of the people asked: half,
// majorities, two-thirds, three-fourths.
func isShare(w string) bool {
	switch w {
	case "half", "majority", "majorities", "plurality", "pluralities", "minority":
		return true
	}
	for _, suf := range []string{"-thirds", "-third", "-fourths", "-fourth", "-quarters", "-quarter", "-fifths", "-fifth"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
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
func (v *view) skipBetween(c int) int {
	j := c - 1
	_, adj := v.lex.adjCues[v.toks[c].lower]
	progressive := strings.HasSuffix(v.toks[c].lower, "ing") || adj // is telling, was saying, is confident
	for j >= 0 && c-j <= 5 && v.toks[j].kind == tWord && v.toks[j].para == v.toks[c].para && !v.surnameWord(j) &&
		(betweenWords[v.toks[j].lower] || progressive && passiveAux[v.toks[j].lower] || adj && remainForms[v.toks[j].lower] || weekdays[v.toks[j].lower] || v.is(j, "on") && weekdays[v.toks[j+1].lower] || len(v.toks[j].lower) > 4 && v.toks[j].lower[len(v.toks[j].lower)-2:] == "ly" && !v.toks[j].cap) {
		j--
	}
	if v.abbrevDot(j) {
		return j - 1 // the F.B.I. has said; Tom Hale Jr. said
	}
	// Sen. Chuck Grassley (R-Iowa) told
	if v.isPunct(j, ")") {
		for m := j - 1; m >= 0 && m > j-8; m-- {
			if v.isPunct(m, "(") {
				return m - 1
			}
		}
	}
	return j
}

// abbrevDot reports whether token j is the period of an abbreviation that
// may end a speaker's name: the F.B.I., Tom Hale Jr.
func (v *view) abbrevDot(j int) bool {
	return v.isPunct(j, ".") && j > 0 && v.toks[j-1].end == v.toks[j].start && (strings.Contains(v.word(j-1), ".") || nameSuffixes[v.toks[j-1].lower])
}

// nameSuffixes end a name with a period: Tom Hale Jr.
var nameSuffixes = map[string]bool{"jr": true, "sr": true}

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
func (v *view) npBefore(end int) (int, bool) {
	j := end - 1
	if v.isPunct(j, ")") {
		// Sen. Ann Bell (D-Ore.), said
		for m := j - 1; m >= 0 && m > j-8; m-- {
			if v.isPunct(m, "(") {
				j = m - 1
				break
			}
		}
	}
	if v.abbrevDot(j) {
		j-- // the F.B.I. has said; Tom Hale Jr. said
	}
	if j > 0 && v.toks[j].kind == tWord && pollParticiples[v.toks[j].lower] && (v.isHead(j-1) || v.is(j-1, "those")) {
		j-- // 56 percent of those polled said; those surveyed say
		if v.is(j, "those") && !v.is(j-1, "of") {
			return j, true // Again, those surveyed said
		}
	}
	if j < 0 || v.toks[j].kind != tWord {
		return 0, false
	}
	t := &v.toks[j]
	if speakerPronouns[t.lower] {
		return j, true
	}
	if !v.isHead(j) {
		return v.npBeforePrep(j)
	}
	return v.closeTo(v.npFrom(j)), true
}

// groupBeforePlace returns the first token of the speaker's noun phrase
// that ends with the place name at from, when a group's head and a
// preposition of place stand before it (officials in Ohio said, voters
// across Iowa say: the officials speak, not Ohio), or from.
func (v *view) groupBeforePlace(from int) int {
	if h, ok := v.groupHeadBefore(from); ok {
		return v.npFrom(h)
	}
	return from
}

// groupHeadBefore returns the head of a group before a preposition of place
// and the capitalised name at token from: "officials" in "officials in
// Ohio", "Voters" in "Voters across Iowa", a plural head before "of"
// ("members" in "members of Congress"). A name before the preposition
// (Bell in Ohio) or a word that is no role or plural agent is none.
func (v *view) groupHeadBefore(from int) (int, bool) {
	from = v.placeListStart(from) // voters in Iowa and New Hampshire
	p, h := from-1, from-2
	if h < 0 || from >= len(v.toks) || !v.toks[from].cap || !placePreps[v.toks[p].lower] && !v.is(p, "of") {
		return 0, false
	}
	if w := v.toks[h].lower; v.is(p, "of") && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && !v.placeOf(h, from) {
		return 0, false // members of Congress speak; the mayor of Dunn is no group
	}
	for m := from; m < len(v.toks) && v.toks[m].kind == tWord && v.toks[m].cap; m++ {
		if v.toks[m].poss || m == from && v.isFirstName(m) {
			return 0, false // the numbers in Bell's tweet; results in Tom Hale winning: no place
		}
	}
	t := &v.toks[h]
	if t.kind != tWord || t.poss || t.sent != v.toks[from].sent || t.cap && h > 0 && v.toks[h-1].sent == t.sent {
		return 0, false // only a lowercase head, or one that opens the sentence
	}
	if !v.lex.roles[t.lower] && !groupHeads[t.lower] && !agentPlural(t.lower) {
		return 0, false
	}
	return h, true
}

// placeListStart returns the first token of a list of capitalised names
// whose last name starts at token from (Iowa and New Hampshire; Ohio,
// Iowa, and Utah), or from.
func (v *view) placeListStart(from int) int {
	for n := 0; n < 8; n++ {
		p := from - 1
		if n == 0 && !v.is(p, "and") && !v.is(p, "or") {
			return from // a list ends with "and" or "or"; a comma alone joins no places (in Salem, Reyes said)
		}
		if v.is(p, "and") || v.is(p, "or") {
			p--
			if v.isPunct(p, ",") {
				p--
			}
		} else if v.isPunct(p, ",") {
			p--
		} else {
			return from
		}
		if p < 0 || v.toks[p].kind != tWord || !v.toks[p].cap || v.toks[p].sent != v.toks[from].sent {
			return from
		}
		for p > 0 && v.toks[p-1].kind == tWord && v.toks[p-1].cap && v.toks[p-1].sent == v.toks[p].sent {
			p--
		}
		from = p
	}
	return from
}

// placePreps join a group to the place it is from: officials in Ohio,
// voters across Iowa, farmers from Utah.
var placePreps = map[string]bool{"in": true, "across": true, "from": true, "throughout": true, "around": true}

// closeTo returns the first token of the speaker's noun phrase that ends
// with the noun phrase at from after "close to" or "to" (people close to
// the mayor, aides to Bell say), or from.
func (v *view) closeTo(from int) int {
	if from < 2 || !v.is(from-1, "to") {
		return from
	}
	h := from - 2
	if v.is(h, "close") {
		h--
	}
	if h < 0 || v.toks[h].kind != tWord || v.toks[h].sent != v.toks[from].sent || v.toks[h].cap && h > 0 && v.toks[h-1].sent == v.toks[h].sent || !v.isHead(h) || speakerPronouns[v.toks[h].lower] {
		return from
	}
	if h == from-2 && !strings.HasSuffix(v.toks[h].lower, "s") && !v.lex.roles[v.toks[h].lower] {
		return from // went to the mayor: "to" after a role or a plural only
	}
	return v.npFrom(h)
}

// npBeforePrep returns the first token of a speaker's noun phrase whose head
// stands before a prepositional phrase or a participle that ends at token j
// (advocates for stem cell research said), and whether there is one.
func (v *view) npBeforePrep(j int) (int, bool) {
	t := &v.toks[j]
	if v.lex.stopCaps[t.lower] || notVerbs[t.lower] {
		return 0, false
	}
	for m := j; m > 0 && j-m <= 6 && v.toks[m].kind == tWord && v.toks[m].sent == t.sent; m-- {
		if (headPreps[v.toks[m].lower] || postParticiples[v.toks[m].lower]) && v.toks[m-1].kind == tWord && !v.toks[m-1].poss && (v.lex.roles[v.toks[m-1].lower] || v.toks[m-1].cap && !v.lex.stopCaps[v.toks[m-1].lower]) {
			if from, ok := v.npBefore(m); ok {
				return from, true
			}
			return 0, false
		}
	}
	return 0, false
}

// quantityNouns count the people of an "of" phrase that speaks as one:
// a handful of Democrats, a number of aides, dozens of residents.
var quantityNouns = map[string]bool{"handful": true, "number": true, "couple": true, "pair": true, "trio": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true, "scores": true, "host": true, "bunch": true, "slew": true}

// quantityOf reports whether token k is a quantity noun followed by "of"
// and a word of a noun phrase: a handful of Democrats, a growing number of
// aides; not the number of users.
func (v *view) quantityOf(k int) bool {
	if k < 0 || k+2 >= len(v.toks) || v.toks[k].kind != tWord || !quantityNouns[v.toks[k].lower] || !v.is(k+1, "of") || !v.isNPWord(k+2) {
		return false
	}
	return !(v.toks[k].lower == "number" && k > 0 && v.is(k-1, "the")) // the number of users: a count
}

// numberAfterDet reports whether token k is a number word after another
// determiner, inside one noun phrase: the two lawmakers, all three men.
func (v *view) numberAfterDet(k int) bool {
	return k > 0 && isNumberWord(v.toks[k].lower) && determiners[v.toks[k-1].lower] && !isNumberWord(v.toks[k-1].lower)
}

// npFrom returns the first token of the speaker's noun phrase whose head is
// token j.
func (v *view) npFrom(j int) int {
	t := &v.toks[j]
	from := j
	for k := j - 1; k >= 0 && j-k < 10; k-- {
		p := &v.toks[k]
		if p.para != t.para || p.sent != t.sent {
			break
		}
		if p.kind == tPunct && (v.isPunct(k, "’") || v.isPunct(k, "'")) && k > 0 && v.toks[k-1].poss && v.toks[k-1].end == p.start {
			continue // Tom Mays’ campaign
		}
		if p.kind == tPunct {
			if v.isPunct(k, "&") && k > 0 && v.toks[k-1].cap && v.toks[k+1].cap {
				continue // Harbour Research & Trading
			}
			// Mr. Holt, Tom W. Dunn
			if v.text[p.start:p.end] == "." && k > 0 && v.toks[k-1].cap && (v.lex.honorifics[v.toks[k-1].lower] != genderUnknown || v.toks[k-1].end-v.toks[k-1].start == 1 || abbreviations[v.toks[k-1].lower]) {
				continue
			}
			break
		}
		if determiners[p.lower] && !v.isInitial(k) {
			from = k
			if v.numberAfterDet(k) && v.toks[k-1].sent == t.sent {
				from = k - 1 // the two lawmakers, his three aides
			}
			break
		}
		if p.poss {
			// the company's spokesman, Bell's campaign
			from = k
			continue
		}
		if (p.lower == "for" || p.lower == "of" || p.lower == "at" || p.lower == "with") && k > 0 && v.toks[k-1].kind == tWord && (v.lex.roles[v.toks[k-1].lower] || personHeads[v.toks[k-1].lower]) {
			continue
		}
		if (p.lower == "for" || p.lower == "of") && k > 0 && v.lex.orgWords[v.word(k-1)] {
			continue // the Office for National Statistics, the Bank of England
		}
		if v.quantityOf(k - 1) {
			from = k - 1 // a handful of Democrats, dozens of residents
			continue
		}
		if p.lower == "of" && k > 0 && v.toks[k-1].cap && v.isPlace(k+1, j+1) {
			continue // Sen. Tom Dunn of Texas
		}
		if p.lower == "in" && k > 0 && isNumberWord(v.toks[k-1].lower) && isNumberWord(v.toks[k+1].lower) {
			continue // six in 10
		}
		if !v.isNPWord(k) {
			// the city council, a local school board: modifiers the word
			// lists lack, between a determiner and the head
			if m := v.modifiersFrom(k); m >= 0 {
				from = m
			}
			break
		}
		if p.cap && v.lex.stopCaps[p.lower] && !v.isInitial(k) {
			break
		}
		from = k
	}
	return from
}

// headAfterModifiers returns the token after a role head that follows one
// or two lower-case modifiers from token j (billionaire businessman), or j.
func (v *view) headAfterModifiers(j int) int {
	for m := j; m < len(v.toks) && m-j < 2; m++ {
		t := &v.toks[m]
		if t.kind != tWord || t.cap || v.lex.stopCaps[t.lower] || notVerbs[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return j
		}
		if m+1 < len(v.toks) && v.isHead(m+1) && !v.toks[m+1].cap {
			return m + 2
		}
		if m == j && m+2 < len(v.toks) && v.isName(m+1) && !v.toks[m+1].poss && v.toks[m+2].kind == tWord && !v.toks[m+2].cap && (v.lex.cues[v.toks[m+2].lower] != cueInfo{} || isVerbForm(v.toks[m+2])) {
			return m + 2 // an angry Bell retorted: a name after a modifier, before a cue
		}
	}
	return j
}

// modifiersFrom returns the determiner that opens a run of up to two
// lower-case modifiers ending at token k (the [city] council), or -1.
func (v *view) modifiersFrom(k int) int {
	for m := k; m >= 0 && k-m < 3; m-- {
		t := &v.toks[m]
		if t.kind != tWord || v.lex.stopCaps[t.lower] || notVerbs[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
		if m > 0 && v.toks[m-1].kind == tWord && determiners[v.toks[m-1].lower] {
			return m - 1
		}
		if m == 0 || v.toks[m-1].sent != t.sent || v.isPunct(m-1, ",") || v.toks[m-1].kind == tQuote {
			return m // …, new fundraising reports show
		}
	}
	return -1
}

// npAfter returns the end of the speaker's noun phrase that starts at token
// i, for inverted cues: said Tomas Berg, said the minister.
func (v *view) npAfter(i int) (int, bool) {
	j := i
	for j < len(v.toks) && j-i < 10 && v.toks[j].para == v.toks[i].para {
		t := &v.toks[j]
		if t.kind == tPunct {
			if v.text[t.start:t.end] == "." && j > i && (v.lex.honorifics[v.toks[j-1].lower] != genderUnknown || v.toks[j-1].end-v.toks[j-1].start == 1 || abbreviations[v.toks[j-1].lower]) && j+1 < len(v.toks) && (v.toks[j+1].cap || v.isPunct(j+1, ",")) {
				j++
				continue
			}
			break
		}
		if j > i && t.kind == tWord && determiners[t.lower] && !v.is(j-1, "of") && !v.is(j-1, "for") && !v.is(j-1, "at") && !v.isInitial(j) && !v.numberAfterDet(j) {
			break // told staff | the polls were wrong
		}
		if !(v.isNPWord(j) || v.isHead(j) || v.lex.honorifics[t.lower] != genderUnknown) {
			if v.quantityOf(j) && (j > i && determiners[v.toks[j-1].lower] || j == i && strings.HasSuffix(t.lower, "s")) {
				j += 2 // said a handful of Democrats, said dozens of residents
				continue
			}
			if (t.lower == "for" || t.lower == "of" || t.lower == "at") && j > i && j+1 < len(v.toks) && v.isNPWord(j+1) {
				j++
				continue
			}
			if nameParticles[t.lower] && j > i && v.isName(j-1) && j+1 < len(v.toks) && v.isName(j+1) && v.toks[j+1].para == t.para {
				j++ // Ann de Vries, Tom van Dam
				continue
			}
			if j > i && v.toks[j-1].cap && v.innerNoun(j) {
				// Texas delegate Ann Bell, Dunn constituent Carl Hale
				j++
				continue
			}
			if weekdays[t.lower] && j > i && determiners[v.toks[j-1].lower] {
				j++ // a Wednesday editorial
				continue
			}
			if n := v.modifiersBeforeName(j); n > j {
				// party boss Carl Dunn, longtime GOP strategist Ann Bell
				j = n
				continue
			}
			if h := v.headAfterModifiers(j); h > j && j > i && determiners[v.toks[j-1].lower] {
				// the billionaire businessman: modifiers the lists lack
				j = h
				continue
			}
			break
		}
		j++
		if t.poss && j < len(v.toks) && v.toks[j].kind == tWord {
			continue
		}
	}
	for j > i && !v.isHead(j-1) {
		j--
	}

	if j == i {
		if i+1 < len(v.toks) && v.toks[i].kind == tWord && speakerPronouns[v.toks[i].lower] && v.toks[i].lower != "who" && v.toks[i].lower != "which" && v.toks[i+1].kind == tPunct {
			return i + 1, true // said he.
		}
		return 0, false
	}
	return j, true
}

// modifiersBeforeName returns where a full name starts when tokens j
// onward are up to three lower-case words the lists lack and then a
// first and last name (party boss Carl Dunn), or j.
func (v *view) modifiersBeforeName(j int) int {
	for m := j; m < len(v.toks) && m-j < 3; m++ {
		t := &v.toks[m]
		if t.kind != tWord || t.cap || t.poss || v.lex.stopCaps[t.lower] || notVerbs[t.lower] || determiners[t.lower] || ppWords[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") || strings.ContainsRune(t.lower, '’') || strings.ContainsRune(t.lower, '\'') {
			return j
		}
		if m+2 < len(v.toks) && v.toks[m+1].para == t.para && v.isName(m+1) && (v.isName(m+2) || v.isHonorific(m+1) || j > 0 && (determiners[v.toks[j-1].lower] && v.toks[m+2].kind == tPunct || (determiners[v.toks[j-1].lower] || v.toks[j-1].poss) && v.verbAfterName(m+2))) {
			return m + 1 // party boss Carl Dunn, the younger Mr. Dunn, the younger Dunn.
		}
	}
	return j
}

// singularVerb reports whether token k is a lower-case word in -s that
// can be the verb of a singular subject: This includes, That means, Acme
// runs; not a noun after "this" (this week, that crisis).
func (v *view) singularVerb(k int) bool {
	t := &v.toks[k]
	return t.kind == tWord && !t.cap && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "is") && !strings.HasSuffix(t.lower, "us")
}

// verbAfterName reports whether token k, after a described name, is its
// verb followed by an object: (the investment giant Acme) runs a mine,
// owns the port.
func (v *view) verbAfterName(k int) bool {
	return k+1 < len(v.toks) && v.singularVerb(k) && determiners[v.toks[k+1].lower]
}

// isInitial reports whether token i is a capital letter and a period that
// stand for a name: the A. of Jock A. Finlayson, not the article A.
func (v *view) isInitial(i int) bool {
	t := &v.toks[i]
	return t.kind == tWord && t.cap && t.end-t.start == 1 && v.isPunct(i+1, ".") && v.toks[i+1].start == t.end && i+2 < len(v.toks) && v.isName(i+2)
}

// isName reports whether token i is a capitalised word that can be part of
// a name.
func (v *view) isName(i int) bool {
	t := &v.toks[i]
	return t.kind == tWord && t.cap && !t.poss && !v.lex.stopCaps[t.lower]
}

// innerNoun reports whether the lower-case word j stands between a
// capitalised modifier and a name, as a role noun the word lists lack:
// Dunn constituent Carl Hale.
func (v *view) innerNoun(j int) bool {
	t := &v.toks[j]
	if t.kind != tWord || t.cap || v.lex.stopCaps[t.lower] || notVerbs[t.lower] || j+2 >= len(v.toks) {
		return false
	}
	n := &v.toks[j+1]
	return n.kind == tWord && n.cap && !v.lex.stopCaps[n.lower] && v.toks[j+2].kind == tWord && v.toks[j+2].cap
}

// npAfterAlone is npAfter for a phrase that must end where a clause ends:
// "said Smith." but not "said Bell “understood …”".
func (v *view) npAfterAlone(i int) (int, bool) {
	j, ok := v.npAfter(i)
	if ok && j < len(v.toks) && v.toks[j].para == v.toks[i].para && v.toks[j].kind != tPunct && !npFollowers[v.toks[j].lower] {
		if p := v.prepTail(i, j); p > i {
			return p, true // said Ann Bell of the Ohio delegation.
		}
		return 0, false
	}
	return j, ok
}

// prepTail returns where a name that npAfter read from token i to j
// ends, when a preposition after the name opens a phrase that a few
// lower-case words finish at the end of the clause (Ann Bell of the Ohio
// delegation.), or -1.
func (v *view) prepTail(i, j int) int {
	p := i + 1
	for p < j && !(headPreps[v.toks[p].lower] && v.toks[p-1].cap) {
		p++
	}
	if p >= j {
		return -1
	}
	for m := j; m < j+4; m++ {
		if m == len(v.toks) || v.toks[m].para != v.toks[i].para || v.toks[m].kind == tPunct {
			return p
		}
		t := &v.toks[m]
		if t.kind != tWord || t.cap || clauseWords[t.lower] || leadStoppers[t.lower] || ppWords[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) {
			return -1
		}
	}
	return -1
}

// npFollowers may follow an inverted speaker: said Ann Bell when asked,
// said a longtime adviser to the governor.
var npFollowers = map[string]bool{"involved": true, "familiar": true, "close": true, "knowledgeable": true, "briefed": true, "speaking": true, "who": true, "when": true, "as": true, "after": true, "before": true, "during": true, "while": true, "in": true, "at": true, "on": true, "to": true, "from": true, "with": true, "of": true, "for": true, "outside": true, "last": true, "this": true, "yesterday": true, "today": true, "tonight": true, "recently": true, "earlier": true, "later": true}

// cueAt returns the cue that token i is, if any: a form that needs a word
// after it (spoke about) is a cue only with that word.
func (v *view) cueAt(i int) (cueInfo, bool) {
	w := v.toks[i].lower
	forms := v.lex.cueForms[w]
	if forms == 0 {
		return cueInfo{}, false // most words: one lookup
	}
	if info, ok := v.lex.adjCues[w]; ok && forms&formAdj != 0 && v.copulaBefore(i) && (info.after == "" && !(i+1 < len(v.toks) && subordinators[v.toks[i+1].lower]) || info.after != "" && v.is(i+1, info.after)) {
		return info, true // is confident that …, is critical of …; not: was upset after …
	}
	if forms&formPlain != 0 {
		return v.lex.cues[w], true
	}
	if info, ok := v.lex.afterCues[w]; ok && v.is(i+1, info.after) {
		return info, true
	}
	return cueInfo{}, false
}

// copulaBefore reports whether a form of be or remain stands before token
// i, with at most an adverb or "not" between: is confident, was not
// sure, remains deeply skeptical.
func (v *view) copulaBefore(i int) bool {
	j := i - 1
	if j > 0 && v.toks[j].kind == tWord && (v.toks[j].lower == "not" || len(v.toks[j].lower) > 4 && strings.HasSuffix(v.toks[j].lower, "ly")) {
		j--
	}
	return j >= 0 && v.toks[j].kind == tWord && (passiveAux[v.toks[j].lower] || remainForms[v.toks[j].lower])
}

// remainForms are copulas besides be: remains convinced.
var remainForms = map[string]bool{"remain": true, "remains": true, "remained": true}

// isHonorific reports whether token i is an honorific: Mr, Ms, Dr.
func (v *view) isHonorific(i int) bool {
	_, ok := v.lex.honorifics[v.toks[i].lower]
	return ok && v.toks[i].kind == tWord
}

// isPlace reports whether the name in tokens [i, j) is a place, a law or an
// event rather than a person: New Hampshire, Palo Alto, Dunn Tower, the
// Affordable Care Act.
func (v *view) isPlace(i, j int) bool {
	if i >= j {
		return false
	}
	if v.lex.thingWords[v.text[v.toks[j-1].start:v.toks[j-1].nameEnd()]] {
		return true
	}
places:
	for _, w := range v.lex.places[v.toks[i].lower] {
		if len(w) != j-i {
			continue
		}
		for m := range w {
			if v.toks[i+m].kind != tWord || v.toks[i+m].lower != w[m] {
				continue places
			}
		}
		return true
	}
	return false
}

// placeAt reports whether a place name of up to three words starts at
// token i.
func (v *view) placeAt(i int) bool {
	for n := 1; n <= 3 && i+n <= len(v.toks) && v.toks[i+n-1].kind == tWord && v.toks[i+n-1].cap; n++ {
		if v.isPlace(i, i+n) {
			return true
		}
	}
	return false
}

// Pronouns that can name a speaker, with the gender they imply.
var pronounGender = map[string]gender{"he": genderMale, "she": genderFemale}

// pronoun kinds
func isPersonPronoun(w string) bool { return w == "he" || w == "she" }

func isPluralPronoun(w string) bool { return w == "they" || w == "we" }

// isFirstName reports whether token i is a given name of the word lists.
func (v *view) isFirstName(i int) bool {
	_, ok := v.lex.firstNames[v.word(i)]
	return ok
}

// surnameWord reports whether the capitalised word at token i is a surname
// that is also a word the lists know (a cue, an auxiliary, a stop word):
// it follows a given name or an honorific and comes before a lower-case
// word or punctuation, as in "Tom Read said", "Mr. Read said", "Ann Will
// said". A title-case headline has capitals on both sides.
func (v *view) surnameWord(i int) bool {
	t := &v.toks[i]
	if i < 1 || t.kind != tWord || !t.cap || v.toks[i-1].sent != t.sent {
		return false
	}
	if n := i + 1; n < len(v.toks) && v.toks[n].kind == tWord && v.toks[n].cap {
		return false
	}
	p := i - 1
	if v.isPunct(p, ".") && p > 0 {
		p-- // Mr. Read
	}
	if v.toks[p].kind != tWord || !v.toks[p].cap {
		return false
	}
	return v.isHonorific(p) || p == i-1 && v.isFirstName(p)
}

// conjoinedAfterComma returns where a subject of two conjoined parts
// starts when a comma opens it and "and" joins a short first part to the
// noun phrase at from: "…, current and former officials said", "…, she
// and another reporter said". Else it returns -1.
func (v *view) conjoinedAfterComma(from int) int {
	a := from - 1
	if a < 2 || !v.is(a, "and") {
		return -1
	}
	for m := a - 1; m >= 1 && a-m <= 3; m-- {
		t := &v.toks[m]
		if t.kind != tWord || t.poss || clauseWords[t.lower] && !isPersonPronoun(t.lower) || notVerbs[t.lower] || isVerbForm(*t) || strings.HasSuffix(t.lower, "ing") || v.lex.isCue(t.lower) || clauseOpeners[t.lower] || subordinators[t.lower] || ppWords[t.lower] {
			return -1 // including unions and groups; whether Bell and her aides
		}
		if v.isPunct(m-1, ",") && v.toks[m-1].sent == t.sent {
			if v.listBefore(m-1) || t.cap && v.toks[m-2].cap && !isPersonPronoun(t.lower) {
				return -1 // Ohio, Iowa, Utah and Texas say; China, Brazil and India show
			}
			return m
		}
	}
	return -1
}

// listBefore reports whether the comma at c ends an item of a list or an
// adverb between commas: "Iowa, Utah and Texas" before it has another
// comma a few words back; "…, though, he and his allies" an adverb.
func (v *view) listBefore(c int) bool {
	if p := &v.toks[c-1]; p.kind == tWord && !p.cap && (strings.HasSuffix(p.lower, "ly") || leadWords[p.lower] || p.lower == "though" || p.lower == "too" || p.lower == "also") {
		return true
	}
	for m := c - 1; m >= 0 && c-m <= 4; m-- {
		if v.toks[m].kind != tWord {
			return v.isPunct(m, ",")
		}
	}
	return false
}

// placeOf reports whether the singular head at token h governs the place
// named from token from on (the governor of Ohio, the government of
// Peru), outside an apposition.
func (v *view) placeOf(h, from int) bool {
	w := v.toks[h].lower
	if !personHeads[w] && !orgHeads[w] || h > 0 && (v.isPunct(h-1, ",") || v.toks[h-1].cap && !v.is(h-1, "the")) {
		return false
	}
	j := from
	for j < len(v.toks) && v.toks[j].kind == tWord && v.toks[j].cap {
		j++
	}
	return v.isPlace(from, j)
}
