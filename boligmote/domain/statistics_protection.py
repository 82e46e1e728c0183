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



# ---- complementary suppression --------------------------------------------------------------------
# A «<5» is no use if the other cells and their sum give it away (R3 7 = R4 «<5» + R5 5 says R4 is 2).
# Each constraint says that some shown cells add up to a known total; where exactly one cell of a
# constraint is unknown and it is small (1–4), one more cell is hidden — the smallest non-zero one —
# until no small cell can be worked out by subtraction. An implicit remainder (A1 − A2: the transfers,
# never shown) counts as an unknown cell of its own.

def protect(values: dict[Any, int], constraints: Sequence[tuple[Any, ...]]) -> set[Any]:
    """The cells to hide: the small ones, and as many more as the constraints (total key or None,
    total, part keys[, the cell to hide first]) need so that no small cell follows from the others."""
    hidden = {key for key, value in values.items() if 1 <= value <= SMALL_MAX}
    changed = True
    while changed:
        changed = False
        for total_key, total, parts, *prefer in constraints:
            if total_key is not None and total_key in hidden:
                continue  # the sum is not shown: nothing to subtract from
            remainder = total - sum(values[p] for p in parts)
            unknown = [p for p in parts if p in hidden]
            if len(unknown) + (remainder != 0) != 1:
                continue
            small = remainder if remainder else values[unknown[0]]
            if not 1 <= small <= SMALL_MAX:
                continue
            candidates = [p for p in parts if p not in hidden and values[p] > 0]
            if prefer and prefer[0] not in hidden:
                hidden.add(prefer[0])
            elif candidates:
                hidden.add(min(candidates, key=lambda p: values[p]))
            elif total_key is not None:
                hidden.add(total_key)
            else:
                continue
            changed = True
    return hidden


def figure_constraints(found: YearlyFigures) -> list[tuple[Any, ...]]:
    """The figures that add up: a total and its «herav» lines (an implicit remainder where they do not
    cover it), and the tables whose columns or rows sum to a figure or a total shown beside them."""
    value = {f.code: int(f.value) for f in found.figures if f.kind == "count" and f.value is not None}
    constraints: list[tuple[Any, ...]] = []
    for total, parts in (("A1", ["A2"]), ("V1", ["V2"]), ("V3", ["V4"]), ("F1", ["F2", "F3", "F4", "F5"]),
                         ("B1", ["B4", "B5"])):
        if total in value and all(p in value for p in parts):
            constraints.append((total, value[total], parts))
    if all(code in value for code in ("R3", "R4", "R5")):  # hide the total before R5
        constraints.append(("R3", value["R3"], ["R4", "R5"], "R3"))
    for name, column, code in (("per_month", 0, "V1"), ("per_month", 1, "V3"), ("per_month", 2, "V6"),
                               ("per_month", 3, "V7"), ("districts", 4, "V1"), ("districts", 3, "L2")):
        table: Grid = getattr(found, name)
        if code in value:
            constraints.append((code, value[code], [(name, r, column) for r in range(len(table.rows))]))
    for name, distribution in (("waiting_allocated", found.waiting_allocated),
                               ("waiting_queue", found.waiting_queue),
                               ("vacancy_allocated", found.vacancy_allocated),
                               ("vacancy_year_end", found.vacancy_year_end)):
        constraints.append(((name, "total"), distribution.total, [(name, i) for i in range(len(distribution.counts))]))
    districts = found.districts
    for r, (_, row) in enumerate(districts.rows):  # units = ordinary + other types
        constraints.append((("districts", r, 0), row[0], [("districts", r, 1), ("districts", r, 2)]))
    stock = found.stock
    width = len(stock.columns)
    for r, (_, row) in enumerate(stock.rows):  # each type across the sizes: its «I alt»
        constraints.append((("stock", r, width - 1), row[-1], [("stock", r, c) for c in range(width - 1)]))
    if stock.rows:  # each size down the types: the «I alt» row
        last = len(stock.rows) - 1
        for c in range(width):
            constraints.append((("stock", last, c), stock.rows[last][1][c], [("stock", r, c) for r in range(last)]))
    return constraints


def cell_values(found: YearlyFigures) -> dict[Any, int]:
    """Every count a document shows, by key: a figure's code, (table, row, column), (distribution, bin)."""
    values: dict[Any, int] = {f.code: int(f.value) for f in found.figures if f.kind == "count" and f.value is not None}
    for name in ("per_month", "stock", "districts"):
        table: Grid = getattr(found, name)
        for r, (_, row) in enumerate(table.rows):
            for c, count in enumerate(row):
                values[(name, r, c)] = count
    for name in ("waiting_allocated", "waiting_queue", "vacancy_allocated", "vacancy_year_end"):
        distribution: Distribution = getattr(found, name)
        for i, count in enumerate(distribution.counts):
            values[(name, i)] = count
        values[(name, "total")] = distribution.total
    return values


def hidden_cells(found: YearlyFigures) -> set[Any]:
    """Every cell the documents show as «<5» or leave out, small counts and those that would give one
    away; a share whose numerator or denominator is hidden is hidden with it (V5, B3)."""
    hidden = protect(cell_values(found), figure_constraints(found))
    for share, parts in (("V5", ("V4", "A2")), ("B3", ("B2", "B1"))):
        if any(p in hidden for p in parts):
            hidden.add(share)
    return hidden
