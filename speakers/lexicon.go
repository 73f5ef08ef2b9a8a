package speakers

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gender of a person, as far as the text tells.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// cueInfo describes one form of a reporting verb.
type cueInfo struct {
	lemma  string
	object bool   // takes the hearer as object: told reporters that …
	strong bool   // a cue wherever it stands; weak cues need a quote or "that" next to them
	ing    bool   // a participle: adding that …
	theme  bool   // its object is the content: endorsed Bell, urged voters to stay
	after  string // the word that must follow for the form to be a cue: spoke about
	act    Act    // what the cue reports: speech, thought, intent, finding
	adj    bool   // an adjective after a copula: is confident that …, was eager to …
}

// lexicon holds the word lists, loaded once from the embedded data files.
type lexicon struct {
	cues       map[string]cueInfo
	afterCues  map[string]cueInfo // forms that are cues only before a given word: spoke about, made clear
	adjCues    map[string]cueInfo // adjectives that are cues after a copula: is confident that
	cueForms   map[string]uint8   // which of the three maps above hold a form: formPlain, formAfter, formAdj
	nounCues   map[string]Act     // nouns that carry a statement: Bell's call for …
	roles      map[string]bool
	titles     map[string]bool // lower case
	honorifics map[string]gender
	orgWords   map[string]bool
	firstNames map[string]gender
	stopCaps   map[string]bool
	places     map[string][][]string // lower-case words of each place, by its first word
	thingWords map[string]bool
	// lowered holds the lower-case words of the lists above and of the
	// package's own word sets, each as its own value: see lower.
	lowered map[string]string
}

// The bits of lexicon.cueForms: a form is a plain cue, a cue before a
// given word, or an adjective cue after a copula.
const (
	formPlain uint8 = 1 << iota
	formAfter
	formAdj
)

// strongCues are the lemmas that mark speech wherever they stand.
var strongCues = map[string]bool{"say": true, "tell": true, "add": true, "write": true, "tweet": true, "explain": true, "insist": true, "argue": true, "warn": true, "stress": true, "acknowledge": true, "ask": true, "recall": true, "testify": true, "admit": true, "concede": true, "contend": true, "assert": true, "emphasize": true, "reiterate": true, "predict": true, "joke": true, "quip": true, "boast": true, "vow": true, "complain": true, "declare": true, "respond": true, "reply": true, "exclaim": true, "retort": true, "note": true, "announce": true, "claim": true, "suggest": true, "confirm": true, "report": true, "state": true, "reveal": true, "deny": true, "point": true, "remark": true, "observe": true, "caution": true, "allege": true}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// isCue reports whether w is a form of a cue.
func (l *lexicon) isCue(w string) bool {
	_, ok := l.cues[w]
	return ok
}

// words returns the lexicon, loading it on first use.
func words() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func dataLines(name string) [][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("speakers: missing embedded data file " + name) // a build defect
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// lineAct splits the act that opens a line of a cue list from its forms:
// "thought believe believes believed" gives Thought and the forms. A line
// without an act is speech.
func lineAct(f []string) (Act, []string) {
	if a, ok := parseActField(f[0]); ok && len(f) > 1 {
		return a, f[1:]
	}
	return Speech, f
}

// parseActField returns the act that a word-list line opens with, and
// whether it opens with one.
func parseActField(w string) (Act, bool) {
	for a, n := range actNames {
		if n == w {
			return Act(a), true
		}
	}
	return 0, false
}

func wordSet(name string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, f := range dataLines(name) {
		for _, w := range f {
			if lower {
				w = strings.ToLower(w)
			}
			m[w] = true
		}
	}
	return m
}

func loadLexicon() *lexicon {
	l := &lexicon{
		cues:       map[string]cueInfo{},
		afterCues:  map[string]cueInfo{},
		adjCues:    map[string]cueInfo{},
		cueForms:   map[string]uint8{},
		nounCues:   map[string]Act{},
		roles:      wordSet("roles.txt", true),
		titles:     wordSet("titles.txt", true),
		honorifics: map[string]gender{},
		orgWords:   wordSet("orgwords.txt", false),
		firstNames: map[string]gender{},
		stopCaps:   wordSet("stopcaps.txt", true),
		places:     map[string][][]string{},
		thingWords: wordSet("thingwords.txt", false),
	}
	for _, f := range dataLines("places.txt") {
		w := strings.Fields(strings.ToLower(strings.Join(f, " ")))
		l.places[w[0]] = append(l.places[w[0]], w)
	}
	for _, f := range dataLines("cues.txt") {
		act, f := lineAct(f)
		lemma := strings.TrimSuffix(f[0], "+")
		for _, form := range f {
			obj := strings.HasSuffix(form, "+")
			form = strings.TrimSuffix(form, "+")
			l.cues[form] = cueInfo{lemma: lemma, object: obj, strong: strongCues[lemma], ing: strings.HasSuffix(form, "ing"), act: act}
		}
	}
	for _, f := range dataLines("themecues.txt") {
		act, f := lineAct(f)
		lemma, _, _ := strings.Cut(f[0], ":")
		for _, form := range f {
			form, after, _ := strings.Cut(form, ":")
			info, ok := l.cues[form]
			if !ok {
				info = cueInfo{lemma: lemma, strong: strongCues[lemma], ing: strings.HasSuffix(form, "ing"), after: after, act: act}
			}
			info.theme = true
			if info.after != "" {
				l.afterCues[form] = info
				continue
			}
			l.cues[form] = info
		}
	}
	for _, f := range dataLines("adjcues.txt") {
		act, f := lineAct(f)
		for _, form := range f {
			form, after, _ := strings.Cut(form, ":")
			l.adjCues[form] = cueInfo{lemma: form, act: act, theme: true, adj: true, after: after}
		}
	}
	for _, f := range dataLines("nouncues.txt") {
		act, f := lineAct(f)
		for _, form := range f {
			l.nounCues[form] = act
		}
	}
	for w := range l.cues {
		l.cueForms[w] |= formPlain
	}
	for w := range l.afterCues {
		l.cueForms[w] |= formAfter
	}
	for w := range l.adjCues {
		l.cueForms[w] |= formAdj
	}
	g := map[string]gender{"m": genderMale, "f": genderFemale, "-": genderUnknown}
	for _, f := range dataLines("honorifics.txt") {
		l.honorifics[strings.ToLower(f[0])] = g[f[1]]
	}
	for _, f := range dataLines("firstnames.txt") {
		for _, n := range f[1:] {
			l.firstNames[n] = g[f[0]]
		}
	}
	l.lowered = lowerWords(l)
	return l
}

// lowerWords returns the lower-case words that l and the package's word
// sets know, each mapped to itself.
func lowerWords(l *lexicon) map[string]string {
	m := map[string]string{}
	add := func(w string) {
		if strings.ToLower(w) == w {
			m[w] = w
		}
	}
	for w := range l.cues {
		add(w)
	}
	for w := range l.nounCues {
		add(w)
	}
	for w := range l.honorifics {
		add(w)
	}
	for w := range l.places {
		add(w)
	}
	for _, set := range []map[string]bool{l.roles, l.titles, l.stopCaps, l.thingWords, l.orgWords, abbreviations, sentenceOpeners, ppWords, verbAfterCue, objectPronouns, irregularPast} {
		for w := range set {
			add(w)
		}
	}
	return m
}
