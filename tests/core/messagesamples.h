// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every message code of core/sync/syncmessage.h with sample arguments: each code once per value of
// each of its code-valued arguments (RpcStep, RpcErrorKind, EntryRejection, StoreError), numbers
// 41, 42, 43 by position. The walk ends at MessageCode::End and each argument enum where its key
// function has no key, so a new code or value is walked (and must be rendered) without a change here.
#include "core/sync/recordstore.h"
#include "core/sync/syncmessage.h"

#include <vector>

namespace carnet::core::test {

inline std::vector<sync::MessageArg> argValues(sync::ArgKind kind, std::uint64_t number)
{
    using namespace sync;
    std::vector<MessageArg> out;
    auto walk = [&out](auto keyOf, auto tag) {
        using E = decltype(tag);
        for (int i = 0; keyOf(static_cast<E>(i)); ++i)
            out.emplace_back(static_cast<E>(i));
    };
    switch (kind) {
    case ArgKind::Number: out.emplace_back(number); break;
    case ArgKind::Step: walk(rpcStepKey, RpcStep{}); break;
    case ArgKind::RpcKind: walk(rpcKindKey, ledger::RpcErrorKind{}); break;
    case ArgKind::Rejection: walk(rejectionKey, record::EntryRejection{}); break;
    case ArgKind::Store: walk(storeErrorKey, StoreError{}); break;
    }
    return out;
}

/** Every code from None + 1 to End − 1, each with every value of each code-valued argument. */
inline std::vector<sync::Message> sampleMessages()
{
    using namespace sync;
    std::vector<Message> out;
    for (int c = 1; c < static_cast<int>(MessageCode::End); ++c) {
        const auto code = static_cast<MessageCode>(c);
        const auto kinds = messageArgKinds(code);
        Message base{code, {}};
        for (std::size_t i = 0; i < kinds.size(); ++i)
            base.args.push_back(argValues(kinds[i], 41 + i).front());
        out.push_back(base);
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            if (kinds[i] == ArgKind::Number)
                continue;
            for (const MessageArg &value : argValues(kinds[i], 0)) {
                Message m = base;
                m.args[i] = value;
                out.push_back(m);
            }
        }
    }
    // The HTTP status is shown with HttpStatus only: one sample with a real status.
    out.push_back(rpcFailure(RpcStep::EntryLogs, ledger::RpcError{ledger::RpcErrorKind::HttpStatus, 502, 0, {}, {}, {}}));
    return out;
}

} // namespace carnet::core::test
