package speakers

import "strings"

// Senses of a cue verb that report no statement: the verb is there, but
// what follows it is a thing done or made, not something said. Bell added
// a goal, wrote a book, writes about housing, was talking about going
// back, called off the deal; a group called Votes Count. The cue stage
// asks notStatement after the content bounds; when it answers true, the
// words after the cue are no content (the words before it still may be:
// "…," Bell added). namingCall takes "called" out before any rule.

// objectCues are the cues whose noun-phrase object is a thing, not a
// statement: added a goal, wrote a book, tweeted a photo. (Say and tell
// are not here: said the plan works reads too much like said a prayer
// without a tagger, and the cue rules already leave "told a story".)
// Theme cues (endorsed Bell) are not here: their object is the content.
var objectCues = map[string]bool{"add": true, "write": true, "tweet": true, "posted": true}

// objectPreps follow a noun phrase object and show that no verb follows
// it: added a goal in the second half.
var objectPreps = map[string]bool{"in": true, "at": true, "on": true, "for": true, "to": true, "of": true, "with": true, "about": true, "before": true, "after": true, "during": true, "from": true, "into": true, "over": true, "under": true, "against": true, "by": true, "since": true, "and": true, "or": true, "last": true, "this": true, "as": true, "titled": true, "called": true, "entitled": true}

// callParticles after called make it a phrasal verb that reports nothing:
// called off the deal, called back.
var callParticles = map[string]bool{"off": true, "back": true}

// callEvents are what one calls by convening it: called a meeting, an
// emergency session, a referendum.
var callEvents = map[string]bool{"meeting": true, "session": true, "referendum": true, "vote": true, "election": true, "hearing": true, "conference": true, "strike": true, "summit": true, "recess": true, "timeout": true}

// namingCall reports whether "called" at c names a thing rather than
// reports what someone said: a group called Votes Count, a move
// called the boneless. The noun before it is a common noun, not a person
// (a spokesman called the plan a disgrace), in a noun phrase that opens
// with a, an, another or one. So does "named" (a staffer named Ann Bell).
func (d *doc) namingCall(c int) bool {
	named := d.toks[c].lower == "named" // a worker named Ann Bell, even of a person
	if c == 0 || d.toks[c].lower != "called" && !named || d.is(c+1, "for") || d.is(c+1, "on") {
		return false // a group of rabbis called for a boycott
	}
	p := &d.toks[c-1]
	if p.kind != tWord || p.cap || p.poss || personHeads[p.lower] && !named || isPersonPronoun(p.lower) {
		return false
	}
	for m := c - 1; m >= 0 && m >= c-5; m-- {
		t := &d.toks[m]
		switch t.lower {
		case "a", "an", "another", "one":
			return t.kind == tWord
		}
		if t.kind != tWord || nonVerbs[t.lower] || t.cap && m < c-1 {
			return false // a group of rabbis called; a plan and called
		}
	}
	return false
}

// notStatement reports whether the words after the cue of site, from b.k
// to b.cut, are what the cue verb did or made rather than a statement.
func (d *doc) notStatement(site *cueSite, b bounds) bool {
	k, cut, info := b.k, b.cut, site.info
	if !b.hasAfter || b.colon || b.afterThat || b.afterQuote || b.quoteAfter || k >= cut || d.toks[k].kind != tWord {
		return false
	}
	if site.c+1 == k && d.mannerOnly(k, cut) {
		return true // responded pointedly, with a smile; talked openly on social media
	}
	if site.c+1 == k && !b.hasBefore && d.timeClause(k, cut) {
		return true // said as she turned around; acknowledged after the paper asked
	}
	if site.c+1 == k && (d.is(k, "each") && d.is(k+1, "other") || d.is(k, "one") && d.is(k+1, "another")) {
		return true // mocked each other at times: a reciprocal object, never annotated
	}
	if info.theme && site.c+1 == k && d.is(k, "among") {
		return true // 67 percent support among young voters: a noun, a share of those polled
	}
	switch info.lemma {
	case "write":
		// writes about housing, wrote extensively about it
		m := k
		if m+1 < cut && len(d.toks[m].lower) > 4 && d.toks[m].lower[len(d.toks[m].lower)-2:] == "ly" {
			m++
		}
		if d.is(m, "about") || d.is(m, "of") {
			return true
		}
	case "ask":
		if site.c+1 == k && d.bareQuestion(k, cut) {
			return true // asked him a question after the rally: the act of asking, no question given
		}
	case "call":
		// called off the deal, called an emergency session
		if site.c+1 == k && callParticles[d.toks[k].lower] {
			return true
		}
		if site.c+1 == k && (d.is(k, "a") || d.is(k, "an") || d.is(k, "the")) {
			for m := k + 1; m < cut && m <= k+3 && d.toks[m].kind == tWord; m++ {
				if callEvents[d.toks[m].lower] {
					return true
				}
			}
		}
	case "finds":
		// found himself at the center of …, found a way to …: a place
		// or a means, not a finding
		if site.c+1 == k && (reflexives[d.toks[k].lower] || (d.is(k, "a") || d.is(k, "ways")) && (d.is(k+1, "way") || d.is(k, "ways"))) {
			return true
		}
	case "talked", "talk":
		if site.c+1 == k && (d.is(k, "points") || d.is(k, "point")) {
			return true // talking points: a noun, not a verb
		}
		if m := d.skipAdverb(k, cut); (d.is(m, "to") || d.is(m, "with")) && !d.wordIn(m, cut, "about") {
			return true // was talking directly to them, talked with aides: a hearer, not what was said
		}
		// talking about going back: a plan talked over, not a statement
		if d.is(k-1, "about") || d.is(k, "about") {
			m := k
			if d.is(m, "about") {
				m++
			}
			if m >= cut {
				return false
			}
			w := d.toks[m].lower
			return len(w) >= 5 && w[len(w)-3:] == "ing" && !nonParticiples[w]
		}
	}
	if !objectCues[info.lemma] || site.c+1 != k {
		return false
	}
	return d.nounObject(site.c, k, cut)
}

// nounObject reports whether the words [k, cut) after the cue at c are a
// noun phrase object with no verb of its own: a goal in the second half,
// a book about the campaign. With the part-of-speech tagger on
// (Attributor.POS), the tagger decides; else the word after the noun
// phrase does: a preposition or the end, not a verb.
func (d *doc) nounObject(c, k, cut int) bool {
	t := &d.toks[k]
	if !(determiners[t.lower] && t.lower != "that" && t.lower != "no" && t.lower != "all" && t.lower != "some" && t.lower != "most" && t.lower != "many" && t.lower != "few" && t.lower != "both" || isNumber(t.lower)) {
		return false
	}
	if d.thatWithin(k, cut, 12) >= 0 {
		return false // wrote the paper, The Ledger, that …: a hearer, then a clause
	}
	if d.pos {
		return !d.finiteVerbAfter(c, k, cut)
	}
	// a noun phrase of at most three words after the determiner, then a
	// preposition, a comma or the end; no auxiliary, no past form
	for m := k + 1; m <= k+4 && m <= cut; m++ {
		if m == cut {
			return m-k <= 3
		}
		t := &d.toks[m]
		switch {
		case t.kind != tWord:
			return m > k+1 && (d.isPunct(m, ",") || d.isPunct(m, ";"))
		case objectPreps[t.lower]:
			return m > k+1
		case verbAfterCue[t.lower] || len(t.lower) > 3 && t.lower[len(t.lower)-2:] == "ed" || d.lex.isCue(t.lower):
			return false
		}
	}
	return false
}

// mannerOnly reports whether the words [k, cut) after a cue open with an
// adverb of manner and then no clause: a preposition, a comma or the end
// (responded enthusiastically by easing sanctions; talking candidly at a
// town hall).
func (d *doc) mannerOnly(k, cut int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.cap || len(t.lower) <= 4 || !strings.HasSuffix(t.lower, "ly") || notAdverbs[t.lower] {
		return false
	}
	n := k + 1
	return n >= cut || d.isPunct(n, ",") || d.toks[n].kind == tWord && mannerAfter[d.toks[n].lower]
}

// mannerAfter follow an adverb of manner when no content follows: with,
// by, to, at, in (but about, on and of open what was talked about).
var mannerAfter = map[string]bool{"with": true, "by": true, "to": true, "at": true, "in": true, "during": true, "for": true, "after": true, "before": true, "as": true}

// notAdverbs end in -ly but are no adverbs of manner.
var notAdverbs = map[string]bool{"family": true, "only": true, "early": true, "likely": true, "rally": true, "ally": true, "daily": true, "weekly": true, "monthly": true, "italy": true, "july": true, "supply": true, "reply": true, "apply": true, "assembly": true}

// whenWords open a clause that tells when or how the cue's act was done,
// not what was said: said as she left, responded as if hurt.
var whenWords = map[string]bool{"as": true, "after": true, "when": true, "while": true}

// timeClause reports whether the words [k, cut) right after a cue are a
// clause of time or manner: as Dunn spoke, after the paper asked about
// them, as if he had been hurt (but not "as much", nor "as the best plan",
// which is what the cue calls something).
func (d *doc) timeClause(k, cut int) bool {
	if !whenWords[d.toks[k].lower] || k+2 >= cut {
		return false
	}
	m := k + 1
	if d.is(k, "as") && d.is(m, "if") {
		m++
	}
	switch contractionStem(d.toks[m].lower) {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	e, ok := d.subjectAt(m)
	return ok && e < cut && d.verbStart(e) && !isParticiple(d.toks[e])
}

// nothingWords before "to" and a cue say that nothing was said: had little
// to say, has nothing but praise to say.
var nothingWords = map[string]bool{"much": true, "little": true, "nothing": true, "anything": true, "something": true, "things": true}

// nounInfinitive reports whether the cue at c is an infinitive that
// describes a noun rather than reports what someone said: the campaign's
// decision to tell supporters …, her plan to announce …, had little to
// say, no evidence to suggest …, in a position to claim ….
func (d *doc) nounInfinitive(c int) bool {
	if c < 2 || !d.is(c-1, "to") {
		return false
	}
	n := &d.toks[c-2]
	if n.kind != tWord || n.cap {
		return false
	}
	if _, ok := d.lex.nounCues[n.lower]; ok {
		return true // the decision to tell, a plan to announce
	}
	if nothingWords[n.lower] {
		return true // had little to say
	}
	if c >= 3 && (determiners[d.toks[c-3].lower] && d.toks[c-3].kind == tWord || d.toks[c-3].poss) && !isVerbForm(*n) {
		return true // no evidence to suggest, a position to claim
	}
	return false
}

// bareQuestion reports whether the words [k, cut) after "ask" are "a
// question" with at most three words of hearer before it and nothing
// after it but the end or a phrase of time or place: asked him a
// question; tried to ask Tom Dunn a question after the hearing. A colon
// or a clause after it (a question: …; a question about …) is content.
func (d *doc) bareQuestion(k, cut int) bool {
	for m := k; m < cut && m <= k+4; m++ {
		if !d.is(m, "a") || !d.is(m+1, "question") {
			continue
		}
		e := m + 2
		return e >= cut || d.toks[e].kind == tWord && questionAfter[d.toks[e].lower]
	}
	return false
}

// questionAfter may follow a bare "a question": asked a question after the
// rally, at the hearing.
var questionAfter = map[string]bool{"after": true, "before": true, "at": true, "during": true, "in": true, "from": true}

// creditLine reports whether the cue at c is no verb of saying at all: it
// opens a credit line, (Additional reporting by Ann Bell; Editing by Tom
// Dunn); "thanks to" means owing to (a lead thanks in part to her wins);
// "add to" means to increase (adding to his wins in March); a question
// word cut off by an aside (described how, growing up, …); an -ing
// adjective (the most promising path, warning signs); "pleaded
// guilty" before a time is a plea in court (PolNeAR annotates only
// "pleaded guilty to …").
func (d *doc) creditLine(c int, info cueInfo) bool {
	switch {
	case info.ing && info.lemma == "report" && d.is(c+1, "by"):
		return true
	case d.toks[c].lower == "thanks":
		m := c + 1
		if d.is(m, "in") && d.is(m+1, "part") {
			m += 2
		} else if m < len(d.toks) && thanksAdverbs[d.toks[m].lower] {
			m++
		}
		return d.is(m, "to")
	case info.lemma == "add":
		return d.is(c+1, "to")
	case d.loneQuestionWord(c):
		return true
	case info.ing && d.adjectiveIng(c):
		return true
	case info.lemma == "plead":
		return d.is(c+1, "guilty") && !d.is(c+2, "to") // pleaded guilty Wednesday to fraud: a plea in court
	}
	return false
}

// loneQuestionWord reports whether the cue at c is followed (past "of" or
// "about") by a question word and a comma: described how, growing up, …
// The statement would be the question word alone, cut off by the aside,
// or the phrase before the cue; PolNeAR annotates neither.
func (d *doc) loneQuestionWord(c int) bool {
	m := c + 1
	if d.is(m, "of") || d.is(m, "about") {
		m++
	}
	return (d.is(m, "how") || d.is(m, "why") || d.is(m, "what") || d.is(m, "whether")) && d.isPunct(m+1, ",")
}

// adjectiveIng reports whether the -ing cue at c is an adjective or part
// of a noun: after a degree word (the most promising path; most telling,
// though, …) or before sign, shot, label or light (some warning signs).
// "Most telling" before a noun is left alone (the most telling promise she
// made is …: PolNeAR annotates it once and leaves it once).
func (d *doc) adjectiveIng(c int) bool {
	if c+1 < len(d.toks) && ingNouns[d.toks[c+1].lower] {
		return true
	}
	if c == 0 || !degreeWords[d.toks[c-1].lower] {
		return false
	}
	return d.toks[c].lower != "telling" || d.isPunct(c+1, ",") || d.is(c+1, "to")
}

// degreeWords before an -ing form make it an adjective: most promising.
var degreeWords = map[string]bool{"most": true, "more": true, "less": true, "least": true, "very": true, "so": true, "quite": true, "too": true}

// ingNouns after an -ing form make it part of a noun: warning signs.
var ingNouns = map[string]bool{"sign": true, "signs": true, "shot": true, "shots": true, "label": true, "labels": true, "light": true, "lights": true}

// thanksAdverbs may stand between "thanks" and "to": thanks largely to.
var thanksAdverbs = map[string]bool{"largely": true, "partly": true, "mainly": true, "mostly": true, "partially": true, "entirely": true, "chiefly": true}

// skipAdverb returns the token after an adverb in -ly at k, before cut, or
// k: (talking) directly to them.
func (d *doc) skipAdverb(k, cut int) int {
	if k+1 < cut && d.toks[k].kind == tWord && len(d.toks[k].lower) > 4 && strings.HasSuffix(d.toks[k].lower, "ly") {
		return k + 1
	}
	return k
}

// wordIn reports whether the word w stands in tokens [from, to).
func (d *doc) wordIn(from, to int, w string) bool {
	for m := from; m < to; m++ {
		if d.is(m, w) {
			return true
		}
	}
	return false
}

// reflexives after "found" make it a place one ends up in, not a finding:
// found himself at the center of the storm.
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "ourselves": true, "myself": true, "yourself": true, "yourselves": true}

// titleAfterCue reports whether the content after a cue is only a quoted
// title: the program a cue of telling names as its hearer (told "Morning
// Harbour,"), or the title of a work after a comma (said in her memoir,
// "A Harbour Daughter."). It is the name of a thing, not what was said.
func (d *doc) titleAfterCue(site *cueSite, b bounds) bool {
	k := b.k
	if !b.hasAfter || !b.afterQuote || b.cut != k+1 || !looksLikeTitle(d.quoteOf(&d.toks[k]).Content.Text(d.text)) {
		return false
	}
	return site.info.object && k == site.c+1 || k >= 2 && d.isPunct(k-1, ",") && workNouns[d.toks[k-2].lower]
}

// workNouns name a work whose title may follow them after a comma: her
// memoir, "A Harbour Daughter."
var workNouns = map[string]bool{"book": true, "memoir": true, "memoirs": true, "autobiography": true, "novel": true, "column": true, "op-ed": true, "essay": true, "film": true, "documentary": true, "show": true, "program": true, "programme": true, "podcast": true, "album": true, "song": true, "speech": true, "article": true, "report": true, "blog": true}
