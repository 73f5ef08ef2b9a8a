package speakers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDirectQuotes holds the rules for direct quotations of issue 13's
// fifth round: bylines, inverted speakers the word lists cannot parse and
// names between a quotation and its cue.
func TestDirectQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a byline alone in the next paragraph", "The debate ran late.\n\n\"The ferries will run on time.\"\n\n- Nell Ostrow.\n\nThe ferries have not run on time since May.",
			[]string{`direct «"The ferries will run on time."» ← Nell Ostrow [Nell Ostrow] (-; dash-byline)`}},
		{"a byline with a dash and a place", "\"The ferries will run on time.\"\n\n— Tom Hale, Dover.",
			[]string{`direct «"The ferries will run on time."» ← Tom Hale [Tom Hale] (—; dash-byline)`}},
		{"a byline after a full stop outside the marks", "\"The ferries will run on time\".\n\n—Tom Hale, tweeting after the vote.",
			[]string{`direct «"The ferries will run on time"» ← Tom Hale [Tom Hale] (—; dash-byline)`}},
		{"a dash that opens a long paragraph is no byline", "\"The ferries will run on time.\"\n\n— The ferries, which the council bought in 2009 from a yard in the north of the country, have not run on time since May.",
			[]string{`direct «"The ferries will run on time."» ← - (-; no-speaker)`}},
		{"a subhead in single marks", "\"The ferries will run on time,\" Nell Ostrow said.\n\n'A fight from start to finish.'\n\nThe council met in May.",
			[]string{`direct «"The ferries will run on time,"» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`}},
		{"a subhead between dashes", "\"The ferries will run on time,\" Nell Ostrow said.\n\n– ‘We’re alive’ –.\n\nThe council met in May.",
			[]string{`direct «"The ferries will run on time,"» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`}},
		{"single marks alone in a paragraph where speech is in single marks", "'The ferries will run on time,' Nell Ostrow said.\n\n'We will not give up.'",
			[]string{`direct «'The ferries will run on time,'» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`, `direct «'We will not give up.'» ← Nell Ostrow [Nell Ostrow] (-; continuation)`}},
		{"double marks alone in a paragraph", "\"The ferries will run on time,\" Nell Ostrow said.\n\n\"We will not give up.\"",
			[]string{`direct «"The ferries will run on time,"» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`, `direct «"We will not give up."» ← Nell Ostrow [Nell Ostrow] (-; continuation)`}},
		{"the headline of a linked piece", "HARBOUR BEAT—\"Ferries to stop in May,\" by the Ledger's Ann Bell: \"The ferries will stop in May.\"",
			[]string{`direct «"The ferries will stop in May."» ← Ann Bell [the Ledger's Ann Bell] (:; colon)`}},
		{"the headline of a linked piece after a dash", "—\"A new dock opens,\" by Tom Hale: \"It is open.\"",
			[]string{`direct «"It is open."» ← Tom Hale [Tom Hale] (:; colon)`}},
		{"the headline of a linked piece that ends with a nested quotation", "HARBOUR BEAT—\"Tom Hale is leaving 'The Pier,'\" by the Ledger's Ann Bell: \"The ferries will stop in May.\"",
			[]string{`direct «"The ferries will stop in May."» ← Ann Bell [the Ledger's Ann Bell] (:; colon)`}},
		{"a quotation without a comma before by", "\"If there had not been that intervention\" by the navy, the port would have closed, Tom Hale said.",
			[]string{`mixed «"If there had not been that intervention" by the navy, the port would have closed» ← Tom Hale [Tom Hale] (said; cue-after)`}},
		{"a name that ends with Jr. before the cue", "\"The ferries will run on time,\" Tom Hale Jr. said.\n\nTom Hale Jr. said the port would stay open.",
			[]string{`direct «"The ferries will run on time,"» ← Tom Hale Jr [Tom Hale Jr] (said; cue-after)`, `indirect «the port would stay open» ← Tom Hale Jr [Tom Hale Jr] (said; cue-before)`}},
		{"a comma inside a nested quotation at the end", "The board spoke first.\n\n“It was unprecedented in its ‘insensitivity,’” the column noted.",
			[]string{`direct «“It was unprecedented in its ‘insensitivity,’”» ← the column [the column] (noted; cue-after)`}},
		{"a pronoun takes the subject since a speaker of unknown gender", "\"We closed the port,\" the mayor said.\n\nAnn Bell was blunt. \"We lost,\" she said.",
			[]string{`direct «"We closed the port,"» ← the mayor [the mayor] (said; cue-after)`, `direct «"We lost,"» ← Ann Bell [she] (said; cue-after)`}},
		{"a pronoun takes the last speaker when the subject came before", "Ann Bell was blunt.\n\n\"We closed the port,\" the mayor said. \"We lost,\" she said.",
			[]string{`direct «"We closed the port,"» ← the mayor [the mayor] (said; cue-after)`, `direct «"We lost,"» ← the mayor [she] (said; cue-after)`}},
		{"a colon lead-in whose name before the colon is the object of a preposition", "Tom Hale spoke first.\n\nSenate leader Nell Ostrow, R-Ky., delivered a blunt message to Tom Hale: \"It is time to quit.\"",
			[]string{`direct «"It is time to quit."» ← Nell Ostrow [Nell Ostrow] (-; continuation)`}},
		{"a colon lead-in with a name before the colon", "The result did not surprise pollster Nell Ostrow: \"We saw it coming.\"",
			[]string{`direct «"We saw it coming."» ← Nell Ostrow [pollster Nell Ostrow] (:; colon)`}},
		{"a question, then a cue with a particle that opens the next quotation", "Bell wrote to Hale with, \"Why now? Was that on my way?\" Hale then writes back, \"You look fine.\"",
			[]string{`direct «"Why now? Was that on my way?"» ← Bell [Bell] (wrote; cue-before)`, `direct «"You look fine."» ← Hale [Hale] (writes; cue-before)`}},
		{"an adverb between a cue and its quotation", "Nell Ostrow told the board simply, \"We lost.\"",
			[]string{`direct «"We lost."» ← Nell Ostrow [Nell Ostrow] (told; cue-before)`}},
		{"a title after on with an ampersand", "Ann Bell appeared on “Harbour & Friends” to defend the plan.", nil},
		{"a name between a determiner and its noun", "Crews burned their “Save The Port” hats in Dover.", nil},
		{"a name between an article and its noun", "Bell took the stage with a “Ferries For All” tote bag at her side.", nil},
		{"a title before a noun", "Bell crossed the county on a three-day “Ferries Can Fix It” bus tour.", nil},
		{"a program as the hearer of told", "\"Of course he is fair game,\" Ann Bell told \"Harbour and Friends,\" reminding the hosts.",
			[]string{`direct «"Of course he is fair game,"» ← Ann Bell [Ann Bell] (told; cue-after)`}},
		{"the title of a work after a comma", "Her family fled in 1959, Ann Bell said in her 2012 book, \"A Harbour Daughter.\"",
			[]string{`indirect «Her family fled in 1959» ← Ann Bell [Ann Bell] (said; cue-after)`}},
		{"a quotation in title case after told and a hearer", "Tom Hale told reporters, \"We Will Win.\"",
			[]string{`direct «"We Will Win."» ← Tom Hale [Tom Hale] (told; cue-before)`}},
		{"a slogan dated in a parenthesis", "The party ran a fierce campaign.\n\n\"No new piers for the rich!\" (2015). \"Stop the ferries now!\" (2009).",
			nil},
		{"a parenthesis without a year", "\"We will win,\" Tom Hale said.\n\n\"The port is ours!\" (he was shouting).",
			[]string{`direct «"We will win,"» ← Tom Hale [Tom Hale] (said; cue-after)`, `direct «"The port is ours!"» ← Tom Hale [Tom Hale] (-; continuation)`}},
		{"a relative clause ends before the main clause and its cue", "On the claim that there are pilots who agree with him, Tom Hale said he believes \"the port is safe.\"",
			[]string{`mixed «he believes "the port is safe."» ← Tom Hale [Tom Hale] (said; cue-before)`}},
		{"a colon lead-in yields to the cue after its quotation", "In her speech, Ann Bell declared the need for strong will: \"Change the world and then change it again,\" she said.",
			[]string{`indirect «the need for strong will» ← Ann Bell [Ann Bell] (declared; cue-before)`, `direct «"Change the world and then change it again,"» ← Ann Bell [she] (said; cue-after)`}},
		{"two phrases between a cue and its quotation", "Ann Bell leads the group. She announced on her page, in capital letters, \"I am boarding the ferry!\"",
			[]string{`direct «"I am boarding the ferry!"» ← Ann Bell [She] (announced; cue-before)`}},
		{"a relative clause is no phrase before a quotation", "Tom Hale is airing an ad aimed at pilots, in which he declares, \"The port is ours.\"",
			[]string{`direct «"The port is ours."» ← Tom Hale [he] (declares; cue-before)`}},
		{"a name after a determiner and a modifier before a verb", "\"The port will stay,\" Tom Hale said.\n\n\"The port will always be the port,\" an angry Ann Bell retaliated.",
			[]string{`direct «"The port will stay,"» ← Tom Hale [Tom Hale] (said; cue-after)`, `direct «"The port will always be the port,"» ← Ann Bell [an angry Ann Bell] (retaliated; cue-after)`}},
		{"an ampersand in an organisation after a name", "\"Rates will rise,\" Nell Ostrow, an analyst at Harbour Research & Trading, wrote in a note.",
			[]string{`direct «"Rates will rise,"» ← Nell Ostrow [Nell Ostrow] (wrote; cue-after)`}},
		{"a possessor's claim, a copula and a colon", "Ann Bell emailed the mayor. Hale's claim was: \"The port is open.\"",
			[]string{`direct «"The port is open."» ← Hale [Hale] (claim; cue-before)`}},
		{"a possessor's fear, a copula and that", "Hale's fear was that the ships could arrive too late.",
			[]string{`indirect «that the ships could arrive too late» ← Hale [Hale] (fear; cue-before)`}},
		{"a possessor's claim before a colon", "Hale's claim: \"The port is open.\"",
			[]string{`direct «"The port is open."» ← Hale [Hale] (claim; cue-before)`}},
		{"a participle of speech after an appearance", "The mayor appeared to defend his plans by saying, \"I am trying to save the port.\"",
			[]string{`indirect «The mayor appeared to defend his plans» ← - (appeared; appearance)`, `direct «"I am trying to save the port."» ← The mayor [The mayor] (saying; participle)`}},
		{"a quotation that does not end its paragraph", "\"The ferries will run on time,\" the notice said, and nobody believed it.\n\n- Tom Hale.",
			[]string{`direct «"The ferries will run on time,"» ← the notice [the notice] (said; cue-after)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Attribute(tt.text)
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(renderAll(tt.text, r), "\n"))
		})
	}
}

// TestInvertedNameInPhrase: after a quotation that closes its clause, an
// inverted cue takes the first full name in a phrase the word lists cannot
// parse, up to the end of the clause.
func TestInvertedNameInPhrase(t *testing.T) {
	runRule(t, invertedRule, []ruleCase{
		{"a description before the name", "\u201cThe nets are full,\u201d said master of ceremonies Piet Anholt.", "said", nil, "Piet Anholt"},
		{"a participle before the name", "\u201cThe nets are full!\u201d wrote a man calling himself Piet Anholt.", "wrote", nil, "Piet Anholt"},
		{"an organisation after the name, then a relative clause", "\u201cThe nets are full,\u201d said Nell Ostrow of Harbour Watch, who counted the boats.", "said", nil, "Nell Ostrow"},
		{"a lone capitalised modifier and a place", "\u201cThe nets are full,\u201d said retired Navy pilot Nell Ostrow of Dover, Del., before the vote.", "said", nil, "Nell Ostrow"},
		{"an honorific", "\u201cThe nets are full,\u201d said a harbour volunteer, Dr. Nell Ostrow.", "said", nil, "Dr. Nell Ostrow"},
		{"a clause after the cue", "\u201cThe nets are full,\u201d suggested harbour boss Nell Ostrow's refusal to sail could end the season.", "suggested", nil, ""},
		{"no full name", "\u201cThe nets are full,\u201d said the skipper known as Piet.", "said", nil, ""},
		{"not after a quotation", "The nets are full, said master of ceremonies Piet Anholt.", "said", nil, ""},
	})
}

// TestIssuerOfDocument: the source that issued a document speaks through
// it, also when a phrase of its recipients or medium follows the document.
func TestIssuerOfDocument(t *testing.T) {
	runRule(t, npBeforeRule, []ruleCase{
		{"an ad", "The ferry union released a new radio ad calling the mayor \"weak.\"", "calling", nil, "The ferry union"},
		{"an email to its recipients", "Her campaign sent an email to supporters stating that \"the race is close.\"", "stating", nil, "Her campaign"},
		{"a website", "The harbour board launched a website asking for \"a new pier.\"", "asking", nil, "The harbour board"},
		{"a revised statement", "She revised her statement explaining that the files were \"marked.\"", "explaining", nil, "She"},
		{"not a document", "The ferry union hired a new lawyer calling the mayor \"weak.\"", "calling", nil, "a new lawyer"},
	})
}

// TestAppositiveDescriptionWithAName: a description between commas that
// ends with a capitalised name is the title of the name before it, not the
// speaker.
func TestAppositiveDescriptionWithAName(t *testing.T) {
	runRule(t, appositiveRule, []ruleCase{
		{"a description that ends with an organisation", "\u201cRates will rise,\u201d Nell Ostrow, an analyst at Harbour Capital, wrote in a note.", "wrote", nil, "Nell Ostrow"},
		{"a description before the name", "Another delegate, Tom Hale, said the port would close.", "said", nil, "Tom Hale"},
	})
}

// TestCapitalisedNameAfterQuote: one capitalised word between a quotation
// and a cue of speech that ends the clause is a name, even one that is
// also a word (Read, May, From).
func TestCapitalisedNameAfterQuote(t *testing.T) {
	runRule(t, quoteLeadRule, []ruleCase{
		{"a name that is a verb", "\u201cThe nets are full,\u201d Read said.", "said", nil, "Read"},
		{"a name that is a preposition", "\u201cThe nets are full,\u201d From said.", "said", nil, "From"},
		{"not before a clause", "\u201cThe nets are full,\u201d Read said the nets were full.", "said", nil, ""},
		{"not a cue of thought", "\u201cThe nets are full,\u201d Read thought.", "thought", nil, ""},
		{"not a function word", "\u201cThe nets are full,\u201d Then said.", "said", nil, ""},
	})
}

// TestPlacesAreNoSpeakers: a town and its state between commas are where
// the speaker was, not the speaker.
func TestPlacesAreNoSpeakers(t *testing.T) {
	runRule(t, longAppositiveRule, []ruleCase{
		{"a town and its state before a participle", "At a rally in Ames, Iowa, on Sunday, Mrs. Bell spoke of the port, saying that the ferries \"must run.\"", "saying", nil, ""},
		{"a name before an aside with a place", "Ann Bell, during a meeting in Columbus, Ohio, said she was \"done.\"", "said", nil, "Ann Bell"},
	})
	runRule(t, appositiveRule, []ruleCase{
		{"a place is no name after a comma", "Ann Bell, during a meeting in Columbus, Ohio, said she was \"done.\"", "said", nil, ""},
	})
	runRule(t, clauseSubjectRule, []ruleCase{
		{"and with an aside before the cue", "Pastor Ann Bell stood at her pulpit and, citing the law of the sea, endorsed Tom Hale for mayor.", "endorsed", nil, "Pastor Ann Bell"},
	})
}
