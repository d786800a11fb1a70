import { describe, expect, test } from 'vitest';
import { cleanName, splitName } from './names';

describe('splitName: names as people write them', () => {
  test.each([
    // One word is the first name.
    ['Cher', 'Cher', ''],
    ['  Ada   Quill ', 'Ada', 'Quill'],
    // Middle names stay with the first name.
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    // Particles belong to the family name.
    ['Guido van Rossum', 'Guido', 'van Rossum'],
    ['Ludwig van der Berg', 'Ludwig', 'van der Berg'],
    ['Ana de la Cruz', 'Ana', 'de la Cruz'],
    ['Leonardo da Vinci', 'Leonardo', 'da Vinci'],
    ['João dos Santos', 'João', 'dos Santos'],
    ['Mohammed bin Salman', 'Mohammed', 'bin Salman'],
    // A particle as a first name is a first name.
    ['Van Morrison', 'Van', 'Morrison'],
    // Joined family names.
    ['José Ortega y Gasset', 'José', 'Ortega y Gasset'],
    // Generational suffixes stay with the family name.
    ['Martin Luther King Jr.', 'Martin Luther', 'King Jr.'],
    ['Martin King, Jr.', 'Martin', 'King Jr.'],
    ['Henry Ford III', 'Henry', 'Ford III'],
    // "Last, First".
    ['Quill, Ada', 'Ada', 'Quill'],
    ['King, Martin Luther, Jr.', 'Martin Luther', 'King Jr.'],
    // Credentials, pronouns and emoji are not part of a name.
    ['Ada Quill, PhD', 'Ada', 'Quill'],
    ['Ada Quill, PhD, MBA', 'Ada', 'Quill'],
    ['Ada Quill (she/her)', 'Ada', 'Quill'],
    ['Ada Quill 🚀', 'Ada', 'Quill'],
    // Chinese, Japanese, Korean in their own script: family name first.
    ['王小明', '小明', '王'],
    ['欧阳娜娜', '娜娜', '欧阳'],
    ['山田 太郎', '太郎', '山田'],
    ['山田太郎', '太郎', '山田'],
    ['김민준', '민준', '김'],
    ['김 민준', '민준', '김'],
    // Kana alone is not split.
    ['ひなた', 'ひなた', ''],
    // The same names in Latin letters keep the order the person chose.
    ['Xiaoming Wang', 'Xiaoming', 'Wang'],
    ['', '', ''],
  ])('%j → %j / %j', (name, first, last) => {
    expect(splitName(name)).toEqual({ first, last });
  });

  test('cleanName keeps accents and case, drops decorations', () => {
    expect(cleanName('Zoë  Ångström-Núñez, MSc')).toBe('Zoë Ångström-Núñez');
    expect(cleanName('[he/him] Sol ✨')).toBe('Sol');
  });
});
