"""The whole pipeline on real scraped text (../shared/samples) and on the bundled examples."""

from __future__ import annotations

import json

import mujaz
from mujaz.arabic.segment import tokens
from mujaz.render import briefing_dict, to_html, to_markdown
from mujaz.render.counts import ARTICLE, STORY, TIME, count_ar, quoted_ar
from tests.conftest import EXAMPLES, validate


def _story_of(briefing):
    loc = {a.id: a.location for a in briefing.articles}
    return {s.id: sorted(loc[a].rsplit("/", 1)[-1][:3] for a in s.articles) for s in briefing.stories}


def test_samples_form_the_paris_story_and_the_london_story(sample_briefing):
    groups = sorted(_story_of(sample_briefing).values())
    assert groups == [["000", "001", "002", "003"], ["004"]]


def test_every_summary_sentence_is_a_cited_source_sentence(sample_briefing):
    articles = {a.id: a for a in sample_briefing.articles}
    for story in sample_briefing.stories:
        assert story.summary, story.id  # a one-article story still gets a summary
        for x in story.summary:
            first = x.citations[0]
            sent = articles[first.article].sentences[first.sentence]
            assert x.text == sent.text == articles[first.article].text[sent.start : sent.end]
            assert all(c.article in story.articles for c in x.citations)
            assert len({c.article for c in x.citations}) == len(x.citations)


def test_summaries_respect_the_budget_and_never_repeat(sample_briefing):
    for story in sample_briefing.stories:
        words = sum(len(tokens(x.text)) for x in story.summary)
        assert words <= 100
        texts = [x.text for x in story.summary]
        assert len(texts) == len(set(texts))
        cited = [(c.article, c.sentence) for x in story.summary for c in x.citations]
        assert len(cited) == len(set(cited))


def test_paris_summary_cites_several_outlets(sample_briefing):
    paris = max(sample_briefing.stories, key=lambda s: len(s.articles))
    assert len(paris.sources) == 4
    assert any(len(x.citations) >= 2 for x in paris.summary)
    assert "باريس" in paris.headline


def test_glued_words_and_debris_are_gone_from_the_cleaned_samples(sample_briefing):
    text = "\n".join(a.text for a in sample_briefing.articles)
    for glued in ["العراقوسوريا", "الولاياتالمتحدة", "وقالفالون", "&", "التعليقات", "اقرأ أيضاً"]:
        assert glued not in text
    assert "العراق وسوريا" in text and "وقال فالون" in text
    captions = [c for a in sample_briefing.articles for c in a.captions]
    assert any(c.startswith("French Defense Minister") for c in captions)


def test_words_setting_changes_the_length(samples):
    short = mujaz.brief([samples], words=40)
    long = mujaz.brief([samples], words=200)
    size = lambda b: sum(len(tokens(x.text)) for s in b.stories for x in s.summary)  # noqa: E731
    assert size(short) < size(long)
    assert all(sum(len(tokens(x.text)) for x in s.summary) <= 40 or len(s.summary) == 1
               for s in short.stories)


def test_examples_show_every_feature():
    b = mujaz.brief([EXAMPLES])
    assert b.errors == []
    assert len(b.stories) == 2
    assert all(len(s.sources) == 4 for s in b.stories)  # a text file, a page, JSONL and a feed
    assert {a.source for a in b.articles if a.location.startswith("https://example.org/almasaa/")} == {"نشرة المساء"}
    cup = next(s for s in b.stories if "النجم" in s.headline)
    (crowd,) = [f for f in cup.figures if f.status == "conflict"]
    assert sorted(v.value for v in crowd.variants) == [40000, 45000]
    reprint = [a for a in b.articles if a.duplicate_of]
    assert len(reprint) == 1 and reprint[0].source == "صحيفة الفجر"
    texts = " ".join(a.text for a in b.articles)
    assert "&" not in texts and "التعليقات" not in texts and "حملة ممتازة" not in texts
    assert "السبيعي، وأضاف" in texts
    assert any(a.captions for a in b.articles)


def test_json_output_follows_the_schema(sample_briefing):
    doc = briefing_dict(sample_briefing)
    validate(doc)
    json.dumps(doc, ensure_ascii=False)
    for art in doc["articles"]:
        for s in art["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(art["text"])


def test_html_report_is_rtl_escaped_and_links_every_citation(tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text("قال المتحدث <script>alert(1)</script> إن الاجتماع انتهى بنجاح كبير اليوم في الرياض.",
                 encoding="utf-8")
    b = mujaz.brief([f])
    page = to_html(b)
    assert '<html dir="rtl" lang="ar">' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    for x in b.stories[0].summary:
        for c in x.citations:
            assert f'href="#{c.article}-s{c.sentence}"' in page
            assert f'id="{c.article}-s{c.sentence}"' in page


def test_markdown_lists_stories_and_sources(sample_briefing):
    md = to_markdown(sample_briefing)
    assert md.count("\n## ") == len(sample_briefing.stories)
    assert "a1#" in md.replace("\\#", "#")


def test_markdown_keeps_each_item_on_one_line():
    raw = "أعلنت الوزارة أمس\nأن المعرض يفتتح في 12 ربيع\nالثاني 1436 هـ بمشاركة دور نشر كثيرة."
    b = mujaz.brief(mujaz.Article(id="x", source="وكالة", location="mem:1", raw=raw))
    md = to_markdown(b)
    assert "«12 ربيع الثاني 1436 هـ»" in md
    assert "- x: وكالة — أعلنت الوزارة أمس أن المعرض" in md


def test_article_objects_are_accepted():
    a = mujaz.Article(id="x", source="وكالة", location="mem:1",
                      raw="قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الجميع.")
    b = mujaz.brief(a)
    assert b.stories[0].articles == ["x"] and b.stories[0].summary


def test_an_article_that_breaks_cleaning_is_an_error_and_the_rest_is_briefed(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    real = pipeline.clean_text

    def fragile(raw, **kw):
        if "انفجار" in raw:
            raise ValueError("boom")
        return real(raw, **kw)

    monkeypatch.setattr(pipeline, "clean_text", fragile)
    (tmp_path / "a.txt").write_text("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الجميع.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.", encoding="utf-8")
    b = mujaz.brief([tmp_path])
    assert [a.location for a in b.articles] == [str(tmp_path / "a.txt")]
    assert [(e.location, e.error) for e in b.errors] == [
        (str(tmp_path / "b.txt"), "cannot clean this article: ValueError: boom")]
    assert len(b.stories) == 1


def test_an_article_whose_figures_cannot_be_read_is_still_briefed(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    real = pipeline.find_quantities

    def fragile(text, article=""):
        if "انفجار" in text:
            raise ValueError("boom")
        return real(text, article)

    monkeypatch.setattr(pipeline, "find_quantities", fragile)
    (tmp_path / "b.txt").write_text("وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.", encoding="utf-8")
    b = mujaz.brief([tmp_path])
    assert [a.location for a in b.articles] == [str(tmp_path / "b.txt")]
    assert b.stories[0].summary
    assert [(e.location, e.error) for e in b.errors] == [
        (str(tmp_path / "b.txt"),
         "briefed without its names, quotes, figures and dates: ValueError: boom")]


def test_an_article_whose_sentences_cannot_be_judged_is_still_summarised(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    real = pipeline.judge_sentences

    def fragile(article):
        if "انفجار" in article.text:
            raise ValueError("boom")
        real(article)

    monkeypatch.setattr(pipeline, "judge_sentences", fragile)
    (tmp_path / "b.txt").write_text(
        "وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.\n"
        "وقالت الشرطة إن فرق الدفاع المدني سيطرت على الحريق خلال ساعة واحدة.", encoding="utf-8")
    b = mujaz.brief([tmp_path])
    # its sentences are taken as they are: each one may stand in the summary
    assert [s.text for s in b.stories[0].summary][:1] == [
        "وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات."]
    assert [(e.location, e.error) for e in b.errors] == [
        (str(tmp_path / "b.txt"), "summarised without judging its sentences: ValueError: boom")]


def test_names_of_a_batch_that_cannot_be_decoded_together_are_read_one_by_one(
    monkeypatch, tmp_path
):
    import mujaz.pipeline as pipeline

    real = pipeline.find_mentions

    def fragile(text, article=""):
        if "انفجار" in text:
            raise ValueError("boom")
        return real(text, article)

    def broken_batch(texts):
        raise ValueError("batch")

    monkeypatch.setattr(pipeline, "find_mentions_many", broken_batch)
    monkeypatch.setattr(pipeline, "find_mentions", fragile)
    (tmp_path / "a.txt").write_text("قال وزير الخارجية جون كيري إن المحادثات ستستأنف في جنيف.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.", encoding="utf-8")
    b = mujaz.brief([tmp_path])
    assert len(b.articles) == 2
    by_location = {a.location: a for a in b.articles}
    assert "جون كيري" in {m.text for m in by_location[str(tmp_path / "a.txt")].mentions}
    assert [(e.location, e.error) for e in b.errors] == [
        (str(tmp_path / "b.txt"),
         "briefed without its names, quotes, figures and dates: ValueError: boom")]


def test_worker_processes_give_the_same_briefing_as_one_process(monkeypatch):
    """Big batches are prepared and summarised in forked workers; the result must not change."""
    import mujaz.pipeline as pipeline

    one = briefing_dict(mujaz.brief([EXAMPLES]))
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_CHUNK", 2)
    monkeypatch.setattr(pipeline, "PARALLEL_STORIES", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_STORY_CHUNK", 1)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    many = briefing_dict(mujaz.brief([EXAMPLES]))
    assert many == one
    assert len(one["stories"]) >= 2


def test_titles_are_cleaned_in_worker_processes_too(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    record = {
        "source": "was", "url": "http://example.org/1", "date_extracted": "2015-08-10",
        "title": "اقتصادي / &quot;الصوامع&quot; تصرف مستحقات المزارعين",
        "content": "صرفت المؤسسة العامة للصوامع مستحقات مزارعي القمح عن الدفعة الثالثة أمس.",
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    (article,) = mujaz.brief([path]).articles
    assert article.title == '"الصوامع" تصرف مستحقات المزارعين'


def _two_stories(tmp_path):
    (tmp_path / "a.txt").write_text(
        "قال وزير الخارجية جون كيري إن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n"
        "وأضاف أن الوفود ستصل يوم الأحد.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.\n"
        "وقالت الشرطة إن فرق الإطفاء سيطرت على الحريق بعد ساعتين.", encoding="utf-8")


def test_a_story_whose_summary_fails_is_briefed_by_its_lead(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    real = pipeline.summarize_story

    def fragile(members, *args, **kw):
        if any("انفجار" in a.text for a in members):
            raise ValueError("boom")
        return real(members, *args, **kw)

    monkeypatch.setattr(pipeline, "summarize_story", fragile)
    _two_stories(tmp_path)
    for parallel in (False, True):
        if parallel:  # the same in forked workers
            monkeypatch.setattr(pipeline, "PARALLEL_STORIES", 1)
            monkeypatch.setattr(pipeline, "PARALLEL_STORY_CHUNK", 1)
            monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
        b = mujaz.brief([tmp_path])
        assert len(b.stories) == 2
        failed = next(s for s in b.stories if "انفجار" in s.summary[0].text)
        assert [x.text for x in failed.summary] == [
            "وقع انفجار في مستودع للوقود قرب الميناء صباح اليوم دون إصابات.",
            "وقالت الشرطة إن فرق الإطفاء سيطرت على الحريق بعد ساعتين."]
        assert failed.headline
        assert [(e.location, e.error) for e in b.errors] == [
            (str(tmp_path / "b.txt"), f"story {failed.id}: summarised by its earliest "
             "article's lead: ValueError: boom")]
        validate(briefing_dict(b))


def test_a_story_whose_names_cannot_be_gathered_keeps_its_summary(monkeypatch, tmp_path):
    import mujaz.pipeline as pipeline

    real = pipeline.story_entities

    def fragile(mentions, articles):
        mentions = list(mentions)
        if any("كيري" in m.text for m in mentions):
            raise ValueError("boom")
        return real(mentions, articles)

    monkeypatch.setattr(pipeline, "story_entities", fragile)
    _two_stories(tmp_path)
    b = mujaz.brief([tmp_path])
    kerry = next(s for s in b.stories if "كيري" in s.summary[0].text)
    assert kerry.summary and not kerry.entities and not kerry.quotes
    assert [e.error for e in b.errors] == [
        f"story {kerry.id}: briefed without its names, quotes, figures and dates: "
        "ValueError: boom"]


def test_counted_nouns_agree_with_their_numbers():
    assert count_ar(1, STORY) == "قصة واحدة"
    assert count_ar(2, STORY) == "قصتان"
    assert count_ar(2, ARTICLE, after_preposition=True) == "مقالين"  # «مرتان في مقالين»
    assert count_ar(5, ARTICLE, after_preposition=True) == "5 مقالات"
    assert count_ar(5, ARTICLE) == "5 مقالات"
    assert count_ar(17, TIME) == "17 مرة"
    assert count_ar(17, ARTICLE) == "17 مقالا"
    assert count_ar(100, ARTICLE) == "100 مقال"
    assert count_ar(105, ARTICLE) == "105 مقالات"
    assert count_ar(1345, ARTICLE) == "1345 مقالا"


def test_a_statement_in_its_own_quotation_marks_is_not_quoted_twice():
    assert quoted_ar("«سنواصل العمل»") == "«سنواصل العمل»"
    assert quoted_ar("المحادثات ستستأنف") == "«المحادثات ستستأنف»"
    assert quoted_ar("«الحرب» لم تنته و«السلام» بعيد") == "««الحرب» لم تنته و«السلام» بعيد»"


def test_reports_say_how_many_in_arabic(sample_briefing):
    md = to_markdown(sample_briefing)
    stories = count_ar(len(sample_briefing.stories), STORY)
    assert f"{stories} من {count_ar(len(sample_briefing.articles), ARTICLE, after_preposition=True)}." in md
    assert f"<h1>موجز: {stories} من" in to_html(sample_briefing)
    assert "««" not in md
