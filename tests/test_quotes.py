"""Quotes on news sentences written for these tests: cues, speakers, carried speakers and
what is not a statement."""

from mujaz.extract.quotes import find_quotes
from mujaz.model import Article, Mention
from mujaz.pipeline import prepare_article


def quotes_of(text: str, mentions: list[tuple[str, str]] = ()):
    article = prepare_article(Article("a1", "test", "test.txt", text))
    found = []
    for name, kind in mentions:
        start = article.text.find(name)
        found.append(Mention("a1", start, start + len(name), name, kind))
    return find_quotes(article, found)


def test_reported_speech_strips_the_title_from_the_speaker():
    (quote,) = quotes_of(
        "وقال وزير الدفاع البريطاني مايكل فالون إن الضربات الجوية ستتواصل حتى نهاية العام."
    )
    assert quote.speaker == "مايكل فالون"
    assert quote.text == "الضربات الجوية ستتواصل حتى نهاية العام"
    assert quote.kind == "reported"


def test_direct_quote_after_a_colon_is_the_text_inside_the_marks():
    (quote,) = quotes_of(
        "وقال المدير التنفيذي للمهرجان الدكتور سامي العتيبي: «نتوقع أكثر من مئة ألف زائر هذا الموسم»."
    )
    assert quote.speaker == "سامي العتيبي"
    assert quote.text == "نتوقع أكثر من مئة ألف زائر هذا الموسم"
    assert quote.kind == "direct"


def test_speaker_carries_into_wa_adafa_and_participles():
    quotes = quotes_of(
        "وأكد رئيس البلدية خالد المطيري أن أعمال الصيانة ستنتهي الشهر المقبل، مشيرا إلى أن "
        "الطرق الرئيسية ستفتح تباعا. وأضاف أن فرق الطوارئ تعمل على مدار الساعة في الأحياء المتضررة."
    )
    assert [q.speaker for q in quotes] == ["خالد المطيري"] * 3
    assert quotes[0].text == "أعمال الصيانة ستنتهي الشهر المقبل"
    assert quotes[1].text == "الطرق الرئيسية ستفتح تباعا"
    assert quotes[2].text.startswith("فرق الطوارئ")


def test_surname_alone_resolves_to_the_full_name_said_before():
    quotes = quotes_of(
        "وقال وزير الخارجية جون كيري إن المحادثات ستستأنف الأسبوع المقبل في جنيف. "
        "وفي وقت لاحق، أوضح كيري أن الوفدين اتفقا على جدول أعمال من ثلاث نقاط."
    )
    assert [q.speaker for q in quotes] == ["جون كيري", "جون كيري"]


def test_tagged_person_inside_the_speaker_phrase_is_the_speaker():
    text = "وقال المتحدث باسم الخارجية الأمريكية جون كيربي في مؤتمر صحفي إن الاجتماع سيعقد كما هو مقرر."
    (quote,) = quotes_of(text, [("جون كيربي", "PERSON")])
    assert quote.speaker == "جون كيربي"
    assert quote.text == "الاجتماع سيعقد كما هو مقرر"


def test_speaker_after_the_quotation():
    (quote,) = quotes_of("«لن نسمح بتكرار ما حدث في المدينة القديمة»، قال قائد الشرطة اللواء سعد الحربي.")
    assert quote.speaker == "سعد الحربي"
    assert quote.kind == "direct"


def test_scare_quotes_and_names_in_quotes_are_not_statements():
    assert quotes_of('ودعا الوزير إلى ضرب "رأس الأفعى" في الرقة، معقل التنظيم الرئيسي.') == []
    (quote,) = quotes_of(
        'وبين المشرف العام على برنامج "بارع" الدكتور جاسر العمري، أن الجائزة ارتفعت قيمتها هذا العام.'
    )
    assert quote.speaker == "جاسر العمري"
    assert quote.text == "الجائزة ارتفعت قيمتها هذا العام"


def test_that_clauses_which_are_not_reports():
    assert quotes_of("وأعرب في الفترة الماضية عن رغبته في الرحيل بعد أن بات خارج التشكيلة الأساسية.") == []
    assert quotes_of("وأكد على ضرورة أن يكون التنسيق بين الجهات المعنية كاملا.") == []
    assert quotes_of("ويبقى الخلاف بين الرياض وطهران وهو ما يعني أن المحادثات قد تتأخر.") == []


def test_nested_straight_quotes_stay_in_one_statement():
    (quote,) = quotes_of(
        'ويقول الكابتن مبارك العلي: "خسرنا الكأس بسبب أخطاء المدرب "رحمه الله" عندما اختار لاعبين مصابين".'
    )
    assert quote.text == 'خسرنا الكأس بسبب أخطاء المدرب "رحمه الله" عندما اختار لاعبين مصابين'


def speakers_of(text: str, people: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text, [(p, "PERSON") for p in people])]


def test_feminine_titles_lead_to_the_name():
    (quote,) = quotes_of("وقالت المتحدثة باسم الوزارة سارة الخالدي إن الامتحانات ستبدأ في موعدها.")
    assert quote.speaker == "سارة الخالدي"


def test_a_long_title_still_ends_on_its_name():
    text = (
        "وقال المتحدث الرسمي باسم هيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد مساعد "
        "السهلي: «الفرق باشرت أكثر من خمسين ألف بلاغ». وقال المتحدث: «عدد البلاغات ارتفع هذا "
        "العام بنسبة ثمانية في المئة»."
    )
    assert [s for s, _ in speakers_of(text, ("خالد مساعد السهلي",))] == ["خالد مساعد السهلي"] * 2


def test_ali_as_a_tagged_name_is_not_the_preposition():
    (quote,) = quotes_of(
        "وقال علي الريشان: أعظم ذنب بعد الكفر سفك الدم الحرام.", [("علي الريشان", "PERSON")]
    )
    assert quote.speaker == "علي الريشان"


def test_a_verb_word_after_a_preposition_is_a_noun():
    assert quotes_of("بل إن الطريق يوصف في كتب التاريخ بأنه يمر شرق المسجد القديم.") == []
    (quote,) = quotes_of(
        "صدر القانون في عهد زين العابدين بن علي يقول المدافعون عن الحقوق إنه كان أداة للقمع."
    )
    assert quote.speaker == "المدافعون"


def test_the_subject_after_a_clause_particle_speaks():
    (quote,) = quotes_of(
        "ظهرت خلافات بينهم وبين المخلوع، حيث يرجح المراقبون أن تسهم هذه الانشقاقات في حسم المعركة."
    )
    assert quote.speaker == "المراقبون"


def test_a_document_speaks_for_its_issuer_and_a_relative_clause_is_cut():
    assert speakers_of(
        "وأشار بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه إلى أن القيادة بدأت عملها."
    )[0][0] == "اللجنة التنسيقية للائتلاف"
    assert speakers_of(
        "وقال تقرير صادر عن منظمة العفو الدولية إن السلطات اعتقلت عشرات الناشطين."
    )[0][0] == "منظمة العفو الدولية"


def test_reported_from_a_relative_who_goes_on_speaking():
    text = (
        "وقال مصدر أمني إن المنفذ شاب في العشرين. ونقلت وسائل إعلام محلية عن والدة آلاجوز أنها "
        "تحدثت مع ابنها قبل شهر رمضان. وقالت إن ابنها سافر إلى خارج البلاد قبل ستة أشهر."
    )
    assert [s for s, _ in speakers_of(text, ("آلاجوز",))] == [
        "مصدر أمني", "والدة آلاجوز", "والدة آلاجوز"
    ]


def test_a_participle_of_likelihood_starts_a_new_statement():
    quotes = speakers_of("وقال مصدر أمني إن المنفذ شاب وليس فتاة، مرجحا أن يكون قد تنكر بزي امرأة.")
    assert quotes == [
        ("مصدر أمني", "المنفذ شاب وليس فتاة"), ("مصدر أمني", "يكون قد تنكر بزي امرأة")
    ]


def test_the_subject_of_a_verb_of_telling_speaks_after_it():
    text = (
        "وأبدى المحافظ حزنه العميق. وروى الزوج تفاصيل الحادث، مشيرا إلى أن فرحتهم تحولت إلى "
        "مأساة. وقال: «كنت قادما من الرياض مع زوجتي وأبنائي»."
    )
    assert [s for s, _ in speakers_of(text)] == ["الزوج", "الزوج"]


def test_a_name_after_a_preposition_is_not_who_speaks():
    text = (
        "كتب الأستاذ عبدالعزيز حسين مقالا عن زيارته للشاعر فهد بورسلي فقال: «في الكويت شاعر "
        "شعبي مطبوع»."
    )
    assert speakers_of(text, ("عبدالعزيز حسين", "فهد بورسلي"))[0][0] == "عبدالعزيز حسين"


def test_the_author_is_the_one_whose_book_was_named():
    text = (
        "هذه الأسطر مما جاء في كتاب حمد عبدالمحسن الحمد الصادر قبل أشهر. وقد ذكر المؤلف أن "
        "الشاعر بدأ قول الشعر في العاشرة من عمره."
    )
    assert speakers_of(text, ("حمد عبدالمحسن الحمد",))[0][0] == "حمد عبدالمحسن الحمد"


def test_whom_it_is_about_comes_before_the_speaker():
    (quote,) = quotes_of("قال عنه ابن شبة في كتاب تاريخ المدينة: «إن أول جمعة كانت في هذا المسجد».")
    assert quote.speaker == "ابن شبة"


def test_a_quoted_name_after_a_title_is_not_the_statement():
    (quote,) = quotes_of(
        'وقال ممثل "يورو سبورت عربية" إدوارد غريفيود: "نعتز بتوقيع هذه الاتفاقية مع الصحيفة".'
    )
    assert quote.speaker == "إدوارد غريفيود"
    assert quote.text == "نعتز بتوقيع هذه الاتفاقية مع الصحيفة"


def test_ala_anna_is_a_report_only_after_verbs_that_take_it():
    assert quotes_of(
        "واختتم الفريق تدريباته صباح أمس، على أن يتمتع جميع اللاعبين بإجازة لمدة يومين."
    ) == []
    (quote,) = quotes_of("وشدد الوزير على أن الأمن خط أحمر لا يمكن تجاوزه.")
    assert quote.speaker == "الوزير"
    (quote,) = quotes_of(
        "وجدد عبدالله البرقان تأكيده على أن الأندية الستة لا يحق لها التسجيل.",
        [("عبدالله البرقان", "PERSON")],
    )
    assert quote.speaker == "عبدالله البرقان"


def test_praise_tagged_as_a_name_never_speaks():
    text = (
        "وطمأن مدير الكرة سمير السعود على وصول البعثة بسلام ولله الحمد إلى تونس وقال: بحمد الله "
        "وصلت البعثة عصر اليوم."
    )
    assert speakers_of(text, ("سمير السعود", "لله الحمد"))[0][0] == "سمير السعود"


def test_a_new_verb_and_subject_in_the_sentence_takes_over():
    quotes = speakers_of(
        "وكتب فهد الشمري: كلنا رجال أمن، و غرد أبو رنة فقال: حنا مع الدولة في كل وقت.",
        ("فهد الشمري",),
    )
    assert quotes == [("فهد الشمري", "كلنا رجال أمن"), ("أبو رنة", "حنا مع الدولة في كل وقت")]


def test_according_to_a_source_then_fa_inna():
    text = (
        "وقالت مصادر صحفية إن القتال اشتد في كرش. وبحسب المصادر، فإن المقاومة تلقت دعما "
        "عسكريا كبيرا."
    )
    assert [s for s, _ in speakers_of(text)] == ["مصادر صحفية", "مصادر صحفية"]
    assert quotes_of("وبحسب الإحصاءات، فإن عدد الزوار ارتفع إلى مليون زائر.") == []


def test_that_as_the_object_comes_before_the_speaker_or_no_one():
    assert quotes_of("وجامعة تبوك إذ توضح ذلك لتود أن تؤكد شفافيتها في جميع الإجراءات.") == []
    (quote,) = quotes_of(
        "أوضح ذلك لـ«عكاظ» مصدر مسؤول في مكتب البعثة، مفيدا أنه تم الاتفاق على أربع دول."
    )
    assert quote.speaker == "مصدر مسؤول"
    (quote,) = quotes_of("وأضافت هذه المصادر أن انقلابا مسلحا بات وشيكا في العاصمة.")
    assert quote.speaker == "هذه المصادر"


def test_words_quoted_at_the_end_of_a_report_are_a_statement_of_their_own():
    quotes = speakers_of("وكشفت الأم أن ابنها الثاني سافر أيضا للالتحاق بأخيه «لكنني لا أعرف ماذا يفعلان هناك».")
    assert quotes == [
        ("الأم", "ابنها الثاني سافر أيضا للالتحاق بأخيه"), ("الأم", "لكنني لا أعرف ماذا يفعلان هناك")
    ]
    (quote,) = quotes_of("وقال المسؤول إن هذه الغارات لن تحصل «إلا بأمر من رئيس الجمهورية».")
    assert quote.text == "هذه الغارات لن تحصل «إلا بأمر من رئيس الجمهورية»"


def test_a_relative_clause_reports_for_the_name_before_it():
    text = (
        "وقال المتحدث سمير النجدي إنه تم التواصل مع عميد خدمة المجتمع الدكتور ناصر العنزي "
        "والذي أوضح بأنه صدر قرار وزاري بإغلاق البرامج."
    )
    assert [s for s, _ in speakers_of(text, ("سمير النجدي", "ناصر العنزي"))] == [
        "سمير النجدي", "ناصر العنزي"
    ]


def test_a_name_after_according_to_still_speaks_on():
    text = (
        "ووفقا للرائد بدر السحيباني فإن الشرطة تلقت بلاغا مساء أمس، مضيفا بأن التحقيقات لا "
        "تزال جارية."
    )
    assert [s for s, _ in speakers_of(text, ("بدر السحيباني",))] == ["بدر السحيباني"]


def test_reported_from_needs_a_source_not_a_clause():
    assert quotes_of("والناس نقلت عن صندوق النقد بما يفيد بأن ديون اليونان غير قابلة للسداد.") == []


def test_words_governed_by_a_preposition_or_a_title_are_not_a_name():
    (quote,) = quotes_of("وقالت متحدثة لشبكة ميغا التلفزيونية إن المصارف ستفتح أبوابها غدا.")
    assert quote.speaker != "ميغا التلفزيونية"
    (quote,) = quotes_of(
        "وقال رومينيغه في مؤتمر صحافي عقده في الصين حيث يقوم الفريق بجولة آسيوية، إن "
        "الصفقة اكتملت تماما.",
        [("رومينيغه", "PERSON")],
    )
    assert quote.speaker == "رومينيغه"


def test_whom_a_statement_was_told_to_is_not_the_speaker():
    (quote,) = quotes_of(
        "وقال الأمين العام لمنظمة أوبك عبدالله البدري لوزير الطاقة الروسي ألكسندر نوفاك: إن "
        "الأسعار ستتعافى قريبا.",
        [("عبدالله البدري", "PERSON"), ("ألكسندر نوفاك", "PERSON")],
    )
    assert quote.speaker == "عبدالله البدري"


def test_a_second_verb_or_a_first_person_finding_names_no_speaker():
    assert quotes_of("ما زال المجتمع الرياضي يأمل ويتطلع أن يكون القرار منصفا للجميع.") == []
    assert quotes_of("طلبت مسير الرواتب، فوجدت أنه يتقاضى راتبا كاملا دون عمل.") == []
    (quote,) = quotes_of("ووجد الباحثون أن النوم القليل يغير نشاط الجينات في الأنسجة.")
    assert quote.speaker == "الباحثون"


def test_names_that_begin_like_a_conjoined_verb_still_speak():
    assert [q.speaker for q in quotes_of("وقال ويلموت في مقابلة إن القرار يفتقر للإنسانية تماما.")] == [
        "ويلموت"
    ]
    assert [q.speaker for q in quotes_of("وكتبت فيسبوك في تدوينة أن الشركات ستراسل العملاء.")] == [
        "فيسبوك"
    ]


def test_a_name_after_coordinated_titles_still_speaks():
    (quote,) = quotes_of("من جهته بين الكاتب والباحث تركي العسيري أن العرب ارتبطوا بالنخيل منذ آلاف السنين.")
    assert quote.speaker == "تركي العسيري"


def test_a_later_untagged_run_after_the_name_is_not_the_speaker():
    text = (
        "وذكر الدكتور مطر حامد النيادي وكيل وزارة الطاقة ورئيس لجنة متابعة أسعار الجازولين والديزل "
        "بأن دور الوزارة يتركز في حماية المستهلك."
    )
    assert [s for s, _ in speakers_of(text, ("مطر حامد النيادي",))] == ["مطر حامد النيادي"]
    text = (
        'وأكد المهندس أحمد الفارس مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق ل"الرياض" '
        "بأن المؤسسة استوردت مليون طن من القمح."
    )
    assert [s for s, _ in speakers_of(text, ("أحمد الفارس",))] == ["أحمد الفارس"]


def test_a_poll_is_no_issuer():
    (quote,) = quotes_of("وقد كشف استطلاع للرأي نشر مؤخرا أن معظم البريطانيين يؤيدون الفكرة.")
    assert quote.speaker != "الرأي نشر"


def test_an_adjective_after_an_honorific_is_no_family_name():
    (quote,) = quotes_of("وقالت السفيرة الأميركية إن بلادها ستواصل دعم العملية الانتخابية.")
    assert quote.speaker != "الأميركية"


def test_an_imperative_or_a_description_is_no_cue():
    assert quotes_of("فيا أخي الشاب تأمّل هذه القصة وأنت الحكم: رجل يبيع الحنطة في السوق كل يوم.") == []
    (quote,) = quotes_of("ونقلت الشرطة عن ناجين أن المهربين قاموا بضربهم بالسكاكين.")
    assert quote.speaker == "ناجين"


def test_a_clause_particle_before_a_new_cue_ends_the_statement():
    quotes = quotes_of(
        "وأكد المدير سامر عودة أن المصنع سيعمل بكامل طاقته قريبا، حيث قال: «لدينا طلبات تكفي "
        "لعامين كاملين»."
    )
    assert [q.text for q in quotes] == [
        "المصنع سيعمل بكامل طاقته قريبا", "لدينا طلبات تكفي لعامين كاملين",
    ]


def test_a_quotation_left_open_ends_before_the_next_one_opens():
    quotes = quotes_of(
        "وقال الوزير: «ستفتح المدارس أبوابها في موعدها. وأكد المدير العام للتعليم الموقف نفسه "
        "حين قال «لن نؤجل بداية العام الدراسي تحت أي ظرف»."
    )
    assert [q.text for q in quotes] == [
        "ستفتح المدارس أبوابها في موعدها", "لن نؤجل بداية العام الدراسي تحت أي ظرف",
    ]


def test_a_quotation_may_hold_a_quoted_name():
    (quote,) = quotes_of(
        "وقالت المديرة: «عندما تصل إلى «عمّان» ستجد فرقنا في انتظارك عند المطار»."
    )
    assert quote.text == "عندما تصل إلى «عمّان» ستجد فرقنا في انتظارك عند المطار"


def test_zada_before_a_colon_goes_on_with_the_speaker():
    quotes = quotes_of(
        "وقال المدير سامي عودة: «المصنع سيعمل بكامل طاقته». وزاد: «لدينا طلبات تكفي لعامين "
        "كاملين». وزاد الإنتاج في الربع الثاني لأن الطلب ارتفع، كما أن الأسعار تحسنت."
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("سامي عودة", "المصنع سيعمل بكامل طاقته"),
        ("سامي عودة", "لدينا طلبات تكفي لعامين كاملين"),
    ]


def test_abana_reports_and_ibban_is_during():
    quotes = quotes_of(
        "وأبان المهندس ناصر الحربي أن أعمال التوسعة ستكتمل قبل موسم الأمطار. وشهدت المنطقة "
        "إبان الحرب العالمية الثانية أحداثا كثيرة «وثقها المؤرخون في كتب عديدة لاحقا».",
        [("ناصر الحربي", "PERSON")],
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("ناصر الحربي", "أعمال التوسعة ستكتمل قبل موسم الأمطار")
    ]


def test_ruling_out_is_a_statement():
    (quote,) = quotes_of("واستبعد المتحدث باسم الهيئة أن ترتفع الرسوم خلال العام المقبل.")
    assert quote.text == "ترتفع الرسوم خلال العام المقبل"


def test_tufid_opening_a_clause_reports_but_describing_a_noun_does_not():
    quotes = quotes_of(
        "وقال الخبير سامي العلي إن الطلب على النفط سيتراجع هذا العام، وتفيد تقديرات البنك الدولي بأن النمو سيبلغ "
        "ثلاثة في المائة. ووصلت إلى العملاء رسالة نصية تفيد متلقيها بأن حسابه سيغلق قريبا.",
        [("سامي العلي", "PERSON")],
    )
    assert [q.text for q in quotes] == [
        "الطلب على النفط سيتراجع هذا العام", "النمو سيبلغ ثلاثة في المائة"
    ]
    assert quotes[1].speaker == "تقديرات البنك الدولي"


def test_according_to_then_fa_inna_reports_for_the_source():
    quotes = quotes_of(
        'ووفقاً لـ "رويترز"، فإن الشركة ستخفض إنتاجها الشهر المقبل. ووفقا لوزير المالية '
        "سامي العمر، فإن العجز سيتقلص هذا العام.",
        [("سامي العمر", "PERSON")],
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("رويترز", "الشركة ستخفض إنتاجها الشهر المقبل"),
        ("سامي العمر", "العجز سيتقلص هذا العام"),
    ]


def test_a_time_clause_before_the_that_clause_is_not_the_statement():
    (quote,) = quotes_of(
        "وقالت المحامية ريم السالم قبل أن تبدأ الجلسة إن موكلها بريء من كل التهم.",
        [("ريم السالم", "PERSON")],
    )
    assert (quote.speaker, quote.text) == ("ريم السالم", "موكلها بريء من كل التهم")


def test_a_long_circumstance_before_a_quotation_mark():
    text = (
        "أكد السفير خالد الناصر أن العلاقات بين البلدين متينة وتاريخية. وقال في لقاء مع رؤساء تحرير الصحف المحلية "
        "وعدد من الكتاب أمس «لا يوجد أي خلاف بين البلدين حول الملفات الإقليمية»."
    )
    quotes = quotes_of(text, [("خالد الناصر", "PERSON")])
    assert [q.speaker for q in quotes] == ["خالد الناصر"] * 2
    assert quotes[1].text == "لا يوجد أي خلاف بين البلدين حول الملفات الإقليمية"


def test_a_newspaper_learning_from_sources_quotes_the_sources():
    (quote,) = quotes_of(
        "علمت «الوطن» من مصادر مطلعة، أن الوزارة ستعلن نتائج التحقيق الأسبوع المقبل."
    )
    assert quote.speaker == "مصادر مطلعة"
    assert quote.text == "الوزارة ستعلن نتائج التحقيق الأسبوع المقبل"


def test_the_truth_is_that_is_not_what_a_verb_reports():
    quotes = quotes_of(
        "سواء كان الوزير يرى ما يجري أو لا يراه، تختلف قراءته عما تراه الأغلبية، فالحقيقة أن "
        "الخلاف في الرؤى واضح بين الطرفين."
    )
    assert quotes == []


def test_a_statement_ends_where_the_speaker_goes_on_to_another_act():
    (quote,) = quotes_of(
        "وقال وزير الخارجية سامي الحربي إن المحادثات حققت تقدما ملموسا في ملف المياه، ودعا إلى "
        "استئناف الجولة المقبلة في أقرب وقت.",
        [("سامي الحربي", "PERSON")],
    )
    assert quote.speaker == "سامي الحربي"
    assert quote.text == "المحادثات حققت تقدما ملموسا في ملف المياه"


def test_the_speakers_next_act_ends_the_statement_without_a_comma():
    texts = [
        # و and a verb of the speaker's gender, no comma: her next act
        "قالت هيئة الدفاع إن المتهم يعاني من مرض عقلي وناشدت المحلفين الرأفة به.",
        "وأوضحت الجامعة أنه لم يتم أي إجراء على تغيير الرغبات وأرفقت صورة من الطلبات.",
        # a verb of the other gender goes on with the clause's subject
        "وأفادت السلطات أن رجل شرطة انهار واعترف بتسهيل دخول الشاحنة المفخخة.",
        # a that of her gender makes her the clause's subject: her acts are what she said
        "وقالت الوزارة إنها ضبطت مستودعا للسلع المغشوشة ودعت التجار إلى الحذر.",
        # حذر spelt as the noun "caution": no act
        "وقال المحلل إن على الرئيس أن يختار الوزراء بتأن وحذر شديدين خلال الحرب.",
        # a comma and his retinue: what he said has ended
        "وقال قائد المنطقة إن الجميع يفخرون بجنود الوطن البواسل، رافقه خلال الزيارة مساعده.",
    ]
    assert [[q.text for q in quotes_of(t)] for t in texts] == [
        ["المتهم يعاني من مرض عقلي"],
        ["لم يتم أي إجراء على تغيير الرغبات"],
        ["رجل شرطة انهار واعترف بتسهيل دخول الشاحنة المفخخة"],
        ["ضبطت مستودعا للسلع المغشوشة ودعت التجار إلى الحذر"],
        ["على الرئيس أن يختار الوزراء بتأن وحذر شديدين خلال الحرب"],
        ["الجميع يفخرون بجنود الوطن البواسل"],
    ]


def test_a_that_before_a_quotation_belongs_to_the_quotation():
    quotes = quotes_of(
        "ووصف المحافظ ناصر العمري الزيارة بأنها فرصة لتعزيز التعاون بين المدينتين، وأنه «سيعرض "
        "على المجلس البلدي خطة المشاريع الجديدة خلال الأسبوع المقبل».",
        [("ناصر العمري", "PERSON")],
    )
    assert [q.text for q in quotes] == [
        "فرصة لتعزيز التعاون بين المدينتين",
        "سيعرض على المجلس البلدي خطة المشاريع الجديدة خلال الأسبوع المقبل",
    ]
    assert {q.speaker for q in quotes} == {"ناصر العمري"}


def test_a_name_before_its_office_speaks_not_a_name_inside_the_office():
    (quote,) = quotes_of(
        "من جهته أكد هشام القحطاني المتحدث الرسمي لمركز الأمير فيصل للتدريب، في تصريح صحفي أن "
        "الدورة الجديدة تبدأ مطلع الشهر المقبل.",
        [("هشام القحطاني", "PERSON"), ("فيصل", "PERSON")],
    )
    assert quote.speaker == "هشام القحطاني"


def test_the_channel_cnn_is_not_a_that_clause():
    (quote,) = quotes_of(
        'وقال المرشح سامر الخطيب لشبكة سي ان ان تعليقا على النتيجة "لست متفاجئا بما حدث في '
        'هذه الجولة على الإطلاق".',
        [("سامر الخطيب", "PERSON")],
    )
    assert quote.speaker == "سامر الخطيب"
    assert quote.text == "لست متفاجئا بما حدث في هذه الجولة على الإطلاق"


def test_a_long_run_of_offices_ending_on_an_honorific_and_a_name_is_one_speaker():
    text = (
        "وقال استشاري أمراض القلب رئيس قسم الأبحاث بالجمعية الطبية لأمراض القلب عضو هيئة "
        "التدريس بكلية الطب في جامعة الشمال الدكتور فهد سالم الراشد «لا يوجد دواء واحد يصلح "
        "لجميع المرضى»، مؤكدا أن الفحص المبكر يبقى أهم وسائل الوقاية."
    )
    quotes = quotes_of(text, [("فهد سالم", "PERSON")])
    assert [q.text for q in quotes] == [
        "لا يوجد دواء واحد يصلح لجميع المرضى",
        "الفحص المبكر يبقى أهم وسائل الوقاية",
    ]
    assert {q.speaker for q in quotes} == {"فهد سالم"}


def test_a_long_phrase_without_a_titled_name_is_no_speaker():
    (quote,) = quotes_of(
        "وترجح تعليقات المدرب التي أدلى بها بعد وصول الفريق إلى المعسكر الصيفي في النمسا حيث "
        "يخوض مباريات ودية عدة استعدادا للموسم الجديد أن المهاجم سيبقى مع النادي. وقال المدرب "
        "خالد العمر إن المعسكر يسير كما خطط له الجهاز الفني.",
        [("خالد العمر", "PERSON")],
    )
    assert quote.speaker == "خالد العمر"


def test_an_honorific_after_a_preposition_is_not_the_speaker():
    (quote,) = quotes_of(
        "وقال مدير المستشفى خلال اجتماعه مع ممثلي الشركات الطبية ومسؤولي الصحة في المنطقة "
        "بحضور الدكتور سامي العنزي إن التوسعة الجديدة تضيف مئتي سرير.",
        [("سامي العنزي", "PERSON")],
    )
    assert quote.speaker == "مدير المستشفى"


def test_amma_with_a_long_title_before_the_name_gives_the_speaker():
    quotes = quotes_of(
        "ورأى الطبيب ياسر المالكي أن العلاج الجديد ما زال موضع دراسة. أما استشاري وخبير "
        "جراحات القرنية وتصحيح الإبصار بالليزر الدكتور محمد الحربي فقال: الدراسة التي تجرى "
        "حاليا ستفتح آفاقا جديدة للمرضى. وأكد أن طب العيون في تطور مستمر، وتوقع أن تظهر "
        "علاجات جديدة خلال السنوات المقبلة.",
        [("ياسر المالكي", "PERSON"), ("محمد الحربي", "PERSON")],
    )
    assert [(q.speaker, q.text) for q in quotes[1:]] == [
        ("محمد الحربي", "الدراسة التي تجرى حاليا ستفتح آفاقا جديدة للمرضى"),
        ("محمد الحربي", "طب العيون في تطور مستمر"),
    ]


def test_zada_before_a_quotation_goes_on_for_the_speaker():
    quotes = quotes_of(
        "وقال مدير المستشفى الدكتور عبدالله الزهراني إن الدراسة نقلة كبيرة في علاج المرضى. وزاد "
        "«سعدنا بأن يكون المستشفى بين المشاركين في هذا البحث المهم».",
        [("عبدالله الزهراني", "PERSON")],
    )
    assert [q.speaker for q in quotes] == ["عبدالله الزهراني"] * 2
    assert quotes[1].text == "سعدنا بأن يكون المستشفى بين المشاركين في هذا البحث المهم"


def test_a_run_on_report_ends_where_a_new_topic_and_verb_of_saying_begin():
    quotes = quotes_of(
        "وأشار سالم الدوسري إلى ان لاعبي فريقه جاهزون نفسيا وفنيا للموسم الجديد وعن النتائج التي "
        "حققها الفريق في المباريات الودية قال ان النتائج لا تعنيهم كثيرا في هذه المرحلة وزاد ان "
        "النادي أنهى التعاقد مع ثلاثة لاعبين أجانب.",
        [("سالم الدوسري", "PERSON")],
    )
    assert [q.text for q in quotes] == [
        "لاعبي فريقه جاهزون نفسيا وفنيا للموسم الجديد",
        "النتائج لا تعنيهم كثيرا في هذه المرحلة",
        "النادي أنهى التعاقد مع ثلاثة لاعبين أجانب",
    ]
    assert {q.speaker for q in quotes} == {"سالم الدوسري"}


def test_the_predicate_of_kana_is_not_a_speaker():
    quotes = quotes_of(
        "اعتبر سالم الدوسري نائب رئيس النادي ان معسكر الفريق كان ناجحا بجميع المقاييس وقال: إن "
        "المعسكر أقيم على ثلاث مراحل في الخبر وتركيا ودبي.",
        [("سالم الدوسري", "PERSON")],
    )
    assert [q.speaker for q in quotes] == ["سالم الدوسري"] * 2


def test_a_king_a_university_is_named_after_does_not_speak_for_its_director():
    (quote,) = quotes_of(
        "وقع المذكرة الدكتور سعد الحربي، ومدير جامعة الملك عبدالعزيز المكلف الدكتور ماجد بن "
        "سالم العتيبي. وأوضح مدير جامعة الملك عبدالعزيز المكلف أن المذكرة تخدم المرضى في "
        "المنطقة.",
        [("سعد الحربي", "PERSON"), ("عبدالعزيز", "PERSON"), ("ماجد بن سالم العتيبي", "PERSON")],
    )
    assert quote.speaker == "ماجد بن سالم العتيبي"


def test_ali_after_an_honorific_is_a_name_and_an_unnamed_source_s_wish_is_cut():
    speakers = [q.speaker for q in quotes_of(
        "أكد اللواء علي الأحمدي رئيس جهاز الأمن الوطني لـ«الرياض» أن المدينة آمنة تماما الآن. "
        "وقال مصدر من الجيش فضل عدم الكشف عن اسمه: إن القوات تقدمت نحو الساحل الشرقي للمدينة."
    )]
    assert speakers == ["علي الأحمدي", "مصدر من الجيش"]


def test_a_name_with_its_office_in_dashes_speaks_not_the_object_after_them():
    (quote,) = quotes_of(
        "واعتبر المهندس خالد السبيعي - أمين منطقة الجوف المشرف العام على مهرجان الجوف للتمور - "
        "نجاح تنظيم المهرجانات الماضية أنها أعطت مزيدا من الثقة لفريق العمل.",
        [("خالد السبيعي", "PERSON")],
    )
    assert quote.speaker == "خالد السبيعي"


def test_a_parenthetical_saying_how_the_words_came_is_no_part_of_the_speaker():
    quotes = quotes_of(
        "أفادت مصادر محلية بأن المسلحين أسروا ثلاثة من الجنود في المدينة. وقالت المصادر (حسب "
        "وكالة الأنباء الألمانية) إن المسلحين استولوا على عربة عسكرية وأسلحة."
    )
    assert [q.speaker for q in quotes] == ["مصادر محلية"] * 2


def test_a_country_after_kana_is_the_subject_and_fadl_can_be_a_first_name():
    quotes = quotes_of(
        "وكانت ماليزيا قد أعلنت، الخميس الماضي، أن قطعة الطائرة التي عثر عليها تعود فعلا إلى "
        "الطائرة المفقودة. وقال نائب مدير الأمن فضل الراعي إن الوضع الأمني مطمئن للغاية.",
        [("ماليزيا", "LOCATION"), ("فضل الراعي", "PERSON")],
    )
    assert [q.speaker for q in quotes] == ["ماليزيا", "فضل الراعي"]


def test_a_family_name_after_bin_still_stands_for_the_full_name():
    quotes = quotes_of(
        "وقال عبدالله سعود بن عبدالوحيد إن البرنامج يخدم آلاف الحجاج كل عام. وأكد عبدالوحيد "
        "أن الاستعدادات اكتملت قبل الموعد المحدد.",
        [("عبدالله سعود بن عبدالوحيد", "PERSON")],
    )
    assert {q.speaker for q in quotes} == {"عبدالله سعود بن عبدالوحيد"}
