"""A notice printed as a poster: the notice, the municipality and the posting date, to a PDF."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.labels import label
from bmb_desktop.services.notices import PAPER_SIZES, first_posted_on, get_notice
from bmb_desktop.storage.models import Municipality

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.poster import PosterDocument


def poster_document(
    session: Session, municipality_id: int, notice_id: int, *, language: str = "ky",
    paper: str | None = None, posted_on: date | None = None, contact: bool = True,
) -> PosterDocument:
    """The poster of notice ``notice_id`` on the notice's own paper unless ``paper`` is given.

    The posting date printed is ``posted_on``, else the notice's first posting, else its date.
    The contact line names the responsible secretary and the aiyl okmotu's phone.
    """
    from bmb_desktop.documents.poster import PosterDocument

    notice = get_notice(session, municipality_id, notice_id)
    paper = paper or notice.paper_size
    if paper not in PAPER_SIZES:
        raise ValidationError({"paper": translate("Choose A4 or A3 paper.", language)})
    municipality = session.get(Municipality, municipality_id)
    reach = ", ".join(part for part in (municipality.responsible_secretary.strip(), municipality.phone.strip()) if part)
    return PosterDocument(
        issuer=municipality.aiyl_okmotu_name or municipality.name,
        title=notice.title,
        body=notice.body,
        posted_on=posted_on or first_posted_on(notice) or notice.created_on,
        contact=reach if contact else "",
        paper=paper,
        subject=label(notice.kind, language),
    )


def notice_pdf(
    session: Session, municipality_id: int, notice_id: int, *, language: str = "ky",
    paper: str | None = None, posted_on: date | None = None, contact: bool = True,
) -> bytes:
    from bmb_desktop.documents.poster import render_poster

    document = poster_document(
        session, municipality_id, notice_id, language=language, paper=paper, posted_on=posted_on, contact=contact
    )
    return render_poster(document, language)


def notice_poster_layout(
    session: Session, municipality_id: int, notice_id: int, *, language: str = "ky", paper: str | None = None
):
    """The type sizes the notice prints in; ``layout.readable`` is False when a long text had to be
    set below 20 pt on A4 (the window suggests A3 or a shorter text)."""
    from bmb_desktop.documents.poster import poster_layout

    return poster_layout(poster_document(session, municipality_id, notice_id, language=language, paper=paper), language)
