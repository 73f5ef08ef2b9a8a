package speakers

// The limits that keep Attribute linear in the length of its text on any
// input. Each is far above what news text needs, so it changes nothing on
// real articles; it bounds the work on boilerplate, lists and hostile text.
// Nothing is cut from the text: every byte is still read, and statements
// are still found on both sides of a limit.

// maxSentenceTokens is the most tokens (words, punctuation marks and whole
// quotations) a sentence may have. A longer run without a sentence end (a
// page without punctuation, a list, a run of cue words) is read as
// sentences of this many tokens. The rules scan a sentence once per cue, so
// a sentence of n tokens would cost n² without it. The longest sentence of
// the PolNeAR dev split has 84 tokens.
const maxSentenceTokens = 256

// maxNamesakes is how many entities a lone name word (a surname, a given
// name) is matched against: the ones registered last. An article that names
// more people who share a word is a list, not a story; without the limit
// each lone name in it would be compared with all of them.
const maxNamesakes = 64

// maxTitledScan is how many entities a description such as "the minister" is
// matched against: the ones registered last.
const maxTitledScan = 256

// maxTitles is how many distinct titles an entity keeps (Speaker.Titles);
// more are not recorded. People in the news have a few.
const maxTitles = 32

// maxSpeakerScan is how many tokens after a cue are searched for a second
// speaker that ends the first one's content (…, but Bell said). Content
// runs longer than this only in run-on text, where a second speaker so far
// away no longer tells where the first statement ends.
const maxSpeakerScan = 80
