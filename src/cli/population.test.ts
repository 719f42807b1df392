import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedPopulation } from './population.ts';

describe('shippedPopulation(la, folder)', () => {
  it("reads a council's mid-year estimates of children aged 0-17 from the shipped file", async () => {
    const kent = await shippedPopulation('886');
    expect(kent.get(2024)).toBe(355_390);
    expect(kent.get(2023)).toBe(350_198);
    expect([...kent.keys()].every((year) => year >= 2012 && year <= 2024)).toBe(true);
  });

  it('is empty for a code the file does not name', async () => {
    expect(await shippedPopulation('999')).toEqual(new Map());
    expect(await shippedPopulation('E92000001')).toEqual(new Map()); // England, not a council
  });

  it('is empty for a folder without the population file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'outturn-population-'));
    try {
      await writeFile(path.join(folder, 'README.md'), 'no data here\n');
      expect(await shippedPopulation('886', folder)).toEqual(new Map());
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
