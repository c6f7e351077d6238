// SPDX-License-Identifier: GPL-3.0-or-later
// New phrases: 24 English words that parse back, all different; illegal entropy sizes are reported.
#include "crypto/bip39.h"
#include "crypto/misuse.h"

#include <QSet>
#include <QTest>

using namespace carnet::crypto;

namespace {
int g_reports = 0;
void countReport(const char *)
{
    ++g_reports;
}
} // namespace

class Bip39Generate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesValidDistinctPhrases()
    {
        QSet<QByteArray> seen;
        const auto english = bip39Wordlist(Bip39Language::English);
        for (int i = 0; i < 64; ++i) {
            const SecureBuffer phrase = generateMnemonic();
            const QByteArray text(phrase.asStringView().data(), static_cast<qsizetype>(phrase.size()));
            const QList<QByteArray> words = text.split(' ');
            QCOMPARE(words.size(), 24);
            for (const QByteArray &word : words) {
                const std::string_view w(word.constData(), std::size_t(word.size()));
                QVERIFY(std::find(english.begin(), english.end(), w) != english.end());
            }
            const Bip39Parse parse = parseMnemonic(phrase.asStringView());
            QCOMPARE(parse.error, Bip39Error::None);
            QCOMPARE(parse.language, Bip39Language::English);
            QCOMPARE(parse.entropy.size(), std::size_t(32));
            // Round trip: the entropy encodes back to the same phrase.
            const SecureBuffer again = mnemonicFromEntropy(parse.entropy.view(), Bip39Language::English);
            QVERIFY(again.asStringView() == phrase.asStringView());
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 64);
    }

    void allEntropySizesRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("words");
        for (int size : {16, 20, 24, 28, 32})
            QTest::addRow("%d bytes", size) << size << size * 3 / 4;
    }
    void allEntropySizesRoundTrip()
    {
        QFETCH(int, size);
        QFETCH(int, words);
        for (const Bip39Language language : {Bip39Language::English, Bip39Language::French}) {
            for (int trial = 0; trial < 20; ++trial) {
                std::vector<std::uint8_t> entropy(static_cast<std::size_t>(size));
                for (std::size_t i = 0; i < entropy.size(); ++i)
                    entropy[i] = static_cast<std::uint8_t>(trial * 37 + int(i) * 101 + size);
                const SecureBuffer phrase = mnemonicFromEntropy(entropy, language);
                const Bip39Parse parse = parseMnemonic(phrase.asStringView());
                QCOMPARE(parse.error, Bip39Error::None);
                QCOMPARE(parse.wordCount, std::size_t(words));
                QCOMPARE(toHex(parse.entropy.view()), toHex(entropy));
            }
        }
    }

    void illegalEntropySizes()
    {
        const IllegalArgumentHandler previous = setIllegalArgumentHandler(&countReport);
        g_reports = 0;
        int calls = 0;
        for (std::size_t size : {0, 1, 15, 17, 31, 33, 64}) {
            const std::vector<std::uint8_t> entropy(size, 0x5a);
            QVERIFY(mnemonicFromEntropy(entropy).empty());
            ++calls;
        }
        setIllegalArgumentHandler(previous);
        QCOMPARE(g_reports, calls);
    }
};

QTEST_GUILESS_MAIN(Bip39Generate)
#include "tst_bip39_generate.moc"
