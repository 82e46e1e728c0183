"""Small cells in the yearly figures (domain/statistics.py): which cells the documents show as «<5»
or «vises ikke», so that no count of 1–4 households can be read or worked out."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .statistics import Distribution, Grid, YearlyFigures

SMALL_MAX = 4  # counts 1–4 are shown as «<5» (see `suppressed`)


def suppressed(value: int | float | None, kind: str = "count", basis: int = 0) -> bool:
    """Whether a cell goes out as «<5»: a count of 1–4, or a median or share resting on 1–4 records
    (a median of one waiting time is that household's waiting time)."""
    if value is None:
        return False
    if kind == "count":
        return 1 <= value <= SMALL_MAX
    return 1 <= basis <= SMALL_MAX



# ---- whose cells ----------------------------------------------------------------------------------
# Small-cell protection is for counts of households, persons and decisions about them (the municipal
# lawyer's review, M5). Units and buildings are not personal data: the register by type, size and
# district, and the units vacant at the year's end, are shown as they are, however small.

UNIT_FIGURES = frozenset({"B1", "B2", "B3", "B4", "B5", "L2", "L3"})
UNIT_TABLES = frozenset({"stock", "vacancy_year_end"})
DISTRICT_PERSONAL_COLUMNS = frozenset({4})  # «Tildelt i året»; the others count units


def personal(key: Any) -> bool:
    """Whether a cell (a figure's code, (table, row, column) or (distribution, bin)) counts households,
    persons or decisions, and so is protected."""
    if isinstance(key, str):
        return key not in UNIT_FIGURES
    name = key[0]
    if name in UNIT_TABLES:
        return False
    if name == "districts":
        return key[2] in DISTRICT_PERSONAL_COLUMNS
    return True


# ---- complementary suppression --------------------------------------------------------------------
# A «<5» is no use if the other cells and their sums give it away (R3 7 = R4 «<5» + R5 5 says R4 is
# 2). Each constraint says that some cells add up to a total; the tables and figures share totals (the
# allocations of the year are V1, and the sum of the months, of the districts and of the waiting-time
# bins), so a cell worked out in one table is known in every other. `protect` therefore reads the
# documents as a reader would: every shown cell is known, and any cell that is the only unknown of a
# constraint becomes known too, across all the tables, over and over. Where that reaches a small cell,
# one more cell is hidden in the constraint that gave it away — the one named first, else the
# smallest non-zero shown part, else the total; where every other cell there was itself worked out,
# further back along the chain — until no small cell can be worked out. An implicit remainder (A1 − A2:
# the transfers, never shown) counts as a cell of its own that is never shown.

Constraint = tuple[Any, ...]  # (total key or None, total, part keys[, the cell to hide first])


def protect(values: dict[Any, int], constraints: Sequence[Constraint]) -> set[Any]:
    """The cells to hide: the small ones, and as many more as the constraints need so that no small
    cell follows from the shown ones by any chain of sums."""
    hidden = {key for key, value in values.items() if 1 <= value <= SMALL_MAX}
    lines = []
    for index, (total_key, total, parts, *prefer) in enumerate(constraints):
        remainder = total - sum(values[p] for p in parts)
        # an exact remainder of 0 is taken as known (the reader may know the parts cover the total)
        rest = ("remainder", index) if remainder else None
        lines.append((total_key, list(parts), prefer[0] if prefer else None, rest, remainder))
    small_rests = {rest for _, _, _, rest, remainder in lines if rest is not None and 1 <= remainder <= SMALL_MAX}
    while True:
        found = _worked_out(values, hidden, lines)
        leaks = [cell for cell in found if cell in small_rests or (cell in hidden and 1 <= values[cell] <= SMALL_MAX)]
        if not leaks:
            return hidden
        extra = _to_hide(leaks[0], found, values, hidden, lines)
        if extra is None:  # nothing shown is left to hide: cannot happen with a total on every line
            return hidden
        hidden.add(extra)


def _cells(line: tuple[Any, ...]) -> list[Any]:
    total_key, parts, _, rest, _ = line
    return [*([] if total_key is None else [total_key]), *parts, *([] if rest is None else [rest])]


def _worked_out(values: dict[Any, int], hidden: set[Any], lines: list[tuple[Any, ...]]) -> dict[Any, int]:
    """The cells not shown that a reader can work out, each with the line that gave it."""
    known = {key for key in values if key not in hidden}
    found: dict[Any, int] = {}
    changed = True
    while changed:
        changed = False
        for index, line in enumerate(lines):
            unknown = [cell for cell in _cells(line) if cell not in known]
            if len(unknown) == 1:
                known.add(unknown[0])
                found[unknown[0]] = index
                changed = True
    return found


def _to_hide(cell: Any, found: dict[Any, int], values: dict[Any, int], hidden: set[Any],
             lines: list[tuple[Any, ...]]) -> Any:
    """The shown cell to hide so that `cell` can no longer be worked out the way it was."""
    line = lines[found[cell]]
    total_key, parts, prefer, _, _ = line
    shown = [c for c in _cells(line) if c != cell and c in values and c not in hidden]
    if prefer is not None and prefer in shown:
        return prefer
    candidates = [c for c in shown if c != total_key and values[c] > 0]
    if candidates:
        return min(candidates, key=lambda c: values[c])
    if total_key in shown:
        return total_key
    if shown:
        return shown[0]
    # every other cell of the line was worked out elsewhere first: break the chain there
    earlier = [c for c in _cells(line) if c != cell and c in found]
    return _to_hide(earlier[0], found, values, hidden, lines) if earlier else None


def figure_constraints(found: YearlyFigures) -> list[Constraint]:
    """The personal figures that add up: a total and its «herav» lines (an implicit remainder where they
    do not cover it); the tables whose columns sum to a figure; and the figures that a table's «I alt»
    repeats (V1 is also the allocations' waiting-time total, A3 the queue's)."""
    value = {f.code: int(f.value) for f in found.figures
             if f.kind == "count" and f.value is not None and personal(f.code)}
    constraints: list[Constraint] = []
    for total, parts in (("A1", ["A2"]), ("V1", ["V2"]), ("V3", ["V4"]), ("F1", ["F2", "F3", "F4", "F5"])):
        if total in value and all(p in value for p in parts):
            constraints.append((total, value[total], parts))
    if all(code in value for code in ("R3", "R4", "R5")):  # hide the total before R5
        constraints.append(("R3", value["R3"], ["R4", "R5"], "R3"))
    for name, column, code in (("per_month", 0, "V1"), ("per_month", 1, "V3"), ("per_month", 2, "V6"),
                               ("per_month", 3, "V7"), ("districts", 4, "V1")):
        table: Grid = getattr(found, name)
        if code in value:
            constraints.append((code, value[code], [(name, r, column) for r in range(len(table.rows))]))
    for name in PERSONAL_DISTRIBUTIONS:
        distribution: Distribution = getattr(found, name)
        constraints.append(((name, "total"), distribution.total, [(name, i) for i in range(len(distribution.counts))]))
    for code, name in (("V1", "waiting_allocated"), ("A3", "waiting_queue"), ("V1", "vacancy_allocated")):
        if code in value:  # the same count twice, or (vacancy) a part of it
            constraints.append((code, value[code], [(name, "total")]))
    return constraints


PERSONAL_DISTRIBUTIONS = ("waiting_allocated", "waiting_queue", "vacancy_allocated")


def cell_values(found: YearlyFigures) -> dict[Any, int]:
    """Every personal count a document shows, by key: a figure's code, (table, row, column),
    (distribution, bin) and (distribution, «total»)."""
    values: dict[Any, int] = {f.code: int(f.value) for f in found.figures
                              if f.kind == "count" and f.value is not None and personal(f.code)}
    for name in ("per_month", "districts"):
        table: Grid = getattr(found, name)
        for r, (_, row) in enumerate(table.rows):
            for c, count in enumerate(row):
                if personal((name, r, c)):
                    values[(name, r, c)] = count
    for name in PERSONAL_DISTRIBUTIONS:
        distribution: Distribution = getattr(found, name)
        for i, count in enumerate(distribution.counts):
            values[(name, i)] = count
        values[(name, "total")] = distribution.total
    return values


def hidden_cells(found: YearlyFigures) -> set[Any]:
    """Every cell the documents show as «<5» or «vises ikke»: small personal counts and those that would
    give one away; a share whose numerator or denominator is hidden is hidden with it (V5)."""
    hidden = protect(cell_values(found), figure_constraints(found))
    if any(p in hidden for p in ("V4", "A2")):
        hidden.add("V5")
    return hidden
