package speakers

import "testing"

// TestSpeechPrecision5b covers the rules of "Speech precision, session 5b"
// (issue 13, -acts speech): statements PolNeAR never annotates, studied on
// train and tested here with invented sentences.
func TestSpeechPrecision5b(t *testing.T) {
	tests := []actCase{
		{"headline colon, a short label", "Tom Dunn: A closing surge.\n\nThe mayor needs a win in the harbour wards.", nil},
		{"headline colon, a two-word order", "Ann Bell: Finish second.\n\nThe senator needs votes in the north.", nil},
		{"headline colon, first person speaks", "Ann Bell: I quit.\n\nThe senator left the race on Monday.",
			[]string{`speech indirect «I quit» (:)`}},
		{"headline colon, a short claim with a verb", "Ann Bell: Count Was Wrong.\n\nThe county finished its count.",
			[]string{`speech indirect «Count Was Wrong» (:)`}},
		{"a credit line", "The pier will close in May.\n\n(Additional reporting by Ann Bell in Salem; Editing by Tom Dunn)", nil},
		{"reporting that", "The Herald is reporting that the pier will close.",
			[]string{`speech indirect «that the pier will close» (reporting)`}},
		{"a reciprocal object", "Ann Bell and Tom Dunn criticized each other at the hearing.", nil},
		{"one another", "The rival unions accused one another of lying about the levy.", nil},
		{"asked a bare question", "Tom Dunn was silent when Ann Bell asked him a question after the hearing.", nil},
		{"asked a question with its words", "Ann Bell asked Tom Dunn a question: would the pier close?",
			[]string{`speech indirect «Tom Dunn a question: would the pier close» (asked)`}},
		{"thanks to", "Ann Bell has opened up a wide lead in delegates thanks in part to her wins Tuesday in Salem, Dover and Kent.", nil},
		{"thanks largely to", "Ann Bell has a lead among delegates thanks largely to her wins in Salem and Kent.", nil},
		{"thanks as a verb", "Ann Bell thanks the nurses for their work.",
			[]string{`speech indirect «the nurses for their work» (thanks)`}},
		{"adding to", "Tom Dunn has won the Republican primary in Salem, adding to his victories in Dover, Kent and Bath.", nil},
		{"added that", "Ann Bell added that the pier would close.",
			[]string{`speech indirect «that the pier would close» (added)`}},
		{"pleaded guilty, then a time", "A former pilot, Tom Dunn, pleaded guilty in May to fraud at the harbour.", nil},
		{"pleaded guilty to", "Tom Dunn pleaded guilty to fraud at the harbour.",
			[]string{`speech indirect «guilty to fraud at the harbour» (pleaded)`}},
		{"minutes later, before a cue and an object", "Less than 30 minutes later, Tom Dunn wrote a letter to the board.", nil},
		{"back in a month", "Back in September, Ann Bell wrote a letter to the harbour board.", nil},
		{"years ago ending a clause", "The board upheld the ferry levy six years ago, Ann Bell said.",
			[]string{`speech indirect «The board upheld the ferry levy six years ago» (said)`}},
		{"On May 5, a month", "On May 5, Ann Bell posted a photo of the pier online.", nil},
		{"a question word cut off by an aside", "In her memoir, published in 2015, Ann Bell described how, growing up, she fished off the pier.", nil},
		{"the most promising path", "Winning Salem would close one of Tom Dunn's most promising paths to the council.", nil},
		{"warning signs", "Ann Bell leads in the polls, but there are some warning signs for her campaign.", nil},
		{"most telling, then a comma", "Perhaps most telling, though, were the pilots' answers to the survey.", nil},
		{"warning that", "Ann Bell quit the board, warning that the pier would close.",
			[]string{`speech indirect «that the pier would close» (warning)`}},
		{"headline colon, four words speak", "Ann Bell: Ferry levy hurts pilots.\n\nThe senator spoke on Monday.",
			[]string{`speech indirect «Ferry levy hurts pilots» (:)`}},
	}
	runActCases(t, tests)
}
