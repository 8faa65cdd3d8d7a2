"""Office files ppfextract has no reader of its own for, converted by LibreOffice.

* Word processor files (legacy Word ``.doc``, OpenDocument ``.odt``, ``.rtf``) are
  converted to ``.docx`` and read by the Word reader.
* Spreadsheets (``.xlsx``, legacy Excel ``.xls``, OpenDocument ``.ods``) are converted
  to HTML by LibreOffice Calc (one table per sheet, headed by the sheet's name, with
  each cell's fill) and read by the HTML reader.

LibreOffice (``soffice``) must be installed; without it the reader raises
:class:`~ppfextract.errors.ConverterMissing` with the command that installs it.

LibreOffice is a large program reading untrusted files, so it runs fenced in:

* **no network**: in an empty network namespace (``unshare -n``, or ``unshare -rn``
  where unprivileged user namespaces are allowed), so a linked picture
  (``INCLUDEPICTURE "http://..."``) or any other linked content cannot be fetched.
  Where no namespace can be made, its own profile sends every HTTP, HTTPS and FTP
  request to a proxy on a closed loopback port (and the same through the
  ``*_proxy`` variables), blocks links from untrusted locations, never updates
  links and runs no macros.
* **its own profile**, made fresh for each conversion inside the temporary folder.
* **the worker's limits**: the same time limit as the worker (:func:`set_limits`,
  called by :mod:`ppfextract.worker`), and the same memory limit counted as the
  resident memory of LibreOffice's processes (its address space is far larger than
  what it uses, so the worker's address-space cap would make valid files fail); past
  either it is killed and the document gets a ``timeout`` or ``out_of_memory`` record.
* **killed with the worker**: it stays in the worker's process group, which the batch
  runner kills as a whole, and its temporary files are in the worker's own
  temporary folder, which the runner removes.

A LibreOffice stopped by a signal it did not ask for gives an ``interrupted`` record
(``--resume`` tries it again), not a ``corrupt_document`` one.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..document import Block, Document, Paragraph, Table
from ..errors import ConverterMissing, CorruptDocument, Interrupted, OutOfMemory, TimedOut
from ..settings import Settings

CONVERT_TIMEOUT_S = 120.0  # without a worker's limit (in-process use)
# format -> (what LibreOffice converts it to, the package that converts it)
CONVERSIONS: dict[str, tuple[str, str]] = {
    "doc": ("docx", "libreoffice-writer"), "odt": ("docx", "libreoffice-writer"),
    "rtf": ("docx", "libreoffice-writer"), "xlsx": ("html", "libreoffice-calc"),
    "xls": ("html", "libreoffice-calc"), "ods": ("html", "libreoffice-calc"),
}
_POLL_S = 0.05
# A proxy nobody listens on: loopback, the discard port. In an empty network
# namespace even loopback is down.
DEAD_PROXY_HOST, DEAD_PROXY_PORT = "127.0.0.1", 9

_limits: dict[str, float | int | None] = {"timeout": CONVERT_TIMEOUT_S, "max_memory_mb": None}


def set_limits(timeout: float | None, max_memory_mb: int | None) -> None:
    """The time and memory limits LibreOffice runs under (the worker's own)."""
    _limits["timeout"] = timeout
    _limits["max_memory_mb"] = max_memory_mb


def find_converter() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def network_isolation() -> tuple[str, ...]:
    """The command prefix that runs a program without network (``unshare -n`` as
    root, ``unshare -rn`` in a user namespace), or () where neither works."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for prefix in ((unshare, "-n"), (unshare, "-rn")):
        try:
            done = subprocess.run([*prefix, "true"], capture_output=True, timeout=10,
                                  check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return prefix
    return ()


def _item(path: str, name: str, value: str) -> str:
    return (f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
            f"<value>{value}</value></prop></item>")


def profile_settings() -> str:
    """The registrymodifications.xcu of the private profile: no fetching, no macros."""
    inet = "/org.openoffice.Inet/Settings"
    items = [
        _item(inet, "ooInetProxyType", "2"),  # manual proxies ...
        *(_item(inet, f"ooInet{p}ProxyName", DEAD_PROXY_HOST) for p in ("HTTP", "HTTPS", "FTP")),
        *(_item(inet, f"ooInet{p}ProxyPort", str(DEAD_PROXY_PORT))
          for p in ("HTTP", "HTTPS", "FTP")),
        _item(inet, "ooInetNoProxy", ""),  # ... for every host
        _item("/org.openoffice.Office.Common/Security/Scripting",
              "BlockUntrustedRefererLinks", "true"),
        _item("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
        _item("/org.openoffice.Office.Common/Security/Scripting",
              "DisableMacrosExecution", "true"),
        _item("/org.openoffice.Office.Writer/Content/Update", "Link", "2"),  # never
        _item("/org.openoffice.Office.Common/Misc", "UseOpenCL", "false"),
    ]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + "\n".join(items) + "\n</oor:items>\n")


def _environment(tmp: str) -> dict[str, str]:
    env = dict(os.environ)
    proxy = f"http://{DEAD_PROXY_HOST}:{DEAD_PROXY_PORT}"
    for name in ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy"):
        env[name] = env[name.upper()] = proxy
    env["no_proxy"] = env["NO_PROXY"] = ""
    env["TMPDIR"] = tmp  # LibreOffice's own temporary files stay in our folder
    env.pop("SAL_USE_VCLPLUGIN", None)
    return env


# ---------------------------------------------------------------------------
# The process tree and its memory (Linux /proc; elsewhere only the time limit)


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rfind(b")") + 2:].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    children = _children_map()
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, ()))
    return tree


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    for pid in reversed(process_tree(proc.pid)):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


@contextlib.contextmanager
def _address_space_unlimited() -> Iterator[None]:
    """Lift this process's soft address-space cap while a child is started (the child
    inherits the lifted cap; LibreOffice is held to resident memory instead)."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    if soft == hard:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def run_converter(cmd: list[str], env: dict[str, str], timeout: float | None,
                  max_memory_mb: int | None) -> tuple[int, bytes]:
    """Run LibreOffice under the limits: (exit status, stderr). Raises TimedOut or
    OutOfMemory after killing it."""
    with _address_space_unlimited():
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env, close_fds=True)
    started = time.monotonic()
    peak = 0.0
    try:
        while True:
            try:
                _, err = proc.communicate(timeout=_POLL_S)
                return proc.returncode, err or b""
            except subprocess.TimeoutExpired:
                pass
            if timeout is not None and time.monotonic() - started > timeout:
                _kill_tree(proc)
                raise TimedOut(f"LibreOffice did not convert the file within {timeout:g} s; "
                               "it was stopped")
            if max_memory_mb:
                peak = max(peak, _rss_mb(process_tree(proc.pid)))
                if peak > max_memory_mb:
                    _kill_tree(proc)
                    raise OutOfMemory(
                        f"LibreOffice needed more than the {max_memory_mb} MB memory limit "
                        f"to convert the file ({peak:.0f} MB); it was stopped")
    except BaseException:
        if proc.poll() is None:
            _kill_tree(proc)
        raise


def read_doc(path: Path, settings: Settings) -> Document:
    """A legacy Word document, converted to .docx and read."""
    return read_converted(path, settings, "doc")


def read_converted(path: Path, settings: Settings, fmt: str) -> Document:
    """Convert ``path`` (of format ``fmt``, a key of :data:`CONVERSIONS`) in a
    temporary directory and read what LibreOffice wrote."""
    target, package = CONVERSIONS[fmt]
    converter = find_converter()
    if converter is None:
        raise ConverterMissing(f"reading .{fmt} files needs LibreOffice: "
                               f"apt-get install {package}")
    with tempfile.TemporaryDirectory(prefix="ppfextract-doc-") as tmp:
        # A private profile, so a running LibreOffice does not swallow the job and no
        # user setting lets it fetch.
        profile = Path(tmp, "profile")
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(profile_settings(),
                                                                    encoding="utf-8")
        outdir = Path(tmp, "out")
        cmd = [*network_isolation(), converter, f"-env:UserInstallation={profile.as_uri()}",
               "--headless", "--norestore", "--nolockcheck", "--convert-to", target,
               "--outdir", str(outdir), str(Path(path).resolve())]
        try:
            status, err = run_converter(cmd, _environment(tmp),
                                        _limits["timeout"],  # type: ignore[arg-type]
                                        _limits["max_memory_mb"])  # type: ignore[arg-type]
        except OSError as exc:
            raise CorruptDocument(f"LibreOffice could not be run: {exc}") from exc
        _check_status(status, err)
        converted = outdir / (Path(path).stem + "." + target)
        if not converted.exists():
            hint = (f" (if LibreOffice has no module for .{fmt} files: apt-get install "
                    f"{package})" if package != "libreoffice-writer" else "")
            raise CorruptDocument("LibreOffice could not convert the file: "
                                  + (_last_line(err) or "no output") + hint)
        # imported late: only the reader of the converted file is needed
        if target == "docx":
            from .docx import read_docx

            doc = read_docx(converted, settings)
        else:
            from .html import read_html

            doc = read_html(converted, settings)
    blocks = [_refile(block, path.name) for block in doc.blocks]
    return replace(doc, path=str(path), format=fmt, blocks=blocks)


def _last_line(err: bytes) -> str:
    lines = [ln for ln in err.decode("utf-8", "replace").splitlines()
             if ln.strip() and "javaldx" not in ln]
    return lines[-1].strip() if lines else ""


def _check_status(status: int, err: bytes) -> None:
    """LibreOffice's exit status: 0 (converted, or 'source file could not be loaded'),
    1 (it crashed on the file), 137/255 or a negative status (stopped by a signal)."""
    if status == 0:
        return
    if status < 0 or status in (137, 143, 130, 255):
        name = ""
        with contextlib.suppress(ValueError):
            name = f" ({signal.Signals(-status).name})" if status < 0 else ""
        raise Interrupted(f"LibreOffice was stopped before it finished{name}; "
                          "run again (--resume) to retry")
    raise CorruptDocument(f"LibreOffice could not convert the file (status {status}): "
                          + (_last_line(err) or "no message"))


def _refile(block: Block, name: str) -> Block:
    """The block with its provenance (and its cells') naming the original file."""
    if isinstance(block, Paragraph):
        return replace(block, provenance=replace(block.provenance, file=name))
    return _refile_table(block, name)


def _refile_table(table: Table, name: str) -> Table:
    cells = [replace(c, provenance=replace(c.provenance, file=name),
                     nested=[_refile_table(t, name) for t in c.nested]) for c in table.cells]
    return replace(table, cells=cells, provenance=replace(table.provenance, file=name))
