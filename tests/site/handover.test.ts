import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { handOverLoadedData, takeLoadedData } from '../../src/site/handover.ts';
import { loadFromFiles } from '../../src/ingest/load.ts';

describe('data handed from the build script to the pages', () => {
  const loaded = loadFromFiles({});

  it('is taken once, for the folder it was read from, however the path is written', () => {
    handOverLoadedData('/tmp/ntm-data', loaded);
    expect(takeLoadedData('/tmp/other')).toBeUndefined();
    expect(takeLoadedData(join('/tmp', 'x', '..', 'ntm-data'))).toBe(loaded);
    expect(takeLoadedData('/tmp/ntm-data')).toBeUndefined();
  });
});
