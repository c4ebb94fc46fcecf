"""Small counts of people hidden in public figures, so that no hidden value can be worked back
from what a table shows (docs/open-data.md).

Primary suppression hides every count under the threshold (5), totals included. Complementary
suppression then hides more values until nobody can narrow any hidden value to a range less than
the threshold wide using the table's totals together (rows, columns, the grand total):

- a one-way table with its total (`suppress`): the hidden cells add up to what the total leaves,
  and each can be anything from 0 to that sum, so there must be two hidden cells or more adding up
  to at least the threshold (exact; the audit agrees);
- a two-way table with its totals (`suppress_table`; optionally with its rows grouped, provinces
  in regions, each group's subtotals published too): the row and column totals are suppressed as
  one-way tables first (the same rule, so a one-way table of the same figures usually hides the
  same ones), then cells are hidden by cheap rules (no line may keep a single hidden value, nor hidden values
  adding up to less than the threshold) and the linear-programming audit of `audit.py` confirms
  every hidden value; where it finds one too narrow, the cheapest rectangle of cells that protects
  it is hidden as well, and the table is audited again until it passes.

A zero is a count under the threshold like any other: hidden, and protected. Complements are the
smallest values first, ties broken by the table's order: the same table always gets the same
pattern."""

import dataclasses
import functools

from tadamon.indicators.domain.audit import TOTAL, Audit

THRESHOLD = 5


def suppress(cells: dict, total: int | None = None, threshold: int = THRESHOLD) -> tuple[dict, int | None]:
    """(cells with suppressed values as None, the total or None). Cells are {key: value}; the
    total, when given, is published unless it is under the threshold itself."""
    hidden = {key for key, value in cells.items() if value < threshold}
    if total is not None and total >= threshold:
        # Hidden cells 1 and 3 beside a published total lie each between 0 and 4: hide the
        # smallest others until there are two or more, adding up to the threshold at least.
        others = sorted((value, str(key), key) for key, value in cells.items() if key not in hidden)
        while hidden and others and (len(hidden) < 2 or sum(cells[key] for key in hidden) < threshold):
            hidden.add(others.pop(0)[2])
    shown = {key: (None if key in hidden else value) for key, value in cells.items()}
    if total is not None and total < threshold:
        total = None
    return shown, total


@dataclasses.dataclass
class Suppressed:
    """A two-way table as it may be published: None where a value is hidden."""

    cells: dict  # (row, column) -> value or None
    row_totals: dict
    column_totals: dict
    total: int | None
    group_cells: dict = dataclasses.field(default_factory=dict)  # (group, column) -> value or None
    group_totals: dict = dataclasses.field(default_factory=dict)


def suppress_grid(grid: dict, threshold: int = THRESHOLD) -> dict:
    """The cells of `suppress_table` (a table whose totals are published, hidden where under the
    threshold or where `suppress_table` says)."""
    return suppress_table(grid, threshold=threshold).cells


def suppress_table(grid: dict, rows: list | None = None, columns: list | None = None, groups: dict | None = None,
                   threshold: int = THRESHOLD) -> Suppressed:
    """A two-way table {(row, column): value} with its row and column totals and grand total,
    suppressed so that the audit finds every hidden value at least `threshold` wide. `rows` and
    `columns` give the order (by default, the grid's); `groups` ({row: group}, in the rows' order)
    adds a subtotal row per group, published too (a national table of provinces with their
    regions' subtotals: the regional tables are then parts of it, with the same hidden cells)."""
    rows = list(dict.fromkeys(key[0] for key in grid)) if rows is None else list(rows)
    columns = list(dict.fromkeys(key[1] for key in grid)) if columns is None else list(columns)
    group_of = tuple(groups[r] for r in rows) if groups is not None else None
    values = tuple(grid.get((r, c), 0) for r in rows for c in columns)
    hidden = _pattern(tuple(rows), tuple(columns), values, group_of, threshold)
    table = _Grid(rows, columns, values, group_of)

    def shown(key):
        return None if key in hidden else table.values[key]

    group_keys = list(dict.fromkeys(group_of)) if group_of else []
    return Suppressed(
        cells={(r, c): shown((("r", r), c)) for r in rows for c in columns},
        row_totals={r: shown((("r", r), TOTAL)) for r in rows},
        column_totals={c: shown((TOTAL, c)) for c in columns},
        total=shown((TOTAL, TOTAL)),
        group_cells={(g, c): shown((("g", g), c)) for g in group_keys for c in columns},
        group_totals={g: shown((("g", g), TOTAL)) for g in group_keys},
    )


@functools.lru_cache(maxsize=64)
def _pattern(rows: tuple, columns: tuple, values: tuple, group_of: tuple | None, threshold: int) -> frozenset:
    """The hidden keys of the table (a pure function of it: the national table a regional one is
    cut from is worked out once per process and figures)."""
    return frozenset(_Grid(list(rows), list(columns), values, group_of).protect(threshold))


class _Grid:
    """The table with its totals, every value keyed (row, column): rows are ("r", row), ("g",
    group) for a group's subtotals and TOTAL for the column totals; columns are the columns and
    TOTAL for the row totals. Each block is a parent row (TOTAL, or a group) and the rows it adds
    up; every row adds up along the columns to its TOTAL column."""

    def __init__(self, rows: list, columns: list, values: tuple, group_of: tuple | None):
        self.columns = columns
        leaves = [("r", r) for r in rows]
        cells = iter(values)
        self.values = {(leaf, c): next(cells) for leaf in leaves for c in columns}
        self._add_totals(leaves, group_of)
        self._index_equations()
        self._merge_aliases()
        self.position = {key: i for i, key in enumerate(self.values)}
        # Complements are found among the cells and the groups' subtotals; the totals (TOTAL
        # column and row) follow the one-way rule, like the one-way tables of the same figures.
        self.hideable = {key for key in self.values if key[0] is not TOTAL and key[1] is not TOTAL}

    def _add_totals(self, leaves: list, group_of: tuple | None) -> None:
        """The groups' subtotals, the column totals and every row's total, with the equations that
        tie each total to its parts."""
        columns = self.columns
        if group_of is None:
            self.blocks = [(TOTAL, leaves)]
        else:
            children = {}
            for leaf, group in zip(leaves, group_of, strict=True):
                children.setdefault(("g", group), []).append(leaf)
            self.blocks = [(TOTAL, list(children)), *children.items()]
        for parent, members in reversed(self.blocks):  # groups first, then the grand total
            for c in columns:
                self.values[(parent, c)] = sum(self.values[(m, c)] for m in members)
        all_rows = [*leaves, *[parent for parent, _m in self.blocks[1:]], TOTAL]
        for row in all_rows:
            self.values[(row, TOTAL)] = sum(self.values[(row, c)] for c in columns)
        self.equations = [((row, TOTAL), [(row, c) for c in columns]) for row in all_rows]
        for parent, members in self.blocks:
            self.equations += [((parent, c), [(m, c) for m in members]) for c in [*columns, TOTAL]]

    def _index_equations(self) -> None:
        self.lines = {}  # key -> the equations it is in
        for equation in self.equations:
            for key in (equation[0], *equation[1]):
                self.lines.setdefault(key, []).append(equation)
        self.row_blocks = {}  # row -> the blocks it is in
        for parent, members in self.blocks:
            for row in (*members, parent):
                self.row_blocks.setdefault(row, []).append((parent, members))

    def _merge_aliases(self) -> None:
        """A total of a single value is that value (one column, a group of one row): both are
        hidden or shown together."""
        self.aliases = {key: {key} for key in self.values}
        for total, parts in self.equations:
            if len(parts) == 1 and self.aliases[total] is not self.aliases[parts[0]]:
                merged = self.aliases[total] | self.aliases[parts[0]]
                for key in merged:
                    self.aliases[key] = merged

    def order(self, key):
        return self.values[key], self.position[key]

    def hide(self, hidden: set, key) -> None:
        hidden |= self.aliases[key]

    def protect(self, threshold: int) -> set:
        values = self.values
        if values[(TOTAL, TOTAL)] < threshold:
            return set(values)  # every count in it is small
        hidden = self._primary(threshold)
        proven = set()
        while True:
            self._cheap(hidden, threshold)
            published = {key: (None if key in hidden else value) for key, value in values.items()}
            unproven = sorted(hidden - proven, key=self.order)
            narrow = Audit(published, self.equations).narrow(threshold, unproven, known=values)
            proven.update(key for key in unproven if key not in narrow)
            if not narrow:
                return hidden
            if not self._repair(sorted(narrow, key=self.order), hidden, threshold):
                self._hide_more_of_everything(hidden, narrow)

    def _primary(self, threshold: int) -> set:
        """Every value under the threshold, and the totals' one-way complements."""
        hidden = set()
        for key, value in self.values.items():
            if value < threshold:
                self.hide(hidden, key)
        self._one_way([(TOTAL, c) for c in self.columns], (TOTAL, TOTAL), hidden, threshold)
        for parent, members in self.blocks:
            self._one_way([(m, TOTAL) for m in members], (parent, TOTAL), hidden, threshold)
        return hidden

    def _hide_more_of_everything(self, hidden: set, narrow) -> None:
        """Nothing left to try around the narrow values: every cell, then every total but the
        grand total (each value then lies anywhere between 0 and the grand total)."""
        before = len(hidden)
        for key in self.hideable if not self.hideable <= hidden else self.values:
            if key not in self.aliases[(TOTAL, TOTAL)]:
                self.hide(hidden, key)
        if len(hidden) == before:
            raise RuntimeError(f"no pattern protects {narrow}")

    def _one_way(self, keys: list, total, hidden: set, threshold: int) -> None:
        """Totals hidden as `suppress` hides a one-way table's cells (same rule, same ties), or,
        under a hidden total, one of them at least (all shown, they would give it)."""
        names = {key: (key[1] if key[0] is TOTAL else key[0][1]) for key in keys}
        if total not in hidden:
            shown, _total = suppress({names[key]: self.values[key] for key in keys}, self.values[total], threshold)
            for key in keys:
                if shown[names[key]] is None:
                    self.hide(hidden, key)
        elif keys and not any(key in hidden for key in keys):
            self.hide(hidden, min(keys, key=lambda key: (self.values[key], str(names[key]))))

    def _cheap(self, hidden: set, threshold: int) -> None:
        """No total may leave a single hidden value in its line (the total gives it), nor hidden
        values adding up to less than the threshold (each lies between 0 and their sum)."""
        changed = True
        while changed:
            changed = False
            for total, parts in self.equations:
                shut = [p for p in parts if p in hidden]
                if total in hidden:
                    needed = not shut
                else:
                    needed = shut and (len(shut) < 2 or sum(self.values[p] for p in shut) < threshold)
                if needed:
                    # Cells where there are any; in a line of totals (a total hidden since), a total.
                    allowed = self.hideable if any(p in self.hideable for p in parts) else self.values
                    more = min((p for p in parts if p not in hidden and p in allowed
                                and p not in self.aliases[(TOTAL, TOTAL)]), key=self.order, default=None)
                    if more is None and total not in hidden and total in self.hideable:
                        more = total  # a group's subtotal with a single row under it
                    if more is not None:
                        self.hide(hidden, more)
                        changed = True

    def _repair(self, narrow: list, hidden: set, threshold: int) -> bool:
        """Hide, for each value found too narrow, the cheapest rectangle of cells around it (in one
        of its blocks) whose values can move by the threshold together; failing any, its smallest
        neighbour (a total if no cell is left). Whether anything was hidden."""
        added = set()
        for key in narrow:
            corners = self._rectangle(key, hidden, threshold, added)
            if corners is None:
                neighbours = {p for total, parts in self.lines[key] for p in (total, *parts)} - hidden
                pool = [p for p in neighbours if p in self.hideable] or neighbours - self.aliases[(TOTAL, TOTAL)]
                corners = [min(pool, key=self.order)] if pool else []
            for corner in corners:
                if corner not in hidden:
                    self.hide(hidden, corner)
                    added |= self.aliases[corner]
        return bool(added)

    def _rectangle(self, key, hidden: set, threshold: int, added: set):  # noqa: C901 - one search over a block's rectangles: split up, its ranking would be spread over helpers
        """The corners of the best rectangle through `key` in one of its blocks: the cycle they
        open (+t, -t, +t, -t around it, which leaves the block's totals as they are) moves `key` by
        the threshold at least, and the new values to hide are as small as possible; or the widest
        cycle if none is wide enough. () when a rectangle hidden a moment ago already does it, None
        when there is no rectangle with something new to hide."""
        row, column = key
        best, best_rank = None, None
        for parent, members in self.row_blocks.get(row, []):

            def sign(k, parent=parent):  # a total of the block moves against the cells it adds up
                return -1 if (k[0] == parent) != (k[1] is TOTAL) else 1

            for other_row in (*members, parent):
                if other_row == row:
                    continue
                for other_column in (*self.columns, TOTAL):
                    if other_column == column:
                        continue
                    corners = (key, (row, other_column), (other_row, column), (other_row, other_column))
                    new = [c for c in corners if c not in hidden]
                    if any(c not in self.hideable for c in new):
                        continue
                    ups, downs = [], []
                    for corner, turn in zip(corners, (1, -1, -1, 1), strict=True):
                        (ups if turn * sign(corner) > 0 else downs).append(self.values[corner])
                    width = min(downs, default=float("inf")) + min(ups, default=float("inf"))
                    if not new:
                        if width >= threshold and added.intersection(corners):
                            return ()
                        continue
                    rank = (width < threshold, -width if width < threshold else 0,
                            sum(self.values[c] for c in new), len(new), [self.position[c] for c in corners])
                    if best_rank is None or rank < best_rank:
                        best, best_rank = corners, rank
        return best
