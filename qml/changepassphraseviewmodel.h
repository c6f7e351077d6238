// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → change passphrase: the current one (re-authentication, throttled like unlock) and a
// new one twice, rated. The vault's header is replaced atomically by the core.
#include "qml/passphraseratingviewmodel.h"

namespace carnet::qml {

class ChangePassphraseViewModel : public carnet::qml::PassphraseRatingViewModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ChangePassphraseViewModel(QObject *parent = nullptr);

    Q_INVOKABLE void change(const QString &oldPassphrase, const QString &newPassphrase,
                            const QString &confirmation);

Q_SIGNALS:
    void changed();
};

} // namespace carnet::qml
