"""The acts screen: the register of acts and the group's letters."""

from bmb_desktop.ui.pages.acts.page import ActsPage

__all__ = ["ActsPage"]
