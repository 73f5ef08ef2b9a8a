package speakers

import (
	"fmt"
	"strings"
	"unicode"
)

// Act says what a statement reports its source doing: saying something,
// thinking it, meaning to do it, finding it, or (with no source) how things
// appear. It comes from the cue: each cue of the word lists
// (data/cues.txt, data/themecues.txt, data/nouncues.txt) carries its act.
//
//	Speech      Bell said the count was wrong. "We won," she added.
//	            According to Bell, the count was wrong. Bell: "We won."
//	Thought     Bell thinks the count was wrong. Dunn fears a recount.
//	Intent      Bell wants a recount. Dunn plans to run. They voted for it.
//	Finding     A poll shows Bell ahead. The study found no link.
//	Appearance  Bell seems ready. The bill is expected to pass.
//
// A quotation is speech whatever its cue, and so are statements with no
// cue word (a colon lead-in, a continuation, a quotation no cue took). The
// zero Act is Speech.
type Act uint8

const (
	// Speech is what someone said or wrote: say, tell, add, write, tweet,
	// according to, a colon lead-in, a quotation.
	Speech Act = iota
	// Thought is what someone thinks, believes, doubts or fears.
	Thought
	// Intent is what someone wants, plans, hopes, decides, votes or
	// agrees to do.
	Intent
	// Finding is what a poll, a study, a report or a document shows or
	// finds.
	Finding
	// Appearance is how things seem or are expected to go, by no one's
	// word (it seems, appears, is expected): such statements have no
	// speaker.
	Appearance
	numActs
)

var actNames = [...]string{Speech: "speech", Thought: "thought", Intent: "intent", Finding: "finding", Appearance: "appearance"}

// String returns "speech", "thought", "intent", "finding" or "appearance".
func (a Act) String() string {
	if int(a) < len(actNames) {
		return actNames[a]
	}
	return fmt.Sprintf("Act(%d)", a)
}

// ParseAct returns the Act named s ("speech", "thought", …), case
// insensitive.
func ParseAct(s string) (Act, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	for a, n := range actNames {
		if n == w {
			return Act(a), nil
		}
	}
	return 0, fmt.Errorf("unknown act %q (want speech, thought, intent, finding or appearance)", s)
}

// Acts is a set of acts, one bit per Act. The zero Acts is every act:
// an Attributor with no Acts reports all statements.
type Acts uint8

// AllActs holds every act.
const AllActs = Acts(1<<numActs - 1)

// ActsOf returns the set of the acts given.
func ActsOf(acts ...Act) Acts {
	var s Acts
	for _, a := range acts {
		if a < numActs {
			s |= 1 << a
		}
	}
	return s
}

// Has reports whether a is in the set; every act is in the zero set.
func (s Acts) Has(a Act) bool {
	return s == 0 || s&(1<<a) != 0
}

// String returns the acts of the set, comma-separated, in the order of
// the Act constants: "speech,thought". The zero set gives "all".
func (s Acts) String() string {
	if s == 0 || s&AllActs == AllActs {
		return "all"
	}
	var b strings.Builder
	for a := Act(0); a < numActs; a++ {
		if s&(1<<a) != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(a.String())
		}
	}
	return b.String()
}

// ParseActs parses a comma-separated list of act names, such as
// "speech,thought", case insensitive. "" and "all" give the zero set,
// every act. An unknown name is an error.
func ParseActs(s string) (Acts, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "all") {
		return 0, nil
	}
	var set Acts
	for _, f := range strings.Split(s, ",") {
		a, err := ParseAct(f)
		if err != nil {
			return 0, err
		}
		set |= 1 << a
	}
	return set, nil
}

// actOf returns the act of the statement st: by its rule, its kind and its
// cue word.
func (d *doc) actOf(st *stmt) Act {
	switch {
	case st.rule == RuleAppearance:
		return Appearance
	case st.kind == Direct || st.kind == Fragment || st.cue.End == 0:
		return Speech // a quotation, a continuation: words someone said
	case st.rule == RuleColon || st.rule == RuleDashByline || st.rule == RuleHeadline:
		return Speech
	}
	w := strings.ToLower(st.cue.Text(d.text))
	if st.rule == RuleAccordingTo {
		if w == "in" {
			return Finding // In a poll released Monday, …
		}
		return Speech
	}
	if info, ok := d.lex.cues[w]; ok {
		return info.act
	}
	if info, ok := d.lex.afterCues[w]; ok {
		return info.act
	}
	if info, ok := d.lex.adjCues[w]; ok {
		return info.act
	}
	if a, ok := d.lex.nounCues[w]; ok {
		return a
	}
	return Speech
}

// passiveBefore reports whether the words ws end with a passive auxiliary,
// past adverbs and "not" between: "is", "is widely", "are not".
func passiveBefore(ws []string) bool {
	for i := len(ws) - 1; i >= 0; i-- {
		switch w := ws[i]; {
		case passiveAux[w]:
			return true
		case w != "not" && !(len(w) > 4 && strings.HasSuffix(w, "ly")):
			return false
		}
	}
	return false
}

// CueAct returns the act of a cue phrase as an annotator or a reader
// writes it down ("said", "has said", "according to", "is expected", ":",
// "called for", "claim"), by the word lists that Attribute uses: the act
// of its first word that is a cue, a cue noun or a verb of appearance. "is
// expected" (also "is widely expected", "is not expected") and "seems" are
// Appearance, "according to" and a lone colon or dash Speech. It reports
// false when no word of the phrase is a cue.
func CueAct(cue string) (Act, bool) {
	l := words()
	if t := strings.TrimSpace(cue); t == ":" || t == "—" || t == "–" || t == "-" {
		return Speech, true
	}
	ws := strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "according" && next == "to":
			return Speech, true
		case appearVerbs[w], w == "expected" && passiveBefore(ws[:i]):
			return Appearance, true
		}
		if info, ok := l.cues[w]; ok {
			return info.act, true
		}
		if info, ok := l.afterCues[w]; ok && info.after == next {
			return info.act, true
		}
	}
	for i, w := range ws {
		if hearsayAdverbs[w] {
			return Appearance, true // reportedly: after any verb, as in "reportedly told"
		}
		if a, ok := l.nounCues[w]; ok {
			return a, true
		}
		if info, ok := l.adjCues[w]; ok && (info.after == "" || i+1 < len(ws) && ws[i+1] == info.after) {
			return info.act, true
		}
	}
	return Speech, false
}
