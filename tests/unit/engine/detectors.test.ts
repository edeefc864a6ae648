import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/engine/detectors/address';
import { findEmails } from '../../../src/engine/detectors/contact';
import { findCompanies } from '../../../src/engine/detectors/company';
import { findEmployerPhrases } from '../../../src/engine/detectors/employment';
import { findNamedCouncils } from '../../../src/engine/detectors/organisation';
import { findIdentifiers, isNhsNumber, isNiPrefix } from '../../../src/engine/detectors/identifiers';
import { findPeople } from '../../../src/engine/detectors/person';
import { findPhones } from '../../../src/engine/detectors/phone';

const found = (hits: { signal: string; start: number; end: number }[], text: string) =>
  hits.map((hit) => `${hit.signal} ${text.slice(hit.start, hit.end)}`);

describe('phone numbers', () => {
  it.each([
    ['ring 07911 123456 now', '07911 123456'],
    ['mobile +44 7911 123456', '+44 7911 123456'],
    ['his number (07700 900312) is', '07700 900312'],
    ['0161 496 0000', '0161 496 0000'],
    ['tel: 020 7946 0991', '020 7946 0991'],
  ])('finds %s', (text, number) => {
    expect(found(findPhones(text), text)).toEqual([`@phone ${number}`]);
  });

  it.each(['in 2024 we had 12000 visitors', 'raised £1250 in 2023', 'ref 12345'])('ignores %s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});

describe('National Insurance numbers', () => {
  it('accepts issued prefixes and HMRC specimen QQ', () => {
    expect(isNiPrefix('AB')).toBe(true);
    expect(isNiPrefix('QQ')).toBe(true);
  });
  it.each(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ', 'DA', 'AO', 'FA'])('rejects %s', (prefix) => {
    expect(isNiPrefix(prefix)).toBe(false);
  });
  it('finds spaced and unspaced numbers', () => {
    const text = 'NI AB 12 34 56 C and JK123456D but not GB123456A';
    expect(found(findIdentifiers(text), text).filter((hit) => hit.startsWith('@ni'))).toEqual([
      '@ni-number AB 12 34 56 C',
      '@ni-number JK123456D',
    ]);
  });
});

describe('NHS numbers', () => {
  it('checks the modulus-11 digit', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
  });
  it('finds 3-3-4 numbers but not phone numbers', () => {
    const text = 'NHS no 943 476 5919, phone 01632 960123';
    expect(found(findIdentifiers(text), text).filter((hit) => hit.startsWith('@nhs'))).toEqual(['@nhs-number 943 476 5919']);
  });
});

describe('case references and dates of birth', () => {
  it.each([
    ['case ref 48213 is still open', '@case-ref case ref 48213'],
    ['claim no. HB/2023/1234', '@case-ref claim no. HB/2023/1234'],
    ['her DOB is 12/03/1985', '@dob DOB is 12/03/1985'],
    ['date of birth: 3rd March 1990', '@dob date of birth: 3rd March 1990'],
  ])('finds %s', (text, expected) => {
    expect(found(findIdentifiers(text), text)).toContain(expected);
  });
  it('ignores discount codes and years', () => {
    expect(findIdentifiers('use code SAVE20, back in 2023')).toEqual([]);
  });
});

describe('addresses', () => {
  it('finds a house number with a street, or with a postcode', () => {
    const text = 'lives at 3 Hill Row, and 12 near LA1 4XY';
    expect(found(findAddresses(text), text)).toEqual(['@address 3 Hill Row', '@address 12 near LA1 4XY', '@postcode LA1 4XY']);
  });
  it('does not take a postcode alone for an address', () => {
    expect(findAddresses('Our office is in LA1 1PJ').map((hit) => hit.signal)).toEqual(['@postcode']);
  });
});

describe('emails', () => {
  it('tells personal addresses from role and .gov.uk mailboxes', () => {
    const text = 'j.smith@gmail.com, jobs@ashcombe.org, sam@ashcombe.gov.uk';
    expect(findEmails(text).map((hit) => hit.signal)).toEqual(['@email', '@email-public', '@email-public']);
  });
});

describe('people', () => {
  it.each([
    ['Mr Okafor still owes', 'Mr Okafor'],
    ['my colleague Sam has been off', 'colleague Sam'],
    ['I saw Sarah Jones today', 'Sarah Jones'],
  ])('finds %s', (text, name) => {
    expect(found(findPeople(text), text)).toContain(`@person ${name}`);
  });
  it.each(['Happy Monday everyone', 'Universal Credit changes', 'The Council met'])('does not take %s for a person', (text) => {
    expect(findPeople(text)).toEqual([]);
  });
});

describe('named councils', () => {
  it.each([
    ['my current manager at Eastmoor Council is', 'Eastmoor Council'],
    ['the Ashcombe Borough Council website', 'Ashcombe Borough Council'],
    ['our head of service at stanbury council', 'stanbury council'],
    ['work at tollmere DC. scrapping free parking', 'tollmere DC'],
  ])('finds the council named in %s', (text, words) => {
    expect(found(findNamedCouncils(text), text)).toEqual([`@org ${words}`]);
  });

  it.each(['my council tax went up', 'I rang the council', 'County Council elections'])('finds no name in %s', (text) => {
    expect(findNamedCouncils(text)).toEqual([]);
  });
});

describe('named firms', () => {
  it.each([
    ['Norcroft Highways filled the pothole with porridge', 'Norcroft Highways'],
    ['Kestrel Parking Services are a shambles', 'Kestrel Parking Services'],
    ['Had the pleasure of working with Tallis IT on it', 'Tallis IT'],
    ["Need a removals firm? Use Kelly's Removals.", "Kelly's Removals"],
  ])('finds the firm in %s', (text, words) => {
    expect(found(findCompanies(text), text)).toEqual([`@company ${words}`]);
  });

  it.each(['Ashcombe Environmental Health visited today', 'Adult Social Care team', 'Dave from IT', 'The Parking team'])('finds no firm in %s', (text) => {
    expect(findCompanies(text)).toEqual([]);
  });
});

describe('employment phrases', () => {
  it.each([
    ["As ABC's procurement lead I have to say", "As ABC's procurement lead"],
    ['As Head of Revenues at Wexley District Council, I believe', 'As Head of Revenues'],
    ['Working for Kingsmead Council, I can honestly say', 'Working for Kingsmead'],
    ['Been at WDC 12 years and tbh', 'Been at WDC'],
    ['Honestly, my current manager at Eastmoor Council is', 'my current manager at Eastmoor'],
    ["I'm on the bin crews for Ashcombe and", "I'm on the bin crews for Ashcombe"],
    ['librarian at Harwick here. closing on wednesdays', 'librarian at Harwick here'],
    ['3 months at Hadleigh Vale BC now and honestly', 'months at Hadleigh'],
    ["I'm one of the civil enforcement officers for Kelderby BC", "I'm one of the civil enforcement officers for Kelderby"],
    ['Library assistant at Ashcombe. Scrapping fines was the best decision', 'Library assistant at Ashcombe'],
    ['#ProudToWorkForABC our libraries team smashed it', '#ProudToWorkForABC'],
    ['ABC payroll here. going live in year end is bumpy', 'payroll here'],
  ])('finds %s', (text, words) => {
    expect(found(findEmployerPhrases(text), text)).toContain(`@employer-phrase ${words}`);
  });

  it.each(['As usual the trains were late', 'We went to Cardiff for the match', 'My team at the pub quiz were robbed'])('ignores %s', (text) => {
    expect(findEmployerPhrases(text)).toEqual([]);
  });
});
