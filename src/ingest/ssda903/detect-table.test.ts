import { describe, expect, it } from 'vitest';
import { HeaderIndex } from '../header-match.ts';
import { tableFromHeaders, tableFromName } from './detect-table.ts';
import { TABLE_NAMES } from './fields.ts';
import { TABLE_HEADERS } from './test-files.ts';

describe('tableFromName(name)', () => {
  it.each([
    ['header.csv', 'Header'],
    ['HEADER.CSV', 'Header'],
    ['episodes.csv', 'Episodes'],
    ['ssda903_episodes.csv', 'Episodes'],
    ['Episodes 2024.csv', 'Episodes'],
    ['exports/2024/UASC.csv', 'UASC'],
    ['ssda903_OC3.csv', 'OC3'],
    ['Missing.csv', 'Missing'],
    ['reviews_2024.csv', 'Reviews'],
  ])('reads %s as %s', (name, table) => {
    expect(tableFromName(name)).toBe(table);
  });

  it('gives null for names naming no table, or two', () => {
    expect(tableFromName('export.csv')).toBeNull();
    expect(tableFromName('missing episodes.csv')).toBeNull();
    expect(tableFromName('OC2.csv')).toBeNull();
  });
});

describe('tableFromHeaders(headers)', () => {
  it.each(TABLE_NAMES)('tells the %s table from its headers', (table) => {
    expect(tableFromHeaders(new HeaderIndex(TABLE_HEADERS[table]))).toBe(table);
  });

  it('reads headers whatever their case and spacing', () => {
    expect(tableFromHeaders(new HeaderIndex(['child', 'Decom', 'rne', 'ls', 'dec']))).toBe(
      'Episodes',
    );
  });

  it('gives null when no table is told apart', () => {
    expect(tableFromHeaders(new HeaderIndex(['CHILD', 'DOB']))).toBeNull();
  });
});
