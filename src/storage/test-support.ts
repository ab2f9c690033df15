/** Helpers for the storage tests (fake-indexeddb is set up globally by vitest.config.ts). */
import { KrachtcoachDB } from './db';
import { SnippetService, type SnippetServiceOptions } from './snippet-service';

let dbCount = 0;

/** A database of its own for each test. */
export function uniqueDbName(): string {
  return `kc-test-${dbCount++}-${Math.random().toString(36).slice(2, 8)}`;
}

export function freshDb(): KrachtcoachDB {
  return new KrachtcoachDB(uniqueDbName());
}

/** eigen-test-1, eigen-test-2, … */
export function sequentialIds(prefix = 'eigen-test'): () => string {
  let i = 0;
  return () => `${prefix}-${++i}`;
}

/** A clock that moves one second per reading, from 3 March 2025 10:00 UTC. */
export function testClock(start = Date.UTC(2025, 2, 3, 10)): () => number {
  let t = start;
  return () => (t += 1000);
}

export async function openTestService(options: Partial<SnippetServiceOptions> = {}): Promise<SnippetService> {
  return SnippetService.open({ db: freshDb(), now: testClock(), newId: sequentialIds(), ...options });
}
