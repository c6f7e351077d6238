// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet

// GrantView with a clinician's view holding a refused entry: the refused row says so in words, with
// the reason, and no value; the verified one shows its provider. The scan page without a camera
// says so and offers the other ways.
Item {
    id: root

    width: 390
    height: 844

    function find(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        const kids = item.children ?? [];
        for (let i = 0; i < kids.length; ++i) {
            const found = find(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }
    function findAll(item, name, out) {
        if (!item)
            return out;
        if (item.objectName === name)
            out.push(item);
        const kids = item.children ?? [];
        for (let i = 0; i < kids.length; ++i)
            findAll(kids[i], name, out);
        return out;
    }
    function texts(item, out) {
        if (!item)
            return out;
        if (item.text !== undefined && item.visible)
            out.push(String(item.text));
        const kids = item.children ?? [];
        for (let i = 0; i < kids.length; ++i)
            texts(kids[i], out);
        return out;
    }

    Component {
        id: grantViewComponent

        GrantView {
            width: 390
            height: 844
            grant: testGrant // qmllint disable unqualified
        }
    }
    Component {
        id: scanComponent

        ScanPage {
            width: 390
            height: 844
            vm: ClinicianViewModel {}
        }
    }

    TestCase {
        name: "GrantViewRefused"
        when: windowShown

        function test_refusedEntryShownAsRefused() {
            const view = createTemporaryObject(grantViewComponent, root);
            verify(view);
            compare(testGrant.entryCount, 2); // qmllint disable unqualified
            compare(testGrant.refusedCount, 1); // qmllint disable unqualified
            tryVerify(() => root.findAll(view.contentItem, "timelineRow", []).length === 2, 5000);
            const rows = root.findAll(view.contentItem, "timelineRow", []);
            const refused = rows.filter(r => r.refused);
            const verified = rows.filter(r => !r.refused);
            compare(refused.length, 1);
            compare(verified.length, 1);
            const refusedWords = root.texts(refused[0], []);
            verify(refusedWords.indexOf("Refused entry") >= 0, refusedWords.join(" | "));
            verify(refusedWords.some(t => t.startsWith("Not shown: ") && t.length > "Not shown: ".length),
                   refusedWords.join(" | "));
            verify(refused[0].Accessible.name.startsWith("Refused entry: "));
            verify(!root.find(refused[0], "rowValue").visible);
            compare(verified[0].provider, "Labo Nord");
            verify(root.texts(verified[0], []).indexOf("Labo Nord") >= 0);
            const count = root.find(view.headerItem, "grantCount");
            verify(count);
            verify(count.Accessible.name.indexOf("of which 1 refused") >= 0, count.Accessible.name);
            const badge = root.find(view.headerItem, "grantBadge");
            compare(badge.text, "Verified on this device");
        }
    }
    TestCase {
        name: "ScanWithoutCamera"
        when: windowShown

        function test_noCameraSaysSo() {
            const page = createTemporaryObject(scanComponent, root);
            verify(page);
            const none = root.find(page, "noCamera");
            verify(none);
            verify(none.visible);
            compare(none.title, "No camera found");
            verify(!root.find(page, "cameraView").visible);
        }
    }
}
