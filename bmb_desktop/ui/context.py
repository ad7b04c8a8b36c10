"""What every page needs from the running application, passed in explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the context module stays cheap to import
    from bmb_desktop.settings import Settings
    from bmb_desktop.storage.database import Database
    from bmb_desktop.ui.tasks import TaskRunner
    from bmb_desktop.ui.translation import Translations


@dataclass
class AppContext:
    database: Database
    municipality_id: int
    settings: Settings
    translations: Translations
    tasks: TaskRunner
    demo: bool = False
    today: Callable[[], date] = field(default=date.today)
