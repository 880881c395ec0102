"""Rich text typed as plain text keeps its paragraphs; what was written as HTML keeps its
own layout; nothing typed gets past the sanitiser."""

from citypeers.core.rich_text import clean_rich_text


def test_blank_lines_make_paragraphs_and_line_ends_breaks():
    typed = "First.\r\n\r\n\r\nSecond  \r\n  line"

    assert clean_rich_text(typed) == "<p>First.</p>\n<p>Second<br>\nline</p>"


def test_typed_markup_stays_escaped_or_sanitised():
    typed = (
        'Fish & chips <script>alert(1)</script>\n\n<img src=x onerror="alert(1)"> "quoted" 3 > 2'
    )

    assert clean_rich_text(typed) == (
        '<p>Fish &amp; chips</p>\n<p><img src="x"> "quoted" 3 &gt; 2</p>'
    )


def test_html_with_paragraphs_is_left_as_written():
    written = "<p>One</p>\n\n<ul><li>a</li>\n<li>b</li></ul>"

    assert clean_rich_text(written) == written


def test_line_ends_inside_an_attribute_stay_there():
    typed = '<a href="https://example.org" title="two\n\nlines">site</a>\n\nnext'

    cleaned = clean_rich_text(typed, tags={"a", "p", "br"}, attributes={"a": {"href", "title"}})

    assert cleaned.startswith('<p><a href="https://example.org" title="two\n\nlines"')
    assert cleaned.endswith("</a></p>\n<p>next</p>")


def test_one_line_is_unchanged():
    assert clean_rich_text("Just <em>one</em> line") == "Just <em>one</em> line"
