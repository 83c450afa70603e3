import { describe, expect, test } from 'vitest';
import { findActiveSvgContent } from '../../src/lib/svg.ts';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('findActiveSvgContent', () => {
  test.each([
    ['a script', svg('<script>alert(document.cookie)</script>'), '<script> 元素'],
    ['a script in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), '<script> 元素'],
    ['a script under another prefix', svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), '<s:script> 元素'],
    ['an XHTML script', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), '<h:script> 元素'],
    ['onload on the root', svg('<rect/>', ' onload="alert(1)"'), '事件属性 onload'],
    ['an event handler on a shape', svg('<rect onclick="alert(1)"/>'), '事件属性 onclick'],
    ['a foreign object', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), '<foreignObject> 元素'],
    ['an xlink:href to javascript:', svg('<a xlink:href="javascript:alert(1)"><rect/></a>'), '指向外部的链接 xlink:href="javascript:alert(1)"'],
    ['a use of another host', svg('<use href="http://evil.example/x.svg#a"/>'), '指向外部的链接 href="http://evil.example/x.svg#a"'],
    ['a protocol-relative image', svg('<image href="//evil.example/a.png"/>'), '指向外部的链接 href="//evil.example/a.png"'],
    ['an SVG data URL', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), '指向外部的链接 href="data:image/svg+xml;base64,PHN2Zz4="'],
    ['an animation that sets href', svg('<a><set attributeName="href" to="javascript:alert(1)"/><rect/></a>'), '修改 href 的动画 <set>'],
    ['an @import in a style element', svg('<style>@import url(http://evil.example/a.css);</style>'), '<style> 中的外部引用'],
    ['an external url() in a style attribute', svg('<rect style="fill:url(http://evil.example/a#g)"/>'), '样式中的外部引用 fill:url(http://evil.example/a#g)'],
    ['an iframe', svg('<iframe src="https://evil.example/"/>'), '<iframe> 元素'],
    ['an entity defined in the DOCTYPE', `<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${svg('<text>x</text>')}`, 'DOCTYPE 中自定义了实体'],
    ['a stylesheet processing instruction', `<?xml-stylesheet href="http://evil.example/a.css"?>${svg('')}`, '处理指令 <?xml-stylesheet?>'],
    ['an HTML page named .svg', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', '根元素是 <html> 而不是 SVG 的 <svg>'],
    ['an undefined entity', svg('<text>&xxe;</text>'), '不是格式正确的 SVG'],
    ['text that is not XML', '<svg><rect></svg>', '不是格式正确的 SVG'],
  ])('refuses %s', (_, text, reason) => {
    expect(findActiveSvgContent(text)).toContain(reason);
  });

  test.each([
    ['a plain drawing', svg('<rect width="5" height="5" fill="#c00"/><text x="1" y="9">社区</text>')],
    ['references inside the drawing', svg('<defs><linearGradient id="g"/><path id="p" d="M0 0h1"/></defs><use xlink:href="#p"/><rect style="fill:url(#g)" fill="url(#g)"/>')],
    ['an embedded PNG', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['a style element with local references', svg('<style>.a { fill: url(#g); }</style><rect class="a"/>')],
    [
      'an editor’s metadata and a public DOCTYPE',
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><metadata/><rect/>')}`,
    ],
  ])('accepts %s', (_, text) => {
    expect(findActiveSvgContent(text)).toBeUndefined();
  });
});
