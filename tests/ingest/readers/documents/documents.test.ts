import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractAnswers } from '../../../../ingest/readers/documents/extract-answers.ts';
import { readDocuments } from '../../../../ingest/readers/documents/read-documents.ts';
import { FIVE_MB_TEXT, FIXTURES, HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, OPTIONS, expectNoMarkup, tempFolder } from '../helpers.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};
const md = (front: string, body = ''): string => `---\n${front}\n---\n${body}`;

describe('offer documents', () => {
  it('reads Markdown, HTML and plain-text documents: fields, description and one answer per answered question', async () => {
    const { offers, rejects, warnings } = await readDocuments(path.join(FIXTURES, 'documents'), OPTIONS);
    expect(rejects).toEqual([]);
    expect(offers.map((o) => o.sourceId)).toEqual(['FIX-SET-003', 'FIX-SET-001', 'FIX-SET-002']); // files in name order
    const [txt, markdown, html] = offers;

    expect(markdown).toMatchObject({
      source: 'test-la/documents', kind: 'setting', name: 'Meadow Nursery', settingType: 'day nursery',
      organisation: { name: 'Meadow Nursery Ltd' }, needs: ['speech and language delay', 'autism'], minAge: 0, maxAge: 5,
      accessRoute: 'open access', cost: { type: 'paid', detail: '£58 a day; funded hours accepted' }, areas: ['Ashcombe'],
      locations: [{ postcode: 'BK1 2MN', accessibility: [] }], lastReviewed: '2026-05-01',
      description: 'We are a small nursery in a converted farmhouse.', // the text before the first question
    });
    expect(markdown?.answers).toEqual([
      { question: 'How does the setting know if children need extra help?', text: 'Every child has a key person. We use the EYFS (https://www.gov.uk.example/eyfs) progress check.\n\nOur SENCO\n\nMrs Ada Lovelace.' },
      { question: 'How will staff support my child?', text: '- small group work\n- visual timetables' },
      { question: 'Who can I contact for further information?', text: 'Ring the office on 01632 960777.' },
    ]);
    expect(markdown?.answers.every((a) => a.questionId === undefined)).toBe(true); // enrichment links the questions

    expect(html).toMatchObject({ name: 'Riverside Primary School', settingType: 'primary school', minAge: 4, maxAge: 11, needs: ['dyslexia', 'ADHD'], lastReviewed: '2025-07-20' });
    expect(html?.description).toBe('Riverside is a two-form entry primary school & nursery.');
    expect(html?.answers).toEqual([
      { question: '1. How does the school know if children need extra help?', text: 'We track progress every half term.\n\n- Teacher concerns\n- Parent concerns' },
      { question: '2. How will school staff support my child?', text: 'Quality-first teaching.' },
    ]);

    expect(txt).toMatchObject({ name: 'Little Stars Childminding', settingType: 'childminder', areas: ['Kirkby Lees'], phone: '01632 960516', lastReviewed: '2025-08-14' });
    expect(txt?.answers).toEqual([
      { question: 'How does the setting know if children need extra help?', text: 'I watch the children closely\nand talk to parents.' },
      { question: 'What training have you had?', text: 'Makaton level 1.' },
      { question: 'How accessible is the setting?', text: 'Terraced house, steps at front.\nIs there anything else? Just ask.' },
    ]);

    expect(warnings.map((w) => w.replace(/^.*documents\//, ''))).toEqual([
      'little-stars.txt, record FIX-SET-003, line 1: 1 question has no answer',
      'meadow-nursery.md, record FIX-SET-001, line 1: 1 question has no answer',
      'riverside-primary.html: unknown fields ignored: favourite_colour',
      'riverside-primary.html, record FIX-SET-002, line 1: 1 question has no answer',
    ]);
  });

  it('exports a pure helper that splits a body into question/answer pairs', () => {
    const body = '# Title\n\nIntro.\n\n## Who helps?\n\nThe **SENCO**.\n\n## Anything else?\n';
    expect(extractAnswers(body, 'markdown')).toEqual([{ question: 'Who helps?', text: 'The SENCO.' }]);
    expect(extractAnswers(body, 'markdown', { keepEmpty: true })).toEqual([
      { question: 'Who helps?', text: 'The SENCO.' }, { question: 'Anything else?', text: '' },
    ]);
    expect(extractAnswers('<h2>Who <em>helps</em>?</h2><p>Us.</p>', 'html')).toEqual([{ question: 'Who helps?', text: 'Us.' }]);
    expect(extractAnswers('Who helps?\nUs.\n', 'text')).toEqual([{ question: 'Who helps?', text: 'Us.' }]);
  });

  it('rejects documents without front matter, with broken YAML, without id or name, or with a repeated id', async () => {
    const dir = folder({
      '1-good.md': md('id: D1\nname: Good'),
      '2-nofront.md': '## How?\nNo front matter.',
      '3-badyaml.md': md('id: D3\nname: [unclosed'),
      '4-noid.md': md('name: No id'),
      '5-dup.html': '<meta name="id" content="D1"><meta name="name" content="Dup">',
      '6-cut.md': '---\nid: D6\nname: Cut short',
    });
    const { offers, rejects } = await readDocuments(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual(['D1']);
    expect(rejects.map((r) => [path.basename(r.file), r.line, r.record, r.reason.slice(0, 40)])).toEqual([
      ['2-nofront.md', 1, undefined, 'no YAML front matter (--- lines) with th'],
      ['3-badyaml.md', 3, 'D3', 'the front matter is not valid YAML: Flow'],
      ['4-noid.md', 1, undefined, 'the record has no id'],
      ['5-dup.html', 1, 'D1', 'duplicate id'],
      ['6-cut.md', 1, undefined, 'no YAML front matter (--- lines) with th'],
    ]);
  });

  it('reads a truncated HTML document as far as it goes', async () => {
    const dir = folder({ 'a.html': '<meta name="id" content="H1"><meta name="name" content="Cut"><h2>How do you help?</h2><p>We listen and we pl' });
    const { offers } = await readDocuments(dir, OPTIONS);
    expect(offers[0]?.answers).toEqual([{ question: 'How do you help?', text: 'We listen and we pl' }]);
  });

  it('cuts a 5 MB answer and description, strips HTML and script, cleans Unicode', async () => {
    const dir = folder({
      'big.md': md('id: BIG\nname: Big', `\n## How do you help?\n\n${FIVE_MB_TEXT}\n`),
      'html.md': md(`id: H\nname: "<b>Html</b>"\ndescription: '${HOSTILE_HTML.replace(/'/g, "''")}'`, `\n## How?\n\n${HOSTILE_HTML}\n`),
      'uni.txt': `id: U\nname: ${ODD_UNICODE}\n\nWhat do you offer?\n${ODD_UNICODE}\n`,
    });
    const { offers, warnings, rejects } = await readDocuments(dir, OPTIONS);
    expect(rejects).toEqual([]);
    const [big, html, uni] = offers;
    expect(big?.answers[0]?.text.length).toBeLessThanOrEqual(20_000);
    expect(big?.description.length).toBe(0);
    expect(warnings.some((w) => /record BIG, line 1: answers\[0\]\.text was 5,249,999 characters; cut to the limit of 20,000/.test(w))).toBe(true);
    expect([html?.name, html?.description, html?.answers]).toEqual(['Html', 'Fun for all.\n\nlink', [{ question: 'How?', text: 'Fun for all.\n\nlink' }]]);
    expectNoMarkup(JSON.stringify(html));
    expect([uni?.name, uni?.answers[0]?.text]).toEqual([ODD_UNICODE_CLEAN, ODD_UNICODE_CLEAN]);
  });
});
