import { XmlSyntaxError, attributeOf, childOf, childrenOf, descendantsOf, parseXml } from "../../scripts/manifest/xml";

describe("parseXml", () => {
  it("reads elements, prefixed names, attributes, text and line numbers", () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- note -->\n<a xmlns:bt="urn:x" xsi:type=\'T\'>\n  <bt:Image id="i" size="16"/>\n  <t>x &amp; y &lt;z&gt; &#x4E2D;&#25991; <![CDATA[<raw & kept>]]></t>\n</a>\n',
    );
    expect(root.name).toBe("a");
    expect(attributeOf(root, "type")).toBe("T");
    const image = childOf(root, "Image");
    expect(image).toMatchObject({ name: "bt:Image", local: "Image", attributes: { id: "i", size: "16" }, line: 4 });
    expect(childOf(root, "t")?.text).toBe("x & y <z> 中文 <raw & kept>");
    expect(childrenOf(root, "Image")).toHaveLength(1);
    expect(descendantsOf(root).map((e) => e.local)).toEqual(["Image", "t"]);
  });

  it("decodes entities in attribute values", () => {
    expect(parseXml('<a v="&quot;1&quot; &apos;2&apos; &#65;"/>').attributes.v).toBe("\"1\" '2' A");
  });

  it.each([
    ["a mismatched end tag", "<a>\n<b></a>", /line 2: end tag <\/a> does not match <b>/],
    ["an unclosed element", "<a><b/>", /<a> \(line 1\) is never closed/],
    ["a second root", "<a/><b/>", /second root element <b>/],
    ["text outside the root", "<a/>text", /text outside the root element/],
    ["a DOCTYPE", '<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity &nbsp;/],
    ["a bare ampersand", "<a>fish & chips</a>", /'&' must start an entity/],
    ["a duplicate attribute", '<a x="1" x="2"/>', /duplicate attribute x/],
    ["an unquoted attribute", "<a x=1/>", /malformed attribute/],
    ["attributes run together", '<a x="1"y="2"/>', /separated by white space/],
    ["an unterminated comment", "<a><!-- x</a>", /unterminated comment/],
    ["no element at all", '<?xml version="1.0"?>', /no root element/],
  ])("rejects %s", (_, source, message) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    expect(() => parseXml(source)).toThrow(message);
  });
});
