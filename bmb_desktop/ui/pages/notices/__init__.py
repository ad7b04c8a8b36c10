"""The notices screen: notices with ready texts, their posting log, and the notice boards."""

from bmb_desktop.ui.pages.notices.page import NoticesPage

__all__ = ["NoticesPage"]
