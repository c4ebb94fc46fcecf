"""Small cells hidden in public figures: any count of people under 5 is suppressed, and so is a
second cell beside a lone suppressed one, so that subtracting the others from the published
total cannot bring it back. A total under 5 is suppressed too."""

THRESHOLD = 5


def suppress(cells: dict, total: int | None = None, threshold: int = THRESHOLD) -> tuple[dict, int | None]:
    """(cells with suppressed values as None, the total or None). Cells are {key: value}."""
    hidden = {key for key, value in cells.items() if value < threshold}
    if total is not None and len(hidden) == 1 and len(cells) > 1:
        # One hidden cell could be recovered from the total: hide the smallest other one as well.
        others = sorted((value, str(key), key) for key, value in cells.items() if key not in hidden)
        hidden.add(others[0][2])
    shown = {key: (None if key in hidden else value) for key, value in cells.items()}
    if total is not None and total < threshold:
        total = None
    return shown, total


def suppress_grid(grid: dict, threshold: int = THRESHOLD) -> dict:
    """A two-way table {(row, column): value} whose row and column totals are published: cells
    under the threshold are hidden, then any row or column left with a single hidden cell gets its
    smallest other cell hidden too, until none is left alone (the usual complementary pass)."""
    hidden = {key for key, value in grid.items() if value < threshold}
    changed = True
    while changed:
        changed = False
        for axis in (0, 1):
            lines = {}
            for key in grid:
                lines.setdefault(key[axis], []).append(key)
            for keys in lines.values():
                alone = [k for k in keys if k in hidden]
                others = sorted((grid[k], str(k), k) for k in keys if k not in hidden)
                if len(alone) == 1 and others:
                    hidden.add(others[0][2])
                    changed = True
    return {key: (None if key in hidden else value) for key, value in grid.items()}
