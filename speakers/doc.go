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
// Each statement says which it is, its [Act]: speech, thought, intent,
// finding or appearance; [Attributor].Acts keeps only some.
//
// # How it works
//
// Attribute runs in stages, each a type that owns its state and only reads
// the stages before it, so that data flows one way:
//
//  1. tokens and sentences (tokens.go): the view, the words, punctuation
//     marks and whole top-level quotations of the text, with their
//     sentences and paragraphs; built once by newView, then only read;
//  2. names and entities (entities.go): the registry, the people named in
//     the text, built by newRegistry;
//  3. cues (cues.go): sentence by sentence, the cue words and the patterns
//     around them (sources.go: according to, noun cues, colons, "appears
//     to", "reportedly", "was reported by"; received.go: support received
//     from a named source); for each cue, the subject rules find the speaker (rules.go)
//     and the content bounds stage finds where its content lies
//     (bounds.go), unless the cue is used in a sense that reports no
//     statement (senses.go: added a goal, wrote a book);
//  4. statements (statements.go): each cue's statements, built by emit;
//  5. resolution (resolve.go, pronouns.go): the resolver turns the words
//     that name a speaker into an entity of the registry, pronouns by what
//     the discourse has said so far (the last speaker, the subject of the
//     sentence before);
//  6. leftovers (leftovers.go): the quotations no cue took, given to the
//     speaker before them, a dash byline or no one;
//  7. the Result (article.go): the statements in text order, each with
//     its act (acts.go), those of the acts asked for, and the speakers
//     they name.
//
// The files depend one way: the view (tokens.go) under the phrase readers
// (mentions.go, subjects.go, content.go), under the subject rules and the
// content bounds, under entities and resolution, under cues, statements
// and leftovers. TestFileDependencies (layout_test.go) checks that no files
// call each other in a cycle, and TestFunctionLength that no function is
// over 80 lines.
//
// # Subject rules
//
// Who speaks through a cue is decided by an ordered table of named rules,
// subjectRules in rules.go, in the shape of the sieves of Stanford
// CoreNLP's quote attribution: the rules run in order, and the first that
// decides wins; later rules only see what earlier ones left open. The
// order:
//
//  1. noun-phrase-before: the noun phrase right before the cue (Bell said;
//     the town released a statement saying: the town);
//  2. party-tag: a name before a party tag (Sen. Ann Bell (D-Ore.), said;
//     Rep. Ann Bell, R-Pa., said);
//  3. long-appositive-description: the name before a long description and
//     another description (Ann Bell, the editor of the paper, the Ledger,
//     said);
//  4. appositive: a name next to a short description between commas (Jim
//     Poolman, a delegate, said);
//  5. long-appositive: the name before any long description between commas
//     (Mr. Kaplan, a screenwriter and former studio executive, said);
//  6. dash-appositive: a name before a description between dashes;
//  7. quote-lead: the words between a quotation and the cue, when they
//     read as one noun phrase the word lists cannot parse ("…," the real
//     estate developer said of him);
//  8. participle-last: a participle after a comma takes the speaker of the
//     sentence's last statement ("…," she said, adding that …);
//  9. participle-subject: a participle takes the subject of the sentence
//     (Bell left the stage, telling the crowd …);
//  10. inverted: the noun phrase after the cue ("…," said Tomas Berg),
//     or the name after a description ("…," said the port's director,
//     Tomas Berg), or, after a quotation, the first full name in a phrase
//     the word lists cannot parse ("…," said master of ceremonies Tomas
//     Berg of Harbour Watch, who …);
//  11. opening-subject: the noun phrase that opens the sentence before a
//     long relative clause or "and" (Tom Dunn, a former adviser who …,
//     said);
//  12. clause-subject: the subject of the clause that "and" or "but" joins
//     the cue to (Ann Bell smiled and said …);
//  13. question: a question no one named asks (When asked whether …, Bell
//     said), a statement with no speaker;
//  14. wide-subject: for a strong cue, a subject the word lists cannot
//     parse (The billionaire real estate magnate says …).
//  15. sentence-subject: for a strong cue before a reported clause, the
//     noun phrase that opens the sentence, past an aside or a relative
//     clause with a cue of its own (Harbour officials and dock crews,
//     however, said …; Local groups that have endorsed him say …).
//  16. gerund: a cue in the -ing form after a preposition of time (after
//     saying, while arguing, since announcing) or opening the sentence
//     (Noting that …, the spokesman …): the subject of the main clause.
//
// The rule names are internal; the Rule field of an Attribution names how
// the statement was attributed (cue-before, inverted, participle, …).
//
// A colon lead-in whose quotation follows, in the sentence or the next
// paragraph (Ann Bell, a pilot at the port, said:), runs the same rules
// for its cue.
//
// # Adding a rule
//
// A subject rule is a function
//
//	func(s *cueSite, sub subject) subject
//
// in the file of its family (subject_np.go, subject_appositive.go,
// subject_participle.go, subject_inverted.go, subject_quoted.go, subject_clause.go,
// subject_question.go, or a new subject_<family>.go). It reads the text
// through s, the cue and its sentence, which it must not change, and
// returns sub unchanged when it does not apply, or sub with the speaker's
// words (sub.named), a speaker taken up from s.last, or a question. It
// must not resolve entities: findSubject does that for the rule that
// decided. Keep it under 60 lines; helpers that read noun phrases belong
// in mentions.go and subjects.go. Add it to subjectRules in rules.go at
// the place where it should decide, update the list above and the order
// in TestSubjectRuleOrder, and give it a table test in rules_test.go
// (runRule, with sentences of your own), with cases where it decides and
// where it leaves the cue open. Then check that the output on the
// evaluation data changes only where you meant it to.
//
// # Damaged and huge input
//
// Attribute never fails and never panics: invalid UTF-8, NUL and control
// bytes, a byte order mark, any line endings, text made only of quotation
// marks get a best effort, with every span inside the text.
//
// Attribute has no size limit and does not cut the text: it reads every
// byte, in time and memory linear in the length of the text (tens of MB/s
// on one core). A text longer than a news article (over 64 KB, or over
// 16,384 tokens) is read in windows, the first of that size and the later
// ones of half of it, cut at line breaks where it can (window.go): a
// window's tokens are dropped once it is attributed, while the people
// named carry over to the next window, so that the peak heap stays under
// 8 bytes per byte of text on any input of a megabyte or more, the Result
// included (it takes about 5 bytes per byte on text dense with
// statements). It stays linear on hostile text thanks to a few limits,
// each far above what news needs, so that they change nothing on real
// articles:
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
