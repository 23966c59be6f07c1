"""Draw the pictures in docs/images/ from the bundled corpus (needs the ``plot`` extra).

Run from anywhere: python docs/make_images.py
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import summitlib
from summitlib import plot

IMAGES = Path(__file__).resolve().parent / "images"


def main() -> None:
    """Write timeline.png and coverage.png."""
    corpus = summitlib.load()
    IMAGES.mkdir(exist_ok=True)
    window = "2016-07/2017-12"
    trump_putin = corpus.meetings.filter(with_=["Trump", "Putin"], during=window)
    figure = plot.timeline(
        trump_putin, window=window, title="Meetings of Trump or Putin, as precisely as dated"
    )
    figure.savefig(IMAGES / "timeline.png", dpi=110)
    figure = plot.coverage(corpus)
    figure.savefig(IMAGES / "coverage.png", dpi=110)
    for name in ("timeline.png", "coverage.png"):
        print(IMAGES / name)


if __name__ == "__main__":
    main()
