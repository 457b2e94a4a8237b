"""The shape of the import graph: wiring lives outside the API, so nothing imports upward into
service/api/, there is no cycle among service modules, and a `bisum worker` runs without FastAPI."""

from __future__ import annotations

import json
import subprocess
import sys

import grimp
import pytest

# Imported by a worker or the CLI; none of them may pull in the web stack.
WEB_STACK = ("fastapi", "starlette", "jinja2")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("service", include_external_packages=False, cache_dir=None)


def test_nothing_outside_the_api_imports_it(graph):
    importers = {
        importer
        for module in graph.find_descendants("service.api") | {"service.api"}
        for importer in graph.find_modules_that_directly_import(module)
        if importer != "service.api" and not importer.startswith("service.api.")
    }
    # The CLI starts the server: `bisum serve` reads uvicorn's options (and the app by import string).
    assert importers == {"service.cli"}
    details = graph.get_import_details(importer="service.cli", imported="service.api.server")
    assert [d["line_contents"] for d in details] == ["from service.api.server import uvicorn_options"]


def test_no_import_cycle_among_service_modules(graph):
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                cycles.append((module, *back))
    assert cycles == []


def test_the_graph_test_would_see_a_cycle():
    """The cycle check above is only worth something if grimp sees lazy (function-level) imports too:
    build a graph of a throwaway package whose cycle closes inside a function."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "cyclepkg"
        package.mkdir()
        (package / "__init__.py").write_text("")
        (package / "a.py").write_text("from cyclepkg import b\n")
        (package / "b.py").write_text("def f():\n    from cyclepkg import a\n")
        sys.path.insert(0, folder)
        try:
            built = grimp.build_graph("cyclepkg", cache_dir=None)
        finally:
            sys.path.remove(folder)
    assert built.find_shortest_chain(importer="cyclepkg.b", imported="cyclepkg.a") == (
        "cyclepkg.b",
        "cyclepkg.a",
    )


@pytest.mark.parametrize(
    "modules",
    [
        "service.jobs.queue, service.jobs.runner, service.wiring",  # what `bisum worker` runs
        "service.cli",  # every command but `serve` (which imports the API itself)
    ],
)
def test_a_worker_and_the_cli_do_not_import_the_web_stack(modules):
    probe = f"import json, sys; import {modules}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert "service.wiring" in loaded
    assert not {name for name in loaded if name.split(".")[0] in WEB_STACK}
