"""The :mod:`re` module, with patterns compiled when first used.

A module imports it in place of ``re`` (``from .. import lazy_re as re``): everything
is :mod:`re`'s own except :func:`compile`, which returns a stand-in that compiles its
pattern on first use and from then on hands out the compiled pattern's own methods
(``search``, ``match``, ``sub`` ...; no wrapper in the call). Compiling costs about a
million instructions a pattern in Python's ``re`` parser, and each process imports some
two hundred of the extractors' patterns while a document uses only some of them.

Only for patterns known to be valid (the package's own): an invalid one raises
:class:`re.error` when first used, not when compiled. A stand-in is not a
:class:`re.Pattern` for ``isinstance`` or for the ``re`` functions that take one.
"""

from __future__ import annotations

import re as _re
from re import (  # noqa: F401 - re's own, for the modules that import this as re
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

# what a stand-in takes from its compiled pattern on first use
_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall",
               "finditer", "scanner", "pattern", "flags", "groups", "groupindex")


class _Lazy:
    """A pattern compiled on first use (see the module doc)."""

    __slots__ = ("_source", "__dict__")

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self.__dict__["pattern"] = pattern  # read to build other patterns: no compile

    def __getattr__(self, name: str) -> Any:  # only for what the instance lacks
        if name == "_source":  # not set (an instance made without __init__)
            raise AttributeError(name)
        compiled = _re.compile(*self._source)
        for attr in _ATTRIBUTES:
            self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str, flags: int = 0) -> Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("Pattern[str]", _Lazy(pattern, int(flags)))
