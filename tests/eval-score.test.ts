import { describe, expect, it } from 'vitest';
import { isProperName, normalValue, speakerNameRight } from '../src/eval/score.js';

describe('eval: speaker name scoring (../shared/eval/README.md)', () => {
  const sp = (name: string, entity: string | null = 'e1') => ({ name, entity });
  it('a surname or the full name is right; another first name is wrong', () => {
    expect(speakerNameRight(sp('Clinton'), 'Hillary Clinton')).toBe(true);
    expect(speakerNameRight(sp('Hillary Rodham Clinton'), 'Hillary Clinton')).toBe(true);
    expect(speakerNameRight(sp('Bill Clinton'), 'Hillary Clinton')).toBe(false);
    expect(speakerNameRight(sp('Donald Trump'), 'Hillary Clinton')).toBe(false);
  });
  it('titles and possessives are dropped; acronyms match their expansion', () => {
    expect(speakerNameRight(sp('Mr. Trump'), 'Donald Trump')).toBe(true);
    expect(speakerNameRight(sp("Sen. Sanders's"), 'Bernie Sanders')).toBe(true);
    expect(speakerNameRight(sp('FBI'), 'Federal Bureau of Investigation')).toBe(true);
    expect(speakerNameRight(sp('Federal Bureau of Investigation'), 'FBI')).toBe(true);
  });
  it('a pronoun or a description is never a right name', () => {
    expect(speakerNameRight(sp('he', null), 'Donald Trump')).toBe(false);
    expect(speakerNameRight(sp('the minister', null), 'Donald Trump')).toBe(false);
    expect(speakerNameRight(null, 'Donald Trump')).toBe(false);
  });
  it('with a null gold: no claim is right, a name is wrong', () => {
    expect(speakerNameRight(null, null)).toBe(true);
    expect(speakerNameRight(sp('a spokesman', null), null)).toBe(true);
    expect(speakerNameRight(sp('he', null), null)).toBe(true);
    expect(speakerNameRight(sp('Hillary Clinton', null), null)).toBe(false);
    expect(speakerNameRight(sp('Clinton', 'e2'), null)).toBe(false);
  });
  it('proper names allow connectors', () => {
    expect(isProperName('Daughters of the American Revolution')).toBe(true);
    expect(isProperName('Bill de Blasio')).toBe(true);
    expect(isProperName('the campaign')).toBe(false);
    expect(isProperName('She')).toBe(false);
  });
});

describe('eval: equivalent date values', () => {
  it('drops a trailing -XX and pads week numbers', () => {
    expect(normalValue('1968-XX')).toBe('1968');
    expect(normalValue('1968-XX-XX')).toBe('1968');
    expect(normalValue('2000-W6')).toBe('2000-W06');
    expect(normalValue('2000-W16')).toBe('2000-W16');
    expect(normalValue('2000-06-14')).toBe('2000-06-14');
  });
});
