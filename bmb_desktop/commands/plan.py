"""The plan's commands: the plan, its council resolution and the indicator sheet as PDF; the plan's
items with their progress, the monitored objects and the indicators as listings.

``print plan --year 2026`` prints the version in force; ``print plan 1 --year 2026`` an earlier
version by its number. ``print plan-resolution --year 2026`` prints the resolution approving the
newest version (a draft until the council has adopted it); ``print indicators`` the indicator sheet
as of ``--today``.
"""

from __future__ import annotations

from bmb_desktop.commands import base
from bmb_desktop.commands.registry import Listable, Printable
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _


def _year(options) -> int:
    return getattr(options, "year", None) or base.today(options).year


def _version_number(options) -> int | None:
    number = getattr(options, "number", None)
    if not number:
        return None
    if not number.strip().isdigit():
        raise UserError(_("Give the number of the plan's version, e.g. 2."))
    return int(number)


def _plan(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.plan_documents import plan_pdf

    return plan_pdf(
        session, municipality_id, year=_year(options), as_of=base.today(options),
        version_number=_version_number(options), language=language,
    )  # fmt: skip


def _plan_resolution(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.plan_documents import plan_resolution_pdf

    return plan_resolution_pdf(
        session, municipality_id, year=_year(options), as_of=base.today(options),
        version_number=_version_number(options), language=language,
    )  # fmt: skip


def _indicators_sheet(session, municipality_id, options, language) -> bytes:
    from bmb_desktop.services.plan_documents import indicator_sheet_pdf

    return indicator_sheet_pdf(session, municipality_id, as_of=base.today(options), language=language)


def _plans(session, municipality_id, options):
    from bmb_desktop.services.plan_progress import plans_listing

    return plans_listing(session, municipality_id, today=base.today(options))


def _objects(session, municipality_id, _options):
    from bmb_desktop.services.objects import objects_listing

    return objects_listing(session, municipality_id)


def _indicators(session, municipality_id, options):
    from bmb_desktop.services.indicators import indicators_listing

    return indicators_listing(session, municipality_id, today=base.today(options))


PRINTABLES = (
    Printable("plan", False, _plan),
    Printable("plan-resolution", False, _plan_resolution),
    Printable("indicators", False, _indicators_sheet),
)
LISTABLES = (
    Listable("plans", _plans),
    Listable("objects", _objects),
    Listable("indicators", _indicators),
)
