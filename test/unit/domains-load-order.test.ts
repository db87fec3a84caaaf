// Whatever a test (or the CLI, or main) imports first, the one list of domains is complete: no
// import cycle leaves a domain's handlers undefined while electron/domains.ts is evaluated.
import { describe, expect, test, vi } from 'vitest';

describe('domain list load order', () => {
  test.each([
    ['../../electron/people/setup'],
    ['../../electron/people/handlers/vault'],
    ['../../electron/demo'],
    ['../../electron/audit/verify'],
    ['../../electron/archive'],
  ])('R-IT-1 importing %s first still yields the full handler table', async (first) => {
    vi.resetModules();
    await import(first);
    const { buildHandlerTable } = await import('../../electron/domains');
    expect(() => buildHandlerTable()).not.toThrow();
  });
});
