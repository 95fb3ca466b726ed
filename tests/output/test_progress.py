"""The indexing progress bar: shown only on a terminal, and only for many files."""

from io import StringIO

from rich.console import Console

from factcheck.output.progress import IndexingBar


def test_progress_bar_only_on_a_terminal_and_for_many_files():
    quiet = StringIO()
    with IndexingBar(Console(file=quiet, force_terminal=False), threshold=2) as bar:
        for n in range(11):
            bar(n, 10)
    assert quiet.getvalue() == ""
    small = StringIO()
    with IndexingBar(Console(file=small, force_terminal=True), threshold=200) as bar:
        bar(0, 10)
        bar(10, 10)
    assert small.getvalue() == ""
    shown = StringIO()
    with IndexingBar(Console(file=shown, force_terminal=True), threshold=2) as bar:
        bar(0, 10)
        bar(10, 10)
    assert "indexing sources" in shown.getvalue()
