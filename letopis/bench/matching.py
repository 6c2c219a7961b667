"""Shared pieces of the scorers: optimal one-to-one pairing, the fuzzy string compare of factRuEval-2016,
and precision/recall/F1 bookkeeping.

    >>> assign([[0.5, 0.0], [0.9, 0.4]])
    [(0, 0), (1, 1)]
    >>> fuzzy_equal("Лужков", "лужкова")
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Quotes and dashes are unified before comparing: «Газпром» = "Газпром", Санкт–Петербург = Санкт-Петербург.
_UNIFY = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "`": "'",
                        "–": "-", "—": "-", "‑": "-", "ё": "е"})


def normalize(value: str) -> str:
    """The form values are compared in: lower case, ё = е, quotes and dashes unified, outer blanks cut."""
    return value.lower().translate(_UNIFY).strip(" \t\r\n")


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def allowed_distance(gold: str) -> int:
    """Edits forgiven for a gold value of this length: none below 2 characters, 1 up to 8, 2 from 9."""
    if len(gold) < 2:
        return 0
    return 1 if len(gold) <= 8 else 2


def fuzzy_equal(gold: str, response: str) -> bool:
    """The factRuEval-2016 string compare (track 2 attributes, track 3 arguments)."""
    g, r = normalize(gold), normalize(response)
    if g == r:
        return True
    limit = allowed_distance(g)
    return limit > 0 and abs(len(g) - len(r)) <= limit and levenshtein(g, r) <= limit


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment on a square matrix (Kuhn-Munkres with potentials, O(n^3)).
    Returns for each row the column it gets."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[column] = row (1-based), 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            r0 = owner[col0]
            delta = inf
            col1 = 0
            for col in range(1, n + 1):
                if not used[col]:
                    current = cost[r0 - 1][col - 1] - u[r0] - v[col]
                    if current < minv[col]:
                        minv[col] = current
                        way[col] = col0
                    if minv[col] < delta:
                        delta = minv[col]
                        col1 = col
            for col in range(n + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while True:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
            if col0 == 0:
                break
    result = [0] * n
    for col in range(1, n + 1):
        if owner[col]:
            result[owner[col] - 1] = col - 1
    return result


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pair rows with columns one to one so that the sum of weights is largest; pairs of weight 0 are
    not pairs. The matrix is split into groups of rows and columns linked by non-zero weights first
    (mentions overlap only locally), so each group's assignment stays small."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    parent = list(range(rows + cols))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(rows):
        for j in range(cols):
            if weights[i][j] > 0:
                parent[find(i)] = find(rows + j)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(rows):
        groups.setdefault(find(i), ([], []))[0].append(i)
    for j in range(cols):
        groups.setdefault(find(rows + j), ([], []))[1].append(j)
    pairs: list[tuple[int, int]] = []
    for group_rows, group_cols in groups.values():
        if not group_rows or not group_cols:
            continue
        if len(group_rows) == 1 and len(group_cols) == 1:
            pairs.append((group_rows[0], group_cols[0]))
            continue
        size = max(len(group_rows), len(group_cols))
        cost = [[0.0] * size for _ in range(size)]
        for a, i in enumerate(group_rows):
            for b, j in enumerate(group_cols):
                cost[a][b] = -float(weights[i][j])
        for a, b in enumerate(_hungarian(cost)):
            if a < len(group_rows) and b < len(group_cols):
                pairs.append((group_rows[a], group_cols[b]))
    return sorted((i, j) for i, j in pairs if weights[i][j] > 0)


@dataclass
class Score:
    """Sums over documents: quality credited on the gold side and on the response side, and counts."""

    tp_gold: float = 0.0
    tp_response: float = 0.0
    n_gold: int = 0
    n_response: int = 0

    def add(self, other: Score) -> None:
        self.tp_gold += other.tp_gold
        self.tp_response += other.tp_response
        self.n_gold += other.n_gold
        self.n_response += other.n_response

    @property
    def precision(self) -> float:
        return self.tp_response / self.n_response if self.n_response else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0
