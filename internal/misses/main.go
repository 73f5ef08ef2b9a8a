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
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

type goldQuote struct {
	Start, End   int
	Segments     [][2]int
	Kind         string
	Speaker      string
	SpeakerStart *int `json:"speaker_start"`
	SpeakerEnd   *int `json:"speaker_end"`
	Cue          string
}

type goldArticle struct {
	ID     string
	Text   string
	Quotes []goldQuote
}

type predSpan struct{ Start, End int }

type predQuote struct {
	Start, End int
	Kind       string
	Rule       string
	Cue        *struct{ Text string }
	Speaker    *struct {
		Name    string
		Mention *predSpan
	}
}

type predArticle struct {
	ID     string
	Quotes []predQuote
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true,
	"you": true, "him": true, "her": true, "them": true, "his": true, "hers": true, "their": true,
	"who": true, "which": true, "that": true, "this": true, "these": true, "those": true}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"sir": true, "dame": true, "jr": true, "sr": true, "ii": true, "iii": true}

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
	golds, err := readGold(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "misses:", err)
		os.Exit(1)
	}
	preds, err := readPred(flag.Arg(1))
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

func readLines(path string, f func(line []byte) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

func readGold(path string) ([]goldArticle, error) {
	var out []goldArticle
	err := readLines(path, func(b []byte) error {
		var a goldArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

func readPred(path string) (map[string][]predQuote, error) {
	out := map[string][]predQuote{}
	err := readLines(path, func(b []byte) error {
		var a predArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		out[a.ID] = a.Quotes
		return nil
	})
	return out, err
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

// letters returns the positions of letters and digits in t[s:e].
func letters(t []rune, s, e int) map[int]bool {
	out := map[int]bool{}
	for i := max(0, s); i < min(len(t), e); i++ {
		if unicode.IsLetter(t[i]) || unicode.IsDigit(t[i]) {
			out[i] = true
		}
	}
	return out
}

func (r *report) article(g goldArticle, preds []predQuote) {
	t := []rune(g.Text)
	gpos := make([]map[int]bool, len(g.Quotes))
	for i, q := range g.Quotes {
		gpos[i] = map[int]bool{}
		segs := q.Segments
		if len(segs) == 0 {
			segs = [][2]int{{q.Start, q.End}}
		}
		for _, s := range segs {
			for k := range letters(t, s[0], s[1]) {
				gpos[i][k] = true
			}
		}
	}
	type cand struct{ overlap, pi int }
	assigned := map[int][]cand{}
	ppos := make([]map[int]bool, len(preds))
	for pi, p := range preds {
		ppos[pi] = letters(t, p.Start, p.End)
		best, bestG := 0, -1
		for gi, G := range gpos {
			inter := 0
			for k := range ppos[pi] {
				if G[k] {
					inter++
				}
			}
			if len(ppos[pi]) > 0 && 2*inter >= len(ppos[pi]) && inter > best {
				best, bestG = inter, gi
			}
		}
		if bestG >= 0 {
			assigned[bestG] = append(assigned[bestG], cand{best, pi})
		}
	}
	matched := map[int]int{} // gold -> best prediction
	predOK := map[int]bool{}
	goldOf := map[int]int{} // prediction -> its gold
	for gi, cs := range assigned {
		cov := map[int]bool{}
		for _, c := range cs {
			for k := range ppos[c.pi] {
				if gpos[gi][k] {
					cov[k] = true
				}
			}
		}
		if 2*len(cov) >= len(gpos[gi]) {
			sort.Slice(cs, func(i, j int) bool { return cs[i].overlap > cs[j].overlap })
			matched[gi] = cs[0].pi
			for _, c := range cs {
				predOK[c.pi] = true
				goldOf[c.pi] = gi
			}
		}
	}
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
		if speakerRight(t, q, p) {
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
			if predOK[pi] {
				r.rules[key][1]++
				if gi, ok := goldOf[pi]; ok && (g.Quotes[gi].Speaker == "" || speakerRight(t, g.Quotes[gi], p)) {
					r.rules[key][2]++
				}
			}
		}
		if predOK[pi] {
			continue
		}
		r.add("false-positive/"+p.Kind+"/"+p.Rule, func() string {
			return fmt.Sprintf("%s\n    %s", g.ID, excerpt(p.Start, p.End))
		})
	}
}

// nearPred says whether a missed direct quote had a prediction over part of
// it (a wrong span) or nothing at all.
func nearPred(preds []predQuote, q goldQuote) string {
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

func words(s string) []string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "’s", "")
	s = strings.ReplaceAll(s, "'s", "")
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

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
	case pronouns[h]:
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

func speakerRight(t []rune, q goldQuote, p predQuote) bool {
	if p.Speaker == nil {
		return false
	}
	if m := p.Speaker.Mention; m != nil && q.SpeakerStart != nil && q.SpeakerEnd != nil {
		if m.Start < *q.SpeakerEnd && *q.SpeakerStart < m.End {
			return true
		}
	}
	ph := headWord(p.Speaker.Name)
	if ph == "" || pronouns[ph] {
		return false
	}
	gh := headWord(q.Speaker)
	return gh != "" && !pronouns[gh] && gh == ph
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
		sort.Slice(ks, func(i, j int) bool { return r.rules[ks[i]][0] > r.rules[ks[j]][0] })
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
