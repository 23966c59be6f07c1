"""Read the datasets users already have: GDELT events and mentions, the CAMEO codes, Archigos leaders.

* **GDELT** — [`read_gdelt`][summitlib.importers.read_gdelt] (or the streaming
  [`iter_events`][summitlib.importers.iter_events] / [`iter_mentions`][summitlib.importers.iter_mentions])
  reads 1.0 (57/58 columns) and 2.0 (61 columns) event exports and 2.0 Mentions, plain or zipped, into
  typed records ([`GdeltEvent`][summitlib.importers.GdeltEvent],
  [`GdeltMention`][summitlib.importers.GdeltMention]), from one file or many (paths and glob patterns).
* **GDELT at scale** — [`scan_gdelt`][summitlib.importers.scan_gdelt] reads many files a block at a
  time, keeps the meeting reports (the lines of a pure filter over record batches, found with numpy),
  groups them from the few fields the rule needs and types them only when asked for; one task per
  file, on any executor (a process pool, a Dask cluster); Parquet output.
  [`import_gdelt_parquet`][summitlib.importers.import_gdelt_parquet] writes the same Parquet tables with
  the reports held in memory up to a limit, spilled to disk past it, and grouped a part at a time:
  memory flat in the rows read.
* **From reports to meetings** — [`find_gdelt_meetings`][summitlib.importers.find_gdelt_meetings] selects
  the meeting-type rows by CAMEO code ([`meeting_kind`][summitlib.importers.meeting_kind]) and groups the
  reports of one encounter by an explicit rule ([`GroupingRule`][summitlib.importers.GroupingRule]) into
  [`GdeltMeetingCandidate`][summitlib.importers.GdeltMeetingCandidate]s;
  [`gdelt_records`][summitlib.importers.gdelt_records] makes [`Records`][summitlib.Records] of them.
* **Archigos** — [`read_archigos`][summitlib.importers.read_archigos] rebuilds tenures from leader-years
  into an [`ArchigosIndex`][summitlib.importers.ArchigosIndex] of [`Leader`][summitlib.Leader]s by country
  and day; [`check_in_office`][summitlib.importers.check_in_office] flags meeting participants out of
  office, [`side_leaders`][summitlib.importers.side_leaders] says who led the sides of a GDELT candidate.

Every reader fills an [`ImportReport`][summitlib.importers.ImportReport]: rows read, skipped and why, and a
[`Problem`][summitlib.Problem] with file and line for each; ``strict=True`` raises on the first malformed
row instead. ``progress=True`` shows a progress bar on stderr (by default only on a terminal).
"""

from summitlib.importers._progress import Progress
from summitlib.importers._report import ImportReport
from summitlib.importers.archigos import Tenure, read_tenures
from summitlib.importers.archigos_index import (
    ArchigosIndex,
    check_in_office,
    read_archigos,
    side_leaders,
    tenure_leaders,
)
from summitlib.importers.cameo import (
    CameoCode,
    CameoTable,
    MeetingKind,
    cameo_codes,
    meeting_codes,
    meeting_kind,
    read_cameo_table,
)
from summitlib.importers.candidates import (
    GdeltMeetingCandidate,
    find_gdelt_meetings,
    gdelt_records,
    render_event,
    render_mention,
)
from summitlib.importers.gdelt import GdeltActor, GdeltEvent, GdeltGeo, GdeltMention, GeoType, MentionType
from summitlib.importers.gdelt_read import GdeltImport, iter_events, iter_mentions, read_gdelt
from summitlib.importers.gdelt_scan import GdeltScan, scan_gdelt
from summitlib.importers.gdelt_spill import GdeltParquetImport, import_gdelt_parquet
from summitlib.importers.grouping import GroupingRule, MeetingReport, group_reports, linked, meeting_reports

__all__ = [
    "ArchigosIndex",
    "CameoCode",
    "CameoTable",
    "GdeltActor",
    "GdeltEvent",
    "GdeltGeo",
    "GdeltImport",
    "GdeltMeetingCandidate",
    "GdeltMention",
    "GdeltParquetImport",
    "GdeltScan",
    "GeoType",
    "GroupingRule",
    "ImportReport",
    "MeetingKind",
    "MeetingReport",
    "MentionType",
    "Progress",
    "Tenure",
    "cameo_codes",
    "check_in_office",
    "find_gdelt_meetings",
    "gdelt_records",
    "group_reports",
    "import_gdelt_parquet",
    "iter_events",
    "iter_mentions",
    "linked",
    "meeting_codes",
    "meeting_kind",
    "meeting_reports",
    "read_archigos",
    "read_cameo_table",
    "read_gdelt",
    "read_tenures",
    "render_event",
    "render_mention",
    "scan_gdelt",
    "side_leaders",
    "tenure_leaders",
]
