package speakers

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/quotes"
)

// Attribute reads a huge text in windows, so that its memory stays a few
// bytes per byte of text on any input (issue 14): the tokens of one window
// and its quotations take tens of bytes per byte (a token per byte of
// punctuation or control bytes), and they are dropped once the window is
// attributed. The entities carry over from window to window; the
// statements of a window are kept in a compact form (packedStmt) until the
// Result is built.

// maxWindow is the most bytes of text one window holds, and
// maxWindowTokens the most tokens, about: a window ends at whichever limit
// it reaches first. A news article (the longest in the PolNeAR data has
// 34 KB and 7,000 tokens) is read in one window, so windows change nothing
// on news. A longer text is cut at a line break in the second half of a
// window when it has one, else at the end of a sentence, a space, or a
// character. A window's tokens take at most about maxWindowTokens tokens of
// 48 bytes (768 KiB) and its quotations less, whatever the text.
//
// The windows after the first, of a text longer than an article, hold
// half as much: maxLaterWindow bytes and maxLaterWindowTokens tokens. What
// one window takes (its tokens, quotations and statements) is garbage not
// yet collected when the Result is built, the peak of a call on text dense
// with statements; shorter windows halve it. The first window's buffers go
// back to the pool for later calls.
const (
	maxWindow            = 64 << 10
	maxWindowTokens      = 16 << 10
	maxLaterWindow       = maxWindow / 2
	maxLaterWindowTokens = maxWindowTokens / 2
)

// windowBytes, windowTokens, laterBytes and laterTokens are maxWindow,
// maxWindowTokens, maxLaterWindow and maxLaterWindowTokens, but for tests
// that read small texts in many windows.
var (
	windowBytes, windowTokens = maxWindow, maxWindowTokens
	laterBytes, laterTokens   = maxLaterWindow, maxLaterWindowTokens
)

// windowEnd returns the end of the window of text that starts at from: the
// first window when from is 0, else a later one. It counts the tokens as
// tokenizeGap would make them without quotations, which only merge tokens,
// so the count bounds the tokens of the window.
func windowEnd(text string, from int) int {
	maxBytes, maxTokens := windowBytes, windowTokens
	if from > 0 {
		maxBytes, maxTokens = laterBytes, laterTokens
	}
	limit := min(len(text), from+maxBytes)
	if limit-from <= maxTokens && limit == len(text) {
		return limit // too short to hold too many tokens
	}
	end, n := from, 0
	for end < limit && n < maxTokens {
		c := text[end]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			end++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[end:limit])
		}
		switch {
		case unicode.IsSpace(r):
			end += size
			continue
		case isLetterDigit(r):
			end = wordEnd(text, end, limit)
		default:
			end += size
		}
		n++
	}
	if end >= len(text) {
		return len(text)
	}
	half := from + (end-from)/2
	part := text[half:end]
	if i := strings.LastIndexByte(part, '\n'); i >= 0 {
		return half + i + 1
	}
	if i := strings.LastIndexByte(part, '\r'); i >= 0 {
		return half + i + 1
	}
	if i := strings.LastIndex(part, ". "); i >= 0 {
		return half + i + 2
	}
	if i := strings.LastIndexByte(part, ' '); i >= 0 {
		return half + i + 1
	}
	for end > half+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// attribute is Attributor.Attribute: it finds the statements window by
// window, with one window for a text of up to maxWindow bytes.
func attribute(at *Attributor, text string) Result {
	f := at.Finder
	toks := getTokens()
	defer putTokens(&toks)
	to := windowEnd(text, 0)
	if to == len(text) {
		qs := f.Find(text)
		v := newViewIn(text, 0, len(text), qs, toks)
		d := &doc{resolver: resolver{registry: newRegistry(v)}, used: make([]bool, len(qs)), pos: at.POS}
		d.run()
		toks = v.toks
		return d.result(at.Acts)
	}
	if cap(toks) < windowTokens+1 {
		toks = make([]token, 0, windowTokens+1) // never to grow
	}
	var acc results
	var (
		qs    []quotes.Quote
		prev  *registry
		stmts []stmt // the statements of a window, a buffer the windows share
	)
	for from := 0; from < len(text); {
		if from > 0 {
			to = windowEnd(text, from)
		}
		qs = f.AppendQuotes(qs[:0], text[from:to])
		for i := range qs {
			q := &qs[i]
			q.Span.Start += from
			q.Span.End += from
			q.Content.Start += from
			q.Content.End += from
		}
		v := newViewIn(text, from, to, qs, toks)
		toks = v.toks
		d := &doc{resolver: resolver{registry: newRegistryAfter(v, prev)}, used: make([]bool, len(qs)), stmts: stmts, pos: at.POS}
		d.run()
		acc.add(d, from, at.Acts)
		stmts = d.stmts[:0]
		acc.compactMentions()
		prev = d.registry
		if from == 0 {
			// The later windows are shorter (see maxLaterWindow), with
			// buffers of their size.
			prev.view = nil
			putTokens(&toks)
			toks, qs, stmts = make([]token, 0, laterTokens+1), nil, nil
		}
		from = to
	}
	// The tokens of the windows are dropped before the Result is built,
	// the peak of the call on text dense with statements, rather than
	// kept in the pool for a later call.
	toks, prev = nil, nil
	return acc.result()
}

// tokenPool holds token buffers for reuse by later calls: the tokens are
// the largest allocation of a call on news text, and nothing of the Result
// refers to them.
var tokenPool sync.Pool

// getTokens returns an empty token buffer.
func getTokens() []token {
	if p, ok := tokenPool.Get().(*[]token); ok {
		return (*p)[:0]
	}
	return make([]token, 0, 1024)
}

// putTokens clears the buffer *p, so that it keeps no text alive, and
// gives it back, unless it grew over what a window needs.
func putTokens(p *[]token) {
	toks := *p
	if cap(toks) == 0 || cap(toks) > windowTokens+1 {
		return
	}
	clear(toks)
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// packedStmt is a statement as results keeps it until the Result is built:
// its spans as 16-bit offsets from the start of its window, 24 bytes where
// an Attribution takes 120. A statement with a span that 16 bits cannot
// tell (a window is at most maxWindow bytes, so only its very last byte)
// keeps its spans in results.wide.
type packedStmt struct {
	content, cue, mention [2]uint16
	speaker               int32  // index in results.speakers, or -1
	nFrags                uint32 // its fragments follow those of the statements before in results.frags
	conf                  uint16 // index in results.confs, or manyConfs
	rule                  uint8  // index in results.rules
	bits                  uint8  // the Kind (2 bits), the Act (3 bits), absentCue, absentMention, wide
}

// The Kind and the Act fit their bits of packedStmt.bits.
const (
	_ = uint(3 - Fragment)
	_ = uint(7 - numActs)
)

func (p *packedStmt) kind() Kind { return Kind(p.bits & 3) }
func (p *packedStmt) act() Act   { return Act(p.bits >> 2 & 7) }

// manyConfs stands for a confidence kept in results.moreConfs, when
// results.confs is full. The rules give a few dozen distinct ones.
const manyConfs = 1<<16 - 1

// The flags of packedStmt.bits.
const (
	absentCue = 1 << (5 + iota)
	absentMention
	wide // the spans are in results.wide
)

// stmtChunk is how many statements a chunk of results.stmts holds: chunks
// of a fixed size are never copied as they fill, and each can be dropped
// as soon as its statements are in the Result.
const stmtChunk = 1024

// fragChunk is how many fragments a chunk of results.frags holds. The
// fragments of a statement share one chunk, which the Result keeps: they
// are never copied, and a chunk is allocated whole, so there is no slack
// of append's doubling to pay for.
const fragChunk = 4096

// results gathers the statements of the windows of one text.
type results struct {
	stmts   [][]packedStmt // in chunks of stmtChunk
	n       int            // statements in stmts
	windows []windowBase
	frags   [][]Span // in chunks, which the Result's fragments share
	rules   []string
	confs   []float64
	confIdx map[float64]uint16
	// moreConfs holds the confidence of statement i when confs is full.
	moreConfs map[int]float64
	// wide holds the content, cue and mention of statement i when one of
	// them does not fit a packedStmt.
	wide     map[int]*[3]Span
	speakers []*entity // in the order of Result.Speakers
}

// windowBase says where the statements of a window start in results.stmts
// and the offset their spans are relative to.
type windowBase struct {
	first int
	base  int
}

// add packs the statements of d, a window that starts at base, and gives
// each entity they name its index in Result.Speakers. The fragments of
// each statement go to their place in a chunk of fragments at once:
// st.frags then refers to them, so that result needs no second copy.
func (acc *results) add(d *doc, base int, acts Acts) {
	acc.windows = append(acc.windows, windowBase{first: acc.n, base: base})
	for i := range d.stmts {
		st := &d.stmts[i]
		act := d.actOf(st)
		if !acts.Has(act) {
			continue
		}
		p := packedStmt{speaker: -1, rule: acc.rule(st.rule), bits: uint8(st.kind) | uint8(act)<<2}
		acc.pack(&p, st, base)
		if len(st.frags) > 0 {
			p.nFrags = uint32(len(st.frags))
			acc.addFrags(st.frags)
		}
		conf := st.conf
		if e := st.ent; e != nil {
			if e.out < 0 {
				e.out = len(acc.speakers)
				acc.speakers = append(acc.speakers, e)
			}
			p.speaker = int32(e.out)
			if st.mention.End > 0 {
				e.addMention(st.mention)
			}
		} else {
			conf = 0
		}
		p.conf = acc.conf(acc.n, conf)
		if acc.n%stmtChunk == 0 {
			acc.stmts = append(acc.stmts, make([]packedStmt, 0, stmtChunk))
		}
		c := &acc.stmts[len(acc.stmts)-1]
		*c = append(*c, p)
		acc.n++
	}
	clear(d.stmts) // the buffer goes to the next window
}

// pack stores the spans of st, in a window that starts at base, in p, or
// in acc.wide when one of them does not fit 16 bits.
func (acc *results) pack(p *packedStmt, st *stmt, base int) {
	if st.cue.End == 0 {
		p.bits |= absentCue
	}
	if st.mention.End == 0 {
		p.bits |= absentMention
	}
	fits := true
	rel := func(s Span) [2]uint16 {
		a, b := s.Start-base, s.End-base
		if s.End == 0 {
			return [2]uint16{}
		}
		if a < 0 || b < a || b > 1<<16-1 {
			fits = false
			return [2]uint16{}
		}
		return [2]uint16{uint16(a), uint16(b)}
	}
	p.content, p.cue, p.mention = rel(st.content), rel(st.cue), rel(st.mention)
	if !fits {
		p.bits |= wide
		if acc.wide == nil {
			acc.wide = map[int]*[3]Span{}
		}
		acc.wide[acc.n] = &[3]Span{st.content, st.cue, st.mention}
	}
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
// mentions several times until the end.
func (acc *results) compactMentions() {
	for _, e := range acc.speakers {
		ms := e.mentions
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		e.mentions = dedupSpans(ms)
	}
}

// conf returns the index in acc.confs of c, the confidence of statement i,
// adding it if needed, or manyConfs when acc.confs is full.
func (acc *results) conf(i int, c float64) uint16 {
	if k, ok := acc.confIdx[c]; ok {
		return k
	}
	if len(acc.confs) < manyConfs {
		if acc.confIdx == nil {
			acc.confIdx = map[float64]uint16{}
		}
		k := uint16(len(acc.confs))
		acc.confs = append(acc.confs, c)
		acc.confIdx[c] = k
		return k
	}
	if acc.moreConfs == nil {
		acc.moreConfs = map[int]float64{}
	}
	acc.moreConfs[i] = c
	return manyConfs
}

// rule returns the index of name in acc.rules, adding it if needed.
func (acc *results) rule(name string) uint8 {
	for i, r := range acc.rules {
		if r == name {
			return uint8(i)
		}
	}
	acc.rules = append(acc.rules, name)
	return uint8(len(acc.rules) - 1)
}

// result builds the Result from the statements gathered.
func (acc *results) result() Result {
	var r Result
	if acc.n == 0 {
		return r
	}
	r.Attributions = make([]Attribution, acc.n)
	w := 0
	var fc fragCursor
	for i := range r.Attributions {
		for w+1 < len(acc.windows) && acc.windows[w+1].first <= i {
			w++
		}
		base := acc.windows[w].base
		span := func(s [2]uint16) Span { return Span{Start: base + int(s[0]), End: base + int(s[1])} }
		p := &acc.stmts[i/stmtChunk][i%stmtChunk]
		a := &r.Attributions[i]
		a.Kind, a.Speaker, a.Rule, a.Act = p.kind(), int(p.speaker), acc.rules[p.rule], p.act()
		if p.conf == manyConfs {
			a.Confidence = acc.moreConfs[i]
		} else {
			a.Confidence = acc.confs[p.conf]
		}
		if p.bits&wide != 0 {
			ws := acc.wide[i]
			a.Content, a.Cue, a.Mention = ws[0], ws[1], ws[2]
		} else {
			a.Content = span(p.content)
			if p.bits&absentCue == 0 {
				a.Cue = span(p.cue)
			}
			if p.bits&absentMention == 0 {
				a.Mention = span(p.mention)
			}
		}
		if p.nFrags > 0 {
			a.Fragments = fc.next(acc.frags, int(p.nFrags))
		}
		if i%stmtChunk == stmtChunk-1 {
			acc.stmts[i/stmtChunk] = nil // done with it
		}
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
