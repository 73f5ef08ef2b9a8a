package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// versionInfo is what `whosaid -version` prints and GET /version answers.
type versionInfo struct {
	// Version is the module version the binary was built from: v1.2.3 for
	// `go install …@v1.2.3`, a pseudo-version for a commit, "(devel)" for
	// a build in a checkout.
	Version string `json:"version"`
	// Revision and Time are the VCS commit and its time, when the build
	// recorded them (a build in a git checkout without -buildvcs=false).
	Revision string `json:"revision,omitempty"`
	Time     string `json:"time,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

// buildVersion reads the version from the binary's build information.
func buildVersion() versionInfo {
	v := versionInfo{Version: "(unknown)", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// String is the line `whosaid -version` prints.
func (v versionInfo) String() string {
	s := "whosaid " + v.Version
	if v.Revision != "" {
		rev := v.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		s += fmt.Sprintf(" (%s %s", rev, v.Time)
		if v.Modified {
			s += ", modified"
		}
		s += ")"
	}
	return s + " " + v.Go
}
