// The package ships no types of its own.
declare module 'commonmark-spec' {
  /** One example of the CommonMark spec. */
  export interface SpecExample {
    markdown: string;
    html: string;
    section: string;
    number: number;
  }
  const spec: { text: string; tests: SpecExample[] };
  export default spec;
}
