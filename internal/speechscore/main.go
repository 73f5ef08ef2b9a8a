// Command speechscore scores the indirect statements of a whosaid
// prediction file against the gold indirect statements of one act, the
// act of their annotated cue: by default speech, the target of
// `whosaid -acts speech` (issue 13). ../shared/eval/score.py scores every
// gold statement whatever its cue; a corpus that annotates only speech
// wants this instead.
//
//	go run ./cmd/whosaid -format jsonl -offsets runes -acts speech gold.jsonl > pred.jsonl
//	go run ./internal/speechscore gold.jsonl pred.jsonl
//	go run ./internal/speechscore -act thought gold.jsonl pred.jsonl
//
// Which gold counts: a gold statement of kind "indirect" whose "cue" text,
// classified by speakers.CueAct (the word lists and acts that whosaid
// itself uses: "said", "has said", "according to", ":" are speech; "think"
// thought; "wants", "declined" intent; "found", "shows" finding; "seems",
// "is expected" appearance), has the act asked for. Gold cues that no word
// list knows ("in", "for") belong to no act, so to no
// target.
//
// Matching is score.py's: overlap is counted in letters and digits only; a
// prediction goes to the gold statement (of any kind) that holds at least
// half of it and the most of it; a gold statement is found when the
// predictions that went to it cover at least half of it.
//
//   - recall: the target gold statements found, over the target gold;
//   - precision: over the predictions in the indirect subset, as score.py
//     counts it (those that went to a gold indirect statement, and those
//     of kind indirect that went to none), the share that went to a found
//     target statement. A prediction that went to an indirect statement of
//     another act, or to none, is a false positive; one that went to a
//     quotation (gold direct or mixed) is not counted, as score.py counts
//     it in its direct row.
//
// The predictions are scored as given, whatever act they carry: in a file
// of `-acts speech`, a statement that whosaid labels with another act is
// absent, so a target gold statement only it would match is missed; in a
// file of all acts, it counts like any other. The gold's act is the
// issue's ("only the gold whose cue is a speech verb"), read off the
// annotated cue words, never off the prediction.
//
// End-to-end counts only the predictions, and the found gold, whose
// speaker is right by score.py's rule: the predicted mention overlaps the
// gold speaker, or the last words of the names agree (not a pronoun).
//
// It prints counts only, never a text of the corpus, except with -show fp
// or -show miss, which prints examples of the false positives that match no
// gold statement, or of the target gold statements not found, with their
// cues and the statements around them, for study. -show refuses a gold
// file whose name does not say "train" (or says "dev" or "test"): rules are
// studied on train only.
//
//	go run ./internal/speechscore -show fp -n 30 ../shared/eval/polnear-train.jsonl pred.jsonl
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/speakers"
)

// tally is the score of one act.
type tally struct {
	gold, found, foundRight int            // target gold; found; found with the right speaker
	pred, tp, tpRight       int            // predictions in the indirect subset; right; right with the speaker
	fpOther                 map[string]int // false positives by what they went to (see fpNoGold)
	missed                  map[string]int // target gold not found, by what overlaps it (see missWhy)

	show  string   // "fp" or "miss": collect examples of that class
	shown []string // the examples collected
}

func main() {
	actName := flag.String("act", "speech", "the act of the target gold: speech, thought, intent, finding or appearance")
	show := flag.String("show", "", "print examples of a class for study: fp (false positives) or miss (target gold not found); train files only")
	n := flag.Int("n", 20, "with -show, how many examples")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: speechscore [-act speech] [-show fp|miss -n N] gold.jsonl pred.jsonl\n\n"+
			"Scores the indirect statements of pred.jsonl against the gold indirect\n"+
			"statements whose cue is of the act (see the package comment).\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	act, err := speakers.ParseAct(*actName)
	if err != nil {
		fmt.Fprintln(os.Stderr, "speechscore: -act:", err)
		os.Exit(2)
	}
	if err := checkShow(*show, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "speechscore:", err)
		os.Exit(2)
	}
	t, err := scoreFilesShow(flag.Arg(0), flag.Arg(1), act, *show)
	if err != nil {
		fmt.Fprintln(os.Stderr, "speechscore:", err)
		os.Exit(1)
	}
	if *show != "" {
		t.printShown(os.Stdout, *n)
		return
	}
	t.print(os.Stdout, act)
}

// checkShow refuses -show on anything but a training file: the rules are
// studied on train only, and the texts of dev and test are only scored.
func checkShow(show, goldPath string) error {
	switch show {
	case "":
		return nil
	case "fp", "miss":
	default:
		return fmt.Errorf("-show %q: want fp or miss", show)
	}
	base := strings.ToLower(filepath.Base(goldPath))
	if !strings.Contains(base, "train") || strings.Contains(base, "dev") || strings.Contains(base, "test") {
		return fmt.Errorf("-show prints texts: only on a training file (name with \"train\"), not %s", filepath.Base(goldPath))
	}
	return nil
}

func scoreFiles(goldPath, predPath string, act speakers.Act) (*tally, error) {
	return scoreFilesShow(goldPath, predPath, act, "")
}

func scoreFilesShow(goldPath, predPath string, act speakers.Act, show string) (*tally, error) {
	preds, err := polnear.ReadPred(predPath)
	if err != nil {
		return nil, err
	}
	t := &tally{fpOther: map[string]int{}, missed: map[string]int{}, show: show}
	err = polnear.EachGold(goldPath, func(g polnear.GoldArticle) error {
		t.article(g, preds[g.ID], act)
		return nil
	})
	return t, err
}

// goldAct returns the act of a gold statement's cue as a label: the act's
// name, or "none" when no word list knows the cue.
func goldAct(q polnear.GoldQuote) string {
	if a, ok := speakers.CueAct(q.Cue); ok {
		return a.String()
	}
	return "none"
}

// article scores one article: score.py's match, then the counts of act.
func (t *tally) article(g polnear.GoldArticle, preds []polnear.PredQuote, act speakers.Act) {
	text := []rune(g.Text)
	m := polnear.MatchQuotes(text, g.Quotes, preds)
	goldOf, bestPred := m.GoldOf, m.Best
	gpos := make([]map[int]bool, len(g.Quotes))
	for gi, q := range g.Quotes {
		gpos[gi] = polnear.GoldLetters(text, q)
	}
	target := func(gi int) bool {
		q := g.Quotes[gi]
		return q.Kind == "indirect" && goldAct(q) == act.String()
	}
	for gi, q := range g.Quotes {
		if !target(gi) {
			continue
		}
		t.gold++
		if pi, ok := bestPred[gi]; ok {
			t.found++
			if !polnear.HasSpeaker(q) || polnear.SpeakerRight(q, preds[pi]) {
				t.foundRight++
			}
		} else {
			t.missed[missWhy(gi, m, preds, text, gpos[gi])]++
		}
		if _, ok := bestPred[gi]; !ok && t.show == "miss" {
			var near []string
			for _, p := range preds {
				if p.Start < q.End && q.Start < p.End {
					near = append(near, fmt.Sprintf("    pred %s [%s]", p.Rule, clip(text, p.Start, p.End)))
				}
			}
			t.shown = append(t.shown, fmt.Sprintf("%s\n  cue %q: %s\n  gold [%s]\n%s", g.ID, q.Cue,
				context(text, q.Start, q.End), clip(text, q.Start, q.End), strings.Join(near, "\n")))
		}
	}
	for pi, p := range preds {
		gi, ok := goldOf[pi]
		switch {
		case ok && g.Quotes[gi].Kind != "indirect":
			continue // a quotation: not in the indirect subset
		case !ok && p.Kind != "indirect":
			continue
		}
		t.pred++
		switch {
		case !ok:
			t.fpOther[fpNoGold(pi, m, p, text, gpos)]++
			if t.show == "fp" {
				cue := ""
				if p.Cue != nil {
					cue = clip(text, p.Cue.Start, p.Cue.End)
				}
				var near []string
				for _, q := range g.Quotes {
					if p.Start < q.End && q.Start < p.End {
						near = append(near, fmt.Sprintf("    gold %s cue %q [%s]", q.Kind, q.Cue, clip(text, q.Start, q.End)))
					}
				}
				t.shown = append(t.shown, fmt.Sprintf("%s\n  cue %q rule %s: %s\n  pred [%s]\n%s", g.ID, cue, p.Rule,
					context(text, p.Start, p.End), clip(text, p.Start, p.End), strings.Join(near, "\n")))
			}
		case !target(gi):
			t.fpOther["gold of act "+goldAct(g.Quotes[gi])]++
		default:
			t.tp++
			if !polnear.HasSpeaker(g.Quotes[gi]) || polnear.SpeakerRight(g.Quotes[gi], p) {
				t.tpRight++
			}
		}
	}
}

// The false positives that went to no found gold statement, by what their
// letters overlap. Most are not statements the annotators skipped: they
// are statements whose bounds differ from the annotated ones.
const (
	fpNone   = "no gold, overlapping none"                                       // a statement the gold does not have
	fpInside = "no gold, inside a longer gold statement it covers under half of" // too short, or a nested statement
	fpAcross = "no gold, overlapping gold that holds under half of it"           // too long, or across statements
)

// fpNoGold tells which of fpNone, fpInside and fpAcross the prediction pi
// is, pi having gone to no found gold statement.
func fpNoGold(pi int, m polnear.Match, p polnear.PredQuote, text []rune, gpos []map[int]bool) string {
	if _, ok := m.WentTo[pi]; ok {
		return fpInside
	}
	for k := range polnear.Letters(text, p.Start, p.End) {
		for _, G := range gpos {
			if G[k] {
				return fpAcross
			}
		}
	}
	return fpNone
}

// The target gold statements not found, by what overlaps them.
const (
	missNone  = "no prediction overlapping it"                            // not detected at all
	missShort = "predictions went to it but cover under half of it"       // found too short
	missOther = "predictions overlap it, but half of each lies elsewhere" // too long, or nested in another
)

// missWhy tells which of missNone, missShort and missOther the target
// gold statement gi is, gi not having been found.
func missWhy(gi int, m polnear.Match, preds []polnear.PredQuote, text []rune, G map[int]bool) string {
	for _, g := range m.WentTo {
		if g == gi {
			return missShort
		}
	}
	for _, p := range preds {
		for k := range polnear.Letters(text, p.Start, p.End) {
			if G[k] {
				return missOther
			}
		}
	}
	return missNone
}

// clip returns text[s:e] within bounds.
func clip(t []rune, s, e int) string {
	s, e = max(0, min(s, len(t))), max(0, min(e, len(t)))
	if s > e {
		return ""
	}
	return string(t[s:e])
}

// context returns the sentence-ish window around t[s:e], the span marked.
func context(t []rune, s, e int) string {
	a, b := max(0, s-160), min(len(t), e+60)
	return strings.ReplaceAll(clip(t, a, s)+"⟦"+clip(t, s, e)+"⟧"+clip(t, e, b), "\n", " ¶ ")
}

// printShown prints up to n of the examples collected, spread over the
// file (every k-th), so that they are not all from the first articles.
func (t *tally) printShown(w io.Writer, n int) {
	step := 1
	if n > 0 && len(t.shown) > n {
		step = len(t.shown) / n
	}
	fmt.Fprintf(w, "%d examples of %s\n", len(t.shown), t.show)
	for i, c := 0, 0; i < len(t.shown) && c < n; i, c = i+step, c+1 {
		fmt.Fprintf(w, "%s\n\n", t.shown[i])
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (t *tally) print(w io.Writer, act speakers.Act) {
	p, r := ratio(t.tp, t.pred), ratio(t.found, t.gold)
	ep, er := ratio(t.tpRight, t.pred), ratio(t.foundRight, t.gold)
	fmt.Fprintf(w, "indirect statements, gold whose cue is %s\n", act)
	fmt.Fprintf(w, "%-10s %6s %6s %7s %7s %7s %7s %7s %7s\n", "subset", "gold", "pred", "span P", "span R", "span F1", "e2e P", "e2e R", "e2e F1")
	fmt.Fprintf(w, "%-10s %6d %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f\n", act, t.gold, t.pred, p, r, f1(p, r), ep, er, f1(ep, er))
	keys := make([]string, 0, len(t.fpOther))
	for k := range t.fpOther {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return t.fpOther[keys[i]] > t.fpOther[keys[j]] || t.fpOther[keys[i]] == t.fpOther[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "false positives, %s: %d\n", k, t.fpOther[k])
	}
	for _, k := range []string{missNone, missShort, missOther} {
		if t.missed[k] > 0 {
			fmt.Fprintf(w, "missed, %s: %d\n", k, t.missed[k])
		}
	}
}
