"""Charts of the annual supervision report, drawn on the server with matplotlib.

Chinese labels need a CJK font: the Noto CJK fonts of the system (Debian's
``fonts-noto-cjk``), found with fontconfig's ``fc-list``. Each chart is a PNG;
the PDF embeds it as a ``data:`` URI (wkhtmltopdf reads no local file), the
XLSX as an image.
"""

import base64
import functools
import io
import logging
import shutil
import subprocess

_logger = logging.getLogger(__name__)

PALETTE = ["#1F4E79", "#C00000", "#ED7D31", "#70AD47", "#7F6000", "#5B9BD5", "#A5A5A5"]


@functools.cache
def cjk_font_path():
    """Path of a Noto Sans CJK font file, or None (labels then fall back to the
    default font and Chinese characters show as boxes)."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        _logger.warning("fc-list not found: the report charts have no Chinese font")
        return None
    try:
        output = subprocess.run(
            [fc_list, ":lang=zh", "file"], capture_output=True, text=True, check=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        _logger.warning("fc-list failed: the report charts have no Chinese font", exc_info=True)
        return None
    paths = sorted(line.strip().rstrip(":") for line in output.splitlines() if line.strip())
    for preferred in ("NotoSansCJK-Regular", "NotoSansCJK", "NotoSerifCJK-Regular", "Noto"):
        for path in paths:
            if preferred in path:
                return path
    if paths:
        return paths[0]
    _logger.warning("no Chinese font installed (fonts-noto-cjk): report charts without CJK font")
    return None


def _pyplot():
    import matplotlib  # noqa: PLC0415 (optional heavy import, only when drawing)

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: PLC0415

    return pyplot


def _font():
    from matplotlib.font_manager import FontProperties  # noqa: PLC0415

    path = cjk_font_path()
    return FontProperties(fname=path) if path else FontProperties()


def _finish(figure, axes, title, font):
    axes.set_title(title, fontproperties=font, fontsize=13)
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        label.set_fontproperties(font)
    legend = axes.get_legend()
    if legend:
        for text in legend.get_texts():
            text.set_fontproperties(font)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    _pyplot().close(figure)
    return buffer.getvalue()


def bar_chart(title, labels, values, ylabel="", reference=None, reference_label=""):
    """Vertical bars; ``reference`` draws a horizontal line (e.g. the mean)."""
    pyplot = _pyplot()
    font = _font()
    figure, axes = pyplot.subplots(figsize=(7, 3.6))
    positions = range(len(labels))
    bars = axes.bar(positions, values, color=PALETTE[0], width=0.6)
    axes.bar_label(bars, fmt="%g", fontsize=8)
    axes.set_xticks(list(positions), labels)
    if ylabel:
        axes.set_ylabel(ylabel, fontproperties=font)
    if reference is not None:
        axes.axhline(reference, color=PALETTE[1], linestyle="--", label=reference_label)
        axes.legend()
    return _finish(figure, axes, title, font)


def barh_chart(title, labels, values):
    """Horizontal bars, largest on top (rankings, categories)."""
    pyplot = _pyplot()
    font = _font()
    figure, axes = pyplot.subplots(figsize=(7, max(2.4, 0.35 * len(labels) + 1)))
    positions = list(range(len(labels)))[::-1]
    bars = axes.barh(positions, values, color=PALETTE[5])
    axes.bar_label(bars, fmt="%g", fontsize=8)
    axes.set_yticks(positions, labels)
    return _finish(figure, axes, title, font)


def stacked_chart(title, labels, series):
    """Stacked vertical bars: ``series`` is [(name, values)]."""
    pyplot = _pyplot()
    font = _font()
    figure, axes = pyplot.subplots(figsize=(7, 3.6))
    positions = list(range(len(labels)))
    bottom = [0] * len(labels)
    for index, (name, values) in enumerate(series):
        axes.bar(positions, values, bottom=bottom, label=name, color=PALETTE[index % 7], width=0.6)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_xticks(positions, labels)
    axes.legend()
    return _finish(figure, axes, title, font)


def pie_chart(title, labels, values):
    pyplot = _pyplot()
    font = _font()
    figure, axes = pyplot.subplots(figsize=(6, 3.6))
    if any(values):
        _wedges, texts, autotexts = axes.pie(
            values, labels=labels, autopct="%1.0f%%", colors=PALETTE[: len(values)]
        )
        for text in texts + autotexts:
            text.set_fontproperties(font)
    else:
        axes.text(0.5, 0.5, "—", ha="center", va="center")
        axes.set_axis_off()
    return _finish(figure, axes, title, font)


def data_uri(png):
    return "data:image/png;base64," + base64.b64encode(png).decode()
