package speakers

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
// Theme cues (endorsed Sanders) are not here: their object is the content.
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
// reports what someone said: a group called Black Votes Matter, a move
// called the boneless. The noun before it is a common noun, not a person
// (a spokesman called the plan a disgrace), in a noun phrase that opens
// with a, an, another or one.
func (d *doc) namingCall(c int) bool {
	if c == 0 || d.toks[c].lower != "called" || d.is(c+1, "for") || d.is(c+1, "on") {
		return false // a group of rabbis called for a boycott
	}
	p := &d.toks[c-1]
	if p.kind != tWord || p.cap || p.poss || personHeads[p.lower] || isPersonPronoun(p.lower) {
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
	case "talked", "talk":
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
