package speakers

// receiveVerbs take a noun of support that someone else gives: Bell has
// won support among the crews, the plan drew support from the union, Dunn
// received the endorsement of the board.
var receiveVerbs = map[string]bool{"drew": true, "draw": true, "draws": true, "drawn": true, "drawing": true, "faced": true, "faces": true, "face": true, "facing": true, "received": true, "receives": true, "receiving": true, "won": true, "wins": true, "enjoys": true, "enjoyed": true, "garnered": true, "earned": true, "attracted": true, "endured": true, "has": true, "had": true, "have": true, "under": true}

// receivedNouns are the nouns of nouncues.txt that can be received: what
// the subject got from someone (the act is the noun's, in nouncues.txt).
// "criticism" and "praise" were tried too: on polnear-train their
// statements matched gold under half the time.
var receivedNouns = map[string]bool{"support": true, "backing": true, "endorsement": true}

// receivedCue attributes the support that the subject of a receive verb
// got from a named source, as PolNeAR annotates it: Bell has the support
// of the union (the union supports Bell); the plan drew support from the
// pilots. The content is the subject, the speaker the noun phrase after
// from, of or among; with no source, nothing is attributed.
func (d *doc) receivedCue(c, s0, s1 int) *stmt {
	if !receivedNouns[d.toks[c].lower] || c+2 >= s1 || !(d.is(c+1, "from") || d.is(c+1, "of") || d.is(c+1, "among")) {
		return nil
	}
	v := c - 1
	for v > s0 && c-v <= 4 && !receiveVerbs[d.toks[v].lower] {
		if t := &d.toks[v]; t.kind != tWord || t.cap || t.poss {
			return nil // the union's support of: a possessor is nounCue's
		}
		v--
	}
	if v <= s0 || !receiveVerbs[d.toks[v].lower] {
		return nil
	}
	if d.is(v, "under") {
		v-- // came under …
	}
	j := d.skipBetween(v)
	if j < s0 || d.toks[j].kind != tWord {
		return nil
	}
	from, ok := d.npBefore(j + 1)
	if !ok || from < s0 {
		if j+1-s0 > 8 || d.wordsIn(s0, j+1) != j+1-s0 {
			return nil
		}
		from = d.afterLastOpener(s0, j+1) // The proposal drew …: the clause before the verb
	}
	e, ok := d.npAfter(c + 2)
	if !ok || e <= c+2 || e > s1 {
		return nil
	}
	ent := d.sourceFor(c+2, e)
	if ent == nil {
		return nil
	}
	return d.emit(from, j+1, d.tokSpan(c, c+1), ent, d.tokSpan(c+2, e), RuleCueAfter, 0.5)
}

// nounStatement attributes what a noun cue at c carries: support received
// from a named source (receivedCue), else what the noun's possessor said
// or means (nounCue).
func (d *doc) nounStatement(c, s0, s1 int) *stmt {
	if st := d.receivedCue(c, s0, s1); st != nil {
		return st
	}
	return d.nounCue(c, s1)
}
