package speakers

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeechRecallRules covers the rules of "Speech recall, session 5b"
// (issue 13): a capitalized cue word that is a given name, "on" with a
// hearer and an infinitive after a theme cue at the end of the sentence,
// and "and"/"but" before a finite auxiliary after an object.
func TestSpeechRecallRules(t *testing.T) {
	tests := []actCase{
		{"a given name after a role noun", `Port spokeswoman Hope Bell said all pilots sign contracts.`,
			[]string{`speech indirect «all pilots sign contracts» (said)`}},
		{"a given name after a comma", `The statement came from his aide, Hope Bell.`, nil},
		{"hope as a verb", `Ann Bell hopes the pier will open in May.`,
			[]string{`intent indirect «the pier will open in May» (hopes)`}},
		{"a title-case headline keeps its verb", `Mayor Bell Says Pier Will Close`,
			[]string{`speech indirect «Pier Will Close» (Says)`}},
		{"called on a hearer to act, short", `Bell called on the state to repair the pier.`,
			[]string{`speech indirect «the state to repair the pier» (called)`}},
		{"calling on a hearer to act", `The union is calling on Dunn to resign.`,
			[]string{`speech indirect «Dunn to resign» (calling)`}},
		{"said on a day is still skipped", `The pier will close, Bell said on Tuesday.`,
			[]string{`speech indirect «The pier will close» (said)`}},
		{"an object, then and has", `Bell has asked the board to drop the levy and has called for calm.`,
			[]string{`speech indirect «the board to drop the levy» (asked)`, `speech indirect «calm» (called)`}},
		{"an object, then but was", `Bell urged a strike but was outvoted by the crews.`,
			[]string{`speech indirect «a strike» (urged)`}},
		{"a reported clause goes on past and was", `Bell said the storm hit the pier and was gone by noon.`,
			[]string{`speech indirect «the storm hit the pier and was gone by noon» (said)`}},
		{"a name of an organization after a description", `One pilot, Tom Reed of Harbour Lines in Salem, said he had made 150 calls.`,
			[]string{`speech indirect «he had made 150 calls» (said)`}},
		{"a description of a place keeps no name", `Bell, at a meeting in Salem, said the pier would close.`,
			[]string{`speech indirect «the pier would close» (said)`}},
		{"as reported by an agent", `As reported by the Harbour News, the pier will close in May.`,
			[]string{`speech indirect «the pier will close in May» (As reported by)`}},
		{"as first reported by an agent", `As first reported by the Ledger, the mayor has left the city.`,
			[]string{`speech indirect «the mayor has left the city» (As first reported by)`}},
		{"as reported mid-sentence is left alone", `The pier, as reported by the Ledger, will close.`, nil},
	}
	runActCases(t, tests)
}

// TestNameOfPlaceSpeaker: the name before "of" an organization, between
// a description and the cue, is the speaker.
func TestNameOfPlaceSpeaker(t *testing.T) {
	tests := []struct{ text, want string }{
		{`One pilot, Tom Reed of Harbour Lines in Salem, said he had made 150 calls.`, "Tom Reed"},
		{`A nurse, Ann Bell from Dover Hospital, said the ward was full.`, "Ann Bell"},
	}
	for _, tc := range tests {
		r := Attribute(tc.text)
		if assert.Len(t, r.Attributions, 1, tc.text) && assert.GreaterOrEqual(t, r.Attributions[0].Speaker, 0, tc.text) {
			assert.Equal(t, tc.want, r.Speakers[r.Attributions[0].Speaker].Name, tc.text)
		}
	}
}
