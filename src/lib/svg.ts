import { SaxesParser } from 'saxes';

// An SVG is published as a file of its own (`/_astro/x.svg`): opened directly, it is a document
// on the site's origin, where a script or an event handler would run. Sanitising would mean
// re-serialising what a browser may parse differently, so an SVG holding anything active is
// refused instead. The check reads the file with a strict, namespace-aware XML parser (saxes, the
// parser browsers' XML rules describe): what it cannot read the way a browser would is refused too.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
// Elements that run code, embed documents or carry handlers (compared lower-cased).
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
// Animations can set an attribute (an `href`, an event handler) after loading.
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
// The only references allowed: a part of the same drawing, or an embedded bitmap.
const SAFE_REFERENCE = /^\s*(#|data:image\/(png|jpeg|gif|webp)[;,])/i;
const UNSAFE_CSS = /@import|url\(\s*(?!['"]?\s*(#|data:image\/(png|jpeg|gif|webp)[;,]))/i;

/**
 * Says what makes an SVG unsafe to publish (a script, an event handler, a foreign object, a
 * reference to another file or host, a DOCTYPE with its own definitions, text that is not
 * well-formed XML), or nothing when it is a plain drawing.
 */
export function findActiveSvgContent(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let found: string | undefined;
  let depth = 0;
  let inStyle = false;
  const flag = (reason: string) => {
    found ??= reason;
  };
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) flag('DOCTYPE 中自定义了实体');
  });
  parser.on('processinginstruction', ({ target }) => flag(`处理指令 <?${target}?>`));
  parser.on('opentag', (tag) => {
    const local = tag.local.toLowerCase();
    if (depth++ === 0 && (tag.local !== 'svg' || tag.uri !== SVG_NS)) flag(`根元素是 <${tag.name}> 而不是 SVG 的 <svg>`);
    if (ACTIVE_ELEMENTS.has(local)) flag(`<${tag.name}> 元素`);
    if (tag.uri === XHTML_NS) flag(`HTML 元素 <${tag.name}>`);
    inStyle = local === 'style';
    for (const attribute of Object.values(tag.attributes)) {
      const name = attribute.local.toLowerCase();
      const value = attribute.value;
      if (name.startsWith('on')) flag(`事件属性 ${attribute.name}`);
      if ((name === 'href' || name === 'src') && !SAFE_REFERENCE.test(value)) flag(`指向外部的链接 ${attribute.name}="${value}"`);
      if (name === 'style' && UNSAFE_CSS.test(value)) flag(`样式中的外部引用 ${value}`);
      if (ANIMATIONS.has(local) && name === 'attributename' && /href|^on/i.test(value)) flag(`修改 ${value} 的动画 <${tag.name}>`);
    }
  });
  parser.on('text', (content) => {
    if (inStyle && UNSAFE_CSS.test(content)) flag('<style> 中的外部引用');
  });
  parser.on('cdata', (content) => {
    if (inStyle && UNSAFE_CSS.test(content)) flag('<style> 中的外部引用');
  });
  parser.on('closetag', () => {
    depth--;
    inStyle = false;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    return `不是格式正确的 SVG（${(error as Error).message.split('\n')[0]}）`;
  }
  return found;
}
