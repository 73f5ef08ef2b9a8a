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
	before := strings.TrimRight(text[max(0, q.Span.Start-contextBytes):q.Span.Start], " \t")
	after := strings.TrimLeft(text[q.Span.End:min(len(text), q.Span.End+contextBytes)], " \t")
	lead := lastWords(before, 2)

	for _, w := range scareLeads {
		if hasSuffixFold(lead, w) {
			return ScareQuote
		}
	}
	words, caps, endsSentence := shape(content)
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
			if strings.EqualFold(w, t) {
				return Title
			}
		}
	}
	first, _ := firstLetter(content)
	if unicode.IsUpper(first) || unicode.IsDigit(first) {
		// A capitalised quote is speech where a sentence may start, or
		// when it is a whole sentence itself.
		p, _ := utf8.DecodeLastRuneInString(before)
		if before == "" || strings.ContainsRune(".!?:;,—–-(\n\r\"“”'‘’", p) || (endsSentence && words >= 3) {
			return Speech
		}
		if strings.HasSuffix(before, "\n") {
			return Speech
		}
	}
	return Fragment
}

// shape counts the words of s, the words that start with a capital (long
// function words aside), and says whether s ends as a sentence does.
func shape(s string) (words, caps int, endsSentence bool) {
	inWord := false
	start := 0
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		if w && !inWord {
			inWord, start = true, i
			words++
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		} else if !w && inWord {
			inWord = false
			if isMinorWord(s[start:i]) {
				caps++ // "The Lord of the Rings": minor words need no capital
			}
		}
	}
	if inWord && isMinorWord(s[start:]) {
		caps++
	}
	t := strings.TrimRight(s, " \t\n\"'”’")
	if t != "" {
		r, _ := utf8.DecodeLastRuneInString(t)
		endsSentence = r == '.' || r == '?' || r == '!' || r == '…' || r == ','
	}
	return words, min(caps, words), endsSentence
}

var minorWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "nor": true, "but": true, "as": true}

func isMinorWord(w string) bool { return minorWords[w] }

// firstLetter returns the first letter or digit of s.
func firstLetter(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r, true
		}
	}
	return 0, false
}

// lastWords returns the last n words of s, which ends with a word.
func lastWords(s string, n int) string {
	i := len(s)
	for k := 0; k < n; k++ {
		for i > 0 && s[i-1] == ' ' {
			i--
		}
		j := strings.LastIndexAny(s[:i], " \t\n\r")
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
