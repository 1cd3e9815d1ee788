#include "model/vocabulary.h"

#include <QSet>
#include <QTest>

using namespace aftercare;

class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void specIdsAreKnown_data();
    void specIdsAreKnown();
    void idsAreUniqueAndLabelled();
    void qualityKinds_data();
    void qualityKinds();
    void legSides_data();
    void legSides();
    void everyScreeningAnswerHasAdvice();
};

void TestVocabulary::specIdsAreKnown_data()
{
    QTest::addColumn<QString>("vocabulary");
    QTest::addColumn<QStringList>("ids");
    // Straight from section 2 of the log format (v1, and what v2 adds).
    QTest::newRow("regions") << "regions"
                             << QStringList{"head",
                                            "neck",
                                            "shoulder-left",
                                            "shoulder-right",
                                            "upper-back",
                                            "mid-back",
                                            "lower-back",
                                            "gluteal-left",
                                            "gluteal-right",
                                            "hip-left",
                                            "hip-right",
                                            "thigh-front-left",
                                            "thigh-front-right",
                                            "thigh-back-left",
                                            "thigh-back-right",
                                            "calf-left",
                                            "calf-right",
                                            "shin-left",
                                            "shin-right",
                                            "foot-left",
                                            "foot-right",
                                            "arm-left",
                                            "arm-right",
                                            "chest",
                                            "abdomen"};
    QTest::newRow("qualities") << "qualities"
                               << QStringList{"aching",   "stiff",    "tender",    "throbbing",
                                              "cramping", "dull",     "sharp",     "stabbing",
                                              "shooting", "electric", "radiating", "burning",
                                              "tingling", "numb"};
    QTest::newRow("red flags") << "redFlags"
                               << QStringList{"saddle-numbness",   "bladder-bowel-change",
                                              "leg-weakness",      "calf-swelling",
                                              "breathlessness",    "chest-pain",
                                              "coughing-blood",    "fever",
                                              "spreading-redness", "bruising",
                                              "stroke-signs"};
    QTest::newRow("screening") << "screening"
                               << QStringList{"dvt-history-or-signs",
                                              "recent-fracture-sprain-dislocation",
                                              "fever-or-infection",
                                              "cauda-equina-symptoms",
                                              "active-cancer-or-undiagnosed-mass",
                                              "disc-herniation",
                                              "blood-thinners-or-bleeding-disorder",
                                              "pregnancy"};
    QTest::newRow("techniques") << "techniques"
                                << QStringList{"swedish",       "deep-tissue", "sports",
                                               "trigger-point", "myofascial",  "other"};
    QTest::newRow("pressures") << "pressures" << QStringList{"light", "medium", "firm", "deep"};
    QTest::newRow("impacts") << "impacts" << QStringList{"none", "a-little", "a-lot", "unable"};
    QTest::newRow("reactions") << "reactions"
                               << QStringList{"headache", "tiredness", "nausea", "dizziness",
                                              "poor-sleep"};
    QTest::newRow("benefits") << "benefits"
                              << QStringList{
                                     "relaxed",      "moving-more-easily", "less-pain-than-before",
                                     "slept-better", "more-energy",        "better-mood"};
    QTest::newRow("self-care kinds")
        << "selfCareKinds" << QStringList{"water", "walk", "stretching", "heat", "cold",
                                          "bath",  "rest", "painkiller", "other"};
    QTest::newRow("self-care answers")
        << "selfCareAnswers" << QStringList{"yes", "a-little", "no", "not-sure"};
    QTest::newRow("sources") << "sources" << QStringList{"manual", "session-card"};
}

static const std::vector<Term>& byName(const QString& name)
{
    if (name == "regions")
        return vocabulary::regions();
    if (name == "qualities")
        return vocabulary::qualities();
    if (name == "redFlags")
        return vocabulary::redFlags();
    if (name == "screening")
        return vocabulary::screening();
    if (name == "techniques")
        return vocabulary::techniques();
    if (name == "impacts")
        return vocabulary::impacts();
    if (name == "reactions")
        return vocabulary::reactions();
    if (name == "benefits")
        return vocabulary::benefits();
    if (name == "selfCareKinds")
        return vocabulary::selfCareKinds();
    if (name == "selfCareAnswers")
        return vocabulary::selfCareAnswers();
    if (name == "sources")
        return vocabulary::sources();
    return vocabulary::pressures();
}

void TestVocabulary::specIdsAreKnown()
{
    QFETCH(QString, vocabulary);
    QFETCH(QStringList, ids);
    const auto& terms = byName(vocabulary);
    for (const QString& id : ids)
        QVERIFY2(vocabulary::contains(terms, id), qPrintable(id));
    QVERIFY(!vocabulary::contains(terms, QStringLiteral("not-an-id")));
}

void TestVocabulary::idsAreUniqueAndLabelled()
{
    for (const auto* terms :
         {&vocabulary::regions(), &vocabulary::qualities(), &vocabulary::redFlags(),
          &vocabulary::screening(), &vocabulary::techniques(), &vocabulary::pressures(),
          &vocabulary::impacts(), &vocabulary::reactions(), &vocabulary::benefits(),
          &vocabulary::selfCareKinds(), &vocabulary::selfCareAnswers(), &vocabulary::sources()}) {
        const QStringList list = vocabulary::ids(*terms);
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
        for (const Term& term : *terms)
            QVERIFY2(!term.translatedLabel().isEmpty(), term.id);
    }
}

void TestVocabulary::qualityKinds_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<int>("kind");
    for (const char* id : {"shooting", "electric", "radiating", "burning", "tingling", "numb"})
        QTest::newRow(id) << QString::fromLatin1(id) << int(QualityKind::Nerve);
    for (const char* id : {"sharp", "stabbing"})
        QTest::newRow(id) << QString::fromLatin1(id) << int(QualityKind::Sharp);
    for (const char* id : {"aching", "stiff", "tender", "throbbing", "cramping", "dull"})
        QTest::newRow(id) << QString::fromLatin1(id) << int(QualityKind::Other);
}

void TestVocabulary::qualityKinds()
{
    QFETCH(QString, quality);
    QFETCH(int, kind);
    QCOMPARE(int(vocabulary::qualityKind(quality)), kind);
}

void TestVocabulary::legSides_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("side");
    // The leg regions of section 2: gluteal, hip, thigh (front and back), calf, shin, foot.
    for (const char* part :
         {"gluteal", "hip", "thigh-front", "thigh-back", "calf", "shin", "foot"}) {
        QTest::addRow("%s-left", part)
            << QStringLiteral("%1-left").arg(QLatin1String(part)) << int(vocabulary::LegSide::Left);
        QTest::addRow("%s-right", part) << QStringLiteral("%1-right").arg(QLatin1String(part))
                                        << int(vocabulary::LegSide::Right);
    }
    for (const char* region :
         {"shoulder-left", "shoulder-right", "arm-left", "arm-right", "lower-back", "neck", "head",
          "chest", "abdomen", "calf", "calf-leftish"})
        QTest::newRow(region) << QString::fromLatin1(region) << int(vocabulary::LegSide::None);
}

void TestVocabulary::legSides()
{
    QFETCH(QString, region);
    QFETCH(int, side);
    QCOMPARE(int(vocabulary::legSide(region)), side);
}

void TestVocabulary::everyScreeningAnswerHasAdvice()
{
    for (const Term& term : vocabulary::screening())
        QVERIFY2(!vocabulary::screeningAdvice(QString::fromLatin1(term.id)).isEmpty(), term.id);
    QVERIFY(vocabulary::screeningAdvice(QStringLiteral("unknown")).isEmpty());
}

QTEST_APPLESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
