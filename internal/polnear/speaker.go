package polnear

import (
	"regexp"
	"strings"
	"unicode"
)

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true,
	"you": true, "him": true, "her": true, "them": true, "his": true, "hers": true, "their": true,
	"who": true, "which": true, "that": true, "this": true, "these": true, "those": true}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"sir": true, "dame": true, "jr": true, "sr": true, "ii": true, "iii": true}

// IsPronoun reports whether the lower-case word w is one of score.py's
// PRONOUNS.
func IsPronoun(w string) bool { return pronouns[w] }

// IsHonorific reports whether the lower-case word w is one of score.py's
// HONORIFICS ("mr", "dr", "jr", ...).
func IsHonorific(w string) bool { return honorifics[w] }

var possessive = regexp.MustCompile(`['’]s\b`)

// HeadWord is score.py's head (without its NFKC normalization): the last
// word of s, lower case, with "'s" and honorifics dropped; "" when none.
// Words are runs of letters and digits.
func HeadWord(s string) string {
	s = possessive.ReplaceAllString(strings.ToLower(s), "")
	var last string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !honorifics[w] {
			last = w
		}
	}
	return last
}

// MentionOverlaps reports whether the predicted mention m overlaps the
// gold speaker's span of q (false when either is missing).
func MentionOverlaps(q GoldQuote, m *Span) bool {
	return m != nil && q.SpeakerStart != nil && q.SpeakerEnd != nil && m.Start < *q.SpeakerEnd && *q.SpeakerStart < m.End
}

// SameHead reports whether two head words name the same speaker: equal,
// not empty and not a pronoun.
func SameHead(a, b string) bool { return a != "" && !pronouns[a] && a == b }

// SpeakerRight is score.py's speaker_right: the speaker of p is right for
// q when its mention overlaps the gold speaker's span, or when the head
// word of its name (see [HeadWord]) is that of the gold canonical name or
// of the gold speaker, and not a pronoun. No speaker is never right.
func SpeakerRight(q GoldQuote, p PredQuote) bool {
	if p.Speaker == nil {
		return false
	}
	if MentionOverlaps(q, p.Speaker.Mention) {
		return true
	}
	ph := HeadWord(p.Speaker.Name)
	for _, g := range []string{q.SpeakerCanonical, q.Speaker} {
		if SameHead(ph, HeadWord(g)) {
			return true
		}
	}
	return false
}

// HasSpeaker is score.py's has_speaker: whether q's speaker is annotated.
func HasSpeaker(q GoldQuote) bool { return q.Speaker != "" || q.SpeakerCanonical != "" }
