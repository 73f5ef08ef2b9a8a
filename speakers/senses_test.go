package speakers

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNonSpeechSenses checks the senses of cue verbs that report no
// statement, each next to the sense that does, with and without the
// part-of-speech tagger.
func TestNonSpeechSenses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"added a goal", `Ann Bell added a goal in the second half.`, nil},
		{"added a third goal", `Ann Bell added a third goal before the break.`, nil},
		{"added two goals", `Ann Bell added 2 goals, and the Ledger won.`, nil},
		{"added that", `Ann Bell added that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (added)`}},
		{"added a clause", `Ann Bell added the council would vote again on Friday.`,
			[]string{`speech indirect «the council would vote again on Friday» (added)`}},
		{"added after a quotation", `"The count was wrong," Ann Bell added.`,
			[]string{`speech direct «"The count was wrong,"» (added)`}},
		{"wrote a book", `Ann Bell wrote a book about the campaign.`, nil},
		{"wrote a letter", `Ann Bell wrote a letter to the council last week.`, nil},
		{"wrote the paper that", `Ann Bell wrote the Ledger, a local paper, that the count was wrong.`,
			[]string{`speech indirect «the Ledger, a local paper, that the count was wrong» (wrote)`}},
		{"wrote that", `Ann Bell wrote that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (wrote)`}},
		{"writes about", `Ann Bell writes about housing policy for the Ledger.`, nil},
		{"writes extensively about", `Ann Bell writes extensively about housing policy.`, nil},
		{"tweeted a photo", `Ann Bell tweeted a photo of the crowd.`, nil},
		{"tweeted that", `Ann Bell tweeted that the crowd was huge.`,
			[]string{`speech indirect «that the crowd was huge» (tweeted)`}},
		{"spoke at the event", `Ann Bell spoke at the event on Friday.`, nil},
		{"spoke about", `Ann Bell spoke about the budget at the event.`,
			[]string{`speech indirect «the budget» (spoke)`}},
		{"talking about going back", `Ann Bell was talking about going back to the council.`, nil},
		{"talking about running", `Ann Bell is talking about running for mayor.`, nil},
		{"talked about a topic", `Ann Bell talked about the budget cuts.`,
			[]string{`speech indirect «the budget cuts» (talked)`}},
		{"pointed out the errors", `Ann Bell pointed out the errors in the count.`,
			[]string{`speech indirect «the errors in the count» (pointed)`}},
		{"pointed out that", `Ann Bell pointed out that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (pointed)`}},
		{"pointed out after a quotation", `"The count was wrong," Ann Bell pointed out.`,
			[]string{`speech direct «"The count was wrong,"» (pointed)`}},
		{"a group called", `A new group called Votes Count held a rally on Friday.`, nil},
		{"a spokesman called", `A spokesman called the plan a disgrace.`,
			[]string{`speech indirect «the plan a disgrace» (called)`}},
		{"a group of rabbis called for", `A group of rabbis called for a boycott of the speech.`,
			[]string{`speech indirect «a boycott of the speech» (called)`}},
		{"called off", `Ann Bell called off the deal on Friday.`, nil},
		{"called a session", `The council called an emergency session after the vote.`, nil},
		{"called for", `Ann Bell called for a recount of every ballot.`,
			[]string{`speech indirect «a recount of every ballot» (called)`}},
		// an infinitive that describes a noun says nothing yet
		{"decision to tell", `Tom Dunn heard of the union's decision to tell members that the mill would close.`, nil},
		{"plan to announce", `Ann Bell has a plan to announce her run in May.`, nil},
		{"little to say", `Ann Bell had little to say about the harbour.`, nil},
		{"no evidence to suggest", `Investigators have no evidence to suggest that Dunn took the money.`, nil},
		{"continued to say", `Ann Bell continued to say that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (say)`}},
		{"likely to argue", `Ann Bell is likely to argue that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (argue)`}},
		// a clause of time or manner after the cue says when, not what
		{"tweeted as", `Tom Dunn, a union leader, tweeted as the mayor spoke from the steps.`, nil},
		{"acknowledged after", `The charity acknowledged after the Ledger asked about the gifts in May.`,
			[]string{`speech indirect «about the gifts in May» (asked)`}},
		{"responded as if", `Ann Bell responded as if she had been hurt by the vote.`, nil},
		{"described as", `Ann Bell described the plan as a gift to developers.`,
			[]string{`speech indirect «the plan as a gift to developers» (described)`}},
		{"said as much", `Ann Bell said as much to the council on Friday.`,
			[]string{`speech indirect «as much to the council on Friday» (said)`}},
		// an adverb of manner and no content after it
		{"responded with a smile", `Ann Bell responded pointedly, with a smile.`, nil},
		{"responded by doing", `The council responded quickly by closing the port.`, nil},
		{"talked openly about", `Ann Bell talked openly about the future of the port.`,
			[]string{`speech indirect «openly about the future of the port» (talked)`}},
		// declined to comment is reported as a refusal, an intent, which
		// -acts speech leaves out (see README.md, "Acts").
		{"declined to comment", `Ann Bell declined to comment on the ruling.`,
			[]string{`intent indirect «to comment on the ruling» (declined)`}},
	}
	for _, tc := range tests {
		for _, pos := range []bool{false, true} {
			name := tc.name
			if pos {
				name += "/pos"
			}
			t.Run(name, func(t *testing.T) {
				a := Attributor{POS: pos}
				assert.Equal(t, tc.want, renderActs(tc.text, a.Attribute(tc.text)))
				s := Attributor{POS: pos, Acts: ActsOf(Speech)}
				for _, at := range s.Attribute(tc.text).Attributions {
					assert.Equal(t, Speech, at.Act)
				}
			})
		}
	}
}

// TestTaggerShared checks that the tagger's model is loaded once and is
// safe for concurrent use (run with -race).
func TestTaggerShared(t *testing.T) {
	assert.Same(t, tagger(), tagger())
	done := make(chan []string)
	text := `Ann Bell added the council would vote again on Friday. Dunn added a goal in the second half.`
	for range 4 {
		go func() {
			a := Attributor{POS: true}
			done <- renderActs(text, a.Attribute(text))
		}()
	}
	for range 4 {
		assert.Equal(t, []string{`speech indirect «the council would vote again on Friday» (added)`}, <-done)
	}
}

// TestObjectEnd checks that a noun-phrase object ends before a phrase of
// time, occasion or manner (the gold of annotated news holds the object only),
// while a clause, an NP-internal "in" and a content with a quotation stay
// whole.
func TestObjectEnd(t *testing.T) {
	tests := []actCase{
		{"endorsed in a month", `The union endorsed Ann Bell in March.`,
			[]string{`speech indirect «Ann Bell» (endorsed)`}},
		{"criticized at a rally", `Tom Dunn criticized the mayor at a rally in Salem.`,
			[]string{`speech indirect «the mayor» (criticized)`}},
		{"thanked through a spokeswoman", `Ann Bell thanked the nurses through a spokeswoman.`,
			[]string{`speech indirect «the nurses» (thanked)`}},
		{"defended after a vote", `Tom Dunn defended the budget after the vote on Tuesday.`,
			[]string{`speech indirect «the budget» (defended)`}},
		{"praised during an interview", `Ann Bell praised the nurses during an interview.`,
			[]string{`speech indirect «the nurses» (praised)`}},
		{"on its page", `The union touted her endorsement on its Facebook page.`,
			[]string{`speech indirect «her endorsement» (touted)`}},
		{"from the floor", `Tom Dunn attacked the mill owners from the Senate floor.`,
			[]string{`speech indirect «the mill owners» (attacked)`}},
		{"with a radio host", `Ann Bell discussed the budget with radio host Tom Dunn.`,
			[]string{`speech indirect «the budget» (discussed)`}},
		{"in the wake of", `Tom Dunn offered softer words in the wake of the vote.`,
			[]string{`intent indirect «softer words» (offered)`}},
		{"with inside the noun phrase", `Ann Bell praised the plan with two parts.`,
			[]string{`speech indirect «the plan with two parts» (praised)`}},
		{"a weekday that opens a name", `Ann Bell praised a memoir by Wednesday Adams at a rally.`,
			[]string{`speech indirect «a memoir by Wednesday Adams» (praised)`}},
		{"by a gerund", `Tom Dunn defended the budget by publicly lowering the costs.`,
			[]string{`speech indirect «the budget» (defended)`}},
		{"by an agent", `Tom Dunn praised the report by the council.`,
			[]string{`speech indirect «the report by the council» (praised)`}},
		{"in inside the noun phrase", `Tom Dunn decried the rise in rents across the city.`,
			[]string{`speech indirect «the rise in rents» (decried)`}},
		{"a clause stays whole", `Ann Bell said the plan failed in March.`,
			[]string{`speech indirect «the plan failed in March» (said)`}},
		{"a pronoun clause stays whole", `Tom Dunn argued he won at a rally in Salem.`,
			[]string{`speech indirect «he won at a rally in Salem» (argued)`}},
		{"a quotation stays whole", `Ann Bell praised the nurses as "heroes" at a rally in Salem.`,
			[]string{`speech mixed «the nurses as "heroes" at a rally in Salem» (praised)`}},
	}
	runActCases(t, tests)
}

// TestRelativeEnd checks that the content of a cue in a relative clause
// between commas ends where the relative clause does, before the main verb.
func TestRelativeEnd(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"before the main verb", `Ann Bell, who had said she would run, criticized Tom Dunn.`, `«she would run» (said)`},
		{"before an auxiliary", `Ann Bell, who said the vote was fair, has left the council.`, `«the vote was fair» (said)`},
		{"a nested relative clause", `Ann Bell, who said the plan, which failed, was bad, left.`, `«the plan, which failed, was bad» (said)`},
		{"no comma", `Ann Bell, who said the vote was fair, left.`, `«the vote was fair» (said)`},
		{"not a relative clause", `Ann Bell said the plan, which failed, was bad.`, `«the plan, which failed, was bad» (said)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderActs(tc.text, Attribute(tc.text))
			require.NotEmpty(t, got)
			assert.Equal(t, "speech indirect "+tc.want, got[0])
		})
	}
}
