"""A table kept with its neighbours: the heading above and what follows (a signature, say).

A heading must not end a page with its table on the next, and a signature must not stand alone on
a page: council clerks reject both. ReportLab's KeepTogether would move a whole long table to the
next page instead; this flowable splits the table between rows and keeps the first rows with the
heading and the last row with the trailing flowables.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Table


class TableSection(Flowable):
    """A table with the flowables printed before and after it, split only between table rows."""

    def __init__(
        self, table: Table, *, before: Sequence[Flowable] = (), after: Sequence[Flowable] = ()
    ) -> None:
        super().__init__()
        self.table = table
        self.before = list(before)
        self.after = list(after)
        for flowable in self.before:
            # kept with the table here; the document must not wrap it in a KeepTogether again
            flowable.__dict__["keepWithNext"] = 0
        self._sizes: list[tuple[float, float]] = []

    def _parts(self) -> list[Flowable]:
        return [*self.before, self.table, *self.after]

    def _stack_height(self, flowables: Sequence[Flowable], width: float, height: float) -> float:
        total = 0.0
        for flowable in flowables:
            _w, h = flowable.wrapOn(self.canv, width, height)
            total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total

    def wrap(self, available_width, available_height):
        parts = self._parts()
        self._sizes = [f.wrapOn(self.canv, available_width, available_height) for f in parts]
        spacing = sum(f.getSpaceBefore() + f.getSpaceAfter() for f in parts)
        self.width = available_width
        self.height = sum(height for _w, height in self._sizes) + spacing
        return self.width, self.height

    def split(self, available_width, available_height):
        head = self._stack_height(self.before, available_width, available_height)
        _w, table_height = self.table.wrapOn(self.canv, available_width, available_height)
        room = available_height - head
        if table_height <= room:
            # Splitting is asked for although the table fits, so what follows does not:
            # carry the table's last row over to the next page with it.
            room = table_height - 1
        pieces = self.table.split(available_width, room)
        if len(pieces) != 2:
            return []  # not even the first row fits under the heading: start on the next page
        first, rest = pieces
        return [*self.before, first, TableSection(rest, after=self.after)]

    def draw(self):
        y = self.height
        for flowable, (width, height) in zip(self._parts(), self._sizes, strict=True):
            y -= flowable.getSpaceBefore() + height
            flowable.drawOn(self.canv, 0, y, _sW=self.width - width)
            y -= flowable.getSpaceAfter()


def kept_sections(
    sections: Sequence[tuple[Flowable | None, Flowable]], *, after: Sequence[Flowable] = ()
) -> list[Flowable]:
    """Lay out (heading or None, body) sections; the last one keeps ``after`` (the signatures).

    A table body is split between rows where needed; any other body moves whole with its heading.
    """
    laid_out: list[Flowable] = []
    for index, (heading, body) in enumerate(sections):
        before = [heading] if heading is not None else []
        trailing = list(after) if index == len(sections) - 1 else []
        if isinstance(body, Table):
            laid_out.append(TableSection(body, before=before, after=trailing))
        else:
            laid_out.append(KeepTogether([*before, body, *trailing]))
    return laid_out
