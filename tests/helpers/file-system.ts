import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Whether tests may mount a tmpfs (root, as CI runs). Locally without it the tests that need
 * one are skipped with one line; under CI it fails the run instead.
 */
export function canMountTmpfs(): boolean {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'shequ-mount-'));
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0) {
      spawnSync('umount', [probe]);
      return true;
    }
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  if (process.env.CI) throw new Error('Cannot mount a tmpfs: CI runs the file-system tests as root (mount -t tmpfs)');
  console.warn('File-system tests skipped: mounting a tmpfs needs root (mount -t tmpfs).');
  return false;
}

/** Mounts a tmpfs of a size (`300k`, `50m`) at a new folder; `readOnly` mounts it read-only. */
export function mountTmpfs(dir: string, size: string, { readOnly = false } = {}): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
}

/** Unmounts a tmpfs mounted by mountTmpfs (lazily: a failed build may still hold a file). */
export function unmountTmpfs(dir: string): void {
  spawnSync('umount', ['-l', dir]);
}

/**
 * Whether tests may make a folder immutable (`chattr +i`: root, on a file system that has the
 * flag). Skipped locally with one line when not; under CI it fails the run instead.
 */
export function canMakeImmutable(): boolean {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'shequ-chattr-'));
  try {
    if (spawnSync('chattr', ['+i', probe]).status === 0) {
      spawnSync('chattr', ['-i', probe]);
      return true;
    }
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  if (process.env.CI) throw new Error('Cannot make a folder immutable: CI runs the file-system tests as root (chattr +i)');
  console.warn('Immutable-folder test skipped: chattr +i needs root and a file system with the flag.');
  return false;
}

/** Sets or clears the immutable flag of a folder. */
export function setImmutable(dir: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', dir]);
}
