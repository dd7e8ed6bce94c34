import { afterEach, describe, expect, it, vi } from 'vitest';
import { newNodeId } from './nodeId.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newNodeId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes distinct version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newNodeId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('still works where crypto.randomUUID is missing (a page on plain http)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    const ids = new Set(Array.from({ length: 1000 }, () => newNodeId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});
