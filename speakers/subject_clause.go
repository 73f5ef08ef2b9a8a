package speakers

import "strings"

// Subject rules for a speaker that is the subject of the sentence or of
// its clause, away from the cue.

// openingSubjectRule takes the noun phrase that opens the sentence when a
// comma ends it and the cue follows a comma, or when "and" joins the cue
// to its verb: Tom Dunn, a former adviser who …, said; the senator
// survived prison and says …. The content before the cue is then none.
func openingSubjectRule(s *cueSite, sub subject) subject {
	c, s0 := s.c, s.s0
	b := s.skipBetween(c) // …, on Tuesday said
	and, dash := s.is(b, "and"), s.isDash(b)
	if !s.isPunct(b, ",") && !and && !dash {
		return sub
	}
	e, ok := s.npAfter(s0)
	if !ok || e <= s0 || e >= b || !(s.isPunct(e, ",") && s.isHead(e-1) && !dash || and || dash && s.isDash(e) && s.isHead(e-1)) || s.pos != s0 && !dash {
		return sub
	}
	sub = sub.named(s0, e, s.tokSpan(s0, e))
	sub.subjFrom, sub.pos, sub.k = s0, c, c+1
	return sub
}

// clauseSubjectRule takes the subject of the clause when "and" or "but"
// joins the cue to an earlier verb, else the speaker of the statement the
// sentence gave last: Ann Bell smiled and said …; Wang said relations
// matter and praised the talks.
func clauseSubjectRule(s *cueSite, sub subject) subject {
	j := s.skipBetween(s.c)
	if s.isPunct(j, ",") {
		j = s.beforeAside(j) // stood up and, citing the law, endorsed …
	}
	if !s.is(j, "and") && !s.is(j, "but") {
		return sub
	}
	from, to, ok := s.clauseSubject(s.s0, s.c)
	if !ok && s.s0+1 < s.c && subjectLeads[s.toks[s.s0].lower] {
		from, to, ok = s.clauseSubject(s.s0+1, s.c) // But the court overruled and said …
	}
	if ok && from >= s.pos-1 {
		return sub.named(from, to, s.tokSpan(from, to))
	}
	if s.last != nil && s.last.ent != nil {
		sub.ent, sub.mention = s.last.ent, s.last.mention
	}
	return sub
}

// wideSubjectRule takes, for a strong cue, a subject the word lists cannot
// parse: The billionaire real estate magnate says …; Multiple sources
// privy to the talks say ….
func wideSubjectRule(s *cueSite, sub subject) subject {
	if !s.info.strong || s.info.ing {
		return sub
	}
	from, to, ok := s.wideSubject(s.s0, s.c)
	if !ok || from < s.pos {
		return sub
	}
	sub = sub.named(from, to, s.tokSpan(from, to))
	sub.subjFrom, sub.rule, sub.conf = from, RuleSubject, 0.5
	return sub
}

// wideSubject finds the speaker of a strong cue at c when no noun phrase
// rule did: the subject of the sentence, or the whole short stretch that
// opens the sentence before the cue when it starts like a noun phrase
// (Multiple sources privy to the talks say …).
func (v *view) wideSubject(s0, c int) (from, to int, ok bool) {
	j := v.skipBetween(c)
	if j < s0 || v.toks[j].kind == tQuote {
		return 0, 0, false
	}
	if determiners[v.toks[c-1].lower] || v.toks[c-1].poss {
		return 0, 0, false // a report, her report: a noun
	}
	if f := v.quantifiedPhrase(s0, j); f >= 0 {
		return f, j + 1, true // some families said, 42% say
	}
	from, to, ok = v.mainSubject(s0, c)
	ok = ok && to <= j+1 && !determiners[v.toks[to-1].lower]
	if ok && to == j+1 {
		return from, to, true // the subject stands right before its verb
	}
	if v.phraseOnly(s0, j+1) {
		return s0, j + 1, true
	}
	// Bell, who has relied on …, has said …; Bell went on to say …
	return from, to, ok
}

// quantifiedPhrase returns where a short noun phrase that ends at token j
// starts when a determiner or a number opens it (some families, many local
// farmers, 42%), or -1.
func (v *view) quantifiedPhrase(s0, j int) int {
	if v.isPunct(j, "%") && j > s0 && isNumber(v.toks[j-1].lower) {
		return j - 1
	}
	h := &v.toks[j]
	if w := strings.TrimSuffix(h.lower, "%"); w != h.lower && isNumber(w) {
		return j // 42% say
	}
	if h.kind != tWord || h.cap || h.poss || !strings.HasSuffix(h.lower, "s") || isVerbForm(*h) || clauseWords[h.lower] || notVerbs[h.lower] || (v.lex.cues[h.lower] != cueInfo{}) {
		return -1
	}
	for m := j - 1; m >= s0 && j-m <= 3; m-- {
		t := &v.toks[m]
		if t.kind != tWord {
			return -1
		}
		if quantifiers[t.lower] || isNumberWord(t.lower) {
			return m
		}
		if t.cap || clauseWords[t.lower] || notVerbs[t.lower] || isVerbForm(*t) || (v.lex.cues[t.lower] != cueInfo{}) || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
	}
	return -1
}

// quantifiers open a plural noun phrase: some families, many farmers, his
// aides.
var quantifiers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "some": true, "many": true, "most": true, "several": true, "few": true, "both": true, "all": true, "other": true, "these": true, "those": true, "the": true, "two": true, "three": true, "four": true, "five": true, "numerous": true, "various": true, "dozens": true}

// phraseOnly reports whether tokens [s0, e) can be one noun phrase: a short
// run of words that opens like one and holds no verb of its own.
func (v *view) phraseOnly(s0, e int) bool {
	if e-s0 > maxWideSubject || v.toks[s0].kind != tWord || !(v.toks[s0].cap || determiners[v.toks[s0].lower]) || clauseOpeners[v.toks[s0].lower] {
		return false
	}
	for m := s0; m < e; m++ {
		t := &v.toks[m]
		if t.kind != tWord || clauseWords[t.lower] || (v.lex.cues[t.lower] != cueInfo{}) {
			return false
		}
	}
	return !v.toks[e-1].poss && !determiners[v.toks[e-1].lower]
}

// maxWideSubject is the longest stretch, in tokens, that wideSubject takes
// as a speaker.
const maxWideSubject = 12

// sentenceSubjectRule, the last resort for a strong cue followed by a
// reported clause, takes the noun phrase that opens the sentence, whatever
// stands between it and the cue (an aside, a relative clause with a cue of
// its own, a participle): Harbour experts and city officials, however,
// said …; Local groups that have endorsed him say …; Tom Dunn, citing
// "…," said …. The content before the cue is then none.
func sentenceSubjectRule(s *cueSite, sub subject) subject {
	c := s.c
	if c <= s.s0 || !s.info.strong || s.info.ing || c+1 >= s.s1 || !(s.is(c+1, "that") || s.clauseStart(c+1)) || s.is(c-1, "to") || s.is(c-1, "as") || s.is(c-1, "than") || determiners[s.toks[c-1].lower] || s.toks[c-1].poss || nounLikeCues[s.toks[c].lower] {
		return sub // to say, her remark that, claims that: no verb of the subject
	}
	f := s.s0
	for m := c - 2; m > s.s0; m-- {
		if s.isPunct(m-1, ",") && s.toks[m].kind == tWord && (s.is(m, "and") || s.is(m, "but") || subordinators[s.toks[m].lower]) {
			v := m + 1
			if strings.HasSuffix(s.toks[v].lower, "ly") && v+1 < c {
				v++ // and strongly opposed
			}
			if !subordinators[s.toks[m].lower] && isVerbForm(s.toks[v]) {
				continue // who backed Ann Bell, R-Ohio, and opposed Dunn, said: a second verb
			}
			f = m + 1 // …, and Ann Bell, the adviser, said; …, although history says
			break
		}
	}
	for f < c && s.toks[f].kind == tWord && leadWords[s.toks[f].lower] {
		f++ // Yet harbour economists …
	}
	if s.isPunct(f, ",") {
		f++
	}
	for p := f + 1; p < c && p-f <= maxAdverbial; p++ {
		if s.isPunct(p, ",") {
			if s.frontedAdverbial(f, p) || p == f+1 && strings.HasSuffix(s.toks[f].lower, "ly") {
				f = p + 1 // Recently, Tom Dunn …; Early in the campaign, he …
			}
			break
		}
	}
	if f >= c || s.toks[f].kind != tWord || !(s.toks[f].cap || determiners[s.toks[f].lower] || s.is(f, "some") || s.is(f, "many")) || clauseOpeners[s.toks[f].lower] || ppWords[s.toks[f].lower] || leadWords[s.toks[f].lower] || isVerbForm(s.toks[f]) || isParticiple(s.toks[f]) || strings.HasSuffix(s.toks[f].lower, "ly") {
		return sub
	}
	e, ok := s.npAfter(f)
	if !ok || e <= f || e >= c || !s.isHead(e-1) || s.toks[e].kind == tWord && !subjectGoesOn[s.toks[e].lower] {
		return sub // Facebook found the posting, reported it …: a clause
	}
	for m := e; m < c; m++ {
		if s.isPunct(m, ";") || s.isPunct(m, ":") || s.isPunct(m, ".") && m > e && !s.toks[m-1].cap {
			return sub
		}
	}
	sub = sub.named(f, e, s.tokSpan(f, e))
	sub.subjFrom, sub.pos, sub.k, sub.rule, sub.conf = f, c, c+1, RuleSubject, 0.5
	return sub
}

// nounLikeCues are cue forms that are mostly nouns where no rule before
// found their subject: a remark that, reports that, a claim that.
var nounLikeCues = map[string]bool{"remark": true, "remarks": true, "note": true, "notes": true, "claim": true, "claims": true, "report": true, "reports": true}

// leadWords open a sentence before its subject: Yet experts say ….
var leadWords = map[string]bool{"even": true, "yet": true, "but": true, "and": true, "so": true, "still": true, "meanwhile": true, "nonetheless": true, "nevertheless": true, "however": true, "instead": true, "indeed": true, "alongside": true, "amid": true, "among": true, "despite": true, "unlike": true, "like": true, "without": true}

// subjectGoesOn may follow the noun phrase that opens the sentence inside
// a longer subject: Experts and officials; Friends of Bell who …; Bell
// (D-Ore.).
var subjectGoesOn = map[string]bool{"and": true, "who": true, "that": true, "which": true, "whose": true, "of": true, "in": true, "for": true, "at": true, "from": true, "with": true, "on": true, "close": true, "privy": true}

// beforeAside returns the token before the comma that opens an aside
// closed by the comma at token j (and, citing the law, endorsed: the
// "and"), or j.
func (v *view) beforeAside(j int) int {
	for m := j - 1; m > 0 && j-m <= maxAside*2; m-- {
		if v.isPunct(m, ",") {
			return m - 1
		}
		if v.toks[m].kind == tPunct && (v.isPunct(m, ".") || v.isPunct(m, ";") || v.isPunct(m, ":")) {
			return j
		}
	}
	return j
}
