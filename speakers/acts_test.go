package speakers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// renderActs shows each attribution as "act kind «content» (cue)".
func renderActs(text string, r Result) []string {
	var out []string
	for _, a := range r.Attributions {
		cue := "-"
		if a.Cue.End > 0 {
			cue = a.Cue.Text(text)
		}
		out = append(out, fmt.Sprintf("%s %s «%s» (%s)", a.Act, a.Kind, a.Text(text), cue))
	}
	return out
}

func TestActs(t *testing.T) {
	tests := []actCase{
		{"say", `Ann Bell said the count was wrong.`,
			[]string{`speech indirect «the count was wrong» (said)`}},
		{"tell", `Ann Bell told reporters that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (told)`}},
		{"add", `Ann Bell said the count was wrong, adding that she would appeal.`,
			[]string{`speech indirect «the count was wrong» (said)`, `speech indirect «that she would appeal» (adding)`}},
		{"tweet", `Ann Bell tweeted that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (tweeted)`}},
		{"write", `Ann Bell wrote that the count was wrong.`,
			[]string{`speech indirect «that the count was wrong» (wrote)`}},
		{"according to", `The count was wrong, according to Ann Bell.`,
			[]string{`speech indirect «The count was wrong» (according to)`}},
		{"colon lead-in", "Ann Bell: Count Was Wrong\n\nThe county finished its count.",
			[]string{`speech indirect «Count Was Wrong» (:)`}},
		{"quotation", `"The count was wrong," Ann Bell said.`,
			[]string{`speech direct «"The count was wrong,"» (said)`}},
		{"quotation with no cue", `Ann Bell said the count was wrong. "We will appeal."`,
			[]string{`speech indirect «the count was wrong» (said)`, `speech direct «"We will appeal."» (-)`}},
		{"think", `Ann Bell thinks the count was wrong.`,
			[]string{`thought indirect «the count was wrong» (thinks)`}},
		{"believe", `Ann Bell believes that the count was wrong.`,
			[]string{`thought indirect «that the count was wrong» (believes)`}},
		{"fear", `Ann Bell fears that the count was wrong.`,
			[]string{`thought indirect «that the count was wrong» (fears)`}},
		{"doubt", `Ann Bell doubts that the count was right.`,
			[]string{`thought indirect «that the count was right» (doubts)`}},
		{"want", `Ann Bell wants a recount of every ballot.`,
			[]string{`intent indirect «a recount of every ballot» (wants)`}},
		{"plan", `Ann Bell plans to run for governor next year.`,
			[]string{`intent indirect «to run for governor next year» (plans)`}},
		{"hope", `Ann Bell hopes that the court will rule this week.`,
			[]string{`intent indirect «that the court will rule this week» (hopes)`}},
		{"decide", `Ann Bell decided to appeal the ruling.`,
			[]string{`intent indirect «to appeal the ruling» (decided)`}},
		{"vote", `Ann Bell voted against the new budget.`,
			[]string{`intent indirect «the new budget» (voted)`}},
		{"agree to", `Ann Bell agreed to a recount of every ballot.`,
			[]string{`intent indirect «to a recount of every ballot» (agreed)`}},
		{"push for", `Ann Bell pushed for a ban on the new levy.`,
			[]string{`intent indirect «a ban on the new levy» (pushed)`}},
		{"poll shows", `A new county poll shows Bell ahead by ten points.`,
			[]string{`finding indirect «Bell ahead by ten points» (shows)`}},
		{"study found", `The state study found that turnout fell in every county.`,
			[]string{`finding indirect «that turnout fell in every county» (found)`}},
		{"in a poll", `In a county poll released Monday, 48 percent backed the levy.`,
			[]string{`finding indirect «48 percent backed the levy» (In)`}},
		{"seems", `Ann Bell seems ready to run for governor.`,
			[]string{`appearance indirect «Ann Bell seems ready to run for governor» (seems)`}},
		{"is expected", `The budget is expected to pass on Friday.`,
			[]string{`appearance indirect «The budget is expected to pass on Friday» (expected)`}},
		{"noun cue", `Bell's call for a recount of every ballot was rejected.`,
			[]string{`speech indirect «a recount of every ballot» (call)`}},
		{"noun cue of intent", `Bell's plan to cut the levy by half was rejected.`,
			[]string{`intent indirect «to cut the levy by half» (plan)`}},
	}
	runActCases(t, tests)
}

func TestActsFilter(t *testing.T) {
	text := `Ann Bell said the count was wrong. She thinks that the clerk made a mistake. "We will appeal," she said. Dunn wants a recount of every ballot. A poll shows Bell ahead by ten points. The case seems likely to drag on for months.`
	all := Attribute(text)
	require.Len(t, all.Attributions, 6)
	tests := []struct {
		acts Acts
		want []Act
	}{
		{0, []Act{Speech, Thought, Speech, Intent, Finding, Appearance}},
		{AllActs, []Act{Speech, Thought, Speech, Intent, Finding, Appearance}},
		{ActsOf(Speech), []Act{Speech, Speech}},
		{ActsOf(Thought, Intent), []Act{Thought, Intent}},
		{ActsOf(Finding, Appearance), []Act{Finding, Appearance}},
	}
	for _, tc := range tests {
		t.Run(tc.acts.String(), func(t *testing.T) {
			a := Attributor{Acts: tc.acts}
			r := a.Attribute(text)
			var got []Act
			for _, at := range r.Attributions {
				got = append(got, at.Act)
				// the statements kept are those of all acts, unchanged
				assert.Contains(t, all.Attributions, withSpeakerOf(at, r, all))
				if at.Speaker >= 0 {
					assert.Less(t, at.Speaker, len(r.Speakers))
				}
			}
			assert.Equal(t, tc.want, got)
			for i, s := range r.Speakers {
				used := false
				for _, at := range r.Attributions {
					used = used || at.Speaker == i
				}
				assert.True(t, used, "speaker %q is named by no statement kept", s.Name)
			}
		})
	}
}

// withSpeakerOf returns a with its Speaker index moved from r's speakers
// to all's, by name.
func withSpeakerOf(a Attribution, r, all Result) Attribution {
	if a.Speaker >= 0 {
		for i, s := range all.Speakers {
			if s.Name == r.Speakers[a.Speaker].Name {
				a.Speaker = i
			}
		}
	}
	return a
}

func TestParseActs(t *testing.T) {
	tests := []struct {
		in   string
		want Acts
		str  string
		err  string
	}{
		{"", 0, "all", ""},
		{"all", 0, "all", ""},
		{"speech", ActsOf(Speech), "speech", ""},
		{"Speech, thought", ActsOf(Speech, Thought), "speech,thought", ""},
		{"appearance,speech,intent,finding,thought", ActsOf(Speech, Thought, Intent, Finding, Appearance), "all", ""},
		{"speech,belief", 0, "", `unknown act "belief"`},
		{"speech,", 0, "", `unknown act ""`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseActs(tc.in)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.str, got.String())
		})
	}
	for a := Speech; a < numActs; a++ {
		got, err := ParseAct(a.String())
		require.NoError(t, err)
		assert.Equal(t, a, got)
		assert.True(t, Acts(0).Has(a))
		assert.True(t, ActsOf(a).Has(a))
		assert.False(t, ActsOf(a).Has((a+1)%numActs))
	}
	assert.Equal(t, "Act(9)", Act(9).String())
}

// TestCueListsHaveActs checks that every line of the cue lists names its
// act, and that a form listed twice has one act.
func TestCueListsHaveActs(t *testing.T) {
	act := map[string]string{}
	for _, name := range []string{"cues.txt", "themecues.txt", "nouncues.txt", "adjcues.txt"} {
		for _, f := range dataLines(name) {
			_, ok := parseActField(f[0])
			require.True(t, ok && len(f) > 1, "%s: the line %q does not open with an act", name, strings.Join(f, " "))
			for _, form := range f[1:] {
				form, _, _ = strings.Cut(strings.TrimSuffix(form, "+"), ":")
				if name == "nouncues.txt" {
					form = "noun " + form
				}
				if a, ok := act[form]; ok {
					assert.Equal(t, a, f[0], "%s: %q has two acts", name, form)
				}
				act[form] = f[0]
			}
		}
	}
}

func TestCueAct(t *testing.T) {
	tests := []struct {
		cue  string
		want Act
		ok   bool
	}{
		{"said", Speech, true},
		{"has said", Speech, true},
		{"According to", Speech, true},
		{":", Speech, true},
		{"told", Speech, true},
		{"spoke about", Speech, true},
		{"spoke", Speech, false},
		{"did not mention", Speech, true},
		{"think", Thought, true},
		{"believes", Thought, true},
		{"wants", Intent, true},
		{"declined", Intent, true},
		{"is expected", Appearance, true},
		{"expected", Intent, true},
		{"is widely expected", Appearance, true},
		{"are not expected", Appearance, true},
		{"fully expected", Intent, true},
		{"seemed", Appearance, true},
		{"found", Finding, true},
		{"shows", Finding, true},
		{"criticism", Speech, true},
		{"decision", Intent, true},
		{"reportedly", Appearance, true}, // a clause reported with no source (more cues, session 5)
		{"", Speech, false},
	}
	for _, tc := range tests {
		got, ok := CueAct(tc.cue)
		assert.Equal(t, tc.ok, ok, "%q", tc.cue)
		if tc.ok {
			assert.Equal(t, tc.want, got, "%q", tc.cue)
		}
	}
}

// actCase is a text and the statements renderActs gives for it.
type actCase struct {
	name string
	text string
	want []string
}

// runActCases checks the statements of each case, with their acts.
func runActCases(t *testing.T, tests []actCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, renderActs(tc.text, Attribute(tc.text)))
		})
	}
}
