"""The report's tables as an XLSX: a sheet per table, typed values, styled headers, usable widths."""

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bmb_desktop.domain.report import Period
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.report import gather_report
from bmb_desktop.services.spreadsheet import MAX_WIDTH, report_sheets, report_workbook
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    with database.session() as session:
        gathered = gather_report(session, session.scalar(select(Municipality.id)), period=Period(2026, 1), today=TODAY)
    database.close()
    return gathered


@pytest.fixture(scope="module")
def book(data):
    return load_workbook(io.BytesIO(report_workbook(data, "ky")))


def test_every_table_of_the_report_has_its_sheet_in_the_document_language(book):
    assert book.sheetnames == [
        "Жыйынтык", "Мүчөлөр", "Өзгөрүүлөр", "Жыйналыштар", "План", "Актылар", "Жооптор", "Сунуштамалар",
        "Индикаторлор", "Кулактандыруулар", "Билдирүүлөр", "Сурамжылоолор",
    ]  # fmt: skip


def test_the_russian_spreadsheet_names_its_sheets_in_russian(data):
    names = load_workbook(io.BytesIO(report_workbook(data, "ru"))).sheetnames
    assert names[:3] == ["Итоги", "Члены группы", "Изменения"] and "Рекомендации" in names


def test_dates_are_dates_and_counts_are_numbers(book):
    meetings = book["Жыйналыштар"]
    assert meetings["B2"].value == datetime(2026, 1, 15) and meetings["B2"].number_format == "DD.MM.YYYY"
    assert meetings["E2"].value == 5 and meetings["F2"].value == 5
    answers = book["Жооптор"]
    assert answers["C2"].value == datetime(2026, 4, 6) and answers["E2"].value == datetime(2026, 4, 17)


def test_shares_are_numbers_shown_as_percentages(book):
    surveys = book["Сурамжылоолор"]
    assert surveys["F2"].value == pytest.approx(43 / 104) and surveys["F2"].number_format == "0%"
    summary = {row[0].value: row[1] for row in book["Жыйынтык"].iter_rows(min_row=2)}
    assert summary["Сунуштамалардын аткарылуу деңгээли"].value == pytest.approx(0.25)
    assert summary["Сунуштамалардын аткарылуу деңгээли"].number_format == "0%"
    assert summary["Мезгил"].value == "2026-жылдын I жарым жылдыгы"


def test_headers_are_bold_frozen_and_filterable(book):
    sheet = book["Сунуштамалар"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:E{sheet.max_row}"
    assert [cell.value for cell in sheet[1]] == ["Акт", "Алуучу", "Сунуштама", "Мөөнөтү", "Абалы"]


def test_columns_are_as_wide_as_their_content_up_to_a_limit(book):
    sheet = book["Сунуштамалар"]
    assert sheet.column_dimensions["A"].width < 12
    assert sheet.column_dimensions["C"].width == MAX_WIDTH  # the recommendation texts wrap
    assert sheet["C2"].alignment.wrap_text


def test_an_empty_table_keeps_its_header(book):
    changes = book["Өзгөрүүлөр"]
    assert changes.max_row == 1 and changes["A1"].value == "Күнү"


def test_the_sheets_hold_the_same_rows_as_the_report(data):
    sheets = {sheet.title: sheet for sheet in report_sheets(data, "ky")}
    assert len(sheets["Сунуштамалар"].rows) == len(data.recommendations) == 8
    assert [row[0] for row in sheets["Актылар"].rows] == ["1/2026", "2/2026"]
    assert len(sheets["Билдирүүлөр"].rows) == 8
