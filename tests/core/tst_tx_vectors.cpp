// SPDX-License-Identifier: GPL-3.0-or-later
// Transactions: EIP-155's worked example (signing payload, signing hash and signed transaction; the
// EIP's printed signing hash has a typo, the value here is keccak256 of its printed payload, which
// ethers also gives), round trips, and every decoder rejection.
#include "core/ledger/transaction.h"
#include "crypto/hash.h"

#include <QTest>

using namespace carnet::core::ledger;
using namespace carnet::crypto;

Q_DECLARE_METATYPE(TxError)

namespace {
Bytes hex(const char *text)
{
    return *fromHex(text);
}

PrivateKey key46()
{
    return *PrivateKey::fromBytes(Bytes(32, 0x46));
}

Transaction eip155Example()
{
    Transaction tx;
    tx.type = TxType::Legacy;
    tx.chainId = 1;
    tx.nonce = 9;
    tx.gasPrice = U256(20000000000ULL);
    tx.gasLimit = 21000;
    tx.to = *parseAddress("0x3535353535353535353535353535353535353535");
    tx.value = *U256::fromDecimal("1000000000000000000");
    return tx;
}

// Re-signs `fields` (a decoded legacy or type-2 list) after `edit`, to build malformed inputs that
// are otherwise valid.
Bytes reencode(const Bytes &raw, const std::function<void(std::vector<RlpItem> &)> &edit)
{
    const bool typed = raw[0] == 0x02;
    auto item = rlpDecode(ByteView(raw).subspan(typed ? 1 : 0));
    std::vector<RlpItem> fields = item->items();
    edit(fields);
    Bytes out;
    if (typed)
        out.push_back(0x02);
    rlpAppend(out, RlpItem::list(std::move(fields)));
    return out;
}
} // namespace

class TxVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eip155Example()
    {
        const Transaction tx = ::eip155Example();
        QCOMPARE(signingPayload(tx),
                 hex("ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080"));
        QCOMPARE(signingHash(tx),
                 U256::fromHex("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53")->toBytes32());
        const SignedTransaction signedTx = signTransaction(tx, key46());
        QCOMPARE(signedTx.raw,
                 hex("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef613"
                     "40bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9"
                     "f3dc64214b297fb1966a3b6d83"));
        QCOMPARE(signedTx.hash, keccak256(signedTx.raw));
        QCOMPARE(toChecksumAddress(signedTx.sender), std::string("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
        const auto decoded = decodeSignedTransaction(signedTx.raw);
        QVERIFY(decoded);
        QVERIFY(decoded->tx == tx);
        QCOMPARE(decoded->sender, signedTx.sender);
    }

    void eip1559RoundTrip()
    {
        Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = U256(1000000000);
        tx.maxFeePerGas = U256(2000000000);
        tx.gasLimit = 3000000;
        tx.data = Bytes(100, 0x60); // contract creation: to stays empty
        const SignedTransaction signedTx = signTransaction(tx, key46());
        QCOMPARE(signedTx.raw[0], std::uint8_t {0x02});
        QCOMPARE(signingPayload(tx)[0], std::uint8_t {0x02});
        const auto decoded = decodeSignedTransaction(signedTx.raw);
        QVERIFY(decoded);
        QVERIFY(decoded->tx == tx);
        QVERIFY(!decoded->tx.to);
        QCOMPARE(decoded->raw, signedTx.raw);
        QCOMPARE(decoded->sender, addressOf(key46().publicKey()));
        // A different chain id is a different signing hash (replay protection).
        Transaction other = tx;
        other.chainId = 1;
        QVERIFY(signingHash(other) != signingHash(tx));
    }

    void rejects_data()
    {
        QTest::addColumn<Bytes>("raw");
        QTest::addColumn<TxError>("error");
        Transaction t2;
        t2.chainId = 5;
        t2.gasLimit = 21000;
        t2.to = *parseAddress("0x3535353535353535353535353535353535353535");
        const Bytes typed = signTransaction(t2, key46()).raw;
        const Bytes legacy = signTransaction(::eip155Example(), key46()).raw;

        QTest::newRow("empty") << Bytes {} << TxError::BadRlp;
        QTest::newRow("type 1") << Bytes {0x01, 0xc0} << TxError::UnknownType;
        QTest::newRow("type 3") << Bytes {0x03, 0xc0} << TxError::UnknownType;
        QTest::newRow("type byte only") << Bytes {0x02} << TxError::BadRlp;
        QTest::newRow("truncated") << Bytes(typed.begin(), typed.end() - 1) << TxError::BadRlp;
        Bytes trailing = typed;
        trailing.push_back(0);
        QTest::newRow("trailing byte") << trailing << TxError::BadRlp;
        QTest::newRow("11 fields") << reencode(typed, [](auto &f) { f.pop_back(); }) << TxError::BadRlp;
        QTest::newRow("19-byte to") << reencode(typed, [](auto &f) { f[5] = RlpItem::bytes(Bytes(19, 1)); })
                                    << TxError::BadField;
        QTest::newRow("nonce leading zero") << reencode(typed, [](auto &f) {
            f[1] = RlpItem::bytes(Bytes {0, 1});
        }) << TxError::BadField;
        QTest::newRow("gas over 64 bits")
            << reencode(typed, [](auto &f) { f[4] = RlpItem::bytes(Bytes(9, 1)); }) << TxError::BadField;
        QTest::newRow("data is a list") << reencode(typed, [](auto &f) { f[7] = RlpItem::list({}); })
                                        << TxError::BadField;
        QTest::newRow("access list") << reencode(typed, [](auto &f) {
            f[8] = RlpItem::list({RlpItem::list({RlpItem::bytes(Bytes(20, 1)), RlpItem::list({})})});
        }) << TxError::AccessListNotEmpty;
        QTest::newRow("yParity 2") << reencode(typed, [](auto &f) { f[9] = RlpItem::uint(2); })
                                   << TxError::BadSignature;
        QTest::newRow("r zero") << reencode(typed, [](auto &f) { f[10] = RlpItem(); }) << TxError::BadSignature;
        // s' = n - s: the same signature in its high-S form (EIP-2 forbids it).
        const U256 n = *U256::fromHex("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");
        QTest::newRow("high s") << reencode(typed, [&](auto &f) {
            f[9] = RlpItem::uint(1 - *f[9].toUint64());
            f[11] = RlpItem::uint(*U256::sub(n, *f[11].toUint()));
        }) << TxError::BadSignature;
        QTest::newRow("legacy v=27") << reencode(legacy, [](auto &f) { f[6] = RlpItem::uint(27); })
                                     << TxError::NotReplayProtected;
        QTest::newRow("legacy v=28") << reencode(legacy, [](auto &f) { f[6] = RlpItem::uint(28); })
                                     << TxError::NotReplayProtected;
        QTest::newRow("legacy v=36 (chain 0)")
            << reencode(legacy, [](auto &f) { f[6] = RlpItem::uint(36); }) << TxError::NotReplayProtected;
        QTest::newRow("legacy chain id over 64 bits")
            << reencode(legacy, [](auto &f) { f[6] = RlpItem::bytes(Bytes(10, 0xff)); }) << TxError::NotReplayProtected;
        QTest::newRow("legacy 10 fields")
            << reencode(legacy, [](auto &f) { f.push_back(RlpItem()); }) << TxError::BadRlp;
    }

    void rejects()
    {
        QFETCH(Bytes, raw);
        QFETCH(TxError, error);
        const auto decoded = decodeSignedTransaction(raw);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), error);
    }

    void tamperedFieldChangesSender()
    {
        // Changing a signed field keeps a valid signature over another hash: a different sender.
        const SignedTransaction signedTx = signTransaction(::eip155Example(), key46());
        const Bytes tampered = reencode(signedTx.raw, [](auto &f) { f[0] = RlpItem::uint(10); });
        const auto decoded = decodeSignedTransaction(tampered);
        QVERIFY(decoded); // r is still a valid x coordinate, so some key recovers
        QVERIFY(decoded->sender != signedTx.sender);
    }
};

QTEST_APPLESS_MAIN(TxVectors)
#include "tst_tx_vectors.moc"
