import { describe, expect, it } from 'vitest';
import { cellText, dayText, numberText } from './cell-text.ts';

describe('numberText(value)', () => {
  it('writes plain decimals, never an exponent', () => {
    expect(numberText(45_383)).toBe('45383');
    expect(numberText(1.5)).toBe('1.5');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(-2.5e-7)).toBe('-0.00000025');
  });
});

describe('dayText(date)', () => {
  it('gives the UTC calendar day, dropping any time', () => {
    expect(dayText(new Date('2024-04-01T00:00:00Z'))).toBe('2024-04-01');
    expect(dayText(new Date('2024-04-01T23:59:00Z'))).toBe('2024-04-01');
    expect(dayText(new Date('0999-12-31T00:00:00Z'))).toBe('0999-12-31');
  });
});

describe('cellText(value)', () => {
  it('turns each kind of plain value into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' a ')).toBe(' a ');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ richText: [{ text: 'a) ' }, { text: 'Yes' }] })).toBe('a) Yes');
    expect(cellText({ text: 'C1', hyperlink: 'mailto:x@example.org' })).toBe('C1');
  });

  it('flags formulas, with or without a saved value, and errors', () => {
    expect(cellText({ formula: 'A1', result: 3 })).toEqual({
      kind: 'formula',
      text: '3',
      formula: '=A1',
    });
    expect(cellText({ sharedFormula: 'A2', result: 'x' } as never)).toEqual({
      kind: 'formula',
      text: 'x',
      formula: '=A2',
    });
    expect(cellText({ formula: 'A1' } as never)).toEqual({ kind: 'uncalculated', formula: '=A1' });
    expect(cellText({ formula: 'A1', result: { error: '#DIV/0!' } })).toEqual({
      kind: 'error',
      value: '=A1',
    });
    expect(cellText({ formula: 'A1', result: Number.NaN })).toEqual({
      kind: 'error',
      value: '=A1',
    });
    expect(cellText({ error: '#N/A' })).toEqual({ kind: 'error', value: '#N/A' });
  });
});
