// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet

// The Research pages over `testResearch` (tst_research_main.cpp): a study the record satisfies has
// Preview and join; one it cannot satisfy says what it needs and has none; the preview shows every
// resource field by field, its removed fields collapsed, the exact bytes on request; the free-text
// switch only for a study that asks for free text, with its warning.
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
        id: cardComponent

        StudyCard {
            width: 360
        }
    }
    Component {
        id: previewComponent

        StudyPreviewPage {
            width: 390
            height: 844
            vm: testResearch // qmllint disable unqualified
        }
    }

    TestCase {
        name: "ResearchPages"
        when: windowShown

        function test_satisfiableStudyOffersJoin() {
            const card = createTemporaryObject(cardComponent, root, { study: testResearch.studies[0] });
            verify(card);
            waitForRendering(card);
            verify(find(card, "previewButton").visible);
            compare(find(card, "studyFit").text, "Your record has what this study asks for.");
            compare(find(card, "studyResearcher").text, "By Institut Diabète · licensed researcher");
            const shown = texts(card, []).join("\n");
            verify(shown.indexOf("0.001 ETH") >= 0, shown);
            verify(shown.indexOf("3 of 20 places left") >= 0, shown);
            verify(shown.indexOf("LOINC 4548-4 (required)") >= 0, shown);
        }

        function test_unsatisfiableStudyHasNoJoin() {
            const card = createTemporaryObject(cardComponent, root, { study: testResearch.studies[1] });
            verify(card);
            waitForRendering(card);
            verify(!find(card, "previewButton").visible);
            compare(find(card, "studyFit").text, "Your record doesn't have what this study asks for (it needs LOINC 2093-3).");
            compare(find(card, "studyResearcher").text, "By Institut Diabète · can't verify the licence now");
        }

        function test_priceShowsWeiOnTap() {
            const card = createTemporaryObject(cardComponent, root, { study: testResearch.studies[0] });
            waitForRendering(card);
            const price = find(card, "studyPrice");
            mouseClick(price);
            verify(texts(price, []).indexOf("1000000000000000 wei") >= 0);
        }

        function test_unverifiedStudyIsOneLine() {
            compare(testResearch.unverified.length, 1);
            compare(testResearch.unverified[0], "A study could not be checked: its terms don't match the ledger.");
        }

        function test_previewFieldByFieldAndBytes() {
            const page = createTemporaryObject(previewComponent, root);
            verify(page);
            waitForRendering(page);
            compare(findAll(page, "previewResource", []).length, 2);
            const fields = findAll(page, "previewField", []).map(f => f.text);
            compare(fields, ["code.coding[0].code = \"4548-4\"", "valueQuantity.value = 6.40",
                             "gender = \"female\"", "birthDate = \"1961\""]);
            // What was removed stays folded until asked for.
            verify(texts(page, []).indexOf("Patient.name") < 0);
            const toggles = findAll(page, "droppedToggle", []);
            compare(toggles.length, 2);
            mouseClick(toggles[1]);
            verify(texts(page, []).indexOf("Patient.name") >= 0);
            // The exact bytes on request, with the hash the join commits.
            const bytes = find(page, "bytesSwitch");
            verify(!find(page, "datasetBytes").visible);
            mouseClick(bytes);
            tryVerify(() => find(page, "datasetBytes").visible);
            compare(find(page, "datasetBytes").text, testResearch.preview.bytesText);
            verify(find(page, "datasetHash").text.indexOf("0xabab") > 0);
            verify(find(page, "joinButton").visible);
        }

        function test_freeTextSwitchOnlyWhenAsked() {
            const page = createTemporaryObject(previewComponent, root);
            waitForRendering(page);
            // The first study asks for free text: the switch is there, off, with its warning.
            verify(find(page, "freeTextSwitch").visible);
            verify(!find(page, "freeTextSwitch").checked);
            verify(find(page, "freeTextWarning").text.indexOf("Notes and free text can contain names") === 0);
            // The second does not.
            const other = createTemporaryObject(previewComponent, root, { study: testResearch.studies[1] });
            waitForRendering(other);
            verify(!find(other, "freeTextSwitch").visible);
        }
    }
}
