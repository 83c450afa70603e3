import path from 'node:path';
import type { CitySettings } from '../../lib/city/city-file.ts';
import { CITY_FILE, readCityFile } from '../../lib/city/city-file.ts';
import type { DataPackage } from '../../lib/city/data-package.ts';
import { readDataPackage } from '../../lib/city/data-package.ts';
import type { Problem } from '../../lib/problems.ts';
import { sortProblems } from '../../lib/problems.ts';
import { loadProject } from '../../lib/project.ts';
import { readLoadOptions } from '../../settings.ts';

/** A city checked: city.yaml, every content district's files, every data district's package. */
export interface CityCheck {
  settings?: CitySettings;
  /** Data packages of the `data` districts, by slug. */
  packages: Map<string, DataPackage>;
  problems: Problem[];
  counts: { communities: number; reports: number; tables: number };
}

/**
 * Checks a whole city, every problem at once: city.yaml's at its lines, each district's at its
 * own files (the paths show the district folder). One district at a time, so only one
 * district's content is held in memory.
 */
export async function checkCity(cityDir: string): Promise<CityCheck> {
  const { settings, districts, problems } = await readCityFile(cityDir);
  const counts = { communities: 0, reports: 0, tables: 0 };
  const packages = new Map<string, DataPackage>();
  for (const district of districts) {
    if (district.kind === 'data') {
      const read = await readDataPackage(district.folder, district, path.join(cityDir, CITY_FILE));
      problems.push(...read.problems);
      if (read.data) packages.set(district.slug, read.data);
      continue;
    }
    const project = await loadProject(district.folder, readLoadOptions());
    problems.push(...project.problems);
    counts.communities += project.content.fileCounts.communities;
    counts.reports += project.content.fileCounts.reports;
    counts.tables += project.content.fileCounts.tables;
  }
  return { settings, packages, problems: sortProblems(problems), counts };
}
