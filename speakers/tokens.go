package speakers

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
type token struct {
	start, end int // byte offsets
	kind       tokKind
	quote      int  // index into doc.quotes for tQuote, else -1
	cap        bool // a word that starts with a capital letter
	poss       bool // a possessive: Raimondo's, the workers'
	nameEnd    int  // end of the word without a possessive ending
	para       int  // paragraph number
	sent       int  // sentence number
	lower      string
}

// tokenize splits text into tokens, taking each top-level quotation whole.
func (d *doc) tokenize() {
	text := d.text
	// About one token per five or six bytes of English, or one per
	// quotation; growing by appends would copy a long article's tokens
	// several times.
	d.toks = make([]token, 0, max(len(text)/6, len(d.quotes))+1)
	pos := 0
	para := 0
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.Depth > 0 {
			continue
		}
		para = d.tokenizeGap(pos, q.Span.Start, para)
		d.toks = append(d.toks, token{start: q.Span.Start, end: q.Span.End, kind: tQuote, quote: qi, nameEnd: q.Span.End, para: para})
		// A quote over several paragraphs ends in a later one.
		para += q.Paragraphs - 1
		pos = q.Span.End
	}
	d.tokenizeGap(pos, len(text), para)
	if n := len(d.toks); n > 0 {
		d.nParas = d.toks[n-1].para + 1
	}
	d.sentences()
}

// tokenizeGap tokenizes text[from:to], which holds no quotation, and returns
// the paragraph number at its end.
func (d *doc) tokenizeGap(from, to, para int) int {
	text := d.text
	i := from
	for i < to {
		c := text[i]
		if c == '\n' || c == '\r' {
			// A line break ends a paragraph; blank lines count once.
			if len(d.toks) > 0 && d.toks[len(d.toks)-1].para == para {
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
			t := token{start: i, end: j, kind: tWord, quote: -1, nameEnd: j, para: para, cap: unicode.IsUpper(r)}
			w := text[i:j]
			switch {
			case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S"):
				t.poss, t.nameEnd = true, j-2
			case strings.HasSuffix(w, "’s"):
				t.poss, t.nameEnd = true, j-4
			}
			if j < to && (text[j] == '\'' || strings.HasPrefix(text[j:to], "’")) && w[len(w)-1] == 's' {
				t.poss = true // the workers' fault
			}
			t.lower = lowerASCII(text[i:t.nameEnd])
			d.toks = append(d.toks, t)
			i = j
			continue
		}
		d.toks = append(d.toks, token{start: i, end: i + n, kind: tPunct, quote: -1, nameEnd: i + n, para: para})
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

// lowerASCII returns s in lower case, without allocating when s is already
// lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
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
func (d *doc) sentences() {
	sent := 0
	first := 0 // the first token of sentence sent
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 {
			p := &d.toks[i-1]
			if t.para != p.para {
				sent, first = sent+1, i
			} else if p.kind == tPunct && d.endsSentence(i-1) && (t.cap || t.kind == tQuote || t.kind == tPunct && opensSentence(d.word(i)) || isDigitByte(d.text[t.start])) {
				sent, first = sent+1, i
			} else if t.cap && i >= 2 && d.isPunct(i-1, ")") && d.toks[i-2].kind == tPunct && d.text[d.toks[i-2].start] != ')' && d.endsSentence(i-2) {
				// (She would have cried.) The leaders …
				sent, first = sent+1, i
			} else if p.kind == tQuote && (t.cap || t.kind == tQuote) && d.quoteEndsSentence(i-1) && !d.attributionTail(i) {
				// "We will win." He said the vote … / "Why not?" Polls show …
				sent, first = sent+1, i
			} else if i-first == maxSentenceTokens {
				sent, first = sent+1, i // see maxSentenceTokens
			}
		}
		t.sent = sent
	}
	d.nSents = sent + 1
}

// quoteEndsSentence reports whether the quotation of token i ends with
// final punctuation inside its marks: "We will win."
func (d *doc) quoteEndsSentence(i int) bool {
	in := strings.TrimRight(d.quotes[d.toks[i].quote].Content.Text(d.text), " \t")
	if in == "" {
		return false
	}
	switch in[len(in)-1] {
	case '.', '?', '!':
		return !strings.HasSuffix(in, "...")
	}
	return false
}

// attributionTail reports whether the tokens from i read as the speaker of
// the quotation before them: "Why not?" Mr. Berg asked. It looks for a cue
// within a few words. After a question or an exclamation any such cue will
// do; after a full stop the cue must end its clause or take only a phrase
// (Berg said of the plan, Berg told the council), not a new clause.
func (d *doc) attributionTail(i int) bool {
	q := strings.TrimRight(d.quotes[d.toks[i-1].quote].Content.Text(d.text), " \t")
	question := strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
	for m := i; m < len(d.toks) && m < i+8; m++ {
		t := &d.toks[m]
		if t.kind != tWord || t.para != d.toks[i].para {
			if t.kind == tPunct && (d.isPunct(m, ".") || d.isPunct(m, "(") || d.isPunct(m, ")")) && m > i {
				continue // Sen. Ann Bell (D-Ore.) said
			}
			return false
		}
		info, ok := d.lex.cues[t.lower]
		if !ok || m == i {
			continue
		}
		n := m + 1
		if (d.isPunct(n, ",") || d.isPunct(n, ":")) && n+1 < len(d.toks) && d.toks[n+1].kind == tQuote {
			return false // He added, "…" opens a statement of its own
		}
		if question {
			return true
		}
		if n == len(d.toks) || d.toks[n].para != t.para {
			return true
		}
		if d.toks[n].kind == tPunct {
			// "… done." Bell said. but not "… done." Bell said, without …
			return !d.isPunct(n, ",") && !d.isPunct(n, ":")
		}
		w := d.toks[n].lower
		return info.object || ppWords[w] || w == "of" || w == "when" || w == "as" || w == "about"
	}
	return false
}

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
func (d *doc) endsSentence(i int) bool {
	switch d.text[d.toks[i].start] {
	case '?', '!':
		return true
	case '.':
		if i == 0 || d.toks[i-1].kind != tWord || d.toks[i-1].end != d.toks[i].start {
			return true
		}
		w := d.toks[i-1].lower
		if abbreviations[w] || strings.Contains(w, ".") {
			// U.S. He said: an abbreviation ends a sentence before a
			// pronoun or a determiner, not before a name.
			return i+1 < len(d.toks) && d.toks[i+1].cap && sentenceOpeners[d.toks[i+1].lower]
		}
		if d.toks[i-1].end-d.toks[i-1].start == 1 && d.toks[i-1].cap {
			return false // an initial: George W. Bush
		}
		return true
	}
	return false
}

// quoteOf returns the quotation of token t.
func (d *doc) quoteOf(t *token) *quotes.Quote { return &d.quotes[t.quote] }

// word returns the text of token i.
func (d *doc) word(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

// is reports whether token i is a word whose lower-case form is w.
func (d *doc) is(i int, w string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && d.toks[i].lower == w
}

// isPunct reports whether token i is the punctuation mark p.
func (d *doc) isPunct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.text[d.toks[i].start:d.toks[i].end] == p
}

// isDash reports whether token i is a dash.
func (d *doc) isDash(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tPunct {
		return false
	}
	switch d.text[d.toks[i].start:d.toks[i].end] {
	case "—", "–", "-", "―":
		return true
	}
	return false
}
