"""Dialogs and tabs set their texts again when the interface language changes, through the shared mixin."""

from bmb_desktop.ui.dialogs.acts.verify_dialog import VerifyDialog
from bmb_desktop.ui.dialogs.roster.conflict_dialog import ConflictDialog


def test_a_form_dialog_and_a_plain_dialog_follow_the_language(qtbot, qapp, context, members, translations):
    form, plain = ConflictDialog(context), VerifyDialog(context)
    for dialog in (form, plain):
        qtbot.addWidget(dialog)
    kyrgyz = form.windowTitle(), form.cancel_button.text(), plain.windowTitle()

    translations.apply("ru")
    qapp.processEvents()  # the LanguageChange events are posted

    russian = form.windowTitle(), form.cancel_button.text(), plain.windowTitle()
    assert all(ru and ru != ky for ky, ru in zip(kyrgyz, russian))
    translations.apply("ky")
    qapp.processEvents()
    assert (form.windowTitle(), form.cancel_button.text(), plain.windowTitle()) == kyrgyz
