"""The summary report's commands: ``report`` (PDF, optionally the XLSX and the draft resolution),
``export`` (the folder for the council) and ``import`` (a data bundle into a database).

A database may hold several municipalities (the district's does); ``--municipality`` chooses one
by name, else the database's own municipality, else its only one.
"""

from __future__ import annotations

from pathlib import Path

from bmb_desktop.commands import base
from bmb_desktop.commands.base import EXIT_OK, Command
from bmb_desktop.errors import NotFoundError, UserError
from bmb_desktop.locale.i18n import N_, _


def _period_arguments(parser) -> None:
    parser.add_argument("--year", type=int, required=True, help=_("the year of the report"))
    parser.add_argument("--half", type=int, choices=(1, 2), default=None, help=_("the half-year (1 or 2); the whole year without it"))
    parser.add_argument("--municipality", default="", help=_("the municipality, when the database holds several"))
    base.add_today(parser)


def municipality_id(session, name: str) -> int:
    """The municipality called ``name``; without a name the own one, else the only one."""
    from sqlalchemy import select

    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.storage.models import Municipality

    municipalities = list(session.scalars(select(Municipality).order_by(Municipality.id)))
    if name:
        found = [m for m in municipalities if m.name.casefold() == name.strip().casefold()]
        if not found:
            raise NotFoundError(_("There is no municipality {name} in this database.", name=name))
        if len(found) > 1:
            raise UserError(_("Several municipalities are called {name} in this database.", name=name))
        return found[0].id
    own = own_municipality(session)
    if own is not None:
        return own.id
    if len(municipalities) == 1:
        return municipalities[0].id
    if not municipalities:
        raise UserError(_("This database holds no municipality yet."))
    raise UserError(_("This database holds several municipalities: choose one with --municipality NAME ({names}).", names=", ".join(m.name for m in municipalities)))


def _report_arguments(parser) -> None:
    _period_arguments(parser)
    base.add_db(parser)
    parser.add_argument("--out", type=Path, required=True, help=_("the PDF file to write"))
    parser.add_argument("--xlsx", type=Path, default=None, help=_("also write the report's tables to this spreadsheet (XLSX)"))
    parser.add_argument("--resolution", type=Path, default=None, help=_("also write the draft council resolution on hearing the report (PDF)"))


def _report(options) -> int:
    from bmb_desktop.services.report import gather_report, report_period
    from bmb_desktop.services.report_documents import report_resolution_pdf, summary_report_pdf
    from bmb_desktop.services.spreadsheet import report_workbook
    from bmb_desktop.storage.files import write_file_safely

    today, language = base.today(options), base.document_language(options)
    period = report_period(options.year, options.half, today=today)
    database = base.open_database(options)
    try:
        with database.session() as session:
            data = gather_report(session, municipality_id(session, options.municipality), period=period, today=today)
    finally:
        database.close()
    outputs = [(options.out, summary_report_pdf(data, language, printed_on=today))]
    if options.xlsx:
        outputs.append((options.xlsx, report_workbook(data, language)))
    if options.resolution:
        outputs.append((options.resolution, report_resolution_pdf(data, language)))
    for path, content in outputs:
        write_file_safely(path, content)
        print(_("Written: {path}", path=path))
    return EXIT_OK


def _export_arguments(parser) -> None:
    _period_arguments(parser)
    base.add_db(parser)
    parser.add_argument("--to", type=Path, required=True, help=_("the folder or drive to write the export folder into"))


def _export(options) -> int:
    from bmb_desktop.services.export import export_period, read_only_database
    from bmb_desktop.services.report import report_period
    from bmb_desktop.settings import load_settings

    today, language = base.today(options), base.document_language(options)
    period = report_period(options.year, options.half, today=today)
    database = read_only_database(options.db or load_settings().database)
    try:
        with database.session() as session:
            result = export_period(session, municipality_id(session, options.municipality), period, options.to, today=today, language=language)
    finally:
        database.close()
    print(_("Exported and checked: {folder} ({count} files)", folder=result.folder, count=len(result.files)))
    return EXIT_OK


def _import_arguments(parser) -> None:
    parser.add_argument("bundle", type=Path, help=_("the data bundle (.bmbdata) to import"))
    base.add_db(parser)


def _import(options) -> int:
    from bmb_desktop.services.bundle import import_bundle
    from bmb_desktop.services.report_documents import period_title
    from bmb_desktop.settings import load_settings

    settings = load_settings()
    result = import_bundle(options.bundle, options.db or settings.database, user_name=settings.user_name)
    period = period_title(result.period, base.document_language(options))
    if result.changed:
        print(_("Imported: {municipality}, {period}; {count} values added or changed.", municipality=result.municipality, period=period, count=result.changes))
    else:
        print(_("Nothing to import: the database already holds {municipality}, {period} as in the bundle.", municipality=result.municipality, period=period))
    return EXIT_OK


COMMANDS = (
    Command("report", N_("write the half-year or yearly summary report (PDF, optionally XLSX and the draft resolution)"), _report_arguments, _report),
    Command("export", N_("write the folder for the council: report, spreadsheet, acts and the data bundle"), _export_arguments, _export),
    Command("import", N_("load a data bundle into a database; importing it again changes nothing"), _import_arguments, _import),
)
