"""The on-disk index: incremental updates, atomic writes, and clear errors for broken states."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import faiss
import pytest

from bot import render
from bot.config import ConfigError, load_settings
from bot.engine import Engine, index_notes
from bot.search.embedder import Embedder
from bot.search.index_store import MANIFEST, IndexError_, load_index

from .conftest import ROOT, SEED, make_settings

NOTE_A = "# Caching\n- **ElastiCache** keeps hot data in memory for microsecond reads.\n"
NOTE_B = "# Storage\n**S3** stores objects in buckets. **EBS** is block storage for one instance.\n"
NOTE_C = "# Compute\n**Lambda** runs code without servers, billed per millisecond.\n"


def run_cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def small(tmp_path, embedder):
    settings = make_settings(tmp_path)
    (settings.corpus / "a.md").write_text(NOTE_A, encoding="utf-8")
    (settings.corpus / "b.md").write_text(NOTE_B, encoding="utf-8")
    shutil.copy(SEED, settings.corpus / SEED.name)
    stats = index_notes(settings, embedder=embedder)
    assert stats.files == 3 and stats.embedded == stats.chunks > 13
    return settings


def test_incremental_reindex_embeds_only_what_changed(small, embedder):
    before = {c.source: c for c in load_index(small.index).chunks}
    (small.corpus / "a.md").write_text(
        NOTE_A + "- **Redis** supports rich data structures.\n", encoding="utf-8"
    )
    (small.corpus / "b.md").unlink()
    (small.corpus / "c.md").write_text(NOTE_C, encoding="utf-8")
    stats = index_notes(small, embedder=embedder)
    index = load_index(small.index)
    by_source: dict[str, int] = {}
    for c in index.chunks:
        by_source[c.source] = by_source.get(c.source, 0) + 1
    assert stats.embedded == by_source["a.md"] + by_source["c.md"]
    assert stats.reused == by_source["aws-prep-notes.md"] == 13
    assert stats.removed == 2  # the old a.md chunk and b.md's chunk
    assert "b.md" not in by_source and "b.md" not in index.files
    assert before["aws-prep-notes.md"].id in {c.id for c in index.chunks}
    # vectors of reused chunks are carried over, not recomputed differently
    engine = Engine.load(small, embedder)
    assert engine.ask("what does lambda bill per").passages[0].chunk.source == "c.md"


def test_unchanged_corpus_reindex_never_loads_the_model(small):
    manifest = (small.index / MANIFEST).read_text()
    fresh = Embedder("all-MiniLM-L6-v2")
    stats = index_notes(small, embedder=fresh)
    assert (stats.embedded, stats.removed, stats.changed) == (0, 0, False)
    assert not fresh.loaded
    assert (small.index / MANIFEST).read_text() == manifest


def test_a_crash_mid_build_leaves_the_previous_index_loadable(small, embedder, monkeypatch):
    good = load_index(small.index)
    (small.corpus / "c.md").write_text(NOTE_C, encoding="utf-8")

    def boom(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(faiss, "write_index", boom)
    with pytest.raises(OSError):
        index_notes(small, embedder=embedder)
    again = load_index(small.index)
    assert [c.id for c in again.chunks] == [c.id for c in good.chunks]
    assert not [p for p in small.index.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("damage", ["faiss", "vectors", "manifest", "missing", "bm25"])
def test_corrupt_index_gives_one_line_saying_what_to_run(small, damage):
    manifest = json.loads((small.index / MANIFEST).read_text())
    if damage == "manifest":
        (small.index / MANIFEST).write_text("{not json", encoding="utf-8")
    elif damage == "missing":
        (small.index / manifest["faiss"]).unlink()
    elif damage == "bm25":
        shutil.rmtree(small.index / manifest["bm25"])
    else:
        (small.index / manifest[damage]).write_bytes(b"garbage" * 10)
    with pytest.raises(IndexError_, match="run `tutor index`"):
        load_index(small.index)
    result = run_cli("ask", "--config", str(small.base_dir / "config.toml"), "sqs vs sns", cwd=small.base_dir)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "tutor index" in result.stderr


def test_corrupt_index_is_rebuilt_by_the_next_index_run(small, embedder):
    (small.index / MANIFEST).write_text("garbage", encoding="utf-8")
    stats = index_notes(small, embedder=embedder, warn=lambda _m: None)
    assert stats.reused == 0 and stats.chunks == stats.embedded
    assert load_index(small.index).chunks


def test_model_mismatch_is_reported(small):
    with pytest.raises(IndexError_, match="built with model"):
        load_index(small.index, model="/some/other/model")


def test_empty_corpus_builds_an_empty_index_and_refuses_politely(tmp_path, embedder):
    settings = make_settings(tmp_path)
    (settings.corpus / "empty.md").write_text("", encoding="utf-8")
    (settings.corpus / "photo.md").write_bytes(b"\x00\x01\x02binary")
    warnings: list[str] = []
    stats = index_notes(settings, embedder=embedder, warn=warnings.append)
    assert (stats.files, stats.chunks) == (0, 0)
    assert len(warnings) == 2
    answer = Engine.load(settings, embedder).ask("sqs vs sns?")
    assert answer.kind == "uncovered"


def test_config_errors_name_the_key(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text("[answer]\ntop_k = 'five'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"answer\.top_k"):
        load_settings(cfg)
    cfg.write_text("[paths]\ncorpse = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"paths\.corpse"):
        load_settings(cfg)
    cfg.write_text("[paths\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg)
    result = run_cli("chunks", "--config", str(cfg), cwd=tmp_path)
    assert result.returncode == 2 and "not valid TOML" in result.stderr and "Traceback" not in result.stderr


def test_relative_config_paths_resolve_against_the_config_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    cfg = tmp_path / "sub" / "config.toml"
    cfg.write_text('[paths]\ncorpus = "notes"\nindex = "../idx"\n', encoding="utf-8")
    settings = load_settings(cfg)
    assert settings.corpus == (tmp_path / "sub" / "notes").resolve()
    assert settings.index == (tmp_path / "idx").resolve()


def test_cli_contract(seed_settings):
    cfg = str(seed_settings.base_dir / "config.toml")
    cwd = seed_settings.base_dir
    out = run_cli("index", "--config", cfg, "--json", cwd=cwd)
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert set(stats) == {"files", "chunks", "embedded", "reused", "removed", "seconds"}
    assert stats["embedded"] == 0 and stats["reused"] == stats["chunks"] == 13

    out = run_cli("chunks", "--config", cfg, "--json", cwd=cwd)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 13 and set(rows[0]) == {"id", "source", "heading", "lines", "tokens", "text"}

    out = run_cli(
        "ask",
        "--config",
        cfg,
        "--json",
        "-k",
        "3",
        "-",
        cwd=cwd,
        stdin="sqs vs sns??\n\nwhats the aws version of kafka\n",
    )
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["sqs vs sns??", "whats the aws version of kafka"]
    first = answers[0]
    assert set(first) == {"question", "kind", "entities", "answer", "passages"}
    assert first["kind"] == "comparison" and first["entities"] == ["SQS", "SNS"]
    assert len(first["passages"]) == 3
    assert set(first["passages"][0]) == {"id", "source", "heading", "text", "score"}
    scores = [p["score"] for p in first["passages"]]
    assert scores == sorted(scores, reverse=True)
    assert "Kinesis" in answers[1]["answer"]

    out = run_cli("ask", "--config", cfg, "   ", cwd=cwd)
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_python_dash_m_and_console_script_agree(seed_settings):
    script = Path(sys.executable).parent / "tutor"
    cfg = str(seed_settings.base_dir / "config.toml")
    a = subprocess.run([str(script), "chunks", "--config", cfg], capture_output=True, text=True, cwd=ROOT)
    b = run_cli("chunks", "--config", cfg, cwd=ROOT)
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and a.stdout


def test_large_corpora_get_an_hnsw_index_that_answers_the_same(tmp_path, embedder, seed_engine):
    settings = make_settings(tmp_path, extra="[index]\nhnsw_threshold = 5\n")
    shutil.copy(SEED, settings.corpus / SEED.name)
    index_notes(settings, embedder=embedder)
    assert json.loads((settings.index / MANIFEST).read_text())["index_kind"] == "hnsw"
    hnsw = Engine.load(settings, embedder)
    for question in ("sqs vs sns", "does global accelerator give you fixed ips?"):
        flat_ids = [p.chunk.id for p in seed_engine.ask(question).passages]
        assert [p.chunk.id for p in hnsw.ask(question).passages][:2] == flat_ids[:2]


def test_bm25_is_stored_with_the_index_and_an_index_without_it_still_answers(small, embedder):
    """BM25 is built with the index, so loading a large one does not re-tokenise every passage; an index
    from before that is still searchable, and the next `tutor index` adds it."""
    from bot.engine import Engine

    manifest = json.loads((small.index / MANIFEST).read_text())
    assert (small.index / manifest["bm25"]).is_dir()
    with_bm25 = Engine.load(small, embedder).ask("sqs vs sns")
    shutil.rmtree(small.index / manifest.pop("bm25"))
    (small.index / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    without = Engine.load(small, embedder).ask("sqs vs sns")
    assert [p.chunk.id for p in without.passages] == [p.chunk.id for p in with_bm25.passages]
    stats = index_notes(small, embedder=embedder)
    assert stats.embedded == 0 and json.loads((small.index / MANIFEST).read_text()).get("bm25")


def test_the_glossary_and_quiz_bank_are_rebuilt_when_any_module_that_makes_them_changes():
    """Every project module the glossary and quiz generator import is in the extras version's hash:
    changing the text helpers or the document model must not leave a stale quiz bank behind."""
    from bot.engine import extras_sources

    root = Path(__file__).resolve().parents[1] / "bot"
    names = {p.relative_to(root).as_posix() for p in extras_sources()}
    assert {"text.py", "glossary.py", "ingest/document.py", "ingest/units.py", "quiz/quality.py",
            "ingest/entries.py", "quiz/items.py"} <= names
    assert not any(n.startswith(("discord_app/", "app/")) for n in names)


def test_superscripts_and_subscripts_written_in_html_are_shown_as_text(tmp_path, embedder):
    """Notes written for a web page hold "mg.kg<sup>-1</sup>" and "t<sub>1/2</sub>"; an answer shows
    "mg.kg⁻¹" and "t₁/₂", as the page does, never the tags."""
    settings = make_settings(tmp_path)
    (settings.corpus / "beta-blockers.md").write_text(
        "# Beta-blockers\n\n"
        "| Property | Esmolol | Metoprolol |\n|---|---|---|\n"
        "| Dosing | 50-200μg.kg<sup>-1</sup>.min<sup>-1</sup> | IV: 1mg boluses |\n"
        "| Metabolism | RBC esterases, t<sub>1/2</sub> of 10 minutes | Hepatic |\n",
        encoding="utf-8",
    )
    index_notes(settings, embedder=embedder)
    shown = render.answer_text(Engine.load(settings, embedder).ask("esmolol vs metoprolol dosing"))
    assert "kg⁻¹.min⁻¹" in shown and "t₁/₂" in shown, shown
    assert "<sup>" not in shown and "<sub>" not in shown


def test_notes_that_set_out_no_terms_say_what_a_quiz_needs(tmp_path, embedder, capsys):
    """Explanatory prose with no term set out gives no quiz question; `tutor quiz` says what notes a
    quiz asks about, rather than to rebuild an index that is up to date."""
    from bot.cli import main

    settings = make_settings(tmp_path)
    (settings.corpus / "stars.md").write_text(
        "## Main sequence\n\nStars spend most of their lives fusing hydrogen in their cores, and their "
        "luminosity grows slowly as the core fills with helium.\n\n"
        "## Giant branch\n\nWhen the core runs out of hydrogen it contracts and the envelope swells.\n",
        encoding="utf-8",
    )
    index_notes(settings, embedder=embedder)
    assert main(["quiz", "--config", str(settings.source)]) == 2
    err = capsys.readouterr().err
    assert "no terms to ask about" in err and "bold or italics" in err and "Traceback" not in err
