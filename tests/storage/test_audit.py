"""The audit log records every create, change and delete, chained so that edits outside are seen."""

import json
import sqlite3

from sqlalchemy import select

from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.audit import broken_links
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import AuditEntry


def profile(villages):
    return MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="АӨ",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Кеңеш", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=villages,
    )


def test_creates_changes_and_orphan_deletes_are_logged_with_the_user(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3", user_name="А. Саитова")
    with database.session() as session:
        save_profile(session, profile(["Масы", "Арал"]))
        save_profile(session, profile(["Масы"]))
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    database.close()
    summary = [(e.action.value, e.table_name) for e in entries]
    assert ("create", "municipality") in summary
    assert summary.count(("create", "village")) == 2
    assert summary[-1] == ("delete", "village")
    assert json.loads(entries[-1].changes)["name"] == ["Арал", None]
    assert {e.user_name for e in entries} == {"А. Саитова"}


def test_chain_is_intact_after_normal_work_and_broken_by_an_outside_edit(tmp_path):
    path = tmp_path / "bmb.sqlite3"
    database = open_database(path)
    with database.session() as session:
        save_profile(session, profile(["Масы", "Арал", "Шайдан"]))
        assert broken_links(session) == []
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE audit_entry SET changes = '{}' WHERE id = 2")
    database = open_database(path)
    with database.session() as session:
        assert broken_links(session) == [2]
    database.close()
