package speakers

import (
	"encoding/binary"
	"sort"
)

// results gathers the statements of the windows of one huge text (see
// window.go) until the Result is built, in a compact form: each statement
// is a few bytes of varints (about 11 on text dense with statements, where
// an Attribution takes 120), its fragments are in chunks that the Result
// shares, and its speaker is an index.
type results struct {
	// stmts are the encoded statements (see encode), in chunks of
	// stmtChunk bytes that are never copied as they fill and are dropped
	// as soon as their statements are in the Result.
	stmts   [][]byte
	n       int // statements in stmts
	windows []windowBase
	frags   [][]Span // in chunks, which the Result's fragments share
	rules   []string
	confs   []float64
	confIdx map[float64]int
	// speakers are the entities of Result.Speakers, in its order.
	speakers []*entity
}

// windowBase says where the statements of a window start in results.stmts
// and the offset their spans are relative to.
type windowBase struct {
	first int
	base  int
}

// stmtChunk is the size in bytes of a chunk of results.stmts, and
// maxEncoded the most bytes one statement takes: a chunk with less room
// left is full.
const (
	stmtChunk  = 8 << 10
	maxEncoded = 3 + 9*binary.MaxVarintLen64
)

// fragChunk is how many fragments a chunk of results.frags holds at most.
// The fragments of a statement share one chunk, which the Result keeps:
// they are never copied, and a chunk is allocated whole, so there is no
// slack of append's doubling to pay for.
const fragChunk = 4096

// The flags of an encoded statement, in the byte after its Kind and Act.
const (
	hasCue = 1 << iota
	hasMention
)

// add packs the statements of d, a window that starts at base, and gives
// each entity they name its index in Result.Speakers. The fragments of
// each statement go to their place in a chunk of fragments at once.
func (acc *results) add(d *doc, base int, acts Acts) {
	acc.windows = append(acc.windows, windowBase{first: acc.n, base: base})
	prev := base // the start of the statement before, in this window
	for i := range d.stmts {
		st := &d.stmts[i]
		act := d.actOf(st)
		if !acts.Has(act) {
			continue
		}
		speaker, conf := -1, st.conf
		if e := st.ent; e != nil {
			if e.out < 0 {
				e.out = len(acc.speakers)
				acc.speakers = append(acc.speakers, e)
			}
			speaker = e.out
			if st.mention.End > 0 {
				e.addMention(st.mention)
			}
		} else {
			conf = 0
		}
		if len(st.frags) > 0 {
			acc.addFrags(st.frags)
		}
		acc.encode(st, act, prev, speaker, acc.conf(conf))
		prev = st.content.Start
		acc.n++
	}
	clear(d.stmts) // the buffer goes to the next window
}

// encode appends st to the last chunk of acc.stmts, or to a new one when
// it has too little room left: its Kind and Act; which of cue and mention
// it has; the index of its rule; then as varints the start of its content less prev,
// the start of the statement before; the length of its content; the start
// of its cue and of its mention less the start of its content, with their
// lengths; speaker+1; the number of its fragments; the index of its
// confidence.
func (acc *results) encode(st *stmt, act Act, prev, speaker, conf int) {
	n := len(acc.stmts)
	if n == 0 || cap(acc.stmts[n-1])-len(acc.stmts[n-1]) < maxEncoded {
		acc.stmts = append(acc.stmts, make([]byte, 0, stmtChunk))
		n++
	}
	b := acc.stmts[n-1]
	var flags byte
	if st.cue.End > 0 {
		flags |= hasCue
	}
	if st.mention.End > 0 {
		flags |= hasMention
	}
	b = append(b, byte(st.kind)|byte(act)<<4, flags, acc.rule(st.rule))
	b = binary.AppendVarint(b, int64(st.content.Start-prev))
	b = binary.AppendVarint(b, int64(st.content.End-st.content.Start))
	if flags&hasCue != 0 {
		b = binary.AppendVarint(b, int64(st.cue.Start-st.content.Start))
		b = binary.AppendVarint(b, int64(st.cue.End-st.cue.Start))
	}
	if flags&hasMention != 0 {
		b = binary.AppendVarint(b, int64(st.mention.Start-st.content.Start))
		b = binary.AppendVarint(b, int64(st.mention.End-st.mention.Start))
	}
	b = binary.AppendUvarint(b, uint64(speaker+1))
	b = binary.AppendUvarint(b, uint64(len(st.frags)))
	b = binary.AppendUvarint(b, uint64(conf))
	acc.stmts[n-1] = b
}

// The Kind and the Act fit the four bits each that encode gives them.
const (
	_ = uint(15 - Fragment)
	_ = uint(15 - numActs)
)

// decoder reads the statements that encode wrote, in order.
type decoder struct {
	acc   *results
	chunk int
	off   int
	prev  int // the start of the content of the statement before
	frags fragCursor
}

// next decodes the next statement into a, whose window starts at base;
// first says it is the first statement of its window.
func (dc *decoder) next(a *Attribution, base int, first bool) {
	acc := dc.acc
	b := acc.stmts[dc.chunk]
	if dc.off == len(b) {
		acc.stmts[dc.chunk] = nil // done with it
		dc.chunk, dc.off = dc.chunk+1, 0
		b = acc.stmts[dc.chunk]
	}
	if first {
		dc.prev = base
	}
	kind, flags, rule := b[dc.off], b[dc.off+1], b[dc.off+2]
	dc.off += 3
	varint := func() int {
		v, k := binary.Varint(b[dc.off:])
		dc.off += k
		return int(v)
	}
	uvarint := func() int {
		v, k := binary.Uvarint(b[dc.off:])
		dc.off += k
		return int(v)
	}
	a.Kind, a.Act, a.Rule = Kind(kind&15), Act(kind>>4), acc.rules[rule]
	a.Content.Start = dc.prev + varint()
	a.Content.End = a.Content.Start + varint()
	dc.prev = a.Content.Start
	if flags&hasCue != 0 {
		a.Cue.Start = a.Content.Start + varint()
		a.Cue.End = a.Cue.Start + varint()
	}
	if flags&hasMention != 0 {
		a.Mention.Start = a.Content.Start + varint()
		a.Mention.End = a.Mention.Start + varint()
	}
	a.Speaker = uvarint() - 1
	if n := uvarint(); n > 0 {
		a.Fragments = dc.frags.next(acc.frags, n)
	}
	a.Confidence = acc.confs[uvarint()]
}

// addFrags copies fs to the last chunk of fragments, or to a new one when
// it has no room left for all of them. The chunks double from 16 spans to
// fragChunk, so that a text with few fragments takes little.
func (acc *results) addFrags(fs []Span) {
	n := len(acc.frags)
	if n == 0 || cap(acc.frags[n-1])-len(acc.frags[n-1]) < len(fs) {
		size := 16
		if n > 0 {
			size = min(fragChunk, 2*cap(acc.frags[n-1]))
		}
		acc.frags = append(acc.frags, make([]Span, 0, max(size, len(fs))))
		n++
	}
	acc.frags[n-1] = append(acc.frags[n-1], fs...)
}

// fragCursor walks the chunks of results.frags in the order addFrags
// filled them.
type fragCursor struct{ c, off int }

// next returns the n fragments of the next statement that has any: they
// start a new chunk when those of the statements before left too little
// room in the last one. The slice is capped, so that appending to it
// copies.
func (fc *fragCursor) next(chunks [][]Span, n int) []Span {
	if len(chunks[fc.c])-fc.off < n {
		fc.c, fc.off = fc.c+1, 0
	}
	fs := chunks[fc.c][fc.off : fc.off+n : fc.off+n]
	fc.off += n
	return fs
}

// compactMentions sorts the mentions of the speakers found so far and
// drops the repeated ones, as result does, between windows, so that a
// speaker named in every sentence of a huge text does not hold each of its
// mentions several times until the end. Only the mentions added since the
// last call are sorted: they are those of the last window, after the ones
// before in the text (else all are sorted again), so that the work stays
// linear in the text and not in the windows times the mentions.
func (acc *results) compactMentions() {
	for _, e := range acc.speakers {
		ms, k := e.mentions, min(e.compacted, len(e.mentions))
		if k == len(ms) {
			continue // none added
		}
		tail := ms[k:]
		sort.Slice(tail, func(a, b int) bool { return tail[a].Start < tail[b].Start })
		if k > 0 && len(tail) > 0 && tail[0].Start < ms[k-1].Start {
			sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
			k = 0
		}
		k = max(k-1, 0) // the last one before may repeat the first one added
		e.mentions = append(ms[:k], dedupSpans(ms[k:])...)
		e.compacted = len(e.mentions)
	}
}

// conf returns the index in acc.confs of the confidence c, adding it if
// needed. The rules give a few dozen distinct ones.
func (acc *results) conf(c float64) int {
	if k, ok := acc.confIdx[c]; ok {
		return k
	}
	if acc.confIdx == nil {
		acc.confIdx = map[float64]int{}
	}
	acc.confIdx[c] = len(acc.confs)
	acc.confs = append(acc.confs, c)
	return len(acc.confs) - 1
}

// rule returns the index of name in acc.rules, adding it if needed. There
// are a dozen rules.
func (acc *results) rule(name string) byte {
	for i, r := range acc.rules {
		if r == name {
			return byte(i)
		}
	}
	acc.rules = append(acc.rules, name)
	return byte(len(acc.rules) - 1)
}

// result builds the Result from the statements gathered.
func (acc *results) result() Result {
	var r Result
	if acc.n == 0 {
		return r
	}
	r.Attributions = make([]Attribution, acc.n)
	dc := decoder{acc: acc}
	w := 0
	for i := range r.Attributions {
		first := i == 0
		for w+1 < len(acc.windows) && acc.windows[w+1].first <= i {
			w, first = w+1, true
		}
		dc.next(&r.Attributions[i], acc.windows[w].base, first)
	}
	acc.stmts, acc.frags = nil, nil // the Result holds the fragments
	r.Speakers = make([]Speaker, len(acc.speakers))
	for i, e := range acc.speakers {
		ms := e.mentions
		e.mentions = nil
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		r.Speakers[i] = Speaker{Name: e.name, Kind: e.kind, Titles: e.titles, Mentions: dedupSpans(ms)}
	}
	return r
}
