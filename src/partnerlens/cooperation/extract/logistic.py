"""A logistic model over standardised numbers and, optionally, present-or-absent words, kept as plain coefficients
in a JSON data file and applied with the standard library.

The learned decisions of extraction share this shape: :class:`.party_model.PartyModel` (which article parties are
weak) and :class:`.event_model.EventModel` (which sentences tell an event the rules missed). Each subclass names the
numbers a data file may hold (``KNOWN``), the JSON key they are listed under (``NAMES_KEY``), whether it has word
weights (``STEMS``) and the JSON indent, so that training (``evaluation/party_train.py``,
``evaluation/event_train.py``) writes each shipped file byte for byte.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Self


@dataclass(frozen=True)
class Logistic:
    """Coefficients of a logistic model over standardised ``names`` (and binary ``stems``); a case is positive when
    its probability reaches ``threshold``."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    stems: Mapping[str, float] = field(default_factory=dict)

    KNOWN: ClassVar[tuple[str, ...]] = ()
    NAMES_KEY: ClassVar[str] = "features"
    STEMS: ClassVar[bool] = False
    INDENT: ClassVar[int] = 1
    WHAT: ClassVar[str] = "model"

    def probability(self, row: Mapping[str, float], present: Iterable[str] = ()) -> float:
        """The model's probability for one case: its numbers ``row`` (every name) and the words ``present``."""
        z = self.intercept + sum(self.stems.get(word, 0.0) for word in present)
        for name, mean, scale, coef in zip(self.names, self.mean, self.scale, self.coef, strict=True):
            z += coef * (row[name] - mean) / scale
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def to_json(self) -> str:
        """The data file's text: fixed key order, numbers rounded, so that training writes it byte for byte."""
        data: dict = {
            self.NAMES_KEY: list(self.names),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "coef": [round(v, 6) for v in self.coef],
        }
        if self.STEMS:
            data["stems"] = {k: round(v, 6) for k, v in sorted(self.stems.items()) if round(v, 6)}
        data |= {"intercept": round(self.intercept, 6), "threshold": round(self.threshold, 4)}
        return json.dumps(data, indent=self.INDENT, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Self:
        """The model a data file holds; ValueError when it names numbers this model does not know or its lists
        differ in length."""
        data = json.loads(text)
        names = tuple(data[cls.NAMES_KEY])
        if unknown := set(names) - set(cls.KNOWN):
            raise ValueError(f"{cls.WHAT} names unknown {cls.NAMES_KEY}: {sorted(unknown)}")
        if {len(data[k]) for k in ("mean", "scale", "coef")} != {len(names)}:
            raise ValueError(f"{cls.WHAT}: mean, scale and coef must have one number per entry of {cls.NAMES_KEY}")
        return cls(
            names,
            tuple(float(v) for v in data["mean"]),
            tuple(float(v) or 1.0 for v in data["scale"]),
            tuple(float(v) for v in data["coef"]),
            float(data["intercept"]),
            float(data["threshold"]),
            {str(k): float(v) for k, v in data.get("stems", {}).items()},
        )
