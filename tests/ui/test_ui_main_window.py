"""The main window on a demo database: every page opens, is built and read only when first shown, and the
language switches at run time."""

from PySide6.QtWidgets import QLabel
from sqlalchemy import event

from bmb_desktop.ui.main_window import NAVIGATION, MainWindow
from bmb_desktop.ui.models.acts import COL_STATUS


def open_window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def navigation_texts(window):
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_every_navigation_entry_shows_its_page(qtbot, demo_context):
    window = open_window(qtbot, demo_context)

    for row, entry in enumerate(NAVIGATION):
        window.navigation.setCurrentRow(row)
        assert window.current_page_key() == entry.key
        assert isinstance(window.stack.currentWidget(), entry.page_class())
        assert window.stack.currentWidget().isVisible()
    assert window.navigation.count() == len(NAVIGATION)


def test_only_the_home_page_is_built_at_start_and_the_others_when_first_shown(qtbot, demo_context):
    window = open_window(qtbot, demo_context)

    assert list(window.pages) == [entry.key for entry in NAVIGATION]  # listing builds nothing
    assert "acts" in window.pages
    assert list(window.pages.built()) == ["home"]
    assert window.stack.count() == 1
    assert window.navigation.count() == len(NAVIGATION)

    acts = window.show_page("acts")
    assert list(window.pages.built()) == ["home", "acts"]
    assert window.stack.currentWidget() is acts and window.pages["acts"] is acts
    window.show_page("home")
    assert window.show_page("acts") is acts  # built once, kept


def test_a_page_reads_its_data_once_when_first_shown_and_again_on_each_later_show(qtbot, demo_context):
    statements = []
    event.listen(demo_context.database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    window = open_window(qtbot, demo_context)

    for entry in NAVIGATION:
        if entry.key in ("home", "settings"):
            continue
        statements.clear()
        window.show_page(entry.key)
        first_show = len(statements)
        window.show_page("home")
        statements.clear()
        window.show_page(entry.key)
        again = len(statements)
        assert again > 0, entry.key  # data others changed meanwhile is read again
        assert first_show < 2 * again, entry.key  # not once while built and once more when shown


def test_the_pages_dictionary_builds_a_page_asked_for_without_showing_it(qtbot, demo_context):
    window = open_window(qtbot, demo_context)

    roster = window.pages["roster"]

    assert roster.model.rowCount() >= 5
    assert window.current_page_key() == "home"
    assert window.show_page("roster") is roster and window.current_page_key() == "roster"


def test_demo_pages_show_real_rows(qtbot, demo_context):
    window = open_window(qtbot, demo_context)

    assert window.show_page("roster").model.rowCount() >= 5
    for key in ("plan", "meetings", "acts", "notices"):
        page = window.show_page(key)
        assert page.model.rowCount() > 0
        assert page.body.currentWidget() is page.table


def test_status_bar_names_the_database_and_the_municipality(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    texts = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert str(demo_context.database.path) in texts
    assert "айыл аймагы" in texts


def test_switching_to_russian_changes_visible_texts_and_back(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    kyrgyz = navigation_texts(window)
    assert kyrgyz[0] == "Башкы бет"
    acts = window.show_page("acts")
    statuses = lambda: [acts.proxy.index(row, COL_STATUS).data() for row in range(acts.proxy.rowCount())]  # noqa: E731
    kyrgyz_statuses = statuses()
    assert "чыгарылган" in kyrgyz_statuses

    demo_context.translations.apply("ru")
    qtbot.waitUntil(lambda: navigation_texts(window)[0] == "Главная")

    assert "выдан" in statuses()
    assert window.pages["roster"].heading.text() == "Состав группы"

    demo_context.translations.apply("ky")
    qtbot.waitUntil(lambda: navigation_texts(window) == kyrgyz)
    assert statuses() == kyrgyz_statuses


def test_saving_the_profile_in_settings_updates_the_status_bar_and_home(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    settings = window.show_page("settings")
    name = settings.fields.editors["name"]
    name.setText("Масы")

    assert settings.save()

    assert window.municipality_label.text() == "Масы айыл аймагы"
    assert window.pages["home"].heading.text() == "Масы айыл аймагы"
    assert window.windowTitle().startswith("Масы — ")


def test_changed_rules_refresh_the_built_pages_and_leave_the_others_unbuilt(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    acts = window.show_page("acts")
    settings = window.show_page("settings")
    statements = []
    event.listen(demo_context.database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    settings.rules_changed.emit()

    assert any("FROM act" in statement for statement in statements)  # the hidden acts page read again
    assert list(window.pages.built()) == ["home", "acts", "settings"]
    assert acts.model.rowCount() > 0
    assert not window.pages["home"].is_checking()


def test_the_settings_signals_are_connected_when_the_page_is_built(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    built = []
    window.pages.when_built("settings", built.append)
    assert built == []

    settings = window.show_page("settings")
    assert built == [settings]
    window.pages.when_built("settings", built.append)  # already built: at once
    assert built == [settings, settings]
