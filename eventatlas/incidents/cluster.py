"""Reports grouped into incidents: a deterministic function of the set of reports.

Candidate pairs come from buckets keyed by country, group of sub-event
types and day, so no report is compared with every other. The clustering
then takes the compatible pairs from the most alike down (ties broken by
the event ids) and joins two groups only when every report of one is
compatible with every report of the other, so a vague report never
chains two distinct strikes together. Analysts' incidents (pinned
reports) stay whole and are never joined to one another.

Nothing depends on the order the reports arrive in: the same set gives the
same partition, which is what lets the store re-cluster only the block a
new report touches and still agree with a batch run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from eventatlas.incidents.rules import DEFAULT_RULES, JoinRules, Report, group, likeness, too_vague

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Cluster:
    """One incident's reports (event ids, sorted) and the analyst's incident id, if pinned."""

    event_ids: tuple[str, ...]
    pinned_to: str | None = None


def pair(a: str, b: str) -> Pair:
    """The key of the pair of event ids ``a`` and ``b`` (order-free)."""
    return (a, b) if a < b else (b, a)


def candidate_pairs(
    reports: Sequence[Report], rules: JoinRules = DEFAULT_RULES, *, among: set[str] | None = None
) -> dict[Pair, float]:
    """Every compatible pair of ``reports`` with its likeness (only those touching ``among``)."""
    usable = sorted((r for r in reports if _usable(r, rules)), key=lambda r: r.event_id)
    buckets: dict[tuple[str | None, str | None, int], list[int]] = defaultdict(list)
    for index, report in enumerate(usable):
        kind = (report.iso3, group(report.sub_event_type))
        for day in _days(report, 0):
            buckets[(*kind, day)].append(index)
    found: dict[Pair, float] = {}
    for index, report in enumerate(usable):
        if among is not None and report.event_id not in among:
            continue
        kind = (report.iso3, group(report.sub_event_type))
        seen = {index}
        for day in _days(report, rules.day_slack):
            for other in buckets.get((*kind, day), ()):
                # Each pair once: from its first report, or from the only one in ``among``.
                if other not in seen and (other > index or not _in(usable[other], among)):
                    seen.add(other)
                    _score(report, usable[other], rules, found)
    return found


def _in(report: Report, among: set[str] | None) -> bool:
    return among is None or report.event_id in among


def _usable(report: Report, rules: JoinRules) -> bool:
    return report.clusterable and not too_vague(report, rules)


def _days(report: Report, slack: int) -> range:
    # Day numbers (proleptic ordinals) are cheaper to make and hash than dates.
    assert report.start is not None and report.end is not None
    return range(report.start.toordinal() - slack, report.end.toordinal() + slack + 1)


def _score(a: Report, b: Report, rules: JoinRules, found: dict[Pair, float]) -> None:
    score = likeness(a, b, rules)
    if score is not None:
        found[pair(a.event_id, b.event_id)] = score


def components(event_ids: Sequence[str], pairs: Mapping[Pair, float]) -> list[list[str]]:
    """The connected components of the pair graph, each sorted, in order of first id."""
    parent = {event_id: event_id for event_id in event_ids}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[str, list[str]] = defaultdict(list)
    for event_id in sorted(parent):
        found[root(event_id)].append(event_id)
    return sorted(found.values())


def partition(reports: Sequence[Report], pairs: Mapping[Pair, float]) -> list[Cluster]:
    """The incidents of ``reports`` given their compatible ``pairs`` (see the module doc)."""
    state = _State(reports)
    for (a, b), _ in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        state.join(a, b, pairs)
    return state.clusters()


def cluster_reports(reports: Sequence[Report], rules: JoinRules = DEFAULT_RULES) -> list[Cluster]:
    """The incidents of ``reports``: the batch run the store's incremental one agrees with."""
    return partition(reports, candidate_pairs(reports, rules))


class _State:
    """Groups being built: who is in which, and which are an analyst's."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.group_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.pinned: dict[str, str] = {}
        for report in sorted(reports, key=lambda r: r.event_id):
            key = report.event_id
            if report.pinned and report.incident_id is not None:
                key = "\0" + report.incident_id
                self.pinned[key] = report.incident_id
            self.group_of[report.event_id] = key
            self.members.setdefault(key, []).append(report.event_id)

    def join(self, a: str, b: str, pairs: Mapping[Pair, float]) -> None:
        """Join the groups of ``a`` and ``b`` when every cross pair is compatible."""
        first, second = self.group_of[a], self.group_of[b]
        if first == second or (first in self.pinned and second in self.pinned):
            return
        left, right = self.members[first], self.members[second]
        if any(pair(x, y) not in pairs for x in left for y in right):
            return
        keep, drop = (second, first) if second in self.pinned else (first, second)
        for event_id in self.members[drop]:
            self.group_of[event_id] = keep
        self.members[keep].extend(self.members.pop(drop))

    def clusters(self) -> list[Cluster]:
        """The groups as clusters, sorted by their first event id."""
        found = [
            Cluster(tuple(sorted(ids)), self.pinned.get(key)) for key, ids in self.members.items()
        ]
        return sorted(found, key=lambda cluster: cluster.event_ids)
