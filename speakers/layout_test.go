package speakers

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxFuncLines is the longest a function of the package may be, in lines
// from its func keyword to its closing brace (see doc.go).
const maxFuncLines = 80

// parseOwnFiles parses the package's non-test files.
func parseOwnFiles(t *testing.T) (*gotoken.FileSet, map[string]*ast.File) {
	t.Helper()
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	files := map[string]*ast.File{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		f, err := parser.ParseFile(fset, name, src, 0)
		require.NoError(t, err)
		files[name] = f
	}
	require.NotEmpty(t, files)
	return fset, files
}

// TestFunctionLength checks that no function of the package is longer than
// maxFuncLines: a cascade of rules belongs in the rule table, a stage in
// functions of one job each.
func TestFunctionLength(t *testing.T) {
	fset, files := parseOwnFiles(t)
	for name, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			lines := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
			assert.LessOrEqual(t, lines, maxFuncLines, "%s: %s is %d lines", name, fd.Name.Name, lines)
		}
	}
}

// TestFileDependencies checks that the files of the package call each other
// one way (doc.go, "How it works"): no two files, nor any longer cycle of
// files, call each other, except through the rule table of rules.go. A call
// x.M() counts as a call to every file that declares a method M (the
// package's types share no method names but String and Text, which are not
// counted), so the check is a little stricter than the real graph.
func TestFileDependencies(t *testing.T) {
	_, files := parseOwnFiles(t)
	funcFile := map[string]string{}
	methodFiles := map[string][]string{}
	for name, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				switch {
				case fd.Recv == nil:
					funcFile[fd.Name.Name] = name
				case fd.Name.Name != "String" && fd.Name.Name != "Text":
					methodFiles[fd.Name.Name] = append(methodFiles[fd.Name.Name], name)
				}
			}
		}
	}
	calls := map[string]map[string]bool{} // file → files it calls
	for name, f := range files {
		imported := map[string]bool{}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			imported[path.Base(p)] = true
			if im.Name != nil {
				imported[im.Name.Name] = true
			}
		}
		calls[name] = map[string]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var to []string
			switch fun := c.Fun.(type) {
			case *ast.Ident:
				if file, ok := funcFile[fun.Name]; ok {
					to = append(to, file)
				}
			case *ast.SelectorExpr:
				if x, ok := fun.X.(*ast.Ident); ok && imported[x.Name] {
					return true
				}
				to = methodFiles[fun.Sel.Name]
			}
			for _, file := range to {
				if file != name && name != "rules.go" {
					calls[name][file] = true
				}
			}
			return true
		})
	}
	for _, cycle := range cycles(calls) {
		t.Errorf("these files call each other: %s", strings.Join(cycle, ", "))
	}
}

// cycles returns the strongly connected components of more than one node
// of the graph g (Tarjan's algorithm), each sorted.
func cycles(g map[string]map[string]bool) [][]string {
	var nodes []string
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	index, low, on := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		on[v] = true
		for w := range g[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var comp []string
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			on[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		if len(comp) > 1 {
			sort.Strings(comp)
			out = append(out, comp)
		}
	}
	for _, n := range nodes {
		if _, seen := index[n]; !seen {
			visit(n)
		}
	}
	return out
}
