import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../../ingest/readers/csv/read-csv.ts';
import { UnusableInputError } from '../../../../ingest/readers/types.ts';
import { FIVE_MB_TEXT, FIXTURES, HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, OPTIONS, expectNoMarkup, tempFolder } from '../helpers.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string | Buffer>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};
const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

describe('the LA spreadsheet (CSV) template', () => {
  it('maps every template column, matching headers whatever their case and spacing', async () => {
    const { offers, rejects, warnings } = await readCsv(path.join(FIXTURES, 'csv', 'offers.csv'), OPTIONS);
    expect(rejects).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/offers\.csv: unknown columns ignored: "Notes for officers"$/)]);
    expect(offers).toHaveLength(3);
    const o = offers[0]!;
    expect(o).toEqual({
      source: 'test-la/csv', sourceId: 'BCC-SB-014', authorityId: 'test-la', kind: 'service',
      name: 'Saturday Sensory Club', description: 'A relaxed club with a sensory room.\nParents can stay.',
      organisation: { name: 'Brackenshire Mencap' }, needs: ['autism', 'learning disability'], minAge: 5, maxAge: 18,
      eligibility: 'Children with a disability who live in Brackenshire', accessRoute: 'targeted',
      referral: 'Families can refer themselves by phone',
      cost: { type: 'subsidised', detail: '£5 a session; free for families on Universal Credit' }, waitingTime: 'About 6 weeks',
      locations: [{ address: 'Ashcombe Community Centre, Priory Road', postcode: 'BK1 4RT', accessibility: ['Step-free access', 'hearing loop', 'changing places toilet'] }],
      areas: ['Ashcombe', 'Kirkby Lees'], contacts: [], website: 'https://www.mencap.example/club', email: 'club@mencap.example', phone: '01632 960123',
      openingTimes: 'Saturdays 10am to 12pm in term time', delivery: ['in person', 'home visits'], languages: ['Polish', 'Urdu', 'BSL'],
      accessibility: ['Step-free access', 'hearing loop', 'changing places toilet'],
      commissioners: ["Brackenshire County Council children's social care"], legislation: ['Children Act 1989 s.17'],
      categories: [], answers: [], lastReviewed: '2026-03-14',
    });
    const audiology = offers[1]!;
    expect(audiology.accessRoute).toBe('GP referral'); // loose access routes stay as written
    expect(audiology.cost).toEqual({ type: 'free' }); // "Free"
    expect(audiology.areas).toEqual(['all']);
    expect(audiology.lastReviewed).toBe('2026-01-14'); // 14/01/2026
    expect(audiology.locations).toEqual([]);
    const school = offers[2]!;
    expect([school.kind, school.settingType, school.locations[0]?.postcode]).toEqual(['setting', 'special school', 'BK7 5UN']);
  });

  it('rejects rows with no id or no name by line number, and repeated ids as "duplicate id"', async () => {
    const dir = folder({ 'a.csv': 'id,name\nA1,First\n,No id\nA2,\n\nA1,Again\nA3,"Two\nlines"\nA3,After\n' });
    const { offers, rejects } = await readCsv(dir, OPTIONS);
    expect(offers.map((o) => [o.sourceId, o.name])).toEqual([['A1', 'First'], ['A3', 'Two lines']]);
    expect(rejects.map((r) => [r.line, r.record, r.field, r.reason])).toEqual([
      [3, undefined, 'id', 'the record has no id'],
      [4, 'A2', 'name', 'the record has no name'],
      [6, 'A1', 'id', 'duplicate id'],
      [9, 'A3', 'id', 'duplicate id'],
    ]);
  });

  it('reads loose values where the meaning is clear and warns about the rest', async () => {
    const dir = folder({
      'a.csv': 'ID,NAME,min age,Max-Age,cost,delivery,kind,last_reviewed,website\n' +
        'X1,Loose,"18 months",sixteen,£4 per visit,Face to face; by carrier pigeon,primary school,31/04/2026,javascript:alert(1)\n',
    });
    const { offers, warnings } = await readCsv(dir, OPTIONS);
    const o = offers[0]!;
    expect([o.minAge, o.maxAge, o.cost, o.delivery, o.kind, o.settingType, o.lastReviewed, o.website]).toEqual([
      1, undefined, { type: 'paid', detail: '£4 per visit' }, ['in person'], 'setting', 'primary school', undefined, undefined,
    ]);
    expect(warnings.map((w) => w.replace(/^.*line 2: /, ''))).toEqual([
      'delivery "by carrier pigeon" is not in person, online, telephone or home visits; left out',
      'max_age: "sixteen" is not an age in years; ignored',
      'website: "javascript:alert(1)" is not a web address (http or https); ignored',
      'last_reviewed: "31/04/2026" is not a date (use YYYY-MM-DD); ignored',
    ]);
  });

  it('rejects a file without id or name columns, and an empty file; reads the other files', async () => {
    const dir = folder({ 'a.csv': 'ref,title\n1,x\n', 'b.csv': '', 'c.csv': 'id,name\nC1,Fine\n' });
    const { offers, rejects } = await readCsv(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual(['C1']);
    expect(rejects.map((r) => [path.basename(r.file), r.reason.slice(0, 22)])).toEqual([
      ['a.csv', 'the header row has no '], ['b.csv', 'the file is empty: exp'],
    ]);
  });

  it('reads a truncated file up to where it stops, and rejects the row cut inside a quote', async () => {
    const dir = folder({ 'a.csv': 'id,name,description\nA1,First,ok\nA2,Second,"cut off here' });
    const { offers, rejects, partial } = await readCsv(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual(['A1']);
    expect(rejects).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/^the row could not be read: Quote Not Closed/) })]);
    expect(partial).toBe(true);
  });

  it('cuts a 5 MB description, strips HTML and script, cleans Unicode', async () => {
    const dir = folder({
      'a.csv': `id,name,description\nBIG,Big,${csvCell(FIVE_MB_TEXT)}\nH,${csvCell('<b>Club</b>')},${csvCell(HOSTILE_HTML)}\nU,${csvCell(ODD_UNICODE)},x\n`,
    });
    const { offers, warnings, rejects } = await readCsv(dir, OPTIONS);
    expect(rejects).toEqual([]);
    expect(offers[0]?.description.length).toBeLessThanOrEqual(50_000);
    expect(warnings.some((w) => /record BIG, line 2: description was/.test(w))).toBe(true);
    expect([offers[1]?.name, offers[1]?.description]).toEqual(['Club', 'Fun for all.\n\nlink']);
    expectNoMarkup(JSON.stringify(offers[1]));
    expect(offers[2]?.name).toBe(ODD_UNICODE_CLEAN);
  });

  it('decodes files saved by Excel as Windows-1252 or UTF-16, with a note', async () => {
    const latin = Buffer.from('id,name\nW1,Caf\xe9 \xa35 club\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\nU1,Café club\n', 'utf16le')]);
    const dir = folder({ 'a.csv': latin, 'b.csv': utf16 });
    const { offers, warnings } = await readCsv(dir, OPTIONS);
    expect(offers.map((o) => o.name)).toEqual(['Café £5 club', 'Café club']);
    expect(warnings).toEqual([expect.stringMatching(/a\.csv: the file is not UTF-8; read as Windows-1252/), expect.stringMatching(/b\.csv: read as UTF-16/)]);
  });

  it('throws UnusableInputError for a missing path or a folder with no CSV files', async () => {
    await expect(readCsv('/no/such/file.csv', OPTIONS)).rejects.toBeInstanceOf(UnusableInputError);
    await expect(readCsv(folder({ 'a.txt': 'x' }), OPTIONS)).rejects.toThrow(/holds no \.csv files/);
  });
});
