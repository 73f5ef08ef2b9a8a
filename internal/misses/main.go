// Command misses lists the errors of a whosaid prediction file against a
// gold corpus in the PolNeAR JSON Lines format (see ../shared/eval/README.md),
// grouped by type, so that accuracy work starts from counts, not anecdotes.
//
//	go run ./cmd/whosaid -format jsonl -offsets runes gold.jsonl > pred.jsonl
//	go run ./internal/misses gold.jsonl pred.jsonl                 # counts
//	go run ./internal/misses -show missed-direct -n 20 gold.jsonl pred.jsonl
//
// The matching follows score.py: overlap is counted in letters and digits,
// a prediction goes to the gold quote that holds at least half of it, and a
// gold quote is found when its predictions cover at least half of it.
//
// Classes:
//
//	missed-direct      gold quote with quotation marks that no prediction found
//	missed-indirect    gold indirect quote that no prediction found (by cue)
//	false-positive     prediction that matches no gold quote (by predicted kind)
//	wrong-speaker      found quote, speaker wrong (by the gold mention's type:
//	                   pronoun, name, description; and by how whosaid got it)
//	no-speaker         found quote with a gold speaker, whosaid gave none
//
// It prints texts of the corpus to the terminal for study only; nothing of
// it is written into the repository.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/polnear"
)

var (
	cuesFlag  = new(int)
	rulesFlag = new(bool)
	byCue     = new(bool)
)

func main() {
	show := flag.String("show", "", "print examples of this class (prefix match), e.g. missed-direct, wrong-speaker/pronoun")
	n := flag.Int("n", 15, "examples to print with -show")
	ctx := flag.Int("context", 120, "characters of context around an example")
	flag.BoolVar(rulesFlag, "rules", false, "also list the predictions by kind and rule with their precision")
	flag.BoolVar(byCue, "bycue", false, "with -rules, also by cue word")
	flag.IntVar(cuesFlag, "cues", 0, "also list the `N` commonest gold cues of missed quotes")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: misses [-show CLASS] [-n N] gold.jsonl pred.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	golds, err := polnear.ReadGold(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "misses:", err)
		os.Exit(1)
	}
	preds, err := polnear.ReadPred(flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "misses:", err)
		os.Exit(1)
	}
	r := &report{show: *show, n: *n, ctx: *ctx, counts: map[string]int{}, cues: map[string]int{}, rules: map[string]*[3]int{}}
	for _, g := range golds {
		r.article(g, preds[g.ID])
	}
	r.print(os.Stdout)
}

type example struct {
	class string
	text  string
}

type report struct {
	show   string
	n      int
	ctx    int
	counts map[string]int
	cues   map[string]int     // cues of missed quotes
	rules  map[string]*[3]int // by rule: predictions, matched, speaker right
	shown  map[string]int
	lines  []string
}

func (r *report) add(class string, detail func() string) {
	r.counts[class]++
	if r.show == "" || !strings.HasPrefix(class, r.show) {
		return
	}
	if r.shown == nil {
		r.shown = map[string]int{}
	}
	if r.shown[class] >= r.n {
		return
	}
	r.shown[class]++
	r.lines = append(r.lines, "["+class+"] "+detail())
}

func (r *report) article(g polnear.GoldArticle, preds []polnear.PredQuote) {
	t := []rune(g.Text)
	m := polnear.MatchQuotes(t, g.Quotes, preds)
	matched, goldOf := m.Best, m.GoldOf // gold -> its best prediction; prediction -> its gold
	excerpt := func(s, e int) string {
		a, b := max(0, s-r.ctx), min(len(t), e+r.ctx)
		return strings.ReplaceAll(string(t[a:s])+"⟦"+string(t[s:e])+"⟧"+string(t[e:b]), "\n", "¶")
	}
	for gi, q := range g.Quotes {
		kind := "indirect"
		if q.Kind != "indirect" {
			kind = "direct"
		}
		pi, ok := matched[gi]
		if !ok {
			class := "missed-" + kind
			r.cues[kind+" "+strings.ToLower(strings.Join(strings.Fields(q.Cue), " "))]++
			if kind == "indirect" {
				class += "/" + cueClass(q.Cue)
			}
			class += "/" + nearPred(preds, q)
			r.add(class, func() string {
				var near []string
				for _, p := range preds {
					if p.Start < q.End && q.Start < p.End {
						near = append(near, fmt.Sprintf("\n    pred %s/%s: %s", p.Kind, p.Rule, strings.ReplaceAll(string(t[p.Start:min(p.End, len(t))]), "\n", "¶")))
					}
				}
				return fmt.Sprintf("%s cue=%q speaker=%q\n    %s%s", g.ID, q.Cue, q.Speaker, excerpt(q.Start, q.End), strings.Join(near, ""))
			})
			continue
		}
		if q.Speaker == "" {
			continue
		}
		p := preds[pi]
		if speakerRight(q, p) {
			r.counts["right-speaker/"+kind]++
			continue
		}
		how := "none"
		if p.Speaker != nil {
			how = p.Rule
			if p.Speaker.Mention == nil {
				how += ",no-mention"
			}
		}
		class := "wrong-speaker/" + kind + "/" + mentionType(q.Speaker) + "/" + how
		if p.Speaker == nil {
			class = "no-speaker/" + kind + "/" + mentionType(q.Speaker)
		}
		r.add(class, func() string {
			got := "<none>"
			if p.Speaker != nil {
				got = p.Speaker.Name
				if m := p.Speaker.Mention; m != nil && m.Start >= 0 && m.End <= len(t) && m.Start <= m.End {
					got += " @" + string(t[m.Start:m.End])
				}
			}
			ss := ""
			if q.SpeakerStart != nil {
				ss = fmt.Sprint(*q.SpeakerStart)
			}
			return fmt.Sprintf("%s gold=%q(%s) got=%q\n    %s", g.ID, q.Speaker, ss, got, excerpt(q.Start, q.End))
		})
	}
	for pi, p := range preds {
		keys := []string{p.Kind + "/" + p.Rule}
		if *byCue && p.Cue != nil {
			keys = append(keys, "cue "+strings.ToLower(p.Cue.Text))
		}
		for _, key := range keys {
			if r.rules[key] == nil {
				r.rules[key] = new([3]int)
			}
			r.rules[key][0]++
			if _, ok := goldOf[pi]; ok {
				r.rules[key][1]++
				if gi, ok := goldOf[pi]; ok && (g.Quotes[gi].Speaker == "" || speakerRight(g.Quotes[gi], p)) {
					r.rules[key][2]++
				}
			}
		}
		if _, ok := goldOf[pi]; ok {
			continue
		}
		r.add("false-positive/"+p.Kind+"/"+p.Rule, func() string {
			return fmt.Sprintf("%s\n    %s", g.ID, excerpt(p.Start, p.End))
		})
	}
}

// nearPred says whether a missed direct quote had a prediction over part of
// it (a wrong span) or nothing at all.
func nearPred(preds []polnear.PredQuote, q polnear.GoldQuote) string {
	for _, p := range preds {
		if p.Start < q.End && q.Start < p.End {
			return "wrong-span"
		}
	}
	return "not-found"
}

var speechCues = map[string]bool{"said": true, "says": true, "say": true, "told": true, "asked": true,
	"saying": true, "according to": true, "added": true, "wrote": true, "noted": true, "argued": true,
	"explained": true, "announced": true, "claimed": true, "stated": true, "insisted": true, "tweeted": true,
	"has said": true, "also said": true, "have said": true, "telling": true, "noting": true, "adding": true,
	"reported": true, "suggested": true, "acknowledged": true, "warned": true, "replied": true, "declared": true}

func cueClass(cue string) string {
	c := strings.ToLower(strings.TrimSpace(cue))
	switch {
	case c == "":
		return "no-cue"
	case speechCues[c]:
		return "speech-cue"
	}
	return "other-cue"
}

// words returns the words of s, lower case, without "'s" and honorifics.
func words(s string) []string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "’s", "")
	s = strings.ReplaceAll(s, "'s", "")
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !polnear.IsHonorific(w) {
			out = append(out, w)
		}
	}
	return out
}

// headWord is the last word of s, lower case, honorifics and every "'s"
// dropped (polnear.HeadWord drops a final "'s" only, as score.py does).
func headWord(s string) string {
	w := words(s)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

func mentionType(s string) string {
	h := headWord(s)
	switch {
	case h == "":
		return "empty"
	case polnear.IsPronoun(h):
		return "pronoun"
	}
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			return "name"
		}
	}
	return "description"
}

// speakerRight is score.py's speaker_right, as misses has always counted
// it: against the gold speaker only (not its canonical name), and with
// misses' own head word (every "'s" dropped, not only a final one).
func speakerRight(q polnear.GoldQuote, p polnear.PredQuote) bool {
	if p.Speaker == nil {
		return false
	}
	if polnear.MentionOverlaps(q, p.Speaker.Mention) {
		return true
	}
	return polnear.SameHead(headWord(p.Speaker.Name), headWord(q.Speaker))
}

// byCount returns the keys of m, the largest count first, ties in order.
func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (r *report) print(w io.Writer) {
	for _, k := range byCount(r.counts) {
		fmt.Fprintf(w, "%6d  %s\n", r.counts[k], k)
	}
	if *rulesFlag {
		fmt.Fprintf(w, "\npredictions by kind/rule: count, share matching a gold quote, share with the right speaker\n")
		ks := make([]string, 0, len(r.rules))
		for k := range r.rules {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool {
			if a, b := r.rules[ks[i]][0], r.rules[ks[j]][0]; a != b {
				return a > b
			}
			return ks[i] < ks[j]
		})
		for _, k := range ks {
			v := r.rules[k]
			fmt.Fprintf(w, "%6d  %5.2f  %5.2f  %s\n", v[0], float64(v[1])/float64(v[0]), float64(v[2])/float64(v[0]), k)
		}
	}
	if *cuesFlag > 0 {
		fmt.Fprintf(w, "\nmissed quotes by gold cue:\n")
		for i, k := range byCount(r.cues) {
			if i == *cuesFlag {
				break
			}
			fmt.Fprintf(w, "%6d  %s\n", r.cues[k], k)
		}
	}
	for _, l := range r.lines {
		fmt.Fprintln(w)
		fmt.Fprintln(w, l)
	}
}
