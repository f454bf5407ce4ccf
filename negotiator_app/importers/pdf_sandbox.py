"""PDFs are read in a separate process, with a memory ceiling and a time limit.

PDFium parses a page's content in C: a page that draws one form thousands of times, a content
stream of millions of operators or a Flate bomb can take gigabytes before any check of ours
runs, and PDFium aborts the process when an allocation fails. So the text layer is read by a
child process (this module, run with --child) that limits its own address space where the
system allows it; the application waits for it with a deadline, and a child that runs out of
memory or time becomes one sentence naming the limit. The application's memory, its open
library and its windows are never at stake.

Parent and child speak over pipes: the PDF's bytes go to the child's stdin; the child answers
with framed messages on stdout: progress, the text layer (marshal of plain tuples), or the
sentence of an ImportProblem.
"""

from __future__ import annotations

import marshal
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from negotiator_app.importers.errors import ImportProblem

MEMORY_LIMIT = 640 * 1024 * 1024  # bytes of address space for the reading process
TIME_LIMIT = 25.0  # seconds for reading one PDF
# Environment variables that lower the limits (a small machine; the tests): never raise them.
MEMORY_VARIABLE, TIME_VARIABLE = "NEGOTIATOR_PDF_MEMORY_MB", "NEGOTIATOR_PDF_SECONDS"
CHILD_FLAG = "--read-pdf-text-layer"
_HEADER = struct.Struct("<cI")
_PROGRESS = struct.Struct("<II")
_MAX_MESSAGE = 512 * 1024 * 1024


def read_in_child(data: bytes, name: str, progress: Callable[[int, int], None] | None = None):
    """The PDF's TextLayer, read by a child process under the limits, or ImportProblem."""
    from negotiator_app.importers.pdf_text_layer import TextLayer

    try:
        child = subprocess.Popen(
            _child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_environment(),
            # No console window flashes up when the workbench starts the reader on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError:
        # No process can be started here (a locked-down system): read in this process, with
        # every count still bounded but no memory ceiling.
        from negotiator_app.importers.pdf_text_layer import read_text_layer

        return read_text_layer(data, name, progress)
    messages: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_messages, args=(child, messages), daemon=True)
    reader.start()
    writer = threading.Thread(target=_write_input, args=(child, data, name), daemon=True)
    writer.start()
    seconds = time_limit()
    deadline = time.monotonic() + seconds
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ImportProblem(
                    f"{name} took longer to read than the {seconds:g}-second limit for one "
                    "PDF; it may be damaged or made to stall readers."
                )
            try:
                kind, payload = messages.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if kind == b"P":
                if progress is not None:
                    progress(*_PROGRESS.unpack(payload))
            elif kind == b"R":
                return TextLayer.from_tuple(marshal.loads(payload))
            elif kind == b"E":
                raise ImportProblem(payload.decode("utf-8", errors="replace"))
            else:  # the child ended without an answer
                raise _ended_problem(child.wait(), name)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def memory_limit() -> int:
    return _lowered(MEMORY_VARIABLE, MEMORY_LIMIT // (1024 * 1024)) * 1024 * 1024


def time_limit() -> float:
    return _lowered(TIME_VARIABLE, TIME_LIMIT)


def _lowered(variable: str, default):
    try:
        value = type(default)(os.environ.get(variable, default))
    except ValueError:
        return default
    return min(default, value) if value > 0 else default


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        # A packaged application has no separate Python: its console executable reads the
        # PDF when given the child flag (negotiator_app.__main__).
        executable = Path(sys.executable)
        console = executable.with_name("negotiator" + executable.suffix)
        return [str(console if console.exists() else executable), CHILD_FLAG]
    return [sys.executable, "-m", "negotiator_app.importers.pdf_sandbox", CHILD_FLAG]


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


def _write_input(child: subprocess.Popen, data: bytes, name: str) -> None:
    try:
        assert child.stdin is not None
        child.stdin.write(struct.pack("<QQ", len(data), memory_limit()))
        encoded = name.encode("utf-8", errors="replace")
        child.stdin.write(struct.pack("<I", len(encoded)) + encoded)
        child.stdin.write(data)
        child.stdin.close()
    except (OSError, ValueError):
        pass  # the child ended early; its exit says why


def _read_messages(child: subprocess.Popen, messages: queue.Queue) -> None:
    stream = child.stdout
    assert stream is not None
    try:
        while True:
            header = stream.read(_HEADER.size)
            if len(header) < _HEADER.size:
                break
            kind, length = _HEADER.unpack(header)
            if length > _MAX_MESSAGE:
                break
            payload = stream.read(length)
            if len(payload) < length:
                break
            messages.put((kind, payload))
            if kind in (b"R", b"E"):
                return
    except (OSError, ValueError):
        pass
    messages.put((b"X", b""))


def _ended_problem(status: int, name: str) -> ImportProblem:
    import signal

    killed = {getattr(signal, s, None) for s in ("SIGABRT", "SIGKILL", "SIGSEGV", "SIGBUS")}
    # PDFium aborts when an allocation fails; a system out of memory kills the process.
    if status == _MEMORY_EXIT or (status < 0 and -status in killed) or status in (3, 0xC0000017):
        return ImportProblem(
            f"{name} needs more memory to read than the {memory_limit() // (1024 * 1024)} MB "
            "Negotiator allows for one PDF; it may be damaged or made to exhaust memory."
        )
    return ImportProblem(f"{name} is damaged: the PDF reader stopped on it.")


# -- the child ---------------------------------------------------------------------------

_MEMORY_EXIT = 75


def child_main() -> int:
    """Read a PDF from stdin and answer on stdout (see the module's docstring)."""
    # The file descriptors themselves: a windowed build has no sys.stdout.
    out = os.fdopen(1, "wb", closefd=False)
    source = os.fdopen(0, "rb", closefd=False)
    name = "This PDF"

    def send(kind: bytes, payload: bytes) -> None:
        out.write(_HEADER.pack(kind, len(payload)) + payload)
        out.flush()

    try:
        size, limit = struct.unpack("<QQ", source.read(16))
        _limit_memory(limit)
        (name_length,) = struct.unpack("<I", source.read(4))
        name = source.read(name_length).decode("utf-8", errors="replace")
        data = source.read(size)
        from negotiator_app.importers.pdf_text_layer import read_text_layer

        layer = read_text_layer(
            data, name, lambda done, total: send(b"P", _PROGRESS.pack(done, total))
        )
        send(b"R", marshal.dumps(layer.to_tuple()))
    except ImportProblem as problem:
        send(b"E", str(problem).encode("utf-8"))
    except MemoryError:
        return _MEMORY_EXIT
    except RecursionError:
        send(b"E", f"{name} is damaged: its structure cannot be read.".encode())
    return 0


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass  # a system that does not enforce it (macOS): the time limit still holds


if __name__ == "__main__" and CHILD_FLAG in sys.argv[1:]:
    sys.exit(child_main())
