"""Finding the whosaid binary, or building it from the checkout."""

import contextlib
import io
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path
from unittest import mock

import support
from support import whosaid
from whosaid import _binary


class TestFindBinary(unittest.TestCase):
    def test_whosaid_bin(self):
        b = support.binary()
        with mock.patch.dict(os.environ, {"WHOSAID_BIN": b}):
            self.assertEqual(whosaid.find_binary(), b)
        with mock.patch.dict(os.environ, {"WHOSAID_BIN": "/nonexistent/whosaid"}):
            with self.assertRaisesRegex(whosaid.BinaryNotFoundError, "WHOSAID_BIN='/nonexistent/whosaid'"):
                whosaid.find_binary()

    def test_on_path(self):
        with tempfile.TemporaryDirectory() as d:
            os.symlink(support.binary(), os.path.join(d, "whosaid"))
            env = {k: v for k, v in os.environ.items() if k != "WHOSAID_BIN"}
            env["PATH"] = d
            with mock.patch.dict(os.environ, env, clear=True):
                self.assertEqual(whosaid.find_binary(), os.path.join(d, "whosaid"))

    def test_checkout(self):
        self.assertEqual(_binary.checkout_root(), support.ROOT)

    @unittest.skipUnless(shutil.which("go"), "needs Go")
    def test_built_from_the_checkout(self):
        # No WHOSAID_BIN and no whosaid on PATH: built with go build into
        # the cache, once per process.
        go_dir = os.path.dirname(shutil.which("go"))
        with tempfile.TemporaryDirectory() as cache:
            env = {k: v for k, v in os.environ.items() if k != "WHOSAID_BIN"}
            # Go keeps its build cache under XDG_CACHE_HOME too: keep it.
            gocache = subprocess.run(["go", "env", "GOCACHE"], capture_output=True, text=True).stdout.strip()
            env.update(PATH=go_dir + os.pathsep + "/usr/bin:/bin", XDG_CACHE_HOME=cache, GOCACHE=gocache)
            if shutil.which("whosaid", path=env["PATH"]):
                self.skipTest("a whosaid is on the system PATH")
            with mock.patch.dict(os.environ, env, clear=True), mock.patch.dict(_binary._built, clear=True):
                said = io.StringIO()
                with contextlib.redirect_stderr(said):
                    b = whosaid.find_binary()
                    self.assertEqual(whosaid.find_binary(), b)
                self.assertTrue(b.startswith(cache), b)
                self.assertEqual(said.getvalue().count("go build (once)"), 1, said.getvalue())
                out = subprocess.run([b, "-format", "jsonl"], input=b'{"id":"x","text":"\\"Hi,\\" said Ann Bell."}\n',
                                     capture_output=True, timeout=60).stdout
                self.assertIn(b'"Ann Bell"', out)
                with whosaid.Attributor() as a:
                    self.assertEqual(a.binary, b)

    def test_nothing_found(self):
        env = {k: v for k, v in os.environ.items() if k != "WHOSAID_BIN"}
        with tempfile.TemporaryDirectory() as empty:
            env["PATH"] = empty
            with mock.patch.dict(os.environ, env, clear=True), mock.patch.dict(_binary._built, clear=True):
                with self.assertRaisesRegex(whosaid.BinaryNotFoundError, "install Go"):
                    whosaid.find_binary()

    def test_build_failure(self):
        if not shutil.which("go"):
            self.skipTest("needs Go")
        with tempfile.TemporaryDirectory() as d:
            root = Path(d)
            (root / "go.mod").write_text("module github.com/whosaid/whosaid\n\ngo 1.22\n")
            (root / "cmd" / "whosaid").mkdir(parents=True)
            (root / "cmd" / "whosaid" / "main.go").write_text("package main\n\nfunc main() { broken }\n")
            with self.assertRaisesRegex(whosaid.BinaryNotFoundError, "go build ./cmd/whosaid in .* failed"):
                _binary.build(root, root)


if __name__ == "__main__":
    unittest.main()
