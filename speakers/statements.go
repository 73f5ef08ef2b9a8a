package speakers

// The statements stage: the statements of a cue, built from its speaker
// and its content bounds.

import "github.com/whosaid/whosaid/quotes"

// stmt is a statement being built.
type stmt struct {
	content Span
	kind    Kind
	frags   []Span
	cue     Span
	ent     *entity
	mention Span
	conf    float64
	rule    string
	para    int32
	quote   int32 // the quotation of a direct statement, or -1
}

// byMedia after "said by" name how it was said, not who did it: said by
// telephone is active; confirmed by the Senate is passive.
var byMedia = map[string]bool{"telephone": true, "phone": true, "email": true, "e-mail": true, "text": true, "letter": true, "video": true, "videoconference": true, "satellite": true, "fax": true, "mail": true, "radio": true, "cable": true, "way": true}

// objectPronouns can follow a cue as its hearer: told him that …
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true, "you": true, "reporters": true, "journalists": true}

// ppWords open a phrase between a cue and its content: said in a
// statement that …, said on Monday that …
var ppWords = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "with": true, "from": true, "via": true, "while": true, "through": true, "over": true, "last": true, "this": true, "yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "earlier": true, "later": true, "recently": true, "again": true, "also": true, "then": true, "repeatedly": true, "publicly": true, "privately": true, "afterward": true, "afterwards": true, "outside": true, "late": true, "early": true, "previously": true, "separately": true, "to": true}

// verbAfterCue after a cue word shows it is not the main verb.
var verbAfterCue = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "does": true, "did": true, "might": true, "may": true}

// passiveAux before a cue makes it passive: she was told, it is said.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// emitCue emits the statements of the cue at site, with its speaker sub and
// the content bounds b, and returns the last, or nil.
func (d *doc) emitCue(site *cueSite, sub subject, b bounds) *stmt {
	c, info, k, cut := site.c, site.info, b.k, b.cut
	ent, mention, rule, conf, inverted := sub.ent, sub.mention, sub.rule, sub.conf, sub.inverted
	strong := info.strong
	cueSpan := d.tokSpan(c, c+1)
	switch {
	case b.hasAfter && b.hasBefore && !b.beforeQuote && b.commaBefore && d.isPunct(k-1, ",") && strong && !b.afterThat && !inverted:
		// Over the years, she said, email has helped.
		d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
		return d.emit(k, cut, cueSpan, ent, mention, rule, conf)
	case b.hasAfter && b.hasBefore && b.commaBefore && strong && !inverted && d.toks[c+1].kind == tWord && (ppWords[d.toks[c+1].lower] || d.is(c+1, "by") && byMedia[d.toks[c+2].lower]) && !d.speechAfter(c+1, cut):
		// "…," she said on Monday on "Morning Joe": the phrase after the cue
		// is where, not what.
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
	case b.hasAfter && (b.afterQuote || b.colon || !inverted && (b.quoteAfter || b.clause && (b.afterThat || (strong || d.clauseStart(k) && !b.objectless) && !b.beforeQuote))):
		var first *stmt
		if b.beforeQuote && b.commaBefore {
			// "The economy," he said, "is strong."
			first = d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, RuleCueAfter, conf)
		}
		st := d.emit(k, cut, cueSpan, ent, mention, rule, conf)
		if q := d.emitColonQuote(cut, cueSpan, ent, mention, rule, conf); q != nil {
			st = q
		}
		if first != nil && st == nil {
			return first
		}
		return st
	case b.hasAfter && info.theme && !inverted && !b.beforeQuote && (rule == RuleCueBefore || rule == RuleParticiple) && !b.scare && !b.objectless:
		// She endorsed Bell; he urged voters to stay home.
		if d.wordsIn(k, cut) == 1 && (d.is(k, "that") || d.is(k, "this") || d.is(k, "it")) {
			return nil // the poll also found that:
		}
		st := d.emit(k, cut, cueSpan, ent, mention, rule, 0.7)
		if q := d.emitColonQuote(cut, cueSpan, ent, mention, rule, conf); q != nil {
			return q
		}
		return st
	case b.hasBefore && (b.beforeQuote || b.commaBefore && (strong || !b.hasAfter)):
		if rule == RuleCueBefore {
			rule = RuleCueAfter
		}
		return d.emit(b.bFrom, b.bTo, cueSpan, ent, mention, rule, conf)
	}
	return nil
}

// emitColonQuote emits, as a statement of the same speaker, the quotation
// after the colon that ends a cue's content at token cut (Bell declared the
// need for calm: "…"), and returns it, or nil.
func (d *doc) emitColonQuote(cut int, cue Span, ent *entity, mention Span, rule string, conf float64) *stmt {
	if !d.isPunct(cut, ":") || cut+1 >= len(d.toks) || d.toks[cut+1].kind != tQuote || d.toks[cut+1].sent != d.toks[cut].sent || d.ownCueAfter(cut+1) {
		return nil
	}
	return d.emit(cut+1, cut+2, cue, ent, mention, rule, conf)
}

// ownCueAfter reports whether the quotation at token q closes its clause
// and a speaker and a cue follow it: Bell declared the need for calm: "…,"
// she said. The cue after it attributes it, not the lead-in.
func (v *view) ownCueAfter(q int) bool {
	if !v.quoteClosesClause(q) {
		return false
	}
	for m := q + 1; m < len(v.toks) && m <= q+5 && v.toks[m].para == v.toks[q].para; m++ {
		t := &v.toks[m]
		if t.kind == tPunct && !(m == q+1 && v.isPunct(m, ",")) {
			return false
		}
		if info, ok := v.cueAt(m); ok && info.act == Speech && !info.ing && m > q+1 && !v.isPunct(m-1, ",") {
			return true
		}
	}
	return false
}

func (d *doc) emit(i, j int, cue Span, ent *entity, mention Span, rule string, conf float64) *stmt {
	if i >= j {
		return nil
	}
	if d.toks[i].kind == tQuote && j > i+1 && d.quotes[d.toks[i].quote].Kind == quotes.Speech && d.writerAfterQuote(i+1) {
		j = i + 1 // yelled "You lie!" at the president: the quotation alone
	}
	st := stmt{content: Span{Start: d.toks[i].start, End: d.toks[j-1].end}, cue: cue, ent: ent, mention: mention, rule: rule, conf: conf, para: d.toks[i].para, quote: -1}
	nq, nw := 0, 0
	for m := i; m < j; m++ {
		switch d.toks[m].kind {
		case tQuote:
			if d.used[d.toks[m].quote] {
				return nil // already a statement of its own
			}
			nq++
			st.frags = append(st.frags, d.quotes[d.toks[m].quote].Span)
		case tWord:
			nw++
		}
	}
	switch {
	case nq == 1 && nw == 0 && j-i <= 2:
		st.kind, st.frags, st.quote = Direct, nil, d.toks[i].quote
		if d.toks[i].kind != tQuote {
			st.quote = d.toks[i+1].quote
		}
		st.content = d.quotes[st.quote].Span
	case nq > 0:
		st.kind = Mixed
	default:
		st.kind = Indirect
	}
	for m := i; m < j; m++ {
		if d.toks[m].kind == tQuote {
			d.used[d.toks[m].quote] = true
		}
	}
	if st.kind == Mixed && d.isHeadline(int(d.toks[i].para)) && rule != RuleColon {
		// A headline's words are the writer's; only the quoted fragments
		// are the speaker's.
		for _, f := range st.frags {
			fs := st
			fs.content, fs.kind, fs.frags, fs.rule, fs.conf = f, Fragment, nil, RuleHeadline, conf*0.9
			d.stmts = append(d.stmts, fs)
		}
	} else {
		d.stmts = append(d.stmts, st)
	}
	if ent != nil {
		d.spoke(ent, st.para)
	}
	return &d.stmts[len(d.stmts)-1]
}
