"""One long-lived whosaid process, fed JSON Lines."""

from __future__ import annotations

import atexit
import collections
import itertools
import json
import os
import queue
import signal
import subprocess
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._binary import find_binary
from ._types import Article, Error, ProcessError, RecordError, _from_record

# The writer gathers the lines that are waiting into one write of about this
# many bytes.
_BATCH = 64 << 10

_CLOSE = object()  # tells the writer thread to close the process's stdin

_NO_TEXT = 'no "text" field'  # whosaid's error for a record without text


class _Slot:
    """One record in flight: what was sent and, once it is answered, the
    output record or the error that stands for it."""

    __slots__ = ("wire", "id", "text", "line", "rec", "err", "done")

    def __init__(self, wire: str | None, id: Any, text: str | None, line: bytes | None):
        self.wire = wire  # the id whosaid sees; None for a slot answered here
        self.id = id  # the caller's id
        self.text = text  # the input text, or None
        self.line = line  # the JSON Lines record to send
        self.rec: dict | None = None
        self.err: tuple[type, str] | None = None
        self.done = threading.Event()

    def resolve(self, rec: dict) -> None:
        self.rec = rec
        self.done.set()

    def fail(self, cls: type, msg: str) -> None:
        self.err = (cls, msg)
        self.done.set()

    def article(self, timeout: float | None = None) -> Article:
        if not self.done.wait(timeout):
            raise TimeoutError(f"whosaid: no answer for record {self.id!r} in {timeout} s")
        if self.err is not None:
            cls, msg = self.err
            raise cls(msg)
        a = _from_record(self.rec, self.id, self.text)
        if a.error == _NO_TEXT and self.text is None and self.wire is not None:
            # An "html" record sent to a whosaid that reads only "text".
            a.error += " (this whosaid binary reads no \"html\" records: use a newer one)"
        return a


_live: "weakref.WeakSet[Attributor]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for a in list(_live):
        a.close(timeout=5)


#: The acts a statement may report, in the order of whosaid's Act.
ACTS = ("speech", "thought", "intent", "finding", "appearance")


def normalize_acts(acts: str | Iterable[str] | None) -> str | None:
    """Returns acts as whosaid's ``-acts`` value ("speech,thought", in the
    order of :data:`ACTS`), or None for every act. Raises ValueError on an
    unknown act and TypeError on a value that is not a string or strings."""
    if acts is None:
        return None
    if isinstance(acts, str):
        names = [a.strip().lower() for a in acts.split(",")]
        if names == ["all"] or names == [""]:
            return None
    else:
        names = []
        for a in acts:
            if not isinstance(a, str):
                raise TypeError(f"acts must be strings, not {type(a).__name__}")
            names.append(a.strip().lower())
        if not names:
            raise ValueError("acts is empty: give at least one act, or None for all")
    for a in names:
        if a not in ACTS:
            raise ValueError(f"unknown act {a!r} (want one of {', '.join(ACTS)})")
    chosen = [a for a in ACTS if a in names]
    return None if len(chosen) == len(ACTS) else ",".join(chosen)


class Attributor:
    """One whosaid process (``whosaid -input jsonl -format jsonl -offsets
    runes``) that attributes every article sent to it, so a million
    articles cost one process.

    ``binary`` is the whosaid executable (default: :func:`find_binary`);
    ``jobs`` is how many articles it attributes at once (its ``-j``; default
    the CPUs); ``acts`` are the acts it reports (its ``-acts``): a
    comma-separated string such as ``"speech,thought"`` or a list of act
    names (``speech``, ``thought``, ``intent``, ``finding``,
    ``appearance``); ``None`` reports every act. An unknown act raises
    ValueError. The process starts here. An Attributor is safe for
    concurrent use by several threads; close it with :meth:`close` or a
    ``with`` block (it is closed at exit otherwise). Once its process has
    died (:attr:`dead`), every call raises :class:`ProcessError`.
    """

    def __init__(self, binary: str | None = None, jobs: int | None = None,
                 acts: str | Iterable[str] | None = None):
        if jobs is not None and jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.acts = normalize_acts(acts)
        self.binary = binary or find_binary()
        self.jobs = jobs
        args = [self.binary, "-input", "jsonl", "-format", "jsonl", "-offsets", "runes"]
        if jobs is not None:
            args += ["-j", str(jobs)]
        if self.acts is not None:
            args += ["-acts", self.acts]
        try:
            self._proc = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                bufsize=1 << 16,
                # Its own session: Ctrl-C in a terminal or a notebook
                # interrupts Python's wait, not the process.
                start_new_session=True,
            )
        except OSError as e:
            raise Error(f"whosaid: cannot start {self.binary}: {e}") from e
        self._lock = threading.Lock()
        self._pending: collections.deque[_Slot] = collections.deque()  # sent, in order
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()  # to send
        self._wire = itertools.count()
        self._closed = False
        self._dead: str | None = None  # why the process is gone
        self._stderr: collections.deque[bytes] = collections.deque(maxlen=64)
        name = f"whosaid-{self._proc.pid}"
        self._writer = threading.Thread(target=self._write, name=name + "-writer", daemon=True)
        self._reader = threading.Thread(target=self._read, name=name + "-reader", daemon=True)
        self._errors = threading.Thread(target=self._drain_stderr, name=name + "-stderr", daemon=True)
        for t in (self._writer, self._reader, self._errors):
            t.start()
        _live.add(self)

    # --- the API -----------------------------------------------------------

    def attribute(self, text: str | None = None, id: Any = None, *, html: str | None = None,
                  timeout: float | None = None) -> Article:
        """Attributes one article and returns its :class:`Article`.

        Give ``text``, or ``html`` (a web page, when the binary reads HTML).
        ``id`` is kept as it is in the result. Raises :class:`RecordError`
        when whosaid cannot read the record, :class:`ProcessError` when the
        process dies, :class:`TimeoutError` after ``timeout`` seconds.
        """
        if (text is None) == (html is None):
            raise TypeError("attribute takes text or html (one of them)")
        value = text if html is None else html
        if not isinstance(value, str):
            raise TypeError(f"{'text' if html is None else 'html'} must be a str, not {type(value).__name__}")
        slot = self._slot(id, {"text": text} if html is None else {"html": html}, text)
        self._send(slot)
        a = slot.article(timeout)
        if a.error is not None:
            raise RecordError(a.error, id)
        return a

    def attribute_many(self, items: Iterable, window: int | None = None) -> Iterator[Article]:
        """Attributes a stream of articles and yields one :class:`Article`
        per item, in order.

        An item is a string (the text; its id is its position in items,
        from 0), an ``(id, text)`` pair, or a dict with ``text`` or ``html``
        and an optional ``id`` (other keys are passed to whosaid). A record
        that fails yields an Article with ``error`` set and the stream goes
        on; only the death of the process (:class:`ProcessError`) or an
        exception raised by ``items`` ends it. items is read by a thread of
        its own while results are read, at most ``window`` items ahead of
        the results taken (default 8 per job, at least 64), so memory stays
        bounded whatever the length of the stream.
        """
        if window is None:
            window = max(64, 8 * (self.jobs or os.cpu_count() or 1))
        order: queue.Queue = queue.Queue(maxsize=window)
        stop = threading.Event()

        def feed() -> None:
            try:
                for i, item in enumerate(items):
                    slot = self._item_slot(i, item)
                    order.put(slot)
                    if stop.is_set():
                        return
                    if slot.wire is not None:
                        try:
                            self._send(slot)
                        except ProcessError as e:
                            slot.fail(ProcessError, str(e))  # the stream ends there
                            return
                order.put(_END)
            except BaseException as e:  # from items: raised to the reader of the stream
                order.put(_Raised(e))

        feeder = threading.Thread(target=feed, name=f"whosaid-{self._proc.pid}-feed", daemon=True)
        feeder.start()
        try:
            while True:
                slot = order.get()
                if slot is _END:
                    return
                if isinstance(slot, _Raised):
                    raise slot.exc
                yield slot.article()
        finally:
            stop.set()
            # Unblock the feeder if it waits for room.
            try:
                while True:
                    order.get_nowait()
            except queue.Empty:
                pass

    def close(self, timeout: float | None = None) -> None:
        """Closes the process's input, lets it finish the records in flight
        and waits for it to exit; after ``timeout`` seconds it is killed.
        Closing twice does nothing."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._outbox.put(_CLOSE)
        self._writer.join(timeout)
        self._reader.join(timeout)
        if self._reader.is_alive():
            self._kill()
            self._reader.join()
        try:
            self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._kill()
            self._proc.wait()
        self._errors.join(1)
        for f in (self._proc.stdout, self._proc.stderr):
            try:
                f.close()
            except OSError:
                pass
        _live.discard(self)

    @property
    def dead(self) -> bool:
        """Whether the process is gone (it died or was closed)."""
        return self._dead is not None or self._closed

    @property
    def pid(self) -> int:
        """The process id of the whosaid process."""
        return self._proc.pid

    def __enter__(self) -> "Attributor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("dead" if self._dead else "running")
        return f"<whosaid.Attributor pid={self._proc.pid} jobs={self.jobs} {state}>"

    # --- internals ---------------------------------------------------------

    def _slot(self, id: Any, fields: dict, text: str | None) -> _Slot:
        wire = str(next(self._wire))
        line = json.dumps({"id": wire, **fields}).encode("ascii") + b"\n"
        return _Slot(wire, id, text, line)

    def _item_slot(self, i: int, item: Any) -> _Slot:
        """The slot for one item of attribute_many: to send, or answered
        here with an error when the item is not one whosaid can take."""
        id: Any = i
        try:
            if isinstance(item, (bytes, bytearray)):
                item = item.decode("utf-8", errors="replace")
            if isinstance(item, str):
                return self._slot(i, {"text": item}, item)
            if isinstance(item, Mapping):
                if item.get("id") is not None:
                    id = item["id"]
                if "text" not in item and "html" not in item:
                    return _answered(id, None, 'no "text" or "html" in the item')
                fields = {k: v for k, v in item.items() if k != "id"}
                text = item.get("text")
                return self._slot(id, fields, text if isinstance(text, str) else None)
            if isinstance(item, (tuple, list)) and len(item) == 2:
                id, text = item
                if isinstance(text, (bytes, bytearray)):
                    text = text.decode("utf-8", errors="replace")
                if not isinstance(text, str):
                    return _answered(id, None, f"the text of the item is of type {type(text).__name__}, not str")
                return self._slot(id, {"text": text}, text)
            return _answered(
                id, None,
                f"the item is of type {type(item).__name__}, not a str, an (id, text) pair or a dict",
            )
        except (TypeError, ValueError) as e:  # a value json cannot encode
            return _answered(id, None, f"the item cannot be sent as JSON: {e}")

    def _send(self, slot: _Slot) -> None:
        # Under the lock, so that nothing is queued after close() queues
        # _CLOSE, nor after the reader says the process is dead.
        with self._lock:
            if self._closed:
                raise ProcessError("whosaid: the Attributor is closed")
            if self._dead is not None:
                raise ProcessError(self._dead)
            self._outbox.put(slot)

    def _write(self) -> None:
        """The writer thread: sends the records in the order they come,
        gathering those that wait into one write. Only this thread writes
        to the process, so a record is never cut by an interrupt."""
        stdin = self._proc.stdin
        closing = False
        while not closing:
            batch = [self._outbox.get()]
            size = 0 if batch[0] is _CLOSE else len(batch[0].line)
            while size < _BATCH and batch[-1] is not _CLOSE:
                try:
                    s = self._outbox.get_nowait()
                except queue.Empty:
                    break
                batch.append(s)
                if s is not _CLOSE:
                    size += len(s.line)
            if batch[-1] is _CLOSE:
                closing = True
                batch.pop()
            with self._lock:
                dead = self._dead
                if dead is None:
                    self._pending.extend(batch)
            if dead is not None:
                for s in batch:
                    s.fail(ProcessError, dead)
                break
            data = b"".join(s.line for s in batch)
            for s in batch:
                s.line = None
            try:
                if data:
                    stdin.write(data)
                    stdin.flush()
            except (OSError, ValueError):
                # The process is gone; the reader sees its output end and
                # fails what is pending. Make sure it is gone.
                self._kill()
                break
        try:
            stdin.close()
        except (OSError, ValueError):
            pass
        if not closing:
            # Wait until the reader has said why the process is gone: from
            # then on nothing more is queued. Fail what was.
            self._reader.join()
        while True:
            try:
                s = self._outbox.get_nowait()
            except queue.Empty:
                return
            if s is not _CLOSE:
                s.fail(ProcessError, self._dead or "whosaid: the Attributor is closed")

    def _read(self) -> None:
        """The reader thread: matches each output record to the record sent
        in the same place, and fails everything pending once the output
        ends."""
        why = None
        stdout = self._proc.stdout
        try:
            for line in stdout:
                if not line.endswith(b"\n"):
                    why = "its last output line was cut short"
                    break
                with self._lock:
                    slot = self._pending.popleft() if self._pending else None
                try:
                    rec = json.loads(line)
                    got = rec.get("id") if isinstance(rec, dict) else None
                except ValueError:
                    rec, got = None, None
                if slot is None or got != slot.wire:
                    want = None if slot is None else slot.wire
                    why = f"it answered out of step (record {got!r} where {want!r} was expected)"
                    if slot is not None:
                        slot.fail(ProcessError, f"whosaid: {why}")
                    self._kill()
                    break
                slot.resolve(rec)
        except (OSError, ValueError) as e:
            why = f"reading its output failed: {e}"
        status = self._proc.wait()
        self._errors.join(1)  # for the end of its stderr
        with self._lock:
            pending = list(self._pending)
            self._pending.clear()
            msg = self._death_message(status, why, len(pending))
            self._dead = msg
        for s in pending:
            s.fail(ProcessError, msg)

    def _death_message(self, status: int, why: str | None, lost: int) -> str:
        if self._closed and why is None and lost == 0:
            return "whosaid: the Attributor is closed"
        if status < 0:
            try:
                how = f"was killed by {signal.Signals(-status).name}"
            except ValueError:
                how = f"was killed by signal {-status}"
        else:
            how = f"exited with status {status}"
        msg = f"whosaid (pid {self._proc.pid}, {self.binary}) {how}"
        if why:
            msg += f": {why}"
        if lost:
            msg += f"; {lost} record{'s' if lost > 1 else ''} in flight {'are' if lost > 1 else 'is'} lost"
        tail = b"".join(self._stderr).decode("utf-8", errors="replace").strip()
        if tail:
            msg += "\nits stderr ends with:\n" + tail[-2000:]
        return msg

    def _drain_stderr(self) -> None:
        try:
            for chunk in iter(lambda: self._proc.stderr.read1(4096), b""):
                self._stderr.append(chunk)
        except (OSError, ValueError):
            pass

    def _kill(self) -> None:
        try:
            self._proc.kill()
        except OSError:
            pass


class _Raised:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException):
        self.exc = exc


_END = object()


def _answered(id: Any, text: str | None, error: str) -> _Slot:
    s = _Slot(None, id, text, None)
    s.resolve({"id": None, "error": error})
    return s
