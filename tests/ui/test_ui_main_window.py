"""The main window on a demo database: every page opens, and the language switches at run time."""

from PySide6.QtWidgets import QLabel

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

    for row, (key, _text, _icon, page_class) in enumerate(NAVIGATION):
        window.navigation.setCurrentRow(row)
        assert window.current_page_key() == key
        assert isinstance(window.stack.currentWidget(), page_class)
        assert window.stack.currentWidget().isVisible()


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
