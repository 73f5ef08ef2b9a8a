package speakers

// Subject rules for a speaker whose name stands before a description
// between commas or dashes: appositives.

import (
	"strings"

	"github.com/whosaid/whosaid/quotes"
)

// longDescRule takes the name that opens the clause before a long
// description that a comma and a determiner or a number go on: Ann Bell,
// the editor of the city's paper, the Ledger, said.
func longDescRule(s *cueSite, sub subject) subject {
	comma := s.skipBetween(s.c)
	if !s.isPunct(comma, ",") {
		return sub
	}
	from, to, ok := s.longAppositive(comma, s.s0, s.pos)
	if !ok || !determiners[s.toks[to+1].lower] && !isNumber(s.toks[to+1].lower) {
		return sub
	}
	sub = sub.named(from, to, s.tokSpan(from, to))
	sub.subjFrom = from
	return sub
}

// appositiveRule takes the name next to a short description between
// commas: Jim Poolman, a delegate, said; Another delegate, Jim Poolman,
// said. A noun phrase before a comma before the name is part of the
// mention.
func appositiveRule(s *cueSite, sub subject) subject {
	comma := s.skipBetween(s.c) // Ann Bell, the judge, on Tuesday called
	if !s.isPunct(comma, ",") {
		return sub
	}
	from, to, ok := s.appositiveSubject(comma, s.s0, s.pos)
	if !ok {
		return sub
	}
	sub = sub.named(from, to, s.tokSpan(from, to))
	sub.subjFrom = from
	if from > s.s0 && s.isPunct(from-1, ",") {
		// the phrase before the name is part of the speaker
		if f0, ok := s.npBefore(from - 1); ok && f0 >= s.pos {
			sub.subjFrom = f0
			sub.mention = s.tokSpan(f0, comma)
		} else if f0 := s.descAfterQuote(from-1, s.pos); f0 >= 0 {
			// "…," the port's chief pilot, Tom Hale, said: a description
			// the word lists cannot parse, between the quotation and the name
			sub.subjFrom = f0
			sub.mention = s.tokSpan(f0, comma)
		}
	}
	return sub
}

// descAfterQuote returns the first token of the words between a quotation
// and the comma at token comma when they read as one description: a
// determiner, then a few words with no verb; or -1.
func (v *view) descAfterQuote(comma, pos int) int {
	m := comma - 1
	for m >= pos && comma-m <= 6 && v.toks[m].kind == tWord && !clauseWords[v.toks[m].lower] && !isVerbForm(v.toks[m]) && !v.lex.isCue(v.toks[m].lower) {
		m--
	}
	f := m + 1
	if f >= comma || m < pos || v.toks[m].kind != tQuote || !determiners[v.toks[f].lower] {
		return -1
	}
	return f
}

// longAppositiveRule takes the name before any long description between
// commas: Mr. Kaplan, a screenwriter and former studio executive, said;
// Ann Bell, who has endorsed Cole, said (the relative clause had a
// statement of its own, which the name may stand before).
func longAppositiveRule(s *cueSite, sub subject) subject {
	comma := s.skipBetween(s.c) // Ann Bell, a nurse from Salem, on Monday said
	if !s.isPunct(comma, ",") {
		return sub
	}
	p := s.pos
	if l := s.last; l != nil && (l.mention.End-l.mention.Start <= 5 && (l.mention.Text(s.text) == "who" || l.mention.Text(s.text) == "which") || strings.HasSuffix(l.cue.Text(s.text), "ing") && l.content.End <= s.toks[comma].start) {
		p = s.s0 // …, a delegate supporting Hale, said
	}
	if from, to, ok := s.longAppositive(comma, s.s0, p); ok {
		sub = sub.named(from, to, s.tokSpan(from, to))
		sub.subjFrom = from
		if p < sub.pos {
			// "…," Ann Bell, who has endorsed Cole, said: the
			// quotation before the name is the content
			sub.pos = p
		}
	}
	return sub
}

// dashAppositiveRule takes the name before a description between dashes:
// Ann Bell — a teacher from Salem — says.
func dashAppositiveRule(s *cueSite, sub subject) subject {
	c := s.skipBetween(s.c) + 1 // Ann Bell — a teacher — on Monday said
	if !s.isDash(c - 1) {
		return sub
	}
	for m := c - 2; m > s.s0 && m >= s.pos && c-m <= maxAppositive; m-- {
		if !s.isDash(m) {
			continue
		}
		if from, ok := s.npBefore(m); ok && from >= s.pos && s.toks[m-1].cap {
			sub = sub.named(from, m, s.tokSpan(from, m))
			sub.subjFrom = from
		}
		break
	}
	return sub
}

// appositiveSubject finds the speaker of a cue that follows an appositive:
// "Tomas Berg, the finance minister, said" or "a delegate, Jim Poolman,
// said". comma is the index of the comma before the cue. It returns the
// tokens of the name.
func (v *view) appositiveSubject(comma, s0, pos int) (from, to int, ok bool) {
	f1, ok1 := v.npBefore(comma)
	if !ok1 || f1 < pos || f1 == comma {
		return 0, 0, false
	}
	if v.toks[comma-1].cap && !speakerPronouns[v.toks[comma-1].lower] && !determiners[v.toks[f1].lower] {
		// a name after a comma: a delegate on the slate, Jim Poolman, said;
		// not a place: Bell, at a meeting in Dover, Del., said
		if f1 > s0 && v.isPunct(f1-1, ",") && !v.isPlace(f1, comma) {
			if v.inRelative(f1-1, s0) {
				return 0, 0, false // Bell, who lives near the capital, Salem, said
			}
			return f1, comma, true
		}
		return v.nameOfPlace(f1, s0, pos)
	}
	// a description after a name: Tomas Berg, the finance minister, said;
	// Tomas Berg, an analyst at Harbour Capital, said
	if !determiners[v.toks[f1].lower] || f1-1 <= s0 || !v.isPunct(f1-1, ",") || v.inRelative(f1-1, s0) {
		return 0, 0, false // Bell, who founded Acme, a firm in Salem, said
	}
	f0, ok0 := v.npBefore(f1 - 1)
	if !ok0 || f0 < pos || !v.toks[f1-2].cap {
		return 0, 0, false
	}
	return f0, f1 - 1, true
}

// longAppositive finds a name before a longer description between commas:
// "…," Ann Bell, 64, a nurse from Salem and a union member, said. comma is
// the comma before the cue. The name must open the clause, after a
// quotation or at the start of the sentence, or after a word that leads
// the sentence (And Ann Bell, a nurse, said).
func (v *view) longAppositive(comma, s0, pos int) (from, to int, ok bool) {
	sawCue := false
	for m := comma - 1; m > s0 && m >= pos && comma-m <= maxAppositive; m-- {
		t := &v.toks[m]
		if t.kind == tQuote && v.quotes[t.quote].Kind == quotes.Speech {
			return 0, 0, false
		}
		if info, ok := v.lex.cues[t.lower]; t.kind == tWord && ok && !info.ing {
			sawCue = true // a participle may describe: a delegate supporting Bell
		}
		if sawCue && t.kind == tWord && (t.lower == "who" || t.lower == "whom") {
			sawCue = false // a member who wants Dunn out: the cue is the relative clause's
		}
		if t.kind != tPunct || !v.isPunct(m, ",") {
			continue
		}
		if sawCue && !v.is(m+1, "who") && !v.is(m+1, "which") && !v.is(m+1, "whose") {
			return 0, 0, false // a cue of its own, unless in a relative clause
		}
		f, ok := v.npBefore(m)
		h := m - 1 // the head of the name, before a party tag: Ann Bell (D-Ore.)
		if v.isPunct(h, ")") {
			for h > f && !v.isPunct(h, "(") {
				h--
			}
			h--
		}
		if !ok || f < pos || h < f || !v.toks[h].cap || speakerPronouns[v.toks[h].lower] || v.isPlace(f, h+1) {
			continue // not a place: at a rally in Ames, Iowa, on Sunday, …
		}
		f = v.pairStart(f, pos)
		lead := f == s0+1 && subjectLeads[v.toks[s0].lower] && pos <= s0 // And Ann Bell, a nurse, said
		if f > s0 && v.toks[f-1].kind != tQuote && !v.isPunct(f-1, ",") && !lead || f == s0 && s0 > 0 && v.toks[s0-1].kind != tQuote && pos != s0 {
			continue
		}
		if v.inRelative(f-1, s0) {
			continue // Ann Bell, whose firm, Paradata, sells data, said
		}
		return f, h + 1, true
	}
	return 0, 0, false
}

// pairStart returns the first token of two names joined by "and" whose
// second starts at token f (Ann Bell and Tom Hale, both lawyers, said), or
// f.
func (v *view) pairStart(f, pos int) int {
	if f < 2 || !v.is(f-1, "and") || !v.isName(f) || !v.isName(f-2) || v.toks[f-2].poss {
		return f
	}
	g, ok := v.npBefore(f - 1)
	if !ok || g < pos || g >= f-1 || v.isPlace(g, f-1) || examplesLeads[v.toks[g].lower] {
		return f // candidates, including Ann Bell and Tom Hale, said: the group speaks
	}
	return g
}

// examplesLeads open a list of examples of the noun before it.
var examplesLeads = map[string]bool{"including": true, "like": true, "such": true, "especially": true, "notably": true, "among": true}

// inRelative reports whether the comma at c closes a phrase opened by a
// comma and a relative pronoun: ", whose company," before "Paradata,".
func (v *view) inRelative(c, s0 int) bool {
	if !v.isPunct(c, ",") {
		return false
	}
	for k := c - 1; k > s0 && c-k <= maxAppositive; k-- {
		if v.isPunct(k, ",") {
			return v.is(k+1, "whose") || v.is(k+1, "who") || v.is(k+1, "which")
		}
	}
	return false
}

// maxAppositive is the longest description, in tokens, that longAppositive
// skips between a name and its cue.
const maxAppositive = 24

// nameOfPlace finds a name with "of", "from" or "at" and a capitalized
// organization or place (at most two, the second after "in") between a
// comma and the capitalized words that end at f1: One pastor, Tom Reed of
// Hill Church in Salem, said. It returns the tokens of the name.
func (v *view) nameOfPlace(f1, s0, pos int) (from, to int, ok bool) {
	for n := 0; n < 2 && f1-1 > s0; n++ {
		p := f1 - 1
		if !v.is(p, "of") && !v.is(p, "from") && !v.is(p, "at") && !(n == 0 && v.is(p, "in")) {
			return 0, 0, false
		}
		f, ok := v.npBefore(p)
		if !ok || f < pos || f == p || !v.toks[p-1].cap || determiners[v.toks[f].lower] {
			return 0, 0, false
		}
		if f > s0 && v.isPunct(f-1, ",") && !v.is(p, "in") {
			return f, p, true
		}
		f1 = f
	}
	return 0, 0, false
}
