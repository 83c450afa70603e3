import { spawnSync } from 'node:child_process';

/**
 * Whether Java runs here (the Nu HTML checker needs it). Locally without Java the check is
 * skipped with a line saying how to install it; under CI a missing Java fails the run.
 */
export function hasJava(): boolean {
  if (spawnSync('java', ['-version']).status === 0) return true;
  if (process.env.CI) throw new Error('Java is missing: CI must install it (apt-get install -y default-jre-headless)');
  console.warn('HTML validity check skipped: Java not found. Install it with: apt-get install -y default-jre-headless');
  return false;
}
