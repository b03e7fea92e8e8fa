"""The dev-set scorer and its names-only judgements (the texts themselves live outside the repository)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JUDGEMENTS = ROOT / "tests" / "extract" / "devset_judgements.json"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_entities", ROOT / "scripts" / "score_entities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_judgements_are_names_only_and_split_in_two_halves():
    gold = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    splits = [d["split"] for d in gold["docs"].values()]
    assert len(splits) >= 20 and {"dev", "held-out", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"} == set(splits)
    for doc, judged in gold["docs"].items():
        for type_ in ("country", "unit", "person"):
            for entry in judged[type_]["required"] + judged[type_]["optional"]:
                names = entry["names"] if isinstance(entry, dict) else entry
                assert names and all(isinstance(n, str) and 0 < len(n) < 80 for n in names), (doc, entry)


def test_scorer_counts_hits_misses_and_classes(tmp_path, capsys):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(
        "Minister Jansen bezocht Duitsland.\n\nDe 43 Gemechaniseerde Brigade oefende met Zr.Ms. Zeehond.", encoding="utf-8")
    gold = {"docs": {"a": {
        "split": "dev",
        "country": {"required": [["Duitsland"]], "optional": []},
        "unit": {"required": [["43 Gemechaniseerde Brigade"], {"names": ["Atlantis Brigade"], "class": "named"}],
                 "optional": [["Zr.Ms. Zeehond"]]},
        "person": {"required": [["Jansen"]], "optional": []},
    }}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    scorer = load_scorer()
    assert scorer.main([str(tmp_path / "texts"), "--judgements", str(path)]) == 0
    out = capsys.readouterr().out
    assert "| country | 1/1 = 1.00 | 1/1 = 1.00 |" in out
    assert "| unit | 1/1 = 1.00 | 1/2 = 0.50 |" in out  # the optional ship is neither rewarded nor penalised
    assert "| named | 0/1 = 0.00 |" in out
    assert "missed ['atlantis brigade']" in out
    assert scorer.main([str(tmp_path / "nowhere")]) == 2
