package quotes_test

import (
	"fmt"

	"github.com/whosaid/whosaid/quotes"
)

func ExampleFind() {
	text := `“The bridge will reopen in May,” the mayor said, calling the delay “regrettable”. Residents' groups were not convinced.`
	for _, q := range quotes.Find(text) {
		fmt.Printf("%v %s %v\n", q.Span, q.Content.Text(text), q.Kind)
	}
	// Output:
	// 0:36 The bridge will reopen in May, speech
	// 71:88 regrettable fragment
}

func ExampleFind_unclosed() {
	text := "She said “we will not give up\n\nThe vote is on Monday."
	for _, q := range quotes.Find(text) {
		fmt.Printf("%q closed=%v\n", q.Text(text), q.Closed)
	}
	// Output:
	// "“we will not give up" closed=false
}

func ExampleFind_paragraphs() {
	text := "“First, the rules.\n\n“Then, the money,” he said."
	q := quotes.Find(text)[0]
	fmt.Println(q.Paragraphs, q.Closed)
	// Output:
	// 2 true
}

func ExampleFinder_Find() {
	var f quotes.Finder // the zero Finder is ready to use
	text := `Robert “Bobby” Mills starred in “The Long Road”.`
	for _, q := range f.Find(text) {
		fmt.Println(q.Content.Text(text), q.Kind)
	}
	// Output:
	// Bobby nickname
	// The Long Road title
}

func ExampleAppendQuotes() {
	articles := []string{
		`“Yes,” said Anna.`,
		`No quotes here, it's plain.`,
		`The so-called “experts” disagreed.`,
	}
	var qs []quotes.Quote
	for _, text := range articles {
		qs = quotes.AppendQuotes(qs[:0], text) // reuses qs's memory
		fmt.Println(len(qs))
	}
	// Output:
	// 1
	// 0
	// 1
}

func ExampleFinder_AppendQuotes() {
	var f quotes.Finder
	text := `“One,” she said. “Two,” he said.`
	qs := f.AppendQuotes(make([]quotes.Quote, 0, 8), text)
	for _, q := range qs {
		fmt.Println(q.Text(text))
	}
	// Output:
	// “One,”
	// “Two,”
}

func ExampleSpan_Text() {
	text := `He called the plan 'reckless'.`
	q := quotes.Find(text)[0]
	fmt.Println(q.Span.Text(text))
	fmt.Println(q.Content.Text(text))
	// Output:
	// 'reckless'
	// reckless
}

func ExampleParent() {
	text := `“He told me, ‘Never sign,’ and I didn’t,” she said.`
	qs := quotes.Find(text)
	for i, q := range qs {
		fmt.Printf("%d depth=%d parent=%d %s\n", i, q.Depth, quotes.Parent(qs, i), q.Text(text))
	}
	// Output:
	// 0 depth=0 parent=-1 “He told me, ‘Never sign,’ and I didn’t,”
	// 1 depth=1 parent=0 ‘Never sign,’
}

func ExampleParents() {
	text := `“She said, ‘He wrote “no” twice,’ honestly,” he recalled.`
	qs := quotes.Find(text)
	for i, p := range quotes.Parents(qs) {
		fmt.Printf("%d parent=%d %s\n", i, p, qs[i].Content.Text(text))
	}
	// Output:
	// 0 parent=-1 She said, ‘He wrote “no” twice,’ honestly,
	// 1 parent=0 He wrote “no” twice,
	// 2 parent=1 no
}
