"""The records whosaid returns, as dataclasses, and the errors it raises."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


class Error(Exception):
    """The base of every error whosaid raises."""


class BinaryNotFoundError(Error):
    """No whosaid binary was found, and none could be built."""


class ProcessError(Error):
    """The whosaid process died, was closed, or answered out of step.

    The records that were in flight are lost; the module-level functions
    start a new process on their next call.
    """


class RecordError(Error):
    """whosaid could not read one record (``attribute`` raises it).

    ``id`` is the record's id and ``message`` says why, as in the
    ``error`` field of the command's error record.
    """

    def __init__(self, message: str, id: Any = None):
        super().__init__(message if id is None else f"{id}: {message}")
        self.message = message
        self.id = id


@dataclass(slots=True)
class Span:
    """A half-open range ``[start, end)`` of the article's text, in Python
    string indexes (code points), and the text it covers:
    ``article.text[span.start:span.end] == span.text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Statement:
    """One statement: a quotation or reported speech, and who said it.

    ``kind`` is ``direct``, ``mixed``, ``indirect`` or ``fragment``;
    ``speaker`` is the speaker's canonical name (``None`` when none was
    found) and ``mention`` the words that name the speaker for this
    statement (``None`` when there are none, as for a continuation);
    ``cue`` is the cue word ("said"), or ``None``; ``rule`` says which rule
    decided and ``confidence`` is in [0, 1]; ``fragments`` are the quoted
    words inside a ``mixed`` statement. ``act`` says what the statement
    reports: ``speech``, ``thought``, ``intent``, ``finding`` or
    ``appearance`` (README.md, "Acts"). Offsets are Python string indexes
    into the article's text.
    """

    start: int
    end: int
    text: str
    kind: str
    cue: Span | None
    speaker: str | None
    mention: Span | None
    confidence: float
    rule: str
    fragments: list[Span] = field(default_factory=list)
    act: str = "speech"


@dataclass(slots=True)
class Speaker:
    """One source of the article with every mention linked to it. ``kind``
    is ``person``, ``organization``, ``group`` or ``unknown``."""

    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """The result for one article (one input record).

    ``text`` is the text the offsets refer to: the input text, or for an
    HTML record the article text whosaid extracted from the page (then
    ``title``, ``author``, ``date`` and ``url`` are set when the page gives
    them). ``error`` is set, and ``statements`` and ``speakers`` are empty,
    when the record could not be read.
    """

    id: Any
    text: str | None = field(repr=False)
    statements: list[Statement] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    error: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record was attributed (``error`` is not set)."""
        return self.error is None


def _span(d: dict | None) -> Span | None:
    if d is None:
        return None
    return Span(d["start"], d["end"], d["text"])


# The command names the line of its standard input in a record's error
# ("stdin:12: no "text" field"); that line means nothing to the caller.
_WHERE = re.compile(r"^stdin:\d+: ")


def _error_message(msg: str) -> str:
    return _WHERE.sub("", msg, count=1)


def _from_record(rec: dict, id: Any, text: str | None) -> Article:
    """Builds the Article of one output record (README "Output schema")."""
    if "error" in rec:
        return Article(id=id, text=text, error=_error_message(str(rec["error"])))
    statements = []
    for q in rec.get("quotes") or ():
        sp = q.get("speaker")
        statements.append(
            Statement(
                start=q["start"],
                end=q["end"],
                text=q["text"],
                kind=q["kind"],
                cue=_span(q.get("cue")),
                speaker=None if sp is None else sp["name"],
                mention=None if sp is None else _span(sp.get("mention")),
                confidence=q["confidence"],
                rule=q["rule"],
                fragments=[_span(f) for f in q.get("fragments") or ()],
                act=q.get("act") or "speech",
            )
        )
    speakers = [
        Speaker(
            name=s["name"],
            kind=s["kind"],
            titles=list(s.get("titles") or ()),
            mentions=[_span(m) for m in s.get("mentions") or ()],
        )
        for s in rec.get("speakers") or ()
    ]
    t = rec.get("text")
    return Article(
        id=id,
        text=t if isinstance(t, str) else text,
        statements=statements,
        speakers=speakers,
        title=rec.get("title") or None,
        author=rec.get("author") or None,
        date=rec.get("date") or None,
        url=rec.get("url") or None,
    )
