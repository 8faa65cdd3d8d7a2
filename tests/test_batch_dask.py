"""The same batch on a Dask cluster (a LocalCluster here), gathered the same way."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ppfextract.batch import BatchOptions, run_batch
from ppfextract.settings import Settings

from .conftest import DATA
from .test_batch_isolation import FAULTY, troublemakers

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker isolation is POSIX only")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as c:
        yield c


def records(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text()) for p in sorted(out.glob("*.json"))}


def test_dask_gives_the_same_dataset_as_local_workers(cluster, tmp_path):
    inputs = [DATA / "layouts", DATA / "bad"]
    fast = Settings(facts=False)
    local = run_batch(inputs, tmp_path / "local", fast, options=BatchOptions(workers=2))
    remote = run_batch(inputs, tmp_path / "dask", fast,
                       options=BatchOptions(dask=cluster.scheduler_address))
    assert remote.documents == local.documents and remote.errors == local.errors
    assert records(tmp_path / "dask") == records(tmp_path / "local")
    from .test_batch import assert_same_dataset

    assert_same_dataset(tmp_path / "local", tmp_path / "dask")


def test_dask_tasks_are_isolated_too(cluster, tmp_path):
    folder = troublemakers(tmp_path / "in")
    (folder / "hog.html").unlink()
    summary = run_batch([folder], tmp_path / "out", Settings(facts=False),
                        options=BatchOptions(dask=cluster.scheduler_address, timeout=3,
                                             task=FAULTY))
    by_name = {Path(r.source or "").stem: r.error_code for r in summary.records}
    assert by_name["hang"] == "timeout"
    assert by_name["segfault"] == "worker_crashed"
    assert by_name["killed"] == "out_of_memory"
    assert by_name["good-0"] is None and by_name["print"] is None


def test_resume_works_the_same_on_dask(cluster, tmp_path):
    run_batch([DATA / "layouts"], tmp_path / "out", Settings(facts=False),
              options=BatchOptions(dask=cluster.scheduler_address))
    again = run_batch([DATA / "layouts"], tmp_path / "out", Settings(facts=False),
                      options=BatchOptions(dask=cluster.scheduler_address, resume=True))
    assert again.skipped == again.documents


def test_an_unreachable_scheduler_is_a_clean_error(tmp_path, monkeypatch, capsys):
    import ppfextract.batch
    from ppfextract.cli import main

    monkeypatch.setattr(ppfextract.batch, "DASK_CONNECT_TIMEOUT", 2.0)
    code = main(["extract", str(DATA / "layouts"), "--out", str(tmp_path),
                 "--dask", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot connect to the Dask scheduler" in capsys.readouterr().err
