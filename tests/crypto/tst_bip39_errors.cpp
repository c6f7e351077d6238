// SPDX-License-Identifier: GPL-3.0-or-later
// Phrases that must be refused, each with its own error, and descriptions that never repeat a word.
#include "crypto/bip39.h"

#include <QTest>

using namespace carnet::crypto;

Q_DECLARE_METATYPE(Bip39Error)

namespace {
// Trezor vector 0 (12 words) and vector 8 (24 words).
const QByteArray kTwelve = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const QByteArray kTwentyFour = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                               "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                               "abandon art";
const QByteArray kLegal = "legal winner thank year wave sausage worth useful legal winner thank yellow";

QByteArray withWord(const QByteArray &phrase, int index, const QByteArray &word)
{
    QList<QByteArray> words = phrase.split(' ');
    words[index] = word;
    return words.join(' ');
}
} // namespace

class Bip39Errors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<Bip39Error>("error");
        QTest::addColumn<int>("wordIndex");
        QTest::addColumn<int>("wordCount");
        QTest::addColumn<QString>("message");

        const QString count = QStringLiteral("expected 12, 15, 18, 21 or 24 words, got %1");
        QTest::newRow("empty") << QByteArray() << Bip39Error::WrongWordCount << 0 << 0 << count.arg(0);
        QTest::newRow("blank") << QByteArray(" \t\n\xe3\x80\x80") << Bip39Error::WrongWordCount << 0 << 0 << count.arg(0);
        QTest::newRow("11 words") << kTwelve.left(kTwelve.lastIndexOf(' ')) << Bip39Error::WrongWordCount << 0 << 11
                                  << count.arg(11);
        QTest::newRow("13 words") << kTwelve + " about" << Bip39Error::WrongWordCount << 0 << 13 << count.arg(13);
        QTest::newRow("25 words") << kTwentyFour + " art" << Bip39Error::WrongWordCount << 0 << 25 << count.arg(25);
        QTest::newRow("100 words") << QByteArray(kTwentyFour + " ").repeated(4).trimmed() << Bip39Error::WrongWordCount << 0 << 96
                                   << count.arg(96);

        const QString unknown = QStringLiteral("word %1 is not in the English or French BIP-39 list");
        QTest::newRow("unknown first") << withWord(kTwelve, 0, "bitcoin") << Bip39Error::UnknownWord << 0 << 12
                                       << unknown.arg(1);
        QTest::newRow("unknown 7th") << withWord(kLegal, 6, "wirth") << Bip39Error::UnknownWord << 6 << 12
                                     << unknown.arg(7);
        QTest::newRow("unknown last") << withWord(kTwentyFour, 23, "arts") << Bip39Error::UnknownWord << 23 << 24
                                      << unknown.arg(24);
        QTest::newRow("upper case") << withWord(kLegal, 2, "Thank") << Bip39Error::UnknownWord << 2 << 12
                                    << unknown.arg(3);
        QTest::newRow("prefix only") << withWord(kLegal, 4, "wav") << Bip39Error::UnknownWord << 4 << 12
                                     << unknown.arg(5);
        QTest::newRow("punctuation") << withWord(kLegal, 1, "winner,") << Bip39Error::UnknownWord << 1 << 12
                                     << unknown.arg(2);
        QTest::newRow("NUL inside") << withWord(kLegal, 9, QByteArray("win\0ner", 7)) << Bip39Error::UnknownWord << 9 << 12
                                    << unknown.arg(10);
        QTest::newRow("first unknown reported") << withWord(withWord(kLegal, 8, "xx"), 3, "yy") << Bip39Error::UnknownWord
                                                << 3 << 12 << unknown.arg(4);

        const QString checksum = QStringLiteral("the checksum does not match: a word is wrong or the words are out of order");
        QTest::newRow("last word changed") << withWord(kTwelve, 11, "abandon") << Bip39Error::BadChecksum << 0 << 12
                                           << checksum;
        QTest::newRow("24: last word changed") << withWord(kTwentyFour, 23, "about") << Bip39Error::BadChecksum << 0 << 24
                                               << checksum;
        QTest::newRow("two words swapped") << withWord(withWord(kLegal, 0, "winner"), 1, "legal") << Bip39Error::BadChecksum
                                           << 0 << 12 << checksum;

        const QString utf8 = QStringLiteral("the phrase is not valid UTF-8 text");
        QTest::newRow("latin-1 é") << QByteArray("abandon \xe9l\xe8ve") << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("lone continuation") << kTwelve + "\x80" << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("truncated sequence") << kTwelve + " \xc3" << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("overlong space") << withWord(kTwelve, 1, "\xc0\xa0") << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("surrogate") << kTwelve + " \xed\xa0\x80" << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("beyond U+10FFFF") << kTwelve + " \xf4\x90\x80\x80" << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
        QTest::newRow("0xff byte") << QByteArray("\xff") << Bip39Error::InvalidUtf8 << 0 << 0 << utf8;
    }
    void refused()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(Bip39Error, error);
        QFETCH(int, wordIndex);
        QFETCH(int, wordCount);
        QFETCH(QString, message);
        const Bip39Parse parse = parseMnemonic(std::string_view(phrase.constData(), std::size_t(phrase.size())));
        QCOMPARE(parse.error, error);
        QVERIFY(parse.entropy.empty());
        if (error == Bip39Error::UnknownWord)
            QCOMPARE(parse.wordIndex, std::size_t(wordIndex));
        if (error != Bip39Error::InvalidUtf8)
            QCOMPARE(parse.wordCount, std::size_t(wordCount));
        const QString described = QString::fromStdString(describe(parse));
        QCOMPARE(described, message);
        // The description never repeats any submitted word (all BIP-39 words are 3+ letters).
        const QList<QByteArray> words = phrase.simplified().split(' ');
        for (const QByteArray &word : words) {
            if (word.size() >= 3)
                QVERIFY2(!described.contains(QString::fromUtf8(word)), word.constData());
        }
    }

    // White space of any kind separates words, in any amount, before and after.
    void whiteSpaceVariants_data()
    {
        QTest::addColumn<QByteArray>("separator");
        QTest::newRow("tab") << QByteArray("\t");
        QTest::newRow("newlines") << QByteArray("\r\n");
        QTest::newRow("several spaces") << QByteArray("    ");
        QTest::newRow("NBSP") << QByteArray("\xc2\xa0");
        QTest::newRow("ideographic space") << QByteArray("\xe3\x80\x80");
        QTest::newRow("em space") << QByteArray("\xe2\x80\x83");
        QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8");
        QTest::newRow("mixed") << QByteArray(" \xc2\xa0\t\xe3\x80\x80\n");
    }
    void whiteSpaceVariants()
    {
        QFETCH(QByteArray, separator);
        const QByteArray phrase = separator + kLegal.split(' ').join(separator) + separator;
        const Bip39Parse parse = parseMnemonic(phrase.toStdString());
        QCOMPARE(parse.error, Bip39Error::None);
        QCOMPARE(parse.wordCount, std::size_t(12));
        QCOMPARE(toHex(parse.entropy.view()), std::string("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f"));
    }

    // Zero-width characters are not white space: a word containing one is unknown.
    void zeroWidthIsNotASeparator()
    {
        const Bip39Parse parse = parseMnemonic(withWord(kLegal, 5, "saus\xe2\x80\x8b" "age").toStdString());
        QCOMPARE(parse.error, Bip39Error::UnknownWord);
        QCOMPARE(parse.wordIndex, std::size_t(5));
    }

    // Compatibility forms fold under NFKD: full-width Latin letters are the ASCII word.
    void compatibilityFormsFold()
    {
        const QString fullWidth = QStringLiteral("\uff4c\uff45\uff47\uff41\uff4c"); // ｌｅｇａｌ
        QByteArray phrase = withWord(kLegal, 0, fullWidth.toUtf8());
        const Bip39Parse parse = parseMnemonic(phrase.toStdString());
        QCOMPARE(parse.error, Bip39Error::None);
        QCOMPARE(toHex(parse.entropy.view()), std::string("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f"));
    }

    void invalidUtf8Seed()
    {
        QVERIFY(mnemonicToSeed("abandon \xff", "").empty());
        QVERIFY(mnemonicToSeed(kTwelve.toStdString(), "\xc3").empty());
    }
};

QTEST_GUILESS_MAIN(Bip39Errors)
#include "tst_bip39_errors.moc"
