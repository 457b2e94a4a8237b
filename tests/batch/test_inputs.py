"""Batch inputs: folders, JSON Lines files and stdin; structural problems are usage errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from service.batch.inputs import load_inputs
from service.errors import InputError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _jsonl(path: Path, *rows: object) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", "utf-8")
    return path


def test_a_folder_gives_one_article_per_file_named_by_its_stem() -> None:
    inputs = load_inputs([str(SEEDS)])
    assert [a.id for a in inputs.articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(a.text and a.html is None for a in inputs.articles)


def test_html_files_are_html_and_unreadable_files_fail_alone(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body><p>Hello there.</p></body></html>", "utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    (tmp_path / "notes.csv").write_text("ignored", "utf-8")
    inputs = load_inputs([str(tmp_path)])
    assert [(a.id, a.html is not None) for a in inputs.articles] == [("page", True)]
    assert inputs.unreadable["image"].code == "binary_input"
    assert inputs.total == 2


def test_jsonl_fields_ids_and_derived_ids(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "a.jsonl",
        {"id": "x1", "title": "T", "text": "Some text.", "url": "https://e.x/1", "source_language": "en"},
        {"id": 7, "html": "<p>Seven</p>", "author": "ignored"},
        {"text": "No id here."},
        "",
    )
    inputs = load_inputs([str(path)])
    first, second, third = inputs.articles
    assert (first.id, first.title, first.url, first.source_language) == ("x1", "T", "https://e.x/1", "en")
    assert (second.id, second.html) == ("7", "<p>Seven</p>")
    # No id: derived from the content, so the same article gets the same id on every run.
    assert third.id == load_inputs([str(path)]).articles[2].id and len(third.id) == 16


def test_stdin(tmp_path: Path) -> None:
    inputs = load_inputs(["-"], io.StringIO('{"id": "s", "text": "From stdin."}\n'))
    assert [a.id for a in inputs.articles] == ["s"]


def test_identical_repeats_are_dropped_and_a_reused_id_is_an_error(tmp_path: Path) -> None:
    same = _jsonl(tmp_path / "same.jsonl", {"id": "a", "text": "One."}, {"id": "a", "text": "One."})
    inputs = load_inputs([str(same)])
    assert len(inputs.articles) == 1 and inputs.duplicates == 1
    clash = _jsonl(tmp_path / "clash.jsonl", {"id": "a", "text": "One."}, {"id": "a", "text": "Two."})
    with pytest.raises(InputError, match=r"id .a. is already used by .*clash\.jsonl:1"):
        load_inputs([str(clash)])


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "must be a JSON object"),
        ({"id": "a"}, "exactly one of 'text' or 'html'"),
        ({"id": "a", "text": "x", "html": "<p>x</p>"}, "exactly one of 'text' or 'html'"),
        ({"id": ["a"], "text": "x"}, "'id' must be a string"),
        ({"id": "a", "text": 3}, "'text' must be a string"),
    ],
)
def test_bad_lines_are_reported_with_their_line_number(tmp_path: Path, row: object, problem: str) -> None:
    path = _jsonl(tmp_path / "bad.jsonl", {"id": "ok", "text": "Fine."}, row)
    with pytest.raises(InputError, match=rf"bad.jsonl:2: .*{problem}"):
        load_inputs([str(path)])


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError) as info:
        load_inputs([str(tmp_path / "nope"), str(tmp_path / "empty")])
    assert "no such file or folder" in info.value.message
    assert "no .txt/.md/.html files" in info.value.message
    with pytest.raises(InputError, match="no articles"):
        load_inputs(["-"], io.StringIO("\n"))
