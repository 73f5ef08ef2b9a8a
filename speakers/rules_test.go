package speakers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/quotes"
)

// The sentences below are invented for these tests.

// siteAt returns the cue site of the first token of text that reads cue,
// with the sentence around it, as sentence() builds it for the first cue
// of a sentence.
func siteAt(t *testing.T, text, cue string, last *stmt) *cueSite {
	t.Helper()
	_, s := docAt(t, text, cue, last)
	return s
}

// docAt is siteAt with the doc of text, before any cue is attributed.
func docAt(t *testing.T, text, cue string, last *stmt) (*doc, *cueSite) {
	t.Helper()
	d := newDoc(text, (&quotes.Finder{}).Find(text))
	for c := range d.toks {
		if d.toks[c].kind != tWord || d.word(c) != cue {
			continue
		}
		info, ok := d.cueAt(c)
		require.True(t, ok, "%q is not a cue", cue)
		s0 := d.sentStart(c)
		s1 := c
		for s1 < len(d.toks) && d.toks[s1].sent == d.toks[c].sent {
			s1++
		}
		return d, &cueSite{view: d.view, c: c, info: info, s0: s0, s1: s1, pos: s0, last: last}
	}
	require.Failf(t, "no cue", "%q not in %q", cue, text)
	return nil, nil
}

// found describes what a rule found: the speaker's words, "last" for the
// speaker of the last statement, "question: …" for a question with no
// speaker, or "" when the rule left the cue open.
func found(s *cueSite, sub subject) string {
	switch {
	case sub.question:
		return "question: " + s.text[s.toks[sub.qFrom].start:s.toks[sub.qTo-1].end]
	case sub.words:
		return s.spanText(sub.from, sub.to)
	case sub.ent != nil:
		return "last"
	}
	return ""
}

type ruleCase struct {
	name string
	text string
	cue  string
	last *stmt  // the statement the sentence gave last, or nil
	want string // see found
}

// runRule runs one rule alone on each case, from the subject the runner
// starts with.
func runRule(t *testing.T, find func(*cueSite, subject) subject, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := siteAt(t, tc.text, tc.cue, tc.last)
			sub := find(s, subject{subjFrom: s.c, k: s.c + 1, pos: s.pos, rule: RuleCueBefore, conf: 0.9})
			assert.Equal(t, tc.want, found(s, sub))
		})
	}
}

// lastBy is a statement by a known speaker, for the rules that take up the
// speaker of the last statement.
var lastBy = &stmt{ent: &entity{name: "Mara Quill", kind: Person, out: -1}}

func TestSubjectRuleOrder(t *testing.T) {
	var names []string
	for _, r := range subjectRules {
		names = append(names, r.name)
	}
	assert.Equal(t, []string{
		"noun-phrase-before", "party-tag", "long-appositive-description", "appositive",
		"long-appositive", "dash-appositive", "quote-lead", "participle-last", "participle-subject",
		"inverted", "opening-subject", "clause-subject", "question", "wide-subject", "sentence-subject", "gerund",
	}, names)
}

func TestNPBeforeRule(t *testing.T) {
	runRule(t, npBeforeRule, []ruleCase{
		{"name", "Orla Penhale said the ferry would run late.", "said", nil, "Orla Penhale"},
		{"pronoun", "She said the ferry would run late.", "said", nil, "She"},
		{"adverb between", "The finance minister also said the ferry would run late.", "said", nil, "The finance minister"},
		{"issuer of a statement", "The ferry company released a statement saying the crossing was safe.", "saying", nil, "The ferry company"},
		{"no phrase", "Late on Tuesday, as expected, said nothing.", "said", nil, ""},
		{"a share in words", "Among the riders, two in three said the ferry runs late.", "said", nil, "two in three"},
		{"a fraction", "Among the riders, three-fourths say the ferry runs late.", "say", nil, "three-fourths"},
		{"a majority", "A majority said the ferry runs late.", "said", nil, "A majority"},
		{"a number word not before say", "The ferry carried three yesterday, officials said.", "said", nil, "officials"},
		{"people close to", "People close to the mayor say the ferry runs late.", "say", nil, "People close to the mayor"},
		{"those polled after a fronted phrase", "By two to one, those polled said the ferry runs late.", "said", nil, "those polled"},
		{"aides to", "The ferry runs late, aides to Orla Penhale say.", "say", nil, "aides to Orla Penhale"},
		{"went to", "She went to the harbour master and said the ferry runs late.", "said", nil, ""},
	})
}

func TestPartyTagRule(t *testing.T) {
	runRule(t, partyTagRule, []ruleCase{
		{"party tag", "Sen. Dorrit Vane (D-Ore.), said the vote would wait.", "said", nil, "Sen. Dorrit Vane"},
		{"no tag", "Sen. Dorrit Vane, said the vote would wait.", "said", nil, ""},
		{"tag between commas, then a day", "Rep. Dorrit Vane, R-Ore., on Monday said the vote would wait.", "said", nil, "Rep. Dorrit Vane"},
		{"tag between commas", "\u201cWe wait,\u201d Rep. Dorrit Vane, R-Ore., said of the vote.", "said", nil, "Rep. Dorrit Vane"},
		{"description between commas", "\u201cWe wait,\u201d Dorrit Vane, a delegate, said of the vote.", "said", nil, ""},
	})
}

func TestQuoteLeadRule(t *testing.T) {
	runRule(t, quoteLeadRule, []ruleCase{
		{"description after a quote", "\u201cHe is a fine sailor,\u201d the retired harbour pilot said of Mr. Brack.", "said", nil, "the retired harbour pilot"},
		{"number", "\u201cThe levy is unfair,\u201d the two write.", "write", nil, "the two"},
		{"question", "\u201cWhere is the ferry?\u201d the angry passengers on the quay asked.", "asked", nil, "the angry passengers on the quay"},
		{"a full stop inside the marks before a lower-case speaker", "\u201cThe pier is closed. The storm is coming.\u201d a harbour notice says.", "says", nil, "a harbour notice"},
		{"a head noun that is also a cue", "\u201cYou are a fine sailor!\u201d the note says.", "says", nil, "the note"},
		{"a clause of its own", "\u201cWe will sail,\u201d the crowd shouted as Ilse Brack said goodbye.", "said", nil, ""},
		{"the quote ends a sentence", "\u201cWe will sail.\u201d The harbour pilot said nothing more.", "said", nil, ""},
		{"no quote before", "The retired harbour pilot said the ferry was late.", "said", nil, ""},
	})
}

func TestLongDescRule(t *testing.T) {
	runRule(t, longDescRule, []ruleCase{
		{"name before a description", "Ines Calloway, the editor of the town's paper, the Wick Courier, said the press would close.", "said", nil, "Ines Calloway"},
		{"no determiner after the name", "Ines Calloway, editor of the town's paper, said the press would close.", "said", nil, ""},
	})
}

func TestAppositiveRule(t *testing.T) {
	runRule(t, appositiveRule, []ruleCase{
		{"description after the name", "Jory Pellam, the city's finance minister, said the budget was balanced.", "said", nil, "Jory Pellam"},
		{"name after the description", "Another delegate, Jory Pellam, said the budget was balanced.", "said", nil, "Jory Pellam"},
		{"no comma", "Jory Pellam said the budget was balanced.", "said", nil, ""},
		{"a day between the appositive and the cue", "Jory Pellam, the city's finance minister, on Tuesday called the budget balanced.", "called", nil, "Jory Pellam"},
		{"a weekday between the appositive and the cue", "Another delegate, Jory Pellam, Monday said the budget was balanced.", "said", nil, "Jory Pellam"},
	})
	// The phrase before the name is part of the mention.
	s := siteAt(t, "Another delegate, Jory Pellam, said the budget was balanced.", "said", nil)
	sub := appositiveRule(s, subject{subjFrom: s.c, k: s.c + 1, pos: s.pos})
	assert.Equal(t, "Another delegate, Jory Pellam", sub.mention.Text(s.text))
	// A description the word lists cannot parse, after a quotation, too.
	for _, tc := range []struct{ text, want string }{
		{`"We looked at every ship," the port's chief pilot, Jory Pellam, told the paper.`, "the port's chief pilot, Jory Pellam"},
		{`"We looked at every ship," they said after pilot training, Jory Pellam, told the paper.`, "Jory Pellam"},
	} {
		s := siteAt(t, tc.text, "told", nil)
		sub := appositiveRule(s, subject{subjFrom: s.c, k: s.c + 1, pos: s.pos})
		assert.Equal(t, tc.want, sub.mention.Text(s.text), tc.text)
	}
}

func TestLongAppositiveRule(t *testing.T) {
	runRule(t, longAppositiveRule, []ruleCase{
		{"long description", "Mr. Fennick, a clockmaker and former town councillor, said the tower clock was fixed.", "said", nil, "Mr. Fennick"},
		{"a day before the cue", "Mr. Fennick, a clockmaker and former town councillor, on Friday urged the council to fix the clock.", "urged", nil, "Mr. Fennick"},
		{"no name", "the clockmaker, a former town councillor, said the tower clock was fixed.", "said", nil, ""},
		{"after And", "And Mr. Fennick, one of the last clockmakers in the valley, said the tower clock was fixed.", "said", nil, "Mr. Fennick"},
		{"after But", "But Ida Marsh, a beekeeper from Ashby and a town councillor, said the summer was dry.", "said", nil, "Ida Marsh"},
		{"after a phrase", "In Ashby Ida Marsh, a beekeeper from the valley, said the summer was dry.", "said", nil, ""},
		{"a cue in a relative clause", "Ida Marsh, a beekeeper who wants the hives moved, said the summer was dry.", "said", nil, "Ida Marsh"},
		{"a cue of its own", "Ida Marsh, the beekeeper says, the summer was dry, said Dunn.", "said", nil, ""},
	})
}

func TestDashAppositiveRule(t *testing.T) {
	runRule(t, dashAppositiveRule, []ruleCase{
		{"between dashes", "Talia Brenn — a beekeeper from Ashby — says the summer was dry.", "says", nil, "Talia Brenn"},
		{"no dash", "Talia Brenn, a beekeeper from Ashby, says the summer was dry.", "says", nil, ""},
		{"a day after the dashes", "Talia Brenn — a beekeeper from Ashby — on Monday said the summer was dry.", "said", nil, "Talia Brenn"},
	})
}

func TestParticipleLastRule(t *testing.T) {
	runRule(t, participleLastRule, []ruleCase{
		{"after a comma", "The bridge will reopen, she said, adding that tolls would rise.", "adding", lastBy, "last"},
		{"no statement before", "The bridge will reopen, adding that tolls would rise.", "adding", nil, ""},
		{"not a participle", "The bridge will reopen, she said.", "said", lastBy, ""},
	})
	// A statement with no speaker leaves the cue open, but names the rule.
	s := siteAt(t, "The bridge will reopen, adding that tolls would rise.", "adding", &stmt{})
	sub := participleLastRule(s, subject{rule: RuleCueBefore})
	assert.False(t, sub.decided())
	assert.Equal(t, RuleParticiple, sub.rule)
}

func TestParticipleSubjectRule(t *testing.T) {
	runRule(t, participleSubjectRule, []ruleCase{
		{"subject of the sentence", "Nell Ostrow left the stage, telling the crowd that the mill would stay open.", "telling", nil, "Nell Ostrow"},
		{"pronoun before by", "When he returned he began by saying the mill would stay open.", "saying", nil, "he"},
		{"taken by the last statement", "Nell Ostrow left the stage, telling the crowd that the mill would stay open.", "telling", lastBy, ""},
	})
}

func TestInvertedRule(t *testing.T) {
	runRule(t, invertedRule, []ruleCase{
		{"after a quote", "\u201cThe nets are full,\u201d said Piet Anholt.", "said", nil, "Piet Anholt"},
		{"with a title", "\u201cThe nets are full,\u201d said Piet Anholt, the finance minister.", "said", nil, "Piet Anholt"},
		{"description, then the name", "\u201cThe nets are full,\u201d said the board's chairman, Piet Anholt.", "said", nil, "Piet Anholt"},
		{"a described speaker the lists lack, to the end of the clause", "\u201cThe nets are full,\u201d wrote one harbour commenter.", "wrote", nil, "one harbour commenter"},
		{"middle initial", "\u201cThe nets are full,\u201d said Piet A. Anholt, head of the fishing board.", "said", nil, "Piet A. Anholt"},
		{"not where the clause ends", "\u201cThe nets are full,\u201d said Piet Anholt loudly to everyone there.", "said", nil, ""},
	})
	s := siteAt(t, "\u201cThe nets are full,\u201d said Piet Anholt, the finance minister.", "said", nil)
	sub := invertedRule(s, subject{})
	require.True(t, sub.inverted)
	assert.Equal(t, "finance minister", s.text[s.toks[sub.titleFrom].start:s.toks[sub.titleTo-1].end])
}

func TestOpeningSubjectRule(t *testing.T) {
	runRule(t, openingSubjectRule, []ruleCase{
		{"subject before a long clause", "Oskar Lind, an adviser who once ran the port authority for a decade, said the dredging must stop.", "said", nil, "Oskar Lind"},
		{"joined by and", "The senator survived the scandal and says he will run again.", "says", nil, "The senator"},
		{"no comma, no and", "Oskar Lind said the dredging must stop.", "said", nil, ""},
		{"a day before the cue", "Oskar Lind, an adviser who once ran the port authority for a decade, on Friday said the dredging must stop.", "said", nil, "Oskar Lind"},
	})
}

func TestClauseSubjectRule(t *testing.T) {
	runRule(t, clauseSubjectRule, []ruleCase{
		{"subject of the clause", "Speaking in Wexley, Rhona Dale smiled and said the plan was sound.", "said", nil, "Rhona Dale"},
		{"speaker of the last statement", "\u201cIt holds,\u201d and said nothing more.", "said", lastBy, "last"},
		{"no conjunction", "Rhona Dale said the plan was sound.", "said", nil, ""},
	})
}

func TestQuestionRule(t *testing.T) {
	runRule(t, questionRule, []ruleCase{
		{"when asked", "When asked whether the dam would hold, Ebba Sorn said it would.", "asked", nil, "question: whether the dam would hold"},
		{"too short", "When asked why, Ebba Sorn said nothing.", "asked", nil, ""},
		{"asked by someone", "Ebba Sorn asked whether the dam would hold.", "asked", nil, ""},
	})
}

func TestWideSubjectRule(t *testing.T) {
	runRule(t, wideSubjectRule, []ruleCase{
		{"long description", "The retired lighthouse keeper says the fog came early.", "says", nil, "The retired lighthouse keeper"},
		{"quantified", "Many local fishermen say the fog came early.", "say", nil, "Many local fishermen"},
		{"a noun, not a verb", "Her report says the fog came early.", "says", nil, ""},
	})
}

func TestSentenceSubjectRule(t *testing.T) {
	runRule(t, sentenceSubjectRule, []ruleCase{
		{"an aside", "Harbour officials and dock crews, however, said the fog would lift.", "said", nil, "Harbour officials"},
		{"a relative clause with a cue", "Local groups that have endorsed the mayor say that the fog came early.", "say", nil, "Local groups"},
		{"a lead word", "Yet the harbour officials, like their rivals, say it came early.", "say", nil, "the harbour officials"},
		{"even", "Even the port's biggest critics, like Orla Penhale, say it came early.", "say", nil, "the port's biggest critics"},
		{"a fronted adverb", "Recently, Orla Penhale, who runs the ferry, said the fog would lift.", "said", nil, "Orla Penhale"},
		{"after a comma and and", "The port stayed shut, and Piet Anholt, the harbour master, said the fog would lift.", "said", nil, "Piet Anholt"},
		{"a clause, not a subject", "The pilot saw the fog, reported it to the port and said the ferry would wait.", "said", nil, ""},
		{"an infinitive", "The pilot stood on the quay to say the fog would lift.", "say", nil, ""},
		{"a noun", "The pilot dismissed the claims that the fog came early.", "claims", nil, ""},
		{"a weak cue", "Harbour pilots and dock crews, however, hoped the fog would lift.", "hoped", nil, ""},
	})
}

func TestGerundRule(t *testing.T) {
	runRule(t, gerundRule, []ruleCase{
		{"after a clause", "The spokesman resigned soon after saying the fog would lift.", "saying", nil, "The spokesman"},
		{"while, after an adverb", "Orla Penhale praised the crews while also arguing that the port was too small.", "arguing", nil, "Orla Penhale"},
		{"a fronted phrase", "After saying he was tired, the spokesman resigned.", "saying", nil, "the spokesman"},
		{"a phrase of time before the preposition", "One month after announcing her run, Orla Penhale resigned.", "announcing", nil, "Orla Penhale"},
		{"a fronted adverb before the subject", "Most recently, the spokesman resigned after mocking the mayor.", "mocking", nil, "the spokesman"},
		{"a participle that opens the sentence", "Noting that the fog would lift, the spokesman resigned.", "Noting", nil, "the spokesman"},
		{"not after from", "The pilot refrained from attacking the mayor.", "attacking", nil, ""},
		{"not a gerund", "The pilot said the fog would lift.", "said", nil, ""},
		{"a gerund that opens the text", "Saying so, the spokesman resigned.", "Saying", nil, ""},
	})
}

// TestSubjectRulesDecide runs the whole table: the first rule that decides
// wins, whatever later rules would find.
func TestSubjectRulesDecide(t *testing.T) {
	cases := []struct {
		text, cue, by, want string
	}{
		{"Orla Penhale said the ferry would run late.", "said", "noun-phrase-before", "Orla Penhale"},
		{"Another delegate, Jory Pellam, said the budget was balanced.", "said", "appositive", "Jory Pellam"},
		{"\u201cThe nets are full,\u201d said Piet Anholt.", "said", "inverted", "Piet Anholt"},
		{"\u201cThe nets are full,\u201d the old harbour pilot said.", "said", "quote-lead", "the old harbour pilot"},
		{"When asked whether the dam would hold, Ebba Sorn said it would.", "asked", "question", "question: whether the dam would hold"},
		{"The retired lighthouse keeper says the fog came early.", "says", "wide-subject", "The retired lighthouse keeper"},
	}
	for _, tc := range cases {
		t.Run(tc.by, func(t *testing.T) {
			d, s := docAt(t, tc.text, tc.cue, nil)
			sub, ok := d.findSubject(s)
			require.True(t, ok)
			assert.Equal(t, tc.by, sub.by)
			assert.Equal(t, tc.want, found(s, sub))
		})
	}
}

// TestFindSubjectResolvesPrior checks that the words a rule read first as
// the speaker and then replaced (a statement, before its issuer) are still
// resolved, before the speaker, as when the rules were one cascade: later
// statements may name the same source.
func TestFindSubjectResolvesPrior(t *testing.T) {
	d, s := docAt(t, "The ferry company released a statement saying the crossing was safe.", "saying", nil)
	sub, ok := d.findSubject(s)
	require.True(t, ok)
	assert.Equal(t, "noun-phrase-before", sub.by)
	assert.Equal(t, "The ferry company", found(s, sub))
	require.NotNil(t, sub.ent)
	assert.Equal(t, "The ferry company", sub.ent.name)
	assert.NotNil(t, d.bySource["a statement"], "the prior words name an entity too")
}
