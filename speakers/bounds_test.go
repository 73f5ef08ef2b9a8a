package speakers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContentBounds checks where reported content starts and ends, with
// sentences of our own.
func TestContentBounds(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		// Dashes (spaced hyphens are dashes too).
		{"a spaced hyphen ends the content", `Nell Ostrow said the harbour was full - a claim the port board disputes.`,
			[]string{`indirect «the harbour was full» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, "the remark after the dash is the writer's"},
		{"a double hyphen ends the content", `Nell Ostrow said the harbour was full -- a claim the port board disputes.`,
			[]string{`indirect «the harbour was full» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, ""},
		{"an aside between dashes stays inside", `Tom Hale said the ferries -- nine of them in all -- would stop on Friday.`,
			[]string{`indirect «the ferries -- nine of them in all -- would stop on Friday» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the clause goes on after the aside"},
		{"an aside between em dashes stays inside", `Tom Hale said the ferries — nine of them in all — would stop on Friday.`,
			[]string{`indirect «the ferries — nine of them in all — would stop on Friday» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
		{"a clause of the writer's after an aside", `Tom Hale said the ferries would stop — nine of them in all — but the port stayed calm.`,
			[]string{`indirect «the ferries would stop» ← Tom Hale [Tom Hale] (said; cue-before)`}, "but opens the writer's clause"},
		{"a capitalised clause after an aside", `Tom Hale said the ferries would stop — nine of them in all — Ferry owners were not told.`,
			[]string{`indirect «the ferries would stop» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
		{"a dash that goes on with the clause", `Tom Hale said the ferries would stop - and the trains would follow.`,
			[]string{`indirect «the ferries would stop - and the trains would follow» ← Tom Hale [Tom Hale] (said; cue-before)`}, "and goes on with the reported clause"},
		{"a dash before an example goes on with the clause", `Tom Hale said the port lacks the tools it needs — like cranes and tugs.`,
			[]string{`indirect «the port lacks the tools it needs — like cranes and tugs» ← Tom Hale [Tom Hale] (said; cue-before)`}, "like gives examples of what he said"},
		{"a hyphen left by a line break is no dash", `Tom Hale said the con- tract was void.`,
			[]string{`indirect «the con- tract was void» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
		// A colon and a quotation after reported content.
		{"a quotation after the colon is a statement of its own", `Nell Ostrow declared the need for patience: "The ships will come when the ice breaks."`,
			[]string{
				`indirect «the need for patience» ← Nell Ostrow [Nell Ostrow] (declared; cue-before)`,
				`direct «"The ships will come when the ice breaks."» ← Nell Ostrow [Nell Ostrow] (declared; cue-before)`,
			}, "the same speaker, two statements"},
		{"a quotation after the colon with a cue of its own", `Tom Hale argued that the port had lost its way: "The harbour is no longer a harbour," he said.`,
			[]string{
				`indirect «that the port had lost its way» ← Tom Hale [Tom Hale] (argued; cue-before)`,
				`direct «"The harbour is no longer a harbour,"» ← Tom Hale [he] (said; cue-after)`,
			}, "the reported clause ends at the colon; the quotation is its own cue's"},
		{"said of someone: the quotation is the content", `Tom Hale said of Nell Ostrow: "She never gives up."`,
			[]string{`direct «"She never gives up."» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the person after of is not the speaker"},
		{"said about something, a comma: the quotation is the content", `Tom Hale said about the strike, "The crews were right."`,
			[]string{`direct «"The crews were right."» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the topic after about is not content"},
		// Lists in the object of a theme cue.
		{"a list with a serial comma", `Nell Ostrow criticized harbour pilots, crews, and dock staff for the delays.`,
			[]string{`indirect «harbour pilots, crews, and dock staff for the delays» ← Nell Ostrow [Nell Ostrow] (criticized; cue-before)`}, "the comma before and does not end the object"},
		{"a list without a serial comma", `Nell Ostrow praised the pilots, the crews and the harbour staff for their work.`,
			[]string{`indirect «the pilots, the crews and the harbour staff for their work» ← Nell Ostrow [Nell Ostrow] (praised; cue-before)`}, ""},
		{"examples after a comma", `Nell Ostrow cited several causes, including the storm and the late ferries.`,
			[]string{`indirect «several causes, including the storm and the late ferries» ← Nell Ostrow [Nell Ostrow] (cited; cue-before)`}, "including opens examples of the object"},
		{"examples with such as", `Tom Hale criticized the new fees, such as the charge for parking.`,
			[]string{`indirect «the new fees, such as the charge for parking» ← Tom Hale [Tom Hale] (criticized; cue-before)`}, ""},
		{"a comma before another phrase still ends the object", `Nell Ostrow praised the crews, saying they had worked all night.`,
			[]string{
				`indirect «the crews» ← Nell Ostrow [Nell Ostrow] (praised; cue-before)`,
				`indirect «they had worked all night» ← Nell Ostrow [Nell Ostrow] (saying; participle)`,
			}, ""},
		// A remark of the writer's on the whole reported clause.
		{"a comma and a noun phrase that sums up the clause", `Tom Hale said the ferry would stop running in the spring, a move that angered the crews.`,
			[]string{`indirect «the ferry would stop running in the spring» ← Tom Hale [Tom Hale] (said; cue-before)`}, "a move … is the writer's remark"},
		{"after a quotation", `Tom Hale complained that the count had been "rigged" against him, a charge the board denies.`,
			[]string{`mixed «that the count had been "rigged" against him» ← Tom Hale [Tom Hale] (complained; cue-before)`}, ""},
		{"a description of a name stays inside", `Tom Hale said the ferry had been sold to Nell Ostrow, a pilot from the north.`,
			[]string{`indirect «the ferry had been sold to Nell Ostrow, a pilot from the north» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the description is of the name"},
		// A relative clause between commas inside the content.
		{"a relative clause before the verb", `Tom Hale argued the old harbour union, which has lost members for two years, is "in retreat" on every front.`,
			[]string{`mixed «the old harbour union, which has lost members for two years, is "in retreat" on every front» ← Tom Hale [Tom Hale] (argued; cue-before)`}, "the clause goes on after the relative clause"},
		{"a relative clause in the object of a theme cue", `Nell Ostrow praised Tom Hale, who left the race on Monday, as "a true sailor" and a friend.`,
			[]string{`mixed «Tom Hale, who left the race on Monday, as "a true sailor" and a friend» ← Nell Ostrow [Nell Ostrow] (praised; cue-before)`}, ""},
		{"a relative clause at the end stays outside", `Tom Hale argued the union had lost ground, which the board disputes.`,
			[]string{`indirect «the union had lost ground» ← Tom Hale [Tom Hale] (argued; cue-before)`}, "which … ends the content"},
		{"a name between commas in the object of a theme cue", `Nell Ostrow called the firm's chief executive, J. Tom Hale, "driven" and left.`,
			[]string{`mixed «the firm's chief executive, J. Tom Hale, "driven"» ← Nell Ostrow [Nell Ostrow] (called; cue-before)`}, "the name does not end the object"},
		// A second speaker inside the content.
		{"a quotation, then another speaker and cue", `When a man in the hall shouted, "Hale," Nell Ostrow joked, "Not tonight."`,
			[]string{
				`direct «"Hale,"» ← a man in the hall [a man in the hall] (shouted; cue-before)`,
				`direct «"Not tonight."» ← Nell Ostrow [Nell Ostrow] (joked; cue-before)`,
			}, "Nell Ostrow joked is not what the man shouted"},
		{"a lead-in and a colon before a quotation and its cue", `Tom Hale stood by the gate, a rope in his hand: "Ships wait their turn," he said.`,
			[]string{`direct «"Ships wait their turn,"» ← Tom Hale [he] (said; cue-after)`}, "the lead-in is the writer's"},
		{"a clause of the writer's, then and and the quoted clause", `While the ferry was late again, the crews waited on the pier, and the harbour is "in no state to cope," Tom Hale said.`,
			[]string{`mixed «the harbour is "in no state to cope,"» ← Tom Hale [Tom Hale] (said; cue-after)`}, "the statement starts after and"},
		// Where the content starts after a hearer.
		{"a hearer and a place with commas before that", `Nell Ostrow told diners at a cafe in Dover, Delaware, that the ferry would run again.`,
			[]string{`indirect «that the ferry would run again» ← Nell Ostrow [Nell Ostrow] (told; cue-before)`}, "the place is not what she said"},
		// A clause of the writer's after a quotation.
		{"and a pronoun after a quotation", `Tom Hale called the pilot a "fine sailor" and he left the hall soon after.`,
			[]string{`mixed «the pilot a "fine sailor"» ← Tom Hale [Tom Hale] (called; cue-before)`}, "and he … opens the writer's clause"},
		// A title in quotation marks is no one's words.
		{"a title after a possessive", `Tom Hale spoke about the ferries. He appeared on the station's "Morning Harbour Show" on Sunday.`,
			[]string{`indirect «the ferries» ← Tom Hale [Tom Hale] (spoke; cue-before)`}, "the show's name is not a quotation"},
		{"a title after on", `Tom Hale spoke about the ferries. He appeared on "Morning Harbour Show With Ann Bell" on Sunday.`,
			[]string{`indirect «the ferries» ← Tom Hale [Tom Hale] (spoke; cue-before)`}, ""},
		// A full stop inside the marks ends the sentence before a clause
		// of the writer's.
		{"a verb before a cue after the quotation", `Tom Hale said the ferries had no "way forward." He dropped plans to sail in May.`,
			[]string{`mixed «the ferries had no "way forward."» ← Tom Hale [Tom Hale] (said; cue-before)`}, "He dropped plans is no speaker of the quotation"},
		{"a cue of intent with an infinitive after the quotation", `Tom Hale said the pier was "a danger." The board declined to answer the charge.`,
			[]string{
				`mixed «the pier was "a danger."» ← Tom Hale [Tom Hale] (said; cue-before)`,
				`indirect «to answer the charge» ← The board [The board] (declined; cue-before)`,
			}, "declined to answer opens a sentence of its own"},
		// A comma inside the closing marks, then the writer's words.
		{"a remark after a comma inside the marks", `Tom Hale called the pilot a "coward," a harsh word for a man who had sailed for years.`,
			[]string{`mixed «the pilot a "coward,"» ← Tom Hale [Tom Hale] (called; cue-before)`}, "a harsh word … is the writer's"},
		{"a contrast after a comma inside the marks", `Tom Hale said the ferry was "safe enough," while the crews said it leaked.`,
			[]string{
				`mixed «the ferry was "safe enough,"» ← Tom Hale [Tom Hale] (said; cue-before)`,
				`indirect «it leaked» ← the crews [the crews] (said; subject)`,
			}, "while opens a contrast of the writer's"},
		{"a participle after a comma inside the marks", `Nell Ostrow said the port was "finished," sparking anger among the crews.`,
			[]string{`mixed «the port was "finished,"» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, "sparking … tells what followed"},
		{"a list of quoted words goes on", `Nell Ostrow said the pilot was a "coward," a "liar" and a "fool."`,
			[]string{`mixed «the pilot was a "coward," a "liar" and a "fool."» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, "the quotations after the comma are hers too"},
		// A quotation, then when or where it was said.
		{"a place after a quotation", `Tom Hale shouted "Shame!" at the harbour master during the meeting.`,
			[]string{`direct «"Shame!"» ← Tom Hale [Tom Hale] (shouted; cue-before)`}, "at the harbour master tells to whom"},
		{"a time after a quotation", `Nell Ostrow shouted "Open the gates" until the police arrived.`,
			[]string{`direct «"Open the gates"» ← Nell Ostrow [Nell Ostrow] (shouted; cue-before)`}, "until … is the writer's"},
		{"a phrase that goes on with the quoted words", `Tom Hale called "Harbour Nights" with its old songs his favourite show.`,
			[]string{`mixed «"Harbour Nights" with its old songs his favourite show» ← Tom Hale [Tom Hale] (called; cue-before)`}, "with … is part of the object"},
		{"a subordinate clause ends at a comma inside the marks", `While the crews said Tom Hale had the "best boats," Nell Ostrow won the contract.`,
			[]string{`mixed «Tom Hale had the "best boats,"» ← the crews [the crews] (said; subject)`}, "the main clause after the comma is the writer's"},
		// Commas inside the object of a theme cue.
		{"a comma between two adjectives", `Nell Ostrow described Tom Hale as a patient, careful man who would be "a rock" for the port.`,
			[]string{`mixed «Tom Hale as a patient, careful man who would be "a rock" for the port» ← Nell Ostrow [Nell Ostrow] (described; cue-before)`}, "the object goes on after the adjectives"},
		{"a short aside between commas", `Nell Ostrow described the pilots, in particular, as "heroes" of the storm.`,
			[]string{`mixed «the pilots, in particular, as "heroes" of the storm» ← Nell Ostrow [Nell Ostrow] (described; cue-before)`}, "in particular is an aside"},
		{"a speaker after the quotation still takes it", `"The pier is a danger." Tom Hale said to the crews.`,
			[]string{`direct «"The pier is a danger."» ← Tom Hale [Tom Hale] (said; cue-after)`}, "said to the crews reads as the quotation's tail"},
		// "so" as the content, and a participle that opens the sentence.
		{"said so, then when", `Most pilots said so in the spring.`,
			[]string{`indirect «so» ← Most pilots [Most pilots] (said; subject)`}, "in the spring tells when"},
		{"said so before a clause of time", `Nell Ostrow said so after the ferry sank.`,
			[]string{`indirect «so» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, ""},
		{"a second verb that is no cue goes on with the reported clause", `Tom Hale said the storm had hit the harbour and damaged the pier.`,
			[]string{`indirect «the storm had hit the harbour and damaged the pier» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the storm damaged the pier: the same reported subject"},
		{"a second verb that is a cue is the speaker's", `Tom Hale said the crews had left the harbour and praised their courage.`,
			[]string{
				`indirect «the crews had left the harbour» ← Tom Hale [Tom Hale] (said; cue-before)`,
				`indirect «their courage» ← Tom Hale [Tom Hale] (praised; cue-before)`,
			}, "praised opens a statement of its own"},
		{"an object, then a second verb, is the speaker's", `Nell Ostrow praised the crews and left the harbour.`,
			[]string{`indirect «the crews» ← Nell Ostrow [Nell Ostrow] (praised; cue-before)`}, "no reported clause: the second verb is hers"},
		{"even though after a comma is the writer's", `Tom Hale said the ferries would run on time, even though the harbour was closed for a week.`,
			[]string{`indirect «the ferries would run on time» ← Tom Hale [Tom Hale] (said; cue-before)`}, "like though, a concession of the writer's"},
		{"and, a fronted phrase, then a clause of the writer's", `Tom Hale said the ferries would run on time, but for the crews, it was a long night.`,
			[]string{`indirect «the ferries would run on time» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the clause after the fronted phrase has its own subject"},
		{"and, then an aside that goes on with the clause", `Tom Hale said the ferries, and in particular the night boats, would run on time.`,
			[]string{`indirect «the ferries, and in particular the night boats, would run on time» ← Tom Hale [Tom Hale] (said; cue-before)`}, "no subject after the second comma"},
		{"an opening participle's clause ends at the comma", `Noting that the harbour was full, Nell Ostrow closed the gates.`,
			[]string{`indirect «that the harbour was full» ← Nell Ostrow [Nell Ostrow] (Noting; participle)`}, "the main clause after the comma is the writer's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Attribute(tt.text)
			got := renderAll(tt.text, r)
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(got, "\n"), "Attribute(%q) (%s)", tt.text, tt.reason)
		})
	}
}
