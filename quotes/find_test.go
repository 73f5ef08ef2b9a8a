package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brief renders q for the table tests: the quote with its marks, its kind,
// and whatever differs from a closed top-level one-paragraph quote.
func brief(text string, q Quote) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %v", q.Text(text), q.Kind)
	if !q.Closed {
		b.WriteString(" unclosed")
	}
	if q.Depth != 0 {
		fmt.Fprintf(&b, " depth=%d", q.Depth)
	}
	if q.Paragraphs != 1 {
		fmt.Fprintf(&b, " paragraphs=%d", q.Paragraphs)
	}
	return b.String()
}

// rendering is a list of quotes rendered by brief, printed one per line so
// that a failure reads like a review.
type rendering []string

func (r rendering) String() string {
	if len(r) == 0 {
		return "(none)"
	}
	return "\n\t" + strings.Join(r, "\n\t") + "\n"
}

func renderBrief(text string, qs []Quote) rendering {
	r := rendering{}
	for _, q := range qs {
		r = append(r, brief(text, q))
	}
	return r
}

var findTests = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	// Quotation marks.
	{
		name: "straight double",
		in:   `"We will win," the coach said after training.`,
		want: []string{`"We will win," speech`},
	},
	{
		name: "curly double",
		in:   `“We will win,” the coach said after training.`,
		want: []string{`“We will win,” speech`},
	},
	{
		name: "straight single in headline",
		in:   `Mayor wants 'calm' talks with unions, aide says`,
		want: []string{`'calm' fragment`},
	},
	{
		name: "curly single British",
		in:   `The minister called the plan ‘reckless’ on Tuesday.`,
		want: []string{`‘reckless’ fragment`},
	},
	{
		name: "British single speech",
		in:   `‘We are ready for them,’ the minister said.`,
		want: []string{`‘We are ready for them,’ speech`},
	},
	{
		name: "guillemets",
		in:   `«Nous sommes prêts», the French minister told reporters.`,
		want: []string{`«Nous sommes prêts» speech`},
	},
	{
		name: "single guillemets",
		in:   `The poster showed the word ‹non› in red.`,
		want: []string{`‹non› scare`},
	},
	{
		name: "low-high",
		in:   `„Wir schaffen das“, the chancellor said at the time.`,
		want: []string{`„Wir schaffen das“ speech`},
	},
	{
		name:   "doubled apostrophes",
		in:     `''We need more time,'' Mr. Holt said.`,
		want:   []string{`''We need more time,'' speech`},
		reason: "the New York Times writes double quotes as two apostrophes",
	},
	{
		name: "TeX",
		in:   "``We need more time,'' Mr. Holt said.",
		want: []string{"``We need more time,'' speech"},
	},
	{
		name:   "doubled apostrophes nested",
		in:     `''She told me, 'Wait for the vote,''' Mr. Holt said.`,
		want:   []string{`''She told me, 'Wait for the vote,''' speech`, `'Wait for the vote,' speech depth=1`},
		reason: "three apostrophes close the inner single quote, then the outer doubled one",
	},
	{
		name:   "doubled apostrophes closed after a space",
		in:     `''She told me, 'No.' '' he recalled.`,
		want:   []string{`''She told me, 'No.' '' speech`, `'No.' speech depth=1`},
		reason: "the Times puts a space between a single and a doubled closing mark",
	},
	{
		name:   "mixed double marks",
		in:     `“Enough is enough," she said.`,
		want:   []string{`“Enough is enough," speech`},
		reason: "double-mark styles may close each other",
	},

	// Apostrophes are not quotes.
	{name: "possessive", in: `Raimondo's remarks drew praise.`},
	{name: "contraction", in: `It wasn't the first time.`},
	{name: "plural possessive", in: `It was the workers' fault, the report found.`},
	{name: "two plural possessives", in: `The bosses' and the workers' views differ.`},
	{name: "decade", in: `Music from the '90s is back in fashion.`},
	{name: "rock and roll", in: `They played rock 'n' roll all night.`},
	{name: "elided them", in: `Go and tell 'em we are here.`},
	{name: "elision at start", in: `'Tis the season for rock 'n' roll.`},
	{name: "curly possessive", in: `Holt’s remarks drew praise.`},
	{name: "curly contraction", in: `It wasn’t the first time.`},
	{name: "curly plural possessive", in: `It was the workers’ fault.`},
	{name: "curly decade", in: `Music from the ’90s is back.`},
	{name: "curly rock and roll", in: `They played rock ’n’ roll all night.`},
	{name: "curly elided them", in: `Go and tell ’em we are here.`},
	{
		name:   "apostrophes around a quote",
		in:     `The workers' union called the offer 'insulting', and Raimondo's team didn't reply.`,
		want:   []string{`'insulting' fragment`},
		reason: "a possessive before and a contraction after must not pair with the real marks",
	},
	{
		name:   "rock and roll inside single quotes",
		in:     `'We still love rock 'n' roll,' he said.`,
		want:   []string{`'We still love rock 'n' roll,' speech`},
		reason: "both apostrophes of 'n' belong to the word, so neither closes the quote",
	},
	{
		name: "curly rock and roll inside single quotes",
		in:   `‘We still love rock ’n’ roll,’ he said.`,
		want: []string{`‘We still love rock ’n’ roll,’ speech`},
	},
	{
		name: "elision before a dash",
		in:   `Tell 'em—now.`,
	},
	{
		name: "contraction inside single quotes",
		in:   `He said 'I'm done' and walked out.`,
		want: []string{`'I'm done' fragment`},
	},
	{
		name:   "lone opening single",
		in:     `‘Unclosed single quote, the minister said.`,
		reason: "a single mark that never closes is taken for an apostrophe",
	},

	// Nesting.
	{
		name: "nested curly",
		in:   `“He told me, ‘Never sign,’ and I didn’t,” she said.`,
		want: []string{`“He told me, ‘Never sign,’ and I didn’t,” speech`, `‘Never sign,’ speech depth=1`},
	},
	{
		name: "nested straight",
		in:   `"He told me, 'Never sign,' and I didn't," she said.`,
		want: []string{`"He told me, 'Never sign,' and I didn't," speech`, `'Never sign,' speech depth=1`},
	},
	{
		name: "three levels",
		in:   `“She said, ‘He wrote “no” twice,’ honestly,” he recalled.`,
		want: []string{
			`“She said, ‘He wrote “no” twice,’ honestly,” speech`,
			`‘He wrote “no” twice,’ speech depth=1`,
			`“no” fragment depth=2`,
		},
	},
	{
		name:   "apostrophe inside a nested quote",
		in:     `“The ’90s were ‘wild’, people say,” he said.`,
		want:   []string{`“The ’90s were ‘wild’, people say,” speech`, `‘wild’ fragment depth=1`},
		reason: "’90s closes nothing, so ‘wild’ pairs with its own mark",
	},
	{
		name:   "single inside double left open",
		in:     `“The ‘plan is dead,” he said, “and so is ‘hope’.”`,
		want:   []string{`“The ‘plan is dead,” speech`, `“and so is ‘hope’.” speech`, `‘hope’ fragment depth=1`},
		reason: "an unclosed single mark inside a closed quote is an apostrophe, not a quote",
	},

	// Quotes over several paragraphs.
	{
		name: "multi-paragraph curly",
		in:   "“The first point is cost.\n\n“The second is time.\n\n“The third is trust,” she said.\n\nThen she left.",
		want: []string{"“The first point is cost.\n\n“The second is time.\n\n“The third is trust,” speech paragraphs=3"},
	},
	{
		name: "multi-paragraph straight CRLF",
		in:   "She said: \"We start today.\r\n\r\n\"We finish in May.\" Nobody objected.",
		want: []string{"\"We start today.\r\n\r\n\"We finish in May.\" speech paragraphs=2"},
	},
	{
		name: "multi-paragraph doubled apostrophes",
		in:   "''First, the rules.\n''Then, the money,'' he said.",
		want: []string{"''First, the rules.\n''Then, the money,'' speech paragraphs=2"},
	},
	{
		name:   "multi-paragraph British",
		in:     "‘First, the rules.\n\n‘Then, the money,’ he said.",
		want:   []string{"‘First, the rules.\n\n‘Then, the money,’ speech paragraphs=2"},
		reason: "British papers reopen long single quotes at each paragraph too",
	},
	{
		name:   "multi-paragraph left open",
		in:     "“The first point is cost.\n\n“The second is time.\n\nThe hearing went on.",
		want:   []string{"“The first point is cost.\n\n“The second is time. speech unclosed paragraphs=2"},
		reason: "a long quote that is never closed still ends with the last paragraph that reopened it",
	},
	{
		name: "nested quote ends with its paragraph",
		in:   "“He said ‘wait\n\n“and then we left,” she said.",
		want: []string{"“He said ‘wait\n\n“and then we left,” speech paragraphs=2"},
	},
	{
		name: "closed quotes in successive paragraphs",
		in:   "“One,” she said.\n\n“Two,” he said.",
		want: []string{`“One,” speech`, `“Two,” speech`},
	},

	// Unbalanced marks.
	{
		name:   "unclosed ends with its paragraph",
		in:     "She said “we will keep going   \n\nThe council met on “Tuesday” night.",
		want:   []string{`“we will keep going fragment unclosed`, `“Tuesday” fragment`},
		reason: "a missing closing mark must not swallow the next paragraph; trailing spaces are trimmed",
	},
	{
		name: "unclosed at end of text",
		in:   "He shouted \"stop   \n",
		want: []string{`"stop fragment unclosed`},
	},
	{
		name: "unclosed at end of text without line break",
		in:   "He shouted \"stop \t ",
		want: []string{`"stop fragment unclosed`},
	},
	{
		name: "stray closing mark",
		in:   `He paused.” Then he left.`,
	},
	{
		name:   "closing mark after a space",
		in:     `"Not now " he said, and "later" she replied.`,
		want:   []string{`"Not now " speech`, `"later" fragment`},
		reason: "a straight mark between spaces cannot open a quote, so it closes the open one",
	},

	// Position and adjacency.
	{
		name: "adjacent quotes",
		in:   `“Yes,” said Anna. “No,” said Ben.`,
		want: []string{`“Yes,” speech`, `“No,” speech`},
	},
	{
		name:   "split by a cue",
		in:     `“The economy,” he said, “is strong.”`,
		want:   []string{`“The economy,” speech`, `“is strong.” speech`},
		reason: "the second part continues the sentence the first began",
	},
	{
		name: "whole text",
		in:   `"Stop!"`,
		want: []string{`"Stop!" speech`},
	},
	{
		name: "at end of text",
		in:   `The last word was "enough"`,
		want: []string{`"enough" fragment`},
	},
	{
		name: "empty straight",
		in:   `He left the box blank: "". Then he signed.`,
		want: []string{`"" fragment`},
	},
	{
		name: "empty curly at start",
		in:   `“” was all the page said.`,
		want: []string{`“” fragment`},
	},
	{
		name: "empty then more",
		in:   `"", he said, "nothing."`,
		want: []string{`"" fragment`, `"nothing." speech`},
	},

	// Kinds.
	{
		name: "speech after colon",
		in:   `Officials said: "The bridge will reopen next week."`,
		want: []string{`"The bridge will reopen next week." speech`},
	},
	{
		name: "lower-case speech after comma",
		in:   `He told reporters, "we are on track."`,
		want: []string{`"we are on track." speech`},
	},
	{
		name: "fragment",
		in:   `She said the deal was "profoundly important" to both sides.`,
		want: []string{`"profoundly important" fragment`},
	},
	{
		name:   "fragment ending the sentence",
		in:     `He said the risks were "real and growing."`,
		want:   []string{`"real and growing." fragment`},
		reason: "a lower-case quote inside the reporter's sentence is a fragment even with a full stop",
	},
	{
		name: "scare quote",
		in:   `These so-called “experts” were wrong again.`,
		want: []string{`“experts” scare`},
	},
	{
		name: "scare quote after the word",
		in:   `He avoided the word "recession" all week.`,
		want: []string{`"recession" scare`},
	},
	{
		name: "nickname",
		in:   `Robert “Bobby” Mills scored twice.`,
		want: []string{`“Bobby” nickname`},
	},
	{
		name: "nickname after lead",
		in:   `The striker, nicknamed “The Hammer”, scored twice.`,
		want: []string{`“The Hammer” nickname`},
	},
	{
		name: "title",
		in:   `She starred in “The Long Road” last year.`,
		want: []string{`“The Long Road” title`},
	},
	{
		name: "title after a noun",
		in:   `His memoir “A Life in Ink” sold well.`,
		want: []string{`“A Life in Ink” title`},
	},

	// Typing slips.
	{
		name:   "right mark that opens a paragraph",
		in:     "\u202a”The ferries are late,” wrote Ann Bell.",
		want:   []string{`”The ferries are late,” speech`},
		reason: "a right double mark after a format character and before a letter, with no quote open, opens one",
	},
	{
		name: "right mark that closes",
		in:   "“The ferries are late,” wrote Ann Bell.",
		want: []string{`“The ferries are late,” speech`},
	},

	// Markup.
	{
		name:   "markup attribute values",
		in:     "<tweet author=\"@bell\" date=\"May 4,\n2016\">\"The ferries will run,\" she said.</tweet>",
		want:   []string{`"The ferries will run," speech`},
		reason: "a value after = is no quotation, even over a line break",
	},

	// Damage.
	{
		name: "invalid UTF-8",
		in:   "\xe2\x80 \"a\xff\" \xc2",
		want: []string{"\"a\xff\" fragment"},
	},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			want := rendering(tt.want)
			if want == nil {
				want = rendering{}
			}
			assert.Equal(t, want, renderBrief(tt.in, got), "Find(%q) (%s)", tt.in, tt.reason)
		})
	}
}

func TestFindNone(t *testing.T) {
	for _, in := range []string{"", "no marks at all", "it's the workers' fault", "'unclosed single", "stray ” closing » marks ›"} {
		assert.Nil(t, Find(in), "Find(%q)", in)
	}
}

func TestFindStyle(t *testing.T) {
	tests := []struct {
		in   string
		want Style
	}{
		{`"a"`, Straight},
		{`“a”`, Curly},
		{`'a'`, StraightSingle},
		{`‘a’`, CurlySingle},
		{`«a»`, Guillemets},
		{`‹a›`, SingleGuillemets},
		{`„a“`, LowHigh},
		{`''a''`, DoubledApostrophe},
		{"``a''", TeX},
	}
	for _, tt := range tests {
		got := Find(tt.in)
		if assert.Len(t, got, 1, "Find(%q)", tt.in) {
			assert.Equal(t, tt.want, got[0].Style, "Find(%q)", tt.in)
			assert.Equal(t, "a", got[0].Content.Text(tt.in), "Find(%q)", tt.in)
			assert.True(t, got[0].Closed, "Find(%q)", tt.in)
		}
	}
}

func TestParent(t *testing.T) {
	text := `“She said, ‘He wrote “no” twice,’ honestly,” he recalled. “Next,” he added.`
	qs := Find(text)
	want := []int{-1, 0, 1, -1}
	var got []int
	for i := range qs {
		got = append(got, Parent(qs, i))
	}
	assert.Equal(t, want, got, "Parent over Find(%q); quotes: %v", text, renderBrief(text, qs))
	assert.Equal(t, want, Parents(qs), "Parents(Find(%q))", text)
}

// dwWant lists the contents of the quotes in the DW article, in order.
var dwWant = []string{
	`stable`,
	`profoundly important`,
	`challenging`,
	`It's a challenging relationship. We will of course disagree on certain issues,`,
	`I think we can make progress if we are direct, open and practical.`,
	`It is profoundly important that we have a stable economic relationship,`,
	"Of course, on\u00a0matters of national security, there is no room to compromise or negotiate,",
	`actionable, concrete steps`,
	`challenges are significant.`,
	`foster a more favorable policy environment for stronger cooperation between our businesses to bolster bilateral trade and investment in a stable and predictable manner.`,
	`worked over the summer to establish new information exchanges and working groups that will enable us to have more consistent engagement in our relationship.`,
}

func TestFindDW(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "dw-raimondo-beijing-2023.txt"))
	require.NoError(t, err)
	text := string(b)
	qs := Find(text)
	checkInvariants(t, text, qs)
	var got []string
	for _, q := range qs {
		got = append(got, q.Content.Text(text))
		assert.True(t, q.Closed && q.Depth == 0 && q.Paragraphs == 1, "quote %s: want closed, depth 0, one paragraph", brief(text, q))
	}
	assert.Equal(t, dwWant, got, "Find(DW article)")
}
