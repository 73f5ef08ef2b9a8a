package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words before a quote that say it is a term held at a distance.
var scareLeads = []string{"so-called", "so called", "quote-unquote", "quote unquote", "the word", "the term", "the phrase", "the words", "the label", "the slogan", "the hashtag"}

// Words before a quote that say it names something.
var nameLeads = []string{"dubbed", "nicknamed", "known as", "named", "a.k.a.", "aka"}

// Words before a Title Case quote that say it is the title of a work.
var titleLeads = []string{"in", "titled", "entitled", "film", "movie", "book", "song", "album", "show", "series", "novel", "play", "documentary", "episode", "article", "op-ed", "column", "headline", "memoir", "program", "programme", "single", "poem", "essay", "musical", "opera", "painting", "podcast", "hit", "sitcom", "drama", "comedy", "report", "magazine", "newspaper"}

// contextBytes is how far classify looks around a quote.
const contextBytes = 48

// classify labels q from the text around it.
func classify(text string, q *Quote) Kind {
	content := q.Content.Text(text)
	// Look at a few words around the quote only: Find stays linear.
	before := text[max(0, q.Span.Start-contextBytes):q.Span.Start]
	for before != "" && (before[len(before)-1] == ' ' || before[len(before)-1] == '\t') {
		before = before[:len(before)-1]
	}
	after := text[q.Span.End:min(len(text), q.Span.End+contextBytes)]
	for after != "" && (after[0] == ' ' || after[0] == '\t') {
		after = after[1:]
	}
	// Every scare and name lead ends with an ASCII letter or a period:
	// text that does not, such as a run of quotation marks, has none.
	var lead string
	if n := len(before); n > 0 && (isASCIILetter(before[n-1]) || before[n-1] == '.') {
		lead = lastWords(before, 2)
	}

	for _, w := range scareLeads {
		if hasSuffixFold(lead, w) {
			return ScareQuote
		}
	}
	words, caps, first, last := shape(content)
	endsSentence := last == '.' || last == '?' || last == '!' || last == '…' || last == ','
	if words == 0 {
		return Fragment
	}
	for _, w := range nameLeads {
		if hasSuffixFold(lead, w) {
			if caps == words {
				return Nickname
			}
			return ScareQuote
		}
	}
	if words <= 2 && caps == words && !endsSentence && q.Depth == 0 &&
		endsWithCapitalWord(before) && startsWithCapitalWord(after) {
		return Nickname
	}
	if caps == words && !endsSentence && words <= 12 {
		w := lastWords(before, 1)
		for _, t := range titleLeads {
			if len(w) == len(t) && strings.EqualFold(w, t) {
				return Title
			}
		}
	}
	p, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsUpper(first) || unicode.IsDigit(first) {
		// A capitalised quote is speech where a sentence may start, or
		// when it is a whole sentence itself.
		if before == "" || strings.ContainsRune(".!?:;,—–-(\n\r\"“”'‘’", p) || (endsSentence && words >= 3) {
			return Speech
		}
		if strings.HasSuffix(before, "\n") {
			return Speech
		}
		return Fragment
	}
	// A lower-case quote that ends a sentence after a comma or colon is
	// speech: he said, “we will win.”, or the rest of a quote split by its
	// cue: “The economy,” he said, “is strong.”
	if (p == ',' || p == ':') && last != ',' && endsSentence {
		return Speech
	}
	return Fragment
}

// manyWords is what shape reports for a text with more words than any
// rule of classify counts.
const manyWords = 13

// shapeBytes is how much of a quote shape reads: enough for any title or
// nickname, and it keeps classify's cost per quote constant.
const shapeBytes = 512

// shape counts the words of s up to manyWords, and the words that start with
// a capital (lower-case minor words count as capitalised); it returns the
// first letter or digit of s and the last rune of s before closing marks and
// white space (0 if none).
func shape(s string) (words, caps int, first, last rune) {
	t := s[max(0, len(s)-64):] // the end of a quote is within its last bytes
	t = strings.TrimRight(t, " \t\r\n\"'”’")
	if t != "" {
		last, _ = utf8.DecodeLastRuneInString(t)
	}
	if len(s) > shapeBytes {
		s = s[:shapeBytes]
		words = manyWords // too long for a title or a nickname
	}
	inWord := false
	start := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		var class uint8
		if r < utf8.RuneSelf {
			class = asciiClasses[r]
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			class = runeClass(r)
		}
		if class&letter != 0 && first == 0 {
			first = r
		}
		if class != 0 && !inWord {
			if words == manyWords {
				break
			}
			inWord, start = true, i
			words++
			if class&capital != 0 {
				caps++
			}
		} else if class == 0 && inWord {
			inWord = false
			if isMinorWord(s[start:i]) {
				caps++ // "The Lord of the Rings": minor words need no capital
			}
		}
		i += size
	}
	if inWord && isMinorWord(s[start:]) {
		caps++
	}
	return words, min(caps, words), first, last
}

// The classes of the runes of a word, for shape.
const (
	letter  = 1 << iota // a letter or digit
	capital             // an upper-case letter or a digit
	joiner              // an apostrophe or hyphen inside a word
)

// asciiClasses holds the class of each ASCII character.
var asciiClasses = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = runeClass(rune(c))
	}
	return t
}()

// runeClass returns the class of r: letter, letter|capital, joiner or 0.
func runeClass(r rune) uint8 {
	switch {
	case r == '\'' || r == '’' || r == '-':
		return joiner
	case unicode.IsUpper(r) || unicode.IsDigit(r):
		return letter | capital
	case unicode.IsLetter(r):
		return letter
	}
	return 0
}

// isMinorWord reports whether w is a short function word that titles leave
// in lower case.
func isMinorWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "nor", "but", "as":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// lastWords returns the last n words of s, which ends with a word.
func lastWords(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		for i > 0 && s[i-1] == ' ' {
			i--
		}
		j := i - 1
		for j >= 0 && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j--
		}
		if j < 0 {
			return s
		}
		i = j
	}
	return s[i+1:]
}

func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return false
	}
	if len(s) == len(suffix) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(suffix)])
	return !unicode.IsLetter(r)
}

func endsWithCapitalWord(s string) bool {
	w := lastWords(s, 1)
	r, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(r) && unicode.IsLetter(last)
}

func startsWithCapitalWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
