"""The headless commands: demo, info, list, print roster and check, in Kyrgyz by default."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from bmb_desktop.__main__ import main
from bmb_desktop.domain.enums import ChairRule, MemberCategory, MemberRole, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database

CITIZEN_GAP = "Жарандар жана алардын бирикмелеринин өкүлдөрү: 5 мүчөнүн 1 (20%); кеминде 3 адам талап кылынат (50%) (Типтүү жобо 5.2.3)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture(scope="module")
def lawful(tmp_path_factory):
    """A group lawful under the local regulation of 12/5: five members, one chair, a one-year term."""
    path = tmp_path_factory.mktemp("lawful") / "lawful.sqlite3"
    database = open_database(path)
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
            aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
            council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        ))
        profile = municipality.regulation
        profile.preset, profile.max_size, profile.odd_size_required = "local", 11, False
        profile.min_employee_percent = profile.min_deputy_percent = profile.min_citizen_percent = 0
        profile.max_one_sex_percent, profile.chair_rule, profile.term_months = 100, ChairRule.ELECTED_BY_GROUP, 12
        profile.group_created_on = date(2026, 3, 2)
        session.commit()
        for surname, given, sex, category, role in (
            ("Кандарова", "Гүлнара", Sex.FEMALE, MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.CHAIR),
            ("Султанова", "Канышай", Sex.FEMALE, MemberCategory.ASSOCIATION_REPRESENTATIVE, MemberRole.SECRETARY),
            ("Осмоналиев", "Эркинбек", Sex.MALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER),
            ("Жантаева", "Умут", Sex.FEMALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER),
            ("Ташиев", "Канат", Sex.MALE, MemberCategory.CITIZEN, MemberRole.MEMBER),
        ):
            save_member(session, municipality.id, MemberDraft(
                surname=surname, given_name=given, sex=sex, birth_date=date(1980, 1, 1), category=category,
                role=role, appointed_on=date(2026, 3, 2), basis_text="Токтом № 3/2",
            ))
    database.close()
    return path


def run(capsys, *arguments):
    code = main([str(argument) for argument in arguments])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_on_the_demo_prints_the_real_gaps_and_exits_1(capsys, demo):
    code, out, err = run(capsys, "check", "--db", demo, "--today", "2026-11-21")
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert f"[x] {CITIZEN_GAP}" in lines
    assert "5 мүчөнүн 1 (20%)" in out and "(Типтүү жобо 5.2.3)" in out
    assert (
        "[x] Төрага Г. Кандарова — муниципалдык кызматчы; төрага жарандардын атынан чыккан мүчөлөрдүн ичинен шайланат"
        " (Типтүү жобо 5.4.6)"
    ) in lines
    assert "[+] Мүчөлөрдүн саны: 5 (талап: 5–15 адам) (Типтүү жобо 5.2.1)" in lines
    assert "[x] Кеңеш топту жамааттын жыйынында шайланган жарандардын талапкерлерисиз түздү (Типтүү жобо 5.4.4)" in lines
    assert lines[-1] == f"Бузулган эрежелер: {sum(line.startswith('[x] ') for line in lines)}"


def test_check_warns_of_the_term_ending_as_of_the_given_day(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2029-08-01")
    assert code == 1
    assert "[!] Топтун ыйгарым укуктарынын мөөнөтү 2029-жылдын 14-октябрында бүтөт, 74 күн калды (Типтүү жобо 5.3.1)" in out.splitlines()


def test_check_as_json_lists_every_finding_with_its_source(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2026-11-21", "--json")
    assert code == 1
    findings = json.loads(out)
    broken = [f["rule"] for f in findings if f["severity"] == "broken"]
    assert broken[:3] == ["citizens", "chair", "gathering"]  # later areas append their own findings
    citizens = next(f for f in findings if f["rule"] == "citizens")
    assert citizens["source"] == "Типтүү жобо 5.2.3" and "5 мүчөнүн 1 (20%)" in citizens["message"]


def test_check_on_a_lawful_group_exits_0(capsys, lawful):
    # Seen in its first quarter, before any meeting is due, so only the group's own rules speak.
    code, out, _ = run(capsys, "check", "--db", lawful, "--today", "2026-03-20")
    assert code == 0
    assert "[x]" not in out
    assert "[+] Төрага — Г. Кандарова (Жергиликтүү жобо 3.5)" in out.splitlines()
    assert out.splitlines()[-1] == "Бардык эрежелер сакталган."


def test_check_speaks_russian_with_lang_ru(capsys, demo):
    code, out, _ = run(capsys, "check", "--db", demo, "--today", "2026-11-21", "--lang", "ru")
    assert code == 1
    assert "Граждане и представители их объединений: 1 из 5 (20\u00a0%)" in out
    assert "(Типовое положение 5.2.3)" in out
    assert out.splitlines()[-1].startswith("Нарушено правил: ")


def test_a_missing_database_file_exits_1_with_a_kyrgyz_message(capsys, tmp_path):
    missing = tmp_path / "жок.sqlite3"
    code, out, err = run(capsys, "check", "--db", missing)
    assert code == 1 and out == ""
    assert err.strip() == f"Ката: {missing} маалымат базасынын файлы жок."
    assert not missing.exists()


def test_a_missing_database_file_is_reported_in_russian_with_lang_ru(capsys, tmp_path):
    missing = tmp_path / "нет.sqlite3"
    code, _, err = run(capsys, "--lang", "ru", "info", "--db", missing)
    assert code == 1
    assert err.strip() == f"Ошибка: Файл базы данных {missing} не существует."


def test_a_database_without_a_municipality_profile_is_explained(capsys, tmp_path):
    open_database(tmp_path / "new.sqlite3").close()
    code, _, err = run(capsys, "check", "--db", tmp_path / "new.sqlite3")
    assert code == 1
    assert err.startswith("Ката: Бул маалымат базасында муниципалитеттин маалыматтары али жок.")


def test_demo_creates_a_database_and_refuses_to_overwrite_it(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", path, "--today", "2026-03-10")
    assert code == 0 and out.strip() == f"Демо маалымат базасы түзүлдү: {path}"
    size = path.stat().st_size
    code, _, err = run(capsys, "demo", "--db", path)
    assert code == 1 and err.startswith("Ката: ") and path.stat().st_size == size


def test_info_as_json_gives_the_schema_version_and_counts(capsys, demo):
    code, out, _ = run(capsys, "info", "--db", demo, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["schema_version"] == info["latest_schema_version"] != ""
    assert info["counts"]["memberships"] == 5 and info["counts"]["municipalities"] == 1
    assert info["counts"]["acts"] >= 3


def test_info_in_words_is_kyrgyz(capsys, demo):
    code, out, _ = run(capsys, "info", "--db", demo)
    assert code == 0
    assert "Схеманын версиясы:" in out and "  топтогу мүчөлүктөр: 5" in out.splitlines()


def test_list_members_as_json_gives_the_roster_chair_first(capsys, demo):
    code, out, _ = run(capsys, "list", "members", "--db", demo, "--today", "2026-11-21", "--json")
    assert code == 0
    members = json.loads(out)
    assert len(members) == 5
    assert (members[0]["name"], members[0]["role"], members[0]["phone"]) == (
        "Кандарова Гүлнара Асановна", "төрага", "+996 772 418 305",
    )
    assert {m["basis"] for m in members} == {"№ 12/5, 14.10.2025"}


def test_list_acts_prints_a_table_of_numbered_acts(capsys, demo):
    code, out, _ = run(capsys, "list", "acts", "--db", demo)
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.startswith("Номери") and set(rule) == {"-"}
    assert [row.split()[0] for row in rows[:3]] == ["1/2026", "2/2026", "3/2026"]


def test_an_unknown_listing_is_a_usage_error(capsys, demo):
    code, _, err = run(capsys, "list", "kittens", "--db", demo)
    assert code == 2 and "kittens" in err


def test_print_roster_writes_a_real_pdf(capsys, demo, tmp_path):
    target = tmp_path / "курам.pdf"
    code, out, _ = run(capsys, "print", "roster", "--db", demo, "--today", "2026-11-21", "--out", target)
    assert code == 0 and out.strip() == f"Жазылды: {target}"
    assert target.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Кандарова" in text and "Ташиев" in text


def test_the_installed_entry_point_runs_check_as_a_real_process(demo):
    result = subprocess.run(
        [sys.executable, "-m", "bmb_desktop", "check", "--db", str(demo), "--today", "2026-11-21"],
        capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120,
    )
    assert result.returncode == 1, result.stderr.decode("utf-8", "replace")
    out = result.stdout.decode("utf-8")
    assert f"[x] {CITIZEN_GAP}" in out.splitlines()
    assert out.splitlines()[-1].startswith("Бузулган эрежелер: ")
