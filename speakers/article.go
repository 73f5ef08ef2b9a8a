package speakers

import (
	"sort"

	"github.com/whosaid/whosaid/quotes"
)

// The stages of one Attribute call, each a type that owns its state and
// reads the ones before it:
//
//   - view: the tokens, sentences and paragraphs (tokens.go), built by
//     newView and read only after;
//   - registry: the names and entities (entities.go), built by newRegistry
//     and grown as sources are resolved;
//   - resolver: what the discourse says so far, the last speaker and the
//     subject of the last sentence, to resolve the words that name a
//     speaker, pronouns included, to an entity (resolve.go, pronouns.go);
//   - doc: the statements that the cues give (cues.go, statements.go,
//     sources.go) and the quotations no cue took (leftovers.go), which
//     result turns into the Result.

// registry holds the people and organisations of one article: the names
// found in the text and the entities built for them and for the sources
// that speak.
type registry struct {
	*view
	ents     []*entity
	names    []nameMention // person names in text order
	byName   map[string]*entity
	byKey    map[string][]*entity
	bySource map[string]*entity

	titleFields map[string][]string // see titleWords
	steps       int                 // work done by the scans that are not linear in the text; for tests
}

// newRegistry registers the names of the text of v.
func newRegistry(v *view) *registry {
	return newRegistryAfter(v, nil)
}

// newRegistryAfter registers the names of the window of v, after those of
// the window before, prev, when it is not nil: the entities carry over from
// one window to the next, so that a name, a surname or a description in a
// window finds the people named before it; the name mentions do not.
func newRegistryAfter(v *view, prev *registry) *registry {
	r := &registry{view: v}
	if prev != nil {
		r.ents, r.byName, r.byKey, r.bySource, r.titleFields = prev.ents, prev.byName, prev.byKey, prev.bySource, prev.titleFields
	} else {
		r.byName, r.byKey, r.bySource = map[string]*entity{}, map[string][]*entity{}, map[string]*entity{}
	}
	r.findNames()
	return r
}

// resolver resolves the words that name a speaker to an entity of its
// registry, using what the article has said so far.
type resolver struct {
	*registry
	lastSpeaker     *entity
	lastSpeakerPara int32
	// prevSubj is the person who is the subject of the last sentence that
	// had one, in paragraph prevSubjPara; curSent is the first token of
	// the sentence being attributed.
	prevSubj     *entity
	prevSubjPara int32
	// subjs are the names and pronouns that open a sentence as its
	// subject and name a person, in text order: a quotation with no cue
	// after them is named by them (She then asked the crowd. "…").
	subjs []nameMention
	// subjSents are the sentences of subjs.
	subjSents []int32
	curSent   int
}

// doc is the state of one Attribute call: the statements found so far.
type doc struct {
	resolver
	used  []bool // quotes[i] is part of a statement
	stmts []stmt
	site  cueSite // the cue being attributed; kept here so that it is not allocated per cue
	pos   bool    // tell objects from clauses with the part-of-speech tagger (Attributor.POS)
}

// newDoc runs the first stages on text and its quotations: tokens,
// sentences, names.
func newDoc(text string, qs []quotes.Quote) *doc {
	v := newView(text, qs)
	return &doc{resolver: resolver{registry: newRegistry(v)}, used: make([]bool, len(qs))}
}

// result builds the Result: the statements whose act is in acts, and the
// speakers they name.
func (d *doc) result(acts Acts) Result {
	var r Result
	if len(d.stmts) == 0 {
		return r
	}
	r.Attributions = make([]Attribution, 0, len(d.stmts))
	for i := range d.stmts {
		st := &d.stmts[i]
		act := d.actOf(st)
		if !acts.Has(act) {
			continue
		}
		a := Attribution{Content: st.content, Kind: st.kind, Fragments: st.frags, Cue: st.cue, Speaker: -1, Mention: st.mention, Confidence: st.conf, Rule: st.rule, Act: act}
		if e := st.ent; e != nil {
			if e.out < 0 {
				e.out = len(r.Speakers)
				r.Speakers = append(r.Speakers, Speaker{Name: e.name, Kind: e.kind, Titles: e.titles})
			}
			a.Speaker = e.out
			if st.mention.End > 0 {
				e.addMention(st.mention)
			}
		} else {
			a.Confidence = 0
		}
		r.Attributions = append(r.Attributions, a)
	}
	for _, e := range d.ents {
		if e.out >= 0 {
			ms := append([]Span(nil), e.mentions...)
			sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
			ms = dedupSpans(ms)
			r.Speakers[e.out].Mentions = ms
		}
	}
	return r
}

// run finds the statements: those of the cues, sentence by sentence, then
// the quotations no cue took.
func (d *doc) run() {
	d.attributeSentences()
	d.stmts = append(d.stmts, d.leftovers(d.stmts, d.used)...)
	sort.SliceStable(d.stmts, func(a, b int) bool { return d.stmts[a].content.Start < d.stmts[b].content.Start })
}

func dedupSpans(ms []Span) []Span {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m == out[len(out)-1] {
			continue
		}
		out = append(out, m)
	}
	return out
}
