"""Progress bars for indexing and for checking claims, on stderr, only when they help.

Shown only on a terminal and only when there is much to do (many files to analyse, many
claims to check): a warm run or a small folder prints nothing, and stdout (JSON
included) never sees it.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

PROGRESS_FILES = 200  # fewer files to analyse than this finish too soon for a bar
PROGRESS_CLAIMS = 500  # claims are checked at some 600 a second: fewer take under a second


class IndexingBar:
    """A `progress(done, total)` callback that draws a bar; use as a context manager."""

    def __init__(self, console: Console, threshold: int = PROGRESS_FILES, label: str = "indexing sources") -> None:
        self.console = console
        self.threshold = threshold
        self.label = label
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if done or total < self.threshold or not self.console.is_terminal:
                return
            self.bar = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("index", total=total)
        if self.task is not None:
            self.bar.update(self.task, completed=done, total=total)
        if done >= total:  # indexing is over; matching follows without a bar
            self.__exit__()

    def __enter__(self) -> IndexingBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
