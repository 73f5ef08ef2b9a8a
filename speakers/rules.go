package speakers

// The subject rules: who speaks through a cue. They run in the order of
// subjectRules, each deciding only what the rules before it left open, in
// the shape of the sieves of Stanford CoreNLP's quote attribution.

// cueSite is what a subject rule reads: the text, a cue in it and the
// sentence around the cue. A rule must not change it.
type cueSite struct {
	*view
	c      int     // the cue token
	info   cueInfo // what the cue word is
	s0, s1 int     // the sentence, tokens [s0, s1)
	pos    int     // where content before the cue may start
	last   *stmt   // the statement the sentence gave last, or nil
}

// subject is what the subject rules find for a cue: the words that name
// the speaker, or a speaker taken up from the last statement, and where the
// content around the cue may start.
type subject struct {
	words    bool    // the speaker is named by tokens [from, to)
	from, to int     // the speaker's words, when words
	ent      *entity // the speaker of the last statement, taken up, when not words
	// prior are words read first as the speaker and then replaced (a
	// statement, in the town released a statement saying): they are
	// resolved before [from, to), as when the rules were one cascade.
	prior    bool
	pFrom    int
	pTo      int
	mention  Span // the words that name the speaker for this statement
	subjFrom int  // the first token of the speaker before the cue, or the cue
	k        int  // where the content after the cue may start
	pos      int  // where the content before the cue may start
	rule     string
	conf     float64
	inverted bool // the speaker follows the cue: said Tomas Berg
	// titleFrom, titleTo are a title after an inverted speaker, tokens
	// [titleFrom, titleTo): said Tomas Berg, the finance minister.
	titleFrom, titleTo int
	// question holds the content [qFrom, qTo) of a question that no one
	// named asked (When asked whether …, Bell said).
	question   bool
	qFrom, qTo int
	by         string // the name of the rule that decided
}

// decided reports whether a rule has found the speaker, or found that the
// text names none.
func (s subject) decided() bool { return s.words || s.ent != nil || s.question }

// named returns s with the speaker's words [from, to) and the mention.
func (s subject) named(from, to int, mention Span) subject {
	s.words, s.from, s.to, s.mention = true, from, to, mention
	return s
}

// A subjectRule finds the speaker of a cue when the rules before it have
// not. find gets the subject as those rules left it and returns it
// unchanged when the rule does not apply.
type subjectRule struct {
	name string
	find func(s *cueSite, sub subject) subject
}

// subjectRules is the order in which the subject rules fire. The first
// that decides wins.
var subjectRules = []subjectRule{
	{"noun-phrase-before", npBeforeRule},          // subject_np.go: Bell said; the town released a statement saying
	{"party-tag", partyTagRule},                   // subject_np.go: Sen. Ann Bell (D-Ore.), said
	{"long-appositive-description", longDescRule}, // subject_appositive.go: Ann Bell, the editor of the paper, the Ledger, said
	{"appositive", appositiveRule},                // subject_appositive.go: Jim Poolman, a delegate, said
	{"long-appositive", longAppositiveRule},       // subject_appositive.go: Mr. Kaplan, a screenwriter and former executive, said
	{"dash-appositive", dashAppositiveRule},       // subject_appositive.go: Ann Bell — a teacher from Salem — says
	{"quote-lead", quoteLeadRule},                 // subject_quoted.go: "…," the real estate developer said
	{"participle-last", participleLastRule},       // subject_participle.go: "…," she said, adding that …
	{"participle-subject", participleSubjectRule}, // subject_participle.go: Bell left the stage, telling the crowd …
	{"inverted", invertedRule},                    // subject_inverted.go: "…," said Tomas Berg
	{"opening-subject", openingSubjectRule},       // subject_clause.go: Tom Dunn, a former adviser who …, said
	{"clause-subject", clauseSubjectRule},         // subject_clause.go: Ann Bell smiled and said …
	{"question", questionRule},                    // subject_question.go: When asked whether …, Bell said
	{"wide-subject", wideSubjectRule},             // subject_clause.go: The billionaire real estate magnate says …
	{"sentence-subject", sentenceSubjectRule},     // subject_clause.go: Experts and officials, however, said …
	{"gerund", gerundRule},                        // subject_participle.go: After saying he was nervous, the man …
}

// subjectWords runs the subject rules for the cue at s and reports the
// words of the speaker the first that decides names, if it names one.
func (s *cueSite) subjectWords() (subject, bool) {
	sub := subject{subjFrom: s.c, k: s.c + 1, pos: s.pos, rule: RuleCueBefore, conf: 0.9}
	for _, r := range subjectRules {
		if r.name == "inverted" && s.is(s.c+1, "it") {
			continue // put it: the object, not an inverted speaker
		}
		if sub = r.find(s, sub); sub.decided() {
			sub.by = r.name
			return sub, sub.words
		}
	}
	return sub, false
}

// findSubject runs the subject rules for the cue at site and resolves the
// words they found to an entity. It reports false when no rule decided.
func (d *doc) findSubject(site *cueSite) (subject, bool) {
	sub := subject{subjFrom: site.c, k: site.c + 1, pos: site.pos, rule: RuleCueBefore, conf: 0.9}
	for _, r := range subjectRules {
		if sub = r.find(site, sub); sub.decided() {
			sub.by = r.name
			break
		}
	}
	if !sub.decided() {
		return sub, false
	}
	if sub.words {
		if sub.prior {
			d.sourceFor(sub.pFrom, sub.pTo)
		}
		sub.ent = d.sourceFor(sub.from, sub.to)
		if sub.titleTo > sub.titleFrom && sub.ent.kind == Person {
			sub.ent.addTitle(d.text[d.toks[sub.titleFrom].start:d.toks[sub.titleTo-1].end])
		}
	}
	return sub, true
}
