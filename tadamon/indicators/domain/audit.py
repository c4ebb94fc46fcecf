"""What an outsider can work out about each hidden value of a published table, by linear
programming (the standard audit of statistical disclosure control).

A table says some values (cells, row and column totals, the grand total) and hides others. Every
hidden value is a variable of at least 0; every total is an equation, "the total is the sum of its
parts", in which the values the table shows are constants (a hidden total is a variable like any
other, so its equation still links the hidden values it adds up). The smallest and the largest
value each hidden variable can take while every equation holds is what anyone can deduce about it
from the table (the LP relaxation: for these tables, whose equations are those of a network, the
bounds are whole numbers, what an outsider who knows the counts are whole would find too). A
hidden value is protected when that range is at least the threshold wide: nobody can pin it down
closer than that.

HiGHS solves the linear programmes (`highspy`): one model per table, then for each hidden value a
maximisation and, if need be, a minimisation of that variable alone, each started from the last
basis (primal simplex), which takes a few iterations. Every solution found is also a witness: a
value that two witnesses (the true values are one) put at least the threshold apart is protected
without solving for its own range, and a few solutions that push many values at once settle most
of them first."""

import math
from collections.abc import Hashable, Iterable

import highspy
import numpy as np

TOLERANCE = 1e-6


class _Total:
    """The key of a total in a two-way table: (row, TOTAL) is a row's total, (TOTAL, column) a
    column's, (TOTAL, TOTAL) the grand total."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "TOTAL"

    def __reduce__(self):
        return "TOTAL"


TOTAL = _Total()

Equation = tuple[Hashable, list]  # (the total's key, the keys of what it adds up)


def line_equations(keys: Iterable, total_key: Hashable = TOTAL) -> list[Equation]:
    """A one-way table: its total is the sum of its cells."""
    return [(total_key, list(keys))]


def grid_equations(rows: Iterable, columns: Iterable) -> list[Equation]:
    """A two-way table with its totals: each row's and each column's, and the grand total as the
    sum of the row totals and of the column totals. Keys are (row, column), (row, TOTAL),
    (TOTAL, column) and (TOTAL, TOTAL)."""
    rows, columns = list(rows), list(columns)
    equations = [((r, TOTAL), [(r, c) for c in columns]) for r in rows]
    equations += [((TOTAL, c), [(r, c) for r in rows]) for c in columns]
    equations.append(((TOTAL, TOTAL), [(r, TOTAL) for r in rows]))
    equations.append(((TOTAL, TOTAL), [(TOTAL, c) for c in columns]))
    return equations


def group_key(group) -> tuple:
    """The row of a group's subtotals in `grouped_equations`."""
    return ("group", group)


def grouped_equations(rows: Iterable, columns: Iterable, groups: dict) -> list[Equation]:
    """`grid_equations` for a table whose rows are grouped ({row: group}: provinces in their
    regions), each group's subtotals published too, in rows keyed `group_key(group)`: the table of
    the groups and the table of each group's rows are then read together."""
    rows, columns = list(rows), list(columns)
    members = {}
    for r in rows:
        members.setdefault(group_key(groups[r]), []).append(r)
    equations = grid_equations(rows, columns)
    equations = [e for e in equations if e[0][0] is not TOTAL]  # the grand total adds the groups up
    equations += [((g, TOTAL), [(g, c) for c in columns]) for g in members]
    equations += [((g, c), [(r, c) for r in rs]) for g, rs in members.items() for c in [*columns, TOTAL]]
    equations += [((TOTAL, c), [(g, c) for g in members]) for c in [*columns, TOTAL]]
    return equations


def grid_values(cells: dict, row_totals: dict, column_totals: dict, total) -> dict:
    """A two-way table as published (None where hidden), keyed as `grid_equations` says."""
    values = dict(cells)
    values.update({(r, TOTAL): v for r, v in row_totals.items()})
    values.update({(TOTAL, c): v for c, v in column_totals.items()})
    values[(TOTAL, TOTAL)] = total
    return values


class Audit:
    """The linear programme of a published table: `published` gives every value, None where it is
    hidden; `equations` are the totals and what each adds up."""

    def __init__(self, published: dict, equations: list[Equation]):
        self.published = published
        self.hidden = [key for key, value in published.items() if value is None]
        self.index = {key: i for i, key in enumerate(self.hidden)}
        starts, indices, coefficients, bounds = [], [], [], []
        for total, parts in equations:
            row = {}
            constant = 0.0
            for key, sign in ((total, -1.0), *((part, 1.0) for part in parts)):
                if key in self.index:
                    row[self.index[key]] = row.get(self.index[key], 0.0) + sign
                else:
                    constant += sign * published[key]
            row = {i: c for i, c in row.items() if c}
            if not row:
                continue  # everything in it is shown: it says nothing about the hidden values
            starts.append(len(indices))
            indices += list(row)
            coefficients += list(row.values())
            bounds.append(-constant)
        self.linked = set(indices)
        n = len(self.hidden)
        solver = highspy._Highs()  # the bare solver: the Python wrapper prints a banner when it is made
        for option, value in (("output_flag", False), ("presolve", "off"),
                              ("simplex_strategy", 4), ("simplex_scale_strategy", 0)):
            solver.setOptionValue(option, value)
        solver.addVars(n, np.zeros(n), np.full(n, highspy.kHighsInf))
        if bounds:
            solver.addRows(len(bounds), np.array(bounds), np.array(bounds), len(indices),
                           np.array(starts, dtype=np.int32), np.array(indices, dtype=np.int32),
                           np.array(coefficients))
        self.solver = solver
        self._objective = None
        self.solves = 0

    def _optimise(self, i: int, maximise: bool) -> tuple[float, np.ndarray | None]:
        """The smallest or largest value of variable i, and the solution that reaches it (None when
        it has no largest value)."""
        if self._objective != i:
            if self._objective is not None:
                self.solver.changeColCost(self._objective, 0.0)
            self.solver.changeColCost(i, 1.0)
            self._objective = i
        self.solver.changeObjectiveSense(highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize)
        self.solver.run()
        self.solves += 1
        status = self.solver.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return self.solver.getInfo().objective_function_value, np.array(self.solver.getSolution().col_value)
        if maximise and status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
            return math.inf, None
        raise RuntimeError(f"the audit's linear programme ended {self.solver.modelStatusToString(status)}")

    def _spread(self, indices: list, seen_low, seen_high, threshold: float) -> None:
        """Witnesses that move many values at once: solutions that make the sum of a different
        share of the unsettled values, with different weights, as large as it can be. A fixed
        seed: the same table is audited the same way."""
        rng = np.random.default_rng(0)
        indices = np.array(indices, dtype=np.int32)
        if self._objective is not None:
            self.solver.changeColCost(self._objective, 0.0)
            self._objective = None
        for _round in range(40):
            open_ = indices[seen_high[indices] - seen_low[indices] < threshold - TOLERANCE]
            if len(open_) < 20:
                return
            chosen = open_[rng.random(len(open_)) < 0.3]
            weights = rng.random(len(chosen)) + 0.5
            self.solver.changeColsCost(len(chosen), chosen, weights)
            self.solver.changeObjectiveSense(highspy.ObjSense.kMaximize)
            self.solver.run()
            self.solves += 1
            if self.solver.getModelStatus() == highspy.HighsModelStatus.kOptimal:
                solution = np.array(self.solver.getSolution().col_value)
                np.minimum(seen_low, solution, out=seen_low)
                np.maximum(seen_high, solution, out=seen_high)
            self.solver.changeColsCost(len(chosen), chosen, np.zeros(len(chosen)))
            settled = len(open_) - int(np.sum(seen_high[indices] - seen_low[indices] < threshold - TOLERANCE))
            if settled < max(3, len(open_) // 50):
                return

    def range(self, key) -> tuple[float, float]:
        """The smallest and largest value the hidden `key` can have given what the table shows."""
        i = self.index[key]
        if i not in self.linked:
            return 0.0, math.inf  # in no published total: anything
        low, _solution = self._optimise(i, maximise=False)
        high, _solution = self._optimise(i, maximise=True)
        return _clean(low), _clean(high)

    def ranges(self, keys: Iterable | None = None) -> dict:
        return {key: self.range(key) for key in (self.hidden if keys is None else keys)}

    def narrow(self, threshold: float, keys: Iterable | None = None, known: dict | None = None) -> dict:
        """{key: (smallest, largest)} of the hidden values (all, or `keys`) whose range is less
        than `threshold` wide. `known` (the true values, which the table's equations hold for) is a
        first witness; each solution found is another, so most values are shown to be protected
        without solving for their own range."""
        keys = list(self.hidden if keys is None else keys)
        n = len(self.hidden)
        if known is not None:
            seen_low = np.array([float(known[key]) for key in self.hidden]) if n else np.zeros(0)
        else:
            seen_low = np.full(n, math.inf)
        seen_high = seen_low.copy() if known is not None else np.full(n, -math.inf)
        narrow = {}
        self._spread([self.index[key] for key in keys if self.index[key] in self.linked], seen_low, seen_high,
                     threshold)
        for key in keys:
            i = self.index[key]
            if i not in self.linked or seen_high[i] - seen_low[i] >= threshold - TOLERANCE:
                continue
            high, solution = self._optimise(i, maximise=True)
            if solution is None:
                continue  # no upper bound at all
            np.minimum(seen_low, solution, out=seen_low)
            np.maximum(seen_high, solution, out=seen_high)
            if high - seen_low[i] >= threshold - TOLERANCE:
                continue
            if seen_low[i] < TOLERANCE:
                low = 0.0  # no value is below 0, and one witness has it there
            else:
                low, solution = self._optimise(i, maximise=False)
                np.minimum(seen_low, solution, out=seen_low)
                np.maximum(seen_high, solution, out=seen_high)
            if high - low < threshold - TOLERANCE:
                narrow[key] = (_clean(low), _clean(high))
        return narrow


def _clean(value: float) -> float:
    """A bound as a whole number when it is one (they all are for these tables), else as found."""
    if math.isinf(value):
        return value
    rounded = round(value)
    return float(rounded) if abs(value - rounded) < TOLERANCE else value


def audit_line(cells: dict, total) -> dict:
    """{hidden cell: (smallest, largest)} for a published one-way table (None where hidden)."""
    published = {**cells, TOTAL: total}
    audit = Audit(published, line_equations(cells, TOTAL))
    return audit.ranges()


def audit_grid(cells: dict, row_totals: dict, column_totals: dict, total) -> dict:
    """{hidden key: (smallest, largest)} for a published two-way table with its totals, keyed
    (row, column), (row, TOTAL), (TOTAL, column), (TOTAL, TOTAL)."""
    audit = Audit(grid_values(cells, row_totals, column_totals, total), grid_equations(row_totals, column_totals))
    return audit.ranges()


def too_narrow(ranges: dict, threshold: float) -> dict:
    """The ranges less than `threshold` wide."""
    return {key: r for key, r in ranges.items() if r[1] - r[0] < threshold - TOLERANCE}
