// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Copydesk::Testing {

namespace {

ArticlePart part(ArticlePart::Kind kind, const QString &id, const QString &heading = {})
{
    ArticlePart p;
    p.kind = kind;
    p.id = id;
    p.heading = heading;
    return p;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    const char bytes[] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    return QByteArray(bytes, 4);
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

} // namespace

QByteArray solidPng(int width, int height)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, no interlace
    QByteArray row(1 + 3 * width, '\0'); // filter type 0, then the pixels
    for (int x = 0; x < width; ++x) {
        row[1 + 3 * x] = char(0x33);
        row[2 + 3 * x] = char(0x66);
        row[3 + 3 * x] = char(0x99);
    }
    // qCompress writes a zlib stream behind a 4-byte length; PNG wants the stream.
    const QByteArray pixels = qCompress(row.repeated(height), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", pixels)
        + chunk("IEND", {});
}

QByteArray tinyPng()
{
    static const char bytes[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
                                "\x00\x00\x00\x04\x00\x00\x00\x04\x08\x02\x00\x00\x00\x26\x93\x09"
                                "\x29\x00\x00\x00\x22\x49\x44\x41\x54\x78\xda\x63\x90\xf7\xab\xfc"
                                "\xb4\x92\xe1\xd9\xb3\x67\x7a\xdd\xe1\x0c\x70\x16\x50\x14\xc1\x02"
                                "\x8a\x32\xc0\x59\x40\x51\x00\x8d\x46\x19\x0d\x31\x3b\x81\x8a\x00"
                                "\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

Article fullArticle()
{
    using Kind = ArticlePart::Kind;
    Article a;
    a.uuid = u"3f2b6c1e-8a4d-4e59-9b7a-2c1d5e6f7a80"_s;
    a.headline = u"Spree flood barriers hold as record rain soaks Berlin"_s;
    a.dek = u"The city’s new mobile walls faced their first real test overnight. Engineers say "
            u"they worked — but only just."_s;
    a.bylines = {{u"Lena Hoffmann"_s, u"Climate Correspondent"_s},
        {u"Tomás Ferreira"_s, u"Data Reporter"_s}};
    a.dateline = u"BERLIN"_s;
    a.published = QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone("Europe/Berlin"));
    a.category = u"Climate"_s;
    a.tags = {u"flooding"_s, u"infrastructure"_s, u"Berlin"_s, u"climate adaptation"_s};
    a.language = u"en"_s;
    a.hero.data = tinyPng();
    a.hero.mimeType = u"image/png"_s;
    a.hero.fileName = u"spree-barrier.png"_s;
    a.hero.caption = u"Workers check the mobile flood wall at the Mühlendamm lock before dawn on "
                     u"Friday."_s;
    a.hero.altText = u"Workers in orange jackets beside a grey temporary wall along a swollen "
                     u"river at night."_s;
    a.hero.credit = u"Photo: Jana Kühn"_s;
    a.lede = u"Berlin’s new mobile flood barriers held back the swollen Spree overnight after the "
             u"heaviest March rainfall on record, *sparing about 4,000 homes* in Mitte and "
             u"Friedrichshain, according to the [Senate Department for the "
             u"Environment](https://example.org/berlin/environment)."_s;

    ArticlePart background
        = part(Kind::Section, u"b7e3a1d2-0c4f-4a8e-9d61-5f2e8c7b3a01"_s, u"Background"_s);
    background.body
        = u"Berlin spent **€48 million** on the barrier system after the near miss of June 2021, "
          u"when the Spree rose to within 30 centimetres of the embankment walls near Museum "
          u"Island.\n\nThe walls are stored in sections at two depots and can be bolted onto "
          u"permanent foundations in about six hours. Until this week they had only been raised "
          u"in drills. Critics, including the city’s own [audit "
          u"office](https://example.org/audit/2023-flood), had questioned whether crews could "
          u"assemble them at night and in high winds."_s;

    ArticlePart latest
        = part(Kind::Section, u"c41d9e77-2b8a-4f3c-a6d5-0e9f1b2c3d02"_s, u"Latest Developments"_s);
    latest.body = u"Crews began raising the barriers at 22:00 on Thursday, two hours after the "
                  u"weather service raised its warning to level 3. By 04:00 the river at the "
                  u"Mühlendamm gauge stood higher than at any time since measurements began in "
                  u"1890.\n\n"
                  u"| Gauge | Normal (cm) | Peak (cm) | Time of peak |\n"
                  u"|---|---:|---:|---|\n"
                  u"| Mühlendamm | 265 | 412 | 03:50 |\n"
                  u"| Charlottenburg | 240 | 371 | 04:20 |\n"
                  u"| Köpenick | 198 | 302 | 02:10 |\n\n"
                  u"Two sections near the Jannowitz Bridge leaked and were sealed with sandbags by "
                  u"_volunteer firefighters_."_s;

    ArticlePart facts = part(Kind::KeyFacts, u"d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03"_s);
    facts.items = {u"Rainfall: **71 mm** in 24 hours at Tempelhof, a March record"_s,
        u"Peak level: 412 cm at the Mühlendamm gauge, 147 cm above normal"_s,
        u"About 4,000 homes and 300 businesses sat behind the barriers"_s,
        u"The system cost €48 million and was finished in 2024"_s,
        u"[Live gauge data](https://example.org/gauges/spree) is updated every 15 minutes"_s};

    ArticlePart quotes
        = part(Kind::Quotes, u"e6b1a4c9-8f32-4d0e-9c4b-7a5f3e2d1c04"_s, u"What the experts say"_s);
    quotes.quotes = {{u"The walls did exactly what they were designed to do. What worries me is "
                      u"that we designed them for a river that no longer exists."_s,
                         u"Dr. Miriam Adeyemi"_s, u"Hydrologist, Technical University of Berlin"_s},
        {u"We had people on the embankment all night with torches and spanners. This was not an "
         u"automatic system; it was a human one."_s,
            u"Karl Brandt"_s, u"Fire brigade incident commander"_s},
        {u"Every euro spent here saved several in damage. But prevention never gets a ribbon "
         u"cutting."_s,
            u"Sofia Lindgren"_s, QString()}};

    ArticlePart impact
        = part(Kind::Section, u"f7c2b5da-9043-4e1f-8d5c-8b6a4f3e2d05"_s, u"Real-World Impact"_s);
    impact.body = u"For residents of the Fischerinsel estate the night was tense but dry. The U2 "
                  u"was suspended between Klosterstraße and Märkisches Museum as a precaution; "
                  u"trains ran again from 06:30.\n\n"
                  u"Our data team took the readings behind this story from the city’s open gauge "
                  u"feed. The raw extract for the night looks like this:\n\n"
                  u"```text\n"
                  u"## Mühlendamm gauge, 13–14 March 2025 (cm)\n"
                  u"22:00  318\n"
                  u"00:00  361\n"
                  u"02:00  398\n"
                  u"03:50  412\n"
                  u"06:00  395\n"
                  u"```\n\n"
                  u"Insurers said it was too early to estimate losses, but early reports suggested "
                  u"damage was limited to cellars outside the protected zone."_s;

    ArticlePart takeaways = part(Kind::KeyTakeaways, u"08d3c6eb-a154-4f20-9e6d-9c7b5a4f3e06"_s);
    takeaways.items = {u"The new barriers passed their first real test, with minor leaks"_s,
        u"Assembly depends on crews working through the night; staffing is the weak point"_s,
        u"Engineers want the design height raised by 40 cm before the next budget"_s};

    ArticlePart faq = part(Kind::Faq, u"19e4d7fc-b265-4031-8f7e-0d8c6b5a4f07"_s);
    faq.faq = {
        {u"Is my street protected?"_s,
            u"The barriers cover the banks between the Oberbaum Bridge and Museum Island. "
            u"The city publishes a [map of the protected zone](https://example.org/flood-map); "
            u"streets outside it rely on sandbags and pumps."_s},
        {u"Will the barriers stay up?"_s,
            u"No. Crews will take them down once the Mühlendamm gauge falls below 300 cm, "
            u"expected on Sunday.\n\nEach section is cleaned and checked before it goes back to "
            u"the depot."_s},
        {u"What should I do if my cellar floods?"_s,
            u"Switch off the power to the cellar if you can do so safely, then report the damage "
            u"to your insurer with photographs. Call **112** only if lives are at risk."_s}};

    ArticlePart references = part(Kind::References, u"2af5e80d-c376-4142-9a8f-1e9d7c6b5a08"_s);
    references.references = {{u"Flood protection on the Spree: final report"_s,
                                 u"https://example.org/environment/flood-protection-2024.pdf"_s,
                                 u"Senate Department for the Environment"_s, QDate(2025, 3, 13)},
        {u"Gauge data: Mühlendamm"_s, u"https://example.org/gauges/muehlendamm"_s,
            u"Berlin Water Authority"_s, QDate(2025, 3, 14)},
        {u"Audit of flood preparedness 2023"_s, u"https://example.org/audit/2023-flood"_s,
            u"Berlin Audit Office"_s, QDate()}};

    a.parts = {background, latest, facts, quotes, impact, takeaways, faq, references};
    a.status = ArticleStatus::InReview;
    a.owner = u"lhoffmann"_s;
    return a;
}

Article readyArticle()
{
    Article a = fullArticle();
    a.hero.data = solidPng(1200, 675);
    return a;
}

Article everyFieldArticle()
{
    using Kind = ArticlePart::Kind;
    Article a;
    a.uuid = u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e5f"_s;
    a.headline = u"zqheadline"_s;
    a.dek = u"zqdek"_s;
    a.bylines = {{u"Zq Bylinename"_s, u"zqbylinerole"_s}};
    a.dateline = u"zqdateline"_s;
    a.tags = {u"zqtag"_s};
    a.hero.data = tinyPng();
    a.hero.mimeType = u"image/png"_s;
    a.hero.caption = u"zqcaption"_s;
    a.hero.altText = u"zqalt"_s;
    a.hero.credit = u"zqcredit"_s;
    a.lede = u"zqlede"_s;
    ArticlePart section
        = part(Kind::Section, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e10"_s, u"zqsectiontitle"_s);
    section.body = u"zqsectionbody"_s;
    ArticlePart facts = part(Kind::KeyFacts, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e11"_s);
    facts.items = {u"zqkeyfact"_s};
    ArticlePart quotes = part(Kind::Quotes, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e12"_s);
    quotes.quotes = {{u"zqquotetext"_s, u"Zqspeaker"_s, u"zqspeakerrole"_s}};
    ArticlePart takeaways
        = part(Kind::KeyTakeaways, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e13"_s, u"zqtakeawaytitle"_s);
    takeaways.items = {u"zqtakeaway"_s};
    ArticlePart faq = part(Kind::Faq, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e14"_s);
    faq.faq = {{u"zqquestion"_s, u"zqanswer"_s}};
    ArticlePart references = part(Kind::References, u"5d0c7a2e-1b3f-4c6d-8e9a-0f1b2c3d4e15"_s);
    references.references
        = {{u"zqreftitle"_s, u"https://example.org/zqurl"_s, u"zqpublisher"_s, {}}};
    a.parts = {section, facts, quotes, takeaways, faq, references};
    return a;
}

Article oddUnicodeArticle()
{
    using Kind = ArticlePart::Kind;
    Article a;
    a.uuid = u"00000000-0000-4000-8000-0000000000ff"_s;
    a.headline = u"東京の防潮堤、初の試練に耐える — 🌊 and “quotes”"_s;
    a.dek = u"السدود الجديدة صمدت أمام الفيضان ليلة أمس\u200F, said officials in 서울."_s;
    a.bylines = {{u"Zoe\u0308 Ma\u0301rquez"_s, QString()}, {u"محمد الأحمد"_s, u"مراسل"_s},
        {QString(), u"Role without a name"_s}};
    a.dateline = u"القاهرة / 東京"_s;
    a.published = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123),
        QTimeZone::fromSecondsAheadOfUtc(5 * 3600 + 45 * 60));
    a.category = u"Wörld & “Ünïcode”"_s;
    a.tags = {QString(), u"東京"_s, u"👩‍👩‍👧‍👦"_s, u"line\u2028separator"_s,
        u"𝔘𝔫𝔦𝔠𝔬𝔡𝔢"_s};
    a.language = u"ja"_s;
    a.hero.data = QByteArray("\x00\x01\xff\xfe not really an image \x00", 26);
    a.hero.mimeType = u"application/octet-stream"_s;
    a.hero.fileName = u"画像 🖼.bin"_s;
    a.hero.caption = u"🏳️‍🌈 👨🏽‍🚒 🇯🇵 — flags, skin tones and ZWJ"_s;
    a.lede = u"Tabs\tand\r\nCRLF, a paragraph separator\u2029and a 𠜎 astral Han character. "_s
        + QString(300, u'w') + u" ends a very long word; 𝟙𝟚𝟛 are maths digits."_s;

    ArticlePart section = part(Kind::Section, u"00000000-0000-4000-8000-000000000001"_s,
        u"中文標題 with \"quotes\" and \\backslashes\\"_s);
    section.body = u"Arabic: مرحبا بالعالم. Hebrew: שלום. Combining: a\u0301e\u0300o\u0308\u0323. "
                   u"Zero width joiner alone\u200D, BOM\uFEFF inside, nbsp\u00A0here."_s;
    ArticlePart facts = part(Kind::KeyFacts, u"00000000-0000-4000-8000-000000000002"_s);
    facts.items = {QString(), u"漢字かなカナ한글"_s, u"  leading and trailing spaces  "_s};
    ArticlePart quotes = part(Kind::Quotes, u"00000000-0000-4000-8000-000000000003"_s, u"引用"_s);
    quotes.quotes = {{u"«Сказал» — он."_s, QString(), QString()}, {QString(), u"匿名"_s, u"—"_s}};
    ArticlePart takeaways = part(Kind::KeyTakeaways, u"00000000-0000-4000-8000-000000000004"_s);
    takeaways.items = {u"😀😃😄"_s, QString()};
    ArticlePart faq = part(Kind::Faq, u"00000000-0000-4000-8000-000000000005"_s);
    faq.faq = {{u"¿Qué pasa?"_s, QString()}, {QString(), u"答え\n\n第二段落"_s}};
    ArticlePart references = part(Kind::References, u"00000000-0000-4000-8000-000000000006"_s);
    references.references = {{u"参考 [brackets] (parens)"_s, u"https://例え.jp/パス?q=値&x=(1)"_s,
                                 u"出版社"_s, QDate(1999, 12, 31)},
        {QString(), QString(), QString(), QDate()}};
    ArticlePart empty = part(Kind::Section, u"00000000-0000-4000-8000-000000000007"_s);

    a.parts = {section, facts, quotes, takeaways, faq, references, empty};
    a.status = ArticleStatus::ChangesRequested;
    a.owner = u"zoë"_s;
    return a;
}

} // namespace Copydesk::Testing
