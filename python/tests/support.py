"""Shared by the tests: the package on sys.path and the whosaid binary
built from this checkout (or WHOSAID_BIN when it is set)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PYTHON = Path(__file__).resolve().parent.parent
ROOT = PYTHON.parent
if str(PYTHON) not in sys.path:
    sys.path.insert(0, str(PYTHON))

import whosaid  # noqa: E402
from whosaid import _binary  # noqa: E402

ARTICLE_PATH = ROOT / "testdata" / "dw-raimondo-beijing-2023.txt"
ARTICLE = ARTICLE_PATH.read_text(encoding="utf-8")

_bin = None
_tmp = None


def binary() -> str:
    """The binary under test: WHOSAID_BIN, or one built from the checkout
    once per test run. WHOSAID_BIN is set to it, so that the module-level
    functions run it too."""
    global _bin, _tmp
    if _bin is None:
        _bin = os.environ.get("WHOSAID_BIN")
        if not _bin:
            _tmp = tempfile.TemporaryDirectory(prefix="whosaid-test-")
            _bin = _binary.build(ROOT, Path(_tmp.name))
        os.environ["WHOSAID_BIN"] = _bin
    return _bin


def run_cli(*args: str, input: bytes = b"") -> tuple[bytes, int]:
    """Runs the binary under test; returns its stdout and exit status."""
    p = subprocess.run([binary(), *args], input=input, capture_output=True, timeout=120)
    return p.stdout, p.returncode


def reads_html() -> bool:
    """Whether the binary under test takes "html" records."""
    with whosaid.Attributor(binary(), jobs=1) as a:
        art = next(a.attribute_many([{"html": "<html><body><p>Hello.</p></body></html>"}]))
    return art.error is None or not art.error.startswith('no "text" field')


def check_spans(tc, article):
    """Asserts that every offset of article slices its text to the span's
    text."""
    text = article.text

    def span(where, s):
        tc.assertTrue(0 <= s.start <= s.end <= len(text), f"{where} {s.start}:{s.end} is outside the text")
        tc.assertEqual(text[s.start:s.end], s.text, f"{where} {s.start}:{s.end}")

    for i, s in enumerate(article.statements):
        span(f"statement {i}", s)
        if s.cue is not None:
            span(f"statement {i} cue", s.cue)
        if s.mention is not None:
            span(f"statement {i} mention", s.mention)
        for f in s.fragments:
            span(f"statement {i} fragment", f)
    for sp in article.speakers:
        for m in sp.mentions:
            span(f"mention of {sp.name}", m)
