// Runs after the CMS bundle on /admin/: teaches it the project's file format (the house style
// of src/lib/yaml-writer.ts, so a save changes only the lines the editor changed),
// then starts it. The page sets CMS_MANUAL_INIT so that the format is known before any file is read.
import { CMS_FORMAT, readCmsEntry, writeCmsEntry } from '../lib/admin/cms-format.ts';
import { communitySchema, reportSchema } from '../lib/schema.ts';

interface Cms {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  init(): void;
}

const cms = (window as unknown as { CMS?: Cms }).CMS;
if (cms) {
  cms.registerCustomFormat(CMS_FORMAT, 'md', {
    fromFile: (text) => readCmsEntry(text),
    // Reports have a `title` and no `street`; the schema decides the key order and what is a row.
    toFile: (data) => writeCmsEntry(data, 'street' in data || 'households' in data ? communitySchema : reportSchema),
  });
  cms.init();
}
