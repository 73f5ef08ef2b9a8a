package speakers_test

import (
	"fmt"

	"github.com/whosaid/whosaid/speakers"
)

func ExampleAttribute() {
	text := `Commerce Minister Karl Weiss met the delegation on Monday. ` +
		`"Trade will grow," he said. The minister said both sides "want stability."`
	r := speakers.Attribute(text)
	for _, a := range r.Attributions {
		fmt.Printf("%s %s ← %s (%s)\n", a.Kind, a.Text(text), r.Speakers[a.Speaker].Name, a.Mention.Text(text))
	}
	// Output:
	// direct "Trade will grow," ← Karl Weiss (he)
	// mixed both sides "want stability." ← Karl Weiss (The minister)
}

func ExampleAttributor() {
	// The zero Attributor is ready to use and may be shared by goroutines.
	var a speakers.Attributor
	text := `Sources said the deal was close.`
	r := a.Attribute(text)
	s := r.Speakers[r.Attributions[0].Speaker]
	fmt.Println(r.Attributions[0].Text(text), "|", s.Name, "|", s.Kind)
	// Output:
	// the deal was close | Sources | group
}
