"""The demo's monitored objects (P4): the aiyl okmotu, institutions, a contractor, associations."""

from __future__ import annotations

from bmb_desktop.domain.enums import ObjectKind
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import MonitoredObject

# key: (name, kind, head, contact person, phone, address). Heads other than the aiyl okmotu's
# are invented; the school, the house of culture and the village names are from seeds/001.
OBJECTS = {
    "ao": (
        "Д. Садырбаев айыл өкмөтү", ObjectKind.AIYL_OKMOTU, "Ш. Дарманкулов",
        "А. Саитова", "+996 772 300 415", "Масы айылы",
    ),
    "water": (
        "«Масы-Суу» ичүүчү сууну пайдалануучулардын айылдык коомдук бирикмеси (ИСПАКБ)",
        ObjectKind.COMMUNITY_ORGANISATION, "Ж. Мамытов", "Ж. Мамытов", "+996 770 214 863",
        "Масы айылы",
    ),
    "school": (
        "№25 Кызыл-Туу орто мектеби", ObjectKind.MUNICIPAL_INSTITUTION, "Н. Абдыразакова",
        "Ч. Эргешова, ашкананын башчысы", "+996 777 540 128", "Кызыл-Туу айылы",
    ),
    "fap": (
        "Арал фельдшердик-акушердик пункту (ФАП)", ObjectKind.MUNICIPAL_INSTITUTION,
        "Г. Турдубаева", "Г. Турдубаева", "+996 703 118 562", "Арал айылы",
    ),
    "pasture": (
        "Д. Садырбаев айыл аймагынын жайыт комитети", ObjectKind.COMMUNITY_ORGANISATION,
        "Т. Сыдыков", "Т. Сыдыков", "+996 702 402 731", "Масы айылы",
    ),
    "road": (
        "«Нур-Жол Курулуш» жоопкерчилиги чектелген коому (ЖЧК)", ObjectKind.PROCUREMENT_SUPPLIER,
        "Б. Ташиев", "Р. Алиев, прораб", "+996 771 865 093", "Масы айылы",
    ),
    "culture": (
        "Масы айылдык маданият үйү", ObjectKind.MUNICIPAL_INSTITUTION, "С. Жумабаева",
        "С. Жумабаева", "+996 707 334 281", "Масы айылы",
    ),
    "waste": (
        "«Таза Айыл» муниципалдык ишканасы", ObjectKind.MUNICIPAL_ENTERPRISE, "А. Эргешов",
        "М. Садыков, диспетчер", "+996 775 620 447", "Масы айылы",
    ),
}


def add_monitored_objects(ctx: DemoContext) -> None:
    for key, (name, kind, head, contact, phone, address) in OBJECTS.items():
        monitored = MonitoredObject(
            municipality_id=ctx.municipality_id,
            name=name,
            kind=kind,
            head_name=head,
            contact_person=contact,
            phone=phone,
            address=address,
        )
        ctx.add(monitored)
        ctx.objects[key] = monitored
    ctx.session.flush()
