package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDepth is how deeply quotes may nest. An opening mark found when
// MaxDepth quotes are already open is read as plain text, which keeps Find
// linear on hostile input such as a paragraph made only of opening marks.
const MaxDepth = 16

// A Finder finds quotations in text. The zero Finder is ready to use and is
// what [Find] uses. A Finder holds no state between calls and is safe for
// concurrent use.
type Finder struct{}

// Find returns the quotations in text, ordered by start offset, using the
// zero [Finder]. See [Finder.Find].
func Find(text string) []Quote {
	var f Finder
	return f.Find(text)
}

// Find returns the quotations in text, ordered by start offset; a nested
// quote follows the quote that encloses it. It returns nil when text holds
// no quotation. Find never fails: unbalanced marks, invalid UTF-8 and other
// damage yield a best effort, and a quote left open ends with its paragraph
// (a line break ends a paragraph).
func (f Finder) Find(text string) []Quote {
	qs := f.AppendQuotes(nil, text)
	if len(qs) == 0 {
		return nil // quotes found and then dropped leave an empty slice
	}
	return qs
}

// AppendQuotes appends the quotations in text to dst, as [Finder.Find]
// returns them, and returns the extended slice. It lets callers reuse
// memory: with enough capacity in dst it does not allocate.
func (f Finder) AppendQuotes(dst []Quote, text string) []Quote {
	s := scanner{text: text, out: dst, base: len(dst)}
	s.scan()
	return s.out
}

// AppendQuotes appends the quotations in text to dst using the zero
// [Finder]. See [Finder.AppendQuotes].
func AppendQuotes(dst []Quote, text string) []Quote {
	var f Finder
	return f.AppendQuotes(dst, text)
}

// markStarts flags the bytes that may begin a quotation mark or a line
// break, the only bytes the scanner stops at.
var markStarts = [256]bool{'"': true, '\'': true, '`': true, '\n': true, '\r': true, 0xC2: true, 0xE2: true}

// Directions a mark can take.
const (
	opens  = 1 << iota // can open a quote
	closes             // can close a quote
	either = opens | closes
)

// mark is one quotation mark found in the text.
type mark struct {
	size   int   // length in bytes
	style  Style // the style it opens (for an opening mark)
	dir    int   // opens, closes or either
	single bool  // a single mark (' ’ ‘ ‹ ›)
}

// markAt returns the quotation mark at text[i], or size 0 if none.
func markAt(text string, i int) mark {
	switch c := text[i]; c {
	case '"':
		return mark{size: 1, style: Straight, dir: either}
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return mark{size: 2, style: DoubledApostrophe, dir: either}
		}
		return mark{size: 1, style: StraightSingle, dir: either, single: true}
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return mark{size: 2, style: TeX, dir: opens}
		}
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				return mark{size: 2, style: Guillemets, dir: opens}
			case 0xBB: // »
				return mark{size: 2, style: Guillemets, dir: closes}
			}
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C: // “ opens, and closes „
				return mark{size: 3, style: Curly, dir: either}
			case 0x9D: // ”
				return mark{size: 3, style: Curly, dir: closes}
			case 0x98: // ‘
				return mark{size: 3, style: CurlySingle, dir: opens, single: true}
			case 0x99: // ’ closes, or is an apostrophe
				return mark{size: 3, style: CurlySingle, dir: closes, single: true}
			case 0x9E: // „
				return mark{size: 3, style: LowHigh, dir: opens}
			case 0xB9: // ‹
				return mark{size: 3, style: SingleGuillemets, dir: opens, single: true}
			case 0xBA: // ›
				return mark{size: 3, style: SingleGuillemets, dir: closes, single: true}
			}
		}
	}
	return mark{}
}

// maxAttribute is the longest value, in bytes, of a markup attribute
// (name="value") that Find skips as plain text.
const maxAttribute = 256

// scanner holds the state of one Find call.
type scanner struct {
	text string
	out  []Quote
	base int // len(out) before this call
	// stack holds the indexes into out of the open quotes, innermost
	// last; depth is how many there are. A fixed array keeps the scanner
	// on the caller's stack, so AppendQuotes need not allocate.
	stack [MaxDepth]int
	depth int
	// dropped counts quotes in out[base:] marked for removal (single
	// quotes that never closed: their opening mark was an apostrophe).
	dropped int
	// skip is the offset of a mark to read as plain text, or -1: the
	// opening mark that continues a multi-paragraph quote, or the second
	// apostrophe of rock 'n' roll.
	skip int
	// steps counts the bytes and open quotes visited, for the tests that
	// check that Find is linear.
	steps int
}

func (s *scanner) scan() {
	s.skip = -1
	text := s.text
	for i := 0; i < len(text); {
		s.steps++
		c := text[i]
		if !markStarts[c] {
			i++
			continue
		}
		if c == '\n' || c == '\r' {
			i = s.paragraphEnd(i)
			continue
		}
		if c == '"' && i > 0 && text[i-1] == '=' {
			// A value over a line break is skipped only outside quotes: in
			// one, the break must count as its paragraph's end.
			if n := strings.IndexByte(text[i+1:min(len(text), i+1+maxAttribute)], '"'); n >= 0 &&
				(s.depth == 0 || !strings.ContainsAny(text[i+1:i+1+n], "\n\r")) {
				i += n + 2 // <tweet author="@bell" date="May 4, 2016">: a markup attribute, not a quotation
				continue
			}
		}
		m := markAt(text, i)
		if m.size == 0 {
			i++
			continue
		}
		if i == s.skip {
			s.skip = -1
			i += m.size
			continue
		}
		if m.style == DoubledApostrophe && i+2 < len(text) && text[i+2] == '\'' &&
			i > 0 && !isSpaceByte(text[i-1]) && s.innermost() == StraightSingle {
			// In ''' that ends a quote the first apostrophe closes
			// the inner single quote and the other two the outer one.
			m = mark{size: 1, style: StraightSingle, dir: either, single: true}
		}
		s.mark(i, m)
		i += m.size
	}
	s.closeAll(len(text))
	s.finish()
}

// innermost returns the style of the innermost open quote, or an invalid
// style if none is open.
func (s *scanner) innermost() Style {
	if s.depth == 0 {
		return Style(len(styleNames))
	}
	return s.out[s.stack[s.depth-1]].Style
}

// mark handles the quotation mark m at offset i.
func (s *scanner) mark(i int, m mark) {
	text := s.text
	prev := ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	next := ' '
	if i+m.size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+m.size:])
	}
	openLike := isOpenBoundary(prev) && !isSpace(next)
	closeLike := !isSpace(prev) && !isOpenBoundary(prev) && isCloseBoundary(next)

	if m.single {
		s.singleMark(i, m, prev, next, openLike, closeLike)
		return
	}
	open := s.openDouble()
	// A mark right after the opening mark of the innermost quote, and
	// before a space or punctuation, closes it: an empty quote ("").
	empty := open >= 0 && open == s.depth-1 && i == s.out[s.stack[open]].Content.Start && isCloseBoundary(next)
	switch {
	case m.dir == opens:
		s.open(i, m)
	case m.dir == closes && open < 0 && m.style == Curly && openLike && isWordRune(next):
		// ”Sorry, we …”: a right mark that stands where a quote opens,
		// with none open, opens one (a common typing slip)
		s.open(i, m)
	case m.dir == closes:
		if open >= 0 {
			s.close(open, i, m.size)
		}
	case m.style == Curly && open >= 0 && s.out[s.stack[open]].Style == LowHigh:
		s.close(open, i, m.size) // „…“
	case (closeLike || empty) && open >= 0:
		s.close(open, i, m.size)
	case openLike:
		s.open(i, m)
	case m.style == Curly:
		s.open(i, m) // “ is an opening mark wherever it stands
	case open >= 0 && (!isSpace(prev) || isSpace(next)):
		// A mark between spaces cannot open a quote; it closes one.
		s.close(open, i, m.size)
	case !isSpace(next):
		s.open(i, m)
	}
}

// singleMark handles ' ‘ ’ ‹ ›, which may also be apostrophes.
func (s *scanner) singleMark(i int, m mark, prev, next rune, openLike, closeLike bool) {
	if isWordRune(prev) && isWordRune(next) {
		return // it's, Raimondo's, rock'n'roll
	}
	if !isWordRune(prev) && m.style != SingleGuillemets {
		if n := elision(s.text[i+m.size:]); n > 0 {
			// An apostrophe that starts a shortened word: '90s, 'em.
			// One right after the word belongs to it: rock 'n' roll.
			if j := i + m.size + n; j < len(s.text) && (s.text[j] == '\'' || strings.HasPrefix(s.text[j:], "’")) {
				s.skip = j
			}
			return
		}
	}
	if m.dir&opens != 0 && (openLike || m.dir == opens) && !isSpace(next) {
		s.open(i, m)
		return
	}
	if m.dir&closes != 0 && !isSpace(prev) {
		// Close the innermost single quote, unless a double quote opened
		// after it is still open: then this is an apostrophe inside it.
		if s.depth > 0 && s.innermost().Single() && (closeLike || m.dir == closes) {
			s.close(s.depth-1, i, m.size)
		}
	}
}

// openDouble returns the stack position of the innermost open double-mark
// quote, or -1.
func (s *scanner) openDouble() int {
	for k := s.depth - 1; k >= 0; k-- {
		s.steps++
		if !s.out[s.stack[k]].Style.Single() {
			return k
		}
	}
	return -1
}

func (s *scanner) open(i int, m mark) {
	if s.depth == MaxDepth {
		return
	}
	s.out = append(s.out, Quote{
		Span:       Span{i, i},
		Content:    Span{i + m.size, i + m.size},
		Style:      m.style,
		Depth:      s.depth,
		Paragraphs: 1,
	})
	s.stack[s.depth] = len(s.out) - 1
	s.depth++
}

// close closes the quote at stack position k with the closing mark of size
// n at offset i; quotes opened inside it and still open end there too.
func (s *scanner) close(k, i, n int) {
	s.unwind(k+1, i)
	q := &s.out[s.stack[k]]
	q.Content.End = i
	q.Span.End = i + n
	q.Closed = true
	s.depth = k
}

// unwind ends the quotes open at stack positions k and above as unclosed at
// offset end, white space before it excluded, innermost first. Single
// quotes are dropped: an unclosed one was an apostrophe.
func (s *scanner) unwind(k, end int) {
	if s.depth <= k {
		return
	}
	for end > 0 && isSpaceByte(s.text[end-1]) {
		s.steps++
		end--
	}
	for j := s.depth - 1; j >= k; j-- {
		s.steps++
		q := &s.out[s.stack[j]]
		e := max(end, q.Content.Start)
		if q.Style.Single() {
			q.Paragraphs = 0 // marks it dropped
			q.Span.End = e
			s.dropped++
			continue
		}
		q.Content.End = e
		q.Span.End = e
	}
	s.depth = k
}

// paragraphEnd handles the line break at text[i]: it ends or continues the
// open quotes, and returns the offset to scan from.
func (s *scanner) paragraphEnd(i int) int {
	text := s.text
	j := i
	for j < len(text) && isSpaceByte(text[j]) {
		s.steps++
		j++
	}
	if s.depth == 0 {
		return j
	}
	// The news convention: a quote that runs on opens each new paragraph
	// again and closes only at the end of its last one.
	if s.reopens(j) {
		s.unwind(1, i)
		s.out[s.stack[0]].Paragraphs++
		s.skip = j
		return j
	}
	s.closeAll(i)
	return j
}

// reopens reports whether the paragraph starting at offset j opens with a
// mark that continues the outermost open quote: a double mark for a double
// quote, a single one (not an apostrophe) for a single quote.
func (s *scanner) reopens(j int) bool {
	if j >= len(s.text) {
		return false
	}
	m := markAt(s.text, j)
	if m.size == 0 || m.dir&opens == 0 || m.single != s.out[s.stack[0]].Style.Single() {
		return false
	}
	if !m.single {
		return true
	}
	rest := s.text[j+m.size:]
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !isSpace(r) && elision(rest) == 0
}

// closeAll ends every open quote as unclosed at offset end.
func (s *scanner) closeAll(end int) {
	s.unwind(0, end)
}

// finish removes dropped quotes, fixes the depths of the quotes that were
// inside them and labels every quote's kind.
func (s *scanner) finish() {
	out := s.out[s.base:]
	if s.dropped > 0 {
		w := 0
		var dropDepths [MaxDepth + 1]int // dropped ancestors still covering the cursor
		var ends [MaxDepth + 1]int
		nd := 0
		for _, q := range out {
			s.steps++
			for nd > 0 && ends[nd-1] <= q.Span.Start {
				nd--
			}
			if q.Paragraphs == 0 {
				// Every quote opened inside a dropped one starts
				// before the offset where it was dropped.
				ends[nd] = q.Span.End
				dropDepths[nd] = q.Depth
				nd++
				continue
			}
			d := 0
			for k := 0; k < nd; k++ {
				if dropDepths[k] < q.Depth {
					d++
				}
			}
			q.Depth -= d
			out[w] = q
			w++
		}
		s.out = s.out[:s.base+w]
		out = s.out[s.base:]
	}
	for k := range out {
		out[k].Kind = classify(s.text, &out[k])
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isSpaceByte(byte(r))
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isOpenBoundary reports whether an opening mark may follow r: white
// space, an opening bracket or dash, or another quotation mark.
func isOpenBoundary(r rune) bool {
	switch r {
	case '(', '[', '{', '-', '/', '—', '–', '"', '\'', '“', '‘', '«', '‹', '„', '`', ':', utf8.RuneError:
		return true
	}
	return isSpace(r) || r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) // U+202A and other format marks
}

// isCloseBoundary reports whether r may follow a closing mark: white space,
// punctuation, or another quotation mark.
func isCloseBoundary(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '-', '—', '–', '…', '"', '\'', '”', '’', '»', '›', '/', utf8.RuneError:
		return true
	}
	return isSpace(r)
}

// elisions are the words that an apostrophe shortens at their start.
var elisions = []string{"em", "n", "til", "cause", "tis", "twas", "bout", "round", "cept", "neath", "ol", "nuff", "kay", "sup", "s"}

// maxElision is the length of the longest word in elisions.
const maxElision = 5

// elision returns the length of the shortened word (em, n, til…) or decade
// ('90s) that rest, the text after an apostrophe-like mark, starts with, or
// 0 if it starts with neither.
func elision(rest string) int {
	if len(rest) >= 2 && '0' <= rest[0] && rest[0] <= '9' && '0' <= rest[1] && rest[1] <= '9' {
		switch {
		case len(rest) == 2 || !isWordByte(rest[2]):
			return 2
		case rest[2] == 's':
			return 3
		}
		return 0
	}
	n := 0
	for n < len(rest) && isWordByte(rest[n]) {
		n++
		if n > maxElision {
			return 0 // a longer word; and the scan stays short
		}
	}
	if n == 0 {
		return 0
	}
	if n < len(rest) && rest[n] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(rest[n:]); isWordRune(r) {
			return 0 // a longer word, such as 'émigré'
		}
	}
	w := rest[:n]
	for _, e := range elisions {
		if len(w) == len(e) && lowerEq(w, e) {
			return n
		}
	}
	return 0
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lowerEq reports whether ASCII w equals lower-case e, ignoring case.
func lowerEq(w, e string) bool {
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != e[k] {
			return false
		}
	}
	return true
}
