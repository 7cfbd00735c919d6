"""Cheap tests before costly ones in the split's title readers (issue 15): a pair of
lines whose ends cannot join is no wrapped headline, read without any line's shape;
the titles found stay the same.  Every word is invented."""

from __future__ import annotations

from unittest import mock

from cleaner.stages import title_wrap

BODY = "本期介绍了相关情况，请各单位认真阅读并结合本地实际抓好落实。"


def test_wrapped_title_reads_no_shape_when_the_ends_cannot_join() -> None:
    with mock.patch.object(title_wrap, "line_shape", wraps=title_wrap.line_shape) as shp:
        assert title_wrap.wrapped_title(["青川镇石板路修缮记", BODY, BODY]) is None  # longer
        assert title_wrap.wrapped_title(["青川镇石板路修缮记。", "木桥", BODY]) is None
        assert shp.call_count == 0
        joined = title_wrap.wrapped_title(
            ["青川镇修好了进山的", "石板路和木桥", "发布时间：2023-04-11"]
        )
        assert joined == "青川镇修好了进山的石板路和木桥"
        assert shp.call_count == 3
