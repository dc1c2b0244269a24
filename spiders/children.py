"""Worker processes of the crawling process: started from a fork server, gone with it.

Never a fork of the crawling process itself (it runs threads: a fork could copy
a lock held by one of them). A worker leaves as soon as its parent is gone, so
a SIGKILLed crawl leaves no orphan working on, and it ignores Ctrl-C, which
reaches the whole process group: stopping is the crawling process's call.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor

NICENESS = 5  # a worker can wait a moment; the crawling process's loop should not
_PR_SET_PDEATHSIG = 1


def process_pool(max_workers: int, initializer=None) -> ProcessPoolExecutor:
    """A pool of ``max_workers`` children of this process, each running ``initializer``."""
    # No preload: the fork server runs as `python -c` in this process's working
    # directory, where a clone's own `veille/` folder would shadow the installed
    # package; each worker imports with this process's sys.path instead.
    return ProcessPoolExecutor(
        max_workers=max_workers,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_start_child,
        initargs=(os.getpid(), initializer),
    )


def alive(pid: int) -> bool:
    """Whether a process runs; a killed one not yet reaped (a zombie) does not."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists at all
        try:
            os.kill(pid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True


def stop_fork_server() -> None:
    """Stop the fork server once every pool is shut down (its children die with it).

    Waiting for them matters beyond tidiness: only reaped processes count in the CPU
    time the operating system reports for this process's children (benchmarks read it).
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def parent_pid() -> int | None:
    """In a child: the crawling process's pid (None in the crawling process itself)."""
    return _parent


_parent: int | None = None


def _start_child(parent: int, initializer) -> None:
    global _parent
    _parent = parent
    _die_with_fork_server()

    def watch() -> None:
        while alive(parent):
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="veille-parent-watch", daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(NICENESS)
    if initializer is not None:
        initializer()


def _die_with_fork_server() -> None:
    """On Linux, be killed the moment the fork server exits (it does when the crawling
    process is gone): the once-a-second watch alone would leave a worker a moment to
    go on writing for a dead crawl."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watch thread is the guard
        pass
