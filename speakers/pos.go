package speakers

// The part-of-speech tagger of github.com/jdkato/prose, used when
// Attributor.POS is set to tell a noun phrase object (added a goal in the
// second half) from a reported clause (added the council voted no). Its
// model is loaded once per process, on first use, and shared: tagging
// only reads it.

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

var (
	taggerOnce  sync.Once
	taggerModel *prose.Model
)

// tagger returns the shared model of the tagger, loading it on first use.
func tagger() *prose.Model {
	taggerOnce.Do(func() {
		// A document with tagging and no entity extraction builds the
		// tagger alone; its model is kept for every later document.
		doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			panic("speakers: loading the tagger: " + err.Error()) // a build defect
		}
		taggerModel = doc.Model
	})
	return taggerModel
}

// maxTagged is the most tokens of a content that are tagged, so that a
// long sentence full of cues costs no more than a short one per cue.
const maxTagged = 40

// finiteTags are the Penn Treebank tags of a finite verb.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// finiteVerbAfter tags the cue at c and its content [k, cut) and reports
// whether a finite verb stands in the content before a comma or a
// conjunction: added the council voted no (VBD), not added a goal in the
// second half.
func (d *doc) finiteVerbAfter(c, k, cut int) bool {
	cut = min(cut, k+maxTagged) // the verb, if any, comes early
	text := d.text[d.toks[c].start:d.toks[cut-1].end]
	doc, err := prose.NewDocument(text, prose.UsingModel(tagger()), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return true // keep the statement
	}
	from := d.toks[k].start - d.toks[c].start
	off := 0
	for _, t := range doc.Tokens() {
		// prose's tokens carry no offsets: find each in the text, in order.
		i := indexFrom(text, t.Text, off)
		if i < 0 {
			continue
		}
		off = i + len(t.Text)
		if i < from {
			continue
		}
		if t.Tag == "," || t.Tag == ":" || t.Tag == "CC" {
			return false // added two goals, and the team won: the object ends
		}
		if finiteTags[t.Tag] {
			return true
		}
	}
	return false
}

// indexFrom returns the index of sub in s at or after from, or -1.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
