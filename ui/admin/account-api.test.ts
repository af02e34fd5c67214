import { describe, expect, it } from 'vitest';
import { issuesByField, parseMunicipalities } from './account-api';

/** The admin page's reading of the users API's answers (ui/admin/account-api.ts). */
describe('issuesByField', () => {
  it('puts each issue at its input, the first message of each', () => {
    expect(
      issuesByField([
        { param: 'username', message: 'too short' },
        { param: 'municipalities.1', message: 'three digits' },
        { param: 'municipalities.2', message: 'also wrong' },
        { param: '(body)', message: 'give roles' },
      ]),
    ).toEqual({ username: 'too short', municipalities: 'three digits', '(body)': 'give roles' });
    expect(issuesByField(undefined)).toEqual({});
  });
});

describe('parseMunicipalities', () => {
  it('reads codes separated by commas, spaces or semicolons', () => {
    expect(parseMunicipalities(' 091, 049 ;186,,')).toEqual(['091', '049', '186']);
    expect(parseMunicipalities('  ')).toEqual([]);
  });
});
