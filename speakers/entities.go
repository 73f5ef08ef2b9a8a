package speakers

import (
	"sort"
	"strings"
)

// entity is a source or a person the article names, while attributing.
type entity struct {
	name     string
	kind     EntityKind
	gender   gender
	titles   []string
	mentions []Span
	unsorted bool     // a mention was added before the one added last
	keys     []string // lower-case name words it answers to: surname, given name
	first    int      // byte offset of its first mention
	out      int      // index in Result.Speakers, or -1
	// compacted is how many of mentions are sorted and without repeats
	// (see results.compactMentions).
	compacted int
}

func (e *entity) addTitle(t string) {
	t = strings.TrimSpace(t)
	if t == "" || len(e.titles) >= maxTitles {
		return
	}
	for _, have := range e.titles {
		if strings.EqualFold(have, t) {
			return
		}
	}
	e.titles = append(e.titles, t)
}

func (e *entity) addMention(s Span) {
	if n := len(e.mentions); n > 0 && e.mentions[n-1] == s {
		return
	} else if n > 0 && s.Start < e.mentions[n-1].Start {
		e.unsorted = true
	}
	e.mentions = append(e.mentions, s)
}

// nameMention is one place where a person's name stands.
type nameMention struct {
	pos  int // byte offset
	end  int
	ent  *entity
	poss bool // a possessive: Raimondo's
}

// findNames registers the people and organisations named outside
// quotations: runs of capitalised words, with the titles before them.
func (r *registry) findNames() {
	lx := r.lex
	for i := 0; i < len(r.toks); {
		t := &r.toks[i]
		if t.kind != tWord || !t.cap || lx.stopCaps[t.lower] {
			i++
			continue
		}
		j := r.nameRunEnd(i)
		r.nameRun(i, j)
		i = j
	}
	sort.SliceStable(r.names, func(a, b int) bool { return r.names[a].pos < r.names[b].pos })
}

// nameRunEnd returns the end of the run of capitalised words from token i.
func (v *view) nameRunEnd(i int) int {
	lx := v.lex
	j := i
	for j < len(v.toks) {
		t := &v.toks[j]
		if t.kind != tWord || !t.cap || (j > i && lx.stopCaps[t.lower]) || t.para != v.toks[i].para {
			break
		}
		j++
		if t.poss {
			break
		}
		// Mr. Holt, Tom W. Dunn: a period after an honorific or initial.
		if v.isPunct(j, ".") && j+1 < len(v.toks) && v.toks[j+1].cap && v.toks[j+1].kind == tWord &&
			(lx.honorifics[t.lower] != genderUnknown || abbreviations[t.lower] || t.end-t.start == 1) {
			j++
			continue
		}
		// Department of State, Osama bin Laden.
		if j+1 < len(v.toks) && v.toks[j].kind == tWord && !v.toks[j].cap && v.toks[j+1].cap && v.toks[j+1].kind == tWord {
			switch v.toks[j].lower {
			case "of":
				if !v.placeAt(j + 1) {
					j++ // but Tom Dunn | of Texas
				}
			default:
				if nameParticles[v.toks[j].lower] {
					j++
				}
			}
		}
	}
	for j > i+1 && v.toks[j-1].kind != tWord {
		j--
	}
	return j
}

// nameParticles are the lower-case words inside a name: Osama bin
// Laden, Ann de Vries, Tom van Dam.
var nameParticles = map[string]bool{"bin": true, "de": true, "van": true, "von": true, "al": true, "da": true, "du": true, "der": true, "la": true, "le": true}

// nameRun registers the name in tokens [i, j).
func (r *registry) nameRun(i, j int) {
	lx := r.lex
	// A photo credit (Image: Andy Wong/REUTERS) names no one in the story.
	if r.isPunct(j, "/") {
		return
	}
	if r.isPunct(i-1, ":") && i >= 2 {
		switch r.toks[i-2].lower {
		case "image", "photo", "picture", "credit", "photograph", "source", "photos":
			return
		}
	}
	// Title words first: US Commerce Secretary | Gina Raimondo.
	k := i
	for k < j && lx.titles[r.toks[k].lower] {
		k++
		if r.isPunct(k, ".") && k < j {
			k++ // Sen. Ann Bell
		}
	}
	g := genderUnknown
	honorific := false
	if k < j {
		if hg, ok := lx.honorifics[r.toks[k].lower]; ok {
			g, honorific = hg, true
			k++
			if r.isPunct(k, ".") {
				k++
			}
		}
	}
	if k >= j {
		return // only titles: the Commerce Secretary
	}
	org := false
	for m := k; m < j; m++ {
		if lx.orgWords[r.text[r.toks[m].start:r.toks[m].nameEnd()]] {
			org = true
		}
	}
	nameToks := j - k
	titleFrom := r.titleStart(i)
	person := !org && (honorific || titleFrom < k || nameToks >= 2)
	if !person && !org {
		// A single word: a known person's surname, or nothing yet.
		if e := r.lookupName(r.toks[k].lower, r.toks[k].start, genderUnknown); e != nil && e.kind == Person {
			r.names = append(r.names, nameMention{pos: r.toks[i].start, end: r.toks[j-1].nameEnd(), ent: e, poss: r.toks[j-1].poss})
			e.addMention(Span{Start: r.toks[i].start, End: r.toks[j-1].nameEnd()})
		}
		return
	}
	if org || r.isPlace(k, j) {
		return // organisations are registered when they speak
	}
	name := r.spanText(k, j)
	var e *entity
	if nameToks == 1 {
		// Ms. Holt after Margaret Holt
		if known := r.lookupName(r.toks[k].lower, r.toks[k].start, g); known != nil && known.kind == Person {
			e = known
		}
	}
	if e == nil {
		e = r.personByName(name, r.toks[k].start)
	}
	if g == genderUnknown {
		g = lx.firstNames[r.text[r.toks[k].start:r.toks[k].nameEnd()]]
	}
	if e.gender == genderUnknown {
		e.gender = g
	}
	if titleFrom < k {
		e.addTitle(r.text[r.toks[titleFrom].start:r.toks[k-1].end])
	}
	r.appositive(j, e)
	r.names = append(r.names, nameMention{pos: r.toks[i].start, end: r.toks[j-1].nameEnd(), ent: e, poss: r.toks[j-1].poss})
	e.addMention(Span{Start: r.toks[titleFrom].start, End: r.toks[j-1].nameEnd()})
}

// titleStart returns where the title before the name run at token i begins:
// capitalised title words and, before them, lower-case role words
// (Republican presidential nominee Ann Bell).
func (v *view) titleStart(i int) int {
	lx := v.lex
	k := i
	for k < len(v.toks) && v.toks[k].kind == tWord && lx.titles[v.toks[k].lower] && v.toks[k].cap {
		k++
	}
	s := i
	for s > 0 {
		p := &v.toks[s-1]
		if p.kind != tWord || p.para != v.toks[i].para || p.poss {
			break
		}
		if !(lx.titles[p.lower] || lx.roles[p.lower] && !p.cap || titleModifiers[p.lower]) {
			break
		}
		if lx.stopCaps[p.lower] {
			break
		}
		s--
	}
	return s
}

// titleModifiers are lower-case words that belong to a title before a name.
var titleModifiers = map[string]bool{"former": true, "then": true, "senior": true, "deputy": true, "presidential": true, "top": true, "acting": true, "vice": true, "state": true, "federal": true, "foreign": true, "finance": true, "trade": true, "commerce": true, "defense": true, "treasury": true, "prime": true, "chief": true, "general": true, "assistant": true, "associate": true, "executive": true, "press": true, "campaign": true, "party": true, "senate": true, "house": true, "majority": true, "minority": true, "democratic": true, "republican": true, "counterpart": true}

// appositive reads ", the finance minister," after the name ending before
// token j, as a title of e.
func (v *view) appositive(j int, e *entity) {
	if !v.isPunct(j, ",") || !(v.is(j+1, "the") || v.is(j+1, "a") || v.is(j+1, "an")) {
		return
	}
	k := j + 2
	for k < len(v.toks) && k < j+8 && v.toks[k].kind == tWord && !v.toks[k].poss {
		k++
	}
	if k < len(v.toks) && k > j+2 && (v.isPunct(k, ",") || v.isPunct(k, ".")) && v.lex.roles[v.toks[k-1].lower] {
		e.addTitle(v.spanText(j+2, k))
	}
}

// spanText returns the text of tokens [i, j), without a final possessive.
func (v *view) spanText(i, j int) string {
	return v.text[v.toks[i].start:v.toks[j-1].nameEnd()]
}

// personByName returns the person called name, registering them if new.
func (r *registry) personByName(name string, pos int) *entity {
	key := strings.ToLower(name)
	if e := r.byName[key]; e != nil {
		return e
	}
	e := &entity{name: name, kind: Person, first: pos, out: -1}
	for _, w := range strings.Fields(key) {
		w = strings.Trim(w, ".")
		if len(w) > 1 && !r.lex.honorifics[w].isSet() {
			e.keys = append(e.keys, w)
			r.byKey[w] = append(r.byKey[w], e)
		}
	}
	r.byName[key] = e
	r.ents = append(r.ents, e)
	return e
}

func (g gender) isSet() bool { return g != genderUnknown }

// lookupName returns the person that a one-word name (a surname, or a given
// name) at offset pos refers to: the one named most recently before pos,
// else the first named after it. When g is set (Mr. Dunn), people known to
// be of the other gender are skipped (not Ann Dunn).
func (r *registry) lookupName(w string, pos int, g gender) *entity {
	var best *entity
	bestPos := -1
	var after *entity
	namesakes := r.byKey[w]
	if len(namesakes) > maxNamesakes {
		namesakes = namesakes[len(namesakes)-maxNamesakes:] // see maxNamesakes
	}
	r.steps += len(namesakes)
	for _, e := range namesakes {
		if g.isSet() && e.gender.isSet() && e.gender != g {
			continue
		}
		last := e.mentionBefore(pos)
		if e.first < pos && last >= bestPos {
			best, bestPos = e, last
		}
		if e.first >= pos && (after == nil || e.first < after.first) {
			after = e
		}
	}
	if best != nil {
		return best
	}
	return after
}

// nameStart returns where the name in the capitalised words [i, j) starts,
// after the titles and an honorific before it, and the gender the
// honorific tells.
func (v *view) nameStart(i, j int) (int, gender) {
	lx := v.lex
	k := i
	if v.is(k, "the") && k+1 < j {
		k++
	}
	// The Supreme Court, the State Department, House Democrats: before an
	// organisation word, a title word that names no person is part of the
	// organisation's name.
	org := j-k >= 2 && v.toks[j-1].cap && lx.orgWords[v.text[v.toks[j-1].start:v.toks[j-1].nameEnd()]]
	for k < j-1 && lx.titles[v.toks[k].lower] && v.toks[k].cap {
		if org && !personHeads[v.toks[k].lower] && !v.isPunct(k+1, ".") {
			break
		}
		k++
		if v.isPunct(k, ".") && k < j-1 {
			k++ // Sen. Ann Bell
		}
	}
	// A title later in the phrase ends what comes before the name:
	// Former Arkansas Gov. Tom Dunn, Ohio Governor Ann Bell.
	for m := k; m < j-1; m++ {
		if !v.toks[m].cap || !lx.titles[v.toks[m].lower] {
			continue
		}
		n := m + 1
		if v.isPunct(n, ".") {
			n++
		} else if !personHeads[v.toks[m].lower] {
			continue
		}
		if n < j && v.toks[n].cap && !lx.titles[v.toks[n].lower] {
			k = n
		}
	}
	g := genderUnknown
	if k < j-1 {
		if hg, ok := lx.honorifics[v.toks[k].lower]; ok {
			g = hg
			k++
			if v.isPunct(k, ".") && k < j-1 {
				k++
			}
		}
	}
	return k, g
}

// namedSource returns the entity for a source named by capitalised words,
// tokens [i, j): a known person, a new person, or an organisation.
func (r *registry) namedSource(i, j int) *entity {
	lx := r.lex
	k, g := r.nameStart(i, j)
	org := false
	for m := i; m < j; m++ {
		if lx.orgWords[r.text[r.toks[m].start:r.toks[m].nameEnd()]] {
			org = true
		}
	}
	name := r.spanText(k, j)
	org = org || r.isPlace(k, j) // China said: its government speaks
	if !org {
		if e := r.byName[strings.ToLower(name)]; e != nil {
			return e
		}
		if j-k == 1 {
			if e := r.lookupName(r.toks[k].lower, r.toks[k].start, g); e != nil {
				return e
			}
		}
	}
	key := strings.ToLower(name)
	if e := r.bySource[key]; e != nil {
		return e
	}
	kind := Unknown
	switch {
	case org:
		kind = Organization
	case g != genderUnknown || j-k >= 2 || k > i:
		kind = Person
	}
	if kind == Person {
		e := r.personByName(name, r.toks[k].start)
		if e.gender == genderUnknown {
			e.gender = g
		}
		return e
	}
	e := &entity{name: name, kind: kind, first: r.toks[i].start, out: -1}
	if lx.firstNames[name] != genderUnknown {
		e.kind, e.gender = Person, lx.firstNames[name]
	}
	r.bySource[key] = e
	r.ents = append(r.ents, e)
	return e
}

// describedSource returns the entity for a source described in lower case
// (the minister, one official, sources): the person whose title fits a
// definite description, or a source named by the description itself.
func (r *registry) describedSource(i, j int) *entity {
	return r.describedSourceHead(i, j, j)
}

// describedSourceHead is describedSource for a description whose head ends
// at token hj and whose name runs on to token j: officials in Ohio.
func (r *registry) describedSourceHead(i, hj, j int) *entity {
	lx := r.lex
	head := r.toks[hj-1].lower
	det := r.toks[i].lower
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || groupHeads[head]
	definite := det == "the" || det == "this" || !isDeterminer(det)
	if definite && !plural && personHeads[head] {
		if e := r.titled(i, j); e != nil {
			return e
		}
	}
	name := r.text[r.toks[i].start:r.toks[j-1].nameEnd()]
	key := strings.ToLower(name)
	if e := r.bySource[key]; e != nil {
		return e
	}
	kind := Person
	switch {
	case plural:
		kind = Group
	case orgHeads[head]:
		kind = Organization
	case !lx.roles[head]:
		kind = Unknown
	}
	e := &entity{name: name, kind: kind, first: r.toks[i].start, out: -1}
	r.bySource[key] = e
	r.ents = append(r.ents, e)
	return e
}

// titled returns the person whose titles hold the words of the description
// in tokens [i, j) (the minister → Commerce Minister Wang Wentao): the one
// named most recently before it, else the first named after.
func (r *registry) titled(i, j int) *entity {
	head := r.toks[j-1].lower
	pos := r.toks[i].start
	var best *entity
	bestScore, bestDist := 0, 0
	ents := r.ents
	if len(ents) > maxTitledScan {
		ents = ents[len(ents)-maxTitledScan:] // see maxTitledScan
	}
	r.steps += len(ents)
	for _, e := range ents {
		if e.kind != Person {
			continue
		}
		score := 0
		r.steps += len(e.titles)
		for _, t := range e.titles {
			tw := r.titleWords(t)
			if !containsWord(tw, head) {
				continue
			}
			s := 1
			for m := i; m < j-1; m++ {
				if containsWord(tw, r.toks[m].lower) {
					s++
				}
			}
			score = max(score, s)
		}
		if score == 0 {
			continue
		}
		dist := pos - e.lastMentionBefore(pos)
		if e.first >= pos {
			dist = 1<<30 + e.first
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = e, score, dist
		}
	}
	return best
}

func (e *entity) lastMentionBefore(pos int) int {
	if last := e.mentionBefore(pos); last >= 0 {
		return last
	}
	return e.first
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w || strings.TrimPrefix(x, "then-") == w {
			return true
		}
	}
	return false
}

func isDeterminer(w string) bool { return determiners[w] }

var determiners = map[string]bool{"the": true, "a": true, "an": true, "one": true, "another": true, "some": true, "many": true, "several": true, "two": true, "three": true, "four": true, "five": true, "his": true, "her": true, "their": true, "its": true, "our": true, "this": true, "that": true, "these": true, "those": true, "other": true, "most": true, "few": true, "all": true, "both": true, "no": true, "senior": false}

// personHeads are role nouns for one person, which a definite description
// uses for someone named earlier (the minister).
var personHeads = map[string]bool{"minister": true, "secretary": true, "president": true, "senator": true, "governor": true, "mayor": true, "chairman": true, "chairwoman": true, "chair": true, "director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "ambassador": true, "judge": true, "candidate": true, "nominee": true, "leader": true, "chief": true, "ceo": true, "executive": true, "founder": true, "congressman": true, "congresswoman": true, "lawmaker": true, "official": true, "lawyer": true, "attorney": true, "businessman": true, "businesswoman": true, "mogul": true, "tycoon": true, "chancellor": true, "premier": true, "speaker": true, "commissioner": true, "manager": true, "coach": true, "professor": true, "economist": true, "diplomat": true, "envoy": true, "negotiator": true, "prosecutor": true, "sheriff": true, "general": true, "adviser": true, "advisor": true, "aide": true, "strategist": true, "frontrunner": true, "front-runner": true, "host": true, "author": true}

// orgHeads are role nouns for an organisation or a document.
var orgHeads = map[string]bool{"campaign": true, "committee": true, "company": true, "administration": true, "agency": true, "department": true, "government": true, "report": true, "poll": true, "survey": true, "study": true, "statement": true, "court": true, "network": true, "newspaper": true, "paper": true, "organization": true, "organisation": true, "party": true, "team": true, "office": true, "firm": true, "ministry": true, "embassy": true, "union": true, "coalition": true, "board": true, "council": true, "commission": true, "panel": true, "police": true, "military": true, "publication": true, "outlet": true, "website": true, "magazine": true, "letter": true, "memo": true, "filing": true, "document": true, "group": true, "watchdog": true}

// groupHeads are collective nouns for several people.
var groupHeads = map[string]bool{"people": true, "police": true, "authorities": true, "everyone": true, "many": true, "others": true, "some": true, "both": true, "few": true, "most": true, "crowd": true, "audience": true, "staff": true, "men": true, "women": true}
