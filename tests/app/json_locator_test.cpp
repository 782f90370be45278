// The JSON locator: where a value or an object member's key starts, by JSON
// pointer, so errors and warnings about values can say file:line:column.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "json_file.h"
#include "json_locator.h"

using namespace cagescope::app;

namespace {
// The offset of the n-th occurrence of `needle`: what the locator must find.
std::size_t nth(const std::string& text, const std::string& needle, int n = 0) {
    std::size_t at = text.find(needle);
    for (int i = 0; i < n; ++i) at = text.find(needle, at + 1);
    return at;
}
}  // namespace

TEST_CASE("values and keys are found by pointer, through objects and arrays", "[json]") {
    const std::string t = R"({"a": {"b": [10, {"c": "x"}, [1, 2]]}, "d/e": 1, "f~g": {"h": null}})";
    CHECK(json_offset(t, "") == 0);
    CHECK(json_offset(t, "/a") == nth(t, "{\"b\""));
    CHECK(json_offset(t, "/a", JsonPart::key) == nth(t, "\"a\""));
    CHECK(json_offset(t, "/a/b/0") == nth(t, "10"));
    CHECK(json_offset(t, "/a/b/1/c") == nth(t, "\"x\""));
    CHECK(json_offset(t, "/a/b/1/c", JsonPart::key) == nth(t, "\"c\""));
    CHECK(json_offset(t, "/a/b/2/1") == nth(t, "2]"));
    // An array element has no key: its value is where it is.
    CHECK(json_offset(t, "/a/b/2", JsonPart::key) == nth(t, "[1, 2]"));
    // RFC 6901 escapes: ~1 is '/', ~0 is '~'.
    CHECK(json_offset(t, "/d~1e") == nth(t, "1, \"f~g\""));
    CHECK(json_offset(t, "/f~0g/h") == nth(t, "null"));
    CHECK(json_pointer_member("/f~0g", "a/b~") == "/f~0g/a~1b~0");
}

TEST_CASE("a missing value is placed at its nearest parent present", "[json]") {
    const std::string t = "{\n  \"camera\": {\"distance\": 1},\n  \"list\": [1]\n}";
    CHECK(json_offset(t, "/camera/fov_y") == nth(t, "{\"distance\""));
    CHECK(json_offset(t, "/camera/distance/deeper") == nth(t, "1}"));
    CHECK(json_offset(t, "/list/5") == nth(t, "[1]"));
    CHECK(json_offset(t, "/list/x") == nth(t, "[1]"));
    CHECK(json_offset(t, "/nothing/here") == 0);
}

TEST_CASE("strings with brackets, quotes and escapes, duplicates and a byte order mark", "[json]") {
    // Brackets and escaped quotes inside strings do not end or open anything.
    const std::string t = R"({"s": "a}]\"[{,:", "n": -1.5e3, "t": true, "k": 1, "k": 2, "e\u0078": 3})";
    CHECK(json_offset(t, "/n") == nth(t, "-1.5e3"));
    CHECK(json_offset(t, "/t") == nth(t, "true"));
    // nlohmann::json keeps the last of duplicate keys, so that is the one named.
    CHECK(json_offset(t, "/k") == nth(t, "2,"));
    // A key written with escapes is not matched: its parent is given.
    CHECK(json_offset(t, "/ex") == 0);
    const std::string bom = "\xEF\xBB\xBF{\"a\": 1}";
    CHECK(json_offset(bom, "/a") == nth(bom, "1"));
}

TEST_CASE("JsonDocument says file:line:column of values and keys", "[json]") {
    const JsonDocument doc = parse_json_document("{\n  \"image\": {\n    \"width\": -4\n  }\n}\n", "f.json");
    CHECK(doc.where("/image/width") == "f.json:3:14");
    CHECK(doc.where_key("/image/width") == "f.json:3:5");
    CHECK(doc.where("/image/height") == "f.json:2:12");
    CHECK(doc.where("") == "f.json:1:1");
}

TEST_CASE("finding a value costs one walk whatever the file holds", "[json]") {
    // A long key over a long array: a locator that records every value's
    // pointer (as the tour reader's once did) needs key length x elements
    // of memory, here 4 MiB x 1.5 million, and never returns.
    std::string t = "{\"" + std::string(4 << 20, 'k') + "\": [0";
    t.reserve(t.size() + 3'000'100);
    for (int i = 0; i < 1'500'000; ++i) t += ",0";
    t += "], \"steps\": [{\"figure\": \"7\"}]}";
    CHECK(json_offset(t, "/steps/0/figure") == t.rfind("\"7\""));
    CHECK(json_offset(t, "/" + std::string(4 << 20, 'k') + "/1500000") == t.rfind('0'));
}

TEST_CASE("unknown keys: a warning each with file:line:column, then only a count", "[json]") {
    std::string text = "{";
    for (int i = 0; i < 25; ++i) text += std::string(i ? ",\n" : "") + "\"k" + std::to_string(i) + "\": " + std::to_string(i);
    text += "}";
    const JsonDocument doc = parse_json_document(text, "f.json");
    std::vector<std::string> got;
    FileWarnings unknown(doc, [&](const std::string& w) { got.push_back(w); });
    for (int i = 0; i < 25; ++i) unknown.unknown_key("/k" + std::to_string(i), "k" + std::to_string(i), "f has nothing");
    unknown.finish();
    REQUIRE(got.size() == FileWarnings::kMaxWarnings + 1);
    CHECK(got[0] == "f.json:1:2: unknown key 'k0' ignored (f has nothing)");
    CHECK(got[19] == "f.json:20:1: unknown key 'k19' ignored (f has nothing)");
    CHECK(got[20] == "f.json: 5 more unknown keys or names ignored");
}
