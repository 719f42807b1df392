import { describe, expect, it } from 'vitest';
import { formattedCellText, isPercentFormat, percentText } from './percent-text.ts';

describe('percent-formatted cells', () => {
  it('percentText(fraction) writes the percentage Excel shows, without float noise', () => {
    expect(percentText(0.725)).toBe('72.5%');
    expect(percentText(0.073)).toBe('7.3%');
    expect(percentText(1)).toBe('100%');
  });

  it('isPercentFormat(numFmt) sees a % outside quoted text only', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('#,##0')).toBe(false);
  });

  it('formattedCellText(value, numFmt) changes only percent-formatted numbers', () => {
    expect(formattedCellText(0.5, '0%')).toBe('50%');
    expect(formattedCellText(0.5, '0.00')).toBe('0.5');
    expect(formattedCellText('0.5', '0%')).toBe('0.5');
  });
});
