"""Hand labels for the seed corpus (../shared/corpus): what each article reports, read by a person.

For every article: the events and agreements it reports (type, parties, date
when the article states it, and ``anchors`` — fragments of the sentences that
report it), the sectors it presents as areas of cooperation, the KPIs, and the
quantitative trade claims. Labels say what the text says, not what the
extractor finds: dates are labelled only where the article fixes them (a
"recent visit" is undated), the 2015 visit that "his second visit, the first
being in 2015" mentions is labelled even though no state is named in that
sentence. Types are the registry's (``partnerlens.cooperation.models``).

The scoring in tests/test_extract_corpus.py matches a proposal to a labelled
event when one of its evidence sentences contains one of the event's anchors.
"""

ARTICLES = {
    "africapress-kagame-upcoming-visit-kazakhstan.txt": {
        "events": [
            {
                "type": "official_visit",
                "parties": {"RWA", "KAZ"},
                "date": "2025-05-28",
                "anchors": [
                    "expected to hold an official visit",
                    "ahead of the official visit of President",
                ],
            },
            {  # talks held during a visit are an event of their own (evaluation/README.md, issue 11)
                "type": "talks",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": ["hold talks with Kazakh President"],
            },
            {"type": "visit", "parties": {"RWA", "KAZ"}, "date": "2025-05-26", "anchors": ["who arrived in Astana"]},
            {
                "type": "agreement_signing",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": ["several agreements will be signed"],
            },
            {
                "type": "visit",
                "parties": {"RWA", "KAZ"},
                "date": "2015",
                "anchors": [
                    "first Rwandan President to visit Kazakhstan in 2015",
                ],
            },
            {  # the meeting during the 2015 visit
                "type": "talks",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": ["then-President Nursultan Nazarbayev"],
            },
            {
                "type": "diplomatic_relations",
                "parties": {"RWA", "KAZ"},
                "date": "2016",
                "anchors": ["formal establishment of diplomatic relations"],
            },
            {
                "type": "ambassador_accreditation",
                "parties": {"RWA", "KAZ"},
                "date": "2016",
                "anchors": ["accreditation of Rwanda's first ambassador"],
            },
            {
                "type": "ministerial_meeting",
                "parties": {"RWA", "KAZ"},
                "date": "2025-05-26",
                "anchors": [
                    "Nduhungirehe met with Kazakh Deputy Prime Minister",
                    "Nduhungirehe and Nurtleu discussed",
                    "good exchange we had today",
                ],
            },
        ],
        "sectors": {"trade", "logistics", "security_defence", "culture", "ict"},
        "kpis": [],
        "claims": [],
    },
    "ktpress-kagame-in-kazakhstan.txt": {
        "events": [
            {
                "type": "official_visit",
                "parties": {"RWA", "KAZ"},
                "date": "2025-05-28",
                "anchors": [
                    "paid an official visit to the Republic of Kazakhstan",
                    "Kagame's visit signals",
                    "described the visit as",
                    "the visit reinforces",
                ],
            },
            {  # the talks during the visit (evaluation/README.md)
                "type": "talks",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": ["The two leaders discussed"],
            },
            {
                "type": "ministerial_meeting",
                "parties": {"RWA", "KAZ"},
                "date": "2025-05-26",
                "anchors": ["met with Kazakh Deputy Prime Minister"],
            },
        ],
        "sectors": {"trade", "ict", "logistics", "public_services", "agriculture", "science_space"},
        "kpis": [],
        "claims": [],
    },
    "seed-kazakhstan-africa.txt": {
        "events": [
            {
                "type": "visit",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": [
                    "recent visit to Kazakhstan was none other",
                    "During his visit, Kagame",
                    "Recent high-profile visits, such as Rwandan",
                    "during Kagame's recent visit to Kazakhstan",
                ],
            },
            {"type": "visit", "parties": {"RWA", "KAZ"}, "date": "2015", "anchors": ["the first being in 2015"]},
            {
                "type": "forum",
                "parties": {"RWA", "KAZ"},
                "date": None,
                "anchors": ["Kagame also addressed the Astana International Forum"],
            },
            {"type": "visit", "parties": {"BFA", "KAZ"}, "date": "2025-06-03", "anchors": ["Burkina Faso delegation"]},
            {
                "type": "cooperation_strategy",
                "parties": {"KAZ", "africa"},
                "date": None,
                "anchors": [
                    "Crafting a Dedicated Strategy",
                    "drafting a Strategy for Cooperation",
                    "developing a dedicated strategy",
                ],
            },
            {
                "type": "visit",
                "parties": {"KAZ", "MAR"},
                "date": "2025-02",
                "anchors": ["traveling to the Kingdom of Morocco", "Foreign Minister visited Morocco"],
            },
        ],
        "sectors": {
            "trade",
            "agriculture",
            "ict",
            "critical_minerals",
            "pharmaceuticals",
            "logistics",
            "public_services",
            "energy",
            "investment",
        },
        "kpis": [
            {"parties": {"KAZ"}, "year": 2012, "value": 1, "unit": "missions"},
            {"parties": {"KAZ"}, "year": 2025, "value": 6, "unit": "missions"},
        ],
        "claims": [
            {
                "anchor": "surpassing $783 million",
                "metric": "total",
                "parties": {"KAZ", "africa"},
                "year": 2024,
                "value_usd": 783e6,
                "qualifier": "more than",
            },
            {
                "anchor": "increased by 15% in 2024",
                "metric": "growth",
                "parties": {"KAZ", "africa"},
                "year": 2024,
                "value": 15.0,
                "qualifier": None,
            },
            {
                "anchor": "increased by 15% in 2024",
                "metric": "total",
                "parties": {"KAZ", "africa"},
                "year": 2024,
                "value_usd": 783e6,
                "qualifier": None,
            },
        ],
    },
    "seed-rwanda-azerbaijan-agreements.txt": {
        "events": [
            {
                "type": "state_visit",
                "parties": {"RWA", "AZE"},
                "date": None,
                "anchors": ["recent state visit to Baku"],
            },
            {  # the two leaders' meeting during the visit (evaluation/README.md)
                "type": "summit",
                "parties": {"RWA", "AZE"},
                "date": None,
                "anchors": ["The summit between Kagame", "The two leaders also discussed"],
            },
            {
                "type": "agreement_signing",
                "parties": {"RWA", "AZE"},
                "date": "2025-09-20",
                "count": 5,
                "anchors": [
                    "signing five intergovernmental agreements",
                    "signing ceremony in Baku",
                    "The agreements signed in Baku",
                ],
            },
            {
                "type": "political_consultations",
                "parties": {"RWA", "AZE"},
                "date": "2025-01",
                "anchors": ["first political consultations"],
            },
            {"type": "visa_agreement", "parties": {"RWA", "AZE"}, "date": "2025-01", "anchors": ["easing visa rules"]},
            {
                "type": "visit",
                "parties": {"RWA", "AZE"},
                "date": "2024",
                "anchors": ["Foundation’s 2024 visit to Kigali"],
            },
        ],
        "sectors": {
            "agriculture",
            "education",
            "trade",
            "air_transport",
            "public_services",
            "energy",
            "investment",
            "logistics",
            "mining",
            "critical_minerals",
            "three_t",
            "construction",
            "tourism",
            "petrochemicals",
            "fertilizers",
            "coffee",
            "tea",
        },
        "kpis": [],
        "claims": [
            {
                "anchor": "generated more than $700 million",
                "metric": "exports",
                "parties": {"RWA"},
                "year": 2022,
                "value_usd": 700e6,
                "qualifier": "more than",
                "sectors": {"three_t"},
            },
            {
                "anchor": "35 percent of its total exports",
                "metric": "share",
                "parties": {"RWA"},
                "year": 2022,
                "value": 35.0,
                "qualifier": None,
                "sectors": {"three_t"},
            },
            {
                "anchor": "just $2 million in 2024",
                "metric": "total",
                "parties": {"RWA", "AZE"},
                "year": 2024,
                "value_usd": 2e6,
                "qualifier": "just",
            },
        ],
    },
    "seed-rwanda-azerbaijan-reflections.txt": {
        "events": [
            {
                "type": "visit",
                "parties": {"RWA", "AZE"},
                "date": None,
                "anchors": [
                    "has arrived in Azerbaijan for a three-day visit",
                    "Trip to Azerbaijan",
                    "Kagame’s visit today",
                    "Kagame’s arrival in Azerbaijan",
                    "what Kagame’s visit might mean",
                ],
            },
        ],
        "sectors": {
            "energy",
            "trade",
            "coffee",
            "tea",
            "grains",
            "cotton",
            "investment",
            "ict",
            "logistics",
            "security_defence",
            "public_services",
        },
        "kpis": [],
        "claims": [],
    },
}


def _texts(proposal) -> list[str]:
    return [proposal.evidence.text, *(e.text for e in proposal.also)]


def _matches(proposal, event) -> bool:
    return any(anchor in text for text in _texts(proposal) for anchor in event["anchors"])


def _date_right(proposal, label: str) -> bool:
    return proposal.date is not None and proposal.date.isoformat().startswith(label)


def score(extracted: dict[str, list], articles: dict) -> dict[str, dict[str, float]]:
    """Precision and recall per field (see tests/test_extract_corpus.py for the rules)."""
    counts = {
        key: [0, 0, 0, 0] for key in ("types", "parties", "dates", "sectors", "claims", "kpis")
    }  # tp_p, n_p, tp_r, n_r

    def add(key, tp_p, n_p, tp_r, n_r):
        for i, v in enumerate((tp_p, n_p, tp_r, n_r)):
            counts[key][i] += v

    for name, labels in articles.items():
        proposals = extracted[name]
        events = [p for p in proposals if p.kind in ("event", "agreement")]
        gold = labels["events"]
        for p in events:
            candidates = [g for g in gold if _matches(p, g)]
            same_type = [g for g in candidates if g["type"] == p.type]
            best = max(same_type or candidates, key=lambda g: len(g["parties"] & set(p.parties)), default=None)
            add("types", int(bool(same_type)), 1, 0, 0)
            add("parties", len(set(p.parties) & best["parties"]) if best else 0, len(p.parties), 0, 0)
            if best is not None and best["date"] and p.date is not None:
                add("dates", int(_date_right(p, best["date"])), 1, 0, 0)
        for g in gold:
            found = [p for p in events if _matches(p, g)]
            typed = [p for p in found if p.type == g["type"]]
            add("types", 0, 0, int(bool(typed)), 1)
            best = max(typed or found, key=lambda p: len(g["parties"] & set(p.parties)), default=None)
            add("parties", 0, 0, len(g["parties"] & set(best.parties)) if best else 0, len(g["parties"]))
            if g["date"]:
                add("dates", 0, 0, int(any(_date_right(p, g["date"]) for p in found)), 1)
        predicted_sectors = {s for p in proposals for s in p.sectors}
        if labels["sectors"] is not None:  # None: not scored (the taxonomy's synonyms are English)
            add(
                "sectors",
                len(predicted_sectors & labels["sectors"]),
                len(predicted_sectors),
                len(predicted_sectors & labels["sectors"]),
                len(labels["sectors"]),
            )
        claims = [p for p in proposals if p.kind == "claim"]
        right = [c for c in claims if any(_claim_right(c, g) for g in labels["claims"])]
        found = [g for g in labels["claims"] if any(_claim_right(c, g) for c in claims)]
        add("claims", len(right), len(claims), len(found), len(labels["claims"]))
        kpis = [p for p in proposals if p.kind == "kpi"]
        right = [k for k in kpis if any(_kpi_right(k, g) for g in labels["kpis"])]
        found = [g for g in labels["kpis"] if any(_kpi_right(k, g) for k in kpis)]
        add("kpis", len(right), len(kpis), len(found), len(labels["kpis"]))
    return {
        key: {
            "precision": tp_p / n_p if n_p else 1.0,
            "recall": tp_r / n_r if n_r else 1.0,
            "predicted": n_p,
            "labelled": n_r,
        }
        for key, (tp_p, n_p, tp_r, n_r) in counts.items()
    }


def _claim_right(proposal, label) -> bool:
    """Detected with its metric, parties, year, value and qualifier as labelled."""
    value_ok = (
        proposal.value_usd == label["value_usd"]
        if "value_usd" in label
        else (proposal.value == label["value"] and proposal.value_usd is None)
    )
    return (
        label["anchor"] in proposal.evidence.text
        and proposal.metric == label["metric"]
        and set(proposal.parties) == label["parties"]
        and proposal.year == label["year"]
        and value_ok
        and proposal.qualifier == label["qualifier"]
        and label.get("sectors", set()) <= set(proposal.sectors)
    )


def _kpi_right(proposal, label) -> bool:
    return (
        proposal.year == label["year"]
        and proposal.value == label["value"]
        and label["parties"] <= set(proposal.parties)
        and proposal.unit == label["unit"]
    )
