// Package speakers finds the statements of an English news article (direct
// quotes, reported speech that holds quoted words, and indirect speech) and
// who made each one.
//
// [Attribute] returns a [Result]: the statements as [Attribution] values in
// text order, each with its cue, the words that name its speaker and the
// rule that decided, and the [Speaker] entities they refer to, with their
// titles and mentions. Offsets are half-open byte spans into the text, as
// in package quotes.
//
// Besides speech, it reports what a verb from its word lists attributes to
// someone: beliefs, wishes, plans and findings (she thinks …, he wants …,
// a poll showed …, the mayor declined to …). A statement whose source the
// text does not name (a question asked by no one named, "the bill appears
// to have stalled") is reported with Speaker -1.
//
// # Damaged and huge input
//
// Attribute never fails and never panics: invalid UTF-8, NUL and control
// bytes, a byte order mark, any line endings, text made only of quotation
// marks get a best effort, with every span inside the text.
//
// Attribute has no size limit and does not cut the text: it reads every
// byte, in time and memory linear in the length of the text (tens of MB/s
// on one core; the tokens take tens of bytes of memory per byte of text). It
// stays linear on hostile text thanks to a few limits, each far above what
// news needs, so that they change nothing on real articles:
//
//   - a sentence longer than 256 tokens (a page without punctuation, a list)
//     is read as sentences of 256 tokens, since the rules scan a sentence
//     once per cue;
//   - a lone surname or given name is matched against the last 64 people
//     who share it, and a description such as "the minister" against the
//     last 256 sources named;
//   - a speaker keeps at most 32 titles;
//   - a second speaker that ends a statement's content is looked for in the
//     80 tokens after its cue.
//
// Callers that take input from the open web may want a limit of their own:
// the command whosaid rejects articles over 64 MiB with an error record.
//
// # Concurrency
//
// An [Attributor] is safe for concurrent use by many goroutines; so is the
// zero value, which [Attribute] uses. The word lists are loaded once per
// process and shared.
package speakers
