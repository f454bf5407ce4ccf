"""Look for regular expressions over untrusted text whose time grows faster than their input.

Every compiled pattern at the top level of the modules of core/ and importers/ is tried, with
match() and search(), on strings that repeat a short unit built from the pattern's own
characters, at two lengths four times apart, followed by a character that makes the match fail
late. A pattern whose time grows more than GROWTH times over is listed with the unit that
shows it: linear work grows four times, quadratic work sixteen.

    .venv/bin/python -m tests.hostile.regex_audit            # every module
    .venv/bin/python -m tests.hostile.regex_audit numbering  # modules whose name has "numbering"
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import sys
import time
from collections.abc import Iterator

PACKAGES = ("negotiator_app.core", "negotiator_app.importers")
SHORT, LONG = 2000, 8000
GROWTH = 9.0  # LONG / SHORT is 4: linear grows 4 times, quadratic 16
FLOOR = 0.01  # seconds: faster than this at LONG is not worth a look (nor reliably timed)
_EXTRA = " a1.\n\t(<-"
_META = set("\\^$.|?*+()[]{}")


def main(argv: list[str]) -> int:
    found = 0
    for name, pattern in patterns(argv):
        for method, unit, short, long in superlinear(pattern):
            found += 1
            print(
                f"{name}: {method}() on {unit!r} repeated: {short * 1000:.1f} ms -> "
                f"{long * 1000:.1f} ms ({long / max(short, 1e-9):.0f}x for 4x the input)"
            )
    print(f"{found} superlinear pattern and unit pairs.")
    return 1 if found else 0


def patterns(only: list[str]) -> Iterator[tuple[str, re.Pattern]]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("pdf") or only and not any(o in info.name for o in only):
                continue
            module = importlib.import_module(f"{package_name}.{info.name}")
            for attribute, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    yield f"{info.name}.{attribute}", value
                elif isinstance(value, dict):
                    for key, item in value.items():
                        if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                            yield f"{info.name}.{attribute}[{key!r}]", item


def superlinear(pattern: re.Pattern) -> Iterator[tuple[str, str, float, float]]:
    """(method, unit, time at SHORT, time at LONG) for each unit whose time grows too fast."""
    for method in ("match", "search"):
        run = getattr(pattern, method)
        for unit in units(pattern.pattern):
            short = _time(run, unit, SHORT)
            if short * (LONG / SHORT) ** 2 < FLOOR:
                continue  # cannot reach the floor even if quadratic
            long = _time(run, unit, LONG)
            if long > FLOOR and long > GROWTH * short:
                # Confirmed, each length timed twice, so that a pause of the machine is not
                # taken for the pattern's growth.
                long = min(long, _time(run, unit, LONG))
                longer = min(_time(run, unit, 4 * LONG) for _ in range(2))
                if longer > GROWTH * long:
                    yield method, unit, long, longer
                    break  # one unit is enough to show the pattern


def units(source: str) -> list[str]:
    """Units of one or two characters from the pattern's literal characters, three from a few
    of them, and the pattern's literal words with a character after them."""
    literal = sorted({c for c in source if c not in _META and (c.isprintable() or c in "\t\n")})
    # Brackets, stars and the like stand for themselves when escaped ("\[", "\*").
    escaped = sorted({c for c in re.findall(r"\\(.)", source) if c in _META})
    alphabet = list(dict.fromkeys(escaped + literal + list(_EXTRA)))
    found: list[str] = []
    for size in (1, 2):
        found.extend("".join(parts) for parts in itertools.product(alphabet, repeat=size))
    few = list(dict.fromkeys(escaped + literal[:6] + list(_EXTRA)))
    found.extend("".join(parts) for parts in itertools.product(few, repeat=3))
    for word in set(re.findall(r"[^\\^$.|?*+()\[\]{}]{2,}", source)):
        found.extend(word + extra for extra in ("", *_EXTRA))
    return list(dict.fromkeys(found))


def _time(run, unit: str, repeat: int) -> float:
    text = unit * (repeat // len(unit)) + "\x00"
    start = time.perf_counter()
    run(text)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
