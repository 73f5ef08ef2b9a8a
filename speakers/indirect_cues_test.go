package speakers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndirectCueFamilies covers the cue families added for indirect
// recall (issue 13): verbs of knowing and guessing, judgements, wishes and
// decisions, and forms that are cues only before a given word. Each family
// carries its act, so that -acts speech does not take a thought for speech.
func TestIndirectCueFamilies(t *testing.T) {
	tests := []actCase{
		{"realize", `Ann Bell realized that the ferry would not come.`,
			[]string{`thought indirect «that the ferry would not come» (realized)`}},
		{"recognize", `The harbour board recognizes that the pier is unsafe.`,
			[]string{`thought indirect «that the pier is unsafe» (recognizes)`}},
		{"suspect", `Tom Dunn suspected the count was wrong.`,
			[]string{`thought indirect «the count was wrong» (suspected)`}},
		{"understand", `Ann Bell understood that the strike would go on.`,
			[]string{`thought indirect «that the strike would go on» (understood)`}},
		{"figure", `Ann Bell figures that the vote is already lost.`,
			[]string{`thought indirect «that the vote is already lost» (figures)`}},
		{"speculate", `Tom Dunn speculated that the mayor would resign.`,
			[]string{`speech indirect «that the mayor would resign» (speculated)`}},
		{"clarify", `Ann Bell later clarified that the levy would stay.`,
			[]string{`speech indirect «that the levy would stay» (clarified)`}},
		{"deem", `The harbour board deemed the old pier unsafe.`,
			[]string{`thought indirect «the old pier unsafe» (deemed)`}},
		{"considering", `Ann Bell is considering a run for the council.`,
			[]string{`thought indirect «a run for the council» (considering)`}},
		{"trust", `Tom Dunn distrusts the new harbour master.`,
			[]string{`thought indirect «the new harbour master» (distrusts)`}},
		{"admire", `Tom Dunn admires the old ferry crews.`,
			[]string{`thought indirect «the old ferry crews» (admires)`}},
		{"planning to", `The union is planning to strike in March.`,
			[]string{`intent indirect «to strike in March» (planning)`}},
		{"planning as a modifier", `"We will strike," said the union's planning director, Ann Bell.`,
			[]string{`speech direct «"We will strike,"» (said)`}},
		{"looking to", `Ann Bell is looking to cut the ferry levy.`,
			[]string{`intent indirect «to cut the ferry levy» (looking)`}},
		{"look without to", `Ann Bell took a long look at the harbour.`, nil},
		{"accept", `The council accepted the offer of the pilots.`,
			[]string{`intent indirect «the offer of the pilots» (accepted)`}},
		{"ignore", `The mayor ignored the warning from the pilots.`,
			[]string{`intent indirect «the warning from the pilots» (ignored)`}},
		{"approve", `The board approved the new ferry timetable.`,
			[]string{`intent indirect «the new ferry timetable» (approved)`}},
		{"embrace", `Tom Dunn embraced the plan to close the pier.`,
			[]string{`intent indirect «the plan to close the pier» (embraced)`}},
		{"wish", `Ann Bell wished the crews a safe return.`,
			[]string{`intent indirect «the crews a safe return» (wished)`}},
		{"made clear", `Ann Bell made clear that she would not resign.`,
			[]string{`speech indirect «that she would not resign» (made)`}},
		{"made without clear", `Ann Bell made a sandwich for the pilots.`, nil},
		{"bare clause after a thought", `Tom Dunn believes meaningful debt relief is possible only in court.`,
			[]string{`thought indirect «meaningful debt relief is possible only in court» (believes)`}},
		{"bare clause of two words", `Ann Bell thinks private funding will not be enough.`,
			[]string{`thought indirect «private funding will not be enough» (thinks)`}},
		{"and before an auxiliary is no clause", `Tom Dunn, a pollster who advised the port's 2008 campaign and is a strategist for the union, said the count was wrong.`,
			[]string{`speech indirect «the count was wrong» (said)`}},
		{"is confident that", `Ann Bell is confident that the ferry will sail.`,
			[]string{`thought indirect «that the ferry will sail» (confident)`}},
		{"remains convinced", `Ann Bell remains convinced that the count was wrong.`,
			[]string{`thought indirect «that the count was wrong» (convinced)`}},
		{"was worried about", `Tom Dunn was worried about the new levy.`,
			[]string{`thought indirect «the new levy» (worried)`}},
		{"is not sure", `Tom Dunn is not sure that the levy will pass.`,
			[]string{`thought indirect «that the levy will pass» (sure)`}},
		{"is eager to", `Ann Bell is eager to run for the council.`,
			[]string{`intent indirect «to run for the council» (eager)`}},
		{"is critical of", `Tom Dunn is critical of the new levy.`,
			[]string{`thought indirect «the new levy» (critical)`}},
		{"concerned about", `Ann Bell is concerned about the new timetable.`,
			[]string{`thought indirect «the new timetable» (concerned)`}},
		{"as far as one is concerned", `The levy, as far as Tom Dunn is concerned, is dead.`, nil},
		{"is receptive to", `Ann Bell is receptive to a new ferry levy.`,
			[]string{`thought indirect «a new ferry levy» (receptive)`}},
		{"critical without of", `Tom Dunn is critical to the new plan.`, nil},
		{"upset after", `The crews were upset after the mayor left the hall.`, nil},
		{"adjective without a copula", `A confident Ann Bell left the hall.`, nil},
		{"sure to, of a thing", `The bill is sure to pass.`, nil},
		{"allude to", `Tom Dunn alluded to the mayor's troubles.`,
			[]string{`speech indirect «the mayor's troubles» (alluded)`}},
	}
	runActCases(t, tests)
}

// TestIndirectSenses covers the senses of "talk" that report nothing said
// (talking points, talking to someone) and the clause of appearance that a
// subordinator opens, which ends at its comma.
func TestIndirectSenses(t *testing.T) {
	tests := []actCase{
		{"object in a restrictive relative clause", `More than half of the pilots who support Ann Bell are in the union.`,
			[]string{`thought indirect «Ann Bell» (support)`}},
		{"support among", `Ann Bell won 67 percent support among the pilots.`, nil},
		{"found himself", `Tom Dunn found himself at the center of the storm.`, nil},
		{"found a way", `Ann Bell found a way to keep the ferry running.`, nil},
		{"found that", `The harbour study found that the pier was unsafe.`,
			[]string{`finding indirect «that the pier was unsafe» (found)`}},
		{"talking points", `One of Bell's main talking points is the ferry levy.`, nil},
		{"talking to", `Ann Bell was talking directly to the crews.`, nil},
		{"talked with", `Tom Dunn talked with the pilots for an hour.`, nil},
		{"talked to about", `Tom Dunn talked to the pilots about the new levy.`,
			[]string{`speech indirect «to the pilots about the new levy» (talked)`}},
		{"talked about", `Tom Dunn talked about the new levy.`,
			[]string{`speech indirect «the new levy» (talked)`}},
		{"appearance after while", `While the levy appears to work, the council will vote again.`,
			[]string{`appearance indirect «the levy appears to work» (appears)`}},
		{"appearance alone", `The levy appears to work for the town.`,
			[]string{`appearance indirect «The levy appears to work for the town» (appears)`}},
		{"finding goes on past a comma", `A harbour poll shows Ann Bell at the top with 36 percent, followed by Tom Dunn at 14 percent.`,
			[]string{`finding indirect «Ann Bell at the top with 36 percent, followed by Tom Dunn at 14 percent» (shows)`}},
		{"finding with an appositive", `The reports show the port authority, an agency of the state, changed its plans.`,
			[]string{`finding indirect «the port authority, an agency of the state, changed its plans» (show)`}},
		{"appearance ends at a comma", `Ann Bell appeared rattled at the debate, unable to answer the charge.`,
			[]string{`appearance indirect «Ann Bell appeared rattled at the debate» (appeared)`}},
		{"appearance after as", `The split came as the field appeared ready to narrow.`,
			[]string{`appearance indirect «the field appeared ready to narrow» (appeared)`}},
		{"not expected", `The budget is not expected to pass on Friday.`,
			[]string{`appearance indirect «The budget is not expected to pass on Friday» (expected)`}},
		{"widely seen as", `The two harbour towns are widely seen as strongholds of the union.`,
			[]string{`appearance indirect «The two harbour towns are widely seen as strongholds of the union» (seen)`}},
		{"viewed as", `The new levy was viewed as a gamble.`,
			[]string{`appearance indirect «The new levy was viewed as a gamble» (viewed)`}},
		{"seen as in an aside", `Tom Dunn, whose bid was widely seen as a long shot, said the count was wrong.`,
			[]string{`speech indirect «the count was wrong» (said)`}},
		{"seen without as", `The ferry was seen near the pier.`, nil},
	}
	runActCases(t, tests)
}

// TestCueActAdjectives: a gold cue phrase with an adjective of the word
// lists takes the act of its verb first, else of the adjective.
func TestCueActAdjectives(t *testing.T) {
	tests := []struct {
		cue  string
		want Act
	}{
		{"is confident", Thought},
		{"remain convinced", Thought},
		{"is eager", Intent},
		{"was eager to endorse", Speech},
		{"made clear", Speech},
		{"looking to", Intent},
		{"is critical of", Thought},
	}
	for _, tc := range tests {
		got, ok := CueAct(tc.cue)
		assert.True(t, ok, "%q", tc.cue)
		assert.Equal(t, tc.want, got, "%q", tc.cue)
	}
}
