package speakers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMoreCueFamilies covers the cue families of "More cues, session 5"
// (issue 13): phrasal verbs whose object is the content, each with its act,
// "reportedly" and "is known for", which report a clause with no speaker,
// support received from a named source (received.go), the question after
// a passive "asked" with no agent, which has no speaker, and the subject
// of "was reported by", which the agent reported.
func TestMoreCueFamilies(t *testing.T) {
	tests := []actCase{
		{"shrugged off", `Ann Bell shrugged off the attacks from the pilots.`,
			[]string{`speech indirect «off the attacks from the pilots» (shrugged)`}},
		{"shrugged without off", `Ann Bell shrugged and left the hall.`, nil},
		{"fearing", `Ann Bell quit, fearing a loss in March.`,
			[]string{`thought indirect «a loss» (fearing)`}},
		{"reportedly, a clause with no speaker", `The harbour board is reportedly building a new pier.`,
			[]string{`appearance indirect «The harbour board is reportedly building a new pier» (reportedly)`}},
		{"reportedly ends at a comma", `The mayor has reportedly left the city, to the surprise of the crews.`,
			[]string{`appearance indirect «The mayor has reportedly left the city» (reportedly)`}},
		{"reportedly before a cue", `Ann Bell reportedly told the pilots that the pier would close.`,
			[]string{`speech indirect «that the pier would close» (told)`}},
		{"is known for", `Ann Bell is known for her long speeches at the harbour.`,
			[]string{`appearance indirect «Ann Bell is known for her long speeches at the harbour» (known)`}},
		{"known for stops before a quotation", `Tom Dunn was known for his scorn of what he called "the harbour mafia."`,
			[]string{`appearance indirect «Tom Dunn was known for his scorn of what he called» (known)`, `speech mixed «what he called "the harbour mafia."» (called)`}},
		{"named", `The harbour board named Ann Bell as its new chair.`,
			[]string{`intent indirect «Ann Bell as its new chair» (named)`}},
		{"a person named", `A former pilot named Tom Dunn runs the ferry.`, nil},
		{"nominated", `The port union nominated Tom Dunn for the council.`,
			[]string{`intent indirect «Tom Dunn for the council» (nominated)`}},
		{"vetoed", `The mayor vetoed the new ferry levy.`,
			[]string{`intent indirect «the new ferry levy» (vetoed)`}},
		{"has the support of", `Tom Dunn has the support of the harbour board.`,
			[]string{`thought indirect «Tom Dunn» (support)`}},
		{"drew support from", `The new levy drew support from Ann Bell.`,
			[]string{`thought indirect «The new levy» (support)`}},
		{"the backing of", `Ann Bell has the backing of the harbour board.`,
			[]string{`thought indirect «Ann Bell» (backing)`}},
		{"received the endorsement of", `Tom Dunn received the endorsement of the port union.`,
			[]string{`speech indirect «Tom Dunn» (endorsement)`}},
		{"support with a possessor is a noun cue", `The union's support of the levy is weak.`, nil},
		{"support with no source", `The levy has wide support.`, nil},
		{"criticism received is left out", `The plan drew criticism from Tom Dunn.`, nil},
		{"was asked about", `At the hall, Ann Bell was asked about the new ferry levy.`,
			[]string{`speech indirect «the new ferry levy» (asked)`}},
		{"was asked whether, to the comma", `Tom Dunn was asked whether the pier would close, and he left.`,
			[]string{`speech indirect «whether the pier would close» (asked)`}},
		{"was asked to", `Ann Bell was asked to name one bill she had passed.`,
			[]string{`speech indirect «to name one bill she had passed» (asked)`}},
		{"asked by an agent", `Ann Bell was asked by Tom Dunn whether the pier would close.`,
			[]string{`speech indirect «whether the pier would close» (asked)`}},
		{"was first reported by", `The mayor's move was first reported by the Harbour Herald.`,
			[]string{`speech indirect «The mayor's move» (reported)`}},
		{"was criticized by", `The new levy was criticized by the port union.`,
			[]string{`speech indirect «The new levy» (criticized)`}},
		{"reported by with no passive", `The levy, reported by Tom Dunn, passed.`, nil},
		{"known for without a copula", `A pier known for its fish market burned down.`, nil},
	}
	runActCases(t, tests)
}

// TestCueActMore: the gold cue phrases of the new families take their act.
func TestCueActMore(t *testing.T) {
	tests := []struct {
		cue  string
		want Act
	}{
		{"shrugged off", Speech},
		{"fearing", Thought},
		{"reportedly", Appearance},
		{"named", Intent},
		{"nominated", Intent},
		{"reportedly told", Speech},
	}
	for _, tc := range tests {
		got, ok := CueAct(tc.cue)
		assert.True(t, ok, "%q", tc.cue)
		assert.Equal(t, tc.want, got, "%q", tc.cue)
	}
}

// TestAskedHasNoSpeaker: the question after a passive "asked" is nobody's
// that the text names, so it has no speaker; with "by", the agent asks.
func TestAskedHasNoSpeaker(t *testing.T) {
	r := Attribute(`Ann Bell was asked about the new ferry levy.`)
	if assert.Len(t, r.Attributions, 1) {
		assert.Equal(t, -1, r.Attributions[0].Speaker)
	}
	r = Attribute(`Ann Bell was asked by Tom Dunn whether the pier would close.`)
	if assert.Len(t, r.Attributions, 1) && assert.GreaterOrEqual(t, r.Attributions[0].Speaker, 0) {
		assert.Equal(t, "Tom Dunn", r.Speakers[r.Attributions[0].Speaker].Name)
	}
}
