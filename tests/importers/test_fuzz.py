"""Mutated documents of every format: each import ends in a tree or one clear ImportProblem."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_app.core.provision import Document
from negotiator_app.importers import ImportProblem, import_file
from tests.conftest import FIXTURES

SEEDS = {
    ".txt": "small_convention_en.txt",
    ".docx": "small_convention_en.docx",
    ".pdf": "small_convention_en.pdf",
    ".html": "small_convention_en.html",
    ".xml": "small_convention_en.akn.xml",
}

# One mutation: (kind, where as a share of the length, how long, replacement bytes).
mutation = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "delete", "truncate"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=1, max_value=64),
    st.binary(min_size=1, max_size=16),
)


def mutate(data: bytes, mutations: list[tuple[str, float, int, bytes]]) -> bytes:
    for kind, where, length, junk in mutations:
        at = int(where * len(data))
        if kind == "flip":
            data = data[:at] + bytes(b ^ 0xFF for b in data[at : at + length]) + data[at + length :]
        elif kind == "cut":
            data = data[:at] + data[at + length * 97 :]
        elif kind == "insert":
            data = data[:at] + junk * length + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + length :]
        else:
            data = data[: max(at, 1)]
    return data


def mutate_inside_docx(data: bytes, mutations: list[tuple[str, float, int, bytes]]) -> bytes:
    """Damage the XML inside a well-formed zip, where a zip checksum cannot catch it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename in {"word/document.xml", "word/numbering.xml", "word/styles.xml"}:
                content = mutate(content, mutations)
            target.writestr(item.filename, content)
    return out.getvalue()


def import_bytes(folder: Path, suffix: str, data: bytes) -> Document | ImportProblem:
    path = folder / f"mutated{suffix}"
    path.write_bytes(data)
    try:
        return import_file(path)
    except ImportProblem as problem:
        assert str(problem).strip(), "an ImportProblem must say what is wrong"
        return problem


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_files_give_a_tree_or_a_clear_problem(folder, suffix, mutations):
    seed = (FIXTURES / SEEDS[suffix]).read_bytes()
    result = import_bytes(folder, suffix, mutate(seed, mutations))
    assert isinstance(result, Document | ImportProblem)


@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_damaged_xml_inside_a_docx_gives_a_tree_or_a_clear_problem(folder, mutations):
    seed = (FIXTURES / SEEDS[".docx"]).read_bytes()
    result = import_bytes(folder, ".docx", mutate_inside_docx(seed, mutations))
    assert isinstance(result, Document | ImportProblem)
