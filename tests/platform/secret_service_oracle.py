# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent oracle for the keychain test: reads an item straight from the Secret Service
(org.freedesktop.secrets) over D-Bus with python3-dbus, without libsecret or QtKeychain.

usage: secret_service_oracle.py SERVER USER
Looks up the items whose attributes are server=SERVER and user=USER (QtKeychain's libsecret
schema "org.qt.keychain") and prints one line per item: "<type attribute> <secret as hex>", where
a "base64" item is decoded first. Exit status: 0 found, 3 no such item, 4 the item is locked.
"""
import base64
import sys

import dbus


def main() -> int:
    server, user = sys.argv[1], sys.argv[2]
    bus = dbus.SessionBus()
    service_object = bus.get_object("org.freedesktop.secrets", "/org/freedesktop/secrets")
    service = dbus.Interface(service_object, "org.freedesktop.Secret.Service")
    _, session = service.OpenSession("plain", dbus.String("", variant_level=1))
    unlocked, locked = service.SearchItems({"server": server, "user": user})
    if locked:
        return 4
    if not unlocked:
        return 3
    secrets = service.GetSecrets(unlocked, session)
    for path in unlocked:
        item = bus.get_object("org.freedesktop.secrets", path)
        attributes = item.Get("org.freedesktop.Secret.Item", "Attributes",
                              dbus_interface="org.freedesktop.DBus.Properties")
        value = bytes(secrets[path][2])
        kind = str(attributes.get("type", ""))
        if kind == "base64":
            value = base64.b64decode(value, validate=True)
        print(kind, value.hex())
    return 0


if __name__ == "__main__":
    sys.exit(main())
