// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli's English words for every core/sync message code (app/cli/messagetext.cpp): each has
// words, every placeholder is filled and every number shows; the wording carnet-cli printed before
// the codes is kept where docs/CLI.md and docs/SYNC.md quote it.
#include "app/cli/messagetext.h"
#include "tests/core/messagesamples.h"

#include <QRegularExpression>
#include <QTest>

using namespace carnet::core::sync;
using carnet::cli::messageText;

class TestCliMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasEnglishWords()
    {
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        const std::vector<Message> samples = carnet::core::test::sampleMessages();
        for (const Message &m : samples) {
            const QString where = encodeMessage(m);
            const QString text = messageText(m);
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!text.contains(placeholder), qPrintable(where + QStringLiteral(": ") + text));
            const auto kinds = messageArgKinds(m.code);
            for (std::size_t a = 0; a < kinds.size(); ++a) {
                const bool status = m.code == MessageCode::NodeRpcFailed && a == 2;
                if (kinds[a] != ArgKind::Number || (status && std::get<std::uint64_t>(m.args[a]) == 0))
                    continue;
                if (status && std::get<carnet::core::ledger::RpcErrorKind>(m.args[1]) != carnet::core::ledger::RpcErrorKind::HttpStatus)
                    continue;
                QVERIFY2(text.contains(QString::number(std::get<std::uint64_t>(m.args[a]))), qPrintable(where + QStringLiteral(": ") + text));
            }
        }
        QVERIFY(messageText({}).isEmpty());
    }

    void wordingKept()
    {
        QCOMPARE(messageText(message(MessageCode::EntryNotLicensed, 11)), QStringLiteral("its author was not licensed at block 11"));
        QCOMPARE(messageText(message(MessageCode::RecordStateUndecided)),
                 QStringLiteral("can't verify: no majority of the nodes agrees on the record's state"));
        QCOMPARE(messageText(rpcFailure(RpcStep::EntryLogs, carnet::core::ledger::RpcError{carnet::core::ledger::RpcErrorKind::HttpStatus, 502, 0, QStringLiteral("<b>x</b>"), {}, {}})),
                 QStringLiteral("entry logs: HTTP error 502"));
        QCOMPARE(messageText(Message{MessageCode::NodeBehind, {}}), messageText(message(MessageCode::Legacy)));
    }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
