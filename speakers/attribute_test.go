package speakers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render shows one attribution as "kind «content» ← speaker [mention] (cue; rule)".
func render(text string, r Result, a Attribution) string {
	who := "-"
	if a.Speaker >= 0 {
		who = r.Speakers[a.Speaker].Name
	}
	if a.Mention.End > 0 {
		who += " [" + a.Mention.Text(text) + "]"
	}
	cue := "-"
	if a.Cue.End > 0 {
		cue = a.Cue.Text(text)
	}
	return fmt.Sprintf("%s «%s» ← %s (%s; %s)", a.Kind, a.Text(text), who, cue, a.Rule)
}

func renderAll(text string, r Result) []string {
	var out []string
	for _, a := range r.Attributions {
		out = append(out, render(text, r, a))
	}
	return out
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		// Where the cue stands.
		{"cue after", `"We are ready," Ana Ruiz said.`,
			[]string{`direct «"We are ready,"» ← Ana Ruiz [Ana Ruiz] (said; cue-after)`}, ""},
		{"inverted with apposition", `"We will win," said Tomas Berg, the finance minister.`,
			[]string{`direct «"We will win,"» ← Tomas Berg [Tomas Berg] (said; inverted)`}, ""},
		{"colon lead-in", `Maria Lopez told reporters: "The season starts now."`,
			[]string{`direct «"The season starts now."» ← Maria Lopez [Maria Lopez] (told; cue-before)`}, "the hearer is skipped"},
		{"dash byline", `"Defense wins games." — Coach Maria Lopez`,
			[]string{`direct «"Defense wins games."» ← Maria Lopez [Coach Maria Lopez] (—; dash-byline)`}, ""},
		{"according to after", `The budget is balanced, according to the finance ministry.`,
			[]string{`indirect «The budget is balanced» ← the finance ministry [the finance ministry] (according to; according-to)`}, ""},
		{"according to before", `According to the report, unemployment fell in May.`,
			[]string{`indirect «unemployment fell in May» ← the report [the report] (According to; according-to)`}, ""},
		{"split quote", `"The economy," he said, "is strong."`,
			[]string{`direct «"The economy,"» ← he [he] (said; cue-after)`, `direct «"is strong."» ← he [he] (said; cue-before)`}, "one cue, two parts"},
		{"verb forms", `"Prices will fall," Lee Chang has insisted. Nora Diaz tweeted that the vote was rigged.`,
			[]string{`direct «"Prices will fall,"» ← Lee Chang [Lee Chang] (insisted; cue-after)`, `indirect «that the vote was rigged» ← Nora Diaz [Nora Diaz] (tweeted; cue-before)`}, ""},
		{"participle", `Janet Ortiz warned that prices would rise, adding that wages would not.`,
			[]string{`indirect «that prices would rise» ← Janet Ortiz [Janet Ortiz] (warned; cue-before)`, `indirect «that wages would not» ← Janet Ortiz [Janet Ortiz] (adding; participle)`}, ""},
		{"wrote on Twitter", `"I won't sign it," Governor Ray Mendez wrote on Twitter.`,
			[]string{`direct «"I won't sign it,"» ← Ray Mendez [Governor Ray Mendez] (wrote; cue-after)`}, "the title is not part of the name"},

		// How the speaker is named.
		{"pronoun", `Health Minister Ana Duarte spoke on Monday. "Vaccines work," she said.`,
			[]string{`direct «"Vaccines work,"» ← Ana Duarte [she] (said; cue-after)`}, ""},
		{"pronoun skips a person of the other gender", `Anna Park praised Ben Cole's remarks. "It was a fair offer," she said.`,
			[]string{
				`indirect «Ben Cole's remarks» ← Anna Park [Anna Park] (praised; cue-before)`,
				`direct «"It was a fair offer,"» ← Anna Park [she] (said; cue-after)`,
			}, "Ben Cole is male by first name"},
		{"honorific", `Mr. Holt said the plan was "reckless."`,
			[]string{`mixed «the plan was "reckless."» ← Holt [Mr. Holt] (said; cue-before)`}, ""},
		{"surname", `Ms. Elena Duarte spoke first. Duarte insisted that the hospitals were ready.`,
			[]string{`indirect «that the hospitals were ready» ← Elena Duarte [Duarte] (insisted; cue-before)`}, ""},
		{"title", `Commerce Minister Karl Weiss met the delegation. The minister said trade would grow.`,
			[]string{`indirect «trade would grow» ← Karl Weiss [The minister] (said; cue-before)`}, ""},
		{"organisation", `The World Health Organization said the outbreak was contained.`,
			[]string{`indirect «the outbreak was contained» ← World Health Organization [The World Health Organization] (said; cue-before)`}, ""},
		{"anonymous", `One official said the talks had stalled.`,
			[]string{`indirect «the talks had stalled» ← One official [One official] (said; cue-before)`}, ""},
		{"group", `Sources said the deal was close.`,
			[]string{`indirect «the deal was close» ← Sources [Sources] (said; cue-before)`}, ""},
		{"relative clause", `The senator, who chairs the committee, said the vote would happen Friday.`,
			[]string{`indirect «the vote would happen Friday» ← The senator [The senator] (said; cue-before)`}, ""},

		// Continuation and what is not speech.
		{"continuation", `"Vaccines work," Ana Duarte said. "We have the data."`,
			[]string{`direct «"Vaccines work,"» ← Ana Duarte [Ana Duarte] (said; cue-after)`, `direct «"We have the data."» ← Ana Duarte [Ana Duarte] (-; continuation)`}, "the mention is the one that named her"},
		{"adjacent", `"Yes," said Anna. "No," said Ben.`,
			[]string{`direct «"Yes,"» ← Anna [Anna] (said; inverted)`, `direct «"No,"» ← Ben [Ben] (said; inverted)`}, ""},
		{"possessive is not the speaker", `Wang Lei said relations matter and praised Ana Ruiz's remarks.`,
			[]string{
				`indirect «relations matter» ← Wang Lei [Wang Lei] (said; cue-before)`,
				`indirect «Ana Ruiz's remarks» ← Wang Lei [Wang Lei] (praised; cue-before)`,
			}, "a second predicate is a statement of its own"},

		// Regression cases for error classes found on annotated news
		// (issue 4); each failed before its fix.
		{"quote that ends a sentence ends it", `Mayor Lina Ortiz called the budget "a disgrace." She said the council would vote again.`,
			[]string{
				`mixed «the budget "a disgrace."» ← Lina Ortiz [Mayor Lina Ortiz] (called; cue-before)`,
				`indirect «the council would vote again» ← Lina Ortiz [She] (said; cue-before)`,
			}, ""},
		{"question quote keeps its speaker after it", `"Who pays for it?" Lina Ortiz asked of the plan.`,
			[]string{`direct «"Who pays for it?"» ← Lina Ortiz [Lina Ortiz] (asked; cue-after)`}, ""},
		{"second predicate cuts the content", `Ortiz said the deal was fair but warned that costs could rise.`,
			[]string{
				`indirect «the deal was fair» ← Ortiz [Ortiz] (said; cue-before)`,
				`indirect «that costs could rise» ← Ortiz [Ortiz] (warned; cue-before)`,
			}, ""},
		{"object of an opinion verb", `The union endorsed Ortiz on Friday.`, // the object, not when
			[]string{`indirect «Ortiz» ← The union [The union] (endorsed; cue-before)`}, ""},
		{"called for", `Two senators called for an inquiry into the contract.`,
			[]string{`indirect «an inquiry into the contract» ← Two senators [Two senators] (called; cue-before)`}, ""},
		{"colon at the end of a paragraph", "Ortiz answered her critics:\n\n\"We counted every vote.\"",
			[]string{`direct «"We counted every vote."» ← Ortiz [Ortiz] (answered; colon)`}, ""},
		{"cue after a colon paragraph", "Councilwoman Ada Reyes wrote in a letter to members:\n\n\"The vote was rushed.\"",
			[]string{`direct «"The vote was rushed."» ← Ada Reyes [Councilwoman Ada Reyes] (wrote; colon)`}, ""},
		{"party and state in parentheses", `"It is not enough," Sen. Ada Reyes (D-Ore.), said.`,
			[]string{`direct «"It is not enough,"» ← Ada Reyes [Sen. Ada Reyes] (said; cue-after)`}, ""},
		{"party and state in parentheses, no comma", `"It is not enough," Sen. Ada Reyes (D-Ore.) said.`,
			[]string{`direct «"It is not enough,"» ← Ada Reyes [Sen. Ada Reyes] (said; cue-after)`}, ""},
		{"long description between commas", `"We were ready," Tom Hale, 58, a nurse and union steward from Salem, told the board.`,
			[]string{`direct «"We were ready,"» ← Tom Hale [Tom Hale] (told; cue-after)`}, ""},
		{"inverted speaker before a phrase", `"Not again," said Ada Reyes when asked about the delay.`,
			[]string{
				`direct «"Not again,"» ← Ada Reyes [Ada Reyes] (said; inverted)`,
				`indirect «the delay» ← - (asked; cue-before)`,
			}, ""},
		{"verb not in the cue list", `"Get out of here!" Tom Hale barked.`,
			[]string{`direct «"Get out of here!"» ← Tom Hale [Tom Hale] (barked; cue-after)`}, ""},
		{"quoted fragment with the sentence subject", `Hale dismissed the report as "a work of fiction by people who never visited."`,
			[]string{`mixed «the report as "a work of fiction by people who never visited."» ← Hale [Hale] (dismissed; cue-before)`}, ""},
		{"fragment without a cue verb", `Reyes has long seen the tunnel as "a bridge to nowhere built underground."`,
			[]string{`mixed «the tunnel as "a bridge to nowhere built underground."» ← Reyes [Reyes] (-; subject)`}, ""},
		{"percent as a speaker", `Forty percent of voters said they had not decided.`,
			[]string{`indirect «they had not decided» ← Forty percent of voters [Forty percent of voters] (said; cue-before)`}, ""},
		{"participle after a clause without a statement", `Speaking in Salem, Ada Reyes thanked the crowd, telling them, "We did this together."`,
			[]string{
				`indirect «the crowd» ← Ada Reyes [Ada Reyes] (thanked; cue-before)`,
				`direct «"We did this together."» ← Ada Reyes [Ada Reyes] (telling; participle)`,
			}, "the participle's object is the hearer, not the speaker"},
		{"unknown verb and a comma before the quote", `Reyes shot back, "That is simply false."`,
			[]string{`direct «"That is simply false."» ← Reyes [Reyes] (shot; subject)`}, ""},
		{"relative which", `The council released a report, which notes that rents rose sharply.`,
			[]string{`indirect «that rents rose sharply» ← a report [which] (notes; cue-before)`}, "the mention is the pronoun"},
		{"object of an opinion verb ends at a comma", `Hale praised the mayor, calling her "a steady hand."`,
			[]string{
				`indirect «the mayor» ← Hale [Hale] (praised; cue-before)`,
				`mixed «her "a steady hand."» ← Hale [Hale] (calling; participle)`,
			}, ""},
		{"a tag, then according to", `"We are still winning," Ann Bell said during the session, according to the Ledger.`,
			[]string{`direct «"We are still winning,"» ← Ledger [the Ledger] (said; cue-after)`}, "the source that reports the quotation is its speaker, as PolNeAR annotates"},
		{"a tag after the last paragraph of a long quotation", "Ada Reyes spoke first.\n\n\"The first part goes on here.\n\n\"And it ends here,\" Tom Hale said.",
			[]string{"direct «\"The first part goes on here.\n\n\"And it ends here,\"» ← Tom Hale [Tom Hale] (said; cue-after)"}, "the tag attributes the whole quotation"},
		{"a participle after an embedded clause", `Tom Hale quit. The retired doctor gave no details about how he planned to run again, saying only that he was "refining some practices."`,
			[]string{`indirect «to run again» ← Tom Hale [he] (planned; cue-before)`, `mixed «that he was "refining some practices."» ← The retired doctor [The retired doctor] (saying; participle)`}, "the main subject speaks, not the subject of how …"},
		{"a number after a determiner, then an aside", `The two lawmakers, however, argue that the law is clear.`,
			[]string{`indirect «that the law is clear» ← The two lawmakers [The two lawmakers] (argue; cue-before)`}, "the two is one phrase"},
		{"a speech tag after a word that reads as a cue", `Tom Hale spoke on Tuesday. Cost figures, he added, were "based on a prototype."`,
			[]string{`indirect «Cost figures» ← Tom Hale [he] (added; cue-before)`, `mixed «were "based on a prototype."» ← Tom Hale [he] (added; cue-before)`}, "figures is a noun: the tag speaks"},
		{"two names before a description", `"We can only wonder," Carl Dunn and Tom Hale, both lawyers, said in a statement.`,
			[]string{`direct «"We can only wonder,"» ← Tom Hale [Carl Dunn and Tom Hale] (said; cue-after)`}, "the pair speaks"},
		{"names that give examples of a group", `Other candidates, including Carl Dunn and Tom Hale, have followed his lead, saying the vote was rigged.`,
			[]string{`indirect «the vote was rigged» ← Other candidates [Other candidates] (saying; participle)`}, "the group speaks, not the names it includes"},
		{"inverted name with a particle and a long description", "Bell ran an ad. \"Costs will rise,\" said Ada de Vries, a professor of law at the University of Acme in Dover, who likened the race to a crash.",
			[]string{`direct «"Costs will rise,"» ← Ada de Vries [Ada de Vries] (said; inverted)`}, "de is inside the name, not the end of the phrase"},
		{"inverted speaker with a description after", `"Costs will rise," said Tom Hale, an economist at the state bank.`,
			[]string{`direct «"Costs will rise,"» ← Tom Hale [Tom Hale] (said; inverted)`}, "the description is not content"},
		{"role noun the lists lack", `"We stayed," said Salem shopkeeper Ada Reyes.`,
			[]string{`direct «"We stayed,"» ← Ada Reyes [Salem shopkeeper Ada Reyes] (said; inverted)`}, ""},
		{"progressive is not passive", `Reyes is telling voters that "help is coming."`,
			[]string{`mixed «that "help is coming."» ← Reyes [Reyes] (telling; cue-before)`}, ""},
		{"participle after by", `When she returned, she began by saying, "I will be brief."`,
			[]string{`direct «"I will be brief."» ← she [she] (saying; participle)`}, ""},
		{"name just before a colon", `The result did not surprise pollster Ada Reyes: "Turnout decides it."`,
			[]string{`direct «"Turnout decides it."» ← Ada Reyes [pollster Ada Reyes] (:; colon)`}, ""},
		{"a title later in the name", `Former Ohio Gov. Tom Hale said the plan would fail.`,
			[]string{`indirect «the plan would fail» ← Tom Hale [Former Ohio Gov. Tom Hale] (said; cue-before)`}, ""},
		{"name before a description and another name", `Ada Reyes, the editor of the city's paper, the Salem Ledger, said the vote was rigged.`,
			[]string{`indirect «the vote was rigged» ← Ada Reyes [Ada Reyes] (said; cue-before)`}, "the name that opens the clause speaks"},
		{"relative clause with a cue of its own", `Sen. Ada Reyes (D-Ore.), who has endorsed Hale, said the race was close.`,
			[]string{
				`indirect «Hale» ← Ada Reyes [who] (endorsed; cue-before)`,
				`indirect «the race was close» ← Ada Reyes [Sen. Ada Reyes] (said; cue-before)`,
			}, ""},
		{"a second speaker after comma and", `The city council has warned that funds are running short, and Ms. Reyes said the cuts were "unavoidable."`,
			[]string{
				`indirect «that funds are running short» ← The city council [The city council] (warned; cue-before)`,
				`mixed «the cuts were "unavoidable."» ← Reyes [Ms. Reyes] (said; cue-before)`,
			}, ""},
		{"opinion verb with no object", `Asked whom she supported, Ms. Reyes smiled and said, "Nobody yet."`,
			[]string{
				`indirect «whom she supported» ← - (Asked; cue-before)`,
				`direct «"Nobody yet."» ← Reyes [Ms. Reyes] (said; cue-before)`,
			}, ""},
		{"description with an unlisted modifier", `The retired nurse began by touring the clinic, saying that it was "never short of patients."`,
			[]string{`mixed «that it was "never short of patients."» ← The retired nurse [The retired nurse] (saying; participle)`}, ""},
		{"description between dashes", `Ada Reyes — a teacher from Salem — says the school needs "a real roof."`,
			[]string{`mixed «the school needs "a real roof."» ← Ada Reyes [Ada Reyes] (says; cue-before)`}, ""},
		{"relative clause with a cue of its own between dashes", `Ada Reyes — who earlier said she would cut taxes — said at a Friday rally that the port should close.`,
			[]string{
				`indirect «she would cut taxes» ← Ada Reyes [who] (said; cue-before)`,
				`indirect «that the port should close» ← Ada Reyes [Ada Reyes] (said; cue-before)`,
			}, "the name before the dashes speaks both times"},
		{"a group and its place", `Officials in Ohio said the roads were closed.`,
			[]string{`indirect «the roads were closed» ← Officials in Ohio [Officials in Ohio] (said; cue-before)`}, "the officials speak, not Ohio"},
		{"a group and a list of places", `Voters in Iowa and New Hampshire say the economy matters most.`,
			[]string{`indirect «the economy matters most» ← Voters in Iowa and New Hampshire [Voters in Iowa and New Hampshire] (say; cue-before)`}, ""},
		{"a list of places inside the content", `Reyes said farmers in Ohio, Iowa and Utah want more help.`,
			[]string{
				`indirect «farmers in Ohio, Iowa and Utah want more help» ← Reyes [Reyes] (said; cue-before)`,
				`indirect «more help» ← farmers in Ohio, Iowa and Utah [farmers in Ohio, Iowa and Utah] (want; cue-before)`,
			}, "and joins places, not clauses"},
		{"a place, a comma, then the speaker", `While Dunn pledged to work with both parties in Washington, Reyes insisted that change will come.`,
			[]string{`indirect «that change will come» ← Reyes [Reyes] (insisted; cue-before)`}, "a comma alone joins no places"},
		{"a surname that is a cue word", `Acme chief executive Ian Read said the debate mattered.`,
			[]string{`indirect «the debate mattered» ← Ian Read [Acme chief executive Ian Read] (said; cue-before)`}, "Read after a given name is a name"},
		{"a surname that is an auxiliary", `Ann Will said the debate mattered.`,
			[]string{`indirect «the debate mattered» ← Ann Will [Ann Will] (said; cue-before)`}, ""},
		{"a surname that is a cue word after an honorific", `Mr. Read said the debate mattered.`,
			[]string{`indirect «the debate mattered» ← Read [Mr. Read] (said; cue-before)`}, ""},
		{"quotation a few paragraphs after its speaker", "Ada Reyes said the plant would close.\n\nThe plant opened in 1990.\n\n\"We tried everything.\"",
			[]string{
				`indirect «the plant would close» ← Ada Reyes [Ada Reyes] (said; cue-before)`,
				`direct «"We tried everything."» ← Ada Reyes [Ada Reyes] (-; continuation)`,
			}, "a guess, with lower confidence"},
		{"what someone called", `The deal ended what Reyes called "a decade of neglect" in the port.`,
			[]string{`mixed «what Reyes called "a decade of neglect"» ← Reyes [Reyes] (called; cue-before)`}, ""},
		{"with a speaker and a participle", `Officials said the talks had stalled, with Ada Reyes calling them "a waste of time."`,
			[]string{
				`indirect «the talks had stalled» ← Officials [Officials] (said; cue-before)`,
				`mixed «them "a waste of time."» ← Ada Reyes [Ada Reyes] (calling; cue-before)`,
			}, ""},
		{"comparison after a comma ends the content", `Most said they wanted a new mayor, compared with a third who said they did not care.`,
			[]string{
				`indirect «they wanted a new mayor» ← Most [Most] (said; cue-before)`,
				`indirect «a new mayor» ← Most [they] (wanted; cue-before)`,
				`indirect «they did not care» ← a third [who] (said; cue-before)`,
			}, ""},
		{"respondents polled", `Some 40 percent of residents polled said they would move.`,
			[]string{`indirect «they would move» ← Some 40 percent of residents polled [Some 40 percent of residents polled] (said; cue-before)`}, ""},
		{"plural possessive speaker", `The farmers’ union says it lost 200 members this year.`,
			[]string{`indirect «it lost 200 members this year» ← The farmers’ union [The farmers’ union] (says; cue-before)`}, ""},
		{"abbreviation before a pronoun ends a sentence", `Hale says prices rose across the U.S. He says wages did not.`,
			[]string{
				`indirect «prices rose across the U.S» ← Hale [Hale] (says; cue-before)`,
				`indirect «wages did not» ← Hale [He] (says; cue-before)`,
			}, ""},
		{"initials before the cue", `The F.B.I. has said it found nothing in its files.`,
			[]string{
				`indirect «it found nothing in its files» ← F.B.I [The F.B.I] (said; cue-before)`,
				`indirect «nothing in its files» ← it [it] (found; cue-before)`,
			}, "a finding inside a statement is a statement of its own"},
		{"that far after the cue is not the complementiser", `Reyes said the new rules would mirror those that Ohio adopted.`,
			[]string{`indirect «the new rules would mirror those that Ohio adopted» ← Reyes [Reyes] (said; cue-before)`}, ""},
		{"according to a long source", `According to early results of a survey conducted for the station by a local college, most voters want a recount.`,
			[]string{
				`indirect «most voters want a recount» ← early results of a survey conducted for the station by a local college [early results of a survey conducted for the station by a local college] (According to; according-to)`,
				`indirect «a recount» ← most voters [most voters] (want; cue-before)`,
			}, ""},
		{"content around according to", `At the root of the dispute, according to two aides, was a missed deadline.`,
			[]string{`indirect «At the root of the dispute, according to two aides, was a missed deadline» ← two aides [two aides] (according to; according-to)`}, "a short phrase before the source is not a statement alone"},
		{"a possessive in the phrase before that", `Ann Bell complained to the Herald News' editor that the vote was unfair.`,
			[]string{`indirect «that the vote was unfair» ← Ann Bell [Ann Bell] (complained; cue-before)`}, "the apostrophe does not end the phrase"},
		{"asked by someone whether", `Ann Bell was asked by host Tom Dunn whether the port would close.`,
			[]string{`indirect «whether the port would close» ← Tom Dunn [host Tom Dunn] (asked; inverted)`}, "the question is the agent's"},
		{"when asked by someone if", `When asked by a reporter on Monday if the plan would pass, Ann Bell smiled.`,
			[]string{`indirect «if the plan would pass» ← a reporter [a reporter] (asked; inverted)`}, "the question ends at the comma"},
		{"the sentence's subject, past an aside", `Harbour officials and dock crews, however, said the fog would lift.`,
			[]string{`indirect «the fog would lift» ← Harbour officials [Harbour officials] (said; subject)`}, "the last subject rule"},
		{"a name suffix before the cue", `Vice President Tom R. Dunn Jr. said the harbour would close.`,
			[]string{`indirect «the harbour would close» ← Tom R. Dunn Jr [Vice President Tom R. Dunn Jr] (said; cue-before)`}, "the suffix stays on the name"},
		{"a long subject after a", `Ann Bell said a carbon tax in the northern states could replace the rules.`,
			[]string{`indirect «a carbon tax in the northern states could replace the rules» ← Ann Bell [Ann Bell] (said; cue-before)`}, "a clause whose subject is long"},
		{"a long subject with a participle", `Ann Bell said a properly calibrated tax on carbon in the states could replace the rules.`,
			[]string{`indirect «a properly calibrated tax on carbon in the states could replace the rules» ← Ann Bell [Ann Bell] (said; cue-before)`}, ""},
		{"a phrase of time, according to, a clause", `The next day, according to Ann Bell, the board made further demands.`,
			[]string{`indirect «The next day, according to Ann Bell, the board made further demands» ← Ann Bell [Ann Bell] (according to; according-to)`}, "the phrase of time is part of the statement"},
		{"a clause, according to, a clause", `The board met, according to Ann Bell, and the crews went home.`,
			[]string{`indirect «The board met» ← Ann Bell [Ann Bell] (according to; according-to)`}, "a clause before the source is the statement"},
		{"a description of the source", `According to Ann Bell, a former pilot, the harbour will close in May.`,
			[]string{`indirect «the harbour will close in May» ← Ann Bell [Ann Bell] (According to; according-to)`}, "the description is not content"},
		{"a description of the source, then a verb", `At the root of the dispute, according to Ann Bell, a former pilot, was a missed deadline.`,
			[]string{`indirect «At the root of the dispute, according to Ann Bell, a former pilot, was a missed deadline» ← Ann Bell [Ann Bell] (according to; according-to)`}, ""},
		{"a new clause after comma and", `Six in 10 said the mayor was honest, and half said the same of her rival.`,
			[]string{
				`indirect «the mayor was honest» ← Six in 10 [Six in 10] (said; cue-before)`,
				`indirect «the same of her rival» ← half [half] (said; cue-before)`,
			}, ""},
		{"one-word answer", `Asked if she would run again, the mayor said no.`,
			[]string{
				`indirect «if she would run again» ← - (Asked; cue-before)`,
				`indirect «no» ← the mayor [the mayor] (said; cue-before)`,
			}, ""},
		{"clause opened by while", `While Reyes said the budget was balanced, she conceded that reserves were thin.`,
			[]string{
				`indirect «the budget was balanced» ← Reyes [Reyes] (said; cue-before)`,
				`indirect «that reserves were thin» ← Reyes [she] (conceded; cue-before)`,
			}, ""},
		{"relative clause with the speaker inside", `The rules, which officials said will take effect in May, cover all ferries.`,
			[]string{`indirect «which officials said will take effect in May» ← officials [officials] (said; cue-before)`}, ""},
		{"declined to", `The mayor declined to say whether she would run again.`,
			[]string{`indirect «to say whether she would run again» ← The mayor [The mayor] (declined; cue-before)`}, "the infinitive is the content"},
		{"what a poll shows", `A new county poll showed Reyes leading by nine points.`,
			[]string{`indirect «Reyes leading by nine points» ← A new county poll [A new county poll] (showed; cue-before)`}, ""},
		{"finding before the source", `Turnout fell by a third, new election records show.`,
			[]string{`indirect «Turnout fell by a third» ← new election records [new election records] (show; cue-after)`}, ""},
		{"question with no speaker", `When asked whether the plant would close, Hale said nothing.`,
			[]string{`indirect «whether the plant would close» ← - (asked; cue-before)`}, "the asker is not in the text"},
		{"headline with a speaker and a colon", "Reyes: Budget Cuts Will Hurt Rural Schools\n\nSen. Ada Reyes spoke on Monday.",
			[]string{`indirect «Budget Cuts Will Hurt Rural Schools» ← Ada Reyes [Reyes] (:; colon)`}, ""},
		{"told after the content, with its hearer", `The ferry will run again in May, a harbor official told the Ledger.`,
			[]string{`indirect «The ferry will run again in May» ← a harbor official [a harbor official] (told; cue-after)`}, "the hearer is not content"},
		{"told someone to", `The judge told the lawyers to settle before trial.`,
			[]string{`indirect «the lawyers to settle before trial» ← The judge [The judge] (told; cue-before)`}, ""},
		{"another as a speaker", `One count puts turnout at 40 percent. Another says it was closer to half.`,
			[]string{`indirect «it was closer to half» ← Another [Another] (says; cue-before)`}, ""},
		{"in a poll", `In a county poll released Monday, 48 percent backed the levy.`,
			[]string{`indirect «48 percent backed the levy» ← a county poll [a county poll released Monday] (In; according-to)`}, ""},
		{"how things seem, with no speaker", `The levy appears to have passed by a wide margin.`,
			[]string{`indirect «The levy appears to have passed by a wide margin» ← - (appears; appearance)`}, ""},
		{"passive with an agent is not a statement", `The judge was nominated in May and confirmed by the Senate in June.`,
			nil, ""},
		{"thousands separator", `The county indicated it would give $75,000 to the fair.`,
			[]string{`indirect «it would give $75,000 to the fair» ← The county [The county] (indicated; cue-before)`}, ""},
		{"reported after the content", `The mayor sold her shares in May, the Salem Ledger reported.`,
			[]string{`indirect «The mayor sold her shares in May» ← Salem Ledger [the Salem Ledger] (reported; cue-after)`}, ""},
		{"a phrase after the cue is where, not what", `Ada Reyes was never a candidate, she said on Tuesday on "Morning Radio."`,
			[]string{`indirect «Ada Reyes was never a candidate» ← Ada Reyes [she] (said; cue-after)`}, ""},
		{"a dash ends the phrase after the cue", `Revenue fell, the board reported on Monday -- a sign that the levy failed.`,
			[]string{`indirect «Revenue fell» ← the board [the board] (reported; cue-after)`}, ""},
		{"plural people noun", `Some librarians say the new rules go too far.`,
			[]string{`indirect «the new rules go too far» ← Some librarians [Some librarians] (say; cue-before)`}, ""},
		{"head before a phrase", `Several advocates for rural clinics said the cuts would close three of them.`,
			[]string{`indirect «the cuts would close three of them» ← Several advocates for rural clinics [Several advocates for rural clinics] (said; cue-before)`}, ""},
		{"age as a speaker", `"We will be back," said the 46-year-old.`,
			[]string{`direct «"We will be back,"» ← the 46-year-old [the 46-year-old] (said; inverted)`}, ""},
		{"asked by an agent", `Reyes was asked by host Tom Hale, who has criticised her, "Will you run again?"`,
			[]string{
				`indirect «her» ← Tom Hale [who] (criticised; cue-before)`,
				`direct «"Will you run again?"» ← Tom Hale [host Tom Hale] (asked; inverted)`,
			}, "the agent asks"},
		{"asked with no agent", `Reyes was asked, "Will you run again?" She smiled.`,
			[]string{`direct «"Will you run again?"» ← - (asked; no-speaker)`}, "the question is not Reyes's"},
		{"verb and particle after the quote", `"That is not what I said," Hale shot back with a laugh.`,
			[]string{`direct «"That is not what I said,"» ← Hale [Hale] (shot; cue-after)`}, ""},
		{"party tag before the verb", `In a statement, Rep. Ada Reyes (D-Ore.) reacted to the ruling, saying: "It is a good day."`,
			[]string{`direct «"It is a good day."» ← Ada Reyes [Rep. Ada Reyes] (saying; participle)`}, ""},
		{"more opinion verbs", `The governor touted her record on roads.`,
			[]string{`indirect «her record on roads» ← The governor [The governor] (touted; cue-before)`}, ""},
		{"infinitive after a cue is content", `Hale pledged to fight the closure "until the last day."`,
			[]string{`mixed «to fight the closure "until the last day."» ← Hale [Hale] (pledged; cue-before)`}, ""},
		{"fragment whose clause has no subject found", `The hearing ended early; for Ada Reyes and her allies, the plan remained "a cut in disguise by another name."`,
			[]string{`fragment «"a cut in disguise by another name."» ← Ada Reyes [Ada Reyes] (-; subject)`}, "a guess: the person named in the sentence"},
		{"a second cue after a comma ends the content", `Hale told staff the polls were wrong, said one aide, who asked not to be named.`,
			[]string{
				`indirect «staff the polls were wrong» ← one aide [one aide] (said; inverted)`,
				`indirect «the polls were wrong» ← Hale [Hale] (told; cue-before)`,
				`indirect «not to be named» ← one aide [who] (asked; cue-before)`,
			}, "the hearer's noun phrase ends before a determiner"},
		{"clause after a noun phrase and an auxiliary", `Economists believe the new tax would slow hiring.`,
			[]string{`indirect «the new tax would slow hiring» ← Economists [Economists] (believe; cue-before)`}, ""},
		{"short clause after a pronoun", `I think it's good.`,
			[]string{`indirect «it's good» ← I [I] (think; cue-before)`}, ""},
		{"referring to", `Hale criticized the board, referring to its vote on the levy.`,
			[]string{
				`indirect «the board» ← Hale [Hale] (criticized; cue-before)`,
				`indirect «its vote on the levy» ← Hale [Hale] (referring; participle)`,
			}, ""},
		{"said followed by a clause that opens with a", `Hale said a smaller ferry would have cost twice as much.`,
			[]string{`indirect «a smaller ferry would have cost twice as much» ← Hale [Hale] (said; cue-before)`}, ""},
		{"a phrase after the cue that is the content", `Reyes said in politics patience is everything.`,
			[]string{`indirect «in politics patience is everything» ← Reyes [Reyes] (said; cue-before)`}, ""},
		{"according to a book with a title", `The ferry cost $2 million, according to his book "Crossing Over."`,
			[]string{`indirect «The ferry cost $2 million» ← his book [his book "Crossing Over."] (according to; according-to)`}, "the title is part of the source"},
		{"document source with a participle", `A county poll released Sunday showed Reyes ahead by six points.`,
			[]string{`indirect «Reyes ahead by six points» ← A county poll released [A county poll released] (showed; cue-before)`}, ""},
		{"noun cue with a possessor", `Ada Reyes spoke first. Reyes's call for a recount was rejected.`,
			[]string{`indirect «a recount» ← Ada Reyes [Reyes] (call; cue-before)`}, ""},
		{"noun cue with a possessive pronoun", `Ada Reyes lost. Her claim that the count was rigged went nowhere.`,
			[]string{`indirect «that the count was rigged went nowhere» ← Ada Reyes [Her] (claim; cue-before)`}, ""},
		{"capitalised cue word inside a name", `The Boston Post reported that the mayor would resign.`,
			[]string{`indirect «that the mayor would resign» ← Boston Post [The Boston Post] (reported; cue-before)`}, ""},
		{"verbs of criticism take their object as content", `Mayor Lin Soto railed against the transit budget.`,
			[]string{`indirect «the transit budget» ← Lin Soto [Mayor Lin Soto] (railed; cue-before)`}, ""},
		{"a vote is a stated position", `Sen. Ada Reyes voted for the farm bill.`,
			[]string{`indirect «the farm bill» ← Ada Reyes [Sen. Ada Reyes] (voted; cue-before)`}, ""},
		{"voiced and listed", `The nurses voiced concern about staffing. Their union listed three demands.`,
			[]string{
				`indirect «concern about staffing» ← The nurses [The nurses] (voiced; cue-before)`,
				`indirect «three demands» ← Their union [Their union] (listed; cue-before)`,
			}, ""},
		{"lower-case modifiers before an inverted speaker's name", `"Stop it," said Republican party boss Carl Dunn.`,
			[]string{`direct «"Stop it,"» ← Carl Dunn [Republican party boss Carl Dunn] (said; inverted)`}, "boss is in no word list"},
		{"weekday between determiner and head", `"It is wrong," reads a Sunday editorial in the Daily Star.`,
			[]string{`direct «"It is wrong,"» ← a Sunday editorial [a Sunday editorial] (reads; inverted)`}, ""},
		{"a name inside a relative clause is not the speaker", `Carl Dunn, whose company, Paradata, sells data, said the market was hot.`,
			[]string{`indirect «the market was hot» ← Carl Dunn [Carl Dunn] (said; cue-before)`}, ""},
		{"fumed after a quotation", `"We will not go," Nell Ostrow fumed on Tuesday.`,
			[]string{`direct «"We will not go,"» ← Nell Ostrow [Nell Ostrow] (fumed; cue-after)`}, "fume is a verb of speech"},
		{"answered after a quotation", `"Not this year," Tom Hale answered.`,
			[]string{`direct «"Not this year,"» ← Tom Hale [Tom Hale] (answered; cue-after)`}, ""},
		{"confessed with a quotation", `Tom Hale confessed that he had "lost the map."`,
			[]string{`mixed «that he had "lost the map."» ← Tom Hale [Tom Hale] (confessed; cue-before)`}, ""},
		{"a title after the noun show is no statement", "\"It is too early,\" said Tom Hale, who is a host on the TV show \"Harbour Nights.\" \"It depends on the ice.\"",
			[]string{
				`direct «"It is too early,"» ← Tom Hale [Tom Hale] (said; inverted)`,
				`direct «"It depends on the ice."» ← Tom Hale [Tom Hale] (-; continuation)`,
			}, "show before a title is a noun, and the next quotation is still Hale's"},
		{"who issued the statement speaks", `The city released a statement Monday saying the remarks were false.`,
			[]string{`indirect «the remarks were false» ← The city [The city] (saying; cue-before)`}, ""},
		{"a subject the word lists cannot parse", `The veteran real estate magnate says the team will lose.`,
			[]string{`indirect «the team will lose» ← The veteran real estate magnate [The veteran real estate magnate] (says; subject)`}, "magnate is in no word list; a strong cue still speaks"},
		{"a subject with a phrase after its head", `Two sources privy to the budget say the deal is off.`,
			[]string{`indirect «the deal is off» ← Two sources privy to the budget [Two sources privy to the budget] (say; subject)`}, ""},
		{"a weekday between the cue and its content", `Mayor Lin Soto announced Friday she will not run again.`,
			[]string{`indirect «she will not run again» ← Lin Soto [Mayor Lin Soto] (announced; cue-before)`}, ""},
		{"an aside between dashes after the cue", `Ann Bell said — in a post, of all places — that the race was over.`,
			[]string{`indirect «that the race was over» ← Ann Bell [Ann Bell] (said; cue-before)`}, ""},
		{"appeared with an adjective", `The council appeared divided over the levy.`,
			[]string{`indirect «The council appeared divided over the levy» ← - (appeared; appearance)`}, ""},
		{"it appears that", `It appears, however, that the levy will pass.`,
			[]string{`indirect «that the levy will pass» ← - (appears; appearance)`}, "the clause after that is the content"},
		{"appeared meaning showed up", `The mayor appeared alongside the governor.`, nil, ""},
		{"a pronoun that opens a sentence goes on with the last subject", "Tom Hale said the vote was close.\n\nCarl Dunn visited Salem on Monday. He said the plan was good.",
			[]string{
				`indirect «the vote was close» ← Tom Hale [Tom Hale] (said; cue-before)`,
				`indirect «the plan was good» ← Carl Dunn [He] (said; cue-before)`,
			}, "Carl Dunn is the subject of the sentence before; Tom Hale only the last speaker"},
		{"a place is not a person", "Tom Hale flew north. The race moved to New Hampshire. \"We will win,\" he said.",
			[]string{`direct «"We will win,"» ← Tom Hale [he] (said; cue-after)`}, "New Hampshire looks like a first and last name"},
		{"a speaker from a place", `Sen. Tom Dunn of Texas said the plan was bad.`,
			[]string{`indirect «the plan was bad» ← Tom Dunn [Sen. Tom Dunn of Texas] (said; cue-before)`}, ""},
		{"a cue only before its preposition", `Ann Bell spoke about the flood. Tom Hale spoke first.`,
			[]string{`indirect «the flood» ← Ann Bell [Ann Bell] (spoke; cue-before)`}, "spoke alone is not a cue"},
		{"a second verb with its own object ends the content", `The senator attacked her record and even questioned her ties to the bank.`,
			[]string{
				`indirect «her record» ← The senator [The senator] (attacked; cue-before)`,
				`indirect «her ties to the bank» ← The senator [The senator] (questioned; cue-before)`,
			}, ""},
		{"a list in the object of an opinion verb", `Ann Bell praised the nurses, the drivers and the cooks on Friday.`,
			[]string{`indirect «the nurses, the drivers and the cooks» ← Ann Bell [Ann Bell] (praised; cue-before)`}, "the comma separates items, not the object from what follows"},
		{"a plural noun phrase the lists lack", `Some families said they were forced to wait.`,
			[]string{`indirect «they were forced to wait» ← Some families [Some families] (said; subject)`}, ""},
		{"a percentage and a contraction", `Among them, 42% say they're liberal.`,
			[]string{`indirect «they're liberal» ← 42% [42%] (say; subject)`}, ""},
		{"a participle inside an appositive", `Rep. Ann Bell (Ore.), a delegate supporting Hale, said she had spoken with many colleagues.`,
			[]string{
				`indirect «Hale» ← a delegate [a delegate] (supporting; cue-before)`,
				`indirect «she had spoken with many colleagues» ← Ann Bell [Rep. Ann Bell] (said; cue-before)`,
			}, ""},
		{"an adverb between the cue and the clause", `The founders have said repeatedly they want no ads.`,
			[]string{
				`indirect «they want no ads» ← The founders [The founders] (said; subject)`,
				`indirect «no ads» ← The founders [they] (want; cue-before)`,
			}, ""},
		{"a quotation that opens the content, then the writer's phrase", `Ann Bell yelled "Stop the vote!" at the chairman during the session.`,
			[]string{`direct «"Stop the vote!"» ← Ann Bell [Ann Bell] (yelled; cue-before)`}, ""},
		{"a fragment's clause runs on after the quotation", `Ann Bell routinely paints herself as a "change agent" who "fixed the budget" for the county.`,
			[]string{`mixed «herself as a "change agent" who "fixed the budget" for the county» ← Ann Bell [Ann Bell] (-; subject)`}, "both fragments are in one statement"},
		{"a verb of attack before a possessor's claim", `Ann Bell rubbished Tom Hale's claim that taxes fell.`,
			[]string{
				`indirect «Tom Hale's claim that taxes fell» ← Ann Bell [Ann Bell] (rubbished; cue-before)`,
				`indirect «that taxes fell» ← Tom Hale [Tom Hale] (claim; cue-before)`,
			}, "the claim is Hale's; rubbishing it is Bell's"},
		{"a second say inside the content starts a statement of its own", `Six in 10 voters said they were worried about jobs, and more than half of them said prices were too high.`,
			[]string{
				`indirect «they were worried about jobs» ← Six in 10 voters [Six in 10 voters] (said; cue-before)`,
				`indirect «jobs» ← Six in 10 voters [they] (worried; cue-before)`,
				`indirect «prices were too high» ← half of them [half of them] (said; cue-before)`,
			}, ""},
		{"a sentence that ends inside parentheses", `(She said the photo made her cry.) The leaders included Tom Hale.`,
			[]string{`indirect «the photo made her cry» ← She [She] (said; cue-before)`}, "the next sentence is not content"},
		{"said by telephone is not a passive", `"It is nonsense," Mr. Hale said by telephone on NBC's "Meet the Press."`,
			[]string{`direct «"It is nonsense,"» ← Hale [Mr. Hale] (said; cue-after)`}, "the show's title is not content"},
		{"modifiers before an honorific", `"It is a movement," said the younger Mr. Hale, surrounded by his sisters.`,
			[]string{`direct «"It is a movement,"» ← Hale [the younger Mr. Hale] (said; inverted)`}, ""},
		{"an appositive inside the object", `At a rally, Tom Hale called Ann Bell, his rival, a "career insider."`,
			[]string{`mixed «Ann Bell, his rival, a "career insider."» ← Tom Hale [Tom Hale] (called; cue-before)`}, "the object goes on after the appositive"},
		{"an organisation with of or for in its name", `According to the Office for National Statistics (ONS), vacancies rose by 4% in June. The Bank of England said rates would stay high.`,
			[]string{
				`indirect «vacancies rose by 4% in June» ← Office for National Statistics [the Office for National Statistics (ONS)] (According to; according-to)`,
				`indirect «rates would stay high» ← Bank of England [The Bank of England] (said; cue-before)`,
			}, "National is a title word and England a place, but both are part of the name here"},
		{"a fronted phrase of time is not content", `On Sunday, Ann Bell said the vote was close. Late last month, Tom Hale vowed to run.`,
			[]string{
				`indirect «the vote was close» ← Ann Bell [Ann Bell] (said; cue-before)`,
				`indirect «to run» ← Tom Hale [Tom Hale] (vowed; cue-before)`,
			}, ""},
		{"according to takes the whole clause, with a statement inside it", `More voters now view Ann Bell as honest, according to a new poll.`,
			[]string{
				`indirect «More voters now view Ann Bell as honest» ← a new poll [a new poll] (according to; according-to)`,
				`indirect «Ann Bell as honest» ← voters [voters] (view; cue-before)`,
			}, ""},
		// Quotations with no cue of their own (issue 13, part 5).
		{"a continuation skips reported speech in a relative clause", `"The mill will stay open," said Nell Ostrow, whose union supports Tom Hale. "We have the orders."`,
			[]string{
				`direct «"The mill will stay open,"» ← Nell Ostrow [Nell Ostrow] (said; inverted)`,
				`indirect «Tom Hale» ← union [union] (supports; cue-before)`,
				`direct «"We have the orders."» ← Nell Ostrow [Nell Ostrow] (-; continuation)`,
			}, "the quoted speaker holds the turn"},
		{"a quotation inside a sentence goes to the person it names", `"The mill will stay open," Nell Ostrow said. When Tom Hale finally stood up — "We will fight for every job!" — the hall cheered.`,
			[]string{
				`direct «"The mill will stay open,"» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`,
				`direct «"We will fight for every job!"» ← Tom Hale [Tom Hale] (-; continuation)`,
			}, "not the speaker before"},
		{"a continuation is named by the nearest pronoun subject", `"We will build it," Tom Hale said. He then turned to the crowd. "Who will pay for it?"`,
			[]string{
				`direct «"We will build it,"» ← Tom Hale [Tom Hale] (said; cue-after)`,
				`direct «"Who will pay for it?"» ← Tom Hale [He] (-; continuation)`,
			}, "the mention nearest the quotation names the speaker"},
		{"a continuation is named by the nearest name", `"We will build it," Tom Hale said. Hale then turned to the crowd. "Who will pay for it?"`,
			[]string{
				`direct «"We will build it,"» ← Tom Hale [Tom Hale] (said; cue-after)`,
				`direct «"Who will pay for it?"» ← Tom Hale [Hale] (-; continuation)`,
			}, ""},
		{"turn-taking in an exchange of questions and answers", "Ann Bell met Tom Hale at the harbour.\n\n\"Why now?\" Bell asked.\n\n\"Because the money is there,\" Hale said.\n\n\"And if it is not?\"\n\n\"Then we wait.\"",
			[]string{
				`direct «"Why now?"» ← Ann Bell [Bell] (asked; cue-after)`,
				`direct «"Because the money is there,"» ← Tom Hale [Hale] (said; cue-after)`,
				`direct «"And if it is not?"» ← Ann Bell [Bell] (-; continuation)`,
				`direct «"Then we wait."» ← Tom Hale [Hale] (-; continuation)`,
			}, "a bare question after an answer is the asker's, a bare answer after a question the other's"},
		{"no exchange without a question", "Ann Bell met Tom Hale at the harbour.\n\n\"It is late,\" Bell said.\n\n\"The money is there,\" Hale said.\n\n\"We can wait.\"",
			[]string{
				`direct «"It is late,"» ← Ann Bell [Bell] (said; cue-after)`,
				`direct «"The money is there,"» ← Tom Hale [Hale] (said; cue-after)`,
				`direct «"We can wait."» ← Tom Hale [Hale] (-; continuation)`,
			}, "the last speaker goes on"},
		{"a question inside the quotation is no turn", "Ann Bell met Tom Hale at the harbour.\n\n\"It is late,\" Bell said.\n\n\"The money is there,\" Hale said.\n\n\"People ask me, 'Why wait?'\"",
			[]string{
				`direct «"It is late,"» ← Ann Bell [Bell] (said; cue-after)`,
				`direct «"The money is there,"» ← Tom Hale [Hale] (said; cue-after)`,
				`direct «"People ask me, 'Why wait?'"» ← Tom Hale [Hale] (-; continuation)`,
			}, ""},
		{"a quotation after a sentence whose subject is another person", `"We will build it," Tom Hale said. Nell Ostrow is unapologetic about her aim. "I want the mill closed."`,
			[]string{
				`direct «"We will build it,"» ← Tom Hale [Tom Hale] (said; cue-after)`,
				`direct «"I want the mill closed."» ← Nell Ostrow [Nell Ostrow] (-; continuation)`,
			}, "the subject of the sentence before speaks"},
		{"a fronted adverb is not the subject", `Immediately after the storm, Nell Ostrow issued a statement, "We will rebuild the pier."`,
			[]string{`direct «"We will rebuild the pier."» ← Nell Ostrow [Nell Ostrow] (issued; subject)`}, "Immediately opens the sentence but names no one"},
		{"as someone put it", `Or, as Tom Hale, a former secretary of the navy, put it: "The ships are inside."`,
			[]string{`direct «"The ships are inside."» ← Tom Hale [Tom Hale] (put it; colon)`}, "it is the object of put, not a speaker"},
		{"an inverted described speaker the lists lack", `"How big is the pier?" asked the boy, who wore a red cap.`,
			[]string{`direct «"How big is the pier?"» ← the boy [the boy] (asked; inverted)`}, ""},
		{"a relative clause with a cue between the name and its cue after a quotation", `Tom Hale spoke. "The answer is yes," Nell Ostrow, who has proposed closing the mill, said at the time.`,
			[]string{
				`direct «"The answer is yes,"» ← Nell Ostrow [Nell Ostrow] (said; cue-after)`,
				`indirect «closing the mill» ← Nell Ostrow [who] (proposed; cue-before)`,
			}, "the quotation before the name is the content of said"},
		{"a middle initial read back from the cue", `Tom Hale spoke. "We will help," Harbour Board counsel Nell A. Ostrow wrote in a letter.`,
			[]string{`direct «"We will help,"» ← Nell A. Ostrow [Harbour Board counsel Nell A. Ostrow] (wrote; cue-after)`}, ""},
		{"a verb outside the lists and a clause after it", `The anchor asked again. "Go back to your seat," Tom Hale barked and a guard led the man out.`,
			[]string{`direct «"Go back to your seat,"» ← Tom Hale [Tom Hale] (barked; cue-after)`}, ""},
		{"the writer's words before a quotation do not join its content", `Echo Press runs a campaign to reprint the book: "Publish the book the mayor does not want you to read," the pitch on Harbourstarter says.`,
			[]string{`direct «"Publish the book the mayor does not want you to read,"» ← Echo Press [Echo Press] (:; colon)`}, "the quotation alone is the content"},
		{"a description between a quotation and its cue", `"She is a fine sailor," the retired harbour pilot said of Ms. Brack.`,
			[]string{`direct «"She is a fine sailor,"» ← the retired harbour pilot [the retired harbour pilot] (said; cue-after)`}, "the words between the quotation and the cue are the speaker"},
		{"a party tag between commas", `"Perpetual motion!" Rep. Dorrit Vane, R-Ore., said of the convention.`,
			[]string{`direct «"Perpetual motion!"» ← Dorrit Vane [Rep. Dorrit Vane] (said; cue-after)`}, "the exclamation does not end the sentence before its speaker"},
		{"an ordinal in a described speaker", `"The count is wrong," said the second official.`,
			[]string{`direct «"The count is wrong,"» ← the second official [the second official] (said; inverted)`}, ""},
		{"a rank with an ordinal in digits", `"The count is wrong," said Air Force 1st Lt. Nell Ostrow.`,
			[]string{`direct «"The count is wrong,"» ← Nell Ostrow [Air Force 1st Lt. Nell Ostrow] (said; inverted)`}, ""},
		{"an inverted speaker with a phrase of origin", `"Who cares?" said Tom Hale of the Ohio delegation.`,
			[]string{`direct «"Who cares?"» ← Tom Hale [Tom Hale] (said; inverted)`}, "the phrase after the name ends the clause"},
		{"modifiers the lists lack between a quotation and a name", `"The count is wrong," Harbour Watch president Nell Ostrow said Tuesday.`,
			[]string{`direct «"The count is wrong,"» ← Nell Ostrow [Harbour Watch president Nell Ostrow] (said; cue-after)`}, ""},
		{"a middle initial before the cue", `"The count is wrong," Agency counsel Tom R. Hale wrote in a letter.`,
			[]string{`direct «"The count is wrong,"» ← Tom R. Hale [Agency counsel Tom R. Hale] (wrote; cue-after)`}, ""},
		// Speakers around appositives (issue 13, part 4).
		{"inverted: a description, then the name", `"The harbour is full," said the port's director, Nell Ostrow.`,
			[]string{`direct «"The harbour is full,"» ← Nell Ostrow [Nell Ostrow] (said; inverted)`}, "the name speaks, not the description"},
		{"inverted: a description with a phrase, then the name and a time", `"The harbour is full," said a spokesman for the port, Tom R. Hale, on Monday.`,
			[]string{`direct «"The harbour is full,"» ← Tom R. Hale [Tom R. Hale] (said; inverted)`}, ""},
		{"inverted: a description, then a lone capitalised word", `"The harbour is full," said the director, Monday.`,
			[]string{`direct «"The harbour is full,"» ← the director [the director] (said; inverted)`}, "a full name is needed"},
		{"a colon lead-in with an appositive, the quotation in the next paragraph", "Nell Ostrow, a pilot at the Wexley harbour, said:\n\n\"The harbour is full and the ships must wait.\"",
			[]string{`direct «"The harbour is full and the ships must wait."» ← Nell Ostrow [Nell Ostrow] (said; colon)`}, "the name, not the description"},
		{"a colon lead-in with a description after the name and a hearer", "Tom Hale, the mayor, told reporters:\n\n\"We will open the second dock.\"",
			[]string{`direct «"We will open the second dock."» ← Tom Hale [Tom Hale] (told; colon)`}, ""},
		{"an honorific skips a namesake of the other gender", `Laura Ostrow spoke first. Mr. Ostrow said the mill would stay open.`,
			[]string{`indirect «the mill would stay open» ← Ostrow [Mr. Ostrow] (said; cue-before)`}, "Mr. Ostrow is not Laura Ostrow"},
		{"photo credit", "Image: Andy Wong/REUTERS\n\n1. Skip to content", nil, "navigation and credits produce nothing"},
		{"scare quote", `Critics call him a so-called “expert” on trade.`, nil, "a scare quote is not speech"},
		{"nickname and title", `Robert “Bobby” Mills starred in “The Long Road” last year.`, nil, ""},
		{"no speaker", `"Nobody saw it coming."`,
			[]string{`direct «"Nobody saw it coming."» ← - (-; no-speaker)`}, "a direct quote is reported even without a speaker"},
		{"empty", ``, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Attribute(tt.text)
			got := renderAll(tt.text, r)
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(got, "\n"), "Attribute(%q) (%s)", tt.text, tt.reason)
		})
	}
}

func TestSpeakersEntities(t *testing.T) {
	text := "US Commerce Secretary Gina Raimondo met Chinese officials.\n\n\"It is a hard relationship,\" Raimondo said.\n\n\"We will disagree,\" she said."
	r := Attribute(text)
	require.Len(t, r.Speakers, 1, "Speakers = %+v", r.Speakers)
	s := r.Speakers[0]
	assert.Equal(t, "Gina Raimondo", s.Name)
	assert.Equal(t, Person, s.Kind)
	assert.Equal(t, []string{"US Commerce Secretary"}, s.Titles)
	var mentions []string
	for _, m := range s.Mentions {
		mentions = append(mentions, m.Text(text))
	}
	assert.Equal(t, []string{"US Commerce Secretary Gina Raimondo", "Raimondo", "she"}, mentions)
	for _, a := range r.Attributions {
		assert.True(t, a.Confidence > 0 && a.Confidence <= 1, "confidence %v of %q is outside (0, 1]", a.Confidence, a.Text(text))
	}
}
