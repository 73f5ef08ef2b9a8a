#!/usr/bin/env bash
# The annotated view (issue 15) in a real browser. Installs Debian's
# chromium when it is missing, then runs the Go tests that drive it
# headless (cmd/whosaid/browser_test.go):
#   TestBrowserPage   renders `whosaid -format html` of the test article and
#                     a hostile one: the screenshot is not blank and shows
#                     the speakers' colours, a focused statement shows its
#                     tooltip, the DOM chromium built (--dump-dom) has every
#                     statement as the page has it, the hostile article's
#                     HTML did not run (even with the page's CSP removed),
#                     and clicking a speaker dims the others' marks;
#   TestBrowserServe  posts the test article to `whosaid serve` through a
#                     form, as the page's own form does, and checks that the
#                     page chromium shows has it drawn, statement by
#                     statement as POST /v1/attribute answers.
# WHOSAID_SCREENSHOT=docs/view.png .ci/browser-test.sh rewrites the
# README's screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(command -v chromium || true)
if [ -z "$bin" ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
  bin=$(command -v chromium)
fi
"$bin" --version 2>/dev/null || true
shot=${WHOSAID_SCREENSHOT:-}
if [ -n "$shot" ]; then shot=$(realpath -m "$shot"); fi
WHOSAID_CHROMIUM="$bin" WHOSAID_SCREENSHOT="$shot" \
  go test ./cmd/whosaid -run '^TestBrowser' -count=1 -v
