package speakers

// The view: the tokens, sentences and paragraphs of the text, which every
// later stage reads and none changes.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/quotes"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote // a whole top-level quotation
)

// token is a word, a punctuation mark or a whole quotation, outside
// quotations. Words inside quotations are not tokens: names there are never
// speakers.
//
// A token takes 48 bytes (it took 72): the numbers that count within a
// window (at most maxWindow bytes) are 32-bit, and the end of a name is
// told by the length of its possessive ending. A window holds up to
// maxWindowTokens of them (see window.go).
type token struct {
	start, end int // byte offsets
	lower      string
	quote      int32 // index into doc.quotes for tQuote, else -1
	para       int32 // paragraph number
	sent       int32 // sentence number
	kind       tokKind
	cap        bool  // a word that starts with a capital letter
	poss       bool  // a possessive: Raimondo's, the workers'
	cut        uint8 // bytes of the possessive ending: 's, ’s
}

// nameEnd returns the end of the word without a possessive ending.
func (t *token) nameEnd() int { return t.end - int(t.cut) }

// newView splits text into tokens, sentences and paragraphs, taking each
// top-level quotation of qs whole.
func newView(text string, qs []quotes.Quote) *view {
	return newViewIn(text, 0, len(text), qs, nil)
}

// newViewIn is newView on the window text[from:to] of text: qs are the
// quotations of the window, with offsets into text, and the tokens are
// only those of the window. The offsets of the tokens are offsets into
// text, and the rules may read text outside the window. When toks is not
// nil, the tokens are appended to toks[:0], so that windows and calls can
// share a buffer; v.toks is the buffer after, grown if it had to.
func newViewIn(text string, from, to int, qs []quotes.Quote, toks []token) *view {
	v := &view{text: text, from: from, to: to, lex: words(), quotes: qs, toks: toks}
	v.tokenize()
	v.paragraphs()
	return v
}

// tokenize splits text into tokens, taking each top-level quotation whole.
func (v *view) tokenize() {
	// About one token per five or six bytes of English, or one per
	// quotation; growing by appends would copy a long article's tokens
	// several times.
	if n := max((v.to-v.from)/6, len(v.quotes)) + 1; cap(v.toks) < n {
		v.toks = make([]token, 0, n)
	}
	v.toks = v.toks[:0]
	pos := v.from
	para := 0
	for qi := range v.quotes {
		q := &v.quotes[qi]
		if q.Depth > 0 {
			continue
		}
		para = v.tokenizeGap(pos, q.Span.Start, para)
		qp := para
		// A quote over several paragraphs ends in a later one.
		para += q.Paragraphs - 1
		if n := len(v.toks); q.Paragraphs > 1 && (n == 0 || v.toks[n-1].para < int32(qp) && !v.isPunct(n-1, ":") || v.isPunct(n-1, ".") || v.toks[n-1].kind == tQuote) && v.textAfterOnLine(q.Span.End) {
			qp = para // "…¶"…," Bell said.: the tag after the last part attributes the quote
		}
		v.toks = append(v.toks, token{start: q.Span.Start, end: q.Span.End, kind: tQuote, quote: int32(qi), para: int32(qp)})
		pos = q.Span.End
	}
	v.tokenizeGap(pos, v.to, para)
	if n := len(v.toks); n > 0 {
		v.nParas = int(v.toks[n-1].para) + 1
	}
	v.sentences()
}

// textAfterOnLine reports whether words or marks follow offset i on its
// line.
func (v *view) textAfterOnLine(i int) bool {
	for ; i < v.to; i++ {
		switch v.text[i] {
		case '\n', '\r':
			return false
		case ' ', '\t':
		default:
			return true
		}
	}
	return false
}

// tokenizeGap tokenizes text[from:to], which holds no quotation, and returns
// the paragraph number at its end.
func (v *view) tokenizeGap(from, to, para int) int {
	text := v.text
	i := from
	for i < to {
		c := text[i]
		if c == '\n' || c == '\r' {
			// A line break ends a paragraph; blank lines count once.
			if len(v.toks) > 0 && v.toks[len(v.toks)-1].para == int32(para) {
				para++
			}
			i++
			continue
		}
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if isLetterDigit(r) {
			j := wordEnd(text, i, to)
			t := token{start: i, end: j, kind: tWord, quote: -1, para: int32(para), cap: unicode.IsUpper(r)}
			w := text[i:j]
			switch {
			case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S"):
				t.poss, t.cut = true, 2
			case strings.HasSuffix(w, "’s"):
				t.poss, t.cut = true, 4
			}
			if j < to && (text[j] == '\'' || strings.HasPrefix(text[j:to], "’")) && w[len(w)-1] == 's' {
				t.poss = true // the workers' fault
			}
			t.lower = v.lex.lower(text[i:t.nameEnd()])
			v.toks = append(v.toks, t)
			i = j
			continue
		}
		v.toks = append(v.toks, token{start: i, end: i + n, kind: tPunct, quote: -1, para: int32(para)})
		i += n
	}
	return para
}

// wordEnd returns the end of the word that starts at text[i]: letters and
// digits, joined by . ' ’ - & when a letter or digit follows.
func wordEnd(text string, i, to int) int {
	j := i
	for j < to {
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:to])
		}
		if isLetterDigit(r) {
			j += n
			continue
		}
		if r == ',' && j > i && isDigitByte(text[j-1]) && j+3 < to && isDigitByte(text[j+1]) && isDigitByte(text[j+2]) && isDigitByte(text[j+3]) {
			j++ // 75,000
			continue
		}
		if r == '.' || r == '\'' || r == '’' || r == '-' || r == '&' {
			if j+n < to {
				r2, _ := utf8.DecodeRuneInString(text[j+n : to])
				if isLetterDigit(r2) {
					j += n
					continue
				}
			}
		}
		break
	}
	return j
}

func isLetterDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lower returns s in lower case, without allocating when s is already
// lower case or is a word of the lexicon (l.lowered): a capitalised word
// of ASCII is lowered on the stack and looked up, so that He, The, Mr and
// Says, at the start of every other sentence, cost nothing.
func (l *lexicon) lower(s string) string {
	var buf [24]byte
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return s
	}
	if w, ok := l.lowered[string(buf[:len(s)])]; ok {
		return w
	}
	return string(buf[:len(s)])
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true,
	"prof": true, "rev": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true,
	"u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "ave": true,
	"d.c": true, "e.g": true, "i.e": true, "etc": true, "approx": true, "dept": true, "est": true,
}

// sentences numbers the sentences: a line break or . ? ! outside quotation
// marks ends one, unless the period ends an abbreviation or an initial. A
// sentence also ends after maxSentenceTokens tokens.
func (v *view) sentences() {
	sent := 0
	first := 0 // the first token of sentence sent
	for i := range v.toks {
		t := &v.toks[i]
		if i > 0 {
			p := &v.toks[i-1]
			if t.para != p.para {
				sent, first = sent+1, i
			} else if p.kind == tPunct && v.endsSentence(i-1) && (t.cap || t.kind == tQuote || t.kind == tPunct && opensSentence(v.word(i)) || isDigitByte(v.text[t.start])) {
				sent, first = sent+1, i
			} else if t.cap && i >= 2 && v.isPunct(i-1, ")") && v.toks[i-2].kind == tPunct && v.text[v.toks[i-2].start] != ')' && v.endsSentence(i-2) {
				// (She would have cried.) The leaders …
				sent, first = sent+1, i
			} else if p.kind == tQuote && (t.cap || t.kind == tQuote) && v.quoteEndsSentence(i-1) && !v.attributionTail(i) {
				// "We will win." He said the vote … / "Why not?" Polls show …
				sent, first = sent+1, i
			} else if i-first == maxSentenceTokens {
				sent, first = sent+1, i // see maxSentenceTokens
			}
		}
		t.sent = int32(sent)
	}
	v.nSents = sent + 1
}

// quoteTail returns the words inside the marks of the quotation q without
// the spaces and the closing marks of a quotation nested at its end, so
// that its last byte is the punctuation that ends it: "… its
// 'insensitivity,'" ends with a comma.
func (v *view) quoteTail(q int32) string {
	in := v.quotes[q].Content.Text(v.text)
	for {
		t := strings.TrimRight(in, " \t")
		t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "'"), "’"), "\"")
		if t == in {
			return in
		}
		in = t
	}
}

// quoteEndsSentence reports whether the quotation of token i ends with
// final punctuation inside its marks: "We will win."
func (v *view) quoteEndsSentence(i int) bool {
	in := v.quoteTail(v.toks[i].quote)
	if in == "" {
		return false
	}
	switch in[len(in)-1] {
	case '.', '?', '!':
		return !strings.HasSuffix(in, "...")
	}
	return false
}

// particles complete a verb of speaking: shot back, went on, spoke up.
var particles = map[string]bool{"back": true, "on": true, "up": true, "out": true, "in": true, "off": true}

// skipParticle returns the token after a particle or an adverb in -ly at
// token n, or n: wrote back, said quietly.
func (v *view) skipParticle(n int) int {
	if n < len(v.toks) && v.toks[n].kind == tWord && (particles[v.toks[n].lower] || strings.HasSuffix(v.toks[n].lower, "ly") && !v.toks[n].cap) {
		return n + 1
	}
	return n
}

// attributionTail reports whether the tokens from i read as the speaker of
// the quotation before them: "Why not?" Mr. Berg asked. It looks for a cue
// within a few words. After a question or an exclamation any such cue will
// do; after a full stop the cue must end its clause or take only a phrase
// (Berg said of the plan, Berg told the council), not a new clause.
func (v *view) attributionTail(i int) bool {
	q := v.quoteTail(v.toks[i-1].quote)
	question := strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
	limit := i + 8
	if question {
		limit = i + 12 // "Why not?" Rep. Ann Bell, R-Pa., asked.
	}
	for m := i; m < len(v.toks) && m < limit; m++ {
		t := &v.toks[m]
		if t.kind != tWord || t.para != v.toks[i].para {
			if t.kind == tPunct && (v.isPunct(m, ".") || v.isPunct(m, "(") || v.isPunct(m, ")") || question && v.isPunct(m, ",")) && m > i {
				continue // Sen. Ann Bell (D-Ore.) said
			}
			return false
		}
		info, ok := v.lex.cues[t.lower]
		if !ok || m == i {
			continue
		}
		n := m + 1
		if k := v.skipParticle(n); (v.isPunct(k, ",") || v.isPunct(k, ":")) && k+1 < len(v.toks) && v.toks[k+1].kind == tQuote {
			return false // He added, "…" (wrote back, "…") opens a statement of its own
		}
		if question {
			return true
		}
		if n == len(v.toks) || v.toks[n].para != t.para {
			return true
		}
		if v.toks[n].kind == tPunct {
			// "… done." Bell said. but not "… done." Bell said, without …
			return !v.isPunct(n, ",") && !v.isPunct(n, ":")
		}
		if v.verbBefore(i, m) || info.act != Speech && v.is(n, "to") {
			// "… forward." He scrapped plans to …; "… broken." The
			// agency declined to comment: a sentence of the writer's
			return false
		}
		w := v.toks[n].lower
		return info.object || ppWords[w] || w == "of" || w == "when" || w == "as" || w == "about"
	}
	return false
}

// verbBefore reports whether a word of tokens [i, m) is a verb form, so
// that they read as a clause of their own rather than a speaker.
func (v *view) verbBefore(i, m int) bool {
	for j := i; j < m; j++ {
		if isVerbForm(v.toks[j]) || verbAfterCue[v.toks[j].lower] {
			return true
		}
	}
	return false
}

// isVerbForm reports whether t looks like a verb in -ing or -ed form, or a
// common irregular past tense.
func isVerbForm(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	w := t.lower
	return len(w) > 4 && (strings.HasSuffix(w, "ing") && !nonParticiples[w] || strings.HasSuffix(w, "ed")) || irregularPast[w]
}

var irregularPast = map[string]bool{"took": true, "made": true, "gave": true, "went": true, "came": true, "sent": true, "held": true, "left": true, "met": true, "ran": true, "won": true, "lost": true, "shared": true, "spoke": true, "wrote": true, "told": true, "said": true, "set": true, "put": true, "cut": true, "led": true, "paid": true, "kept": true, "brought": true, "began": true, "drew": true, "threw": true, "stood": true, "struck": true, "sought": true, "fought": true, "thought": true, "felt": true}

// sentenceOpeners are capitalised words that begin a sentence after an
// abbreviation: in the U.S. He said …
var sentenceOpeners = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "the": true, "a": true, "an": true, "but": true, "and": true, "this": true, "that": true, "these": true, "those": true, "there": true, "his": true, "her": true, "their": true, "its": true}

// opensSentence reports whether the punctuation mark p can begin a
// sentence; closing marks and commas after a period cannot: (R-Ore.), U.S.,
func opensSentence(p string) bool {
	switch p {
	case ")", "]", "}", ",", ";", ":", ".", "!", "?", "”", "’", "\"", "'", "»":
		return false
	}
	return true
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// endsSentence reports whether the punctuation token i ends a sentence.
func (v *view) endsSentence(i int) bool {
	switch v.text[v.toks[i].start] {
	case '?', '!':
		return true
	case '.':
		if i == 0 || v.toks[i-1].kind != tWord || v.toks[i-1].end != v.toks[i].start {
			return true
		}
		w := v.toks[i-1].lower
		if abbreviations[w] || strings.Contains(w, ".") {
			// U.S. He said: an abbreviation ends a sentence before a
			// pronoun or a determiner, not before a name.
			return i+1 < len(v.toks) && v.toks[i+1].cap && sentenceOpeners[v.toks[i+1].lower]
		}
		if v.toks[i-1].end-v.toks[i-1].start == 1 && v.toks[i-1].cap {
			return false // an initial: Tom W. Dunn
		}
		return true
	}
	return false
}

// quoteOf returns the quotation of token t.
func (v *view) quoteOf(t *token) *quotes.Quote { return &v.quotes[t.quote] }

// word returns the text of token i.
func (v *view) word(i int) string { return v.text[v.toks[i].start:v.toks[i].end] }

// is reports whether token i is a word whose lower-case form is w.
func (v *view) is(i int, w string) bool {
	return i >= 0 && i < len(v.toks) && v.toks[i].kind == tWord && v.toks[i].lower == w
}

// isPunct reports whether token i is the punctuation mark p.
func (v *view) isPunct(i int, p string) bool {
	return i >= 0 && i < len(v.toks) && v.toks[i].kind == tPunct && v.text[v.toks[i].start:v.toks[i].end] == p
}

// isDash reports whether token i is a dash.
func (v *view) isDash(i int) bool {
	if i < 0 || i >= len(v.toks) || v.toks[i].kind != tPunct {
		return false
	}
	switch v.text[v.toks[i].start:v.toks[i].end] {
	case "—", "–", "-", "―":
		return true
	}
	return false
}

// view is the text of one Attribute call as the rules read it: its
// quotations, tokens, sentences and paragraphs. It is built once, by
// newView, and never changed after: the rules and stages only read it.
type view struct {
	text string
	// from and to are the window of text that the tokens cover: all of
	// it but for a huge text (see window in article.go).
	from, to int
	lex      *lexicon
	quotes   []quotes.Quote
	toks     []token
	nParas   int
	nSents   int
	// paraLast[p] is the index of the last token of paragraph p, or -1.
	paraFirst, paraLast []int
}

// paragraphs records the first and last token of each paragraph.
func (v *view) paragraphs() {
	v.paraFirst = make([]int, v.nParas)
	v.paraLast = make([]int, v.nParas)
	for p := range v.paraFirst {
		v.paraFirst[p], v.paraLast[p] = -1, -1
	}
	for i := range v.toks {
		p := v.toks[i].para
		if v.paraFirst[p] < 0 {
			v.paraFirst[p] = i
		}
		v.paraLast[p] = i
	}
}

// looksLikeTitle reports whether a quotation with no cue reads like the
// title of a work: a few words, each capitalised but for short ones.
func looksLikeTitle(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’,.:;!?()")
		if !hasWord(w) {
			continue // Fox & Friends
		}
		n++
		if !isUpperStart(w) && !minorWords[strings.ToLower(w)] {
			return false
		}
	}
	return n >= 1 && n <= 10
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func hasWord(s string) bool {
	for _, r := range s {
		if isLetterDigit(r) {
			return true
		}
	}
	return false
}

// wordsIn counts the word tokens in [i, j).
func (v *view) wordsIn(i, j int) int {
	n := 0
	for m := i; m < j; m++ {
		if v.toks[m].kind == tWord {
			n++
		}
	}
	return n
}

// commaBefore reports whether a comma ends the text before token c, outside
// quotation marks or inside them ("…," adding).
func (v *view) commaBefore(c int) bool {
	if v.isPunct(c-1, ",") {
		return true
	}
	if c > 0 && v.toks[c-1].kind == tQuote {
		return strings.HasSuffix(v.quoteTail(v.toks[c-1].quote), ",")
	}
	return false
}

// tokSpan returns the byte span of tokens [i, j), without a final
// possessive ending.
func (v *view) tokSpan(i, j int) Span {
	return Span{Start: v.toks[i].start, End: v.toks[j-1].nameEnd()}
}

// isHeadline reports whether paragraph p looks like a headline: short, and
// without a final period.
func (v *view) isHeadline(p int) bool {
	first, last := v.paraFirst[p], v.paraLast[p]
	if first < 0 || last-first > 25 {
		return false
	}
	t := &v.toks[last]
	if t.kind == tPunct && isFinalPunct(v.word(last)) {
		return false
	}
	if t.kind == tQuote {
		in := v.quotes[t.quote].Content.Text(v.text)
		if n := len(in); n > 0 && (in[n-1] == '.' || in[n-1] == '?' || in[n-1] == '!') {
			return false
		}
	}
	return true
}

// sentStart returns the first token of the sentence of token i.
func (v *view) sentStart(i int) int {
	s0 := i
	for s0 > 0 && v.toks[s0-1].sent == v.toks[i].sent {
		s0--
	}
	return s0
}

func isFinalPunct(p string) bool {
	switch p {
	case ".", "!", "?", ",", ":", ";", "—", "–", "-", "…":
		return true
	}
	return false
}
