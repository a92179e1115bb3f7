"""Writing a file whole or not at all: every export goes through here."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator

__all__ = ["replacing", "write_atomically", "write_bytes_atomically"]

# A new export is readable by all, as files a user makes usually are (the temporary file it
# starts as is private to its owner); a file it replaces keeps its own mode.
_NEW_MODE = 0o644


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file beside ``path`` to write, which replaces ``path`` when the block ends
    without error (a link there is replaced, never written through) and is removed when it
    fails, so a failure such as a full disk leaves any previous file as it was."""
    target = os.fspath(path)
    if os.path.isdir(target):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", target)
    folder = os.path.dirname(os.path.abspath(target))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".fitcerts-", suffix=".tmp", dir=folder)
    except OSError as error:  # name the file asked for, not the temporary one
        raise type(error)(error.errno, error.strerror, target) from None
    os.close(handle)
    try:
        yield temporary
        try:
            mode = stat.S_IMODE(os.stat(target, follow_symlinks=False).st_mode)
        except FileNotFoundError:
            mode = _NEW_MODE
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, f"{temporary}-journal"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`replacing`)."""
    with replacing(path) as temporary, open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def write_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, whole or not at all (see :func:`replacing`)."""
    write_bytes_atomically(path, text.encode("utf-8"))
