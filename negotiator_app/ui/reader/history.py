"""Back and forward through the provisions read, like a browser. Pure Python (no Qt)."""

from __future__ import annotations

from typing import NamedTuple

LIMIT = 200


class Place(NamedTuple):
    """A provision of a version, as read (a tuple: cheaper to define at start than a dataclass)."""

    version_id: int
    key: str


class ReadingHistory:
    """A list of places with a cursor; going somewhere new drops the forward part."""

    def __init__(self) -> None:
        self._places: list[Place] = []
        self._at = -1

    def visit(self, place: Place) -> None:
        if self._at >= 0 and self._places[self._at] == place:
            return
        del self._places[self._at + 1 :]
        self._places.append(place)
        if len(self._places) > LIMIT:
            del self._places[0]
        self._at = len(self._places) - 1

    def back(self) -> Place | None:
        if self._at <= 0:
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Place | None:
        if self._at >= len(self._places) - 1:
            return None
        self._at += 1
        return self._places[self._at]

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1
