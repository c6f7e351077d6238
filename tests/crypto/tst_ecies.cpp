// SPDX-License-Identifier: GPL-3.0-or-later
// ECIES (crypto/ecies.h, version 1): known answers from an independent implementation
// (tests/data/ecies, pyca/cryptography), round trips, wrong key or context, every bit of a sealed box
// flipped, every truncation, and the freshness of each seal.
#include "crypto/ecies.h"
#include "crypto/random.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

// Field offsets of a version-1 box.
constexpr std::size_t kEphemeralAt = 1;
constexpr std::size_t kNonceAt = 34;
constexpr std::size_t kCiphertextAt = 46;

} // namespace

class EciesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void roundTrip_data();
    void roundTrip();
    void wrongRecipientRejected();
    void wrongContextRejected_data();
    void wrongContextRejected();
    void everyBitFlipRejected_data();
    void everyBitFlipRejected();
    void everyTruncationRejected();
    void twoSealsDiffer();
};

void EciesTest::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("sealed");
    QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/ecies/vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
    QCOMPARE(vectors.size(), 3);
    for (const QJsonValue &value : vectors) {
        const QJsonObject v = value.toObject();
        const auto hex = [&v](const char *field) {
            return QByteArray::fromHex(v.value(QLatin1String(field)).toString().toLatin1());
        };
        QTest::newRow(qPrintable(v.value(QStringLiteral("comment")).toString()))
            << hex("recipientPrivate") << hex("plaintext") << hex("context") << hex("sealed");
    }
}

void EciesTest::knownAnswers()
{
    QFETCH(QByteArray, recipient);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, sealed);
    const auto key = PrivateKey::fromBytes(view(recipient));
    QVERIFY(key.has_value());
    QCOMPARE(static_cast<std::size_t>(sealed.size()), static_cast<std::size_t>(plaintext.size()) + kEciesOverhead);
    const auto opened = eciesOpen(*key, view(sealed), view(context));
    QVERIFY(opened.has_value());
    QCOMPARE(toQt(opened->view()).toHex(), plaintext.toHex());
}

void EciesTest::roundTrip_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("context");
    for (int length : {0, 1, 16, 33, 1000, 1 << 20}) {
        QTest::addRow("%d bytes, no context", length) << length << QByteArray();
        QTest::addRow("%d bytes, context", length) << length << QByteArray("record/42");
    }
}

void EciesTest::roundTrip()
{
    QFETCH(int, length);
    QFETCH(QByteArray, context);
    const PrivateKey recipient = PrivateKey::generate();
    const Bytes plaintext = randomBytes(static_cast<std::size_t>(length));
    const Bytes box = eciesSeal(recipient.publicKey(), plaintext, view(context));
    QCOMPARE(box.size(), plaintext.size() + kEciesOverhead);
    QCOMPARE(box[0], kEciesVersion);
    // The ephemeral key is a compressed point on the curve.
    QVERIFY(box[kEphemeralAt] == 0x02 || box[kEphemeralAt] == 0x03);
    QVERIFY(PublicKey::parse(ByteView(box).subspan(kEphemeralAt, 33)).has_value());
    const auto opened = eciesOpen(recipient, box, view(context));
    QVERIFY(opened.has_value());
    QVERIFY(toQt(opened->view()) == toQt(plaintext));
}

void EciesTest::wrongRecipientRejected()
{
    const PrivateKey recipient = PrivateKey::generate();
    const Bytes box = eciesSeal(recipient.publicKey(), asBytes("lab results"), asBytes("record/1"));
    for (int i = 0; i < 8; ++i)
        QVERIFY(!eciesOpen(PrivateKey::generate(), box, asBytes("record/1")).has_value());
    QVERIFY(eciesOpen(recipient, box, asBytes("record/1")).has_value());
}

void EciesTest::wrongContextRejected_data()
{
    QTest::addColumn<QByteArray>("sealedWith");
    QTest::addColumn<QByteArray>("openedWith");
    QTest::newRow("other record") << QByteArray("record/42") << QByteArray("record/43");
    QTest::newRow("context dropped") << QByteArray("record/42") << QByteArray();
    QTest::newRow("context added") << QByteArray() << QByteArray("record/42");
    QTest::newRow("prefix") << QByteArray("record/42") << QByteArray("record/4");
    QTest::newRow("extended") << QByteArray("record/42") << QByteArray("record/420");
    QTest::newRow("trailing NUL") << QByteArray("record/42") << QByteArray("record/42\0", 10);
}

void EciesTest::wrongContextRejected()
{
    QFETCH(QByteArray, sealedWith);
    QFETCH(QByteArray, openedWith);
    const PrivateKey recipient = PrivateKey::generate();
    const Bytes box = eciesSeal(recipient.publicKey(), asBytes("vaccination record"), view(sealedWith));
    QVERIFY(eciesOpen(recipient, box, view(sealedWith)).has_value());
    QVERIFY(!eciesOpen(recipient, box, view(openedWith)).has_value());
}

void EciesTest::everyBitFlipRejected_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    const int plaintextSize = 8; // short, so the whole box is 70 bytes = 560 bit flips
    const int tagAt = static_cast<int>(kCiphertextAt) + plaintextSize;
    QTest::newRow("version") << 0 << static_cast<int>(kEphemeralAt);
    QTest::newRow("ephemeral key") << static_cast<int>(kEphemeralAt) << static_cast<int>(kNonceAt);
    QTest::newRow("nonce") << static_cast<int>(kNonceAt) << static_cast<int>(kCiphertextAt);
    QTest::newRow("ciphertext") << static_cast<int>(kCiphertextAt) << tagAt;
    QTest::newRow("tag") << tagAt << tagAt + 16;
}

void EciesTest::everyBitFlipRejected()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const PrivateKey recipient = PrivateKey::generate();
    const Bytes box = eciesSeal(recipient.publicKey(), asBytes("allergy!"), asBytes("record/42"));
    QCOMPARE(box.size(), std::size_t{70});
    QVERIFY(eciesOpen(recipient, box, asBytes("record/42")).has_value());
    QList<int> accepted; // bit positions whose flip was not detected: must stay empty
    for (int bit = from * 8; bit < to * 8; ++bit) {
        Bytes tampered = box;
        tampered[static_cast<std::size_t>(bit / 8)] ^= static_cast<std::uint8_t>(1U << (bit % 8));
        if (eciesOpen(recipient, tampered, asBytes("record/42")).has_value())
            accepted.append(bit);
    }
    QCOMPARE(accepted, QList<int>());
}

void EciesTest::everyTruncationRejected()
{
    const PrivateKey recipient = PrivateKey::generate();
    const Bytes box = eciesSeal(recipient.publicKey(), asBytes("blood type O-"), {});
    QList<std::size_t> accepted;
    for (std::size_t length = 0; length < box.size(); ++length)
        if (eciesOpen(recipient, ByteView(box).first(length), {}).has_value())
            accepted.append(length);
    QCOMPARE(accepted, QList<std::size_t>());
    Bytes longer = box;
    longer.push_back(0x00);
    QVERIFY(!eciesOpen(recipient, longer, {}).has_value());
}

void EciesTest::twoSealsDiffer()
{
    const PrivateKey recipient = PrivateKey::generate();
    const PublicKey publicKey = recipient.publicKey();
    const Bytes first = eciesSeal(publicKey, asBytes("same plaintext"), asBytes("ctx"));
    const Bytes second = eciesSeal(publicKey, asBytes("same plaintext"), asBytes("ctx"));
    QVERIFY(first != second);
    // Fresh ephemeral key and fresh nonce each time.
    QVERIFY(!std::equal(first.begin() + kEphemeralAt, first.begin() + kNonceAt, second.begin() + kEphemeralAt));
    QVERIFY(!std::equal(first.begin() + kNonceAt, first.begin() + kCiphertextAt, second.begin() + kNonceAt));
    for (const Bytes *box : {&first, &second}) {
        const auto opened = eciesOpen(recipient, *box, asBytes("ctx"));
        QVERIFY(opened.has_value());
        QCOMPARE(toQt(opened->view()), QByteArray("same plaintext"));
    }
}

QTEST_GUILESS_MAIN(EciesTest)
#include "tst_ecies.moc"
