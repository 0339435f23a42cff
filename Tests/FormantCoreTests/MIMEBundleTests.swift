import FormantCore
import XCTest

final class MIMEBundleTests: XCTestCase {
    func testBundleKeepsEveryRepresentationGiven() {
        let bundle = MIMEBundle(plain: "p", html: "<b>h</b>", svg: "<svg/>")
        XCTAssertEqual(bundle.data, ["text/plain": "p", "text/html": "<b>h</b>", "image/svg+xml": "<svg/>"])
        XCTAssertEqual(MIMEBundle(plain: "only").data.keys.sorted(), ["text/plain"])
    }

    func testHTMLEscapingCoversMarkupCharacters() {
        XCTAssertEqual("<a href=\"x\">'&'</a>".htmlEscaped, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual("声调 tone".htmlEscaped, "声调 tone")
    }
}
