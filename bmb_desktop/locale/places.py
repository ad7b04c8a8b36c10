"""Place names as documents print them: "Масы айылы" in Kyrgyz, "с. Масы" in Russian."""

from __future__ import annotations

KYRGYZ_VILLAGE_WORD = "айылы"


def village_place(name: str, language: str = "ky") -> str:
    """The village ``name`` with the word for village, unless the secretary already wrote it."""
    name = name.strip()
    if not name:
        return ""
    if language == "ru":
        bare = name.removesuffix(KYRGYZ_VILLAGE_WORD).strip()
        return bare if bare.startswith(("с.", "г.")) else f"с. {bare}"
    return name if name.endswith(KYRGYZ_VILLAGE_WORD) or name.startswith(("с.", "г.")) else f"{name} {KYRGYZ_VILLAGE_WORD}"
