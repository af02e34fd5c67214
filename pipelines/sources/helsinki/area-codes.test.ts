import { describe, expect, it } from 'vitest';
import { aluesarjatArea, keyFigureArea, labelledArea, osaAlueLabel2019 } from './area-codes';

const code = (ref: ReturnType<typeof aluesarjatArea>) =>
  typeof ref === 'string' ? ref : `${ref.areaCode} ${ref.areaLevel} ${ref.areaName}`;

describe('capital-region area codes', () => {
  it('derives Aluesarjat levels from code and label, marking every peruspiiri with P', () => {
    expect(code(aluesarjatArea('091', '091 Helsinki'))).toBe('091 city Helsinki');
    expect(code(aluesarjatArea('0911', '091 1 Eteläinen suurpiiri'))).toBe('0911 suurpiiri Eteläinen suurpiiri');
    expect(code(aluesarjatArea('091101', '091 101 Vironniemen peruspiiri'))).toBe(
      '091101P peruspiiri Vironniemen peruspiiri',
    );
    expect(code(aluesarjatArea('091201P', '091 201 Reijolan peruspiiri'))).toBe(
      '091201P peruspiiri Reijolan peruspiiri',
    );
    expect(code(aluesarjatArea('091201', '091 201 Ruoholahti'))).toBe('091201 osa-alue Ruoholahti');
    expect(code(aluesarjatArea('09110', '091 10 Kruununhaka'))).toBe('09110 osa-alue Kruununhaka');
    expect(code(aluesarjatArea('091999', '091 999 Muut'))).toBe('091999 unallocated Muut');
    expect(code(aluesarjatArea('091998', '091 998 Kantakaupunki'))).toBe('091998 aggregate Kantakaupunki');
    expect(code(aluesarjatArea('049111', '049 111 Pohjois-Leppävaara'))).toBe('049111 pienalue Pohjois-Leppävaara');
    expect(code(aluesarjatArea('04912', '049 12 Laajalahti (vanha)'))).toBe('04912 tilastoalue Laajalahti (vanha)');
    expect(code(aluesarjatArea('09299', '092 99 Muut'))).toBe('09299 unallocated Muut');
    expect(code(aluesarjatArea('0921', '092 1 Myyrmäen suuralue'))).toBe('0921 suuralue Myyrmäen suuralue');
  });

  it('refuses a code that disagrees with its label', () => {
    expect(aluesarjatArea('09120', '091 10 Kruununhaka')).toBe(
      "area code '09120' does not match its label '091 10 Kruununhaka'",
    );
    expect(aluesarjatArea('09110P', '091 10 Kruununhaka')).toBe(
      "area code '09110P' marks a peruspiiri but '091 10 Kruununhaka' is not one",
    );
    expect(aluesarjatArea('0919', '091 9 Kruununhaka')).toBe("cannot tell the area level of '091 9 Kruununhaka'");
  });

  it('maps the 2019 osa-alue labels, the key-figure codes and hierarchy labels to the same codes', () => {
    expect(code(osaAlueLabel2019('09111010 010 Kruununhaka'))).toBe('09110 osa-alue Kruununhaka');
    expect(code(osaAlueLabel2019('09131101 101 Vilhonvuori'))).toBe('091101 osa-alue Vilhonvuori');
    expect(code(osaAlueLabel2019('091999999 Tuntematon'))).toBe('091999 unallocated Tuntematon');
    expect(osaAlueLabel2019('09111010 020 Kluuvi')).toBe(
      "expected an area label like '09111010 010 Name', found '09111010 020 Kluuvi'",
    );
    expect(code(keyFigureArea('000', 'Helsinki'))).toBe('091 city Helsinki');
    expect(code(keyFigureArea('1', 'Eteläinen suurpiiri'))).toBe('0911 suurpiiri Eteläinen suurpiiri');
    expect(code(keyFigureArea('101', 'Vironniemen peruspiiri'))).toBe('091101P peruspiiri Vironniemen peruspiiri');
    expect(keyFigureArea('12', 'X')).toBe("expected '000', a suurpiiri digit or a peruspiiri number, found '12'");
    expect(code(labelledArea('091 10 Kruununhaka'))).toBe('09110 osa-alue Kruununhaka');
  });
});
