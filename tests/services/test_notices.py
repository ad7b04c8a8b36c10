"""Notices on the demo database: texts filled from the data, the secretary's edits kept, boards,
postings with a photo, and the posting deadlines tied to the formation tracker."""

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import FormationStepCode, MeetingKind, NoticeKind
from bmb_desktop.domain.findings import Severity
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.services.attachments import attachments_folder
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.formation import formation_warnings, process_timeline, processes
from bmb_desktop.services.notice_boards import (
    PostingDraft,
    add_board,
    add_posting,
    attach_posting_photo,
    board_listing,
    boards,
    delete_board,
    delete_posting,
    posting_photo,
    record_removal,
    remove_posting_photo,
    reorder_boards,
    update_board,
)
from bmb_desktop.services.notice_texts import fill_notice, report_period
from bmb_desktop.services.notices import (
    NoticeDraft,
    check_notice,
    create_notice,
    delete_notice,
    draft_of,
    get_notice,
    notice_listing,
    refilled_draft,
    update_notice,
)
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Act, Attachment, Meeting, Municipality, Notice, PlanItem, Posting, Resolution

TODAY = date(2026, 11, 21)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # the photo's content matters only for its checksum
NOTICE_RULES = {"notice_formation", "notice_composition", "notice_report", "notice_event"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def session(tmp_path, demo):
    copy_database(demo, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


def notice_of(session, kind: NoticeKind) -> Notice:
    return session.scalars(select(Notice).where(Notice.kind == kind).order_by(Notice.id)).first()


def notice_findings(session, today=TODAY):
    return [f for f in run_checks(session, 1, today=today) if f.rule in NOTICE_RULES]


def fill(session, kind, **fields):
    return fill_notice(session, 1, NoticeDraft(kind=kind, created_on=TODAY, **fields))


# Texts from the data


def test_the_composition_notice_names_the_resolution_the_members_and_the_first_meeting(session):
    draft = fill(session, NoticeKind.COMPOSITION)
    resolution = session.scalar(select(Resolution).where(Resolution.number == "12/5"))
    first_meeting = session.scalar(select(Meeting).where(Meeting.kind == MeetingKind.GROUP_MEETING).order_by(Meeting.held_on))
    assert (draft.resolution_id, draft.meeting_id) == (resolution.id, first_meeting.id)
    assert (draft.event_on, draft.event_time) == (date(2025, 10, 24), time(10, 0))
    assert draft.title == "Биргелешкен мониторинг жана баалоо тобунун курамы жана биринчи жыйналышы жөнүндө"
    lines = draft.body.splitlines()
    assert lines[0] == (
        "Д. Садырбаев айылдык кеңешинин 2025-жылдын 14-октябрындагы № 12/5 токтому менен биргелешкен "
        "мониторинг жана баалоо тобу төмөнкү курамда түзүлдү:"
    )
    assert lines[1] == "1. Г. Кандарова — төрага (муниципалдык кызматчы)"
    assert "2. К. Султанова (жарандардын бирикмесинин өкүлү)" in lines
    assert len([line for line in lines if line[:2] in {"1.", "2.", "3.", "4.", "5."}]) == 5
    assert "Күнү: 2025-жылдын 24-октябры" in lines and "Убактысы: саат 10:00" in lines
    assert "Өтүүчү жери: Д. Садырбаев айыл өкмөтүнүн жыйындар залы, Масы айылы" in lines


def test_the_composition_notice_in_russian(session):
    draft = fill_notice(session, 1, NoticeDraft(kind=NoticeKind.COMPOSITION, created_on=TODAY), language="ru")
    assert draft.body.startswith("Постановлением айылного кенеша Д. Садырбаев от 14 октября 2025 года № 12/5 образована")
    assert "Дата: 24 октября 2025 года" in draft.body and "1. Г. Кандарова — председатель (муниципальный служащий)" in draft.body


def test_the_gathering_invitation_takes_day_hour_place_and_agenda_from_the_gathering(session):
    gathering = session.scalar(select(Meeting).where(Meeting.kind == MeetingKind.COMMUNITY_GATHERING))
    draft = fill(session, NoticeKind.GATHERING, meeting_id=gathering.id)
    assert draft.title == "Жергиликтүү коомдоштуктун жыйынына чакыруу"
    assert (draft.event_on, draft.event_place) == (date(2026, 2, 20), "Масы айылдык маданият үйү")
    lines = draft.body.splitlines()
    assert "Күнү: 2026-жылдын 20-февралы" in lines and "Күн тартиби:" in lines
    assert "2) БМжБ тобунун курамына жарандардын атынан талапкерлерди шайлоо жөнүндө" in lines


def test_a_gathering_without_an_agenda_proposes_the_election_of_citizen_candidates(session):
    draft = fill(session, NoticeKind.GATHERING, event_on=date(2026, 12, 5), event_time=time(14, 0), event_place="Арал мектеби")
    assert "1) Биргелешкен мониторинг жана баалоо тобунун курамына жарандардын жана алардын бирикмелеринин" in draft.body
    assert "Убактысы: саат 14:00" in draft.body and "Өтүүчү жери: Арал мектеби" in draft.body


def test_the_monitoring_notice_tells_when_what_how_and_who(session):
    item = session.scalar(select(PlanItem).where(PlanItem.starts_on == date(2026, 2, 16)).order_by(PlanItem.id.desc()))
    draft = fill(session, NoticeKind.MONITORING, plan_item_id=item.id)
    assert draft.event_on == date(2026, 2, 16)
    assert draft.body.startswith("2026-жылдын 16-февралынан 27-мартына чейин биргелешкен мониторинг жана баалоо тобу Масы")
    assert "Жооптуу мүчөлөр: К. Султанова, У. Жантаева." in draft.body
    assert "үй чарбаларына барып" in draft.body  # a questionnaire is among the methods


def test_the_act_summary_lists_the_recommendations_with_their_deadlines(session):
    act = session.scalar(select(Act).where(Act.number == 1, Act.year == 2026))
    draft = fill(session, NoticeKind.ACT_SUMMARY, act_id=act.id)
    assert draft.title == "Мониторингдин жыйынтыгы: № 1/2026 акт"
    assert "2026-жылдын 6-апрелинде" in draft.body
    assert "1) «Масы-Суу» ИСПАКБ: Беш-Жыгач айылындагы түтүктүн суу агып жаткан үч жерин оңдоо (мөөнөтү: 15.05.2026)" in draft.body
    assert "4) Д. Садырбаев айылдык кеңеши:" in draft.body


def test_a_draft_act_cannot_be_summarised(session):
    draft_act = session.scalar(select(Act).where(Act.number.is_(None)))
    with pytest.raises(UserError):
        fill(session, NoticeKind.ACT_SUMMARY, act_id=draft_act.id)
    problems = check_notice(session, 1, NoticeDraft(NoticeKind.ACT_SUMMARY, "А", "Б", TODAY, act_id=draft_act.id))
    assert "act_id" in problems


def test_the_report_results_cover_the_closed_quarters_and_name_the_presenter(session):
    draft = fill(session, NoticeKind.REPORT_RESULTS, event_on=date(2026, 7, 17))
    assert draft.title == (
        "Биргелешкен мониторинг жана баалоо тобунун 2026-жылдын 1-январынан 30-июнуна чейинки ишинин жыйынтыктары"
    )
    assert draft.body.startswith("2026-жылдын 17-июлунда айыл өкмөтүнүн жыл сайын көпчүлүк алдында")
    assert "Отчетту топтун төрагасы Г. Кандарова тааныштырды." in draft.body
    assert "Чыгарылган актылар: 2 (№ 1/2026, № 2/2026)" in draft.body
    assert "Берилген сунуштамалар: 8, анын ичинен аткарылды — " in draft.body


def test_a_report_presented_early_in_the_year_covers_the_previous_year():
    assert report_period(date(2027, 2, 10)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert report_period(date(2026, 7, 17)) == (date(2026, 1, 1), date(2026, 6, 30))
    assert report_period(date(2026, 11, 21)) == (date(2026, 1, 1), date(2026, 9, 30))


def test_the_yearly_report_title_names_the_year(session):
    draft = fill(session, NoticeKind.REPORT_RESULTS, event_on=date(2027, 2, 10))
    assert draft.title == "Биргелешкен мониторинг жана баалоо тобунун 2026-жылдагы ишинин жыйынтыктары"
    assert "Чыгарылган актылар: 3 (№ 1/2026, № 2/2026, № 3/2026)" in draft.body


def test_the_formation_notice_names_who_takes_applications_and_until_when(session):
    draft = fill(session, NoticeKind.FORMATION_START, event_on=date(2025, 10, 6))
    assert draft.title == "Биргелешкен мониторинг жана баалоо тобун түзүү башталды"
    assert draft.body.endswith(
        "Арыздар жана талапкерлер боюнча сунуштар 2025-жылдын 6-октябрына чейин айыл өкмөтүнүн жооптуу катчысы "
        "А. Саитова тарабынан кабыл алынат."
    )
    session.get(Municipality, 1).responsible_secretary = ""
    assert fill(session, NoticeKind.FORMATION_START).body.endswith("сунуштар айыл өкмөтүндө кабыл алынат.")


def test_a_free_notice_keeps_what_the_secretary_wrote(session):
    draft = fill(session, NoticeKind.FREE, title="Суу өчүрүлөт", body="Эртең суу берилбейт.")
    assert (draft.title, draft.body) == ("Суу өчүрүлөт", "Эртең суу берилбейт.")


# Saving and editing


def test_a_new_notice_without_text_is_written_from_the_data_and_keeps_its_link(session):
    gathering = session.scalar(select(Meeting).where(Meeting.kind == MeetingKind.COMMUNITY_GATHERING))
    notice = create_notice(session, 1, draft=NoticeDraft(NoticeKind.GATHERING, created_on=TODAY, meeting_id=gathering.id))
    assert notice.meeting_id == gathering.id and notice.title and "Күн тартиби:" in notice.body
    assert notice.event_on == date(2026, 2, 20) and notice.event_time == time(10, 0)


def test_the_secretarys_edits_survive_a_change_of_the_event_and_a_fresh_text_is_only_offered(session):
    notice = notice_of(session, NoticeKind.REPORT_RESULTS)
    edited = replace(draft_of(notice), body="Отчет тааныштырылды. Суроолор болсо, айыл өкмөтүнө кайрылыңыз.")
    update_notice(session, 1, notice.id, draft=edited)
    update_notice(session, 1, notice.id, draft=replace(edited, event_on=date(2026, 7, 18), paper_size="A3"))
    stored = get_notice(session, 1, notice.id)
    assert stored.body == "Отчет тааныштырылды. Суроолор болсо, айыл өкмөтүнө кайрылыңыз."
    assert (stored.event_on, stored.paper_size) == (date(2026, 7, 18), "A3")
    fresh = refilled_draft(session, 1, notice.id)
    assert "2026-жылдын 18-июлунда" in fresh.body
    assert get_notice(session, 1, notice.id).body == stored.body  # offered, not saved


def test_a_notice_needs_a_title_a_text_a_date_and_links_of_the_right_kind(session):
    group_meeting = session.scalar(select(Meeting).where(Meeting.kind == MeetingKind.GROUP_MEETING))
    draft = NoticeDraft(NoticeKind.GATHERING, " ", "", None, paper_size="A5", event_time=time(10, 0), meeting_id=group_meeting.id)
    problems = check_notice(session, 1, draft)
    assert set(problems) == {"title", "body", "created_on", "paper_size", "event_on", "meeting_id"}
    assert problems["meeting_id"] == "Ушул түрдөгү жыйынды тандаңыз: жамааттын жыйыны."
    with pytest.raises(ValidationError):
        create_notice(session, 1, draft=replace(draft, kind=NoticeKind.FREE))


def test_deleting_a_notice_removes_its_postings(session):
    notice = notice_of(session, NoticeKind.FREE)
    delete_notice(session, 1, notice.id)
    assert session.scalar(select(Posting).where(Posting.notice_id == notice.id)) is None
    with pytest.raises(NotFoundError):
        get_notice(session, 1, notice.id)


# Boards and postings


def test_boards_are_added_last_renamed_reordered_and_named_once(session):
    board = add_board(session, 1, name="Алма айылындагы такта", location="Алма айылы, клуб")
    assert board.position == 6 and board.in_use
    with pytest.raises(ValidationError) as raised:
        add_board(session, 1, name="алма айылындагы такта")
    assert raised.value.problems == {"name": "«алма айылындагы такта» деген маалымат тактасы мурунтан эле бар."}
    update_board(session, 1, board.id, name="Алма клубунун тактасы", location="Алма айылы", in_use=False)
    assert [b.name for b in boards(session, 1, in_use_only=True)][-1] == "ФАПтын тактасы"
    order = [b.id for b in boards(session, 1)][::-1]
    assert [b.id for b in reorder_boards(session, 1, order)] == order
    assert [b.id for b in boards(session, 1)] == order
    with pytest.raises(ValidationError):
        reorder_boards(session, 1, order[1:])


def test_a_board_that_carried_notices_is_taken_out_of_use_not_deleted(session):
    used = boards(session, 1)[0]
    with pytest.raises(UserError):
        delete_board(session, 1, used.id)
    unused = add_board(session, 1, name="Жаңы такта")
    delete_board(session, 1, unused.id)
    assert unused.id not in [b.id for b in boards(session, 1)]


def test_a_posting_must_follow_the_notice_and_not_hang_twice_on_one_board(session):
    notice = create_notice(session, 1, draft=NoticeDraft(NoticeKind.FREE, "Жыйын", "Жыйын болот.", date(2026, 11, 16)))
    ao, school = boards(session, 1)[0], boards(session, 1)[2]
    with pytest.raises(ValidationError) as early:
        add_posting(session, 1, notice.id, draft=PostingDraft(ao.id, date(2026, 11, 15), "А. Саитова"))
    assert set(early.value.problems) == {"posted_on"}
    first = add_posting(session, 1, notice.id, draft=PostingDraft(ao.id, date(2026, 11, 16), "А. Саитова"))
    with pytest.raises(ValidationError) as twice:
        add_posting(session, 1, notice.id, draft=PostingDraft(ao.id, date(2026, 11, 18), "К. Ташиев"))
    assert set(twice.value.problems) == {"board_id"}
    with pytest.raises(ValidationError) as backwards:
        add_posting(session, 1, notice.id, draft=PostingDraft(school.id, date(2026, 11, 18), "", removed_on=date(2026, 11, 17)))
    assert set(backwards.value.problems) == {"removed_on"}
    record_removal(session, 1, first.id, removed_on=date(2026, 11, 17))
    again = add_posting(session, 1, notice.id, draft=PostingDraft(ao.id, date(2026, 11, 18), "К. Ташиев"))
    assert [p.posted_on for p in get_notice(session, 1, notice.id).postings] == [date(2026, 11, 16), again.posted_on]


def test_a_photo_of_a_posting_is_kept_by_its_checksum_replaced_and_removed_with_it(session):
    posting = notice_of(session, NoticeKind.FREE).postings[0]
    attach_posting_photo(session, 1, posting.id, data=PNG, file_name="такта.png")
    attachment = session.get(Attachment, posting.photo_attachment_id)
    folder = attachments_folder(session.get_bind().url.database)
    blob = folder / attachment.sha256[:2] / attachment.sha256
    assert blob.read_bytes() == PNG and attachment.media_type == "image/png"
    assert posting_photo(session, 1, posting.id) == PNG
    attach_posting_photo(session, 1, posting.id, data=PNG + b"!", file_name="такта2.jpg")
    assert session.get(Attachment, attachment.id) is None and not blob.exists()
    with pytest.raises(ValidationError) as not_a_photo:
        attach_posting_photo(session, 1, posting.id, data=b"%PDF-1.7", file_name="scan.pdf")
    assert set(not_a_photo.value.problems) == {"photo"}
    second = posting.photo_attachment_id
    remove_posting_photo(session, 1, posting.id)
    assert posting.photo_attachment_id is None and session.get(Attachment, second) is None
    attach_posting_photo(session, 1, posting.id, data=PNG, file_name="такта.png")
    photo = posting.photo_attachment_id
    delete_posting(session, 1, posting.id)
    assert session.get(Attachment, photo) is None


# Deadlines on the home screen and in `check`


def test_the_demo_posted_everything_in_time_and_one_new_notice_waits_to_go_up(session):
    findings = notice_findings(session)
    assert [(f.rule, f.severity) for f in findings] == [("notice_event", Severity.WARNING)]
    assert findings[0].message == (
        "«Маданият үйүнүн жылытуу системасын оңдоо боюнча мониторинг» кулактандыруусу азырынча илинген жок; "
        "ал кабарлаган иш-чара 2026-жылдын 1-декабрында башталат"
    )


def test_report_results_posted_late_break_s2_and_without_the_presentation_date_ask_for_it(session):
    notice = notice_of(session, NoticeKind.REPORT_RESULTS)
    for posting in notice.postings:
        posting.posted_on = date(2026, 7, 27)
    session.commit()
    (finding,) = [f for f in notice_findings(session) if f.rule == "notice_report"]
    assert finding.severity is Severity.BROKEN and "10 күн өткөндө" in finding.message
    notice.event_on = None
    session.commit()
    (finding,) = [f for f in notice_findings(session) if f.rule == "notice_report"]
    assert finding.severity is Severity.WARNING


def test_a_composition_posting_is_the_publication_the_formation_step_lacks(session):
    (process,) = [p for p in processes(session, 1) if p.kind.value == "new_group"]
    step = next(s for s in process.steps if s.code == FormationStepCode.PUBLICATION)
    step.done_on, step.document = None, ""
    session.commit()
    state = next(s for s in process_timeline(session, process, today=TODAY) if s.code == FormationStepCode.PUBLICATION)
    assert state.done_on == date(2025, 10, 20)
    assert state.document == "БМжБ тобунун курамы жана биринчи жыйналышы жөнүндө"
    assert not [f for f in formation_warnings(session, 1, today=TODAY) if f.rule in {"formation", "publication"}]


def test_a_late_composition_posting_is_warned_about_once(session):
    (process,) = [p for p in processes(session, 1) if p.kind.value == "new_group"]
    next(s for s in process.steps if s.code == FormationStepCode.PUBLICATION).done_on = None
    for posting in notice_of(session, NoticeKind.COMPOSITION).postings:
        posting.posted_on = date(2025, 10, 22)  # two working days before the Friday meeting
    session.commit()
    about_f5 = [f for f in run_checks(session, 1, today=TODAY) if f.rule in {"publication", "notice_composition"}]
    assert [f.rule for f in about_f5] == ["publication"]  # the tracker's, not a second one
    session.delete(process)  # without the tracker the notice check judges the posting itself
    session.commit()
    (finding,) = [f for f in notice_findings(session) if f.rule == "notice_composition"]
    assert finding.severity is Severity.BROKEN and "2 жумушчу күн гана мурун" in finding.message


def test_the_formation_notice_is_judged_against_the_councils_formation(session):
    municipality = session.get(Municipality, 1)
    municipality.council_formed_on = date(2025, 8, 1)
    session.commit()
    assert not [f for f in notice_findings(session) if f.rule == "notice_formation"]  # the tracker judges it
    for process in processes(session, 1):
        session.delete(process)
    session.commit()
    (late,) = [f for f in notice_findings(session) if f.rule == "notice_formation"]
    assert late.severity is Severity.BROKEN and "21 күн кечигип" in late.message
    municipality.council_formed_on = date(2026, 11, 2)  # a new council: its group is still to be formed
    session.commit()
    (reminder,) = [f for f in notice_findings(session) if f.rule == "notice_formation"]
    assert reminder.severity is Severity.WARNING and "2026-жылдын 2-декабрына чейин" in reminder.message


# Listings


def test_the_notice_listing_shows_event_first_posting_and_what_hangs_now(session):
    listing = notice_listing(session, 1)
    rows = {row[0]: dict(zip(listing.keys, row)) for row in listing.rows}
    composition = rows[notice_of(session, NoticeKind.COMPOSITION).id]
    assert composition["event_on"] == date(2025, 10, 24) and composition["first_posted_on"] == date(2025, 10, 20)
    assert (composition["postings"], composition["posted_now"]) == (3, 0)
    assert rows[notice_of(session, NoticeKind.FREE).id]["posted_now"] == 4
    assert listing.columns[4:] == ("Иш-чара", "Биринчи илинген күнү", "Илинген жерлер", "Азыр илинип турат")


def test_the_board_listing_counts_the_notices_hanging_on_each_board(session):
    listing = board_listing(session, 1)
    by_name = {row[2]: dict(zip(listing.keys, row)) for row in listing.rows}
    assert by_name["Айыл өкмөтүнүн маалымат тактасы"]["posted_now"] == 4
    assert by_name["Беш-Жыгач айылындагы такта"]["in_use"] == "жок"
