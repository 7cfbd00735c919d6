"""One stage on one invented page, as the blind-family fix tests run them (``_f`` … ``_k``):
the boilerplate stage with or without a site's learned profiles, the repair stage, the
split stage; and the whole pipeline over one invented site's folder of pages
(:func:`site_titles`).  Shared so that every test file builds its stages the same way."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.rules import load_packs
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.repair import RepairStage
from cleaner.stages.split import ArticleDraft, SplitStage


@cache
def plain_stage() -> BoilerplateStage:
    """The boilerplate stage with the shipped rule packs and no site profiles."""
    return BoilerplateStage(load_packs())


def boil(lines: list[str], stage: BoilerplateStage | None = None, site: str | None = None) -> str:
    """The page's text after the boilerplate stage."""
    ed = Editor("p", "\n".join(lines) + "\n")
    (stage or plain_stage())(ed, site=site)
    return ed.text


def repair(text: str) -> str:
    """``text`` after the repair stage."""
    ed = Editor("p", text)
    RepairStage()(ed)
    return ed.text


def split(lines: list[str]) -> list[ArticleDraft]:
    """The split stage's articles of the page."""
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def site_stage(pages: list[list[str]]) -> BoilerplateStage:
    """The boilerplate stage with profiles learned from ``pages`` (one site ``s``)."""
    texts = ["\n".join(p) + "\n" for p in pages]
    raws = [RawInput(f"s/{i}.txt", t.encode(), site="s") for i, t in enumerate(texts)]
    return BoilerplateStage(load_packs(), profiles=build_profiles(raws))


def site_titles(folder: Path, pages: list[list[str]], ext: str = "txt") -> list[tuple[str, str]]:
    """Write ``pages`` as one site's files ``p0.<ext>`` … into ``folder``, learn the site's
    profiles from them and run the whole pipeline: each page's one article as
    ``(title, text)``, in the pages' order (asserts one article a page)."""
    for k, page in enumerate(pages):
        (folder / f"p{k}.{ext}").write_text("\n".join(page) + "\n", "utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out: list[tuple[str, str]] = []
    for i, raw in enumerate(raws):
        arts = pipe.process(raw, i).articles
        assert len(arts) == 1, raw.source
        out.append((arts[0].title, arts[0].text))
    return out
