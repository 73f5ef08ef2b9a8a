package speakers

import (
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
// statements of a window are kept in a compact form (results, packed.go)
// until the Result is built.

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
