// Package quotes finds the quotations in English news text: the spans between
// quotation marks, with exact byte offsets.
//
// It is the lexical layer of whosaid. It says where quoted spans are and what
// they look like (speech, a fragment, a scare quote, a nickname, a title);
// package speakers decides which of them are statements and who made them.
//
// # Offsets
//
// Every position is a half-open [Span] of byte offsets into the text given to
// [Find]: Start is the first byte, End the first byte after. A [Quote] has two
// spans: Span with its quotation marks and Content without them.
//
// # Marks
//
// Find knows these quotation marks (the [Style] of a quote is its opening
// mark):
//
//	"…"      straight double quotes
//	“…”      curly double quotes
//	'…'      straight single quotes (British style, headlines)
//	‘…’      curly single quotes
//	«…» ‹…›  guillemets
//	„…“      low-high quotes
//	''…''    the doubled apostrophes of the New York Times
//	``…''    TeX
//
// Double-mark styles may close each other. Straight marks and the right
// single mark ’ are told apart from apostrophes (it's, Raimondo's, the
// workers' fault, the '90s, rock 'n' roll) by the characters around them,
// not by blind pairing. An empty quote ("") is a quote. A straight double
// mark right after "=" opens a markup attribute value (<tweet
// author="@bell">), which is read as plain text up to the next straight
// double mark, even over a line break, when that mark is within 256 bytes.
// A right double mark ” where a quote opens (after a space, a paragraph
// break or a format character such as U+202A, before a letter), with no
// quote open, opens a curly quote: a common typing slip.
//
// # Damaged text
//
// Find never fails and never panics. A quote that is not closed by the end of
// its paragraph (a line break ends a paragraph) ends there, with Closed false,
// so a missing mark cannot swallow the rest of an article. The one exception
// is the news convention for long quotes: when the next paragraph opens with
// a quotation mark of the same kind (double or single) again, the quote runs
// on, and [Quote.Paragraphs] counts the paragraphs it covers. A single mark
// that never closes is taken for an apostrophe and not reported. Quotes nest
// at most [MaxDepth] deep.
//
// # Cost
//
// Find makes one pass over the text, stopping only at bytes that can begin a
// quotation mark or a line break, and allocates only its result.
// [AppendQuotes] reuses the caller's memory. Its time is linear in the length
// of the text whatever the text holds (a million quotation marks, unclosed
// quotes, nesting), and it has no size limit: a 20 MB text is read whole.
// [Parent] scans back to its answer; [Parents] finds the parents of all
// quotes in one pass.
package quotes
