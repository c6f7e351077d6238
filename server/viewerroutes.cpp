// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's static files at /view/, from --viewer-dir, with a strict Content-Security-Policy.
#include "server/hostserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace carnet::sharehost {
namespace {

QByteArray typeOf(const QString &name)
{
    static const QList<QPair<QString, QByteArray>> kTypes{
        {QStringLiteral(".html"), "text/html; charset=utf-8"}, {QStringLiteral(".js"), "text/javascript; charset=utf-8"},
        {QStringLiteral(".mjs"), "text/javascript; charset=utf-8"}, {QStringLiteral(".css"), "text/css; charset=utf-8"},
        {QStringLiteral(".json"), "application/json"}, {QStringLiteral(".svg"), "image/svg+xml"},
        {QStringLiteral(".png"), "image/png"}, {QStringLiteral(".ico"), "image/x-icon"},
        {QStringLiteral(".woff2"), "font/woff2"}, {QStringLiteral(".txt"), "text/plain; charset=utf-8"},
        {QStringLiteral(".wasm"), "application/wasm"}};
    for (const auto &t : kTypes)
        if (name.endsWith(t.first))
            return t.second;
    return {};
}

} // namespace

Reply HostServer::viewer(const QString &path) const
{
    QString rel = path.isEmpty() ? QStringLiteral("index.html") : path;
    // Only plain names below the viewer directory: no "..", no hidden files, no backslashes.
    const QStringList parts = rel.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p.isEmpty() || p.startsWith(QLatin1Char('.')) || p.contains(QLatin1Char('\\')))
            return Reply::error(404, "not-found");
    const QByteArray type = typeOf(rel);
    const QString file = QDir(m_config.viewerDir).filePath(rel);
    QFile f(file);
    if (type.isEmpty() || !QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024)
        return Reply::error(404, "not-found");
    Reply r{200, type, f.readAll(), {}};
    r.headers = {{"Content-Security-Policy",
                  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                  "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
                 {"X-Frame-Options", "DENY"},
                 {"Cross-Origin-Opener-Policy", "same-origin"},
                 {"Cache-Control", "no-cache"}};
    return r;
}

} // namespace carnet::sharehost
