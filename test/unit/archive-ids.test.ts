import { describe, expect, test } from 'vitest';
import { customerInputSchema } from '../../electron/archive/contract/calls';
import { isValidResidentId, isValidUscc, residentIdCheckChar, usccCheckChar } from '../../electron/archive/contract/idNumbers';
import { bank, person, USCC } from './archive-helpers';

describe('identity number checksums', () => {
  test('R-ARCH-1 unified social credit codes (GB 32100-2015): real codes pass, any altered character fails', () => {
    for (const c of Object.values(USCC)) expect(isValidUscc(c)).toBe(true);
    expect(isValidUscc('911000001000013429')).toBe(false); // wrong check char
    expect(isValidUscc('911000001000013427')).toBe(false);
    expect(isValidUscc('91100000100001342')).toBe(false); // 17 chars
    expect(isValidUscc('91100000100001342I')).toBe(false); // I is not in the alphabet
    expect(isValidUscc('91440300100012316l')).toBe(false); // raw lower case: the schema upper-cases first
    // a transposition of two digits is caught
    expect(isValidUscc('910100001000013428')).toBe(false);
    expect(usccCheckChar('91440300100012316')).toBe('L');
  });

  test('R-ARCH-1 resident ID numbers (GB 11643): MOD 11-2 check digit and a real birth date', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false); // wrong check digit
    expect(isValidResidentId('11010519491331002X')).toBe(false); // month 13
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    const first17 = '44030419900229123'; // 1990 is not a leap year
    expect(isValidResidentId(first17 + residentIdCheckChar(first17))).toBe(false);
    const leap = '44030419920229123';
    expect(isValidResidentId(leap + residentIdCheckChar(leap))).toBe(true);
  });

  test('R-ARCH-1 the customer form schema normalises and validates ID numbers with translated keys', () => {
    expect(customerInputSchema.safeParse(bank({ idNumber: ' 9110 0000-1000013428 ' })).data?.idNumber).toBe(USCC.boc);
    expect(customerInputSchema.safeParse(person({ idNumber: '11010519491231002x' })).success).toBe(true);
    const bad = customerInputSchema.safeParse(bank({ idNumber: '911000001000013429' }));
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['idNumber', 'v.uscc']]);
    const badId = customerInputSchema.safeParse(person({ idNumber: '110105194912310021' }));
    expect(badId.error?.issues.map((i) => i.message)).toEqual(['v.residentId']);
    // passport numbers are free text
    expect(customerInputSchema.safeParse(person({ idKind: 'passport', idNumber: 'E12345678' })).success).toBe(true);
    // sub-type must belong to the category; a person has no credit code
    expect(customerInputSchema.safeParse(bank({ category: 'general' })).error?.issues[0]?.message).toBe('v.subTypeCategory');
    expect(customerInputSchema.safeParse(bank({ partyKind: 'person' })).error?.issues[0]?.message).toBe('v.idKindParty');
  });
});
