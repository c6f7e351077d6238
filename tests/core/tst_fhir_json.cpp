// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR JSON tree: number lexemes and member order kept, strict JSON, and the limits (size,
// depth, UTF-8, duplicate keys) with their errors; toJsonText keeps lexemes and order.
#include "core/fhir/json.h"

#include <QTest>

using namespace carnet::core::fhir;

namespace {
QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

class FhirJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexemesKept_data()
    {
        QTest::addColumn<QByteArray>("lexeme");
        QTest::addColumn<double>("value");
        for (const char *l : {"1.50", "120", "0", "-0", "-0.0", "0.000100", "1e3", "1.50E-2", "-12", "6.02e+23",
                              "18446744073709551616", "9223372036854775807", "-9223372036854775808", "100.0"}) {
            QTest::newRow(l) << QByteArray(l) << QByteArray(l).toDouble();
        }
    }
    void lexemesKept()
    {
        QFETCH(QByteArray, lexeme);
        QFETCH(double, value);
        const QList<QByteArray> docs = {"{\"v\":" + lexeme + "}", "{\"v\": " + lexeme + " }",
                                        "[" + lexeme + "]",       lexeme,
                                        " " + lexeme + "\n",      "{\"v\":[" + lexeme + "," + lexeme + "]}"};
        for (const QByteArray &doc : docs) {
            const auto root = parseJson(doc);
            QVERIFY2(root.ok(), doc.constData());
            const JsonValue &v = root->isObject() ? ((*root)["v"].isArray() ? (*root)["v"].at(1) : (*root)["v"])
                                                  : (root->isArray() ? root->at(0) : *root);
            QVERIFY(v.isNumber());
            QCOMPARE(v.toDecimal().lexeme, QString::fromLatin1(lexeme));
            QCOMPARE(v.toDecimal().value, value);
        }
    }

    void memberOrderAndTypes()
    {
        const auto root = parseJson("{\"z\":1,\"a\":\"x\\\"y\\u00e9\",\"m\":[true,false,null],\"b\":{}}");
        QVERIFY(root.ok());
        QStringList keys;
        for (const JsonMember &m : root->members())
            keys.append(m.key);
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("b")}));
        QCOMPARE((*root)["a"].toString(), QStringLiteral("x\"y\u00e9"));
        QVERIFY((*root)["m"].at(0).toBool());
        QVERIFY((*root)["m"].at(1).isBool());
        QVERIFY((*root)["m"].at(2).isNull());
        QVERIFY((*root)["b"].isObject());
        // missing members and indexes read as null, whatever the chain
        QVERIFY((*root)["nope"]["deeper"].at(7)["x"].isNull());
        QCOMPARE((*root)["z"].toString(), QString());
        QVERIFY((*root)["a"].toDecimal().lexeme.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QByteArray() << int(FhirError::Empty);
        QTest::newRow("garbage") << QByteArray("{\"a\":}") << int(FhirError::Syntax);
        QTest::newRow("trailing") << QByteArray("{} {}") << int(FhirError::Syntax);
        QTest::newRow("comment") << QByteArray("{/*x*/}") << int(FhirError::Syntax);
        QTest::newRow("nan") << QByteArray("[NaN]") << int(FhirError::Syntax);
        QTest::newRow("leading zero") << QByteArray("[01]") << int(FhirError::Syntax);
        QTest::newRow("single quote") << QByteArray("{'a':1}") << int(FhirError::Syntax);
        QTest::newRow("raw control char") << QByteArray("[\"a\tb\"]") << int(FhirError::Syntax);
        QTest::newRow("duplicate") << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << int(FhirError::DuplicateKey);
        QTest::newRow("nested duplicate") << QByteArray("{\"a\":{\"x\":1,\"x\":1}}") << int(FhirError::DuplicateKey);
        QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xC3\x28\"}") << int(FhirError::InvalidUtf8);
        QTest::newRow("overlong utf8") << QByteArray("[\"\xC0\xAF\"]") << int(FhirError::InvalidUtf8);
        QTest::newRow("utf8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << int(FhirError::InvalidUtf8);
        QTest::newRow("lone surrogate escape") << QByteArray("[\"\\ud800\"]") << int(FhirError::InvalidUtf8);
        QTest::newRow("too deep") << nested(65) << int(FhirError::TooDeep);
        QTest::newRow("very deep") << nested(100000).left(60000) << int(FhirError::TooDeep);
        QTest::newRow("too large") << QByteArray("[\"" + QByteArray(64 * 1024, 'a') + "\"]")
                                   << int(FhirError::TooLarge);
    }
    void errors()
    {
        QFETCH(QByteArray, doc);
        QFETCH(int, error);
        const auto root = parseJson(doc);
        QVERIFY(!root.ok());
        QCOMPARE(fhirErrorName(root.error()), fhirErrorName(FhirError(error)));
    }

    void limitsEdges()
    {
        QVERIFY(parseJson(nested(64)).ok());
        const QByteArray exact = "[\"" + QByteArray(64 * 1024 - 4, 'a') + "\"]";
        QCOMPARE(exact.size(), 64 * 1024);
        QVERIFY(parseJson(exact).ok());
        QVERIFY(parseJson("[\"\\ud83d\\ude00\"]").ok()); // a surrogate pair is fine
        QCOMPARE(parseJson("[\"\\ud83d\\ude00\"]")->at(0).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    void resourceChecks()
    {
        QCOMPARE(parseResource("[]").error(), FhirError::NotObject);
        QCOMPARE(parseResource("{\"id\":\"x\"}").error(), FhirError::NoResourceType);
        QCOMPARE(parseResource("{\"resourceType\":7}").error(), FhirError::NoResourceType);
        QVERIFY(parseResource("{\"resourceType\":\"Basic\"}").ok());
    }

    void describeHasNoContent()
    {
        // every error text is fixed: none can carry content
        for (int e = int(FhirError::Empty); e <= int(FhirError::EmptyBundle); ++e) {
            QVERIFY(QByteArray(describe(FhirError(e))).size() > 5);
            QVERIFY(QByteArray(fhirErrorName(FhirError(e))) != "Unknown");
        }
    }

    void jsonTextKeepsLexemesAndOrder()
    {
        const QByteArray doc = "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.50,\"unit\":\"%\"},"
                               "\"b\":[1e3,-0,null,true],\"a\":\"q\\\"\\\\\\n\"}";
        const auto root = parseJson(doc);
        QVERIFY(root.ok());
        const QString text = toJsonText(*root);
        QVERIFY(text.contains(QLatin1String("\"value\": 1.50")));
        QVERIFY(text.contains(QLatin1String("1e3")));
        QVERIFY(text.indexOf(QLatin1String("\"b\"")) < text.indexOf(QLatin1String("\"a\"")));
        // and it parses back to the same tree text
        const auto again = parseJson(text.toUtf8());
        QVERIFY(again.ok());
        QCOMPARE(toJsonText(*again), text);
    }
};

QTEST_GUILESS_MAIN(FhirJsonTest)
#include "tst_fhir_json.moc"
