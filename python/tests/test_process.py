"""The whosaid process: killed mid-stream, closed, restarted, cleaned up
at exit."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import unittest

import support
from support import ARTICLE, whosaid


def setUpModule():
    support.binary()


def wait_for(cond, timeout=30):
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.01)


def gone(pid):
    """Whether pid has exited (and is reaped, or a zombie)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] == "Z"
    except FileNotFoundError:
        return True


class TestProcess(unittest.TestCase):
    def test_killed_mid_stream(self):
        a = whosaid.Attributor(support.binary(), jobs=2)
        self.addCleanup(a.close)
        got, err = [], []

        def consume():
            try:
                for art in a.attribute_many((i, ARTICLE) for i in range(100000)):
                    got.append(art.id)
                    if len(got) == 50:
                        os.kill(a.pid, signal.SIGKILL)
            except BaseException as e:
                err.append(e)

        t = threading.Thread(target=consume, daemon=True)
        t.start()
        t.join(120)
        self.assertFalse(t.is_alive(), "attribute_many hangs after the process was killed")
        self.assertEqual(len(err), 1, err)
        self.assertIsInstance(err[0], whosaid.ProcessError)
        self.assertIn("SIGKILL", str(err[0]))
        self.assertEqual(got, list(range(len(got))))  # what came before is whole and in order
        self.assertTrue(a.dead)
        with self.assertRaises(whosaid.ProcessError):
            a.attribute("After the end.")
        with self.assertRaises(whosaid.ProcessError):
            list(a.attribute_many(["After the end."]))

    def test_killed_while_attribute_waits(self):
        a = whosaid.Attributor(support.binary(), jobs=1)
        self.addCleanup(a.close)
        text = "\n\n".join([ARTICLE] * 2000)  # seconds of work
        err = []

        def call():
            try:
                a.attribute(text)
            except BaseException as e:
                err.append(e)

        t = threading.Thread(target=call, daemon=True)
        t.start()
        wait_for(lambda: a._pending)  # sent
        os.kill(a.pid, signal.SIGKILL)
        t.join(60)
        self.assertFalse(t.is_alive(), "attribute hangs after the process was killed")
        self.assertEqual(len(err), 1, err)
        self.assertIsInstance(err[0], whosaid.ProcessError)
        self.assertIn("1 record in flight is lost", str(err[0]))

    def test_shared_process_restarts(self):
        whosaid.attribute("Warm up.")
        shared = whosaid._attributor(None)
        os.kill(shared.pid, signal.SIGKILL)
        wait_for(lambda: shared.dead)
        a = whosaid.attribute('"Back again," said Ann Bell.', id=1)
        self.assertEqual(a.statements[0].speaker, "Ann Bell")
        self.assertNotEqual(whosaid._attributor(None).pid, shared.pid)

    def test_close(self):
        with whosaid.Attributor(support.binary()) as a:
            pid = a.pid
            self.assertEqual(a.attribute("One.", id=1).id, 1)
            self.assertFalse(a.dead)
        self.assertTrue(a.dead)
        self.assertTrue(gone(pid))
        a.close()  # twice is fine
        with self.assertRaisesRegex(whosaid.ProcessError, "closed"):
            a.attribute("Two.")

    def test_close_finishes_what_is_in_flight(self):
        a = whosaid.Attributor(support.binary(), jobs=2)
        results, err = [], []

        def call(i):
            try:
                results.append(a.attribute(ARTICLE, id=i).id)
            except BaseException as e:
                err.append(e)

        threads = [threading.Thread(target=call, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        # All six sent (queued, pending or answered) before close.
        wait_for(lambda: a._outbox.qsize() + len(a._pending) + len(results) + len(err) >= 6)
        a.close()
        for t in threads:
            t.join(30)
        self.assertEqual((sorted(results), err), (list(range(6)), []))

    def test_closed_at_exit(self):
        # A program that never closes its process: at exit whosaid closes it,
        # and the program does not hang.
        prog = textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(support.PYTHON)!r})
            import whosaid
            a = whosaid.attribute('"Bye," said Ann Bell.')
            print(whosaid._attributor(None).pid, a.statements[0].speaker, flush=True)
            it = whosaid.attribute_many(["x"] * 1000)
            next(it)  # a stream left open
        """)
        p = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "WHOSAID_BIN": support.binary()})
        self.assertEqual(p.returncode, 0, p.stderr)
        pid, name = p.stdout.split(None, 1)
        self.assertEqual(name.strip(), "Ann Bell")
        wait_for(lambda: gone(int(pid)), timeout=10)

    def test_bad_binary(self):
        with self.assertRaises(whosaid.Error):
            whosaid.Attributor("/nonexistent/whosaid")


if __name__ == "__main__":
    unittest.main()
