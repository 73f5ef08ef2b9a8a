package speakers

import (
	"fmt"

	"github.com/whosaid/whosaid/quotes"
)

// Span is a half-open range of byte offsets into the article, as in package
// quotes. A Span whose End is 0 is empty: a cue or mention that is absent.
type Span = quotes.Span

// Kind says how a statement is reported.
type Kind uint8

const (
	// Direct is a statement given as a quotation: "We will win," she said.
	Direct Kind = iota
	// Mixed is reported speech that contains quoted words: she said it was
	// "profoundly important". Its quoted parts are in Attribution.Fragments.
	Mixed
	// Indirect is reported speech without quotation marks: Wang said
	// relations matter.
	Indirect
	// Fragment is a quoted fragment attributed on its own, as in a headline
	// (US wants 'stable' ties, secretary says), where the words around the
	// fragment are the writer's, not the speaker's.
	Fragment
)

var kindNames = [...]string{Direct: "direct", Mixed: "mixed", Indirect: "indirect", Fragment: "fragment"}

// String returns "direct", "mixed", "indirect" or "fragment".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// EntityKind says what sort of source a speaker is.
type EntityKind uint8

const (
	// Unknown is a source whose sort the text does not tell.
	Unknown EntityKind = iota
	// Person is one named or described person.
	Person
	// Organization is a company, agency, party, newspaper or government.
	Organization
	// Group is several people or an anonymous source: officials, sources,
	// US firms.
	Group
)

var entityKindNames = [...]string{Unknown: "unknown", Person: "person", Organization: "organization", Group: "group"}

// String returns "unknown", "person", "organization" or "group".
func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return fmt.Sprintf("EntityKind(%d)", k)
}

// Rule names say which rule attributed a statement.
const (
	RuleCueAfter     = "cue-after"    // "…," she said / …, officials said
	RuleCueBefore    = "cue-before"   // She said: "…" / She said that …
	RuleInverted     = "inverted"     // "…," said Tomas Berg
	RuleAccordingTo  = "according-to" // …, according to X
	RuleParticiple   = "participle"   // …, adding that …
	RuleDashByline   = "dash-byline"  // "…" — Coach Maria Lopez
	RuleColon        = "colon"        // Ms. Bell wrote to members: "…" / The mayor's statement:¶"…"
	RuleSubject      = "subject"      // Bell called the plan "a gift to developers"; The real estate magnate says …
	RuleContinuation = "continuation" // a quote that follows the same speaker's statement
	RuleHeadline     = "headline"     // 'stable' in a headline with "…, secretary says"
	RuleAppearance   = "appearance"   // Bell seems ready; the bill is expected to pass (no speaker)
	RuleNoSpeaker    = "no-speaker"   // a direct quote with no cue found
)

// Attribution is one statement of an article and who made it.
type Attribution struct {
	// Content is what was said, in byte offsets: the quotation with its
	// marks for a direct statement, the reported clause for mixed and
	// indirect speech.
	Content Span
	// Kind says how the statement is reported.
	Kind Kind
	// Fragments are the quotations inside a mixed statement, with their
	// marks, in byte offsets.
	Fragments []Span
	// Cue is the reporting verb or phrase ("said", "told", "according to"),
	// in byte offsets; empty (End 0) when there is none.
	Cue Span
	// Speaker is the index in Result.Speakers of who said it, or -1.
	Speaker int
	// Mention is the words that name the speaker for this statement ("she",
	// "The minister", "Raimondo"), in byte offsets; empty when the speaker
	// comes from an earlier statement or is unknown.
	Mention Span
	// Confidence is in [0, 1]: how sure the rule that decided is.
	Confidence float64
	// Rule names the rule that decided, one of the Rule constants.
	Rule string
	// Act says what the statement reports: speech, thought, intent,
	// finding or appearance (see [Act]).
	Act Act
}

// Text returns the statement's content sliced from src.
func (a Attribution) Text(src string) string { return a.Content.Text(src) }

// Speaker is one source of statements.
type Speaker struct {
	// Name is the canonical name: the fullest name the article gives
	// ("Gina Raimondo"), or the words that describe the source ("one
	// official").
	Name string
	// Kind says what sort of source it is.
	Kind EntityKind
	// Titles are the titles and roles seen with the name, as written
	// ("US Commerce Secretary").
	Titles []string
	// Mentions are every place the article names or refers to the source
	// and that whosaid linked to it, in byte offsets, in text order.
	Mentions []Span
}

// Result is what Attribute finds in one article.
type Result struct {
	// Attributions holds one entry per statement, in text order.
	Attributions []Attribution
	// Speakers holds the sources that Attributions refer to.
	Speakers []Speaker
}

// An Attributor attributes statements to speakers. The zero Attributor is
// ready to use; it loads its word lists once per process, on first use, and
// is safe for concurrent use by many goroutines.
type Attributor struct {
	// Finder finds the quoted spans. The zero Finder is the default.
	Finder quotes.Finder
	// Acts are the acts to report (see [Act]); the zero value reports
	// every act. ActsOf(Speech) keeps what sources said and drops their
	// beliefs, wishes, plans, findings and how things appear. The filter
	// only drops statements: the ones kept are those of all acts.
	Acts Acts
	// POS, when set, tells a noun phrase object from a reported clause
	// after a cue (Bell added a goal in the second half; Bell added the
	// council voted no) with the part-of-speech tagger of
	// github.com/jdkato/prose, instead of the word lists. Its model is
	// loaded once per process and shared. It costs speed for little gain:
	// see README.md, "Acts".
	POS bool
}

// Attribute returns the statements in text with their speakers, using the
// zero Attributor. See [Attributor.Attribute].
func Attribute(text string) Result {
	var a Attributor
	return a.Attribute(text)
}

// Attribute returns the statements in text, in text order, each with its
// speaker, and the speakers they refer to. It never fails: damaged text gets
// a best effort. Empty text gives an empty Result. The result is stable: the
// same text always gives the same Result.
func (a *Attributor) Attribute(text string) Result {
	return attribute(a, text)
}
