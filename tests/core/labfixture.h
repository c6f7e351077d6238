// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A laboratory Observation for the sharing and link tests: glucose n, dated 2025-0(1 + n % 9)-10,
// value 80 + n mg/dL.
#include <QByteArray>
#include <QString>

namespace carnet::test {

inline QByteArray glucoseLab(int n)
{
    return QStringLiteral(R"({"resourceType":"Observation","id":"lab-%1","status":"final","category":[{"coding":[{"system":)"
                          R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],)"
                          R"("code":{"coding":[{"system":"http://loinc.org","code":"2345-7","display":"Glucose"}]},)"
                          R"("effectiveDateTime":"2025-0%2-10T08:00:00Z","valueQuantity":{"value":%3,"unit":"mg/dL"}})")
        .arg(n)
        .arg(1 + n % 9)
        .arg(80 + n)
        .toUtf8();
}

} // namespace carnet::test
