"""The language layer on real text: keys, stems, sentences, debris, glued words."""

from __future__ import annotations

from mujaz.arabic.clean import clean_text, clean_title, is_word_form, split_glued, word_zipf
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import sentence_spans, tokens
from mujaz.arabic.stem import content_stems, light_stem_ar, stem_ar


def test_matching_key_unifies_spellings():
    assert matching_key("أشتون") == matching_key("آشتون") == matching_key("اشتون")
    assert matching_key("سورية") == matching_key("سوريه")
    assert matching_key("مستشفى") == matching_key("مستشفي")
    assert matching_key("٢٠١٦") == "2016"
    assert matching_key("الْحَمْدُ") == "الحمد"


def test_stems_match_inflections_and_keep_names():
    assert stem_ar("وقال") == stem_ar("قال")
    assert stem_ar("الحكومة") == stem_ar("الحكومه")
    assert stem_ar("التحالف") == stem_ar("والتحالف")
    assert stem_ar("فالون").startswith("ف")  # a name, not ف + الون


def test_sentences_split_on_stops_not_on_arabic_comma():
    text = "قال الوزير، في مؤتمر صحفي، إن الاجتماع نجح. وأضاف: هل نحن مستعدون؟ نعم؛ تماما"
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == [
        "قال الوزير، في مؤتمر صحفي، إن الاجتماع نجح.",
        "وأضاف: هل نحن مستعدون؟",
        "نعم؛",
        "تماما",
    ]


def test_quotes_stay_inside_their_sentence():
    text = 'وقال «هذا يوم مهم. سنواصل العمل!» ثم غادر. وكتب "انتهى الأمر. شكرا" على حسابه.'
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == ["وقال «هذا يوم مهم. سنواصل العمل!» ثم غادر.", 'وكتب "انتهى الأمر. شكرا" على حسابه.']


def test_decimal_points_and_abbreviations_do_not_end_sentences():
    text = "ضبطت السلطات 43.8 كيلوغراما. وقال د. حسن إن التحقيق مستمر."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "ضبطت السلطات 43.8 كيلوغراما.",
        "وقال د. حسن إن التحقيق مستمر.",
    ]


def test_short_asides_in_parentheses_stay_inside_their_sentence():
    text = (
        "ونقلت شبكة (إن. بي. سي.) عن مسؤولين أن الاختراق مصدره روسيا. وقال المتحدث إن التفاصيل "
        "(...) ستنشر على الموقع (www.example.gov.sa) غدا. وانتهى الاجتماع (وكان مغلقا."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "ونقلت شبكة (إن. بي. سي.) عن مسؤولين أن الاختراق مصدره روسيا.",
        "وقال المتحدث إن التفاصيل (...) ستنشر على الموقع (www.example.gov.sa) غدا.",
        "وانتهى الاجتماع (وكان مغلقا.",  # an unmatched parenthesis protects nothing
    ]


def test_unmatched_quote_protects_nothing():
    text = "وأوضح أنه»حققنا تقدما كبيرا. وتابع أن الحملة مستمرة."
    assert len(sentence_spans(text)) == 2


def test_spans_point_into_the_text():
    text = "  السطر الأول.\n\nالسطر الثاني بلا نقطة\nوالثالث. "
    for a, b in sentence_spans(text):
        assert text[a:b] == text[a:b].strip() and text[a:b]


def test_tokens_keep_decimal_numbers_and_words():
    assert tokens("ارتفع 43.8% في 2015، مقابل ٢٠ أمس") == ["ارتفع", "43.8", "في", "2015", "مقابل", "٢٠", "أمس"]


def test_glued_words_of_the_samples_are_repaired():
    assert split_glued("العراقوسوريا") == ("العراق", "وسوريا")
    assert split_glued("الولاياتالمتحدة") == ("الولايات", "المتحدة")
    assert split_glued("وقالفالون") == ("وقال", "فالون")
    assert split_glued("فصائلالمعارضة") == ("فصائل", "المعارضة")
    # all three in one sentence of 001_ffe0852adbd1430c.txt
    assert split_glued("التحالفنجحت") == ("التحالف", "نجحت")  # an ال word on the left
    assert split_glued("عبروزير") == ("عبر", "وزير")  # a function word before a common word
    assert split_glued("فالونعن") == ("فالون", "عن")  # a name before a function word


def test_glue_after_an_article_word_needs_two_common_halves():
    # SaudiNewsNet: two titles of a related-articles list, a caption run into the lead
    assert split_glued("النوويمخطط") == ("النووي", "مخطط")
    assert split_glued("البلديةأقامت") == ("البلدية", "أقامت")
    # loanwords and one word that look like an ال word and another
    for word in ["البارأولمبية", "بالكونفيدرالية", "الملياريدير", "السنيغالية", "المعدودون"]:
        assert split_glued(word) is None, word


def test_known_words_are_never_split():
    frequent = sorted(word_zipf().items(), key=lambda kv: -kv[1])[:20000]
    split = [w for w, _ in frequent if split_glued(w)]
    assert split == []


def test_rare_real_words_and_names_are_not_split():
    for word in ["مستوياتهما", "والحرفيات", "لودريان", "عبدالله", "ليستقبلوا", "سيتيلينك", "نتباحث"]:
        assert split_glued(word) is None, word


def test_judged_false_splits_stay_whole():
    # Transliterated names (Wijnaldum twice, Grijalva, Londonistan, Penelope), a construct
    # plural before هذه, a feminine plural verb, words with clitics or endings, one with the
    # article (بالكهل: "the elderly man", not بالك + هل) and a club's name.
    for word in [
        "فاينالدوم", "فاينالدم", "جريجالفا", "جاليسكان", "لندنستان", "وبينلوبي", "للعبداللات",
        "خريجوهذه", "يتلوعن", "معالمهم", "فاستقرار", "يمكناننا", "واستغلالية", "وأنتقد",
        "الانقيادي", "بالكهل", "كانتونال",
    ]:
        assert split_glued(word) is None, word


def test_word_forms_are_known_words_with_clitics_or_endings():
    assert is_word_form("معالمهم")  # معالم + هم
    assert is_word_form("فاستقرار")  # ف + استقرار
    assert is_word_form("يمكناننا")  # يمكن + ان + نا
    assert not is_word_form("العراقوسوريا")
    assert not is_word_form("وقالفالون")


def test_glue_around_short_and_function_words_is_still_repaired():
    assert split_glued("أنالمدينة") == ("أن", "المدينة")  # not أنال + مدينة
    assert split_glued("أوالتمييز") == ("أو", "التمييز")
    assert split_glued("يقتصرعلى") == ("يقتصر", "على")
    assert split_glued("لعضومجلس") == ("لعضو", "مجلس")  # ل + عضو: Arabic, not a name
    assert split_glued("صدقةفيها") == ("صدقة", "فيها")
    assert split_glued("بكسرالنمط") == ("بكسر", "النمط")


def test_an_ambiguous_cut_is_left_alone():
    # الوطني جني or الوطن يجني: the ي may end the left word or start the right one.
    assert split_glued("الوطنيجني") is None


def test_clean_removes_debris_and_keeps_content():
    raw = (
        "التحالف يبحث في باريس&nbsp;تكثيف الحملة&amp; الضربات.\n&\n"
        "ووصل الوزراء،وبدأ الاجتماع في العراقوسوريا.\n"
        "French Defense Minister welcomes his US counterpart in Paris.\n"
        "وزير الدفاع يستقبل نظيره (الأوروبية)\n"
        "اقرأ أيضاً: قصة أخرى\n"
        "رابط الخبر بصحيفة المثال: التحالف يبحث في باريس تكثيف الحملة\n"
        "المصدر : الجزيرة\n"
        "التعليقات\n"
        "تعليق من قارئ غاضب"
    )
    c = clean_text(raw)
    assert "&" not in c.text
    assert "التعليقات" not in c.text and "قارئ" not in c.text
    assert "اقرأ" not in c.text and "المصدر" not in c.text and "رابط" not in c.text
    assert "French" not in c.text and c.captions[0].startswith("French")
    assert c.captions[1] == "وزير الدفاع يستقبل نظيره (الأوروبية)"
    assert "الوزراء، وبدأ" in c.text
    assert "العراق وسوريا" in c.text
    assert c.credit == "الجزيرة"
    assert "التحالف يبحث في باريس تكثيف الحملة الضربات." in c.text


def test_tags_and_a_link_back_are_debris_also_glued_to_the_last_sentence():
    c = clean_text(
        "سمات القائد الناجح كثيرة، أولها الصبر.\nافتتح المحافظ الحديقة أمس.\n"
        "سمات الحديقة المحافظ افتتاح البلدية"
    )
    assert c.text == "سمات القائد الناجح كثيرة، أولها الصبر.\nافتتح المحافظ الحديقة أمس."
    assert c.removed == ["سمات الحديقة المحافظ افتتاح البلدية"]
    glued = clean_text(
        "سمات القائد الناجح كثيرة، أولها الصبر.\n"
        "افتتح المحافظ الحديقة أمس. سمات الحديقة المحافظ افتتاح البلدية\n"
    )
    assert glued.text == "سمات القائد الناجح كثيرة، أولها الصبر.\nافتتح المحافظ الحديقة أمس."
    assert glued.removed == ["سمات الحديقة المحافظ افتتاح البلدية"]
    link = clean_text(
        "تراجع النفط في ختام التعاملات أمس.\n"
        "ويحل أجل استحقاق العقد يوم الثلاثاء. رابط الخبر بصحيفة المثال: النفط يتراجع نحو 1 %"
    )
    assert link.text == "تراجع النفط في ختام التعاملات أمس.\nويحل أجل استحقاق العقد يوم الثلاثاء."
    assert link.removed == ["رابط الخبر بصحيفة المثال: النفط يتراجع نحو 1 %"]


def test_a_hidden_e_mail_address_s_empty_script_comment_is_dropped():
    c = clean_text("ترسل السيرة الذاتية إلى البريد الإلكتروني ( [email protected] /* */ )، لمدة شهر.")
    assert c.text == "ترسل السيرة الذاتية إلى البريد الإلكتروني ( [email protected] )، لمدة شهر."


def test_a_title_is_decoded_and_loses_an_agency_s_section_label_and_continuation_note():
    assert clean_title("اقتصادي / النفط يتعافى مع صعود أسعار البنزين") == (
        "النفط يتعافى مع صعود أسعار البنزين"
    )
    assert clean_title("تقرير / بساتين العنب على ضفاف وادي نجران  / إضافة أولى واخيرة") == (
        "بساتين العنب على ضفاف وادي نجران"
    )
    assert clean_title("4 طرق بين مكة/ جدة") == "4 طرق بين مكة/ جدة"
    assert clean_title("&quot;فنون أبها&quot; تقيم حفلاً للأطفال") == '"فنون أبها" تقيم حفلاً للأطفال'


def test_a_dateline_run_into_the_lead_goes_on_a_line_of_its_own():
    lead = "وقع رئيس النادي عبدالله القريني قبل قليل عقد إعارة اللاعب لمدة موسم واحد."
    c = clean_text(f"فايز الأسمري- سبق- الرياض: {lead}")
    assert c.text == f"فايز الأسمري- سبق- الرياض:\n{lead}"
    aside = f"وأوضح مدير النادي - في تصريح صحفي - أن: {lead}"  # a sentence, not a dateline
    assert clean_text(aside).text == aside


def test_a_photo_gallery_s_buttons_are_debris():
    c = clean_text("Next Previous حامد القرشي – عين اليوم\nأبدع المغردون الليلة في وصف المباراة.")
    assert c.text == "حامد القرشي – عين اليوم\nأبدع المغردون الليلة في وصف المباراة."
    assert c.removed == ["Next Previous"]


def test_a_run_of_tatweel_used_as_a_dash_has_no_stem():
    # «الوزير ــ في تصريح ــ» : an empty stem would be a word every such page shares
    dashed = tokens("أكد الوزير ــ في تصريح صحفي ـــ أن الطريق سيفتح")
    assert content_stems(dashed) == content_stems(tokens("أكد الوزير في تصريح صحفي أن الطريق سيفتح"))
    assert "" not in content_stems(dashed)


def test_light_stems_take_clitics_off_only_where_they_are_clitics():
    assert light_stem_ar("لكأس") == light_stem_ar("الكأس") == light_stem_ar("كأس")
    assert light_stem_ar("فريق") == light_stem_ar("الفريق") == light_stem_ar("بفريق")
    assert light_stem_ar("وزراء") == light_stem_ar("الوزراء")  # not و + زراء
    assert light_stem_ar("للبنان") == light_stem_ar("لبنان")  # ل + لبنان
    assert light_stem_ar("للحكومة") == light_stem_ar("حكومته") == light_stem_ar("الحكومة")
    assert light_stem_ar("فيصل") != light_stem_ar("يصل")
    assert light_stem_ar("فلسطين") == "فلسطين"  # the ين of the name stays
    assert light_stem_ar("ألمانيا") != light_stem_ar("مانيا")  # أل is not the article


def test_a_poll_s_script_and_style_inside_a_line_are_dropped_and_its_text_kept():
    line = (
        "يختلف الصائمون في موعد الإفطار بين من يأكل كل شيء مع الأذان ومن يكتفي بالتمر. "
        "ما النوع الذي تفضله؟. #vote_box ul { padding: 0; margin: 0; } .vote_item { color: #333; "
        "font-size: 12px; } jQuery('#vote_box').submit(function(){ return false; }); "
        "كيف تتناول إفطارك في رمضان؟"
    )
    cleaned = clean_text(line)
    assert cleaned.text == (
        "يختلف الصائمون في موعد الإفطار بين من يأكل كل شيء مع الأذان ومن يكتفي بالتمر. "
        "ما النوع الذي تفضله؟. كيف تتناول إفطارك في رمضان؟"
    )
    assert not cleaned.captions
    assert any("jQuery" in r for r in cleaned.removed)
    english = clean_text("قال الوزير إن المشروع اكتمل.\nPhoto: the minister at the site; AFP")
    assert english.captions == ["Photo: the minister at the site; AFP"]
