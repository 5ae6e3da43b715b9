"""Every error treatykg raises on purpose, in one place: what each means and how it ends.

The command line turns them into one line ``treatykg: error: ...`` and an exit code (0 ok,
1 the graph violates the shapes, 2 usage or input error); the server turns them into an HTTP
status and one plain-text line. This module imports nothing of treatykg, so any module may
import it.
"""

from __future__ import annotations


class InputError(Exception):
    """A bad input: a file, folder, parameter, gold file or remote answer that cannot be used.
    The message names it and says why. CLI: exit code 2."""


class StoreDamaged(InputError):
    """The store exists but cannot be read: the message names it and says how to rebuild.
    CLI: exit code 2 (a full build replaces such a store)."""


class BuildFailed(Exception):
    """The newly built graph violates the shapes; the previous store was kept. ``report`` is the
    build's report with the findings. CLI: the findings, then exit code 1."""

    def __init__(self, report):
        super().__init__(f"{len(report.violations)} violation(s); the previous store was kept")
        self.report = report


class UnknownKind(ValueError):
    """The text is of no kind a loader reads. The build reports it as an InputError naming the
    file (CLI: exit code 2)."""


class Unclear(ValueError):
    """A statement shows no state as its speaker, or the evidence disagrees. The build reports
    the document as not readable, an InputError naming the file (CLI: exit code 2)."""


class UnsupportedShape(ValueError):
    """A shape in ``shapes/`` uses a SHACL feature the validators do not translate. It is a fault
    of the shapes shipped with treatykg, not of the input: raised when the shapes are first read,
    it fails the test suite, so no rule goes unchecked silently."""


class Refused(Exception):
    """A request the SPARQL endpoint will not answer, or could not run: ``status`` is the HTTP
    status (400 malformed, 401/403 not allowed, 406 no acceptable format, 413/414 too large,
    503 the store or a worker failed). The server answers it as one plain-text line."""

    def __init__(self, message: str, status: int):
        super().__init__(message, status)  # both in args, so the exception survives pickling
        self.message, self.status = message, status

    def __str__(self) -> str:
        return self.message


class NotFound(Exception):
    """A page or saved query the server does not have (HTTP 404)."""


class QueryTimeout(Exception):
    """A query ran past its time limit (its worker was killed), or no worker came free in time.
    The server answers HTTP 503."""
