import { SaxesParser } from 'saxes';

/** `true` for well-formed XML (namespaces included), else the strict parser's first complaint. */
export function checkWellFormedXml(text: string): true | string {
  try {
    new SaxesParser({ xmlns: true }).write(text).close();
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}
