#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/shl/malicious/*.txt (one SMART Health Link text per file, bytes as written) and
tests/data/shl/malicious.tsv (file, then the verdict of core::shl::parseLink with default options: a
LinkError name, or "ok" for edge cases the spec says a reader takes). tests/core/tst_shl_link.cpp reads
both; tests/fuzz replays the files as seeds. Run from anywhere: python3 tests/data/shl/make_malicious.py"""
import base64
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "malicious")
KEY = "rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q"  # the spec's example key
URL = "https://ehr.example.org/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM/m"
VIEWER = "https://viewer.example.org#"


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def js(obj) -> bytes:
    """Minified JSON as JSON.stringify writes it (UTF-8, no ASCII escaping)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def payload(**fields) -> dict:
    p = {"url": URL, "flag": "L", "key": KEY, "label": "Summary"}
    for k, v in fields.items():
        if v is DROP:
            p.pop(k, None)
        else:
            p[k] = v
    return p


DROP = object()
cases = []  # (name, bytes, verdict)


def link(name, verdict, raw: bytes, prefix=b"shlink:/"):
    cases.append((name, prefix + b64u(raw).encode(), verdict))


def text(name, verdict, data: bytes):
    cases.append((name, data, verdict))


good = js(payload())

# --- the text around the payload
text("too-long-4097", "TooLong", b"shlink:/" + b64u(js(payload(label="x" * 80))).encode() + b" " * 4000)
link("too-long-payload", "TooLong", js(payload(_pad="A" * 3200)))
text("empty", "NotAShlink", b"")
text("scheme-upper-case", "NotAShlink", b"SHLINK:/" + b64u(good).encode())
text("scheme-no-slash", "NotAShlink", b"shlink:" + b64u(good).encode())
text("smart-health-card-prefix", "NotAShlink", b"shc:/" + b64u(good).encode())
text("nul-before-prefix", "NotAShlink", b"\x00shlink:/" + b64u(good).encode())
text("bom-before-prefix", "NotAShlink", b"\xef\xbb\xbfshlink:/" + b64u(good).encode())
text("viewer-without-hash", "NotAShlink", b"https://viewer.example.org/shlink:/" + b64u(good).encode())
link("viewer-http", "ViewerNotHttps", good, b"http://viewer.example.org#shlink:/")
link("viewer-javascript", "ViewerNotHttps", good, b"javascript:alert(document.domain)//#shlink:/")
link("viewer-data", "ViewerNotHttps", good, b"data:text/html,<script>alert(1)</script>#shlink:/")
link("viewer-hash-only", "ViewerNotHttps", good, b"#shlink:/")
link("viewer-user-info", "ViewerNotHttps", good, b"https://user:pw@viewer.example.org/#shlink:/")
link("viewer-idn", "ViewerNotHttps", good, b"https://xn--vewer-3ta.example.org/#shlink:/")
link("viewer-space", "ViewerNotHttps", good, b"https://viewer.example.org/ x#shlink:/")
link("viewer-two-hashes", "ViewerNotHttps", good, b"https://viewer.example.org/#x#shlink:/")
link("viewer-http-loopback", "ViewerNotHttps", good, b"http://localhost:8080/#shlink:/")
link("viewer-with-query", "ok", good, b"https://viewer.example.org/view.html?lang=fr#shlink:/")
text("white-space-around", "ok", b"\r\n\t shlink:/" + b64u(good).encode() + b" \n")

# --- base64url
text("payload-empty", "BadBase64url", b"shlink:/")
def padded(data: bytes, remainder: int) -> bytes:
    """`data` with trailing spaces (JSON white space) until its length is `remainder` modulo 3."""
    while len(data) % 3 != remainder:
        data += b" "
    return data


text("base64-padding", "BadBase64url", b"shlink:/" + base64.urlsafe_b64encode(padded(good, 1)))
text("base64-one-pad", "BadBase64url", b"shlink:/" + base64.urlsafe_b64encode(padded(good, 2)))
text("base64-standard-alphabet", "BadBase64url",
     b"shlink:/" + base64.b64encode(js(payload(label="\u00ff\u00fe\u00ff?>>"))).rstrip(b"="))
text("base64-inner-space", "BadBase64url", b"shlink:/" + b64u(good)[:20].encode() + b" " + b64u(good)[20:].encode())
text("base64-trailing-nul", "BadBase64url", b"shlink:/" + b64u(good).encode() + b"\x00")
text("base64-length-mod-4-is-1", "BadBase64url", b"shlink:/" + b64u(padded(good, 0)).encode() + b"A")
text("base64-nonzero-trailing-bits", "BadBase64url", b"shlink:/" + b64u(b"{}  ")[:-1].encode() + b"B")
text("base64-percent-encoded", "BadBase64url", b"shlink:/%7B%7D")
text("shlink-twice", "BadBase64url", b"shlink:/shlink:/" + b64u(good).encode())

# --- JSON
link("json-not-json", "NotJson", b"url=https://ehr.example.org/qr")
link("json-nul-in-string", "NotJson", good.replace(b"Summary", b"Sum\x00mary"))
link("json-truncated", "NotJson", good[:-1])
link("json-trailing-garbage", "NotJson", good + b"x")
link("json-trailing-comma", "NotJson", good[:-1] + b",}")
link("json-single-quotes", "NotJson", good.replace(b'"label"', b"'label'"))
link("json-comment", "NotJson", b"/*x*/" + good)
link("json-nan", "NotJson", good[:-1] + b',"exp":NaN}')
link("json-deep-nesting", "NotJson", good[:-1] + b',"_x":' + b"[" * 40 + b"]" * 40 + b"}")
link("json-very-deep-nesting", "NotJson", b'{"_x":' + b"[" * 1000 + b"]" * 1000 + b"}")
link("json-bom", "NotJson", b"\xef\xbb\xbf" + good)
link("json-overlong-utf8-slash", "NotJson", good.replace(b"Summary", b"Sum\xc0\xafmary"))
link("json-overlong-utf8-nul", "NotJson", good.replace(b"Summary", b"Sum\xc0\x80mary"))
link("json-overlong-utf8-3-bytes", "NotJson", good.replace(b"Summary", b"Sum\xe0\x80\xafmary"))
link("json-raw-lone-surrogate", "NotJson", good.replace(b"Summary", b"Sum\xed\xa0\x80mary"))
link("json-escaped-lone-surrogate", "NotJson", good.replace(b"Summary", b"Sum\\ud800mary"))
link("json-escaped-lone-low-surrogate", "NotJson", good.replace(b"Summary", b"Sum\\udc00mary"))
link("json-invalid-byte-ff", "NotJson", good.replace(b"Summary", b"Sum\xffmary"))
link("json-above-u10ffff", "NotJson", good.replace(b"Summary", b"Sum\xf4\x90\x80\x80mary"))
link("json-latin1-label", "NotJson", good.replace(b"Summary", "Résumé".encode("latin-1")))
link("json-raw-tab-in-string", "NotJson", good.replace(b"Summary", b"Sum\tmary"))
link("duplicate-key", "DuplicateKey", good[:-1] + b',"key":"' + b"A" * 42 + b'A"}')
link("duplicate-url-escaped", "DuplicateKey", good[:-1] + b',"u\\u0072l":"https://evil.example.com/qr/x"}')
link("duplicate-in-extension", "DuplicateKey", good[:-1] + b',"_x":{"a":1,"a":2}}')
link("not-an-object-array", "NotAnObject", b"[" + good + b"]")
link("not-an-object-string", "NotAnObject", b'"shlink"')
link("not-an-object-null", "NotAnObject", b"null")

# --- version
link("v-0", "BadVersion", js(payload(v=0)))
link("v-negative", "BadVersion", js(payload(v=-1)))
link("v-string", "BadVersion", js(payload(v="1")))
link("v-fraction", "BadVersion", js(payload(v=1.5)))
link("v-true", "BadVersion", js(payload(v=True)))
link("v-2", "UnsupportedVersion", js(payload(v=2)))
link("v-huge", "UnsupportedVersion", js(payload(v=99999999999)))
link("v-1", "ok", js(payload(v=1)))

# --- url
link("url-missing", "UrlMissing", js(payload(url=DROP)))
link("url-empty", "UrlMissing", js(payload(url="")))
link("url-number", "UrlMissing", js(payload(url=443)))
link("url-null", "UrlMissing", js(payload(url=None)))
link("url-129", "UrlTooLong", js(payload(url="https://ehr.example.org/qr/" + "a" * 102)))
link("url-128", "ok", js(payload(url="https://ehr.example.org/qr/" + "a" * 101)))
link("url-user-info", "UrlInvalid", js(payload(url="https://user@ehr.example.org/qr/x")))
link("url-user-password", "UrlInvalid", js(payload(url="https://ehr.example.org:pw@evil.example.com/qr/x")))
link("url-fragment", "UrlInvalid", js(payload(url=URL + "#frag")))
link("url-space", "UrlInvalid", js(payload(url="https://ehr.example.org/qr /x")))
link("url-control-char", "UrlInvalid", js(payload(url="https://ehr.example.org/qr\u0007/x")))
link("url-nul", "UrlInvalid", js(payload(url="https://ehr.example.org/qr\u0000/x")))
link("url-non-ascii-path", "UrlInvalid", js(payload(url="https://ehr.example.org/qr/\u00e9")))
link("url-relative", "UrlInvalid", js(payload(url="/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM")))
link("url-no-host", "UrlInvalid", js(payload(url="https:///qr/x")))
link("url-backslash", "UrlInvalid", js(payload(url="https://ehr.example.org\\@evil.example.com/qr")))
link("url-bidi-override", "UrlInvalid", js(payload(url="https://ehr.example.org/qr/\u202egpj.exe")))
link("url-idn-punycode", "UrlIdnHost", js(payload(url="https://xn--80ak6aa92e.com/qr/x")))
link("url-idn-punycode-upper", "UrlIdnHost", js(payload(url="https://XN--80AK6AA92E.com/qr/x")))
link("url-idn-cyrillic-e", "UrlIdnHost", js(payload(url="https://\u0435hr.example.org/qr/x")))
link("url-http", "UrlNotHttps", js(payload(url="http://ehr.example.org/qr/x")))
link("url-http-loopback", "UrlNotHttps", js(payload(url="http://127.0.0.1:8080/qr/x")))
link("url-javascript", "UrlNotHttps", js(payload(url="javascript:alert(1)")))
link("url-file", "UrlNotHttps", js(payload(url="file:///etc/passwd")))
link("url-ftp", "UrlNotHttps", js(payload(url="ftp://ehr.example.org/qr/x")))
link("url-data", "UrlNotHttps", js(payload(url="data:text/plain,hello")))
link("url-data-braces", "UrlInvalid", js(payload(url="data:application/json,{}")))

# --- key
link("key-missing", "KeyMissing", js(payload(key=DROP)))
link("key-null", "BadKey", js(payload(key=None)))
link("key-number", "BadKey", js(payload(key=12345)))
link("key-42-chars", "BadKey", js(payload(key=KEY[:42])))
link("key-44-chars", "BadKey", js(payload(key=KEY + "A")))
link("key-padded", "BadKey", js(payload(key=KEY + "=")))
link("key-standard-alphabet", "BadKey", js(payload(key="+/" + KEY[2:])))
link("key-nonzero-trailing-bits", "BadKey", js(payload(key=KEY[:42] + "R")))
link("key-non-ascii", "BadKey", js(payload(key=KEY[:42] + "\u00e9")))
link("key-16-bytes", "BadKey", js(payload(key=b64u(bytes(16)))))

# --- exp
link("exp-string", "BadExp", js(payload(exp="1767225600")))
link("exp-milliseconds-string", "BadExp", js(payload(exp="1767225600000")))
link("exp-zero", "BadExp", js(payload(exp=0)))
link("exp-negative", "BadExp", js(payload(exp=-1)))
link("exp-fraction", "BadExp", js(payload(exp=1767225600.5)))
link("exp-1e300", "BadExp", js(payload(exp=1e300)))
link("exp-2-pow-63", "BadExp", js(payload(exp=2**63)))
link("exp-milliseconds", "BadExp", js(payload(exp=1767225600000)))
link("exp-year-10000", "BadExp", js(payload(exp=253402300800)))
link("exp-null", "BadExp", js(payload(exp=None)))
link("exp-in-the-past", "ok", js(payload(exp=1)))
link("exp-year-9999", "ok", js(payload(exp=253402300799)))

# --- flag
link("flag-lower-case", "BadFlag", js(payload(flag="lp")))
link("flag-wrong-order", "BadFlag", js(payload(flag="PL")))
link("flag-repeated", "BadFlag", js(payload(flag="LL")))
link("flag-space", "BadFlag", js(payload(flag="L P")))
link("flag-number", "BadFlag", js(payload(flag=1)))
link("flag-non-ascii", "BadFlag", js(payload(flag="L\u00dc")))
link("flag-nul", "BadFlag", js(payload(flag="L\u0000")))
link("flag-p-and-u", "UAndP", js(payload(flag="PU")))
link("flag-l-p-u", "UAndP", js(payload(flag="LPU")))
link("flag-unknown-letters", "ok", js(payload(flag="LQZ")))
link("flag-empty", "ok", js(payload(flag="")))

# --- label
link("label-number", "BadLabel", js(payload(label=80)))
link("label-null", "BadLabel", js(payload(label=None)))
link("label-newline", "BadLabel", js(payload(label="Summary\nfor Oliver")))
link("label-nul", "BadLabel", js(payload(label="Summary\u0000")))
link("label-escape-sequence", "BadLabel", js(payload(label="\u001b[31mred")))
link("label-del", "BadLabel", js(payload(label="Summary\u007f")))
link("label-c1", "BadLabel", js(payload(label="Summary\u0085")))
link("label-bidi-override", "BadLabel", js(payload(label="Summary \u202eexe.fdp")))
link("label-bidi-isolate", "BadLabel", js(payload(label="Summary \u2066x\u2069")))
link("label-81", "LabelTooLong", js(payload(label="x" * 81)))
link("label-41-emoji", "LabelTooLong", js(payload(label="\U0001F489" * 41)))
link("label-80", "ok", js(payload(label="x" * 80)))
link("label-40-emoji", "ok", js(payload(label="\U0001F489" * 40)))
link("unknown-members", "ok", js(payload(extension={"a": [1, 2]}, _sig="x", zzz=None)))

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".txt"):
            os.remove(os.path.join(OUT, f))
    names = set()
    with open(os.path.join(HERE, "malicious.tsv"), "w") as table:
        table.write("# file\tverdict of parseLink (default options): a LinkError name or ok\n")
        for name, data, verdict in cases:
            assert name not in names, name
            names.add(name)
            with open(os.path.join(OUT, name + ".txt"), "wb") as f:
                f.write(data)
            table.write(f"{name}.txt\t{verdict}\n")
    print(f"{len(cases)} cases")
